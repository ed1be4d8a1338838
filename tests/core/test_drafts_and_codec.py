"""Autosaved wizard drafts (DraftService) and the form <-> JSON codec they are written with."""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from mainstream_desktop.core.dto import ReadinessAnswer, ReadinessForm, WorkspaceForm
from mainstream_desktop.core.form_codec import (
    readiness_form_from_dict,
    readiness_form_to_dict,
    workspace_form_from_dict,
    workspace_form_to_dict,
)
from mainstream_desktop.core.services import Services
from mainstream_desktop.enums import EntryMode, ProgrammePhase
from mainstream_desktop.enums import ReadinessCriterion as R
from mainstream_desktop.enums import ReadinessStatus as S
from mainstream_desktop.models.workspace import WizardDraft
from tests.stores import Store

FULL_WORKSPACE = WorkspaceForm(
    code="JAM", country_iso3="JAM", title="Mainstreaming Migration – Jamaica",
    programme_phase=ProgrammePhase.PHASE_I_2011_2013, start_date=date(2011, 1, 1),
    end_date=date(2018, 1, 31), donor="SDC", lead_institution="PIOJ",
    focal_point_name="Ms Focal", focal_point_email="nfp@pioj.gov.jm",
    entry_mode=EntryMode.SECTORAL_ONLY, default_currency="JMD", reference_year=2019,
    languages="en,es", description="Ünïcode – “quotes” ✓",
)
FULL_READINESS = ReadinessForm((
    ReadinessAnswer(R.POLITICAL_ENDORSEMENT, S.MET, "", "0190c2f6-0000-7000-8000-000000000001",
                    "Decree"),
    ReadinessAnswer(R.LEAD_DESIGNATED, S.MET, "A comment that is long enough."),
    ReadinessAnswer(R.FUNDING, None, "not decided"),
    ReadinessAnswer(R.STATISTICS_OFFICE, S.NOT_APPLICABLE),
), nfp_confirmed=True)


def _write_raw_draft(services: Services, key: str, text: str) -> None:
    with services.uow() as uow:
        draft = uow.session.get(WizardDraft, key)
        if draft is None:
            uow.session.add(WizardDraft(key=key, payload_json=text, updated_at=datetime.now(UTC)))
        else:
            draft.payload_json = text


# --- DraftService ----------------------------------------------------------------------------

def test_save_then_load(services: Services) -> None:
    payload = {"title": "Jamaica", "reference_year": 2019, "nested": {"list": [1, "two", None]}}

    services.drafts.save("step0:new", payload)

    assert services.drafts.load("step0:new") == payload
    assert services.drafts.load("step0:JAM") is None


def test_save_overwrites_and_keys_are_separate(services: Services) -> None:
    services.drafts.save("step0:new", {"title": "first"})
    services.drafts.save("step0:JAM", {"title": "other"})
    services.drafts.save("step0:new", {"title": "second"})

    assert services.drafts.load("step0:new") == {"title": "second"}
    assert services.drafts.load("step0:JAM") == {"title": "other"}
    with services.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(WizardDraft)) == 2


def test_non_json_values_are_stored_as_text(services: Services) -> None:
    services.drafts.save("step0:new", {"start_date": date(2014, 2, 1)})

    assert services.drafts.load("step0:new") == {"start_date": "2014-02-01"}


def test_discard(services: Services) -> None:
    services.drafts.save("step0:new", {"title": "x"})
    services.drafts.save("step0:JAM", {"title": "y"})

    services.drafts.discard("step0:new")
    services.drafts.discard("step0:new")  # discarding twice is harmless
    services.drafts.discard("never-saved")

    assert services.drafts.load("step0:new") is None
    assert services.drafts.load("step0:JAM") == {"title": "y"}


def test_draft_survives_reopening_the_data_folder(services: Services, store: Store) -> None:
    services.drafts.save("step0:new", {"title": "typed before the crash"})
    paths = services.paths
    services.close()

    reopened = store.open(paths, actor="tester")
    try:
        assert reopened.drafts.load("step0:new") == {"title": "typed before the crash"}
    finally:
        reopened.close()


@pytest.mark.parametrize("text", ["{not json", "", "\x00\x01", '{"title": "cut off', "[1, 2, 3]",
                                  '"a string"', "null", "42"])
def test_corrupted_or_non_object_draft_loads_as_none(services: Services, text: str) -> None:
    _write_raw_draft(services, "step0:new", text)

    assert services.drafts.load("step0:new") is None


def test_corrupted_draft_can_be_overwritten(services: Services) -> None:
    _write_raw_draft(services, "step0:new", "{broken")

    services.drafts.save("step0:new", {"title": "fresh"})

    assert services.drafts.load("step0:new") == {"title": "fresh"}


