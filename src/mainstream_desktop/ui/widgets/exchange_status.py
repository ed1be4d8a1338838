"""The exchange status of one workspace: for every partner site, what was last sent to it and
received from it (when, which file or bundle) and how far each side's changes have travelled;
then the changes waiting for earlier ones from their sender, and the rejected ones, each with its
reason. Read by ``sync/status.py`` on the worker thread; this widget only shows. Also holds the
two small formatters the exchange windows share (times in the user's zone, short site ids).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.ui.core_texts import error_text
from mainstream_desktop.ui.locale_format import date_time_text
from mainstream_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services
    from mainstream_desktop.sync.status import ExchangeStatus, PartnerStatus


def time_text(value: datetime | str | None) -> str:
    """A stored time (UTC) in the user's time zone, to the minute; "" when there is none."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    return date_time_text(value)


def short_id(value: str) -> str:
    """The last eight digits of a UUID: enough to tell sites and records apart on screen (the
    first ones of a time-ordered UUIDv7 are the same for everything made in the same hour)."""
    return value.replace("-", "")[-8:] if value else ""


def read_only_table(headers: list[str], stretch: int | None = None) -> QTableWidget:
    """A read-only table of whole rows; every column fits its contents, and ``stretch`` (the
    last one by default) takes the rest of the width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def select_row(table: QTableWidget, row: int) -> None:
    """Select ``row`` whole, as a click on it would. ``QTableView.selectRow`` picks the column under
    the view's leading edge, which right to left is past the last column when the columns are
    narrower than the view: in Arabic it selected nothing."""
    table.setCurrentCell(row, 0)


def fit_rows(table: QTableWidget, padding: int = 8) -> None:
    """Rows as tall as their (multi-line) contents, with some air."""
    table.resizeRowsToContents()
    for row in range(table.rowCount()):
        table.setRowHeight(row, table.rowHeight(row) + padding)


def set_row(table: QTableWidget, row: int, values: list[str], tooltips: dict[int, str] | None = None,
            numbers: tuple[int, ...] = ()) -> None:
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        if tooltips and column in tooltips:
            item.setToolTip(tooltips[column])
        if column in numbers:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, column, item)


class ExchangeStatusWidget(QWidget):
    loaded = Signal(object)

    def __init__(self, services: Services, tasks: TaskRunner, workspace_code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._tasks, self._code = services, tasks, workspace_code
        self.status: ExchangeStatus | None = None
        self.headline = QLabel(self.tr("Reading the exchange status\u2026"))
        self.headline.setObjectName("exchangeStatusHeadline")
        self.headline.setWordWrap(True)
        self.partners = read_only_table([
            self.tr("Partner"), self.tr("Role"), self.tr("Last sent"), self.tr("Sent up to"),
            self.tr("Last received"), self.tr("Received up to")], stretch=0)
        self.partners.setAccessibleName(self.tr("Partner sites"))
        self.partners.setToolTip(self.tr(
            "\u201cSent up to\u201d and \u201cReceived up to\u201d are for this workspace: the highest change "
            "number sent to the partner, and the number up to which every change of the partner is here. "
            "The last sent and received times are for any workspace."))
        self.waiting_label = QLabel()
        self.waiting_label.setWordWrap(True)
        self.waiting = read_only_table([
            self.tr("State"), self.tr("From"), self.tr("Change"), self.tr("Table"), self.tr("Record"),
            self.tr("Why"), self.tr("Received")], stretch=5)
        self.waiting.setAccessibleName(self.tr("Changes waiting or refused"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.partners, 2)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.waiting, 3)

    def refresh(self) -> None:
        from mainstream_desktop.sync.status import exchange_status

        uow, code = self._services.uow, self._code
        self.headline.setText(self.tr("Reading the exchange status\u2026"))
        self._tasks.run(lambda _progress, _cancelled: exchange_status(uow, code), parent=self,
                        title=self.tr("Reading the exchange status"), on_success=self.show_status,
                        on_error=self._failed, cancellable=False, show_progress=False)

    def _failed(self, exc: BaseException) -> None:
        self.headline.setText(error_text(exc))

    def show_status(self, status: ExchangeStatus) -> None:
        self.status = status
        self.headline.setText(self.tr(
            "Exchanges of {code} at {site}: {partners} partner site(s); {conflicts} open conflict(s).").format(
            code=status.workspace, site=status.local_name, partners=len(status.partners),
            conflicts=status.open_conflicts))
        self.partners.setRowCount(len(status.partners))
        for row, partner in enumerate(status.partners):
            received = partner.last_received_file or short_id(partner.last_received_bundle)
            set_row(self.partners, row, [
                partner.name or self.tr("(no longer trusted) {site}").format(site=short_id(partner.site_id)),
                self._role(partner), self._when(partner.last_sent_at, partner.last_sent_file),
                self._upto(partner.sent_upto), self._when(partner.last_received_at, received),
                self._upto(partner.received_upto)],
                {0: partner.site_id, 4: partner.last_received_bundle})
        fit_rows(self.partners)
        self.waiting_label.setText(self.tr(
            "{held} change(s) waiting for earlier changes from their sender (they are applied when those "
            "arrive); {rejected} rejected (kept here with the reason, never applied).").format(
            held=status.held, rejected=status.rejected))
        self.waiting.setRowCount(len(status.waiting))
        for row, change in enumerate(status.waiting):
            set_row(self.waiting, row, [
                self.tr("rejected") if change.status == "REJECTED" else self.tr("waiting"),
                change.origin_name or short_id(change.origin_site_id), str(change.seq), change.table,
                short_id(change.record_id), change.reason, time_text(change.received_at)],
                {1: change.origin_site_id, 4: change.record_id, 5: change.reason})
        fit_rows(self.waiting)
        self.loaded.emit(status)

    def _role(self, partner: PartnerStatus) -> str:
        role = self.tr("hub") if partner.is_hub else self.tr("hub site") if partner.kind == "HUB" else \
            self.tr("country site") if partner.kind == "COUNTRY" else ""
        if partner.name and not partner.trusted_for_workspace:
            role += self.tr(" (not trusted for this workspace)")
        return role

    def _when(self, when: datetime | None, what: str) -> str:
        """When, and the file or bundle, on two lines ("never" when nothing was exchanged)."""
        return f"{time_text(when)}\n{what}".strip() if when else self.tr("never")

    def _upto(self, seq: int) -> str:
        return self.tr("change {number}").format(number=seq) if seq else self.tr("nothing yet")


class ExchangeStatusDialog(QDialog):
    def __init__(self, services: Services, tasks: TaskRunner, workspace_code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exchange status of {code}").format(code=workspace_code))
        self.resize(1100, 560)
        self.widget = ExchangeStatusWidget(services, tasks, workspace_code, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        refresh = buttons.addButton(self.tr("Refresh"), QDialogButtonBox.ButtonRole.ActionRole)
        refresh.clicked.connect(self.widget.refresh)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.widget, 1)
        layout.addWidget(buttons)
        self.widget.refresh()
