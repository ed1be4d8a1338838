"""The portfolio across every workspace of the data folder, for the GMG experts: a status
matrix (country x step, coloured by status, with completeness, days in status and what is
missing in each cell's tooltip), the open review comments by severity and age, lessons learned
by theme and country, the indicators side by side, and the answers to the expert's questions.

Everything is read by ``core.portfolio`` on the worker thread with a progress dialog (one read per
refresh); the charts are drawn from what was read, also off the GUI thread, by
``reports.portfolio_charts``. This widget only shows.
"""

from __future__ import annotations

import html
import textwrap
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.core.messages import Message
from mainstream_desktop.core.portfolio_dto import (
    AGE_BAND_LABELS,
    AGE_BANDS,
    CROSS_COUNTRY,
    AnswerState,
    CountryStatus,
    IndicatorValue,
    Portfolio,
    StatusCell,
)
from mainstream_desktop.core.steps import STEPS
from mainstream_desktop.enums import CommentSeverity, StepStatus
from mainstream_desktop.ui.core_texts import error_text, message_text, translate_core
from mainstream_desktop.ui.locale_format import date_text, date_time_text
from mainstream_desktop.ui.palette_colours import readable
from mainstream_desktop.ui.status_texts import status_colour, status_text
from mainstream_desktop.ui.tasks import TaskCancelled, TaskRunner
from mainstream_desktop.ui.widgets.chart_panel import ChartPanel, translate_chart
from mainstream_desktop.ui.widgets.exchange_status import fit_rows, read_only_table, set_row

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services

NOT_STARTED_FILL = QColor("#e3e5e8")  # lighter than the status colour, so an empty cell reads as empty
RECURRING_COLOUR = QColor("#b00020")
MISSING_COLOUR = QColor("#8a8f98")
FIXED_COLUMNS = 3  # country, last update, overall
STATE_COLOURS = {AnswerState.ANSWERED: "#1a7f37", AnswerState.PARTLY: "#b35900", AnswerState.NO_DATA: "#6e7781"}
MAX_MISSING_IN_TOOLTIP = 6
HEADER_WIDTH = 16  # characters per line of a step column's title
CELL_PADDING = 16
MAX_TABLE_SHARE = 0.6
TABLE_TABS = {1: "comments", 2: "lessons", 3: "indicators"}  # tab index -> table with a chart below


def core_message(message: Message) -> str:
    """A core message in the user's language, its nested messages translated too, its numbers
    in the language's style."""
    return message_text(message)


def day_text(value: datetime | None) -> str:
    return date_text(value)


def status_fill(status: StepStatus) -> QColor:
    return NOT_STARTED_FILL if status is StepStatus.NOT_STARTED else status_colour(status)


def status_ink(status: StepStatus) -> QColor:
    return QColor("#333333") if status is StepStatus.NOT_STARTED else QColor("white")


def severity_names() -> dict[CommentSeverity, str]:
    return {CommentSeverity.BLOCKER: QCoreApplication.translate("portfolio", "Blocker"),
            CommentSeverity.MAJOR: QCoreApplication.translate("portfolio", "Major"),
            CommentSeverity.MINOR: QCoreApplication.translate("portfolio", "Minor"),
            CommentSeverity.SUGGESTION: QCoreApplication.translate("portfolio", "Suggestion")}


