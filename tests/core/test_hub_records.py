"""The hub's cross-country records (peer exchanges, handbook proposals and the lessons behind
them) through the same record service as a workspace's records."""

from __future__ import annotations

from datetime import date

import pytest

from mainstream_desktop.core.errors import InvalidInput
from mainstream_desktop.core.review_specs import LESSONS, PEER_EXCHANGES, PROPOSAL_LESSONS, PROPOSALS


def test_cross_country_records_belong_to_no_workspace(demo_services) -> None:  # type: ignore[no-untyped-def]
    records = demo_services.records
    before = len(records.rows("JAM", PEER_EXCHANGES))
    exchange = records.save("MDA", PEER_EXCHANGES, {"host_country": "ECU", "visiting_countries": "KGZ",
                                                    "topic": "Return and reintegration services",
                                                    "start_date": date(2017, 3, 6), "end_date": date(2017, 3, 10)})
    assert exchange in {row.id for row in records.rows("JAM", PEER_EXCHANGES)}  # seen from any workspace
    assert len(records.rows("SRB", PEER_EXCHANGES)) == before + 1

    proposal = records.save("JAM", PROPOSALS, {"handbook_section": "Part 3 \u2013 monitoring",
                                               "proposed_change": "Set baselines with the priorities.",
                                               "status": "PROPOSED"})
    moldovan_lesson = records.rows("MDA", LESSONS)[0].id
    records.save("JAM", PROPOSAL_LESSONS, {"proposal_id": proposal, "lesson_id": moldovan_lesson})
    assert any(row.values["lesson_id"] == moldovan_lesson for row in records.rows("JAM", PROPOSAL_LESSONS))
    lesson_choices = {choice.code for choice in records.choices("JAM", "any_lesson")}
    assert moldovan_lesson in lesson_choices and records.rows("JAM", LESSONS)[0].id in lesson_choices


def test_cross_country_rules_still_apply(demo_services) -> None:  # type: ignore[no-untyped-def]
    records = demo_services.records
    with pytest.raises(InvalidInput):
        records.save("JAM", PEER_EXCHANGES, {"host_country": "XXX", "visiting_countries": "JAM", "topic": "t"})
    with pytest.raises(InvalidInput):
        records.save("JAM", PEER_EXCHANGES, {"host_country": "MEX", "visiting_countries": "JAM", "topic": "t",
                                             "start_date": date(2020, 1, 2), "end_date": date(2020, 1, 1)})
    with pytest.raises(InvalidInput):
        records.save("JAM", PROPOSAL_LESSONS, {"proposal_id": records.rows("JAM", PROPOSALS)[0].id,
                                               "lesson_id": "01a22730-6f54-7f0e-bb22-7d49b79d6077"})
