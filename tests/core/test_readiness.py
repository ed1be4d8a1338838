"""Step 0, page 2: the readiness checklist, its validation, and evidence documents."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mainstream_desktop.core.dto import ReadinessAnswer, ReadinessForm, WorkspaceForm
from mainstream_desktop.core.errors import InvalidInput, NotFound
from mainstream_desktop.core.readiness_rules import MIN_COMMENT_FOR_MET, validate_readiness
from mainstream_desktop.core.services import Services
from mainstream_desktop.enums import ReadinessCriterion as R
from mainstream_desktop.enums import ReadinessStatus as S
from mainstream_desktop.enums import Severity
from mainstream_desktop.models.workspace import Document, Workspace

LONG_ENOUGH = "x" * MIN_COMMENT_FOR_MET  # exactly 20 characters
TOO_SHORT = "y" * (MIN_COMMENT_FOR_MET - 1)


@pytest.fixture
def jam(services: Services) -> Services:
    services.workspaces.create(WorkspaceForm(code="JAM", country_iso3="JAM", title="Jamaica"))
    return services


def _form(*answers: ReadinessAnswer, nfp: bool = False) -> ReadinessForm:
    return ReadinessForm(tuple(answers), nfp_confirmed=nfp)


# --- validate_readiness (pure) ---------------------------------------------------------------

def test_met_with_short_comment_is_an_error() -> None:
    problems = validate_readiness(_form(ReadinessAnswer(R.FUNDING, S.MET, TOO_SHORT)))

    assert [(p.field, p.code, p.severity) for p in problems] == [
        ("R3_FUNDING", "met_without_evidence", Severity.ERROR)]
    assert "Budget or donor funding secured" in str(problems[0].message)
    assert "20" in str(problems[0].message)


def test_met_comment_is_measured_without_surrounding_spaces() -> None:
    padded = "   " + TOO_SHORT + "    "

    problems = validate_readiness(_form(ReadinessAnswer(R.FUNDING, S.MET, padded)))

    assert [p.code for p in problems] == ["met_without_evidence"]


def test_met_with_empty_comment_is_an_error() -> None:
    problems = validate_readiness(_form(ReadinessAnswer(R.POLITICAL_ENDORSEMENT, S.MET)))

    assert [p.field for p in problems] == ["R1_POLITICAL_ENDORSEMENT"]


def test_met_with_comment_of_twenty_characters_is_valid() -> None:
    assert validate_readiness(_form(ReadinessAnswer(R.FUNDING, S.MET, LONG_ENOUGH))) == []


def test_met_with_evidence_document_is_valid() -> None:
    answer = ReadinessAnswer(R.FUNDING, S.MET, "",
                             evidence_document_id="0190c2f6-0000-7000-8000-000000000000")

    assert validate_readiness(_form(answer)) == []


@pytest.mark.parametrize("status", [S.PARTLY, S.NOT_MET, S.NOT_APPLICABLE, None])
def test_other_statuses_need_no_comment(status: S | None) -> None:
    assert validate_readiness(_form(ReadinessAnswer(R.FUNDING, status, ""))) == []


def test_every_bad_answer_is_reported() -> None:
    problems = validate_readiness(_form(
        ReadinessAnswer(R.POLITICAL_ENDORSEMENT, S.MET, "short"),
        ReadinessAnswer(R.LEAD_DESIGNATED, S.MET, LONG_ENOUGH),
        ReadinessAnswer(R.STATISTICS_OFFICE, S.MET, ""),
    ))

    assert [p.field for p in problems] == ["R1_POLITICAL_ENDORSEMENT", "R7_STATISTICS_OFFICE"]


# --- ReadinessService ------------------------------------------------------------------------

def test_new_workspace_has_seven_unanswered_criteria(jam: Services) -> None:
    form = jam.readiness.get_form("JAM")

    assert [a.criterion for a in form.answers] == list(R)
    assert all(a.status is None and a.comment == "" and a.evidence_document_id is None
               for a in form.answers)
    assert form.nfp_confirmed is False


def test_save_then_get_form_round_trips(jam: Services) -> None:
    answers = (
        ReadinessAnswer(R.POLITICAL_ENDORSEMENT, S.MET,
                        "Cabinet decision of 12 June 2017, attached."),
        ReadinessAnswer(R.LEAD_DESIGNATED, S.MET, "PIOJ designated by the Cabinet in 2011."),
        ReadinessAnswer(R.FUNDING, S.PARTLY, ""),
        ReadinessAnswer(R.UNCT_LEAD, S.NOT_MET, "Still being negotiated"),
        ReadinessAnswer(R.PLANNING_WINDOW, S.NOT_APPLICABLE, ""),
        ReadinessAnswer(R.EXISTING_ANALYSIS, None, ""),
        ReadinessAnswer(R.STATISTICS_OFFICE, S.PARTLY, "STATIN attends."),
    )

    jam.readiness.save("JAM", ReadinessForm(answers, nfp_confirmed=True))

    assert jam.readiness.get_form("jam") == ReadinessForm(answers, nfp_confirmed=True)


def test_comments_are_stored_stripped(jam: Services) -> None:
    jam.readiness.save("JAM", _form(ReadinessAnswer(R.FUNDING, S.PARTLY, "  Donor found.  ")))

    answers = {a.criterion: a for a in jam.readiness.get_form("JAM").answers}
    assert answers[R.FUNDING].comment == "Donor found."


def test_nfp_confirmation_is_set_with_actor_and_cleared(jam: Services) -> None:
    jam.readiness.save("JAM", _form(nfp=True))
    assert jam.readiness.get_form("JAM").nfp_confirmed is True
    with jam.uow() as uow:
        workspace = uow.session.scalars(select(Workspace).where(Workspace.code == "JAM")).one()
        assert workspace.nfp_confirmed_at is not None
        assert workspace.nfp_confirmed_by == "tester"

    jam.readiness.save("JAM", _form(nfp=False))

    assert jam.readiness.get_form("JAM").nfp_confirmed is False
    with jam.uow() as uow:
        workspace = uow.session.scalars(select(Workspace).where(Workspace.code == "JAM")).one()
        assert workspace.nfp_confirmed_at is None
        assert workspace.nfp_confirmed_by == ""


def test_saving_a_partial_form_leaves_other_criteria_alone(jam: Services) -> None:
    jam.readiness.save("JAM", _form(ReadinessAnswer(R.FUNDING, S.PARTLY, "Half funded")))
    jam.readiness.save("JAM", _form(ReadinessAnswer(R.UNCT_LEAD, S.MET, LONG_ENOUGH)))

    answers = {a.criterion: a for a in jam.readiness.get_form("JAM").answers}
    assert (answers[R.FUNDING].status, answers[R.FUNDING].comment) == (S.PARTLY, "Half funded")
    assert answers[R.UNCT_LEAD].status is S.MET


def test_save_with_invalid_answer_raises_and_changes_nothing(jam: Services) -> None:
    good = _form(ReadinessAnswer(R.FUNDING, S.PARTLY, "Half funded"), nfp=True)
    jam.readiness.save("JAM", good)
    before = jam.readiness.get_form("JAM")

    with pytest.raises(InvalidInput) as raised:
        jam.readiness.save("JAM", _form(
            ReadinessAnswer(R.FUNDING, S.NOT_MET, "changed"),
            ReadinessAnswer(R.POLITICAL_ENDORSEMENT, S.MET, "too short"),
            nfp=False))

    assert [(p.field, p.code) for p in raised.value.problems] == [
        ("R1_POLITICAL_ENDORSEMENT", "met_without_evidence")]
    assert jam.readiness.get_form("JAM") == before
    assert before.nfp_confirmed is True


def test_unknown_workspace(services: Services) -> None:
    with pytest.raises(NotFound):
        services.readiness.get_form("NOPE")
    with pytest.raises(NotFound):
        services.readiness.save("NOPE", _form())


# --- evidence documents ----------------------------------------------------------------------

def test_evidence_document_is_linked_and_shown_by_title(jam: Services, tmp_path: Path) -> None:
    letter = tmp_path / "endorsement letter.pdf"
    letter.write_bytes(b"%PDF-1.4 cabinet decision\n")
    document = jam.documents.add("JAM", letter, title="  Cabinet decision 2017  ")
    assert document.title == "Cabinet decision 2017"
    assert document.file_name == "endorsement letter.pdf"
    assert document.size_bytes == letter.stat().st_size

    jam.readiness.save("JAM", _form(ReadinessAnswer(
        R.POLITICAL_ENDORSEMENT, S.MET, "", evidence_document_id=document.document_id)))

    answers = {a.criterion: a for a in jam.readiness.get_form("JAM").answers}
    linked = answers[R.POLITICAL_ENDORSEMENT]
    assert linked.status is S.MET
    assert linked.evidence_document_id == document.document_id
    assert linked.evidence_title == "Cabinet decision 2017"
    assert jam.documents.get(document.document_id) == document

    jam.readiness.save("JAM", _form(ReadinessAnswer(R.POLITICAL_ENDORSEMENT, S.PARTLY, "")))
    answers = {a.criterion: a for a in jam.readiness.get_form("JAM").answers}
    assert answers[R.POLITICAL_ENDORSEMENT].evidence_document_id is None
    assert answers[R.POLITICAL_ENDORSEMENT].evidence_title == ""


def test_document_title_defaults_to_file_name(jam: Services, tmp_path: Path) -> None:
    source = tmp_path / "minutes.txt"
    source.write_text("Minutes of the first meeting", encoding="utf-8")

    assert jam.documents.add("JAM", source).title == "minutes.txt"


def test_same_file_twice_is_one_document_and_one_stored_copy(jam: Services, tmp_path: Path) -> None:
    content = b"Decree No. 725 of 8 September 2017\n" * 100
    first_file = tmp_path / "decree.txt"
    first_file.write_bytes(content)
    same_content = tmp_path / "copy of decree.txt"
    same_content.write_bytes(content)
    digest = hashlib.sha256(content).hexdigest()

    first = jam.documents.add("JAM", first_file)
    second = jam.documents.add("JAM", first_file)
    third = jam.documents.add("JAM", same_content, title="other title")

    assert first.sha256 == digest
    assert second == first
    assert third == first
    stored = jam.paths.documents / digest[:2] / digest
    assert jam.documents.path_for(digest) == stored
    assert stored.read_bytes() == content
    every_file = [p for p in jam.paths.documents.rglob("*") if p.is_file()]
    assert every_file == [stored]
    with jam.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Document)) == 1


def test_same_file_in_two_workspaces_is_two_documents_one_copy(
    jam: Services, tmp_path: Path
) -> None:
    jam.workspaces.create(WorkspaceForm(code="MDA", country_iso3="MDA", title="Moldova"))
    source = tmp_path / "shared.txt"
    source.write_bytes(b"a report both pilots cite")

    in_jamaica = jam.documents.add("JAM", source)
    in_moldova = jam.documents.add("MDA", source)

    assert in_jamaica.document_id != in_moldova.document_id
    assert in_jamaica.sha256 == in_moldova.sha256
    assert [p for p in jam.paths.documents.rglob("*") if p.is_file()] == [
        jam.documents.path_for(in_jamaica.sha256)]


def test_adding_a_missing_file_is_invalid_input(jam: Services, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as raised:
        jam.documents.add("JAM", tmp_path / "does-not-exist.pdf")

    assert [(p.field, p.code) for p in raised.value.problems] == [("file", "not_a_file")]
    assert "does-not-exist.pdf" in raised.value.message
    with pytest.raises(InvalidInput):
        jam.documents.add("JAM", tmp_path)  # a folder is not a file either
    assert list(jam.paths.documents.iterdir()) == []


def test_unknown_document_is_not_found(jam: Services) -> None:
    with pytest.raises(NotFound):
        jam.documents.get("0190c2f6-0000-7000-8000-000000000000")


# --- evidence ids the service must refuse ---------------------------------------------------

def _refused_evidence(services: Services, evidence_id: str) -> None:
    services.readiness.save("JAM", _form(ReadinessAnswer(R.FUNDING, S.PARTLY, "before")))
    before = services.readiness.get_form("JAM")

    with pytest.raises(InvalidInput) as raised:
        services.readiness.save("JAM", _form(
            ReadinessAnswer(R.UNCT_LEAD, S.PARTLY, "would change"),
            ReadinessAnswer(R.FUNDING, S.MET, "", evidence_document_id=evidence_id),
            nfp=True))

    assert [(p.field, p.code) for p in raised.value.problems] == [
        ("R3_FUNDING", "unknown_evidence")]
    assert services.readiness.get_form("JAM") == before


def test_malformed_evidence_id_is_invalid_input(jam: Services) -> None:
    _refused_evidence(jam, "not-a-uuid")


def test_unknown_evidence_id_is_invalid_input(jam: Services) -> None:
    _refused_evidence(jam, "0190c2f6-0000-7000-8000-000000000000")


def test_evidence_of_another_workspace_is_refused(jam: Services, tmp_path: Path) -> None:
    jam.workspaces.create(WorkspaceForm(code="MDA", country_iso3="MDA", title="Moldova"))
    source = tmp_path / "moldova-decree.txt"
    source.write_text("GD No. 725", encoding="utf-8")
    moldovan = jam.documents.add("MDA", source)

    _refused_evidence(jam, moldovan.document_id)
