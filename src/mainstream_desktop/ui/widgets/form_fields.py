"""Small form widgets the wizards share: a date that may be empty, a year that may be empty,
and a searchable code drop-down that stores codes and shows labels.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QSpinBox, QWidget

from mainstream_desktop.core.dto import Choice

_EMPTY_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date field whose lowest value means "not set"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
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
