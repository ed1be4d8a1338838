"""The conflict queue of a workspace: fields edited here and at another site at the same time.
Every site keeps the same value (the later edit); the other one waits here with who wrote each
and when. For the selected conflict a person keeps the value, takes the other one, or types a
value of their own; the answer is a change that travels with the next bundle and closes the same
conflict everywhere. Reading and resolving run on the worker thread; the list then refreshes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.sync.status import coded, labelled
from mainstream_desktop.ui.core_texts import error_text
from mainstream_desktop.ui.tasks import TaskRunner
from mainstream_desktop.ui.widgets.exchange_status import (
    fit_rows,
    read_only_table,
    select_row,
    set_row,
    short_id,
    time_text,
)

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services
    from mainstream_desktop.sync.conflicts import ConflictView
    from mainstream_desktop.sync.status import RecordName

AskValue = Callable[[QWidget, str, str], str | None]
OpenDialog = Callable[[QDialog], None]


def ask_own_value(parent: QWidget, field: str, current: str) -> str | None:
    text, ok = QInputDialog.getText(parent, QDialog.tr("A value of your own"),
                                    QDialog.tr("The value of \u201c{field}\u201d on every site:").format(field=field),
                                    text=current)
    return text if ok else None


class _Conflicts(NamedTuple):
    """What the worker thread reads for the queue: the open conflicts, their records' names, and
    the labels of the codes of their code fields."""

    conflicts: list[ConflictView]
    names: dict[tuple[str, str], RecordName]
    code_labels: dict[tuple[str, str], dict[str, str]]


def value_text(value: Any) -> str:
    """A stored value as a person reads it: text as is, anything else as JSON, nothing as a dash."""
    if value is None or value == "":
        return "\u2014"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def own_value(text: str, conflict: ConflictView) -> Any:
    """What the person typed, as the value sent to ``resolve``: text stays text when the field holds
    text; otherwise JSON is decoded (numbers as numbers, true/false), and anything else is text."""
    text = text.strip()
    if not text:
        return None
    if isinstance(conflict.kept_value, str) or isinstance(conflict.other_value, str):
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


class ConflictQueueDialog(QDialog):
    resolved = Signal(str)

    def __init__(self, services: Services, tasks: TaskRunner, workspace_code: str, parent: QWidget | None = None,
                 ask_value: AskValue = ask_own_value) -> None:
        super().__init__(parent)
        from mainstream_desktop.sync.conflicts import ConflictService

        self._services, self._tasks, self._code, self._ask_value = services, tasks, workspace_code, ask_value
        self._conflicts_service = ConflictService(services.uow)
        self.conflicts: list[ConflictView] = []
        self.names: dict[tuple[str, str], RecordName] = {}
        self.code_labels: dict[tuple[str, str], dict[str, str]] = {}  # (table, code field) -> code -> label
        self.loaded = False
        self.open_dialog: OpenDialog = lambda dialog: dialog.open()
        self.setWindowTitle(self.tr("Conflicts in {code}").format(code=workspace_code))
        self.resize(1120, 520)
        self.summary = QLabel(self.tr("Reading the conflicts\u2026"))
        self.summary.setObjectName("conflictSummary")
        self.summary.setWordWrap(True)
        self.table = read_only_table([self.tr("Record"), self.tr("Field"), self.tr("Before both edits"),
                                      self.tr("Value kept on every site"), self.tr("Written by"),
                                      self.tr("Other value"), self.tr("Written by")], stretch=0)
        self.table.setAccessibleName(self.tr("Conflicts"))
        for column in (2, 3, 5):  # long values wrap inside the window instead of widening it
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.keep_button = QPushButton(self.tr("Keep"))
        self.keep_button.setToolTip(self.tr("Keep the value every site holds now"))
        self.keep_button.clicked.connect(lambda: self.resolve("kept"))
        self.other_button = QPushButton(self.tr("Take the other"))
        self.other_button.setToolTip(self.tr("Replace it with the other value, on every site"))
        self.other_button.clicked.connect(lambda: self.resolve("other"))
        self.edit_button = QPushButton(self.tr("Edit\u2026"))
        self.edit_button.setToolTip(self.tr("Type a value of your own"))
        self.edit_button.clicked.connect(self.edit)
        self.history_button = QPushButton(self.tr("History of this record\u2026"))
        self.history_button.clicked.connect(self.show_history)
        for button in (self.keep_button, self.other_button, self.edit_button, self.history_button):
            button.setAutoDefault(False)  # Enter in the table must not resolve a conflict
        actions = QHBoxLayout()
        for button in (self.keep_button, self.other_button, self.edit_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.history_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self._update_buttons()
        self.refresh()

    # -- reading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        from mainstream_desktop.sync.status import code_labels, record_names

        service, uow, code, reference = self._conflicts_service, self._services.uow, self._code, \
            self._services.reference

        def work(_progress: Any, _cancelled: Any) -> _Conflicts:
            conflicts = service.conflicts(code)
            names = record_names(uow, [(c.table, c.record_id) for c in conflicts])
            return _Conflicts(conflicts, names, code_labels(reference, names.values()))

        self._tasks.run(work, parent=self, title=self.tr("Reading the conflicts"), on_success=self._loaded,
                        on_error=self._failed, cancellable=False, show_progress=False)

    def _loaded(self, result: _Conflicts) -> None:
        self.conflicts, self.names, self.code_labels = result
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            labels = self.code_labels.get((conflict.table, conflict.field))
            base, kept, other = (value_text(labelled(labels, value)) for value in
                                 (conflict.base_value, conflict.kept_value, conflict.other_value))
            set_row(self.table, row, [
                self.record_text(conflict), self.field_text(conflict), base,
                kept, self._who(conflict.kept_by, conflict.kept_at),
                other, self._who(conflict.other_by, conflict.other_at)],
                {0: conflict.record_id, 3: kept, 5: other})
        fit_rows(self.table)
        if self.conflicts:
            self.summary.setText(self.tr(
                "{count} open conflict(s). Every site holds the kept value; choose for each what should stay. "
                "Your answer travels with the next bundle and closes the conflict on every site.").format(
                count=len(self.conflicts)))
            if not self.table.selectedItems():
                select_row(self.table, 0)
            self.table.setFocus()  # the arrows move between conflicts
        else:
            self.summary.setText(self.tr("No open conflict in {code}.").format(code=self._code))
        self.loaded = True
        self._update_buttons()

    def record_text(self, conflict: ConflictView) -> str:
        name = self.names.get((conflict.table, conflict.record_id))
        title = QCoreApplication.translate("records", name.title) if name else conflict.table
        label = name.label if name and name.label else short_id(conflict.record_id)
        return f"{title} \u00b7 {label}"

    def field_text(self, conflict: ConflictView) -> str:
        name = self.names.get((conflict.table, conflict.record_id))
        label = name.field_labels.get(conflict.field) if name else None
        return QCoreApplication.translate("records", label) if label else conflict.field

    def _who(self, actor: str, when: str) -> str:
        return self.tr("{who}\n{when}").format(who=actor or self.tr("unknown"), when=time_text(when))

    def current(self) -> ConflictView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.conflicts):
            return None
        return self.conflicts[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.current() is not None and not self._tasks.is_busy()
        for button in (self.keep_button, self.other_button, self.edit_button, self.history_button):
            button.setEnabled(chosen)

    # -- answering --------------------------------------------------------------------------------
    def edit(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        labels = self.code_labels.get((conflict.table, conflict.field))
        kept = labelled(labels, conflict.kept_value)
        current = kept if isinstance(kept, str) else \
            json.dumps(kept, ensure_ascii=False) if kept is not None else ""
        text = self._ask_value(self, self.field_text(conflict), current)
        if text is not None:
            self.resolve("value", coded(labels, own_value(text, conflict)))

    def resolve(self, choice: str, value: Any = None) -> None:
        conflict = self.current()
        if conflict is None:
            return
        service, conflict_id = self._conflicts_service, conflict.id
        for button in (self.keep_button, self.other_button, self.edit_button):
            button.setEnabled(False)
        self._tasks.run(lambda _progress, _cancelled: service.resolve(conflict_id, choice, value), parent=self,
                        title=self.tr("Saving the answer"), on_success=lambda _result: self._resolved(conflict_id),
                        on_error=self._failed, cancellable=False, show_progress=False)

    def _resolved(self, conflict_id: str) -> None:
        self.resolved.emit(conflict_id)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(error_text(exc))
        self._update_buttons()

    def show_history(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        from mainstream_desktop.ui.dialogs.record_history import RecordHistoryDialog

        dialog = RecordHistoryDialog(self._services, self._tasks, self._code, conflict.record_id, conflict.table,
                                     self.record_text(conflict), self)
        self.open_dialog(dialog)
