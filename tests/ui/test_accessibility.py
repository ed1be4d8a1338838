"""Accessibility of every screen, on the demo: each input a screen reader can name, the wizards'
tab order in reading order, and nothing that only works in a light palette.

The walk (``ui_tour``) opens the main window at every step, every page of the wizards of steps
0-7 with an "add" dialog of each of their record tables, and the main dialogs. On each screen:

- every input (line edits, combo boxes, spin boxes, date fields, text areas, check boxes without
  text, tables and trees, buttons that only show an icon) has an accessible name or a label
  whose buddy it is (a QFormLayout row sets the buddy);
- on each wizard page, Tab moves through the inputs in reading order: top to bottom, and along a
  row in the direction of the language.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QTreeWidget,
    QWidget,
    QWizard,
)

from tests.ui.ui_tour import tour

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def is_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside another input (a spin box's line edit, a combo box's list)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) or parent.objectName() in {
                "qt_calendar_calendarview", "qt_scrollarea_viewport"} and isinstance(widget, QLineEdit):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def shown(widget: QWidget, top: QWidget) -> bool:
    """Part of the screen (not hidden on purpose); inputs on other tabs of the page count."""
    current: QWidget | None = widget
    while current is not None and current is not top:
        if current.isHidden() and not current.parentWidget().inherits("QStackedWidget"):
            return False
        current = current.parentWidget()
    return True


def needs_a_name(widget: QWidget) -> bool:
    if isinstance(widget, QHeaderView):
        return False  # part of its table: a screen reader reads the headers through the table
    if isinstance(widget, INPUTS):
        return True
    if isinstance(widget, QCheckBox):
        return not widget.text().strip()
    if isinstance(widget, QAbstractButton):
        return not widget.text().strip() and not widget.icon().isNull()
    return False


def unnamed_inputs(top: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in top.findChildren(QLabel) if label.buddy() is not None}
    problems = []
    for widget in top.findChildren(QWidget):
        if not needs_a_name(widget) or is_internal(widget) or not shown(widget, top):
            continue
        if widget.accessibleName().strip() or id(widget) in buddies:
            continue
        problems.append(f"{type(widget).__name__} {widget.objectName()!r} near "
                        f"{nearby_text(widget)!r}")
    return problems


def nearby_text(widget: QWidget) -> str:
    parent = widget.parentWidget()
    labels = [label.text() for label in parent.findChildren(QLabel)][:2] if parent else []
    return " / ".join(labels)[:80]


def focus_chain(page: QWidget) -> list[QWidget]:
    """The page's inputs in the order Tab visits them."""
    chain: list[QWidget] = []
    start = page
    current = page.nextInFocusChain()
    while current is not start and len(chain) < 2000:
        if (page.isAncestorOf(current) and current.isVisible() and current.isEnabled() and not is_internal(current)
                and current.focusPolicy() & Qt.FocusPolicy.TabFocus and isinstance(current, (*INPUTS, QAbstractButton))):
            chain.append(current)
        current = current.nextInFocusChain()
    return chain


