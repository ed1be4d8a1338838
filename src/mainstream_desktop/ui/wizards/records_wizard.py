"""Wizards made of record tables: each page holds one or more record editors (tabs when several)
and, where the domain notes ask for a view, its chart. Steps 2 to 6 are such wizards; their page
lists live in ``participation_pages`` and ``planning_pages``; steps 4 and 5 end on the golden
thread. Every record is saved when its dialog is confirmed,
so Finish closes from any page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget, QWizard, QWizardPage

from mainstream_desktop.core.record_specs import RecordSpec
from mainstream_desktop.ui.tasks import TaskRunner
from mainstream_desktop.ui.widgets.chart_panel import ChartPanel
from mainstream_desktop.ui.widgets.record_editor import RecordEditor

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services


@dataclass(frozen=True)
class RecordsPageInfo:
    title: str
    guidance: str
    specs: tuple[RecordSpec, ...]
    charts: tuple[str, ...] = ()


def _t(text: str) -> str:
    return QCoreApplication.translate("participation", text)


class RecordsPage(QWizardPage):
    def __init__(self, services: Services, tasks: TaskRunner, code: str, info: RecordsPageInfo) -> None:
        super().__init__()
        self.info = info
        self.setTitle(_t(info.title))
        self.setSubTitle(_t(info.guidance))
        self.editors = [RecordEditor(services, code, spec, tasks=tasks) for spec in info.specs]
        self.chart = ChartPanel(services, tasks, code, info.charts) if info.charts else None
        if len(self.editors) == 1:
            records: QWidget = self.editors[0]
        else:
            tabs = QTabWidget()
            for editor in self.editors:
                tabs.addTab(editor, QCoreApplication.translate("records", editor.spec.title))
            records = tabs
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(records)
        if self.chart is not None:
            splitter.addWidget(self.chart)
            splitter.setSizes([300, 380])
            for editor in self.editors:
                editor.changed.connect(self.chart.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setFinalPage(True)
        self._drawn = False

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        for editor in self.editors:  # records added on other pages may be referenced here
            editor.reload()
        if self.chart is not None and not self._drawn:
            self._drawn = True
            self.chart.refresh()


class TracePage(QWizardPage):
    """The golden thread from evidence to funding, re-read each time the page is shown."""

    def __init__(self, services: Services, tasks: TaskRunner, code: str) -> None:
        super().__init__()
        from mainstream_desktop.ui.widgets.trace_view import TraceView

        self.setTitle(_t("The golden thread"))
        self.setSubTitle(_t("From the evidence to the priority, its actions and where they land in the plan, the "
                            "indicators that measure them and the money behind them. Broken links come first."))
        self.view = TraceView(services, tasks, code)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.view.refresh()


class ReviewPage(QWizardPage):
    """The review desk: each step's review status and decisions, and the review comments."""

    def __init__(self, services: Services, tasks: TaskRunner, code: str) -> None:
        super().__init__()
        from mainstream_desktop.ui.widgets.review_desk import ReviewDesk

        self.setTitle(_t("Review"))
        self.setSubTitle(_t("Each step's review by the GMG hub: a country submits a step, the hub comments, asks for "
                            "changes or approves. Blocker and major comments must be closed before approval."))
        self.desk = ReviewDesk(services, tasks, code)
        layout = QVBoxLayout(self)
        layout.addWidget(self.desk)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.desk.refresh()


class RecordsWizard(QWizard):
    def __init__(self, services: Services, tasks: TaskRunner, code: str, title: str,
                 pages: Sequence[RecordsPageInfo], parent: QWidget | None = None, with_trace: bool = False,
                 with_review: bool = False) -> None:
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(title)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.resize(1100, 760)
        self.record_pages = [RecordsPage(services, tasks, code, info) for info in pages]
        for page in self.record_pages:
            self.addPage(page)
        self.trace_page = TracePage(services, tasks, code) if with_trace else None
        if self.trace_page is not None:
            self.addPage(self.trace_page)
        self.review_page = ReviewPage(services, tasks, code) if with_review else None
        if self.review_page is not None:
            self.addPage(self.review_page)

    def saved_code(self) -> str:
        return self.code

    def editor(self, spec_key: str) -> RecordEditor:
        return next(editor for page in self.record_pages for editor in page.editors if editor.spec.key == spec_key)
