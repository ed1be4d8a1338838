"""The portfolio charts as matplotlib ``Figure`` objects (never pyplot): the country x step status
matrix as a coloured grid with each step's completeness, the open review comments per country
by severity and by age (stacked bars), lessons learned by theme and country (a grid with the
recurring themes marked), the indicator comparison (one small chart per indicator, countries
side by side, each bar with its year, a missing figure written as missing), and each country's
emigrants by top destination.

Each chart draws one tidy ``ChartData`` made from a ``core.portfolio.Portfolio`` (so the window
can export the data behind it), says so when it is empty, and marks its English texts for
translation (same conventions as ``reports.charts``); ``build_portfolio_chart`` gives the data
and the figure of one chart by key.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP
from mainstream_desktop.core.number_format import format_number, format_percent_points
from mainstream_desktop.core.portfolio_dto import (
    AGE_BANDS,
    CROSS_COUNTRY,
    Portfolio,
)
from mainstream_desktop.core.steps import STEPS
from mainstream_desktop.enums import CommentSeverity, StepStatus
from mainstream_desktop.reports.chart_data import ChartData
from mainstream_desktop.reports.charts import CONTEXT, Translate, new_figure

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

STATUS_ORDER = (StepStatus.NOT_STARTED, StepStatus.IN_PROGRESS, StepStatus.SUBMITTED, StepStatus.CHANGES_REQUESTED,
                StepStatus.APPROVED)
# the window's step colours (ui/status_texts.py); "not started" lighter so its cells read as empty
STATUS_COLOURS = {StepStatus.NOT_STARTED: "#e3e5e8", StepStatus.IN_PROGRESS: "#1f6fb2",
                  StepStatus.SUBMITTED: "#7a4fb5", StepStatus.CHANGES_REQUESTED: "#c0561a",
                  StepStatus.APPROVED: "#2e7d32"}
STATUS_NAMES = {StepStatus.NOT_STARTED: QT_TRANSLATE_NOOP(CONTEXT, "Not started"),
                StepStatus.IN_PROGRESS: QT_TRANSLATE_NOOP(CONTEXT, "In progress"),
                StepStatus.SUBMITTED: QT_TRANSLATE_NOOP(CONTEXT, "Submitted"),
                StepStatus.CHANGES_REQUESTED: QT_TRANSLATE_NOOP(CONTEXT, "Changes requested"),
                StepStatus.APPROVED: QT_TRANSLATE_NOOP(CONTEXT, "Approved")}
SEVERITY_COLOURS = {CommentSeverity.BLOCKER: "#b00020", CommentSeverity.MAJOR: "#e67e22",
                    CommentSeverity.MINOR: "#2e86c1", CommentSeverity.SUGGESTION: "#aab7b8"}
SEVERITY_NAMES = {CommentSeverity.BLOCKER: QT_TRANSLATE_NOOP(CONTEXT, "Blocker"),
                  CommentSeverity.MAJOR: QT_TRANSLATE_NOOP(CONTEXT, "Major"),
                  CommentSeverity.MINOR: QT_TRANSLATE_NOOP(CONTEXT, "Minor"),
                  CommentSeverity.SUGGESTION: QT_TRANSLATE_NOOP(CONTEXT, "Suggestion")}
AGE_BAND_NAMES = {AGE_BANDS[0]: QT_TRANSLATE_NOOP(CONTEXT, "under 30 days"),  # core's AGE_BAND_LABELS, as
                  AGE_BANDS[1]: QT_TRANSLATE_NOOP(CONTEXT, "30\u201390 days"),  # chart texts (context "charts")
                  AGE_BANDS[2]: QT_TRANSLATE_NOOP(CONTEXT, "over 90 days")}
AGE_COLOURS = {AGE_BANDS[0]: "#85c1e9", AGE_BANDS[1]: "#f5b041", AGE_BANDS[2]: "#c0392b"}
BLUE, RED, DARK_GREY = "#1f4e79", "#c0392b", "#666666"


def _identity(text: str) -> str:
    return text


def _frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def _sized(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def _empty(figure: Figure, title: str, text: str) -> Figure:
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.set_title(title)
    axes.text(0.5, 0.5, text, ha="center", va="center", color=DARK_GREY, transform=axes.transAxes, wrap=True)
    return figure


# -- the data -------------------------------------------------------------------------------------
def _utc(moment: datetime | None) -> datetime | None:
    """A time as naive UTC: spreadsheets take no time zones (the column names say UTC)."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment is not None else None