def out_of_reading_order(widgets: Iterable[QWidget], right_to_left: bool) -> list[str]:
    """Pairs where Tab jumps back up the page (more than half a line), or back along a row."""
    problems = []
    previous = None
    for widget in widgets:
        here = widget.mapToGlobal(QPoint(0, 0))
        if previous is not None:
            before, before_widget = previous
            line = max(8, before_widget.height() // 2)
            back_along_row = (here.x() < before.x()) != right_to_left and abs(here.y() - before.y()) < line \
                and here.x() != before.x()
            if here.y() < before.y() - line or back_along_row:
                problems.append(f"{type(before_widget).__name__} {nearby_text(before_widget)!r} -> "
                                f"{type(widget).__name__} {nearby_text(widget)!r}")
        previous = (here, widget)
    return problems


def test_every_input_has_a_name_and_the_wizards_tab_in_reading_order(qtbot, demo_services, tasks):
    unnamed: dict[str, list[str]] = {}
    disorder: dict[str, list[str]] = {}
    screens, tab_stops = [], 0
    for name, widget in tour(qtbot, demo_services, tasks):
        screens.append(name)
        if problems := unnamed_inputs(widget):
            unnamed[name] = problems
        if isinstance(widget, QWizard):
            chain = focus_chain(widget.currentPage())
            tab_stops += len(chain)
            if problems := out_of_reading_order(chain, widget.layoutDirection() == Qt.LayoutDirection.RightToLeft):
                disorder[name] = problems
    assert len(screens) > 60 and tab_stops > 100, (len(screens), tab_stops)
    assert not unnamed, "\n".join(f"{name}: {problems}" for name, problems in unnamed.items())
    assert not disorder, "\n".join(f"{name}: {problems}" for name, problems in disorder.items())


def test_the_check_finds_an_unnamed_input_and_accepts_a_buddy(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    field, named, labelled = QLineEdit(page), QComboBox(page), QPlainTextEdit(page)
    named.setAccessibleName("Country")
    QLabel("&Notes", page).setBuddy(labelled)
    assert len(unnamed_inputs(page)) == 1 and "QLineEdit" in unnamed_inputs(page)[0]
    field.setAccessibleName("Title")
    assert unnamed_inputs(page) == []


def test_the_reading_order_check_finds_a_jump_back(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    first, second = QLineEdit(page), QLineEdit(page)
    first.setGeometry(10, 10, 200, 24)
    second.setGeometry(10, 60, 200, 24)
    page.show()
    assert out_of_reading_order([first, second], right_to_left=False) == []
    assert len(out_of_reading_order([second, first], right_to_left=False)) == 1


def test_no_colour_is_forced_light_under_a_dark_palette(qtbot, demo_services, tasks):
    """Under a dark palette, no text on screen is dark on dark (widgets with a style sheet or a
    fixed palette colour that ignores the scheme would show it)."""
    app = QApplication.instance()
    before = app.palette()
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#eeeeee"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#eeeeee"),
                         (QPalette.ColorRole.Button, "#3a3a3a"), (QPalette.ColorRole.ButtonText, "#eeeeee")):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)
    try:
        unreadable = {}
        for name, widget in tour(qtbot, demo_services, tasks, record_dialogs_too=False):
            if problems := dark_on_dark(widget):
                unreadable[name] = problems
        assert not unreadable, unreadable
    finally:
        app.setPalette(before)


def dark_on_dark(top: QWidget) -> list[str]:
    """Texts (labels, and cells of tables, lists and trees given a colour of their own) below
    the contrast of ordinary text (WCAG AA, 4.5:1)."""
    problems = []
    for widget in [top, *top.findChildren(QWidget)]:
        if isinstance(widget, QLabel) and widget.isVisible() and widget.text().strip():
            text = widget.palette().color(widget.foregroundRole())
            background = widget.palette().color(widget.backgroundRole())
            if contrast(text, background) < 4.5:
                problems.append(f"{widget.text()[:40]!r}: {text.name()} on {background.name()}")
        elif isinstance(widget, (QTableWidget, QTreeWidget, QListWidget)) and widget.isVisible():
            base = widget.palette().color(QPalette.ColorRole.Base)
            for text, foreground, fill in coloured_cells(widget):
                under = fill if fill is not None else base
                if contrast(foreground, under) < 4.5:
                    problems.append(f"{text[:40]!r}: {foreground.name()} on {under.name()}")
    return problems


def coloured_cells(view: QWidget) -> Iterable[tuple[str, QColor, QColor | None]]:
    """(text, its colour, its cell's own fill or None) of the cells that set a text colour."""
    def cell(text: str, foreground: QBrush, fill: QBrush) -> tuple[str, QColor, QColor | None] | None:
        if foreground.style() == Qt.BrushStyle.NoBrush or not text:
            return None
        return text, foreground.color(), fill.color() if fill.style() != Qt.BrushStyle.NoBrush else None

    found = []
    if isinstance(view, QTableWidget):
        for row in range(view.rowCount()):
            for column in range(view.columnCount()):
                item = view.item(row, column)
                if item is not None:
                    found.append(cell(item.text(), item.foreground(), item.background()))
    elif isinstance(view, QListWidget):
        for row in range(view.count()):
            item = view.item(row)
            found.append(cell(item.text(), item.foreground(), item.background()))
    else:
        items = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
        while items:
            item = items.pop()
            items.extend(item.child(i) for i in range(item.childCount()))
            for column in range(view.columnCount()):
                found.append(cell(item.text(column), item.foreground(column), item.background(column)))
    return [entry for entry in found if entry is not None]


def contrast(first: QColor, second: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_colour_check_finds_dark_red_on_dark_and_readable_fixes_it(qtbot):
    from mainstream_desktop.ui.palette_colours import ERROR, readable

    app = QApplication.instance()
    before = app.palette()
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    app.setPalette(dark)
    try:
        table = QTableWidget(1, 2)
        qtbot.addWidget(table)
        for column, colour in enumerate((QColor(ERROR), readable(ERROR, QPalette.ColorRole.Base))):
            item = QTableWidgetItem("broken link")
            item.setForeground(QBrush(colour))
            table.setItem(0, column, item)
        table.show()
        assert len(dark_on_dark(table)) == 1
        assert readable(ERROR).lightnessF() > QColor(ERROR).lightnessF()  # lighter on a dark window
    finally:
        app.setPalette(before)
    assert readable(ERROR) == QColor(ERROR)  # already readable on a light window: unchanged


def test_nothing_turns_high_dpi_scaling_off():
    """Qt 6 scales for high-DPI screens by default; no code of ours may turn it off or round it."""
    from pathlib import Path

    import mainstream_desktop

    package = Path(mainstream_desktop.__file__).parent
    forbidden = ("AA_DisableHighDpiScaling", "QT_ENABLE_HIGHDPI_SCALING", "QT_SCALE_FACTOR",
                 "setHighDpiScaleFactorRoundingPolicy", "QT_AUTO_SCREEN_SCALE_FACTOR")
    found = [(path.name, word) for path in package.rglob("*.py") for word in forbidden
             if word in path.read_text(encoding="utf-8")]
    assert found == []


def test_in_arabic_the_wizards_run_right_to_left_and_tab_from_the_right(qtbot, demo_services, tasks):
    from mainstream_desktop.ui.i18n import install_language

    app = QApplication.instance()
    install_language(app, "ar")
    try:
        checked = 0
        for name, widget in tour(qtbot, demo_services, tasks, record_dialogs_too=False):
            if not isinstance(widget, QWizard) or not name.startswith(("step 0", "step 2")):
                continue
            assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
            chain = focus_chain(widget.currentPage())
            checked += len(chain)
            assert out_of_reading_order(chain, right_to_left=True) == [], name
            assert unnamed_inputs(widget) == [], name
        assert checked > 20
    finally:
        install_language(app, "en")