class PortfolioStatusModel(QAbstractTableModel):
    """Countries x (country, last update, overall, steps 0-7); a step cell shows its completeness
    and status in the status colour, its tooltip the details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.countries: tuple[CountryStatus, ...] = ()

    def set_countries(self, countries: tuple[CountryStatus, ...]) -> None:
        self.beginResetModel()
        self.countries = countries
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.countries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else FIXED_COLUMNS + len(STEPS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if section >= FIXED_COLUMNS:
            step = STEPS[section - FIXED_COLUMNS]
            if role == Qt.ItemDataRole.DisplayRole:
                title = "\n".join(textwrap.wrap(translate_core(step.title), HEADER_WIDTH)[:3])
                return self.tr("Step {number}").format(number=int(step.number)) + "\n" + title
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate_core(step.title)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Country"), self.tr("Last update"), self.tr("Overall"))[section]
        return None

    def cell(self, row: int, column: int) -> StatusCell | None:
        if column < FIXED_COLUMNS or not 0 <= row < len(self.countries):
            return None
        return self.countries[row].cells[column - FIXED_COLUMNS]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        country = self.countries[index.row()]
        cell = self.cell(index.row(), index.column())
        if cell is None:
            return self._fixed(country, index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            comments = f"  \u270e{cell.open_comments}" if cell.open_comments else ""
            return f"{cell.percent}%{comments}\n{status_text(cell.status)}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(status_fill(cell.status))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(status_ink(cell.status))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(country, cell)
        return None

    def _fixed(self, country: CountryStatus, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{country.country} ({country.workspace})", day_text(country.last_update),
                    f"{country.overall_percent}%")[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return country.title
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return self.tr("The newest change to any record of this workspace.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _tooltip(self, country: CountryStatus, cell: StatusCell) -> str:
        step = self.tr("Step {number}: {title}").format(
            number=cell.step_number, title=translate_core(STEPS[cell.step_number].title))
        lines = [f"<b>{html.escape(country.country)} \u00b7 {html.escape(step)}</b>",
                 self.tr("{status}, {percent}% complete").format(status=status_text(cell.status), percent=cell.percent)]
        if cell.since is not None:
            lines.append(self.tr("In this status since {day} ({days} days)").format(
                day=day_text(cell.since), days=cell.days_in_status))
        elif cell.status is StepStatus.IN_PROGRESS:
            lines.append(self.tr("In progress from its records; the step itself was never started."))
        if cell.open_comments:
            lines.append(self.tr("{count} open review comment(s)").format(count=cell.open_comments))
        if cell.missing:
            items = "".join(f"<li>{html.escape(core_message(m))}</li>" for m in cell.missing[:MAX_MISSING_IN_TOOLTIP])
            more = len(cell.missing) - MAX_MISSING_IN_TOOLTIP
            lines.append(self.tr("Still missing:") + f"<ul>{items}</ul>"
                         + (self.tr("and {count} more").format(count=more) if more > 0 else ""))
        return "<br>".join(lines)


class PortfolioView(QWidget):
    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._tasks = services, tasks
        self.portfolio: Portfolio | None = None
        self.charts: dict[str, ChartPanel] = {}
        self.summary = QLabel(self.tr("Reading the portfolio\u2026"))
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.status_model = PortfolioStatusModel(self)
        self.status_table = QTableView()
        self.status_table.setObjectName("portfolioStatusMatrix")
        self.status_table.setAccessibleName(self.tr("Where each country stands, step by step"))
        self.status_table.setModel(self.status_model)
        self.status_table.setWordWrap(True)
        self.status_table.verticalHeader().setVisible(False)
        self.status_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.status_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.comments_table = read_only_table(self._comment_headers(), stretch=0)
        self.comments_table.setAccessibleName(self.tr("Open review comments"))
        self.lessons_label = QLabel()
        self.lessons_label.setWordWrap(True)
        self.lessons_table = read_only_table([self.tr("Theme")], stretch=0)
        self.indicators_table = read_only_table([self.tr("Indicator")], stretch=0)
        self.lessons_table.setAccessibleName(self.tr("Lessons by theme and country"))
        self.indicators_table.setAccessibleName(self.tr("Indicators compared"))
        self.questions = QTextBrowser()
        self.questions.setAccessibleName(self.tr("The expert's questions"))
        self.questions.setObjectName("portfolioQuestions")
        self.questions.setOpenLinks(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._status_tab(), self.tr("Status matrix"))
        self.tabs.addTab(self._with_chart(self.comments_table, "comments"), self.tr("Review comments"))
        self.tabs.addTab(self._with_chart(self.lessons_table, "lessons", self.lessons_label), self.tr("Lessons"))
        self.tabs.addTab(self._with_chart(self.indicators_table, "indicators"), self.tr("Indicators"))
        self.tabs.addTab(self.questions, self.tr("Questions"))
        self._unfitted: set[str] = set()
        self.tabs.currentChanged.connect(lambda _index: self._fit_current_table())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    # -- building ------------------------------------------------------------------------------
    def _status_tab(self) -> QWidget:
        """The matrix itself; its picture for a report is ``reports.portfolio_charts``' status chart."""
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("Each cell: how complete the step is and its status; \u270e counts the open review "
                              "comments. Point at a cell for the days in its status and what is still missing."))
        hint.setWordWrap(True)
        legend = QLabel("&nbsp;&nbsp;".join(
            f"<span style='background:{status_fill(status).name()}; color:{status_ink(status).name()}'>"
            f"&nbsp;{html.escape(status_text(status))}&nbsp;</span>" for status in StepStatus))
        legend.setObjectName("portfolioStatusLegend")
        self.status_overview = QLabel()
        self.status_overview.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(legend)
        layout.addWidget(self.status_table, 1)
        layout.addWidget(self.status_overview)
        return page

    def _with_chart(self, table: QWidget, name: str, above: QWidget | None = None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if above is not None:
            layout.addWidget(above)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName(f"portfolioSplitter_{name}")
        splitter.addWidget(table)
        holder = QWidget()
        holder.setObjectName(f"portfolioChartHolder_{name}")
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        splitter.addWidget(holder)
        splitter.setStretchFactor(0, 1 if name == "indicators" else 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        return page

    def _comment_headers(self) -> list[str]:
        names = severity_names()
        return ([self.tr("Country"), self.tr("Open")] + [names[s] for s in CommentSeverity]
                + [translate_core(AGE_BAND_LABELS[band]) for band in AGE_BANDS]
                + [self.tr("Oldest open (days)"), self.tr("Closed")])

    # -- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        from mainstream_desktop.core.portfolio import PortfolioService

        service = PortfolioService(self._services.uow, self._services.status)
        self.refresh_button.setEnabled(False)
        self.summary.setText(self.tr("Reading the portfolio\u2026"))

        def work(progress: Any, cancelled: Any) -> Portfolio:
            portfolio = service.load(progress, cancelled)
            if portfolio is None:
                raise TaskCancelled()
            return portfolio

        self._tasks.run(work, parent=self, title=self.tr("Reading the portfolio"), on_success=self.show_portfolio,
                        on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.summary.setText(self.tr("Not read: cancelled.") if isinstance(exc, TaskCancelled) else error_text(exc))

    def show_portfolio(self, portfolio: Portfolio) -> None:
        self.portfolio = portfolio
        self.refresh_button.setEnabled(True)
        self.summary.setText(self.tr("{count} workspaces in this data folder, read {when}.").format(
            count=len(portfolio.countries), when=date_time_text(portfolio.made_at)))
        self.status_model.set_countries(portfolio.countries)
        self.status_table.resizeRowsToContents()
        for row in range(self.status_model.rowCount()):
            self.status_table.setRowHeight(row, self.status_table.rowHeight(row) + CELL_PADDING)
        first = portfolio.answers[0] if portfolio.answers else None
        self.status_overview.setText(core_message(first.summary) if first else "")
        self._show_comments(portfolio)
        self._show_lessons(portfolio)
        self._show_indicators(portfolio)
        self.questions.setHtml(self._questions_html(portfolio))
        self._unfitted = set(TABLE_TABS.values())
        self._fit_current_table()
        self._draw_charts(portfolio)

    def _fit_current_table(self) -> None:
        """Once per read, when its tab is first seen (a hidden tab has no height to share yet)."""
        name = TABLE_TABS.get(self.tabs.currentIndex())
        if name in self._unfitted:
            self._unfitted.discard(name)
            self._fit_table(name, {"comments": self.comments_table, "lessons": self.lessons_table,
                                   "indicators": self.indicators_table}[name])

    def _fit_table(self, name: str, table: QTableWidget) -> None:
        """The table as tall as its rows (at most 60% of the tab), the chart below takes the rest."""
        splitter = self.findChild(QSplitter, f"portfolioSplitter_{name}")
        total = sum(splitter.sizes())
        rows = sum(table.rowHeight(row) for row in range(table.model().rowCount()))
        wanted = table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2
        if total > 0:
            height = min(wanted, int(MAX_TABLE_SHARE * total))
            splitter.setSizes([height, total - height])

    def _draw_charts(self, portfolio: Portfolio) -> None:
        from mainstream_desktop.reports.portfolio_charts import (
            build_portfolio_chart,
            portfolio_chart_titles,
        )

        def draw(key: str) -> tuple[Any, Any]:
            return build_portfolio_chart(portfolio, key, translate_chart)

        titles = portfolio_chart_titles()
        for name, keys in (("comments", ("portfolio_comments",)), ("lessons", ("portfolio_lessons",)),
                           ("indicators", ("portfolio_indicators", "portfolio_destinations"))):
            old = self.charts.get(name)
            selected = old.current_key() if old is not None else keys[0]
            holder = self.findChild(QWidget, f"portfolioChartHolder_{name}")
            if old is not None:
                old.setParent(None)
                old.deleteLater()
            panel = ChartPanel(self._services, self._tasks, "", keys, holder, titles=titles, draw=draw)
            panel.choice.blockSignals(True)
            panel.choice.setCurrentIndex(max(0, panel.choice.findData(selected)))
            panel.choice.blockSignals(False)
            holder.layout().addWidget(panel)
            self.charts[name] = panel
            panel.refresh()

    # -- tabs ----------------------------------------------------------------------------------
    def _show_comments(self, portfolio: Portfolio) -> None:
        table = self.comments_table
        table.setRowCount(len(portfolio.comments))
        for row, load in enumerate(portfolio.comments):
            oldest = "" if load.oldest_open_days is None else str(load.oldest_open_days)
            set_row(table, row, [load.country, str(load.open_total)]
                    + [str(load.by_severity(s) or "") for s in CommentSeverity]
                    + [str(load.by_age(band) or "") for band in AGE_BANDS] + [oldest, str(load.closed)],
                    numbers=tuple(range(1, 11)))
            if load.by_severity(CommentSeverity.BLOCKER):
                table.item(row, 2).setForeground(QBrush(readable(RECURRING_COLOUR, QPalette.ColorRole.Base)))
        fit_rows(table)

    def _show_lessons(self, portfolio: Portfolio) -> None:
        lessons = portfolio.lessons
        names = {c.workspace: c.country for c in portfolio.countries}
        columns = list(lessons.workspaces)
        table = self.lessons_table
        table.clear()
        table.setColumnCount(2 + len(columns))
        table.setHorizontalHeaderLabels([self.tr("Theme"), self.tr("Countries")] + [
            self.tr("cross-country") if code == CROSS_COUNTRY else code for code in columns])
        for column, code in enumerate(columns, start=2):
            table.horizontalHeaderItem(column).setToolTip(names.get(code, self.tr("Lessons of no one country")))
        themes = [t for t in lessons.themes if any(lessons.count(t, w) for w in columns)]
        table.setRowCount(len(themes))
        for row, theme in enumerate(themes):
            recurring = theme in lessons.recurring
            label = ("\u2605 " if recurring else "") + lessons.theme_labels[theme]
            set_row(table, row, [label, str(len(lessons.countries_with(theme)))]
                    + [str(lessons.count(theme, code) or "") for code in columns],
                    numbers=tuple(range(1, 2 + len(columns))))
            if recurring:
                item = table.item(row, 0)
                item.setForeground(QBrush(readable(RECURRING_COLOUR, QPalette.ColorRole.Base)))
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setToolTip(self.tr("Recurs in 3 or more countries"))
        fit_rows(table)
        recurring_names = ", ".join(lessons.theme_labels[t] for t in lessons.recurring)
        self.lessons_label.setText(
            self.tr("No lesson learned is recorded yet.") if not lessons.total else
            self.tr("{count} lessons. Themes recurring in 3 or more countries (\u2605): {themes}.").format(
                count=lessons.total, themes=recurring_names or self.tr("none yet")))

    def _show_indicators(self, portfolio: Portfolio) -> None:
        table = self.indicators_table
        table.clear()
        codes = [c.workspace for c in portfolio.countries]
        table.setColumnCount(1 + len(codes))
        table.setHorizontalHeaderLabels([self.tr("Indicator")] + codes)
        for column, country in enumerate(portfolio.countries, start=1):
            table.horizontalHeaderItem(column).setToolTip(country.country)
        table.setRowCount(len(portfolio.indicators))
        for row, item in enumerate(portfolio.indicators):
            set_row(table, row, [f"{item.name} ({item.unit})"] + [self._value_text(v, item.unit_code)
                                                                   for v in item.values],
                    {column: self._value_tooltip(v) for column, v in enumerate(item.values, start=1)},
                    numbers=tuple(range(1, 1 + len(codes))))
            for column, value in enumerate(item.values, start=1):
                if value.missing:
                    cell = table.item(row, column)
                    cell.setForeground(QBrush(readable(MISSING_COLOUR, QPalette.ColorRole.Base)))
                    font = QFont(cell.font())
                    font.setItalic(True)
                    cell.setFont(font)
        fit_rows(table)

    def _value_text(self, value: IndicatorValue, unit_code: str) -> str:
        if value.value is None:
            return self.tr("missing")
        locale = QLocale()
        decimals = 1 if unit_code == "PCT" or abs(value.value) < 100 else 0
        number = locale.toString(float(value.value), "f", decimals) + ("%" if unit_code == "PCT" else "")
        return f"{number} ({value.year})"

    def _value_tooltip(self, value: IndicatorValue) -> str:
        if value.value is None:
            return self.tr("{country}: the profile holds no figure for this indicator.").format(country=value.country)
        lines = [self.tr("{country}, {year}. Source: {source}").format(country=value.country, year=value.year,
                                                                         source=value.source)]
        if value.derived_from:
            lines.append(self.tr("Derived: {formula}").format(formula=value.derived_from))
        for source, other in value.other_sources:
            lines.append(self.tr("Also {value} in {source}").format(value=QLocale().toString(other, "f", 1),
                                                                      source=source))
        return "\n".join(lines)

    def _questions_html(self, portfolio: Portfolio) -> str:
        states = {AnswerState.ANSWERED: self.tr("answered"), AnswerState.PARTLY: self.tr("partly answered"),
                  AnswerState.NO_DATA: self.tr("no data yet")}
        parts = []
        for answer in portfolio.answers:
            colour = STATE_COLOURS[answer.state]
            parts.append(f"<h3>{answer.number}. {html.escape(translate_core(answer.question))} "
                         f"<span style='color:{colour}; font-size:small'>[{html.escape(states[answer.state])}]</span>"
                         f"</h3><p>{html.escape(core_message(answer.summary))}</p>")
            if answer.lines:
                parts.append("<ul>" + "".join(f"<li>{html.escape(core_message(m))}</li>" for m in answer.lines)
                             + "</ul>")
            for limit in answer.limits:
                parts.append(f"<p style='color:#6e7781'><i>{html.escape(core_message(limit))}</i></p>")
        return "".join(parts)
