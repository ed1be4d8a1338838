"""The report data read in the report's language (``labels_in``, as every report writer does):
headline figures name their indicator and unit, monitoring indicators and the planning charts'
data their unit, in French rather than the English of the reference tables."""

from __future__ import annotations

from mainstream_desktop.core.reference_labels import labels_in
from mainstream_desktop.reports.pdf_data import headline_figures, indicator_rows
from mainstream_desktop.reports.planning_data import PlanningChartData


def test_headline_figures_in_french(demo_services):
    with labels_in("fr"):
        figures = {f.indicator_code: f for f in headline_figures(demo_services.uow, "JAM")}
    stock = figures["MIG_STOCK_IMM"]
    assert (stock.indicator, stock.unit) == ("Stock de migrants internationaux (immigrés)", "Personnes")
    assert figures["REM_IN_USD"].indicator == "Envois de fonds personnels reçus"
    assert figures["REM_IN_USD"].unit == "Millions de dollars des États-Unis, prix courants"
    english = {f.indicator_code: f for f in headline_figures(demo_services.uow, "JAM")}
    assert english["MIG_STOCK_IMM"].unit == "Persons"


def test_monitoring_units_in_french(demo_services):
    with labels_in("fr"):
        units = {row.unit for row in indicator_rows(demo_services.uow, "JAM")}
        charts = PlanningChartData(demo_services.uow)
        dashboard = set(charts.rag_dashboard("JAM").frame["unit"])
        progress = set(charts.indicator_progress("JAM").frame["unit"])
    english = {"Percent", "Count", "Count per year", "Per 1,000 population", "Yes/no (1/0)"}
    assert "Pourcentage" in units and not units & english
    assert "Pourcentage" in dashboard and not dashboard & english
    assert "Pourcentage" in progress and not progress & english
