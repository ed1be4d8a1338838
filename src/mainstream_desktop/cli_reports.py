"""The report commands of ``mainstream``: ``report`` writes the PDF country report of a workspace,
``lessons-report`` the consolidated lessons-learned report of every workspace. Both take the
language (en, fr, es, ru, ar); the country report can leave personal data out. Errors (unknown
workspace or language, a folder that cannot be written) are one line and exit code 1; the PDF
appears whole or not at all.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mainstream_desktop.core.services import Services

Out = Callable[[str], None]
LANGUAGE_CHOICES = "en, fr, es, ru, ar"


def add_report_commands(commands: Any) -> None:
    report = commands.add_parser("report", help="write the PDF country report of a workspace")
    report.add_argument("workspace", metavar="WORKSPACE", help="workspace code, e.g. JAM")
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="the PDF file to write")
    report.add_argument("--lang", default="en", metavar="CODE", help=f"language of the report ({LANGUAGE_CHOICES})")
    report.add_argument("--no-personal-data", action="store_true",
                        help="leave out names, e-mails, phones and every other personal field")
    report.set_defaults(handler=cmd_report)

    lessons = commands.add_parser("lessons-report",
                                  help="write the consolidated lessons-learned report of every workspace (PDF)")
    lessons.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="the PDF file to write")
    lessons.add_argument("--lang", default="en", metavar="CODE", help=f"language of the report ({LANGUAGE_CHOICES})")
    lessons.set_defaults(handler=cmd_lessons_report)


def _progress(args: argparse.Namespace) -> Callable[[int, int, str], None] | None:
    """Progress on stderr when it is a terminal (a line per section), nothing otherwise."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, label: str) -> None:
        if label:
            print(f"  [{done + 1}/{total}] {label}", file=sys.stderr)
    return show


def cmd_report(services: Services, args: argparse.Namespace, out: Out) -> None:
    from mainstream_desktop.reports.pdf_country import write_country_report

    result = write_country_report(services, args.workspace, args.out, language=args.lang,
                                  include_personal=not args.no_personal_data, progress=_progress(args))
    personal = "without personal data" if not result.include_personal else "with personal data"
    out(f"wrote {result.path}: country report of {args.workspace.strip().upper()} ({result.language}, {personal}), "
        f"{result.pages} pages, {result.size_bytes:,} bytes, {result.seconds:.1f} s")


def cmd_lessons_report(services: Services, args: argparse.Namespace, out: Out) -> None:
    from mainstream_desktop.reports.pdf_lessons import write_lessons_report

    result = write_lessons_report(services, args.out, language=args.lang, progress=_progress(args))
    out(f"wrote {result.path}: lessons-learned report ({result.language}), {result.pages} pages, "
        f"{result.size_bytes:,} bytes, {result.seconds:.1f} s")