def status_data(portfolio: Portfolio) -> ChartData:
    rows = [{"workspace": c.workspace, "country": c.country, "step": cell.step_number,
             "step_title": STEPS[cell.step_number].title, "status": cell.status.value, "percent": cell.percent,
             "days_in_status": cell.days_in_status, "since_utc": _utc(cell.since), "last_update_utc": _utc(c.last_update),
             "open_comments": cell.open_comments} for c in portfolio.countries for cell in c.cells]
    return ChartData("portfolio_status", _frame(rows, [
        "workspace", "country", "step", "step_title", "status", "percent", "days_in_status", "since_utc",
        "last_update_utc", "open_comments"]))


def comments_data(portfolio: Portfolio) -> ChartData:
    """One row per country, severity and age band with the open comments there (zeros included),
    and the closed comments of the country on every row."""
    rows = [{"workspace": load.workspace, "country": load.country, "severity": severity.value, "age_band": band,
             "open_comments": load.open_counts.get((severity, band), 0), "closed_comments": load.closed}
            for load in portfolio.comments for severity in CommentSeverity for band in AGE_BANDS]
    return ChartData("portfolio_comments", _frame(rows, [
        "workspace", "country", "severity", "age_band", "open_comments", "closed_comments"]))


def lessons_data(portfolio: Portfolio) -> ChartData:
    lessons = portfolio.lessons
    names = {c.workspace: c.country for c in portfolio.countries}
    rows = [{"theme": theme, "theme_label": lessons.theme_labels[theme], "workspace": code,
             "country": names.get(code, ""), "lessons": lessons.count(theme, code),
             "recurring": theme in lessons.recurring}
            for theme in lessons.themes for code in lessons.workspaces if lessons.count(theme, code)]
    return ChartData("portfolio_lessons", _frame(rows, [
        "theme", "theme_label", "workspace", "country", "lessons", "recurring"]))


def indicators_data(portfolio: Portfolio) -> ChartData:
    """One row per indicator and country; ``value`` is NaN (and ``missing`` true) where the
    country's profile does not hold the figure."""
    rows = [{"indicator": item.code, "name": item.name, "unit": item.unit, "unit_code": item.unit_code,
             "workspace": value.workspace, "country": value.country,
             "value": math.nan if value.value is None else value.value, "year": value.year,
             "source": value.source, "derived_from": value.derived_from, "missing": value.missing}
            for item in portfolio.indicators for value in item.values]
    return ChartData("portfolio_indicators", _frame(rows, [
        "indicator", "name", "unit", "unit_code", "workspace", "country", "value", "year", "source", "derived_from",
        "missing"]))


def destinations_data(portfolio: Portfolio) -> ChartData:
    rows = [{"workspace": d.workspace, "country": d.country, "destination": d.destination,
             "destination_name": d.destination_name, "year": d.year, "value": d.value,
             "share_of_total": d.share_of_total, "source": d.source} for d in portfolio.destinations]
    return ChartData("portfolio_destinations", _frame(rows, [
        "workspace", "country", "destination", "destination_name", "year", "value", "share_of_total", "source"]),
        "; ".join(dict.fromkeys(d.source for d in portfolio.destinations)))


# -- the figures ----------------------------------------------------------------------------------
def draw_status_matrix(data: ChartData, translate: Translate = _identity) -> Figure:
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Where each country stands"))
    frame = data.frame
    if frame.empty:
        return _empty(new_figure(), title, translate(QT_TRANSLATE_NOOP(CONTEXT, "No workspace yet.")))
    import numpy as np
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    countries = list(dict.fromkeys(frame["country"]))
    steps = sorted(frame["step"].unique())
    figure = _sized(8.0, 1.9 + 0.42 * len(countries))
    grid = np.zeros((len(countries), len(steps)))
    axes = figure.add_subplot()
    for row in frame.itertuples():
        i, j = countries.index(row.country), steps.index(row.step)
        status = StepStatus(str(row.status))
        grid[i, j] = STATUS_ORDER.index(status)
        text = format_percent_points(int(row.percent), "d") + (
            f"\n\u270e{int(row.open_comments)}" if row.open_comments else "")
        axes.text(j, i, text, ha="center", va="center", fontsize=8,
                  color="#333333" if status is StepStatus.NOT_STARTED else "white")
    axes.imshow(grid, cmap=ListedColormap([STATUS_COLOURS[s] for s in STATUS_ORDER]), vmin=-0.5,
                vmax=len(STATUS_ORDER) - 0.5, aspect="auto", interpolation="none")
    labels = [f"{s}\n" + "\n".join(textwrap.wrap(translate(STEPS[s].title), 14)[:3]) for s in steps]
    axes.xaxis.tick_top()
    axes.set_xticks(range(len(steps)), labels, fontsize=7)
    axes.set_yticks(range(len(countries)), countries, fontsize=9)
    axes.set_xticks([x - 0.5 for x in range(1, len(steps))], minor=True)
    axes.set_yticks([y - 0.5 for y in range(1, len(countries))], minor=True)
    axes.grid(which="minor", color="white", linewidth=2)
    axes.tick_params(which="both", length=0)
    figure.legend(handles=[Patch(color=STATUS_COLOURS[s], label=translate(STATUS_NAMES[s])) for s in STATUS_ORDER],
                  loc="outside lower center", ncols=len(STATUS_ORDER), fontsize=8, frameon=False)
    axes.set_title(title + "\n" + translate(QT_TRANSLATE_NOOP(
        CONTEXT, "colour: the step's status; number: how complete it is; \u270e open review comments")),
        fontsize=10)
    return figure


