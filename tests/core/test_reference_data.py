"""The shipped reference data: loaded by ``open_services``, looked up by ``ReferenceData``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from mainstream_desktop.core.reference_data import (
    FINGERPRINT_NAME,
    ensure_reference_data,
    shipped_fingerprint,
)
from mainstream_desktop.core.services import Services, open_services
from mainstream_desktop.enums import (
    EntryMode,
    ProgrammePhase,
    ReadinessCriterion,
    ReadinessStatus,
    StepStatus,
)
from mainstream_desktop.models.reference import (
    CodeValue,
    Country,
    Currency,
    Indicator,
    ReferenceDataVersion,
    Unit,
)
from mainstream_desktop.paths import DataPaths
from mainstream_desktop.resource_files import read_csv_rows


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """One freshly opened data folder shared by the read-only tests of this module."""
    opened = open_services(DataPaths(tmp_path_factory.mktemp("reference") / "data"), actor="tester")
    try:
        yield opened
    finally:
        opened.close()


def _count(services: Services, model) -> int:  # type: ignore[no-untyped-def]
    with services.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)))


def test_jamaica_and_moldova_are_loaded_with_their_currencies(loaded: Services) -> None:
    with loaded.uow() as uow:
        jamaica = uow.session.get(Country, "JAM")
        moldova = uow.session.get(Country, "MDA")
        assert (jamaica.iso2, jamaica.m49, jamaica.name_en) == ("JM", 388, "Jamaica")
        assert jamaica.currency_code == "JMD"
        assert (moldova.iso2, moldova.m49) == ("MD", 498)
        assert moldova.currency_code == "MDL"
        assert jamaica.region_code == 19 and jamaica.subregion_code is not None
    assert loaded.reference.country_currency("JAM") == "JMD"
    assert loaded.reference.country_currency("MDA") == "MDL"
    assert loaded.reference.country_currency("XXX") is None


def test_countries_and_currencies_look_ups(loaded: Services) -> None:
    countries = {choice.code: choice.label for choice in loaded.reference.countries()}
    currencies = {choice.code for choice in loaded.reference.currencies()}

    assert len(countries) >= 249
    assert countries["JAM"] == "Jamaica"
    assert {"BGD", "ECU", "JAM", "KGZ", "MAR", "MDA", "SRB", "TUN"} <= set(countries)
    assert {"JMD", "MDL", "USD", "EUR", "BDT"} <= currencies
    assert "ZZZ" not in currencies
    labels = [choice.label for choice in loaded.reference.countries()]
    assert labels == sorted(labels)


def test_every_pilot_country_has_a_currency(loaded: Services) -> None:
    for pilot in read_csv_rows("reference", "pilot_workspaces.csv"):
        assert loaded.reference.country_currency(pilot["iso3"]), pilot["iso3"]


def test_policy_area_code_list_has_18_codes_in_order(loaded: Services) -> None:
    codes = [choice.code for choice in loaded.reference.code_list("POLICY_AREA")]

    assert len(codes) == 18
    assert codes[:3] == ["EMP", "HEA", "EDU"]
    assert codes[-1] == "FOR"
    assert loaded.reference.code_description("POLICY_AREA", "FIN").startswith("Lead ministry type")
    assert loaded.reference.code_description("POLICY_AREA", "NOPE") == ""


def test_readiness_criteria_match_the_enum(loaded: Services) -> None:
    codes = [choice.code for choice in loaded.reference.code_list("READINESS_CRITERION")]

    assert codes == [criterion.value for criterion in ReadinessCriterion]


@pytest.mark.parametrize(
    ("list_name", "enum_type"),
    [
        ("READINESS_STATUS", ReadinessStatus),
        ("STEP_STATUS", StepStatus),
        ("PROGRAMME_PHASE", ProgrammePhase),
        ("ENTRY_MODE", EntryMode),
    ],
)
def test_enum_values_exist_in_their_code_list(
    loaded: Services, list_name: str, enum_type: type
) -> None:
    known = {code.upper() for code in loaded.reference.known_codes(list_name)}

    assert known, list_name
    assert {member.value.upper() for member in enum_type} <= known


def test_every_indicator_unit_exists(loaded: Services) -> None:
    with loaded.uow() as uow:
        units = set(uow.session.scalars(select(Unit.code)))
        used = set(uow.session.scalars(select(Indicator.unit_code)))
    assert used
    assert used - units == set()


def test_tables_match_the_shipped_files(loaded: Services) -> None:
    assert _count(loaded, Unit) == len(list(read_csv_rows("reference", "units.csv")))
    assert _count(loaded, Indicator) == len(list(read_csv_rows("reference", "indicators.csv")))
    assert _count(loaded, CodeValue) == len(list(read_csv_rows("reference", "code_lists.csv")))


def test_core_indicators(loaded: Services) -> None:
    core = loaded.reference.core_indicators()

    codes = [choice.code for choice in core]
    assert "MIG_STOCK_IMM" in codes
    assert "MIG_EMI_RATE" not in codes  # is_core = 0 in indicators.csv
    assert codes == sorted(codes)
    shipped = {row["code"] for row in read_csv_rows("reference", "indicators.csv")
               if row["is_core"].strip() == "1"}
    assert set(codes) == shipped


def test_fingerprint_is_stored(loaded: Services) -> None:
    with loaded.uow() as uow:
        stored = uow.session.get(ReferenceDataVersion, FINGERPRINT_NAME)
        assert stored.sha256 == shipped_fingerprint()
        assert len(stored.sha256) == 64


def test_ensure_is_a_no_op_the_second_time_and_reloads_on_change(services: Services) -> None:
    models = (Country, Currency, Unit, Indicator, CodeValue)
    before = {model: _count(services, model) for model in models}

    assert ensure_reference_data(services.uow) is False

    with services.uow() as uow:
        uow.session.get(ReferenceDataVersion, FINGERPRINT_NAME).sha256 = "0" * 64
        uow.session.get(Unit, "PERSONS").label_en = "changed locally"

    assert ensure_reference_data(services.uow) is True

    with services.uow() as uow:
        stored = uow.session.get(ReferenceDataVersion, FINGERPRINT_NAME)
        assert stored.sha256 == shipped_fingerprint()
        assert uow.session.get(Unit, "PERSONS").label_en == "Persons"
    assert {model: _count(services, model) for model in before} == before
    assert ensure_reference_data(services.uow) is False


def test_reload_keeps_workspaces_that_point_at_countries(services: Services) -> None:
    from mainstream_desktop.core.dto import WorkspaceForm

    services.workspaces.create(WorkspaceForm(code="JAM", country_iso3="JAM", title="Jamaica"))
    with services.uow() as uow:
        uow.session.get(ReferenceDataVersion, FINGERPRINT_NAME).sha256 = "changed"

    assert ensure_reference_data(services.uow) is True
    assert [s.country_name for s in services.workspaces.list_workspaces()] == ["Jamaica"]


def test_data_folder_with_workspaces_opens_after_reference_update(data_paths: DataPaths) -> None:
    from mainstream_desktop.core.dto import WorkspaceForm

    first = open_services(data_paths, actor="tester")
    try:
        first.workspaces.create(WorkspaceForm(code="JAM", country_iso3="JAM", title="Jamaica"))
        with first.uow() as uow:  # as if the program was updated with new reference files
            uow.session.get(ReferenceDataVersion, FINGERPRINT_NAME).sha256 = "an older release"
    finally:
        first.close()

    second = open_services(data_paths, actor="tester")
    try:
        assert [s.code for s in second.workspaces.list_workspaces()] == ["JAM"]
    finally:
        second.close()


def test_missing_fingerprint_row_reloads(services: Services) -> None:
    with services.uow() as uow:
        uow.session.delete(uow.session.get(ReferenceDataVersion, FINGERPRINT_NAME))

    assert ensure_reference_data(services.uow) is True
    assert ensure_reference_data(services.uow) is False
