"""The step 1 wizard on the Jamaica demo, opened from the main window."""

from __future__ import annotations

from mainstream_desktop.ui.wizards.profile_pages import SECTIONS, SectionPage
from mainstream_desktop.ui.wizards.profile_wizard import ProfileWizard
from tests.ui.conftest import make_window


def open_profile(qtbot, services, tasks) -> tuple[object, ProfileWizard]:
    window, opened = make_window(qtbot, services, tasks)
    window.workspace_switcher.setCurrentIndex(window.workspace_switcher.findData("JAM"))
    window.navigator.select_step(1)
    window.step_page.open_button.click()
    return window, opened[0]


def test_pages_follow_the_profile_structure(qtbot, demo_services, tasks):
    _window, wizard = open_profile(qtbot, demo_services, tasks)
    titles = [wizard.page(page_id).title() for page_id in wizard.pageIds()]
    assert titles[0] == "Context" and titles[1] == "The numbers"
    assert titles[2:] == [section.title for section in SECTIONS[1:]]
    assert wizard.table.model.rowCount() == 128


def test_walking_the_pages_draws_charts_and_saves_narratives(qtbot, demo_services, tasks):
    window, wizard = open_profile(qtbot, demo_services, tasks)
    while not (isinstance(wizard.currentPage(), SectionPage) and wizard.currentPage().section.key == "sectors"):
        wizard.next()
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.chart.figure is not None, timeout=20_000)
    assert page.records.table.rowCount() == 6
    page.narrative.text.setPlainText("Health and education lose workers; remittances support households.")
    wizard.accept()  # Finish from any page saves what is pending
    narrative = demo_services.narratives.get("JAM", page.section.part, "sectors")
    assert narrative.text.startswith("Health and education")
    missing = [str(m) for m in demo_services.status.workspace_progress("JAM")[1].missing]
    assert not any("part B" in text for text in missing)
    assert window.current_workspace() == "JAM"


def test_acknowledging_in_the_panel_updates_the_table_marks(qtbot, demo_services, tasks):
    _window, wizard = open_profile(qtbot, demo_services, tasks)
    wizard.next()
    panel = wizard.problems
    assert panel.heading.text() == "Problems: 3 open of 3"
    panel.list.setCurrentRow(0)
    panel.ask_note = lambda _problem: "Different definitions; UN DESA is preferred for comparisons."
    panel.acknowledge_selected()
    assert panel.heading.text() == "Problems: 2 open of 3"