def _stacked(axes: Axes, countries: list[str], parts: list[tuple[str, list[int], str]]) -> None:
    left = [0] * len(countries)
    for label, values, colour in parts:
        if any(values):
            axes.barh(range(len(countries)), values, left=left, color=colour, label=label, height=0.6)
        left = [a + b for a, b in zip(left, values, strict=True)]
    for y, total in enumerate(left):
        if total:
            axes.text(total, y, f" {total}", va="center", fontsize=8)
    axes.set_yticks(range(len(countries)), countries, fontsize=8)
    if not axes.yaxis_inverted():  # the two panels share their y axis: turn it once, first country on top
        axes.invert_yaxis()
    axes.margins(x=0.12)
    axes.xaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
    axes.grid(alpha=0.3, axis="x")
    axes.legend(fontsize=7, loc="lower right")


def draw_open_comments(data: ChartData, translate: Translate = _identity) -> Figure:
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Open review comments"))
    frame = data.frame
    if frame.empty or not frame["open_comments"].sum():
        closed = int(frame.drop_duplicates("workspace")["closed_comments"].sum()) if not frame.empty else 0
        return _empty(new_figure(), title, translate(QT_TRANSLATE_NOOP(
            CONTEXT, "No review comment is open ({closed} closed).")).format(closed=closed))
    countries = list(dict.fromkeys(frame["country"]))
    figure = _sized(8.0, 1.6 + 0.35 * len(countries))
    by_severity, by_age = figure.subplots(1, 2, sharey=True)

    def counts(column: str, value: str) -> list[int]:
        part = frame[frame[column] == value].groupby("country", sort=False)["open_comments"].sum()
        return [int(part.get(country, 0)) for country in countries]

    _stacked(by_severity, countries, [(translate(SEVERITY_NAMES[s]), counts("severity", s.value), SEVERITY_COLOURS[s])
                                      for s in CommentSeverity])
    _stacked(by_age, countries, [(translate(AGE_BAND_NAMES[b]), counts("age_band", b), AGE_COLOURS[b])
                                 for b in AGE_BANDS])
    by_severity.set_title(translate(QT_TRANSLATE_NOOP(CONTEXT, "by severity")), fontsize=9)
    by_age.set_title(translate(QT_TRANSLATE_NOOP(CONTEXT, "by age")), fontsize=9)
    figure.suptitle(title + " " + translate(QT_TRANSLATE_NOOP(CONTEXT, "(open or answered, replies not counted)")),
                    fontsize=10)
    return figure


