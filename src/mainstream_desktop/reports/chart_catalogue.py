"""Every chart the program can draw, by key: the profile charts, the participation charts
(steps 2, 3 and 6) and the planning and monitoring charts (steps 4 and 5). The window asks this
catalogue for titles and figures and needs to know nothing about which data service draws what.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from mainstream_desktop.reports.chart_data import ChartData

Translate = Callable[[str], str]


def chart_titles() -> dict[str, str]:
    """Key -> English title (marked for translation where it is defined)."""
    from mainstream_desktop.reports.charts import CHARTS
    from mainstream_desktop.reports.participation_charts import PARTICIPATION_CHARTS
    from mainstream_desktop.reports.planning_charts import PLANNING_CHARTS

    return {chart.key: chart.title for chart in (*CHARTS, *PARTICIPATION_CHARTS, *PLANNING_CHARTS)}


def draw_chart(uow_factory: UnitOfWorkFactory, workspace_code: str, key: str,
               translate: Translate) -> tuple[ChartData, Figure]:
    """The chart's data and figure (slow: call it off the GUI thread)."""
    from mainstream_desktop.reports.chart_data import ChartDataService
    from mainstream_desktop.reports.charts import CHARTS, build_chart

    if any(chart.key == key for chart in CHARTS):
        return build_chart(ChartDataService(uow_factory), workspace_code, key, translate)
    from mainstream_desktop.reports.planning_charts import PLANNING_CHARTS, build_planning_chart

    if any(chart.key == key for chart in PLANNING_CHARTS):
        from mainstream_desktop.reports.planning_data import PlanningChartData

        return build_planning_chart(PlanningChartData(uow_factory), workspace_code, key, translate)
    from mainstream_desktop.reports.participation_charts import build_participation_chart
    from mainstream_desktop.reports.participation_data import ParticipationChartData

    service: Any = ParticipationChartData(uow_factory)
    return build_participation_chart(service, workspace_code, key, translate)
