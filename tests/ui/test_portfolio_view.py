"""The Portfolio window on the demo data folder (pytest-qt, offscreen): opened from Reports ›
Portfolio… of the main window, it reads the portfolio off the GUI thread, fills its five tabs,
shows each step's completeness and status in the status colours with the details in the tooltip,
writes a missing figure as "missing", draws its charts, and reads again on Refresh."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog

from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.enums import CommentSeverity, CommentStatus
from mainstream_desktop.models.review import ReviewComment
from mainstream_desktop.ui.dialogs.portfolio_dialog import PortfolioDialog
from mainstream_desktop.ui.status_texts import status_text
from mainstream_desktop.ui.widgets.portfolio_view import FIXED_COLUMNS, status_fill
from tests.ui.conftest import make_window

WAIT = 60_000


def open_from_menu(qtbot, demo_services, tasks) -> PortfolioDialog:  # type: ignore[no-untyped-def]
    window, _wizards = make_window(qtbot, demo_services, tasks)
    opened: list[QDialog] = []
    window.open_portfolio_dialog = lambda dialog: (opened.append(dialog), dialog.show())
    action = next(a for a in window.reports_menu.actions() if a.text().replace("&", "").startswith("Portfolio"))
    assert action.isEnabled()
    action.trigger()
    (dialog,) = opened
    assert isinstance(dialog, PortfolioDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.view.portfolio is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: all(panel.figure is not None for panel in dialog.view.charts.values())
                    and not tasks.is_busy(), timeout=WAIT)
    return dialog


def test_the_portfolio_opens_on_the_demo_and_fills_its_tabs(qtbot, demo_services, tasks) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(qtbot, demo_services, tasks).view
    model = view.status_model
    codes = [w.code for w in demo_services.workspaces.list_workspaces()]
    assert model.rowCount() == len(codes) == 8 and model.columnCount() == FIXED_COLUMNS + 8
    row = codes.index("JAM")
    assert model.data(model.index(row, 0)) == "Jamaica (JAM)"
    progress = demo_services.status.workspace_progress("JAM")
    comments = {c.step_number: c.open_comments for c in view.portfolio.country("JAM").cells}
    for step in progress:
        index = model.index(row, FIXED_COLUMNS + step.number)
        pen = f"  \u270e{comments[step.number]}" if comments[step.number] else ""
        assert model.data(index) == f"{step.completeness}%{pen}\n{status_text(step.status)}"
        assert model.data(index, Qt.ItemDataRole.BackgroundRole).color() == status_fill(step.status)
    tooltip = model.data(model.index(row, FIXED_COLUMNS + 1), Qt.ItemDataRole.ToolTipRole)
    assert "Step 1: Migration profile" in tooltip and f"{progress[1].completeness}% complete" in tooltip
    assert "Still missing" in tooltip

    comments_table = view.comments_table
    assert comments_table.rowCount() == 8
    jamaica_load = next(c for c in view.portfolio.comments if c.workspace == "JAM")
    assert comments_table.item(row, 0).text() == "Jamaica"
    assert comments_table.item(row, 1).text() == str(jamaica_load.open_total)

    indicators = view.indicators_table
    remittances = next(i for i, item in enumerate(view.portfolio.indicators) if item.code == "REM_IN_GDP")
    jamaica = view.portfolio.indicators[remittances].values[row]
    assert indicators.item(remittances, 1 + codes.index("BGD")).text() == "missing"
    assert indicators.item(remittances, 1 + row).text() == (
        f"{QLocale().toString(float(jamaica.value), 'f', 1)}% ({jamaica.year})")
    assert jamaica.source in indicators.item(remittances, 1 + row).toolTip()

    lessons = view.portfolio.lessons
    assert view.lessons_table.rowCount() == sum(1 for t in lessons.themes if any(
        lessons.count(t, w) for w in lessons.workspaces))
    text = view.questions.toPlainText()
    assert "1. Where is each country in the process?" in text and "15. Results against programme targets" in text
    assert {panel.current_key() for panel in view.charts.values()} == {
        "portfolio_comments", "portfolio_lessons", "portfolio_indicators"}
    assert view.charts["indicators"].export_button.isEnabled()


def test_refresh_reads_the_portfolio_again(qtbot, demo_services, tasks) -> None:  # type: ignore[no-untyped-def]
    dialog = open_from_menu(qtbot, demo_services, tasks)
    view = dialog.view
    before = next(c for c in view.portfolio.comments if c.workspace == "BGD").open_total
    with demo_services.uow() as uow:
        bangladesh = workspace_by_code(uow.session, "BGD").id
        uow.session.add(ReviewComment(workspace_id=bangladesh, target_type="step", step_number=1, author="expert",
                                      severity=CommentSeverity.BLOCKER, status=CommentStatus.OPEN,
                                      text="Add a national source.", created_at=datetime.now(UTC)))
    first = view.portfolio
    view.charts["indicators"].choice.setCurrentIndex(1)  # the choice of chart survives a refresh
    qtbot.waitUntil(lambda: not tasks.is_busy(), timeout=WAIT)
    view.refresh_button.click()
    qtbot.waitUntil(lambda: view.portfolio is not first and not tasks.is_busy(), timeout=WAIT)
    assert next(c for c in view.portfolio.comments if c.workspace == "BGD").open_total == before + 1
    row = [c.workspace for c in view.portfolio.countries].index("BGD")
    assert view.status_model.data(view.status_model.index(row, FIXED_COLUMNS + 1)).split("\n")[0].endswith("\u270e1")
    assert view.charts["indicators"].current_key() == "portfolio_destinations"