def draw_lessons(data: ChartData, translate: Translate = _identity) -> Figure:
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Lessons learned by theme and country"))
    frame = data.frame
    if frame.empty:
        return _empty(new_figure(), title, translate(QT_TRANSLATE_NOOP(CONTEXT, "No lesson learned is recorded yet.")))
    import numpy as np

    themes = list(dict.fromkeys(frame["theme_label"]))
    columns = sorted(set(frame["workspace"]), key=lambda code: (code == CROSS_COUNTRY, code))
    names = {row.workspace: row.country for row in frame.itertuples()}
    cross = translate(QT_TRANSLATE_NOOP(CONTEXT, "cross-country"))
    figure = _sized(8.0, 1.8 + 0.4 * len(themes))
    grid = np.zeros((len(themes), len(columns)))
    axes = figure.add_subplot()
    for row in frame.itertuples():
        grid[themes.index(row.theme_label), columns.index(row.workspace)] = row.lessons
    axes.imshow(grid, cmap="Blues", vmin=0, vmax=max(2.0, float(grid.max())) * 1.25, aspect="auto",
                interpolation="none")
    for (i, j), value in np.ndenumerate(grid):
        if value:
            axes.text(j, i, f"{int(value)}", ha="center", va="center", fontsize=9)
    axes.set_xticks(range(len(columns)), [cross if c == CROSS_COUNTRY else names.get(c) or c for c in columns],
                    rotation=30, ha="right", fontsize=8)
    recurring = set(frame.loc[frame["recurring"].astype(bool), "theme_label"])
    axes.set_yticks(range(len(themes)), [f"\u2605 {t}" if t in recurring else t for t in themes], fontsize=8)
    for label in axes.get_yticklabels():
        if label.get_text().startswith("\u2605"):
            label.set_color(RED)
            label.set_fontweight("bold")
    axes.set_xticks([x - 0.5 for x in range(1, len(columns))], minor=True)
    axes.set_yticks([y - 0.5 for y in range(1, len(themes))], minor=True)
    axes.grid(which="minor", color="white", linewidth=1.5)
    axes.tick_params(which="both", length=0)
    axes.set_title(title + "\n" + translate(QT_TRANSLATE_NOOP(CONTEXT, "\u2605 recurs in 3 or more countries")),
                   fontsize=10)
    return figure


def _value_text(value: float, unit_code: str) -> str:
    """A bar's figure (its year follows it), in the chart's language: 12.5%, 1,250, 7.5."""
    if unit_code == "PCT":
        return format_percent_points(value, ".1f")
    return format_number(value, ",.0f" if abs(value) >= 100 else ",.1f")


def _indicator_panel(axes: Axes, group: Any, translate: Translate) -> None:
    countries = list(group["country"])
    present = group[~group["missing"].astype(bool)]
    unit_code = str(group["unit_code"].iloc[0])
    values = [0.0 if m else float(v) for v, m in zip(group["value"], group["missing"].astype(bool), strict=True)]
    bars = axes.barh(range(len(countries)), values, color=[
        "#ffffff" if m else (RED if d else BLUE) for m, d in zip(group["missing"].astype(bool),
                                                                 group["derived_from"].astype(bool), strict=True)],
        height=0.6)
    missing = translate(QT_TRANSLATE_NOOP(CONTEXT, "missing")) if not present.empty else ""
    labels = [missing if m else f"{_value_text(float(v), unit_code)} ({int(y)})" for v, y, m in zip(
        group["value"], group["year"].fillna(0), group["missing"].astype(bool), strict=True)]
    axes.bar_label(bars, labels=labels, padding=3, fontsize=7, color=DARK_GREY)
    axes.set_yticks(range(len(countries)), countries, fontsize=7)
    axes.invert_yaxis()
    high = max(0.0, float(present["value"].max())) if not present.empty else 1.0
    low = min(0.0, float(present["value"].min())) if not present.empty else 0.0
    room = 0.5 * ((high - low) or 1.0)  # for the labels: values beyond each bar's end, "missing" right of zero
    axes.set_xlim(low - (room if low < 0 else 0.0), high + room)
    axes.tick_params(axis="x", labelsize=7, labelbottom=not present.empty, bottom=not present.empty)
    axes.xaxis.set_major_formatter(_compact_formatter())
    axes.axvline(0, color="#999999", linewidth=0.6)
    name = str(group["name"].iloc[0])
    axes.set_title("\n".join(textwrap.wrap(f"{name} ({group['unit'].iloc[0]})", 48)[:2]), fontsize=8, loc="left")
    if present.empty:
        axes.text(0.5, 0.5, translate(QT_TRANSLATE_NOOP(CONTEXT, "No country has this figure yet.")),
                  ha="center", va="center", fontsize=8, color=DARK_GREY, transform=axes.transAxes)


