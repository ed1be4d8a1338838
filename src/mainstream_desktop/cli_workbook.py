"""The spreadsheet commands of ``mainstream``: a whole workspace as one Excel workbook
(``export-xlsx``) or as CSV files in a zip or a folder (``export-csv``), with or without personal
data. They write what the window's Reports menu writes; success prints one line (sheets, rows,
file), a failure one clear line and exit code 1 (see ``cli.main``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mainstream_desktop.core.services import Services

if TYPE_CHECKING:
    from mainstream_desktop.reports.workspace_workbook import WorkspaceExport

Out = Callable[[str], None]


def add_workbook_commands(commands: Any) -> None:
    xlsx = commands.add_parser("export-xlsx", help="the whole workspace as one Excel workbook, a sheet per table")
    xlsx.add_argument("workspace", metavar="WORKSPACE", help="workspace code, e.g. JAM")
    xlsx.add_argument("--out", required=True, type=_xlsx_path, metavar="FILE.xlsx", help="the workbook to write")
    _personal_data_option(xlsx)
    xlsx.set_defaults(handler=cmd_export_xlsx)

    csv = commands.add_parser("export-csv", help="the whole workspace as CSV files (UTF-8), one per table")
    csv.add_argument("workspace", metavar="WORKSPACE", help="workspace code, e.g. JAM")
    csv.add_argument("--out", required=True, type=Path, metavar="FOLDER_OR_ZIP",
                     help="a .zip file, or a folder (made if missing; files of the same name are replaced)")
    _personal_data_option(csv)
    csv.set_defaults(handler=cmd_export_csv)


def _personal_data_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-personal-data", action="store_true",
                        help="leave out names, e-mail addresses, phone numbers and references to people")


def _xlsx_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".xlsx":
        raise argparse.ArgumentTypeError(f"the workbook's name must end with .xlsx: {text}")
    return path


def cmd_export_xlsx(services: Services, args: argparse.Namespace, out: Out) -> None:
    from mainstream_desktop.reports.workspace_workbook import write_workspace_xlsx

    result = write_workspace_xlsx(services, args.workspace, args.out, include_personal=not args.no_personal_data)
    out(_summary(result, "sheets"))


def cmd_export_csv(services: Services, args: argparse.Namespace, out: Out) -> None:
    from mainstream_desktop.reports.workspace_workbook import write_workspace_csv

    result = write_workspace_csv(services, args.workspace, args.out, include_personal=not args.no_personal_data)
    out(_summary(result, "CSV files"))


def _summary(result: WorkspaceExport, what: str) -> str:
    """"JAM: About + 37 sheets, 754 rows, without personal data -> /home/me/jam.xlsx"."""
    personal = "with personal data" if result.include_personal else "without personal data"
    return (f"{result.workspace}: About + {len(result.sheets)} {what}, {result.rows} rows, {personal} -> "
            f"{result.path.resolve()}")
