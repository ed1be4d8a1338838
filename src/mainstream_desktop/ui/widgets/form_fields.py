"""Small form widgets the wizards share: a date that may be empty, a year that may be empty,
an amount or any number that may be empty, an attached document, and a searchable code drop-down
that stores codes and shows labels.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from mainstream_desktop.core.dto import Choice
from mainstream_desktop.ui.locale_format import date_format

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services
    from mainstream_desktop.ui.tasks import TaskRunner

_EMPTY_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date field whose lowest value means "not set"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.setMinimumDate(_EMPTY_DATE)
        self.setSpecialValueText(self.tr("not set"))
        self.setDate(_EMPTY_DATE)

    def value(self) -> date | None:
        current = self.date()
        return None if current == _EMPTY_DATE else date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _EMPTY_DATE)


class OptionalYearSpin(QSpinBox):
    """A year field; 0 shows as "not set"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 2100)
        self.setSpecialValueText(self.tr("not set"))

    def value_or_none(self) -> int | None:
        return self.value() or None

    def set_value(self, year: int | None) -> None:
        self.setValue(year or 0)


class CodeComboBox(QComboBox):
    """Shows ``label (CODE)``, stores the code; typing filters the list."""

    def __init__(self, choices: Iterable[Choice] = (), *, allow_empty: bool = True,
                 show_codes: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._show_codes = show_codes
        self._allow_empty = allow_empty
        self.set_choices(choices)

    def set_choices(self, choices: Iterable[Choice]) -> None:
        self.clear()
        if self._allow_empty:
            self.addItem("", "")
        for choice in choices:
            text = f"{choice.label} ({choice.code})" if self._show_codes else choice.label
            self.addItem(text, choice.code)

    def record_id(self) -> str | None:
        """For reference fields: the chosen record's id (never typed text)."""
        return str(self.currentData()) if self.currentData() else None

    def code(self) -> str:
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index) or "")
        typed = self.currentText().strip().upper()
        return typed

    def set_code(self, code: str | None) -> None:
        index = self.findData(code or "")
        self.setCurrentIndex(index if index >= 0 else 0)
        if index < 0 and code:
            self.setEditText(code)


class AmountEdit(QLineEdit):
    """An amount that may be empty; written with the user's decimal separator or a dot."""

    def value(self) -> float | str | None:
        text = self.text().strip().replace("\u00a0", "").replace(" ", "")
        if not text:
            return None
        number, ok = QLocale().toDouble(text)
        if ok:
            return number
        try:
            return float(text.replace(",", ""))
        except ValueError:
            return text  # core refuses it with a clear message

    def set_value(self, value: object) -> None:
        self.setText("" if value is None else QLocale().toString(float(value), "f", 2))  # type: ignore[arg-type]


class NumberEdit(AmountEdit):
    """Any real number (baselines, targets, actuals, weights), shown without padding decimals."""

    def set_value(self, value: object) -> None:
        self.setText("" if value is None else QLocale().toString(float(value), "g", 12))  # type: ignore[arg-type]


class DocumentField(QWidget):
    """An attached evidence document: its title, Attach... and Open."""

    def __init__(self, services: Services, workspace_code: str, parent: QWidget | None = None,
                 tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._services, self._code, self._tasks = services, workspace_code, tasks
        self._document_id: str | None = None
        self.choose_file = lambda: _choose_file(self)
        self.label = QLabel(self.tr("none"))
        self.attach = QPushButton(self.tr("Attach\u2026"))
        self.open_button = QPushButton(self.tr("Open"))
        self.attach.clicked.connect(self._attach)
        self.open_button.clicked.connect(self._open)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.attach)
        row.addWidget(self.open_button)
        self.open_button.setEnabled(False)

    def value(self) -> str | None:
        return self._document_id

    def set_value(self, document_id: object) -> None:
        self._document_id = str(document_id) if document_id else None
        title = self._services.documents.get(self._document_id).title if self._document_id else self.tr("none")
        self.label.setText(title)
        self.open_button.setEnabled(self._document_id is not None)

    def _attach(self) -> None:
        from mainstream_desktop.core.errors import MainstreamError
        from mainstream_desktop.ui.core_texts import error_text

        path = self.choose_file()
        if path is None:
            return

        def refused(exc: BaseException) -> None:
            self.attach.setEnabled(True)
            QMessageBox.warning(self, self.tr("Not attached"), error_text(exc))

        if self._tasks is None:  # a field outside a wizard (tests): copy in place
            try:
                info = self._services.documents.add(self._code, path)
            except MainstreamError as exc:
                refused(exc)
                return
            self.set_value(info.document_id)
            return
        documents, code = self._services.documents, self._code
        self.attach.setEnabled(False)  # a large scan is hashed and copied on the worker thread

        def attached(info: Any) -> None:
            self.attach.setEnabled(True)
            self.set_value(info.document_id)

        self._tasks.run(lambda _progress, _cancelled: documents.add(code, path), parent=self,
                        title=self.tr("Attaching the document"), on_success=attached, on_error=refused,
                        cancellable=False)

    def _open(self) -> None:
        if self._document_id is None:
            return
        info = self._services.documents.get(self._document_id)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._services.documents.path_for(info.sha256))))


def _choose_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, QWidget.tr("Choose a document"))
    return Path(name) if name else None