# --- form_codec ------------------------------------------------------------------------------

def test_workspace_form_round_trip_through_json() -> None:
    data = workspace_form_to_dict(FULL_WORKSPACE)

    assert data["start_date"] == "2011-01-01"
    assert data["programme_phase"] == "PHASE_I_2011_2013"
    assert data["entry_mode"] == "SECTORAL_ONLY"
    assert workspace_form_from_dict(json.loads(json.dumps(data))) == FULL_WORKSPACE


def test_empty_workspace_form_round_trips() -> None:
    assert workspace_form_from_dict(workspace_form_to_dict(WorkspaceForm())) == WorkspaceForm()
    assert workspace_form_from_dict({}) == WorkspaceForm()


def test_readiness_form_round_trip_through_json() -> None:
    data = json.loads(json.dumps(readiness_form_to_dict(FULL_READINESS)))

    assert data["answers"][2]["status"] is None
    assert readiness_form_from_dict(data) == FULL_READINESS
    assert readiness_form_from_dict(readiness_form_to_dict(ReadinessForm())) == ReadinessForm()


def test_workspace_codec_defaults_garbage_fields() -> None:
    garbage: dict[str, Any] = {
        "code": "JAM",
        "title": None,
        "programme_phase": "PHASE_IX",
        "entry_mode": 17,
        "start_date": "not a date",
        "end_date": 20180131,
        "reference_year": "twenty nineteen",
        "unknown_field": "ignored",
    }

    form = workspace_form_from_dict(garbage)

    assert form == WorkspaceForm(code="JAM")


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("start_date", "2018-02-30", None),
        ("start_date", ["2018-01-01"], None),
        ("start_date", {"y": 2018}, None),
        ("end_date", True, None),
        ("reference_year", "2019", 2019),
        ("reference_year", "", None),
        ("reference_year", [2019], None),
        ("reference_year", {"year": 2019}, None),
        ("reference_year", math.nan, None),
        ("programme_phase", ["OTHER"], None),
        ("programme_phase", "OTHER", ProgrammePhase.OTHER),
        ("entry_mode", "integrated_in_ndp", None),
        ("languages", None, "en"),
        ("code", 42, "42"),
    ],
)
def test_workspace_codec_single_field(field: str, value: Any, expected: Any) -> None:
    assert getattr(workspace_form_from_dict({field: value}), field) == expected


def test_workspace_codec_survives_infinity_from_json() -> None:
    data = json.loads('{"reference_year": Infinity, "title": "Jamaica"}')

    form = workspace_form_from_dict(data)

    assert form == WorkspaceForm(title="Jamaica")


def test_readiness_codec_skips_garbage_answers() -> None:
    data: dict[str, Any] = {
        "nfp_confirmed": 1,
        "answers": [
            None, 5, "R3_FUNDING", ["R3_FUNDING", "MET"], {},
            {"criterion": "R99_UNKNOWN", "status": "MET"},
            {"criterion": "R3_FUNDING", "status": "MAYBE"},
            {"criterion": ["R3_FUNDING"], "status": "MET"},
            {"criterion": "R4_UNCT_LEAD", "status": {"x": 1}},
            {"criterion": "R5_PLANNING_WINDOW", "status": "PARTLY", "comment": None,
             "evidence_document_id": "", "evidence_title": None},
        ],
    }

    form = readiness_form_from_dict(data)

    assert form == ReadinessForm((ReadinessAnswer(R.PLANNING_WINDOW, S.PARTLY, "", None, ""),),
                                 nfp_confirmed=True)


@pytest.mark.parametrize("answers", [None, "text", 7, {"a": 1}])
def test_readiness_codec_with_answers_not_a_list(answers: Any) -> None:
    assert readiness_form_from_dict({"answers": answers}) == ReadinessForm()


def test_readiness_codec_with_empty_dict() -> None:
    assert readiness_form_from_dict({}) == ReadinessForm()


def test_drafted_forms_survive_the_draft_service(services: Services) -> None:
    services.drafts.save("step0:new", {"workspace": workspace_form_to_dict(FULL_WORKSPACE),
                                       "readiness": readiness_form_to_dict(FULL_READINESS)})

    payload = services.drafts.load("step0:new")

    assert payload is not None
    assert workspace_form_from_dict(payload["workspace"]) == FULL_WORKSPACE
    assert readiness_form_from_dict(payload["readiness"]) == FULL_READINESS


def test_readiness_codec_defaults_an_evidence_id_of_the_wrong_type() -> None:
    form = readiness_form_from_dict({"answers": [
        {"criterion": "R3_FUNDING", "status": "PARTLY", "evidence_document_id": 123}]})

    assert form.answers[0].evidence_document_id is None