def _known(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def _value_and_share(value: float, share: Any) -> str:
    """``1,250 (42%)`` in the chart's language; a plain ``1,250`` stays English, for
    ``chart_text.localise_chart`` to write in the reader's style (as the other plain numbers)."""
    if not _known(share):
        return f"{value:,.0f}"
    return f"{format_number(value, ',.0f')} ({format_number(share, '.0%')})"


def _compact_formatter() -> Any:
    from matplotlib.ticker import FuncFormatter

    def compact(value: float, _position: int) -> str:
        size = abs(value)
        for limit, suffix in ((1e9, "bn"), (1e6, "M"), (1e3, "k")):
            if size >= limit:
                return format_number(value / limit, "g") + suffix
        return f"{value:g}"  # a plain number: chart_text.localise_chart writes it in the reader's style

    return FuncFormatter(compact)


def draw_indicator_comparison(data: ChartData, translate: Translate = _identity) -> Figure:
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Migration profiles side by side"))
    frame = data.frame
    if frame.empty:
        return _empty(new_figure(), title, translate(QT_TRANSLATE_NOOP(CONTEXT, "No workspace yet.")))
    codes = list(dict.fromkeys(frame["indicator"]))
    countries = frame["country"].nunique()
    columns = 2
    rows = math.ceil(len(codes) / columns)
    figure = _sized(8.0, 0.8 + rows * (0.9 + 0.2 * countries))
    panels = figure.subplots(rows, columns, squeeze=False)
    for index, code in enumerate(codes):
        _indicator_panel(panels[index // columns][index % columns], frame[frame["indicator"] == code], translate)
    for index in range(len(codes), rows * columns):
        panels[index // columns][index % columns].set_axis_off()
    figure.suptitle(title + "\n" + translate(QT_TRANSLATE_NOOP(
        CONTEXT, "each country's latest figure (year); red: derived from two figures of the profile")), fontsize=10)
    return figure


def draw_destinations(data: ChartData, translate: Translate = _identity) -> Figure:
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Emigrants by top destination"))
    frame = data.frame
    if frame.empty:
        return _empty(new_figure(), title, translate(QT_TRANSLATE_NOOP(
            CONTEXT, "No profile holds emigrants by destination yet.")))
    countries = list(dict.fromkeys(frame["country"]))
    figure = _sized(8.0, 0.9 + 1.9 * math.ceil(len(countries) / 2))
    panels = figure.subplots(math.ceil(len(countries) / 2), 2, squeeze=False)
    for index, country in enumerate(countries):
        axes = panels[index // 2][index % 2]
        group = frame[frame["country"] == country]
        bars = axes.barh(range(len(group)), group["value"], color=BLUE, height=0.6)
        axes.bar_label(bars, labels=[_value_and_share(v, s)
                                     for v, s in zip(group["value"], group["share_of_total"], strict=True)],
                       padding=3, fontsize=7)
        axes.set_yticks(range(len(group)), list(group["destination_name"]), fontsize=7)
        axes.invert_yaxis()
        axes.margins(x=0.35)
        axes.xaxis.set_major_formatter(_compact_formatter())
        axes.tick_params(axis="x", labelsize=7)
        axes.set_title(f"{country} ({int(group['year'].iloc[0])})", fontsize=8, loc="left")
    for index in range(len(countries), panels.size):
        panels[index // 2][index % 2].set_axis_off()
    figure.suptitle(title + "\n" + translate(QT_TRANSLATE_NOOP(CONTEXT, "persons (share of all emigrants)")),
                    fontsize=10)
    if data.source:
        figure.supxlabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "Source: {source}")).format(source=data.source),
                         fontsize=7, color="#555555", x=0.01, ha="left")
    return figure


PORTFOLIO_CHARTS: tuple[tuple[str, str, Callable[[Portfolio], ChartData], Callable[[ChartData, Translate], Figure]],
                        ...] = (
    ("portfolio_status", QT_TRANSLATE_NOOP(CONTEXT, "Status matrix"), status_data, draw_status_matrix),
    ("portfolio_comments", QT_TRANSLATE_NOOP(CONTEXT, "Open review comments"), comments_data, draw_open_comments),
    ("portfolio_lessons", QT_TRANSLATE_NOOP(CONTEXT, "Lessons by theme and country"), lessons_data, draw_lessons),
    ("portfolio_indicators", QT_TRANSLATE_NOOP(CONTEXT, "Indicator comparison"), indicators_data,
     draw_indicator_comparison),
    ("portfolio_destinations", QT_TRANSLATE_NOOP(CONTEXT, "Emigrants by top destination"), destinations_data,
     draw_destinations),
)


def portfolio_chart_titles() -> dict[str, str]:
    """Key -> English title (marked for translation above)."""
    return {key: title for key, title, _data, _draw in PORTFOLIO_CHARTS}


def build_portfolio_chart(portfolio: Portfolio, key: str,
                          translate: Translate = _identity) -> tuple[ChartData, Figure]:
    """The chart's data and its figure (slow: call it off the GUI thread)."""
    _key, _title, make_data, draw = next(chart for chart in PORTFOLIO_CHARTS if chart[0] == key)
    data = make_data(portfolio)
    return data, draw(data, translate)
