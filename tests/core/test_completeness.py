"""The completeness engine: step 0's rule in detail, the status of every step, and ``score``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from mainstream_desktop.core.completeness import Check, check, score
from mainstream_desktop.core.dto import ReadinessAnswer, ReadinessForm, StepProgress, WorkspaceForm
from mainstream_desktop.core.messages import Message
from mainstream_desktop.core.readiness_rules import CRITERION_TITLES
from mainstream_desktop.core.reference_labels import indicator_label, labels_in
from mainstream_desktop.core.services import Services
from mainstream_desktop.enums import EntryMode, ProgrammePhase, StepStatus
from mainstream_desktop.enums import ReadinessCriterion as R
from mainstream_desktop.enums import ReadinessStatus as S
from mainstream_desktop.models.profile import DataSource
from mainstream_desktop.models.workspace import ReadinessCheck, StepState, Workspace

FULL_FORM = WorkspaceForm(
    code="TST", country_iso3="JAM", title="Mainstreaming Migration – test pilot",
    programme_phase=ProgrammePhase.PHASE_II_2014_2018, start_date=date(2014, 2, 1),
    end_date=date(2018, 1, 31), donor="SDC", lead_institution="Planning Institute of Jamaica",
    focal_point_name="Ms Focal Point", focal_point_email="nfp@example.org",
    entry_mode=EntryMode.STANDALONE_MD_STRATEGY, default_currency="JMD", reference_year=2019,
)
FIELD_MESSAGES = [
    "Choose the programme phase.",
    "Enter the start and end dates.",
    "Name the donor.",
    "Name the lead institution.",
    "Name the national focal point.",
    "Choose the entry mode into planning.",
    "Choose the default currency.",
    "Enter the reference year of the profile.",
]
NFP_MESSAGE = "The national focal point has not confirmed the readiness assessment."


@pytest.fixture
def fresh(services: Services) -> Services:
    """A workspace with only its code, country and title."""
    services.workspaces.create(WorkspaceForm(code="TST", country_iso3="JAM", title="Test pilot"))
    return services


def _step(services: Services, code: str, number: int) -> StepProgress:
    progress = services.status.workspace_progress(code)
    assert [p.number for p in progress] == list(range(8))
    return progress[number]


def _texts(progress: StepProgress) -> list[str]:
    return [str(message) for message in progress.missing]


def _complete_readiness(services: Services, evidence: Path) -> None:
    document = services.documents.add("TST", evidence, title="Cabinet decision")
    services.readiness.save("TST", ReadinessForm((
        ReadinessAnswer(R.POLITICAL_ENDORSEMENT, S.MET, "",
                        evidence_document_id=document.document_id),
        ReadinessAnswer(R.LEAD_DESIGNATED, S.MET, "PIOJ designated by the Cabinet in 2011."),
        ReadinessAnswer(R.FUNDING, S.PARTLY, ""),
        ReadinessAnswer(R.UNCT_LEAD, S.NOT_MET, ""),
        ReadinessAnswer(R.PLANNING_WINDOW, S.NOT_APPLICABLE, ""),
        ReadinessAnswer(R.EXISTING_ANALYSIS, S.MET, "Migration profile published in 2010."),
        ReadinessAnswer(R.STATISTICS_OFFICE, S.PARTLY, ""),
    ), nfp_confirmed=True))


# --- step 0 ----------------------------------------------------------------------------------

def test_fresh_workspace_step0_lists_every_missing_field(fresh: Services) -> None:
    step0 = _step(fresh, "TST", 0)

    texts = _texts(step0)
    # 20 checks: 9 fields, 7 criteria assessed, R1 and R2 met, evidence, NFP; only the title
    # and the (vacuous) evidence check pass.
    assert step0.completeness == 10
    assert texts[:8] == FIELD_MESSAGES
    assert "Give the workspace a title." not in texts
    for title in CRITERION_TITLES.values():
        assert f"Assess the readiness criterion \u201c{title}\u201d." in texts
    assert ("\u201cHigh-level political endorsement\u201d must be met before the process starts."
            in texts)
    assert ("\u201cLead institution and focal point designated\u201d must be met before the "
            "process starts." in texts)
    assert texts[-1] == NFP_MESSAGE
    assert len(texts) == 18
    assert step0.status is StepStatus.IN_PROGRESS  # creating the workspace started step 0


def test_everything_filled_gives_100_percent(services: Services, tmp_path: Path) -> None:
    services.workspaces.create(FULL_FORM)
    letter = tmp_path / "cabinet-decision.pdf"
    letter.write_bytes(b"%PDF-1.4 decision")
    _complete_readiness(services, letter)

    step0 = _step(services, "TST", 0)

    assert (step0.completeness, step0.missing) == (100, ())
    assert step0.status is StepStatus.IN_PROGRESS


def test_filled_fields_without_readiness_are_not_complete(services: Services) -> None:
    services.workspaces.create(FULL_FORM)

    step0 = _step(services, "TST", 0)

    assert not any(text in _texts(step0) for text in FIELD_MESSAGES)
    assert step0.completeness == 50  # 9 fields + the vacuous evidence check, of 20
    assert NFP_MESSAGE in _texts(step0)


def test_nfp_confirmation_is_needed_for_100(services: Services, tmp_path: Path) -> None:
    services.workspaces.create(FULL_FORM)
    letter = tmp_path / "cabinet-decision.pdf"
    letter.write_bytes(b"%PDF-1.4 decision")
    _complete_readiness(services, letter)
    form = services.readiness.get_form("TST")
    services.readiness.save("TST", ReadinessForm(form.answers, nfp_confirmed=False))

    step0 = _step(services, "TST", 0)

    assert step0.completeness == 95
    assert _texts(step0) == [NFP_MESSAGE]


def test_r1_partly_met_blocks_completion(services: Services, tmp_path: Path) -> None:
    services.workspaces.create(FULL_FORM)
    letter = tmp_path / "cabinet-decision.pdf"
    letter.write_bytes(b"%PDF-1.4 decision")
    _complete_readiness(services, letter)
    form = services.readiness.get_form("TST")
    answers = tuple(ReadinessAnswer(a.criterion, S.PARTLY) if a.criterion is R.POLITICAL_ENDORSEMENT
                    else a for a in form.answers)
    services.readiness.save("TST", ReadinessForm(answers, nfp_confirmed=True))

    assert _texts(_step(services, "TST", 0)) == [
        "\u201cHigh-level political endorsement\u201d must be met before the process starts."]


def test_met_criterion_without_evidence_is_on_the_checklist(fresh: Services) -> None:
    # The service refuses such an answer, so write it the way an older version or a bundle could.
    with fresh.uow() as uow:
        workspace = uow.session.scalars(select(Workspace).where(Workspace.code == "TST")).one()
        row = uow.session.scalars(select(ReadinessCheck).where(
            ReadinessCheck.workspace_id == workspace.id,
            ReadinessCheck.criterion == R.FUNDING)).one()
        row.status = S.MET
        row.comment = "too short"

    texts = _texts(_step(fresh, "TST", 0))

    assert "Attach evidence for the criteria marked met: Budget or donor funding secured." in texts
    assert ("Assess the readiness criterion \u201cBudget or donor funding secured\u201d."
            not in texts)


# --- status of all steps ---------------------------------------------------------------------

def test_fresh_workspace_later_steps_not_started_and_empty(fresh: Services) -> None:
    progress = fresh.status.workspace_progress("tst")

    assert [(p.number, p.key) for p in progress] == [
        (0, "readiness"), (1, "profile"), (2, "government"), (3, "society"), (4, "planning"),
        (5, "monitoring"), (6, "support"), (7, "lessons")]
    for step in progress[1:]:
        assert step.status is StepStatus.NOT_STARTED, step.key
        assert step.completeness == 0, step.key
        assert step.missing, step.key
        assert all(isinstance(m, Message) and str(m) for m in step.missing)


def test_records_move_a_step_to_in_progress(fresh: Services) -> None:
    with fresh.uow() as uow:
        workspace = uow.session.scalars(select(Workspace).where(Workspace.code == "TST")).one()
        uow.session.add(DataSource(workspace_id=workspace.id, name="Census 2011",
                                   source_type="CENSUS", gap_notes="No question on return."))

    progress = fresh.status.workspace_progress("TST")

    step1 = progress[1]
    # 7 checks: reference year, four narratives, sources inventoried, gaps documented
    assert step1.completeness == round(100 * 2 / 7) == 29
    assert step1.status is StepStatus.IN_PROGRESS
    assert "Inventory the data sources used." not in _texts(step1)
    assert all(p.status is StepStatus.NOT_STARTED and p.completeness == 0 for p in progress[2:])
    with fresh.uow() as uow:  # the stored state is untouched: "in progress" is only reported
        stored = uow.session.scalars(
            select(StepState.status).where(StepState.step_number == 1)).one()
        assert stored is StepStatus.NOT_STARTED


def test_demo_jamaica_step0_complete_and_step1_lists_missing_core_indicators(
    demo_services: Services,
) -> None:
    progress = demo_services.status.workspace_progress("JAM")

    assert (progress[0].completeness, progress[0].missing) == (100, ())
    step1 = progress[1]
    assert step1.status is StepStatus.IN_PROGRESS
    assert 0 < step1.completeness < 100
    core = sorted(choice.code for choice in demo_services.reference.core_indicators())
    # Jamaica's demo has 2016-2019 values for these core indicators (UN DESA stock, the diaspora
    # estimates, remittances in USD and % of GDP, GDP, remittance costs fall outside: 2013/17/21 Q1).
    present = {"MIG_STOCK_IMM", "MIG_STOCK_EMI", "REM_IN_USD", "REM_IN_GDP", "CTX_GDP_USD", "REM_COST"}
    missing_codes = [code for code in core if code not in present]
    first = _texts(step1)[0]
    assert first.startswith(f"Core indicators with a value for 2016\u20132019: {len(present)} of {len(core)} ")
    assert first.endswith(f"Missing: {', '.join(map(indicator_label, missing_codes))}.")
    assert "Total population" in first and "CTX_POP" not in first  # named, not coded
    assert indicator_label("MIG_STOCK_IMM") not in first.split("Missing: ")[1]
    with labels_in("fr"):
        french = _texts(demo_services.status.workspace_progress("JAM")[1])[0]
    assert "Population totale" in french and "Total population" not in french
    assert step1.missing[0].params["have"] == len(present)
    assert step1.missing[0].params["total"] == len(core)


def test_empty_workspace_step7_is_zero(fresh: Services) -> None:
    step7 = _step(fresh, "TST", 7)

    assert step7.completeness == 0
    assert step7.status is StepStatus.NOT_STARTED
    assert _texts(step7) == ["Steps not yet approved: 1, 2, 3, 4, 5, 6.",
                             "Record at least 3 validated lessons (0 so far)."]


# --- score -----------------------------------------------------------------------------------

def test_score_of_no_checks_is_zero() -> None:
    assert score([]) == (0, ())


def test_score_all_passed_is_100_with_nothing_missing() -> None:
    assert score([check(True, "a"), check(True, "b")]) == (100, ())


def test_score_rounds_to_whole_percent_and_keeps_failed_messages_in_order() -> None:
    checks = [check(True, "ok"), check(False, "first {n}", n=1), check(False, "second")]

    percent, missing = score(checks)

    assert percent == 33
    assert [str(m) for m in missing] == ["first 1", "second"]
    assert score([check(True, "a"), check(True, "b"), check(False, "c")])[0] == 67
    assert score([check(False, "a")] * 7 + [check(True, "b")] * 1)[0] == 12  # 12.5 -> 12
    assert score([check(False, "a")] * 1 + [check(True, "b")] * 6)[0] == 86


def test_check_coerces_truthiness_to_bool() -> None:
    assert check(0, "x") == Check(False, Message("x", {}))
    assert check("text", "x").passed is True
    assert check(None, "x").passed is False


def test_score_is_100_only_when_complete_and_0_only_when_nothing_passed() -> None:
    # Plain rounding would show 199 of 200 as 100% and 1 of 200 as 0% (which would also keep
    # StatusService from reporting "in progress").
    for total in range(2, 401):
        one_missing, missing = score([check(True, "ok")] * (total - 1) + [check(False, "missing")])
        one_passed, _ = score([check(True, "ok")] + [check(False, "missing")] * (total - 1))
        assert one_missing == min(99, round(100 * (total - 1) / total)), total
        assert [str(m) for m in missing] == ["missing"]
        assert one_passed == max(1, round(100 / total)), total
    assert score([check(False, "a")] * 5)[0] == 0
