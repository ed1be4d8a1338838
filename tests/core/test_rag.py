"""The traffic-light rule of step 5 against the domain notes' results-framework example (§4.6):
each row's baseline, target and actual must give the RAG status the notes list."""

from __future__ import annotations

from datetime import date

import pytest

from mainstream_desktop.core.rag import (
    ActualPoint,
    IndicatorSeries,
    TargetPoint,
    Thresholds,
    expected_at,
    rag_status,
    year_fraction,
)


def series(direction, baseline_year, baseline, target_year, target, actual_year, actual, kind="QUANTITATIVE",
           manual=""):
    return IndicatorSeries(direction, kind, "ANNUAL", baseline_year, baseline, (TargetPoint(target_year, target, True),),
                           (ActualPoint(date(actual_year, 12, 31), actual),), manual)


@pytest.mark.parametrize(("row", "expected"), [
    (("DECREASE", 2013, 7.9, 2020, 5.0, 2021, 5.9), "AMBER"),   # cost of sending USD 200
    (("INCREASE", 2013, 80, 2020, 90, 2020, 89), "GREEN"),      # formal channels share
    (("INCREASE", 2012, 0, 2017, 20, 2016, 14), "AMBER"),       # MDAs with a focal point
    (("INCREASE", 2014, 15, 2018, 50, 2017, 22), "RED"),        # returnees served
    (("INCREASE", 2011, 2, 2015, 10, 2015, 11), "BLUE"),        # meetings with minutes: final target met
    (("MAINTAIN", 2010, 1, 2018, 1, 2018, 1), "GREEN"),         # profile updated within 24 months
])
def test_the_domain_notes_example_gets_its_colours(row, expected):
    assert rag_status(series(*row), None).status == expected


def test_expected_value_is_the_straight_line_from_baseline_to_target():
    line = series("INCREASE", 2012, 0, 2017, 20, 2016, 14)
    assert expected_at(line, year_fraction(date(2016, 12, 31))) == pytest.approx(16)
    assert expected_at(line, 2030) == 20


def test_no_actual_in_the_current_round_is_grey_and_thresholds_are_the_workspaces():
    old = series("INCREASE", 2012, 0, 2017, 20, 2016, 14)
    assert rag_status(old, date(2016, 12, 31)).status == "AMBER"
    assert rag_status(old, date(2019, 12, 31)).status == "GREY"
    assert rag_status(IndicatorSeries("INCREASE", "QUANTITATIVE", "ANNUAL", 2012, 0, (), ()), None).status == "GREY"
    assert rag_status(old, None, Thresholds(green_from=0.85, amber_from=0.5)).status == "GREEN"


def test_qualitative_indicators_keep_the_status_set_by_hand():
    assert rag_status(series("INCREASE", 2012, 0, 2017, 1, 2016, 0, "QUALITATIVE", "AMBER"), None).status == "AMBER"
