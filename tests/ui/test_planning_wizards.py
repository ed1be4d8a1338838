"""The step 4 and 5 wizards, completed end to end through their dialogs on a new workspace; the
lens questions that follow the policy area; the baseline offered from the profile; and the
golden thread page with its broken links."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from mainstream_desktop.ui.widgets.form_fields import CodeComboBox
from mainstream_desktop.ui.widgets.record_editor import RecordDialog
from mainstream_desktop.core import planning_specs as specs
from tests.ui.conftest import make_window
from tests.ui.test_records_wizards import add, fill, open_step

LEAD = "State Department for Economic Planning"


def test_step_four_end_to_end_then_the_golden_thread(qtbot, services, tasks, tmp_path):
    window, wizard = open_step(qtbot, services, tasks, 4)
    policy = tmp_path / "policy.txt"
    policy.write_text("National migration and development policy")
    document = services.documents.add("KEN", policy, "National migration policy (adopted text)")
    wizard.next()
    add(wizard, "planning_instrument", {"title": "National migration policy", "instrument_type": "MD_POLICY",
                                        "status": "ADOPTED", "mainstreaming_level": 2,
                                        "adoption_date": date(2017, 6, 1), "document_id": document.document_id})
    add(wizard, "plan_element", {"instrument_id": "National migration policy", "level": "GOAL", "code": "1",
                                 "text": "Remittances work for development"})
    wizard.next()
    add(wizard, "migration_linkage", {"plan_element_id": "Remittances work for development", "policy_area": "FIN",
                                      "question_code": "Q_FIN_01", "effect_of_migration_on_goal": "SUPPORTS",
                                      "effect_of_goal_on_migration": "NEUTRAL"})
    wizard.next()
    add(wizard, "policy_priority", {"title": "Lower remittance costs", "policy_area": "FIN", "status": "ENDORSED",
                                    "endorsement_reference": "Mechanism decision 3 of 2017", "rank": 1,
                                    "score_impact": 5, "score_feasibility": 4})
    add(wizard, "priority_evidence", {"priority_id": "Lower remittance costs",
                                      "evidence": f"document:{document.document_id}"})
    wizard.next()
    add(wizard, "action", {"description": "Publish remittance prices", "priority_id": "Lower remittance costs",
                           "lead_institution_id": LEAD, "start_date": date(2018, 1, 1), "end_date": date(2019, 6, 30),
                           "cost_estimate": 50000.0, "currency": "USD", "status": "ONGOING",
                           "plan_element_id": "Remittances work for development"})
    add(wizard, "action_funding", {"action_id": "Publish remittance prices", "funding_source": "GOV_BUDGET",
                                   "amount": 20000.0})
    progress = services.status.workspace_progress("KEN")[4]
    assert progress.completeness == 100, [str(m) for m in progress.missing]
    wizard.next()
    view = wizard.trace_page.view
    qtbot.waitUntil(lambda: view.report is not None, timeout=10_000)
    assert [link.code for link in view.report.broken] == ["ACTION_WITHOUT_INDICATOR"]
    assert view.tree.topLevelItem(0).text(0) == "Broken links (1)"
    assert view.tree.topLevelItem(1).text(0) == "1. Lower remittance costs"
    wizard.accept()
    assert window.navigator.topLevelItem(4).text(1) == "In progress"


def test_lens_questions_follow_the_policy_area(qtbot, services, tasks):
    _window, wizard = open_step(qtbot, services, tasks, 4)
    dialog = RecordDialog(services, "KEN", specs.LINKAGES, None)
    qtbot.addWidget(dialog)
    area, question = dialog.editors["policy_area"][1], dialog.editors["question_code"][1]
    assert isinstance(area, CodeComboBox) and isinstance(question, CodeComboBox)
    area.setCurrentIndex(area.findData("HEA"))
    health = {question.itemData(i) for i in range(question.count())} - {""}
    assert health and all(code.startswith("Q_HEA_") for code in health)
    area.setCurrentIndex(area.findData("EMP"))
    assert {question.itemData(i) for i in range(question.count())} - {""} >= {"Q_EMP_01"}


def test_step_five_end_to_end(qtbot, services, tasks):
    _window, wizard = open_step(qtbot, services, tasks, 5)
    add(wizard, "result", {"code": "IM1", "level": "IMPACT", "statement": "Migration contributes to development"})
    add(wizard, "result", {"code": "OC1", "level": "OUTCOME", "statement": "Cheaper, formal remittances",
                           "parent_result_id": "IM1"})
    wizard.next()
    for name, result, baseline, target in (("Remittances as % of GDP", "IM1", 2.9, 3.5),
                                           ("Cost of sending USD 200", "OC1", 7.9, 5.0)):
        add(wizard, "result_indicator", {"name": name, "result_id": result, "unit_code": "PCT",
                                         "direction": "INCREASE" if result == "IM1" else "DECREASE",
                                         "indicator_kind": "QUANTITATIVE", "frequency": "ANNUAL",
                                         "means_of_verification": "World Bank", "baseline_value": baseline,
                                         "baseline_year": 2013})
        add(wizard, "target", {"result_indicator_id": name, "year": 2020, "target_value": target,
                               "target_type": "FINAL"})
    wizard.next()
    for name, value in (("Remittances as % of GDP", 3.1), ("Cost of sending USD 200", 6.1)):
        add(wizard, "actual", {"result_indicator_id": name, "period_start": date(2018, 1, 1),
                               "period_end": date(2018, 12, 31), "value": value})
    wizard.next()
    for kind, when in (("MID_TERM", date(2019, 3, 1)), ("FINAL", date(2021, 3, 1))):
        add(wizard, "evaluation", {"evaluation_type": kind, "planned_date": when, "evaluator": "External"})
    progress = services.status.workspace_progress("KEN")[5]
    assert progress.completeness == 100, [str(m) for m in progress.missing]
    wizard.next()
    view = wizard.trace_page.view
    qtbot.waitUntil(lambda: view.report is not None, timeout=10_000)
    assert view.report.chains == ()


def test_the_indicator_dialog_offers_the_profile_baseline(qtbot, demo_services, tasks):
    window, _opened = make_window(qtbot, demo_services, tasks)
    outcome = demo_services.records.save("ECU", specs.RESULTS, {"code": "OC9", "level": "OUTCOME",
                                                               "statement": "Immigrants are counted"})
    dialog = RecordDialog(demo_services, "ECU", specs.RESULT_INDICATORS, None, window)
    qtbot.addWidget(dialog)
    fill(dialog, {"name": "Immigrant stock", "result_id": outcome, "indicator_code": "MIG_STOCK_IMM"})
    assert dialog.suggest_button is not None
    dialog.suggest_button.click()
    assert dialog.editors["baseline_year"][1].value() == 2019
    assert "2019" in dialog.suggestion_note.text()
    fill(dialog, {"unit_code": "PERSONS", "direction": "INCREASE", "indicator_kind": "QUANTITATIVE",
                  "frequency": "ANNUAL", "means_of_verification": "UN DESA"})
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problems.text()
    saved = next(r for r in demo_services.records.rows("ECU", specs.RESULT_INDICATORS) if r.id == dialog.saved_id)
    assert saved.values["baseline_year"] == 2019 and saved.values["baseline_value"] > 100_000


def test_a_record_table_exports_without_personal_data_by_default(qtbot, demo_services, tasks, tmp_path):
    from openpyxl import load_workbook

    from mainstream_desktop.core import participation_specs as people
    from mainstream_desktop.ui.widgets.record_editor import RecordEditor

    editor = RecordEditor(demo_services, "JAM", people.PEOPLE)
    qtbot.addWidget(editor)
    editor.show()
    names = [row.values["full_name"] for row in editor.rows]
    assert editor.without_personal_data.isVisible() and editor.without_personal_data.isChecked()
    target = tmp_path / "people.xlsx"
    editor.export_path_chooser = lambda: target
    editor.export()
    cells = {str(c.value) for sheet in load_workbook(target).worksheets for row in sheet.iter_rows() for c in row}
    assert names and not any(name in cells for name in names)
    editor.without_personal_data.setChecked(False)
    editor.export()
    cells = {str(c.value) for sheet in load_workbook(target).worksheets for row in sheet.iter_rows() for c in row}
    assert all(name in cells for name in names)
    assert RecordEditor(demo_services, "JAM", people.INSTITUTIONS).without_personal_data.isHidden()


def test_a_document_is_attached_on_the_worker_thread(qtbot, services, tasks, tmp_path, monkeypatch):
    from mainstream_desktop.core.dto import WorkspaceForm
    from mainstream_desktop.ui.widgets.form_fields import DocumentField

    services.workspaces.create(WorkspaceForm(code="KEN", country_iso3="KEN", title="Kenya pilot",
                                             lead_institution="State Department for Economic Planning"))
    scan = tmp_path / "minutes.pdf"
    scan.write_bytes(b"%PDF-1.4 minutes " * 50_000)
    field = DocumentField(services, "KEN", tasks=tasks)
    qtbot.addWidget(field)
    field.choose_file = lambda: scan
    field.attach.click()
    assert not field.attach.isEnabled()  # busy while the copy runs
    qtbot.waitUntil(lambda: field.value() is not None, timeout=10_000)
    assert field.attach.isEnabled() and field.label.text() == "minutes.pdf"
    missing = DocumentField(services, "KEN", tasks=tasks)
    qtbot.addWidget(missing)
    missing.choose_file = lambda: tmp_path / "gone.pdf"
    warnings: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    missing.attach.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert missing.value() is None and missing.attach.isEnabled()
