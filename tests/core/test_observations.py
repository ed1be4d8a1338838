"""ObservationService: paging, filtering, sorting, editing, pasting, deleting, problems."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from mainstream_desktop.core.errors import InvalidInput
from mainstream_desktop.core.observation_dto import ObservationFilter, ObservationForm, ObservationSort
from mainstream_desktop.enums import Direction, PeriodType, StepStatus


def source_id(services, code: str, name_part: str) -> str:
    rows = services.observations.page(code, ObservationFilter(text=name_part), limit=1)
    return rows[0].form.source_id


def test_demo_jamaica_has_its_validation_traps_as_warnings(demo_services):
    problems = demo_services.observations.problems("JAM")
    by_rule = {p.rule: p for p in problems}
    assert set(by_rule) == {"net_sign", "discrepancy"}
    assert all(p.severity.value == "warning" for p in problems)
    messages = [str(p.message) for p in problems]
    assert any("1985" in m for m in messages)
    assert any("1,111,021" in m and "1,300,000" in m for m in messages)
    assert any("2013" in m and "1,800" in m for m in messages)


def test_paging_sorting_and_filtering(demo_services):
    observations = demo_services.observations
    total = observations.count("JAM")
    assert total == 128
    first_page = observations.page("JAM", limit=50)
    second_page = observations.page("JAM", offset=50, limit=50)
    assert len(first_page) == 50 and len(second_page) == 50
    assert not {r.id for r in first_page} & {r.id for r in second_page}
    by_value = observations.page("JAM", sort=ObservationSort("value", descending=True), limit=1)
    assert by_value[0].form.value == 1300000
    stock = ObservationFilter(indicator_code="MIG_STOCK_IMM", sex="F")
    assert observations.count("JAM", stock) == 7
    years = ObservationFilter(indicator_code="MIG_NET_RATE", year_from=1980, year_to=1990)
    assert [r.form.value for r in observations.page("JAM", years, ObservationSort("period_start"))] == [-11.0, 7.4, -13.8]
    assert observations.count("JAM", ObservationFilter(text="datosmacro")) == 7  # matches the source name
    assert observations.count("JAM", ObservationFilter(text="Bank of Jamaica")) > 0


def test_correcting_the_sign_error_clears_the_warning(demo_services):
    observations = demo_services.observations
    row = observations.page("JAM", ObservationFilter(indicator_code="MIG_NET_RATE", year_from=1985, year_to=1985))[0]
    observations.save("JAM", replace(row.form, value=-7.4, note="sign corrected against the IOM 2018 table"), row.id)
    assert "net_sign" not in {p.rule for p in observations.problems("JAM")}
    assert observations.page("JAM", ObservationFilter(indicator_code="MIG_NET_RATE", year_from=1985,
                                                      year_to=1985))[0].form.value == -7.4


def test_acknowledging_a_warning_keeps_it_visible_but_closed(demo_services):
    observations = demo_services.observations
    discrepancy = next(p for p in observations.problems("JAM") if p.rule == "discrepancy")
    with pytest.raises(InvalidInput):
        observations.acknowledge("JAM", discrepancy, "")
    observations.acknowledge("JAM", discrepancy, "UN DESA counts foreign-born; IOM includes descendants.")
    again = next(p for p in observations.problems("JAM") if p.subject_key == discrepancy.subject_key)
    assert not again.is_open
    assert again.acknowledged_note.startswith("UN DESA counts")


def test_paste_is_all_or_nothing_and_names_the_bad_row(demo_services):
    observations = demo_services.observations
    source = source_id(demo_services, "JAM", "Bank of Jamaica")
    good = ObservationForm("REM_OUT_USD", date(2019, 1, 1), date(2019, 12, 31), 250.0, "USD_MN_CURRENT", source,
                           PeriodType.YEAR)
    bad = replace(good, indicator_code="REM_IN_GDP", unit_code="PCT", value=140.0)
    before = observations.count("JAM")
    with pytest.raises(InvalidInput) as refused:
        observations.save_many("JAM", [(None, good), (None, bad)])
    assert "Row 2" in str(refused.value)
    assert observations.count("JAM") == before
    ids = observations.save_many("JAM", [(None, good), (None, replace(good, period_start=date(2018, 1, 1),
                                                                      period_end=date(2018, 12, 31)))])
    assert len(ids) == 2 and observations.count("JAM") == before + 2


def test_duplicate_cell_is_refused_and_delete_restore_round_trip(demo_services):
    observations = demo_services.observations
    row = observations.page("JAM", ObservationFilter(indicator_code="MIG_STOCK_IMM", sex="T"), limit=1)[0]
    with pytest.raises(InvalidInput):
        observations.save("JAM", row.form)
    observations.delete("JAM", [row.id])
    assert row.id not in {r.id for r in observations.page("JAM", limit=500)}
    same_id = observations.save("JAM", row.form)  # re-entering a deleted cell brings the row back
    assert same_id == row.id
    observations.delete("JAM", [row.id])
    observations.restore("JAM", [row.id])
    assert observations.count("JAM") == 128


def test_a_stock_over_a_period_is_refused(demo_services):
    source = source_id(demo_services, "JAM", "Bank of Jamaica")
    form = ObservationForm("MIG_STOCK_IMM", date(2019, 1, 1), date(2019, 12, 31), 100.0, "PERSONS", source,
                           PeriodType.YEAR, direction=Direction.IMMIGRATION)
    with pytest.raises(InvalidInput) as refused:
        demo_services.observations.save("JAM", form)
    assert "point in time" in str(refused.value)


def test_first_observation_moves_step_one_in_progress(services):
    from mainstream_desktop.core.dto import WorkspaceForm

    services.workspaces.create(WorkspaceForm(code="KEN", country_iso3="KEN", title="Kenya"))
    assert services.status.workspace_progress("KEN")[1].status is StepStatus.NOT_STARTED
