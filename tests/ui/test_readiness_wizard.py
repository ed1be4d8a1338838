"""The step 0 wizard end to end: create a workspace, assess readiness, attach evidence,
autosave a draft and resume it after a crash."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWizard

from mainstream_desktop.enums import ReadinessCriterion, ReadinessStatus
from mainstream_desktop.ui.wizards.readiness_wizard import ReadinessWizard, draft_key
from tests.ui.conftest import make_window


def _fill_details(wizard: ReadinessWizard) -> None:
    page = wizard.workspace_page
    page.country.set_code("KEN")
    page.title_edit.setText("Mainstreaming Migration \u2013 Kenya pilot")
    page.phase.setCurrentIndex(page.phase.findData("OTHER"))
    page.start_date.set_value(date(2020, 1, 1))
    page.end_date.set_value(date(2023, 12, 31))
    page.donor.setText("SDC")
    page.lead_institution.setText("State Department for Economic Planning")
    page.focal_point_name.setText("A. Focal Point")
    page.focal_point_email.setText("focal.point@example.org")
    page.entry_mode.setCurrentIndex(page.entry_mode.findData("INTEGRATED_IN_NDP"))
    page.reference_year.set_value(2020)


def test_wizard_creates_a_workspace_end_to_end(qtbot, services, tasks, tmp_path):
    window, opened = make_window(qtbot, services, tasks)
    window.open_step_wizard(0, new=True)
    wizard = opened[0]
    _fill_details(wizard)
    assert wizard.workspace_page.code.text() == "KEN"  # suggested from the country
    assert wizard.workspace_page.currency.code() == "KES"  # suggested from the country
    wizard.next()
    assert wizard.currentPage() is wizard.readiness_page
    assert services.workspaces.get_form("KEN").lead_institution == "State Department for Economic Planning"

    evidence = tmp_path / "endorsement-letter.pdf"
    evidence.write_bytes(b"%PDF-1.4 endorsement letter")
    wizard.readiness_page._choose_file = lambda _parent: evidence
    rows = wizard.readiness_page.rows
    rows[ReadinessCriterion.POLITICAL_ENDORSEMENT].attach.click()
    qtbot.waitUntil(lambda: rows[ReadinessCriterion.POLITICAL_ENDORSEMENT].evidence_id is not None, timeout=10_000)
    for criterion, row in rows.items():
        row.status.setCurrentIndex(row.status.findData(ReadinessStatus.MET.value))
        if criterion is not ReadinessCriterion.POLITICAL_ENDORSEMENT:
            row.comment.setPlainText("Confirmed in the inception workshop report, May 2020.")
    wizard.readiness_page.nfp_confirmed.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    assert "step 0 is 100% complete" in wizard.summary_page.headline.text()
    wizard.accept()

    assert window.current_workspace() == "KEN"
    assert window.navigator.topLevelItem(0).text(1) == "In progress"
    saved = services.readiness.get_form("KEN")
    endorsement = next(a for a in saved.answers if a.criterion is ReadinessCriterion.POLITICAL_ENDORSEMENT)
    assert endorsement.evidence_title == "endorsement-letter.pdf"
    assert services.drafts.load(draft_key("KEN")) is None
    assert services.drafts.load(draft_key(None)) is None


def test_invalid_details_are_shown_and_nothing_is_created(qtbot, services, tasks):
    window, opened = make_window(qtbot, services, tasks)
    window.open_step_wizard(0, new=True)
    wizard = opened[0]
    wizard.workspace_page.code.setText("no spaces allowed")
    wizard.workspace_page.focal_point_email.setText("not-an-address")
    wizard.next()
    assert wizard.currentPage() is wizard.workspace_page
    problems = wizard.workspace_page.problems.text()
    assert "capital letters" in problems
    assert "Choose the country" in problems
    assert "e-mail" in problems
    assert services.workspaces.list_workspaces() == []


def test_met_without_evidence_is_refused_on_the_readiness_page(qtbot, services, tasks):
    window, opened = make_window(qtbot, services, tasks)
    window.open_step_wizard(0, new=True)
    wizard = opened[0]
    _fill_details(wizard)
    wizard.next()
    row = wizard.readiness_page.rows[ReadinessCriterion.FUNDING]
    row.status.setCurrentIndex(row.status.findData(ReadinessStatus.MET.value))
    row.comment.setPlainText("too short")
    wizard.next()
    assert wizard.currentPage() is wizard.readiness_page
    assert "Budget or donor funding secured" in wizard.readiness_page.problems.text()
    funding = next(a for a in services.readiness.get_form("KEN").answers if a.criterion is ReadinessCriterion.FUNDING)
    assert funding.status is None


def test_draft_survives_a_crash_and_is_offered_back(qtbot, services, tasks):
    window, opened = make_window(qtbot, services, tasks)
    window.open_step_wizard(0, new=True)
    wizard = opened[0]
    qtbot.keyClicks(wizard.workspace_page.donor, "Swiss cooperation")
    wizard.workspace_page.title_edit.setText("Half-typed title")
    wizard.workspace_page.title_edit.textEdited.emit("Half-typed title")
    qtbot.waitUntil(lambda: services.drafts.load(draft_key(None)) is not None, timeout=5_000)
    # A crash: the wizard disappears without finishing (no accept, no reject).
    wizard.finished.disconnect()
    wizard.hide()
    wizard.deleteLater()

    asked: list[str] = []
    resumed = ReadinessWizard(services, tasks, None, window, resume=lambda _w, when: asked.append(when) or True)
    qtbot.addWidget(resumed)
    assert asked and asked[0]
    assert resumed.workspace_page.donor.text() == "Swiss cooperation"
    assert resumed.workspace_page.title_edit.text() == "Half-typed title"


def test_declining_the_draft_discards_it(qtbot, services, tasks):
    services.drafts.save(draft_key(None), {"saved_at": "2026-01-01T10:00:00", "workspace": {"donor": "Old"}})
    wizard = ReadinessWizard(services, tasks, None, None, resume=lambda _w, _when: False)
    qtbot.addWidget(wizard)
    assert wizard.workspace_page.donor.text() == ""
    assert services.drafts.load(draft_key(None)) is None


def test_editing_an_existing_workspace_keeps_its_code(qtbot, demo_services, tasks):
    window, opened = make_window(qtbot, demo_services, tasks)
    window.workspace_switcher.setCurrentIndex(window.workspace_switcher.findData("MDA"))
    window.step_page.open_button.click()
    wizard = opened[0]
    assert not wizard.workspace_page.code.isEnabled()
    assert wizard.workspace_page.code.text() == "MDA"
    wizard.workspace_page.donor.setText("Switzerland (SDC)")
    wizard.next()
    wizard.next()
    wizard.accept()
    assert demo_services.workspaces.get_form("MDA").donor == "Switzerland (SDC)"
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_attach_failure_is_reported_not_raised(qtbot, services, tasks, tmp_path, monkeypatch):
    window, opened = make_window(qtbot, services, tasks)
    window.open_step_wizard(0, new=True)
    wizard = opened[0]
    _fill_details(wizard)
    wizard.next()
    warnings: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    wizard.readiness_page._choose_file = lambda _parent: Path(tmp_path / "missing.pdf")
    row = wizard.readiness_page.rows[ReadinessCriterion.FUNDING]
    row.attach.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "missing.pdf" in warnings[0]
    assert row.evidence_id is None
