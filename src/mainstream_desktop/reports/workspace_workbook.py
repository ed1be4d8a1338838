"""A whole workspace in one Excel workbook, or as a set of CSV files: what a ministry focal point
sends to colleagues. The first sheet, "About", says which workspace and country, when and by
which site it was produced, whether personal data is in, and lists the sheets with their row
counts; then one sheet per table that has rows, in the order of the steps: the readiness
checklist (step 0), the profile's observations (step 1, streamed from the database), and every
record table of ``ALL_SPECS`` (data sources ... lessons learned).

"Without personal data" leaves out what ``record_tables`` knows to be personal (names, e-mail
addresses, phone numbers, references that show a person). Files are written whole or not at
all (``atomic_files``); ``progress`` may raise to cancel.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mainstream_desktop import __version__
from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as T
from mainstream_desktop.core.readiness_rules import CRITERION_TITLES
from mainstream_desktop.core.record_registry import ALL_SPECS
from mainstream_desktop.core.record_specs import CONTEXT, FieldKind, RecordSpec
from mainstream_desktop.enums import SiteKind
from mainstream_desktop.reports.csv_sets import write_csv_set
from mainstream_desktop.reports.observation_export import observation_table
from mainstream_desktop.reports.record_tables import (
    CodeLabels,
    TableExport,
    Translate,
    identity,
    sheet_name_for,
    workspace_label,
    workspace_tables,
)
from mainstream_desktop.reports.sheet_tables import Progress, SheetTable, no_progress
from mainstream_desktop.reports.spreadsheet import (
    EXPORTED_ON,
    INCLUDED,
    PERSONAL_DATA,
    WORKSPACE,
    AboutSheet,
    WrittenTable,
    write_xlsx,
)

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services

HEADING = T(CONTEXT, "Mainstream Desktop: workspace {code}")
COUNTRY = T(CONTEXT, "Country")
PRODUCED_BY = T(CONTEXT, "Produced by")
SITE = T(CONTEXT, "{name} ({kind} site {site_id})")
SITE_KINDS = {SiteKind.COUNTRY: T(CONTEXT, "country"), SiteKind.HUB: T(CONTEXT, "hub")}
NO_SITE = T(CONTEXT, "this installation (no site identity yet)")
PROGRAM = T(CONTEXT, "Program")
PERSONAL_LEFT_OUT = T(CONTEXT, "left out (see the last column of the list below)")
READINESS_TITLE = T(CONTEXT, "Readiness checklist")
READINESS_HEADERS = (T(CONTEXT, "Criterion"), T(CONTEXT, "Status"), T(CONTEXT, "Comment"), T(CONTEXT, "Evidence"))
REGISTRY_STEP = 2  # institutions and people are first needed by the whole-of-government step


@dataclass(frozen=True)
class WorkspaceExport:
    """What a workspace export wrote: where, which sheets (or CSV files) with how many rows."""

    workspace: str
    path: Path
    sheets: tuple[WrittenTable, ...]
    include_personal: bool

    @property
    def rows(self) -> int:
        return sum(sheet.rows for sheet in self.sheets)


REVIEW_TITLE = T(CONTEXT, "Review comments")
REVIEW_AUTHOR = T(CONTEXT, "By")
REVIEW_HEADERS = (T(CONTEXT, "Step"), T(CONTEXT, "Severity"),
                  T(CONTEXT, "Status"), T(CONTEXT, "Agency"),
                  T(CONTEXT, "Written"), T(CONTEXT, "Comment"),
                  T(CONTEXT, "Answer to"))


def workspace_sheets(services: Services, workspace_code: str, *, include_personal: bool = True,
                     translate: Translate = identity) -> list[SheetTable]:
    """Every table of the workspace that has rows, in the order of the steps."""
    code = services.workspaces.get_form(workspace_code).code  # refuses an unknown workspace first
    specs = sorted(ALL_SPECS.values(), key=_step_of)
    records = workspace_tables(services, code, specs, include_personal=include_personal, translate=translate)
    tables: list[SheetTable] = []
    readiness = readiness_table(services, code, translate=translate)
    if readiness.rows:
        tables.append(dataclasses.replace(readiness, include_personal=include_personal))
    observations = observation_table(services, code, translate=translate)
    if len(observations.rows):
        tables.append(dataclasses.replace(observations, include_personal=include_personal))
    tables += [table for table in records if table.rows]
    comments = review_comments_table(services, code, include_personal=include_personal, translate=translate)
    if comments.rows:
        tables.append(comments)
    return tables


def review_comments_table(services: Services, workspace_code: str, *, include_personal: bool = True,
                          translate: Translate = identity) -> TableExport:
    """Step 7's review comments, each thread's first comment followed by its answers."""
    labels = CodeLabels(services.reference)
    rows = []
    for thread in sorted(services.review.comments(workspace_code), key=lambda t: (t.step_number or 0, t.created_at)):
        for comment in (thread, *thread.replies):
            row: tuple[object, ...] = (
                comment.step_number, labels.label("COMMENT_SEVERITY", comment.severity.value),
                labels.label("COMMENT_STATUS", comment.status.value), comment.agency or None,
                comment.created_at.date(), comment.text, thread.text if comment is not thread else None)
            rows.append(row if not include_personal else (*row[:4], comment.author, *row[4:]))
    headers = [translate(h) for h in REVIEW_HEADERS]
    kinds = [FieldKind.INTEGER, FieldKind.CODE, FieldKind.CODE, FieldKind.TEXT, FieldKind.DATE,
             FieldKind.LONG_TEXT, FieldKind.LONG_TEXT]
    fields = ["step", "severity", "status", "agency", "written", "comment", "answer_to"]
    if include_personal:
        headers.insert(4, translate(REVIEW_AUTHOR))
        kinds.insert(4, FieldKind.TEXT)
        fields.insert(4, "author")
    title = translate(REVIEW_TITLE)
    return TableExport(key="review_comment", title=title, sheet_name=sheet_name_for(title), fields=tuple(fields),
                       headers=tuple(headers), kinds=tuple(kinds), rows=tuple(rows),  # type: ignore[arg-type]
                       workspace=workspace_label(services, workspace_code), include_personal=include_personal,
                       omitted=() if include_personal else (translate(REVIEW_AUTHOR),))


def write_workspace_xlsx(services: Services, workspace_code: str, path: str | os.PathLike[str], *,
                         include_personal: bool = True, translate: Translate = identity,
                         progress: Progress = no_progress, produced_at: datetime | None = None) -> WorkspaceExport:
    """The workspace as one .xlsx workbook at ``path``."""
    tables = workspace_sheets(services, workspace_code, include_personal=include_personal, translate=translate)
    about = about_sheet(services, workspace_code, tables, translate=translate, produced_at=produced_at)
    written = write_xlsx(path, tables, translate=translate, about=about, progress=progress)
    return WorkspaceExport(workspace_code.strip().upper(), Path(path), tuple(written), include_personal)


def write_workspace_csv(services: Services, workspace_code: str, out: str | os.PathLike[str], *,
                        include_personal: bool = True, translate: Translate = identity,
                        progress: Progress = no_progress, produced_at: datetime | None = None) -> WorkspaceExport:
    """The workspace as CSV files (UTF-8 with BOM, one per table, plus "00 About.csv"): in a zip
    file when ``out`` ends with .zip, otherwise in the folder ``out``."""
    tables = workspace_sheets(services, workspace_code, include_personal=include_personal, translate=translate)
    about = about_sheet(services, workspace_code, tables, translate=translate, produced_at=produced_at)
    written = write_csv_set(out, tables, about, translate=translate, progress=progress)
    return WorkspaceExport(workspace_code.strip().upper(), Path(out), tuple(written), include_personal)


def about_sheet(services: Services, workspace_code: str, tables: Sequence[SheetTable], *,
                translate: Translate = identity, produced_at: datetime | None = None) -> AboutSheet:
    """Workspace, country, when and where it was produced, and whether personal data is in."""
    code = workspace_code.strip().upper()
    summary = next((w for w in services.workspaces.list_workspaces() if w.code == code), None)
    country = f"{summary.country_name} ({summary.country_iso3})" if summary else ""
    site = services.site()
    produced_by = translate(NO_SITE) if site is None else translate(SITE).format(
        name=site.name, kind=translate(SITE_KINDS.get(site.kind, site.kind.value)), site_id=site.site_id)
    return AboutSheet(translate(HEADING).format(code=code), (
        (translate(WORKSPACE), workspace_label(services, code)),
        (translate(COUNTRY), country),
        (translate(EXPORTED_ON), produced_at or datetime.now().replace(microsecond=0)),
        (translate(PRODUCED_BY), produced_by),
        (translate(PROGRAM), f"Mainstream Desktop {__version__}"),
        (translate(PERSONAL_DATA), translate(INCLUDED) if all(t.include_personal for t in tables)
         else translate(PERSONAL_LEFT_OUT)),
    ))


def readiness_table(services: Services, workspace_code: str, *, translate: Translate = identity) -> TableExport:
    """Step 0's checklist: each precondition answered so far, its status, comment and evidence."""
    form = services.readiness.get_form(workspace_code)
    statuses = CodeLabels(services.reference)
    rows = tuple(
        (translate(CRITERION_TITLES[answer.criterion]), statuses.label("READINESS_STATUS", answer.status.value),
         answer.comment or None, answer.evidence_title or None)
        for answer in form.answers if answer.status is not None)
    title = translate(READINESS_TITLE)
    return TableExport(
        key="readiness", title=title, sheet_name=sheet_name_for(title), fields=("criterion", "status", "comment",
                                                                                 "evidence"),
        headers=tuple(translate(header) for header in READINESS_HEADERS),
        kinds=(FieldKind.TEXT, FieldKind.CODE, FieldKind.LONG_TEXT, FieldKind.DOCUMENT), rows=rows,
        workspace=workspace_label(services, workspace_code))


def _step_of(spec: RecordSpec) -> int:
    return REGISTRY_STEP if spec.step is None else spec.step
