"""The pages of the step 1 wizard, in the structure of a migration profile: context;
immigration; emigration and diaspora; forced migration; labour migration; return; remittances
and networks (part A, each with its narrative and chart); the observation table with its
problems and imports; sectors affected (part B); governance (part C); data sources and gaps;
findings and recommendations (part D).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget, QWizardPage

from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as N
from mainstream_desktop.core.record_specs import DATA_SOURCES, FINDINGS, GOVERNANCE_ITEMS, SECTOR_IMPACTS, RecordSpec
from mainstream_desktop.enums import ProfilePart
from mainstream_desktop.ui.tasks import TaskRunner
from mainstream_desktop.ui.widgets.chart_panel import ChartPanel
from mainstream_desktop.ui.widgets.narrative_editor import NarrativeEditor
from mainstream_desktop.ui.widgets.record_editor import RecordEditor

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services


def _t(text: str) -> str:
    return QCoreApplication.translate("profile", text)


@dataclass(frozen=True)
class SectionInfo:
    key: str
    title: str
    guidance: str
    part: ProfilePart
    charts: tuple[str, ...] = ()
    records: RecordSpec | None = None


SECTIONS: tuple[SectionInfo, ...] = (
    SectionInfo(
        "context",
        N("profile", "Context"),
        N(
            "profile",
            "Population, economy, labour market and human development: the background against which migration is read.",
        ),
        ProfilePart.TRENDS,
    ),
    SectionInfo(
        "immigration",
        N("profile", "Immigration"),
        N("profile", "Immigrant stock and inflows, by sex, age and origin."),
        ProfilePart.TRENDS,
        ("stock_by_sex",),
    ),
    SectionInfo(
        "emigration",
        N("profile", "Emigration and diaspora"),
        N("profile", "Emigrants by destination, outflows, skills, and the diaspora's estimates from every source."),
        ProfilePart.TRENDS,
        ("top_destinations", "flows"),
    ),
    SectionInfo(
        "forced",
        N("profile", "Forced migration"),
        N(
            "profile",
            "Refugees hosted and originating, asylum seekers, internally displaced and stateless persons, victims of trafficking, forced returnees.",
        ),
        ProfilePart.TRENDS,
    ),
    SectionInfo(
        "labour",
        N("profile", "Labour migration"),
        N("profile", "Temporary, seasonal and circular schemes, sectors and skill levels."),
        ProfilePart.TRENDS,
    ),
    SectionInfo(
        "return",
        N("profile", "Return migration"),
        N("profile", "Voluntary and forced returns, and reintegration."),
        ProfilePart.TRENDS,
    ),
    SectionInfo(
        "remittances",
        N("profile", "Remittances and networks"),
        N("profile", "Volumes, share of GDP, corridors and costs, channels, diaspora associations."),
        ProfilePart.TRENDS,
        ("remittances",),
    ),
    SectionInfo(
        "sectors",
        N("profile", "Sectors affected"),
        N(
            "profile",
            "Part B: for each policy area, how migration affects it, how much, and how strong the evidence is.",
        ),
        ProfilePart.IMPACTS,
        ("sector_impacts",),
        SECTOR_IMPACTS,
    ),
    SectionInfo(
        "governance",
        N("profile", "Governance"),
        N("profile", "Part C: laws, policies, institutions, agreements and conventions."),
        ProfilePart.GOVERNANCE,
        (),
        GOVERNANCE_ITEMS,
    ),
    SectionInfo(
        "sources",
        N("profile", "Data sources and gaps"),
        N("profile", "Every source used, what it covers, its quality and its gaps."),
        ProfilePart.TRENDS,
        ("data_availability",),
        DATA_SOURCES,
    ),
    SectionInfo(
        "findings",
        N("profile", "Findings and recommendations"),
        N("profile", "Part D: key findings, policy implications and recommendations, including on data."),
        ProfilePart.FINDINGS,
        (),
        FINDINGS,
    ),
)


class SectionPage(QWizardPage):
    """A section: its records (if any), its chart (if any) and its narrative."""

    def __init__(self, services: Services, tasks: TaskRunner, workspace_code: str, section: SectionInfo) -> None:
        super().__init__()
        self.section = section
        self.setProperty("sectionKey", section.key)
        self.setTitle(_t(section.title))
        self.setSubTitle(_t(section.guidance))
        self.records = RecordEditor(services, workspace_code, section.records, tasks=tasks) if section.records else None
        self.chart = ChartPanel(services, tasks, workspace_code, section.charts) if section.charts else None
        self.narrative = NarrativeEditor(
            services,
            workspace_code,
            section.part,
            section.key,
            _t("Narrative: {section}").format(section=_t(section.title)),
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        for widget in (self.records, self.chart):
            if widget is not None:
                splitter.addWidget(widget)
        splitter.addWidget(self.narrative)
        for index in range(splitter.count() - 1):
            splitter.setStretchFactor(index, 3)
        splitter.setStretchFactor(splitter.count() - 1, 1)
        # First sizes: the records and the chart get the room, the narrative a few lines.
        splitter.setSizes({1: [600], 2: [520, 160], 3: [220, 360, 130]}[splitter.count()])
        self.setFinalPage(True)  # everything is saved as the user works: Finish closes from any page
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        if self.records is not None and self.chart is not None:
            self.records.changed.connect(self.chart.refresh)
        self._drawn = False

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        if self.chart is not None and not self._drawn:  # draw on first visit: the wizard opens fast
            self._drawn = True
            self.chart.refresh()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.narrative.has_pending_changes():
            self.narrative.save()
        return True


class ObservationsPage(QWizardPage):
    """Every number of the profile in one table, its validation problems, and imports."""

    def __init__(self, table: QWidget, problems: QWidget, import_bar: QWidget) -> None:
        super().__init__()
        self.setTitle(_t("The numbers"))
        self.setSubTitle(
            _t(
                "Every number with its source. Import the public tables or your own spreadsheet, "
                "edit in place (Enter moves on), paste from Excel; warnings can be explained, "
                "errors must be corrected."
            )
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(table)
        splitter.addWidget(problems)
        splitter.setSizes([420, 160])
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        layout.addWidget(import_bar)
        layout.addWidget(splitter, 1)
        self.table, self.problems = table, problems


def section_pages(services: Services, tasks: TaskRunner, workspace_code: str) -> list[SectionPage]:
    return [SectionPage(services, tasks, workspace_code, section) for section in SECTIONS]
