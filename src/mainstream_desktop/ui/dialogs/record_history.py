"""The history of one record, newest first: when, who, which change of which site (site and
sequence number), what was done, and each field's old and new value; whether it was made here or
came with a bundle. "Export audit trail…" writes every change of the workspace as CSV. Reading
and writing run on the worker thread.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.sync.status import labelled
from mainstream_desktop.ui.core_texts import error_text
from mainstream_desktop.ui.dialogs.audit_export import (
    ChoosePath,
    choose_audit_path,
    proposed_name,
    start_audit_export,
    written_text,
)
from mainstream_desktop.ui.tasks import TaskRunner
from mainstream_desktop.ui.widgets.exchange_status import (
    fit_rows,
    read_only_table,
    set_row,
    short_id,
    time_text,
)

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services
    from mainstream_desktop.sync.conflicts import HistoryEntry

class _History(NamedTuple):
    """What the worker thread reads for the window: the changes, the sites' names, the fields'
    labels and the labels of the codes of the record's code fields."""

    entries: list[HistoryEntry]
    sites: dict[str, str]
    field_labels: dict[str, str]
    code_labels: dict[str, dict[str, str]]


HIDDEN = frozenset({"id", "workspace_id", "revision", "created_at", "created_by", "updated_at", "updated_by"})
MAX_VALUE = 80


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "\u2014"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "\u2026"


class RecordHistoryDialog(QDialog):
    def __init__(self, services: Services, tasks: TaskRunner, workspace_code: str, record_id: str,
                 table: str = "", record_title: str = "", parent: QWidget | None = None,
                 choose_path: ChoosePath = choose_audit_path) -> None:
        super().__init__(parent)
        from mainstream_desktop.sync.conflicts import ConflictService

        self._services, self._tasks, self._code, self._record_id = services, tasks, workspace_code, record_id
        self._table = table
        self._choose_path = choose_path
        self._service = ConflictService(services.uow)
        self.entries: list[HistoryEntry] = []
        self.field_labels: dict[str, str] = {}
        self.code_labels: dict[str, dict[str, str]] = {}  # a code field's name -> code -> label
        self.sites: dict[str, str] = {}
        self.setWindowTitle(self.tr("History of {record}").format(record=record_title or short_id(record_id)))
        self.resize(1000, 480)
        self.summary = QLabel(self.tr("Reading the history\u2026"))
        self.summary.setObjectName("historySummary")
        self.summary.setWordWrap(True)
        self.table = read_only_table([self.tr("When"), self.tr("Who"), self.tr("Change"), self.tr("What"),
                                      self.tr("Fields: old \u2192 new"), self.tr("Came")], stretch=4)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.audit_button = self.buttons.addButton(self.tr("Export audit trail\u2026"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.audit_button.setToolTip(self.tr("Every change of {code} as a CSV file").format(code=workspace_code))
        self.audit_button.clicked.connect(self.export_audit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.refresh()

    def refresh(self) -> None:
        from mainstream_desktop.sync.keys import KeyService
        from mainstream_desktop.sync.status import code_labels, record_names

        service, uow, paths, record_id, table = (self._service, self._services.uow, self._services.paths,
                                                 self._record_id, self._table)
        site, reference = self._services.site(), self._services.reference

        def work(_progress: Any, _cancelled: Any) -> _History:
            entries = service.history(record_id, table)
            sites = {info.site_id: info.name for info in KeyService(uow, paths.keys).trusted()}
            if site is not None:
                sites[site.site_id] = site.name
            name = record_names(uow, [(table, record_id)]).get((table, record_id)) if table else None
            if name is None:
                return _History(entries, sites, {}, {})
            codes = {field: labels for (_table, field), labels in code_labels(reference, [name]).items()}
            return _History(entries, sites, dict(name.field_labels), codes)

        self._tasks.run(work, parent=self, title=self.tr("Reading the history"), on_success=self._loaded,
                        on_error=self._failed, cancellable=False, show_progress=False)

    def _loaded(self, history: _History) -> None:
        self.entries, self.sites = history.entries, history.sites
        self.field_labels, self.code_labels = history.field_labels, history.code_labels
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            origin, _, seq = entry.change.partition(":")
            site = self.sites.get(origin) or short_id(origin)
            set_row(self.table, row, [
                time_text(entry.when), entry.actor, f"{site}:{seq}", self._operation(entry.operation),
                self._fields(entry), self.tr("made here") if not entry.bundle_id else
                self.tr("bundle {id}").format(id=short_id(entry.bundle_id))],
                {2: entry.change, 5: entry.bundle_id})
        fit_rows(self.table, 4)
        self.summary.setText(self.tr("{count} change(s), newest first.").format(count=len(self.entries))
                             if self.entries else self.tr("No change is recorded for this record."))

    def _operation(self, operation: str) -> str:
        return {"insert": self.tr("created"), "update": self.tr("edited"), "delete": self.tr("deleted"),
                "resolve": self.tr("conflict resolved")}.get(operation, operation)

    def _label(self, name: str) -> str:
        label = self.field_labels.get(name)
        return QCoreApplication.translate("records", label) if label else name

    def _fields(self, entry: HistoryEntry) -> str:
        lines = []
        for name, value in sorted(entry.fields.items()):
            if name in HIDDEN:
                continue
            if entry.operation == "insert":
                if value is not None and value != "":
                    lines.append(f"{self._label(name)}: {self._shown(name, value)}")
            elif isinstance(value, list) and len(value) == 2:
                lines.append(f"{self._label(name)}: {self._shown(name, value[0])} \u2192 {self._shown(name, value[1])}")
            else:
                lines.append(f"{self._label(name)}: {self._shown(name, value)}")
        return "\n".join(lines)

    def _shown(self, name: str, value: Any) -> str:
        """A value as the record's table shows it: a code by its label (the code kept if unknown)."""
        return _shown(labelled(self.code_labels.get(name), value))

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(error_text(exc))
        self.audit_button.setEnabled(True)

    def export_audit(self) -> None:
        path = self._choose_path(self, proposed_name(self._code))
        if path is None:
            return
        self.audit_button.setEnabled(False)
        start_audit_export(self, self._services, self._tasks, self._code, path,
                           on_success=lambda count: self._exported(count, path), on_error=self._failed)

    def _exported(self, count: int, path: Path) -> None:
        self.audit_button.setEnabled(True)
        self.summary.setText(written_text(count, self._code, path))
