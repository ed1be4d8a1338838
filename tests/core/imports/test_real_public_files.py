"""Every real public download in ``shared/data/public`` read as it is, with format detection.

Skipped when that folder is absent (it lives beside the project checkout, not inside it)."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest

from mainstream_desktop.core.imports.detect import read_table
from mainstream_desktop.core.imports.errors import KNOWN_LAYOUTS, UnrecognisedLayout
from mainstream_desktop.core.imports.schema import CANONICAL_COLUMNS, ParsedTable

PUBLIC = Path(__file__).resolve().parents[4] / "shared" / "data" / "public"
if not PUBLIC.is_dir():
    pytest.skip(f"the real public files are not here ({PUBLIC})", allow_module_level=True)

DATA_FILES = {
    "undesa/UN_MigrantStockTotal_2019.xlsx": "undesa",
    "undesa/undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx": "undesa",
    "undesa/undesa_pd_2015_migration_flow_totals.xlsx": "undesa",
    "wdi/API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv": "wdi",
    "wdi/API_SM.POP.NETM_DS2_en_excel_v2_782.xls": "wdi",
    "wdi/API_BX.TRF.PWKR.CD.DT_DS2_en_excel_v2_6000901.xls": "wdi",
    "unhcr/population.csv": "unhcr",
    "unhcr/unhcr_popstats_export_time_series_2015_07_10_150142_refugees.csv": "unhcr",
    "ilostat/EAR_4MTH_SEX_GEO_CUR_NB_A-filtered-2025-06-01.csv": "ilostat",
}
NOT_DATA = [
    "wdi/Metadata_Country_API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv",
    "wdi/Metadata_Indicator_API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv",
    "unhcr/footnotes.csv",
]


@cache
def parsed(name: str) -> ParsedTable:
    return read_table(PUBLIC / name)


def rows(name: str, **where: object):
    frame = parsed(name).frame
    for column, value in where.items():
        frame = frame[frame[column] == value]
    return frame


def test_every_file_in_the_folder_is_covered():
    present = {str(path.relative_to(PUBLIC)) for path in PUBLIC.rglob("*") if path.is_file() and path.suffix != ".md"}
    assert present == set(DATA_FILES) | set(NOT_DATA)


@pytest.mark.parametrize(("name", "expected"), sorted(DATA_FILES.items()))
def test_each_data_file_is_recognised_and_read(name, expected):
    table = parsed(name)
    assert table.format == expected
    assert len(table.frame) > 0
    assert list(table.frame.columns) == list(CANONICAL_COLUMNS)
    assert table.frame.period_start.map(lambda d: isinstance(d, date)).all()


@pytest.mark.parametrize("name", NOT_DATA)
def test_metadata_and_footnotes_are_refused_with_the_known_layouts(name):
    with pytest.raises(UnrecognisedLayout) as raised:
        read_table(PUBLIC / name)
    assert KNOWN_LAYOUTS in str(raised.value)


def test_wdi_metadata_sheet_is_refused():
    with pytest.raises(UnrecognisedLayout, match="metadata"):
        read_table(PUBLIC / "wdi/API_SM.POP.NETM_DS2_en_excel_v2_782.xls", sheet="Metadata - Countries")


def test_undesa_2019_jamaica_and_moldova():
    name = "undesa/UN_MigrantStockTotal_2019.xlsx"
    stock = rows(name, indicator_code="MIG_STOCK_IMM")
    jamaica = stock[(stock.country_iso3 == "JAM") & (stock.period_start == date(2019, 7, 1))].set_index("sex")
    assert jamaica.loc["T", "value"] == 23468 and jamaica.loc["M", "value"] == 11920
    assert jamaica.loc["T", "source_table_ref"] == "UN DESA IMS 2019 rev., Table 1"
    moldova = stock[(stock.country_iso3 == "MDA") & (stock.period_start == date(1990, 7, 1))].set_index("sex")
    assert (moldova.loc["T", "value"], moldova.loc["M", "value"], moldova.loc["F", "value"]) == (
        544162, 238053, 306109)
    assert not stock.country_iso3.isin(["WLD", "900"]).any() and parsed(name).rejected == []


def test_undesa_2020_and_flows_cover_the_pilots():
    stock = rows("undesa/undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx", indicator_code="MIG_STOCK_IMM",
                 country_iso3="JAM", sex="T")
    assert set(stock.period_start) >= {date(1990, 7, 1), date(2020, 7, 1)}
    refugees = rows("undesa/undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx", indicator_code="FD_REF_ASYLUM")
    assert (refugees.obs_status == "M").sum() > 100 and refugees.note.str.contains("suppressed").any()
    flows = rows("undesa/undesa_pd_2015_migration_flow_totals.xlsx", country_iso3="MDA")
    assert {"MIG_FLOW_IN", "MIG_FLOW_OUT"} <= set(flows.indicator_code)


def test_wdi_files_have_jamaica_and_moldova():
    for name in ("wdi/API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv", "wdi/API_SM.POP.NETM_DS2_en_excel_v2_782.xls"):
        net = rows(name, country_iso3="JAM")
        assert len(net) > 50 and set(net.indicator_code) == {"MIG_NET"}
        assert len(rows(name, country_iso3="MDA")) > 0
        assert rows(name, country_iso3="WLD").empty
    remittances = rows("wdi/API_BX.TRF.PWKR.CD.DT_DS2_en_excel_v2_6000901.xls", country_iso3="JAM")
    assert set(remittances.unit_code) == {"USD_MN_CURRENT"} and remittances.value.max() < 10_000


def test_unhcr_files_have_serbia_as_asylum_country():
    for name in ("unhcr/population.csv",
                 "unhcr/unhcr_popstats_export_time_series_2015_07_10_150142_refugees.csv"):
        hosted = rows(name, country_iso3="SRB", indicator_code="FD_REF_ASYLUM")
        assert len(hosted) > 0 and set(hosted.direction) == {"IMMIGRATION"}
        assert len(rows(name, country_iso3="JAM")) > 0
    legacy = rows("unhcr/unhcr_popstats_export_time_series_2015_07_10_150142_refugees.csv", obs_status="M")
    assert (legacy.note == "1-4, suppressed").any()


def test_ilostat_has_jamaica_and_moldova():
    name = "ilostat/EAR_4MTH_SEX_GEO_CUR_NB_A-filtered-2025-06-01.csv"
    assert len(rows(name, country_iso3="JAM")) > 0 and len(rows(name, country_iso3="MDA")) > 0
    assert parsed(name).rejected == []
    assert set(rows(name, sex="O").obs_status) <= {"E", "A"}
