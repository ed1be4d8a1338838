"""The profile's validation rules, without a database."""

from __future__ import annotations

import uuid
from datetime import date

from mainstream_desktop.core.observation_rules import ObservationFacts, check_row, check_set
from mainstream_desktop.enums import ObservationStatus, PeriodType, Severity

SOURCE, OTHER_SOURCE = uuid.uuid4(), uuid.uuid4()


def fact(indicator="MIG_STOCK_IMM", year=2019, value=100.0, unit="PERSONS", sex="T", source=SOURCE,
         period=PeriodType.POINT, status=ObservationStatus.NORMAL, partner="_T") -> ObservationFacts:
    start = date(year, 7, 1) if period is PeriodType.POINT else date(year, 1, 1)
    end = start if period is PeriodType.POINT else date(year, 12, 31)
    return ObservationFacts(uuid.uuid4(), indicator, start, end, period, value, unit, status, source, sex, partner)


def rules(problems) -> list[str]:
    return sorted(p.rule for p in problems)


def test_a_clean_row_has_no_problem():
    assert check_row(fact(), "JAM") == []


def test_row_errors():
    assert rules(check_row(fact(source=None), "JAM")) == ["source_required"]
    assert rules(check_row(fact(value=None), "JAM")) == ["value_required"]
    assert check_row(fact(value=None, status=ObservationStatus.MISSING), "JAM") == []
    assert rules(check_row(fact("MIG_STOCK_IMM_PCT", value=101, unit="PCT"), "JAM")) == ["percent_range"]
    assert rules(check_row(fact(value=-5), "JAM")) == ["negative_count"]
    assert check_row(fact("MIG_NET", value=-5000, unit="PERSONS", period=PeriodType.YEAR), "JAM") == []
    assert rules(check_row(fact("MIG_NET_RATE", value=-150, unit="PER_1000_POP", period=PeriodType.YEAR),
                           "JAM")) == ["rate_range"]
    assert rules(check_row(fact(partner="JAM"), "JAM")) == ["partner_is_self"]
    assert rules(check_row(fact(period=PeriodType.YEAR), "JAM")) == ["stock_needs_point"]
    assert rules(check_row(fact("MIG_FLOW_OUT", unit="PERSONS_PER_YEAR"), "JAM")) == ["flow_needs_period"]


def test_remittances_share_above_forty_percent_is_only_a_warning():
    problems = check_row(fact("REM_IN_GDP", value=47, unit="PCT", period=PeriodType.YEAR), "TJK")
    assert [(p.rule, p.severity) for p in problems] == [("remittances_share_high", Severity.WARNING)]


def test_sex_additivity_passes_exact_un_desa_figures_and_flags_a_gap():
    exact = [fact(value=544162, year=1990), fact(value=238053, sex="M", year=1990), fact(value=306109, sex="F", year=1990)]
    assert check_set(exact) == []
    off = [fact(value=350000, year=2018), fact(value=240000, sex="M", year=2018), fact(value=114000, sex="F", year=2018)]
    problems = check_set(off)
    assert rules(problems) == ["sex_additivity"]
    assert len(problems[0].observation_ids) == 3
    assert "240,000" in str(problems[0].message)


def test_net_migration_sign_error_is_flagged_once():
    values = {1975: -10.7, 1980: -11.0, 1985: 7.4, 1990: -13.8, 1995: -9.3}
    problems = check_set([fact("MIG_NET_RATE", year, value, "PER_1000_POP", period=PeriodType.YEAR)
                          for year, value in values.items()])
    assert rules(problems) == ["net_sign"]
    assert "1985" in str(problems[0].message)


def test_jumps_over_half_fire_for_serbia_not_for_moldova():
    serbia = [fact(value=99269, year=1990), fact(value=870980, year=1995), fact(value=977873, year=2000)]
    moldova = [fact(value=v, year=y) for y, v in ((1990, 544162), (1995, 367231), (2000, 247828), (2005, 171122))]
    assert rules(check_set(serbia)) == ["jump"]
    assert check_set(moldova) == []


def test_cross_source_discrepancy_over_ten_percent():
    close = [fact(value=1000), fact(value=1050, source=OTHER_SOURCE)]
    far = [fact(value=1111021), fact(value=1300000, source=OTHER_SOURCE)]
    assert check_set(close) == []
    problems = check_set(far)
    assert rules(problems) == ["discrepancy"]
    assert "15%" in str(problems[0].message)


def test_subject_keys_are_stable_and_distinct():
    first = check_set([fact(value=1000), fact(value=2000, source=OTHER_SOURCE)])
    again = check_set([fact(value=1000), fact(value=2000, source=OTHER_SOURCE)])
    assert first[0].subject_key == again[0].subject_key
    other_year = check_set([fact(value=1000, year=2015), fact(value=2000, year=2015, source=OTHER_SOURCE)])
    assert other_year[0].subject_key != first[0].subject_key
