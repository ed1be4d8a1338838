"""The mapping step for a spreadsheet of one's own: which of its columns holds the indicator,
the period, the value and so on. Columns whose names already match are proposed; the user can
change any of them or leave a column out."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ColumnMappingDialog(QDialog):
    def __init__(self, columns: list[str], targets: list[tuple[str, str, bool]], proposed: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which column is which?"))
        self.resize(640, 480)
        self._columns = columns
        self.table = QTableWidget(len(columns), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Column in your file"), self.tr("Means")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        for row, column in enumerate(columns):
            self.table.setItem(row, 0, QTableWidgetItem(column))
            combo = QComboBox()
            combo.addItem(self.tr("(leave out)"), "")
            for name, header, required in targets:
                combo.addItem(header + (" *" if required else ""), name)
            combo.setCurrentIndex(max(combo.findData(proposed.get(column, "")), 0))
            self.table.setCellWidget(row, 1, combo)
            self.combos.append(combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Columns marked * are needed. Every number also needs a unit; "
                                        "the workspace's country is used when no country column is given.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str]:
        return {column: str(combo.currentData()) for column, combo in zip(self._columns, self.combos, strict=True)
                if combo.currentData()}
