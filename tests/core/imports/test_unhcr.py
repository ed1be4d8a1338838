"""UNHCR exports: the Refugee Data Finder population.csv and the legacy popstats time series."""

from __future__ import annotations

from datetime import date

import pytest

from mainstream_desktop.core.imports.detect import read_table
from mainstream_desktop.core.imports.errors import UnrecognisedLayout
from tests.core.imports import builders
from tests.core.imports.builders import single_row as one

END_2020 = date(2020, 12, 31)




@pytest.fixture
def finder(tmp_path):
    return read_table(builders.unhcr_finder(tmp_path / "population.csv"))


def test_data_finder_asylum_and_origin_sides(finder):
    frame = finder.frame
    assert finder.format == "unhcr" and finder.source_code == "UNHCR"
    assert finder.source_name == "UNHCR Refugee Data Finder (extracted 2021-03-07)"
    hosted = one(frame, country_iso3="JAM", indicator_code="FD_REF_ASYLUM")
    assert (hosted.partner_country, hosted.direction, hosted.value) == ("HTI", "IMMIGRATION", 27)
    assert (hosted.period_start, hosted.period_end, hosted.period_type) == (END_2020, END_2020, "POINT")
    assert hosted.voluntariness == "FORCED" and hosted.unit_code == "PERSONS"
    mirror = one(frame, country_iso3="HTI", indicator_code="FD_REF_ORIGIN")
    assert (mirror.partner_country, mirror.direction, mirror.value) == ("JAM", "EMIGRATION", 27)
    abroad = one(frame, country_iso3="SRB", indicator_code="FD_ASYLUM_SEEKERS", direction="EMIGRATION")
    assert (abroad.partner_country, abroad.value) == ("DEU", 1200)
    assert one(frame, country_iso3="JAM", indicator_code="X_UNHCR_VDA").value == 67
    assert one(frame, country_iso3="SRB", indicator_code="FD_OOC").partner_country == "MDA"


def test_data_finder_partners_without_a_country(finder):
    frame = finder.frame
    idp = one(frame, country_iso3="SRB", indicator_code="FD_IDP")
    assert (idp.partner_country, idp.direction, idp.value) == ("_T", "INTERNAL", 196000)
    stateless = one(frame, country_iso3="SRB", indicator_code="FD_STATELESS")
    assert (stateless.partner_country, stateless.value) == ("_T", 2000)
    other = one(frame, country_iso3="SRB", indicator_code="FD_REF_ASYLUM", partner_country="_OTHER")
    assert other.value == 7 and "Unknown" in other.note and "Tibetan" in other.note  # 3 + 4, summed
    assert not (frame.partner_country == frame.country_iso3).any()
    assert finder.rejected == [] and (frame.value > 0).all()  # zeros and empty cells produce nothing


def test_popstats_legacy_export(tmp_path):
    parsed = read_table(builders.unhcr_popstats(tmp_path / "unhcr_popstats_export_time_series.csv"))
    frame = parsed.frame
    assert parsed.source_name == "UNHCR Population Statistics Reference Database (extracted 2015-07-10)"
    suppressed = one(frame, country_iso3="JAM", indicator_code="FD_ASYLUM_SEEKERS")
    assert suppressed.obs_status == "M" and suppressed.note == "1-4, suppressed"
    assert suppressed.partner_country == "CUB" and suppressed.period_start == date(2014, 12, 31)
    assert one(frame, country_iso3="MDA", indicator_code="FD_REF_ASYLUM").partner_country == "IRN"
    assert one(frame, country_iso3="SRB", indicator_code="FD_REF_ORIGIN").partner_country == "DEU"
    assert one(frame, country_iso3="CUW", indicator_code="FD_ASYLUM_SEEKERS").partner_country == "CIV"
    unknown = one(frame, country_iso3="SRB", indicator_code="FD_ASYLUM_SEEKERS", partner_country="_OTHER")
    assert unknown.value == 40 and unknown.obs_status == "E"  # 40 plus a suppressed 1-4
    assert len(frame[(frame.country_iso3 == "JAM") & (frame.partner_country == "HTI")]) == 1  # empty: skipped
    assert [(r.origin, r.reason) for r in parsed.rejected] == [("line 13", "country name 'Atlantis' is not recognised")]


def test_footnotes_are_not_a_data_table(tmp_path):
    path = builders.unhcr_footnotes(tmp_path / "footnotes.csv")
    with pytest.raises(UnrecognisedLayout, match="footnotes"):
        read_table(path)
    with pytest.raises(UnrecognisedLayout, match="footnotes"):
        read_table(path, "unhcr")
