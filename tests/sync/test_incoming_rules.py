"""The rules an incoming record must pass (sync/incoming_rules.py), on a real data folder."""

from __future__ import annotations

from datetime import date

from mainstream_desktop.core.reference_data import ReferenceData
from mainstream_desktop.sync.incoming_rules import IncomingRules


def rules_of(services) -> IncomingRules:  # type: ignore[no-untyped-def]
    return IncomingRules(ReferenceData(services.uow))


def test_a_valid_new_institution_passes(services) -> None:  # type: ignore[no-untyped-def]
    rules = rules_of(services)
    assert rules.covers("institution")
    assert rules.new_record_problem("institution", {"name": "Ministry of Labour", "acronym": "MoL",
                                                    "institution_type": "MINISTRY",
                                                    "government_level": "NATIONAL"}) == ""


def test_a_new_record_without_a_required_field_is_refused_with_the_field_named(services) -> None:  # type: ignore[no-untyped-def]
    problem = rules_of(services).new_record_problem("institution", {"name": "  ", "acronym": "X"})
    assert "Name" in problem and "required" in problem


def test_a_code_outside_its_list_is_refused(services) -> None:  # type: ignore[no-untyped-def]
    problem = rules_of(services).changed_fields_problem("institution", {"institution_type": "NOT_A_TYPE"})
    assert "NOT_A_TYPE" in problem


def test_a_change_is_checked_field_by_field_only(services) -> None:  # type: ignore[no-untyped-def]
    rules = rules_of(services)
    assert rules.changed_fields_problem("institution", {"acronym": "NEW"}) == ""
    assert "required" in rules.changed_fields_problem("institution", {"name": ""})


def test_tables_without_a_spec_are_left_to_the_database(services) -> None:  # type: ignore[no-untyped-def]
    rules = rules_of(services)
    assert not rules.covers("observation")
    assert rules.new_record_problem("observation", {"value": "anything", "period_start": date(2020, 1, 1)}) == ""
