"""The golden thread in the window: a tree of each priority with its evidence, consultation
inputs, actions (where they land in the plan, their funding and indicators), indicators with
their traffic light, and aligned partner projects; the broken links listed first, in red, each
with what to do. The trace is read off the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.ui.core_texts import error_text, message_text
from mainstream_desktop.ui.palette_colours import readable
from mainstream_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services
    from mainstream_desktop.core.trace import ActionLink, Chain, TraceReport

BROKEN_COLOUR = QColor("#b00020")
BASE = QPalette.ColorRole.Base  # the tree's cells: colours are made readable on it
STATUS_COLOURS = {"GREEN": "#1a7f37", "AMBER": "#b35900", "RED": "#b00020", "GREY": "#6e7781", "BLUE": "#0550ae"}


def _t(text: str) -> str:
    return QCoreApplication.translate("trace", text)


def broken_kinds() -> dict[str, str]:
    return {
        "PRIORITY_WITHOUT_EVIDENCE": _t("Priority without evidence"),
        "PRIORITY_WITHOUT_ACTIONS": _t("Endorsed priority without actions"),
        "PRIORITY_WITHOUT_FUNDING": _t("Endorsed priority without funding"),
        "ACTION_NOT_IN_PLAN": _t("Action outside the plan"),
        "ACTION_WITHOUT_INDICATOR": _t("Action nothing measures"),
        "INDICATOR_WITHOUT_BASELINE": _t("Indicator without baseline"),
        "INDICATOR_WITHOUT_TARGET": _t("Indicator without target"),
        "INSTRUMENT_WITHOUT_INDICATOR": _t("Instrument without indicators"),
    }


class TraceView(QWidget):
    def __init__(self, services: Services, tasks: TaskRunner, workspace_code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._tasks, self._code = services, tasks, workspace_code
        self.report: TraceReport | None = None
        self.summary = QLabel(self.tr("Reading the golden thread\u2026"))
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Link"), self.tr("Details")])
        self.tree.setAccessibleName(self.tr("Golden thread"))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setWordWrap(True)
        self._labels: dict[str, str] = {}
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree)

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        trace, reference, code = self._services.trace, self._services.reference, self._code

        def read(_progress: object, _cancelled: object) -> tuple[TraceReport, dict[str, str]]:
            labels = {c.code: c.label for name in ("PRIORITY_STATUS", "POLICY_AREA", "ACTION_STATUS", "RAG_STATUS")
                      for c in reference.code_list(name)}
            return trace.trace(code), labels

        self._tasks.run(read, parent=self,
                        title=self.tr("Reading the golden thread"), on_success=self.show_report,
                        on_error=self._failed, show_progress=False)

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.summary.setText(error_text(exc))

    def show_report(self, result: tuple[TraceReport, dict[str, str]]) -> None:
        report, self._labels = result
        self.report = report
        self.refresh_button.setEnabled(True)
        self.tree.clear()
        complete = sum(not chain.broken for chain in report.chains)
        self.summary.setText(self.tr("{chains} priorities, {complete} with an unbroken thread; {broken} broken "
                                     "links.").format(chains=len(report.chains), complete=complete,
                                                       broken=len(report.broken)))
        if report.broken:
            gaps = QTreeWidgetItem(self.tree, [self.tr("Broken links ({count})").format(count=len(report.broken))])
            gaps.setForeground(0, QBrush(readable(BROKEN_COLOUR, BASE)))
            kinds = broken_kinds()
            for link in report.broken:
                item = QTreeWidgetItem(gaps, [message_text(link.message), kinds.get(link.code, link.code)])
                item.setForeground(0, QBrush(readable(BROKEN_COLOUR, BASE)))
                item.setToolTip(0, message_text(link.message))
            gaps.setExpanded(True)
        for chain in report.chains:
            self._chain(chain)
        self.tree.resizeColumnToContents(1)

    def _chain(self, chain: Chain) -> None:
        rank = f"{chain.rank}. " if chain.rank else ""
        top = QTreeWidgetItem(self.tree, [f"{rank}{chain.title}", f"{self._label(chain.status)} \u00b7 "
                                                                   f"{self._label(chain.policy_area)}"])
        top.setToolTip(0, chain.title)
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        if chain.broken:
            top.setForeground(0, QBrush(readable(BROKEN_COLOUR, BASE)))
            top.setToolTip(0, "\n".join(message_text(link.message) for link in chain.broken))
        self._group(top, self.tr("Evidence"), [(text, "") for text in chain.evidence],
                    self.tr("no evidence linked"))
        self._group(top, self.tr("Consultation inputs"), [(text, "") for text in chain.inputs], "")
        actions = QTreeWidgetItem(top, [self.tr("Actions"), str(len(chain.actions)) if chain.actions else ""])
        for action in chain.actions:
            self._action(actions, action, chain)
        if not chain.actions:
            QTreeWidgetItem(actions, [self.tr("no actions")]).setForeground(0, QBrush(readable(BROKEN_COLOUR, BASE)))
        self._group(top, self.tr("Indicators"), [
            (f"{i.result_code} {i.name}", self._label(i.status)) for i in chain.indicators], self.tr("no indicators"),
            colour_details=True)
        self._group(top, self.tr("Aligned partner projects"), [(p, "") for p in chain.projects], "")
        top.setExpanded(True)

    def _label(self, code: str) -> str:
        return self._labels.get(code, code)  # the reference data answers in the user's language

    def _group(self, parent: QTreeWidgetItem, title: str, rows: list[tuple[str, str]], missing: str,
               colour_details: bool = False) -> QTreeWidgetItem | None:
        if not rows and not missing:
            return None
        group = QTreeWidgetItem(parent, [title, str(len(rows)) if rows else ""])
        for text, details in rows:
            item = QTreeWidgetItem(group, [text, details])
            status = next((code for code in STATUS_COLOURS if self._label(code) == details), "")
            if colour_details and status:
                item.setForeground(1, QBrush(readable(STATUS_COLOURS[status], BASE)))
            item.setToolTip(0, text)
        if not rows and missing:
            empty = QTreeWidgetItem(group, [missing])
            empty.setForeground(0, QBrush(readable(BROKEN_COLOUR, BASE)))
        return group

    def _action(self, group: QTreeWidgetItem, action: ActionLink, chain: Chain) -> None:
        locale = QLocale()
        cost = f"{locale.toString(float(action.cost), 'f', 0)} {action.currency}" if action.cost is not None else ""
        item = QTreeWidgetItem(group, [action.description, f"{self._label(action.status)} \u00b7 {cost}"])
        item.setToolTip(0, action.description)
        place = action.plan_element or self.tr("lands in no plan element")
        where = QTreeWidgetItem(item, [self.tr("In the plan: {element}").format(element=place)])
        if not action.plan_element:
            where.setForeground(0, QBrush(readable(BROKEN_COLOUR, BASE)))
        for funding in action.funding:
            partner = f" ({funding.partner})" if funding.partner else ""
            QTreeWidgetItem(item, [self.tr("Funding: {source}{partner}").format(source=funding.source, partner=partner),
                                   f"{locale.toString(float(funding.amount), 'f', 0)} {funding.currency}"])
        names = {i.id: f"{i.result_code} {i.name}" for i in chain.indicators}
        if action.indicators:
            for indicator_id in action.indicators:
                QTreeWidgetItem(item, [self.tr("Measured by: {indicator}").format(
                    indicator=names.get(indicator_id, indicator_id))])
        else:
            missing = QTreeWidgetItem(item, [self.tr("no indicator measures this action")])
            missing.setForeground(0, QBrush(readable(BROKEN_COLOUR, BASE)))
        item.setExpanded(False)
        item.setData(0, Qt.ItemDataRole.UserRole, action.id)
