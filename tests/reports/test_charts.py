"""The profile charts: the data behind each one, and a real figure that renders to PNG and SVG."""

from __future__ import annotations

import pytest

from mainstream_desktop.reports.chart_data import ChartDataService
from mainstream_desktop.reports.charts import CHARTS, build_chart


@pytest.fixture
def charts(demo_services) -> ChartDataService:
    return ChartDataService(demo_services.uow)


def test_stock_by_sex_uses_one_source_and_all_three_sexes(charts):
    data = charts.stock_by_sex("JAM")
    assert data.source == "UN DESA International Migrant Stock, 2019 revision"
    by_key = {(row.year, row.sex): row.value for row in data.frame.itertuples()}
    assert by_key[(2019, "T")] == 23468 and by_key[(2019, "M")] == 11920 and by_key[(2019, "F")] == 11548
    assert len(data.frame) == 21


def test_top_destinations_are_sorted_for_the_latest_year(charts):
    data = charts.top_destinations("JAM")
    assert list(data.frame["destination"]) == ["USA", "GBR", "CAN", "_OTHER"]
    assert set(data.frame["year"]) == {2019}


def test_remittances_join_usd_and_share_by_year(charts):
    frame = charts.remittances("JAM").frame.set_index("year")
    assert frame.loc[2016, "usd_mn"] == 2292 and frame.loc[2015, "pct_gdp"] == 16.1


def test_flows_carry_the_net_migration_rate(charts):
    frame = charts.flows("JAM").frame
    assert set(frame["indicator"]) == {"MIG_FLOW_OUT", "MIG_NET_RATE"}
    assert frame[(frame["indicator"] == "MIG_NET_RATE") & (frame["year"] == 1985)]["value"].item() == 7.4


def test_sector_impacts_and_data_availability(charts):
    impacts = charts.sector_impacts("JAM").frame
    assert ("HEA", "EMIGRATION_OF_WORKERS", "NEGATIVE") in set(
        zip(impacts["policy_area"], impacts["channel"], impacts["effect"], strict=True))
    availability = charts.data_availability("JAM").frame
    states = {(row.indicator, row.year): row.state for row in availability.itertuples()}
    assert states[("MIG_STOCK_IMM", 2019)] == "reported"
    assert states[("REM_IN_USD", 2000)] == "estimate"


@pytest.mark.parametrize("key", [chart.key for chart in CHARTS])
def test_every_chart_renders_for_jamaica_and_for_an_empty_workspace(charts, key, tmp_path):
    for code in ("JAM", "TUN"):
        data, figure = build_chart(charts, code, key, translate=lambda text: "\u00bb" + text)
        png, svg = tmp_path / f"{code}-{key}.png", tmp_path / f"{code}-{key}.svg"
        figure.savefig(png)
        figure.savefig(svg)
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert b"<svg" in svg.read_bytes()[:400]
        texts = [t.get_text() for ax in figure.axes for t in [ax.title, *ax.texts]]
        if data.frame.empty:
            assert "\u00bbNo data yet for this chart." in texts
        else:
            assert any(text.startswith("\u00bb") for text in texts)  # titles went through translate
