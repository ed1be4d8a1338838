"""The step 2, 3 and 6 wizards, completed end to end through their dialogs on a new workspace."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QPlainTextEdit, QSpinBox

from mainstream_desktop.core.dto import WorkspaceForm
from mainstream_desktop.ui.widgets.form_fields import AmountEdit, CodeComboBox, DocumentField, OptionalDateEdit
from mainstream_desktop.ui.widgets.record_editor import RecordDialog
from tests.ui.conftest import make_window

CORE = {"EMP": "Ministry of Labour", "HEA": "Ministry of Health", "EDU": "Ministry of Education",
        "DAT": "Statistics Office", "FIN": "Central Bank", "SEC": "Border Agency", "FOR": "Ministry of Foreign Affairs",
        "GOV": "Ministry of Justice"}


def fill(dialog: RecordDialog, values: dict[str, object]) -> None:
    for name, value in values.items():
        _spec, editor = dialog.editors[name]
        if isinstance(editor, CodeComboBox):
            index = editor.findText(str(value)) if editor.findData(value) < 0 else editor.findData(value)
            assert index >= 0, (name, value)
            editor.setCurrentIndex(index)
        elif isinstance(editor, (DocumentField, AmountEdit)):
            editor.set_value(value)
        elif isinstance(editor, OptionalDateEdit):
            editor.set_value(value)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))


def add(wizard, spec_key: str, values: dict[str, object]) -> None:
    editor = wizard.editor(spec_key)
    before = editor.table.rowCount()

    def answer(dialog: QDialog) -> int:
        fill(dialog, values)
        dialog.save()
        assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problems.text()
        return dialog.result()

    editor.open_dialog = answer
    editor.add()
    assert editor.table.rowCount() == before + 1


def open_step(qtbot, services, tasks, step: int):
    services.workspaces.create(WorkspaceForm(code="KEN", country_iso3="KEN", title="Kenya pilot",
                                             lead_institution="State Department for Economic Planning"))
    window, opened = make_window(qtbot, services, tasks)
    window.workspace_switcher.setCurrentIndex(window.workspace_switcher.findData("KEN"))
    window.navigator.select_step(step)
    window.step_page.open_button.click()
    return window, opened[0]


def test_step_two_end_to_end(qtbot, services, tasks, tmp_path):
    window, wizard = open_step(qtbot, services, tasks, 2)
    lead = "State Department for Economic Planning"
    for sector, name in CORE.items():
        add(wizard, "institution", {"name": name, "institution_type": "MINISTRY", "government_level": "NATIONAL",
                                    "sector_codes": sector})
    add(wizard, "person", {"full_name": "Focal point, planning", "institution_id": lead, "sex": "F"})
    tor = tmp_path / "tor.txt"
    tor.write_text("Terms of reference")
    document = services.documents.add("KEN", tor)
    wizard.next()
    add(wizard, "coordination_mechanism", {"name": "National Coordination Mechanism on Migration",
                                           "kind": "TECHNICAL_WORKING_GROUP", "legal_basis": "TOR_ONLY",
                                           "legal_reference": "ToR of 2016", "status": "ACTIVE",
                                           "chair_institution_id": lead, "tor_document_id": document.document_id})
    mechanism = "National Coordination Mechanism on Migration"
    add(wizard, "mechanism_member", {"mechanism_id": mechanism, "institution_id": lead, "member_role": "CHAIR",
                                     "is_sector_focal_point": True})
    for name in CORE.values():
        add(wizard, "mechanism_member", {"mechanism_id": mechanism, "institution_id": name, "member_role": "MEMBER"})
    wizard.next()
    for day in (date(2017, 3, 1), date(2017, 6, 1)):
        add(wizard, "meeting", {"mechanism_id": mechanism, "meeting_date": day, "meeting_type": "REGULAR",
                                "minutes_document_id": document.document_id})
    progress = services.status.workspace_progress("KEN")[2]
    assert progress.completeness == 100, [str(m) for m in progress.missing]
    wizard.accept()
    assert window.navigator.topLevelItem(2).text(1) == "In progress"


def test_step_three_end_to_end(qtbot, services, tasks):
    _window, wizard = open_step(qtbot, services, tasks, 3)
    wizard.next()
    groups = ("ACADEMIA_RESEARCH", "LOCAL_GOVERNMENT", "PRIVATE_SECTOR_EMPLOYER", "NGO_CSO", "DIASPORA_ORGANISATION")
    for group in groups:
        add(wizard, "stakeholder", {"name": f"Stakeholder {group.lower()}", "stakeholder_group": group,
                                    "engagement_level": "CONSULT", "interest": 4, "influence": 3})
    wizard.next()
    add(wizard, "consultation_event", {"title": "Validation workshop", "event_type": "VALIDATION_MEETING",
                                       "event_date": date(2017, 9, 1), "participants_female": 21, "topics": "FIN,DIA",
                                       "participants_male": 19})
    for group in groups:
        add(wizard, "event_stakeholder", {"event_id": "Validation workshop",
                                          "stakeholder_id": f"Stakeholder {group.lower()}"})
    wizard.next()
    add(wizard, "stakeholder_input", {"text": "Cut remittance fees", "disposition": "ACCEPTED",
                                      "rationale": "In line with SDG 10.c", "policy_area": "FIN"})
    progress = services.status.workspace_progress("KEN")[3]
    assert progress.completeness == 100, [str(m) for m in progress.missing]


def test_step_six_end_to_end(qtbot, services, tasks):
    _window, wizard = open_step(qtbot, services, tasks, 6)
    wizard.next()
    add(wizard, "development_partner", {"name": "Swiss cooperation (SDC)", "partner_type": "BILATERAL_DONOR"})
    add(wizard, "development_partner", {"name": "UNICEF", "partner_type": "UN_AGENCY", "gmg_member": True,
                                        "confirmed_no_projects": True})
    add(wizard, "fx_rate", {"currency": "EUR", "year": 2016, "rate_to_usd": 1.11, "source": "demo rate"})
    wizard.next()
    add(wizard, "partner_project", {"title": "Mainstreaming migration", "partner_id": "Swiss cooperation (SDC)",
                                    "status": "ONGOING", "currency": "EUR", "budget_year": 2016,
                                    "budget_total": 500000.0, "policy_areas": "EMP,FIN",
                                    "unaligned_reason": "Priorities are set in step 4."})
    wizard.next()
    add(wizard, "partner_coordination_event", {"event_type": "DONOR_ROUNDTABLE", "event_date": date(2017, 2, 1)})
    progress = services.status.workspace_progress("KEN")[6]
    assert progress.completeness == 100, [str(m) for m in progress.missing]


def test_person_with_contact_data_but_no_consent_is_refused_in_the_dialog(qtbot, services, tasks):
    _window, wizard = open_step(qtbot, services, tasks, 2)
    editor = wizard.editor("person")
    messages = []

    def answer(dialog: QDialog) -> int:
        fill(dialog, {"full_name": "Someone", "email": "someone@example.org"})
        dialog.save()
        messages.append(dialog.problems.text())
        return QDialog.DialogCode.Rejected

    editor.open_dialog = answer
    editor.add()
    assert "consent" in messages[0]
    assert editor.table.rowCount() == 0


def test_a_record_table_writes_dates_the_way_the_users_language_does(qtbot, demo_services):
    from PySide6.QtCore import QLocale

    from mainstream_desktop.core.participation_specs import MEETINGS
    from mainstream_desktop.ui.widgets.record_editor import RecordEditor

    before = QLocale()
    for locale, first_meeting in ((QLocale(QLocale.Language.French, QLocale.Country.France), "14/06/2011"),
                                  (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "6/14/2011")):
        QLocale.setDefault(locale)
        try:
            editor = RecordEditor(demo_services, "JAM", MEETINGS)
            qtbot.addWidget(editor)
            column = [f.name for f in editor.columns].index("meeting_date")
            days = [editor.table.item(row, column).text() for row in range(editor.table.rowCount())]
        finally:
            QLocale.setDefault(before)
        assert first_meeting in days, days
