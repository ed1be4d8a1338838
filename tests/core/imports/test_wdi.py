"""World Bank WDI downloads: CSV and Excel variants, mapping, units, aggregates, empty years."""

from __future__ import annotations

from datetime import date

import pytest

from mainstream_desktop.core.imports.detect import read_table
from mainstream_desktop.core.imports.errors import KNOWN_LAYOUTS, UnrecognisedLayout
from mainstream_desktop.core.imports.readers import wdi
from tests.core.imports import builders


def test_csv_with_bom_preamble_and_trailing_commas(tmp_path):
    parsed = read_table(builders.wdi_csv(tmp_path / "API_SM.POP.NETM_DS2_en_csv_v2_1.csv"))
    frame = parsed.frame
    assert parsed.format == "wdi" and parsed.source_code == "WDI"
    assert parsed.source_name == "World Bank World Development Indicators (last updated 2024-06-28)"
    assert set(frame.country_iso3) == {"JAM", "MDA"}  # WLD, INX and XKX (not in ISO 3166) skipped
    assert set(frame.indicator_code) == {"MIG_NET"} and set(frame.unit_code) == {"PERSONS"}
    jamaica = frame[frame.country_iso3 == "JAM"].set_index("period_start")
    assert list(jamaica.index) == [date(2017, 1, 1), date(2018, 1, 1), date(2020, 1, 1)]  # 2019 empty: skipped
    assert jamaica.loc[date(2018, 1, 1), "value"] == -10999
    assert jamaica.loc[date(2018, 1, 1), "period_end"] == date(2018, 12, 31)
    assert set(frame.period_type) == {"YEAR"} and set(frame.obs_status) == {"A"}
    assert len(frame[frame.country_iso3 == "MDA"]) == 1 and parsed.rejected == []
    assert jamaica.loc[date(2018, 1, 1), "origin"] == "line 6, 2018"


def test_remittances_in_usd_become_usd_millions(tmp_path):
    parsed = read_table(builders.wdi_xlsx(tmp_path / "API_BX.TRF.PWKR.CD.DT.xlsx"))
    frame = parsed.frame
    assert parsed.layout == "WDI Excel download (sheet Data)"
    assert parsed.source_name.endswith("(last updated 2023-10-26)")
    assert list(frame.country_iso3) == ["JAM", "JAM"]
    assert set(frame.indicator_code) == {"REM_IN_USD"} and set(frame.unit_code) == {"USD_MN_CURRENT"}
    assert frame.set_index("period_start").loc[date(2022, 1, 1), "value"] == pytest.approx(3687.554909)
    assert frame.iloc[0].origin == "Data!R5C5"


def test_unknown_code_becomes_a_user_indicator_with_a_guessed_unit(tmp_path):
    path = builders.wdi_csv(tmp_path / "growth.csv", "SP.POP.GROW", "Population growth (annual %)",
                            {"JAM": ("Jamaica", ["0.5", "0.4", "0.3", "0.2"])})
    frame = read_table(path).frame
    assert set(frame.indicator_code) == {"X_WDI_SP_POP_GROW"}
    assert set(frame.indicator_label) == {"Population growth (annual %)"}
    assert set(frame.unit_code) == {"PCT"} and frame.note.str.contains("guessed").all()


def test_migrant_stock_is_a_point_on_1_july(tmp_path):
    path = builders.wdi_csv(tmp_path / "stock.csv", "SM.POP.TOTL", "International migrant stock, total",
                            {"JAM": ("Jamaica", ["", "", "", "23000"])})
    row = read_table(path).frame.iloc[0]
    assert (row.indicator_code, row.period_type, row.period_start, row.direction) == (
        "MIG_STOCK_IMM", "POINT", date(2020, 7, 1), "IMMIGRATION")


@pytest.mark.parametrize("builder", [builders.wdi_metadata_country, builders.wdi_metadata_indicator])
def test_metadata_files_are_refused(tmp_path, builder):
    path = builder(tmp_path / "Metadata_API.csv")
    with pytest.raises(UnrecognisedLayout) as raised:
        read_table(path)
    assert "metadata" in str(raised.value) and KNOWN_LAYOUTS in str(raised.value)
    with pytest.raises(UnrecognisedLayout):
        read_table(path, "wdi")


def test_a_metadata_sheet_is_refused(tmp_path):
    path = builders.wdi_xlsx(tmp_path / "API.xlsx")
    with pytest.raises(UnrecognisedLayout, match="metadata"):
        read_table(path, sheet="Metadata - Countries")


def test_unit_guesses():
    assert wdi.unit_guess("Personal remittances, received (current US$)") == "USD_CURRENT"
    assert wdi.unit_guess("Personal remittances, received (% of GDP)") == "PCT"
    assert wdi.unit_guess("Net migration") == "PERSONS"
