"""UN DESA workbooks: the 2019 "Total" layout, the 2020 "Destination" layout and the 2015 flows."""

from __future__ import annotations

from datetime import date

import pytest

from mainstream_desktop.core.imports.detect import read_table
from mainstream_desktop.core.imports.schema import CANONICAL_COLUMNS
from tests.core.imports import builders
from tests.core.imports.builders import single_row as cell




@pytest.fixture
def stock_2019(tmp_path):
    return read_table(builders.undesa_2019(tmp_path / "UN_MigrantStockTotal_2019.xlsx"))


def test_2019_table_1_values_by_sex_on_1_july(stock_2019):
    frame = stock_2019.frame
    assert list(frame.columns) == list(CANONICAL_COLUMNS)
    assert stock_2019.format == "undesa" and stock_2019.source_code == "UNDESA_IMS"
    assert stock_2019.source_name == "UN DESA International Migrant Stock, 2019 revision"
    stock = frame[frame.indicator_code == "MIG_STOCK_IMM"]
    day = date(2019, 7, 1)
    assert cell(stock, country_iso3="JAM", period_start=day, sex="T").value == 23468
    assert cell(stock, country_iso3="JAM", period_start=day, sex="M").value == 11920
    assert cell(stock, country_iso3="JAM", period_start=day, sex="F").value == 11548
    moldova = cell(stock, country_iso3="MDA", period_start=date(1990, 7, 1), sex="T")
    assert moldova.value == 544162
    assert (moldova.period_end, moldova.period_type, moldova.unit_code) == (date(1990, 7, 1), "POINT", "PERSONS")
    assert (moldova.direction, moldova.partner_country, moldova.age_group) == ("IMMIGRATION", "_T", "TOTAL")
    assert moldova.source_table_ref == "UN DESA IMS 2019 rev., Table 1"
    assert moldova.note == "UN DESA footnote (18)"
    assert moldova.origin == "Table 1!R21C6"


def test_2019_aggregates_are_skipped_and_missing_values_kept_as_missing(stock_2019):
    frame = stock_2019.frame
    assert set(frame.country_iso3) == {"JAM", "MDA", "SHN"}  # WORLD, regions, Channel Islands (830) skipped
    assert stock_2019.rejected == []
    helena = frame[(frame.country_iso3 == "SHN") & (frame.indicator_code == "MIG_STOCK_IMM")]
    assert helena.value.isna().all() and set(helena.obs_status) == {"M"}
    assert set(helena.data_type_flag) == {"C R"}  # "CR" normalised


def test_2019_other_tables_map_to_their_indicators(stock_2019):
    frame = stock_2019.frame
    population = cell(frame, indicator_code="CTX_POP", country_iso3="JAM", period_start=date(2019, 7, 1), sex="M")
    assert population.value == 2948279 and population.unit_code == "PERSONS"  # thousands x 1000
    assert population.data_type_flag == ""
    share = cell(frame, indicator_code="MIG_STOCK_IMM_PCT", country_iso3="MDA", period_start=date(2019, 7, 1),
                 sex="F")
    assert (share.value, share.unit_code) == (12.5, "PCT")
    assert not frame.source_table_ref.str.contains("Table 5").any()
    assert "Table 5: annual rates of change skipped" in stock_2019.layout


@pytest.fixture
def stock_2020(tmp_path):
    return read_table(builders.undesa_2020(tmp_path / "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"))


def test_2020_layout_with_leading_spaces_and_markers(stock_2020):
    frame = stock_2020.frame
    assert set(frame.country_iso3) == {"JAM", "MYT", "SSD"}  # WORLD, regions and income groups skipped
    jamaica = cell(frame, indicator_code="MIG_STOCK_IMM", country_iso3="JAM", period_start=date(2020, 7, 1), sex="M")
    assert jamaica.value == 9981 and jamaica.data_type_flag == "B R"  # trailing blank removed
    assert jamaica.source_table_ref == "UN DESA IMS 2020 rev., Table 1"
    mayotte = cell(frame, indicator_code="MIG_STOCK_IMM", country_iso3="MYT", period_start=date(1990, 7, 1), sex="T")
    assert mayotte.note == "UN DESA footnote (1)"
    refugees = frame[(frame.indicator_code == "FD_REF_ASYLUM") & (frame.country_iso3 == "JAM")]
    suppressed = cell(refugees, period_start=date(1990, 7, 1))
    assert suppressed.obs_status == "M" and suppressed.value != suppressed.value  # NaN
    assert "suppressed" in suppressed.note and suppressed.voluntariness == "FORCED"
    zero = cell(refugees, period_start=date(1995, 7, 1))
    assert (zero.value, zero.obs_status) == (0.0, "E")
    assert cell(refugees, period_start=date(2020, 7, 1)).value == 25
    assert "share of the migrant stock" in stock_2020.layout


def test_flows_by_type_and_coverage(tmp_path):
    parsed = read_table(builders.undesa_flows(tmp_path / "undesa_pd_2015_migration_flow_totals.xlsx"))
    frame = parsed.frame
    assert parsed.source_code == "UNDESA_IMS"  # no UNDESA_FLOWS code in global_data_sources.csv
    assert "International Migration Flows, 2015 revision" in parsed.source_name
    inflow = cell(frame, country_iso3="MDA", indicator_code="MIG_FLOW_IN", period_start=date(1982, 1, 1))
    assert (inflow.value, inflow.unit_code, inflow.period_type, inflow.period_end) == (
        300, "PERSONS_PER_YEAR", "YEAR", date(1982, 12, 31))
    assert inflow.direction == "IMMIGRATION" and "coverage: Both" in inflow.note
    foreigners = cell(frame, country_iso3="MDA", indicator_code="X_UNDESA_FLOW_IN_FOREIGNERS",
                      period_start=date(1981, 1, 1))
    assert foreigners.value == 1200 and foreigners.data_type_flag == "C"
    outflow = cell(frame, country_iso3="MDA", indicator_code="MIG_FLOW_OUT", period_start=date(1980, 1, 1))
    assert outflow.obs_status == "M" and outflow.direction == "EMIGRATION"
    reasons = {row.origin: row.reason for row in parsed.rejected}
    assert reasons["Totals!R23"] == "country name 'Atlantis' is not recognised"
    assert "repeats the series given by residence" in reasons["Totals!R21"]
    assert cell(frame, country_iso3="FRA", period_start=date(1980, 1, 1)).value == 4  # the residence series
