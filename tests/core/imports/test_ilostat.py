"""ILOSTAT CSV files: the explorer download with labels and the bulk download with codes."""

from __future__ import annotations

from datetime import date

from mainstream_desktop.core.imports.detect import read_table
from mainstream_desktop.core.imports.readers.ilostat import classification
from tests.core.imports import builders


def test_explorer_download_with_labels(tmp_path):
    parsed = read_table(builders.ilostat_labels(tmp_path / "EAR_4MTH_SEX_GEO_CUR_NB_A-filtered-2025-06-01.csv"))
    frame = parsed.frame.set_index("origin")
    assert parsed.format == "ilostat" and parsed.source_name == "ILOSTAT (download 2025-06-01)"
    national = frame.loc["line 2"]
    assert national.indicator_code == "X_ILO_EAR_4MTH_SEX_GEO_CUR_NB_PPP2021"
    assert national.indicator_label.startswith("Average monthly earnings of employees")
    assert (national.country_iso3, national.sex, national.value, national.unit_code) == ("JAM", "T", 531.337, "USD")
    assert (national.period_start, national.period_end, national.period_type) == (
        date(2014, 1, 1), date(2014, 12, 31), "YEAR")
    assert "2021 PPP $" in national.note
    rural = frame.loc["line 4"]
    assert rural.indicator_code == "X_ILO_EAR_4MTH_SEX_GEO_CUR_NB_RURAL_PPP2021"
    assert (rural.sex, rural.obs_status) == ("F", "B") and "Area type: Rural" in rural.note
    other = frame.loc["line 5"]
    assert (other.country_iso3, other.sex, other.obs_status) == ("MDA", "O", "E") and "unreliable" in other.note
    assert "World" not in set(parsed.frame.country_iso3)  # aggregate skipped silently
    assert [(r.origin, r.reason) for r in parsed.rejected] == [("line 7", "country name 'Atlantis' is not recognised")]


def test_bulk_download_with_codes(tmp_path):
    parsed = read_table(builders.ilostat_codes(tmp_path / "MST_TEAP_SEX_AGE_CBR_NB_A.csv"))
    frame = parsed.frame.set_index("origin")
    total = frame.loc["line 2"]
    assert (total.indicator_code, total.unit_code, total.value) == ("LAB_LF_BY_BIRTH", "THOUSAND_PERSONS", 1350.5)
    assert (total.sex, total.age_group, total.direction, total.period_type) == ("T", "Y_GE15", "NA", "YEAR")
    assert "BA:123" in total.source_table_ref
    foreign = frame.loc["line 3"]
    assert (foreign.sex, foreign.age_group, foreign.direction, foreign.obs_status) == (
        "F", "Y15T24", "IMMIGRATION", "B")
    assert (foreign.period_start, foreign.period_end, foreign.period_type) == (
        date(2019, 1, 1), date(2019, 3, 31), "QUARTER")
    missing = frame.loc["line 4"]
    assert missing.obs_status == "M" and missing.period_type == "MONTH" and missing.period_end == date(2019, 1, 31)
    assert "X01" not in set(parsed.frame.country_iso3)
    reasons = {r.origin: r.reason for r in parsed.rejected}
    assert reasons == {"line 6": "age band 'AGE_AGGREGATE_Y25-54' is not in the AGE_GROUP code list",
                       "line 7": "time '2019-13' is not a period"}


def test_classification_values_as_codes_and_as_labels():
    assert classification("AGE_YTHADULT_Y15-24").dims == {"age_group": "Y15T24"}
    assert classification("Age (Youth, adults): 15+").dims == {"age_group": "Y_GE15"}
    assert classification("EDU_AGGREGATE_ADV").dims == {"education_isced": "AGG_ADV"}
    assert classification("ECO_ISIC4_A").dims == {"sector_isic": "A"}
    assert classification("Occupation (ISCO-08): 2. Professionals").dims == {"occupation_isco": "2"}
    assert classification("OCU_SKILL_L3-4").dims == {"skill_level": "HIGH"}
    assert classification("Place of birth: Foreign-born").dims == {"direction": "IMMIGRATION"}
    assert classification("CBR_BRT_FRA").dims == {"partner_country": "FRA", "direction": "IMMIGRATION"}
    assert classification("Place of birth: Native-born").variant == "NATIVE_BORN"
    assert classification("Currency: U.S. dollars").unit == "USD"
    local = classification("Currency: Local currency")
    assert (local.unit, local.variant) == ("LCU", "LCU")
    assert classification("Area type: National").variant == ""
