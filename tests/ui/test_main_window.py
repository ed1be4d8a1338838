"""The main window on the demo data: switcher, navigator, step page, backups, settings."""

from __future__ import annotations

from mainstream_desktop.enums import StepStatus
from mainstream_desktop.ui.widgets.step_navigator import COLUMN_DONE, PERCENT_ROLE
from tests.ui.conftest import make_window


def test_opens_on_demo_data_with_eight_workspaces_and_eight_steps(qtbot, demo_services, tasks):
    window, _ = make_window(qtbot, demo_services, tasks)
    codes = [window.workspace_switcher.itemData(i) for i in range(window.workspace_switcher.count())]
    assert codes == ["BGD", "ECU", "JAM", "KGZ", "MAR", "MDA", "SRB", "TUN"]
    assert window.navigator.topLevelItemCount() == 8
    assert not window.empty_hint.isVisible()


def test_selecting_jamaica_shows_step_zero_complete_and_step_one_checklist(qtbot, demo_services, tasks):
    window, _ = make_window(qtbot, demo_services, tasks)
    window.workspace_switcher.setCurrentIndex(window.workspace_switcher.findData("JAM"))
    first = window.navigator.topLevelItem(0)
    assert first.data(COLUMN_DONE, PERCENT_ROLE) == 100
    window.navigator.select_step(1)
    assert window.step_page.title.text() == "Step 1: Migration profile"
    items = [window.step_page.checklist.item(i).text() for i in range(window.step_page.checklist.count())]
    assert any("Core indicators" in text and "Total population" in text for text in items)
    assert window.step_page.open_button.isVisible()
    window.navigator.select_step(7)
    assert window.step_page.open_button.isVisible()  # step 7 has its wizard too (missions, lessons, review)
    window.navigator.select_step(0)
    assert window.step_page.open_button.isVisible()
    assert window.step_page.checklist.item(0).text() == "Every check of this step passes."


def test_other_country_reports_missing_readiness(qtbot, demo_services, tasks):
    window, _ = make_window(qtbot, demo_services, tasks)
    window.workspace_switcher.setCurrentIndex(window.workspace_switcher.findData("SRB"))
    window.navigator.select_step(0)
    texts = [window.step_page.checklist.item(i).text() for i in range(window.step_page.checklist.count())]
    assert "The national focal point has not confirmed the readiness assessment." in texts
    assert window.step_page.status.text() == "In progress"


def test_empty_data_folder_shows_the_hint(qtbot, services, tasks):
    window, _ = make_window(qtbot, services, tasks)
    assert window.workspace_switcher.count() == 0
    assert window.empty_hint.isVisible()
    assert not window.navigator.isVisible()


def test_back_up_now_writes_a_verified_copy(qtbot, demo_services, tasks):
    window, _ = make_window(qtbot, demo_services, tasks)
    window.back_up_now()
    assert not window.backup_action.isEnabled()
    qtbot.waitUntil(lambda: window.backup_action.isEnabled(), timeout=10_000)
    backups = list(demo_services.paths.backups.glob("mainstream-*.sqlite3"))
    assert len(backups) == 1
    assert "Backup written and verified" in window.statusBar().currentMessage()


def test_window_remembers_the_workspace(qtbot, demo_services, tasks):
    window, _ = make_window(qtbot, demo_services, tasks)
    window.workspace_switcher.setCurrentIndex(window.workspace_switcher.findData("MDA"))
    window.close()
    again, _ = make_window(qtbot, demo_services, tasks)
    assert again.current_workspace() == "MDA"


def test_step_statuses_reach_the_navigator(qtbot, demo_services, tasks):
    window, _ = make_window(qtbot, demo_services, tasks)
    window.workspace_switcher.setCurrentIndex(window.workspace_switcher.findData("JAM"))
    progress = demo_services.status.workspace_progress("JAM")
    # the demo's review: step 2 approved by the hub, step 4 sent back, step 7 under way (lessons recorded)
    assert progress[2].status is StepStatus.APPROVED and progress[7].status is StepStatus.IN_PROGRESS
    assert progress[4].status is StepStatus.CHANGES_REQUESTED
    assert window.navigator.topLevelItem(7).text(1) == "In progress"
    assert window.navigator.topLevelItem(0).text(1) == "Approved"


def test_switcher_names_the_country_in_the_label_language(qtbot, demo_services, tasks):
    """The demo's titles are English ("Mainstreaming Migration – Jamaica"): in French the switcher
    adds the country's French name; the window's language sets the label language process-wide."""
    from mainstream_desktop.core.reference_labels import set_label_language

    set_label_language("fr")
    try:
        window, _ = make_window(qtbot, demo_services, tasks)
        texts = {window.workspace_switcher.itemData(i): window.workspace_switcher.itemText(i)
                 for i in range(window.workspace_switcher.count())}
    finally:
        set_label_language("en")
    assert texts["JAM"] == "JAM \u2014 Mainstreaming Migration \u2013 Jamaica (Jamaïque)"
    assert texts["MAR"].endswith("(Maroc)")
    window.reload_workspaces()
    assert window.workspace_switcher.itemText(window.workspace_switcher.findData("JAM")).endswith("Jamaica")
