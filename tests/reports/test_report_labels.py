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


def test_charts_drawn_from_codes_name_them_in_the_label_language(demo_services):
    """The stakeholder charts and the sector-impact matrix were labelled with lower-cased codes
    ("ngo cso", "diaspora investment"): now with the code list's label, French in French."""
    from mainstream_desktop.core.reference_labels import code_label
    from mainstream_desktop.reports.chart_data import ChartDataService
    from mainstream_desktop.reports.charts import draw_sector_impacts
    from mainstream_desktop.reports.participation_charts import (
        draw_interest_influence,
        draw_participation,
    )
    from mainstream_desktop.reports.participation_data import ParticipationChartData

    assert code_label("STAKEHOLDER_GROUP", "NGO_CSO") == "NGO or civil society organisation"
    assert code_label("STAKEHOLDER_GROUP", "NOT_A_CODE") == "NOT_A_CODE"
    data = ParticipationChartData(demo_services.uow)
    impacts = ChartDataService(demo_services.uow).sector_impacts("JAM")
    with labels_in("fr"):
        assert code_label("STAKEHOLDER_GROUP", "NGO_CSO") == "ONG ou organisation de la société civile"
        figures = [draw_interest_influence(data.interest_influence("JAM")), draw_participation(data.participation("JAM")),
                   draw_sector_impacts(impacts)]
    texts = {t.get_text() for figure in figures for axes in figure.axes
             for t in [*axes.get_yticklabels(), *axes.get_xticklabels()]}
    texts |= {t.get_text() for figure in figures for axes in figure.axes if axes.get_legend()
              for t in axes.get_legend().get_texts()}
    assert "Syndicat" in texts and "Envois de fonds" in texts
    assert not {"trade union", "ngo cso", "remittances", "diaspora investment"} & texts


def _tick_texts(figure) -> set[str]:  # type: ignore[no-untyped-def]
    return {t.get_text() for axes in figure.axes for t in [*axes.get_yticklabels(), *axes.get_xticklabels()]}


def test_top_destinations_name_the_countries_in_the_label_language(demo_services):
    """The bars were labelled USA, GBR, CAN in every language: now the country's name."""
    from mainstream_desktop.reports.chart_data import ChartDataService
    from mainstream_desktop.reports.charts import draw_top_destinations

    charts = ChartDataService(demo_services.uow)
    shown = {}
    for language in ("en", "fr", "ar"):
        with labels_in(language):
            shown[language] = _tick_texts(draw_top_destinations(charts.top_destinations("JAM")))
    assert {"United States", "United Kingdom", "Canada"} <= shown["en"]
    assert {"États-Unis", "Royaume-Uni", "Canada"} <= shown["fr"]
    assert {"الولايات المتّحدة", "المملكة المتّحدة", "كندا"} <= shown["ar"]
    assert not {"USA", "GBR", "CAN"} & (shown["en"] | shown["fr"] | shown["ar"])
    with labels_in("fr"):
        assert list(charts.top_destinations("JAM").frame["destination_name"])[:2] == ["États-Unis", "Royaume-Uni"]


def test_the_sector_impact_matrix_names_the_policy_areas(demo_services):
    """Its rows were the policy-area codes (HEA, EMP): now the code list's labels, two short lines."""
    from mainstream_desktop.reports.chart_data import ChartDataService
    from mainstream_desktop.reports.charts import draw_sector_impacts

    impacts = ChartDataService(demo_services.uow).sector_impacts("JAM")
    shown = {}
    for language in ("en", "fr", "ar"):
        with labels_in(language):
            shown[language] = _tick_texts(draw_sector_impacts(impacts))
    assert "Health" in shown["en"] and "Santé" in shown["fr"] and "الصحة" in shown["ar"]
    codes = set(impacts.frame["policy_area"])
    assert "HEA" in codes and not codes & (shown["en"] | shown["fr"] | shown["ar"])
    assert all(len(line) <= 36 for texts in shown.values() for text in texts for line in text.split("\n"))


def test_the_data_availability_chart_names_the_indicators(demo_services):
    """Its rows were the indicator codes (MIG_STOCK_IMM, REM_IN_USD) in every language: now the
    indicators' names in the label language, broken into short lines for the axis."""
    from mainstream_desktop.core.reference_labels import indicator_label
    from mainstream_desktop.reports.chart_data import ChartDataService
    from mainstream_desktop.reports.charts import draw_data_availability

    charts = ChartDataService(demo_services.uow)
    shown, data = {}, {}
    for language in ("en", "fr", "ar"):
        with labels_in(language):
            data[language] = charts.data_availability("JAM")
            shown[language] = _tick_texts(draw_data_availability(data[language]))
    flat = {language: {" ".join(text.split()) for text in texts} for language, texts in shown.items()}
    assert "Personal remittances received" in flat["en"]
    assert "Envois de fonds personnels reçus" in flat["fr"]
    assert "Emigrants living abroad" not in flat["fr"]
    with labels_in("ar"):
        assert " ".join(indicator_label("REM_IN_USD").split())[:20] in " ".join(flat["ar"])
    codes = set(data["fr"].frame["indicator"])
    assert {"MIG_STOCK_IMM", "REM_IN_USD"} <= codes
    assert not codes & (shown["en"] | shown["fr"] | shown["ar"])
    assert all(len(line) <= 45 for texts in shown.values() for text in texts for line in text.split("\n"))
    assert "Envois de fonds personnels reçus" in set(data["fr"].frame["indicator_name"])
    with labels_in("fr"):  # drawn from the codes alone, too (data exported before the names were added)
        alone = _tick_texts(draw_data_availability(type(data["fr"])(
            "data_availability", data["fr"].frame.drop(columns="indicator_name"))))
    assert alone == shown["fr"]

