"""RecordService over the profile's record specs, and the narratives."""

from __future__ import annotations

from datetime import date

import pytest

from mainstream_desktop.core.errors import InvalidInput, NotFound
from mainstream_desktop.core.narratives import Narrative
from mainstream_desktop.core.record_specs import DATA_SOURCES, FINDINGS, GOVERNANCE_ITEMS, SECTOR_IMPACTS
from mainstream_desktop.core.records import validate_values
from mainstream_desktop.enums import ProfilePart, StepStatus


def test_validation_is_pure_and_names_each_field():
    codes = {"POLICY_AREA": {"HEA"}, "IMPACT_CHANNEL": {"REMITTANCES"}, "IMPACT_EFFECT": {"POSITIVE"},
             "EVIDENCE_STRENGTH": {"STRONG"}}
    ok = {"policy_area": "HEA", "channel": "REMITTANCES", "effect": "POSITIVE", "evidence_strength": "STRONG",
          "magnitude": 2}
    assert validate_values(SECTOR_IMPACTS, ok, codes) == []
    bad = {**ok, "policy_area": "XXX", "magnitude": 7, "effect": ""}
    assert sorted(p.code for p in validate_values(SECTOR_IMPACTS, bad, codes)) == [
        "out_of_range", "required", "unknown_code"]


def test_sector_impact_round_trip_and_tombstone(demo_services):
    records = demo_services.records
    before = len(records.rows("SRB", SECTOR_IMPACTS))
    new_id = records.save("SRB", SECTOR_IMPACTS, {
        "policy_area": "SEC", "channel": "DISPLACEMENT", "effect": "NEGATIVE", "magnitude": 3,
        "evidence_strength": "MODERATE", "narrative": "  Refugees from former Yugoslav republics  "})
    rows = records.rows("SRB", SECTOR_IMPACTS)
    assert len(rows) == before + 1
    saved = next(r for r in rows if r.id == new_id)
    assert saved.values["narrative"] == "Refugees from former Yugoslav republics"
    records.delete("SRB", SECTOR_IMPACTS, new_id)
    assert len(records.rows("SRB", SECTOR_IMPACTS)) == before
    with pytest.raises(NotFound):
        records.save("SRB", SECTOR_IMPACTS, saved.values, new_id)
    assert demo_services.status.workspace_progress("SRB")[1].status is StepStatus.IN_PROGRESS


def test_invalid_records_write_nothing(demo_services):
    records = demo_services.records
    with pytest.raises(InvalidInput) as refused:
        records.save("JAM", DATA_SOURCES, {"name": "", "source_type": "CENSUS", "quality_rating": 9})
    assert {p.field for p in refused.value.problems} == {"name", "quality_rating"}
    with pytest.raises(InvalidInput):
        records.save("JAM", GOVERNANCE_ITEMS, {"kind": "LAW", "title": "Act", "status": "ADOPTED",
                                              "partner_country": "ZZZ"})


def test_governance_and_findings_store_dates_and_long_text(demo_services):
    records = demo_services.records
    item = records.save("MDA", GOVERNANCE_ITEMS, {"kind": "REGULATION", "title": "GD No. 725", "status": "IN_FORCE",
                                                  "adoption_date": date(2017, 9, 8), "partner_country": "mda"})
    row = next(r for r in records.rows("MDA", GOVERNANCE_ITEMS) if r.id == item)
    assert row.values["adoption_date"] == date(2017, 9, 8) and row.values["legal_reference"] == ""
    finding = records.save("MDA", FINDINGS, {"kind": "RECOMMENDATION", "text": "Reconcile NBS and MFA estimates.",
                                             "priority": 1})
    assert any(r.id == finding for r in records.rows("MDA", FINDINGS))


def test_narratives_complete_the_profile_parts(demo_services):
    narratives = demo_services.narratives
    assert narratives.get("JAM", ProfilePart.TRENDS).text.startswith("Jamaica is a country of emigration")
    narratives.save("JAM", Narrative(ProfilePart.IMPACTS, "", "Remittances and health-worker emigration.", True))
    narratives.save("JAM", Narrative(ProfilePart.FINDINGS, "", "Reduce remittance costs.", False))
    missing = [str(m) for m in demo_services.status.workspace_progress("JAM")[1].missing]
    assert not any("part B" in m or "part D" in m for m in missing)
    assert narratives.get("JAM", ProfilePart.IMPACTS).done
