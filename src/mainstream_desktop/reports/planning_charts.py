"""The planning and monitoring charts (steps 4 and 5) as matplotlib ``Figure`` objects (never
pyplot): the priority matrix (impact x feasibility, bubble = cost), the plan coverage heat-map
(policy area x instrument, cell = mainstreaming level), the action-plan Gantt chart, the budget
by policy area and funding source with the gap, the RAG dashboard of the results framework and
the indicator progress small multiples.

Same conventions as ``reports.charts`` and ``participation_charts`` (whose helpers are reused):
each chart draws one ``ChartData``, says in a sentence what to do when it is empty, and marks its
English texts for translation; the caller passes ``translate``. Status colours are colour-blind
safe (Okabe-Ito) and every RAG cell also carries a letter, so colour is never the only cue.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP
from mainstream_desktop.core.number_format import NumberStyle, format_number
from mainstream_desktop.core.rag import AMBER, BLUE, GREEN, GREY, RED
from mainstream_desktop.reports.chart_data import ChartData, ChartDataService
from mainstream_desktop.reports.charts import CONTEXT, ChartInfo, Translate, new_figure
from mainstream_desktop.reports.participation_charts import (
    DARK_GREY,
    _area,
    _identity,
    _notes,
    _say,
    _short,
    _spread,
    _usd_axis,
    usd,
)
from mainstream_desktop.reports.planning_data import (
    ACTION_STATUSES,
    FUNDING_SOURCES,
    GAP,
    PRIORITY_STATUSES,
    PlanningChartData,
    frame_today,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Okabe-Ito: told apart with any colour vision
OI_ORANGE, OI_SKY, OI_GREEN, OI_YELLOW = "#E69F00", "#56B4E9", "#009E73", "#F0E442"
OI_BLUE, OI_VERMILION, OI_PURPLE, LIGHT_GREY = "#0072B2", "#D55E00", "#CC79A7", "#BBBBBB"

PRIORITY_COLOURS = {"PROPOSED": OI_SKY, "ENDORSED": OI_BLUE, "IN_PLAN": OI_GREEN, "DROPPED": LIGHT_GREY}
PRIORITY_NAMES = {"PROPOSED": QT_TRANSLATE_NOOP(CONTEXT, "Proposed"),
                  "ENDORSED": QT_TRANSLATE_NOOP(CONTEXT, "Endorsed"),
                  "IN_PLAN": QT_TRANSLATE_NOOP(CONTEXT, "In plan"),
                  "DROPPED": QT_TRANSLATE_NOOP(CONTEXT, "Dropped")}
ACTION_COLOURS = {"NOT_STARTED": LIGHT_GREY, "ONGOING": OI_BLUE, "COMPLETED": OI_GREEN, "DELAYED": OI_VERMILION,
                  "CANCELLED": "#666666"}
ACTION_NAMES = {"NOT_STARTED": QT_TRANSLATE_NOOP(CONTEXT, "Not started"),
                "ONGOING": QT_TRANSLATE_NOOP(CONTEXT, "Ongoing"),
                "COMPLETED": QT_TRANSLATE_NOOP(CONTEXT, "Completed"),
                "DELAYED": QT_TRANSLATE_NOOP(CONTEXT, "Delayed"),
                "CANCELLED": QT_TRANSLATE_NOOP(CONTEXT, "Cancelled")}
SOURCE_COLOURS = {"GOV_BUDGET": OI_BLUE, "DONOR": OI_SKY, "UN": OI_GREEN, "PRIVATE": OI_PURPLE,
                  "DIASPORA": OI_ORANGE}
SOURCE_NAMES = {"GOV_BUDGET": QT_TRANSLATE_NOOP(CONTEXT, "Government budget"),
                "DONOR": QT_TRANSLATE_NOOP(CONTEXT, "Donor"), "UN": QT_TRANSLATE_NOOP(CONTEXT, "UN"),
                "PRIVATE": QT_TRANSLATE_NOOP(CONTEXT, "Private"),
                "DIASPORA": QT_TRANSLATE_NOOP(CONTEXT, "Diaspora"),
                GAP: QT_TRANSLATE_NOOP(CONTEXT, "Unfunded (gap)")}
LEVEL_COLOURS = ("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f")
LEVEL_NAMES = (QT_TRANSLATE_NOOP(CONTEXT, "0 migration absent"),
               QT_TRANSLATE_NOOP(CONTEXT, "1 mentioned in the context or analysis"),
               QT_TRANSLATE_NOOP(CONTEXT, "2 objectives or strategies address it"),
               QT_TRANSLATE_NOOP(CONTEXT, "3 plus indicators and targets"),
               QT_TRANSLATE_NOOP(CONTEXT, "4 plus costed, budgeted actions"))
RAG_COLOURS = {GREEN: OI_GREEN, AMBER: OI_ORANGE, RED: OI_VERMILION, GREY: LIGHT_GREY, BLUE: OI_BLUE}
RAG_TEXT_COLOURS = {GREEN: "#00704f", AMBER: "#9a6a00", RED: "#b34700", GREY: DARK_GREY, BLUE: OI_BLUE}
RAG_ON_DARK = (GREEN, RED, BLUE)  # white text on these fills
RAG_LETTERS = {GREEN: QT_TRANSLATE_NOOP(CONTEXT, "G"), AMBER: QT_TRANSLATE_NOOP(CONTEXT, "A"),
               RED: QT_TRANSLATE_NOOP(CONTEXT, "R"), GREY: QT_TRANSLATE_NOOP(CONTEXT, "?"),
               BLUE: QT_TRANSLATE_NOOP(CONTEXT, "\u2713")}
RAG_NAMES = {GREEN: QT_TRANSLATE_NOOP(CONTEXT, "on track"), AMBER: QT_TRANSLATE_NOOP(CONTEXT, "some delay"),
             RED: QT_TRANSLATE_NOOP(CONTEXT, "off track"),
             GREY: QT_TRANSLATE_NOOP(CONTEXT, "not rated: no recent actual or no target"),
             BLUE: QT_TRANSLATE_NOOP(CONTEXT, "achieved: final target met")}
RAG_ORDER = (GREEN, AMBER, RED, GREY, BLUE)
MAX_GANTT_ROWS = 32
MAX_PRIORITY_KEY = 15
MAX_DASHBOARD_LINES = 12
DASHBOARD_COLUMNS = 3
MAX_PANELS = 12
TITLE_WIDTHS = {1: 90, 2: 46, 3: 30, 4: 22}  # characters of a panel title line, by columns


def _empty_saying(figure: Figure, title: str, sentence: str) -> Figure:
    """``participation_charts._empty`` with a sentence that says what to do."""
    axes = figure.add_subplot()
    axes.set_title(title)
    _say(axes, sentence)
    return figure


def _left_out(figure: Figure, data: ChartData, translate: Translate) -> None:
    """``participation_charts._notes`` with the notes of one kind counted rather than listed
    ("no exchange rate for JMD 2017 (3)"), so that the line fits; the data names them all."""
    groups: dict[str, list[str]] = {}
    for note in filter(None, data.source.split("; ")):
        kind, _colon, what = note.partition(": ")
        groups.setdefault(kind, []).append(what)
    compact = "; ".join(f"{kind}: {_short(whats[0], 40)}" if len(whats) == 1 else f"{kind} ({len(whats)})"
                        for kind, whats in groups.items())
    _notes(figure, ChartData(data.key, data.frame, _dollars(compact)), translate)


def _wrap(text: str, width: int, lines: int = 2) -> str:
    """User text wrapped (and cut) to fit, its dollar signs kept literal."""
    return _dollars("\n".join(textwrap.wrap(" ".join(str(text).split()), width, max_lines=lines,
                                            placeholder="\u2026")))


def _cut(text: str, limit: int) -> str:
    """User text cut to one line, its dollar signs kept literal."""
    return _dollars(_short(text, limit))


def _number(value: float) -> str:
    """A compact figure for a cell, in the chart's language: 0.45, 5.9, 89, 146, 1,250, 3.4M."""
    style = NumberStyle.of()
    if abs(value) >= 1e6:
        return format_number(value / 1e6, ".1f", style) + "M"
    if abs(value) >= 100 or float(value).is_integer():
        return format_number(value, ",.0f", style)
    return style.localise(f"{value:,.{1 if abs(value) >= 10 else 2}f}".rstrip("0").rstrip("."))


def _with_unit(value: float, unit_code: str) -> str:
    return NumberStyle.of().percent_sign(_number(value)) if unit_code == "PCT" else _number(value)


def _dollars(text: str) -> str:
    """Text with more than one USD amount: matplotlib would read "$...$" as mathematics."""
    return text.replace("$", r"\$")


def _grow(figure: Figure, height: float) -> None:
    """A taller figure for long charts (the window's canvas fits it to the panel anyway)."""
    width, _height = figure.get_size_inches()
    figure.set_size_inches(width, max(4.5, min(height, 12.0)))


# --- 1. Priority matrix --------------------------------------------------------------------


def _priority_quadrants(axes: Axes, translate: Translate) -> None:
    axes.axvline(3, color="#999999", linewidth=0.8, linestyle="--", zorder=1)
    axes.axhline(3, color="#999999", linewidth=0.8, linestyle="--", zorder=1)
    for x, y, ha, va, text in (
            (0.45, 5.95, "left", "top", QT_TRANSLATE_NOOP(CONTEXT, "High impact, hard to do")),
            (5.55, 5.95, "right", "top", QT_TRANSLATE_NOOP(CONTEXT, "Quick wins")),
            (0.45, 0.05, "left", "bottom", QT_TRANSLATE_NOOP(CONTEXT, "Reconsider")),
            (5.55, 0.05, "right", "bottom", QT_TRANSLATE_NOOP(CONTEXT, "Easy, low impact"))):
        axes.text(x, y, translate(text), ha=ha, va=va, fontsize=8, color="#999999", style="italic", zorder=1)


def _bubble_sizes(costs: list[float]) -> tuple[list[float], float]:
    """Marker areas proportional to cost (at least a small dot); and the largest cost."""
    known = [c for c in costs if not math.isnan(c) and c > 0]
    top = max(known, default=0.0)
    return [60.0 if math.isnan(c) or not top else max(40.0, 1600.0 * c / top) for c in costs], top


def draw_priority_matrix(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Priorities by impact and feasibility"))
    if data.frame.empty:
        _left_out(figure, data, translate)
        return _empty_saying(figure, title, translate(QT_TRANSLATE_NOOP(
            CONTEXT, "No scored priorities yet: set them in step 4 and score their impact and feasibility.")))
    from matplotlib.lines import Line2D

    frame = data.frame.reset_index(drop=True)
    # _spread places points on its "interest" (x) and "influence" (y) grid
    places = _spread(frame.rename(columns={"feasibility": "interest", "impact": "influence"}))
    sizes, top = _bubble_sizes([float(c) for c in frame["cost_usd"]])
    marks = _priority_marks(frame["rank"])
    axes = figure.add_subplot()
    _priority_quadrants(axes, translate)
    for k, row in frame.iterrows():
        i = int(k)
        known = not math.isnan(float(row["cost_usd"]))
        colour = PRIORITY_COLOURS.get(str(row["status"]), LIGHT_GREY)
        axes.scatter([places[i][0]], [places[i][1]], s=sizes[i], alpha=0.8 if known else 1.0,
                     color=colour if known else "white", edgecolors=colour if not known else "white",
                     linewidths=1.5, linestyle="-" if known else "--", zorder=3)
        offset = math.sqrt(sizes[i] / math.pi) * 0.75 + 2  # just off the bubble's edge, in points
        axes.annotate(marks[i], places[i], xytext=(offset, offset), textcoords="offset points", fontsize=7,
                      fontweight="bold", zorder=4,
                      bbox={"boxstyle": "round,pad=0.1", "facecolor": "white", "alpha": 0.75, "linewidth": 0})
    axes.set_xlim(0.4, 5.6)
    axes.set_ylim(0.0, 6.0)  # a band above and below the bubbles for the quadrant names
    axes.set_xticks(range(1, 6))
    axes.set_yticks(range(1, 6))
    axes.set_xlabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "Feasibility (1-5)")))
    axes.set_ylabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "Impact (1-5)")))
    statuses = [s for s in PRIORITY_STATUSES if s in set(frame["status"])]
    handles = [Line2D([], [], marker="o", linestyle="", markersize=6, color=PRIORITY_COLOURS[s],
                      label=translate(PRIORITY_NAMES[s])) for s in statuses]
    if frame["cost_usd"].isna().any():
        handles.append(Line2D([], [], marker="o", linestyle="", markersize=6, markerfacecolor="white",
                              color=DARK_GREY, label=translate(QT_TRANSLATE_NOOP(CONTEXT, "cost not known"))))
    status_legend = axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7,
                                frameon=False, title=translate(QT_TRANSLATE_NOOP(CONTEXT, "Status")),
                                title_fontsize=8, alignment="left")
    axes.add_artist(status_legend)
    shown = min(len(frame), MAX_PRIORITY_KEY)
    lines = 2 if shown <= 8 else 1
    key = [Line2D([], [], linestyle="", label=f"{marks[i]}  " + _wrap(str(frame["priority"][i]), 30, lines).replace(
        "\n", "\n" + " " * (len(marks[i]) + 3))) for i in range(shown)]
    if len(frame) > shown:
        key.append(Line2D([], [], linestyle="", label=translate(QT_TRANSLATE_NOOP(
            CONTEXT, "and {count} more")).format(count=len(frame) - shown)))
    axes.legend(handles=key, loc="upper left", bbox_to_anchor=(1.01, 0.62 if len(handles) > 3 else 0.7),
                fontsize=7, frameon=False, handlelength=0, handletextpad=0, alignment="left",
                title=translate(QT_TRANSLATE_NOOP(CONTEXT, "Priorities")), title_fontsize=8)
    subtitle = translate(QT_TRANSLATE_NOOP(CONTEXT, "colour: status; bubble area: cost of the actions"))
    if top:
        subtitle += " " + translate(QT_TRANSLATE_NOOP(CONTEXT, "(largest {amount})")).format(amount=usd(top))
    axes.set_title(_dollars(title + "\n" + subtitle), fontsize=10)
    _left_out(figure, data, translate)
    return figure


def _ranked(rank: Any) -> bool:
    """A rank from a frame: None or NaN when the priority is not ranked yet."""
    return rank is not None and not (isinstance(rank, float) and math.isnan(rank))


def _priority_marks(ranks: Any) -> list[str]:
    """"#3" for a ranked priority; "a", "b"... for the ones not ranked yet."""
    marks, letters = [], iter("abcdefghijklmnopqrstuvwxyz")
    for rank in ranks:
        marks.append(f"#{int(rank)}" if _ranked(rank) else next(letters, "*"))
    return marks


# --- 2. Plan coverage ----------------------------------------------------------------------


def draw_plan_coverage(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Policy areas in the planning instruments"))
    if data.frame.empty:
        return _empty_saying(figure, title, translate(QT_TRANSLATE_NOOP(
            CONTEXT, "No planning instruments yet: add them in step 4.")))
    frame = data.frame
    addressed = frame[frame["policy_area"] != ""]
    if addressed.empty:
        return _empty_saying(figure, title, translate(QT_TRANSLATE_NOOP(
            CONTEXT, "No instrument addresses a policy area yet: apply the migration lens to their plan "
                     "elements in step 4.")))
    import numpy as np
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    instruments = list(dict.fromkeys(zip(frame["instrument"], frame["short_title"], strict=True)))
    areas = sorted(addressed["policy_area"].unique())
    grid = np.full((len(areas), len(instruments)), np.nan)
    unknown = []
    for row in addressed.itertuples():
        cell = (areas.index(str(row.policy_area)), [i for i, _s in instruments].index(row.instrument))
        if row.level is None or row.level != row.level:
            unknown.append(cell)
        else:
            grid[cell] = float(row.level)
    axes = figure.add_subplot()
    axes.imshow(grid, cmap=ListedColormap(LEVEL_COLOURS).with_extremes(bad="#ffffff"), vmin=-0.5, vmax=4.5,
                aspect="auto", interpolation="none")
    for i, j in zip(*np.where(~np.isnan(grid)), strict=True):
        axes.text(j, i, str(int(grid[i, j])), ha="center", va="center", fontsize=9,
                  color="white" if grid[i, j] >= 3 else "black")
    for i, j in unknown:
        axes.add_patch(_hatched_cell(j, i))
        axes.text(j, i, "?", ha="center", va="center", fontsize=9, color=DARK_GREY)
    many = len(instruments) > 6
    labels = [_cut(s, 26) if many else _wrap(s, 16, 3) for _i, s in instruments]
    axes.set_xticks(range(len(instruments)), labels, fontsize=7, rotation=30 if many else 0,
                    ha="right" if many else "center")
    axes.xaxis.tick_top()
    axes.set_yticks(range(len(areas)), [_area(a, translate) for a in areas], fontsize=8)
    axes.set_xticks([x - 0.5 for x in range(1, len(instruments))], minor=True)
    axes.set_yticks([y - 0.5 for y in range(1, len(areas))], minor=True)
    axes.grid(which="minor", color="#dddddd", linewidth=1)
    axes.tick_params(which="minor", length=0)
    handles = [Patch(facecolor=colour, edgecolor="#999999", label=translate(name))
               for colour, name in zip(LEVEL_COLOURS, LEVEL_NAMES, strict=True)]
    if unknown:
        handles.append(Patch(facecolor="white", edgecolor="#999999", hatch="///",
                             label=translate(QT_TRANSLATE_NOOP(CONTEXT, "? level not assessed"))))
    axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=7,
                title=translate(QT_TRANSLATE_NOOP(CONTEXT, "Mainstreaming level")), title_fontsize=8, frameon=False)
    axes.set_title(title + "\n" + translate(QT_TRANSLATE_NOOP(
        CONTEXT, "a cell shows the instrument's mainstreaming level where it addresses the area")), fontsize=10)
    return figure


def _hatched_cell(x: float, y: float) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle((x - 0.5, y - 0.5), 1, 1, facecolor="white", edgecolor="#bbbbbb", hatch="///", linewidth=0)


# --- 3. Action-plan Gantt ------------------------------------------------------------------


def _gantt_rows(frame: Any) -> list[dict[str, Any]]:
    """Header rows (one per priority, spanning its actions) and action rows, top to bottom."""
    rows: list[dict[str, Any]] = []
    for (rank, priority), group in frame.groupby(["rank", "priority"], sort=False, dropna=False):
        number = f"#{int(rank)} " if _ranked(rank) else ""
        rows.append({"header": True, "label": number + _cut(str(priority), 40),
                     "start": min(group["start_date"]), "end": max(group["end_date"]), "status": ""})
        rows += [{"header": False, "label": _cut(str(action), 44), "start": start, "end": end,
                  "status": str(status)} for action, start, end, status in
                 zip(group["action"], group["start_date"], group["end_date"], group["status"], strict=True)]
    return rows


def draw_action_gantt(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Action plan over time"))
    if data.frame.empty:
        _left_out(figure, data, translate)
        return _empty_saying(figure, title, translate(QT_TRANSLATE_NOOP(
            CONTEXT, "No dated actions yet: plan the actions of each priority in step 4.")))
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
    from matplotlib.patches import Patch

    rows = _gantt_rows(data.frame)
    hidden = sum(not row["header"] for row in rows[MAX_GANTT_ROWS:])
    rows = rows[:MAX_GANTT_ROWS]
    if rows and rows[-1]["header"]:
        rows.pop()
    _grow(figure, 0.24 * len(rows) + 1.8)
    axes = figure.add_subplot()
    for y, row in enumerate(rows):
        start, end = date2num(row["start"]), date2num(row["end"]) + 1  # the end day is included
        if row["header"]:
            axes.barh(y, end - start, left=start, height=0.12, color="#444444", zorder=2)  # the priority's span
        else:
            colour = ACTION_COLOURS.get(row["status"], LIGHT_GREY)
            axes.barh(y, end - start, left=start, height=0.6, color=colour, zorder=2,
                      hatch="//" if row["status"] == "CANCELLED" else None, edgecolor="white")
    axes.set_yticks(range(len(rows)), [row["label"] for row in rows], fontsize=7)
    for label, row in zip(axes.get_yticklabels(), rows, strict=True):
        if row["header"]:
            label.set_fontweight("bold")
        else:
            label.set_color("#333333")
    axes.tick_params(axis="y", length=0)
    axes.set_ylim(len(rows) - 0.5, -0.5)
    first, last = min(row["start"] for row in rows), max(row["end"] for row in rows)
    today = frame_today(data.frame) or date.today()
    if first <= today <= last:
        axes.axvline(date2num(today), color=OI_VERMILION, linewidth=1.2, linestyle="--", zorder=3)
        axes.annotate(translate(QT_TRANSLATE_NOOP(CONTEXT, "today")), (date2num(today), 0), xytext=(0, 2),
                      textcoords="offset points", xycoords=("data", "axes fraction"), ha="center", va="bottom",
                      fontsize=7, color=OI_VERMILION)
    locator = AutoDateLocator()
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    axes.grid(alpha=0.3, axis="x", zorder=0)
    statuses = [s for s in ACTION_STATUSES if s in set(data.frame["status"])]
    axes.legend(handles=[Patch(facecolor=ACTION_COLOURS[s], edgecolor="white", hatch="//" if s == "CANCELLED" else None,
                               label=translate(ACTION_NAMES[s])) for s in statuses],
                loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)
    subtitle = translate(QT_TRANSLATE_NOOP(CONTEXT, "{count} actions by priority")).format(count=len(data.frame))
    if hidden:
        subtitle += "; " + translate(QT_TRANSLATE_NOOP(CONTEXT, "{count} more not shown (export the data)")).format(
            count=hidden)
    axes.set_title(title + "\n" + subtitle, fontsize=10)
    _left_out(figure, data, translate)
    return figure


# --- 4. Budget by policy area and funding source -------------------------------------------


def draw_budget_by_source(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Cost of the action plan by funding source"))
    if data.frame.empty:
        _left_out(figure, data, translate)
        return _empty_saying(figure, title, translate(QT_TRANSLATE_NOOP(
            CONTEXT, "No costed actions yet: cost the action plan in step 4.")))
    frame = data.frame.iloc[::-1].reset_index(drop=True)  # the largest on top
    _grow(figure, 0.4 * len(frame) + 2.0)
    axes = figure.add_subplot()
    left = [0.0] * len(frame)
    for source in (*FUNDING_SOURCES, GAP):
        values = [float(v) for v in frame[source]]
        if not any(values):
            continue
        style: dict[str, Any] = ({"color": "white", "edgecolor": OI_VERMILION, "hatch": "////", "linewidth": 0.8}
                                 if source == GAP else {"color": SOURCE_COLOURS[source]})
        axes.barh(range(len(frame)), values, left=left, height=0.6, label=translate(SOURCE_NAMES[source]), **style)
        left = [a + b for a, b in zip(left, values, strict=True)]
    for y, (cost, gap) in enumerate(zip(frame["cost_usd"], frame[GAP], strict=True)):
        share = float(gap) / float(cost) if cost else 0.0
        text = usd(float(cost)) + ("  " + translate(QT_TRANSLATE_NOOP(CONTEXT, "{share} unfunded")).format(
            share=format_number(share, ".0%")) if gap > 0 else "")
        axes.annotate(_dollars(text), (float(cost), y), xytext=(4, 0), textcoords="offset points", va="center", fontsize=7,
                      color=OI_VERMILION if share >= 0.5 else "#333333")
    axes.set_yticks(range(len(frame)), [_area(a, translate) for a in frame["policy_area"]], fontsize=8)
    axes.set_xlabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "USD")))
    _usd_axis(axes, "x")
    axes.set_xlim(0, float(frame["cost_usd"].max()) * 1.4 or 1.0)  # room for the totals
    axes.grid(alpha=0.3, axis="x")
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)
    total, gap = float(frame["cost_usd"].sum()), float(frame[GAP].sum())
    axes.set_title(_dollars(title + "\n" + translate(QT_TRANSLATE_NOOP(
        CONTEXT, "{total} in total, {gap} unfunded; cancelled actions left out")).format(
        total=usd(total), gap=usd(gap))), fontsize=10)
    _left_out(figure, data, translate)
    return figure


# --- 5. RAG dashboard ----------------------------------------------------------------------


def _rag_legend(figure: Figure, translate: Translate) -> None:
    from matplotlib.patches import Patch

    figure.legend(handles=[Patch(facecolor=RAG_COLOURS[s], edgecolor="#999999",
                                 label=f"{translate(RAG_LETTERS[s])} {translate(RAG_NAMES[s])}") for s in RAG_ORDER],
        loc="outside lower center", ncols=5, fontsize=7, frameon=False)


def _dashboard_cell(axes: Axes, x: float, y: float, width: float, row: Any, translate: Translate) -> None:
    from matplotlib.patches import Rectangle

    status = str(row.status)
    if not row.indicator:
        axes.add_patch(Rectangle((x, y + 0.06), width, 0.88, facecolor="white", edgecolor=OI_VERMILION,
                                 linestyle="--"))
        axes.text(x + width / 2, y + 0.5, translate(QT_TRANSLATE_NOOP(CONTEXT, "no indicator yet")),
                  ha="center", va="center", fontsize=7, color=OI_VERMILION, style="italic")
        return
    axes.add_patch(Rectangle((x, y + 0.06), width, 0.88, facecolor=RAG_COLOURS.get(status, LIGHT_GREY),
                             edgecolor="white"))
    ink = "white" if status in RAG_ON_DARK else "black"
    latest = (translate(QT_TRANSLATE_NOOP(CONTEXT, "{value} ({year})")).format(
        value=_with_unit(float(row.latest_value), str(row.unit_code)), year=int(row.latest_year))
        if row.latest_value is not None and row.latest_value == row.latest_value
        else translate(QT_TRANSLATE_NOOP(CONTEXT, "no actual")))
    axes.text(x + 0.08, y + 0.3, translate(RAG_LETTERS.get(status, "?")), ha="left", va="center", fontsize=12,
              fontweight="bold", color=ink)
    axes.text(x + 0.42, y + 0.3, latest, ha="left", va="center", fontsize=8, fontweight="bold", color=ink)
    axes.text(x + 0.08, y + 0.68, _wrap(str(row.indicator), 30), ha="left", va="center", fontsize=6.5,
              color=ink, linespacing=1.1)


def _dashboard_lines(frame: Any) -> list[tuple[str, str | None, list[Any]]]:
    """Each result on one line of up to ``DASHBOARD_COLUMNS`` cells, more lines if it has more
    indicators (the statement only on its first)."""
    lines: list[tuple[str, str | None, list[Any]]] = []
    for code, statement in dict.fromkeys(zip(frame["result_code"], frame["statement"], strict=True)):
        cells = list(frame[frame["result_code"] == code].itertuples())
        for start in range(0, len(cells), DASHBOARD_COLUMNS):
            lines.append((code, statement if start == 0 else None, cells[start:start + DASHBOARD_COLUMNS]))
    return lines


def draw_rag_dashboard(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Results dashboard"))
    if data.frame.empty:
        return _empty_saying(figure, title, translate(QT_TRANSLATE_NOOP(
            CONTEXT, "No outcome or impact results yet: set up the results framework in step 5.")))
    frame = data.frame
    lines = _dashboard_lines(frame)
    hidden = len({code for code, _statement, _cells in lines[MAX_DASHBOARD_LINES:]} - {
        code for code, _statement, _cells in lines[:MAX_DASHBOARD_LINES]})
    lines = lines[:MAX_DASHBOARD_LINES]
    label_width, cell_width = 2.6, 2.2
    _grow(figure, 0.75 * len(lines) + 1.6)
    axes = figure.add_subplot()
    axes.set_axis_off()
    for y, (code, statement, cells) in enumerate(lines):
        if statement is not None:
            if y:
                axes.axhline(y, color="#dddddd", linewidth=0.8)
            axes.text(0, y + 0.1, _cut(code, 12), ha="left", va="top", fontsize=9, fontweight="bold")
            axes.text(0, y + 0.36, _wrap(statement, 42, 3), ha="left", va="top", fontsize=7, linespacing=1.1)
        for k, row in enumerate(cells):
            _dashboard_cell(axes, label_width + k * cell_width, y, cell_width - 0.08, row, translate)
    axes.set_xlim(0, label_width + DASHBOARD_COLUMNS * cell_width)
    axes.set_ylim(len(lines), 0)
    counts = {s: int((frame["status"] == s).sum()) for s in RAG_ORDER}
    subtitle = ", ".join(f"{translate(RAG_LETTERS[s])} {counts[s]}" for s in RAG_ORDER if counts[s])
    if hidden > 0:
        subtitle += "; " + translate(QT_TRANSLATE_NOOP(CONTEXT, "{count} more results not shown")).format(count=hidden)
    axes.set_title(title + "\n" + translate(QT_TRANSLATE_NOOP(
        CONTEXT, "impact and outcome indicators, latest actual (year)")) + (": " + subtitle if subtitle else ""),
        fontsize=10)
    _rag_legend(figure, translate)
    return figure


# --- 6. Indicator progress -----------------------------------------------------------------


def _progress_panel(axes: Axes, group: Any, width: int, translate: Translate) -> None:
    from matplotlib.ticker import MaxNLocator

    def part(name: str) -> Any:
        return group[group["part"] == name].sort_values("x")

    expected, actual = part("expected"), part("actual")
    if not expected.empty:
        axes.plot(expected["x"], expected["value"], color="#999999", linestyle="--", linewidth=1, zorder=2)
    if not actual.empty:
        axes.plot(actual["x"], actual["value"], color="#1f4e79", marker="o", markersize=3.5, linewidth=1.5,
                  zorder=4)
    baseline, milestones, finals = part("baseline"), part("milestone"), part("final")
    axes.scatter(baseline["x"], baseline["value"], marker="s", s=30, color="black", zorder=5)
    axes.scatter(milestones["x"], milestones["value"], marker="D", s=28, facecolors="white", edgecolors=OI_BLUE,
                 linewidths=1.3, zorder=5)
    axes.scatter(finals["x"], finals["value"], marker="*", s=110, color=OI_BLUE, zorder=5)
    status = str(group["status"].iloc[0])
    letter = translate(RAG_LETTERS.get(status, "?"))
    axes.set_title(_wrap(f"{letter}  {group['indicator'].iloc[0]}", width, 2 if width > 30 else 3), fontsize=7.5,
                   loc="left",
                   color=RAG_TEXT_COLOURS.get(status, DARK_GREY), fontweight="bold")
    axes.set_ylabel(_cut(str(group["unit"].iloc[0]), 22), fontsize=7)
    axes.tick_params(labelsize=7)
    axes.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    axes.margins(x=0.08, y=0.15)
    axes.grid(alpha=0.3)
    if group["x"].isna().all():
        _say(axes, translate(QT_TRANSLATE_NOOP(CONTEXT, "No baseline, target or actual yet.")))
        return
    _fit_limits(axes, group, translate)


def _fit_limits(axes: Axes, group: Any, translate: Translate) -> None:
    """Sensible axes for a path of one year or one value, and for yes/no indicators."""
    xs, values = group["x"].dropna(), group["value"].dropna()
    if xs.max() - xs.min() < 1:
        axes.set_xlim(math.floor(xs.min()) - 2, math.floor(xs.max()) + 2)
    if str(group["unit_code"].iloc[0]) == "YN":
        axes.set_ylim(-0.2, 1.2)
        axes.set_yticks([0, 1], [translate(QT_TRANSLATE_NOOP(CONTEXT, "no")),
                                 translate(QT_TRANSLATE_NOOP(CONTEXT, "yes"))])
    elif values.max() == values.min():
        pad = max(abs(float(values.max())) * 0.2, 1.0)
        axes.set_ylim(float(values.min()) - pad, float(values.max()) + pad)


def draw_indicator_progress(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Indicator progress"))
    if data.frame.empty:
        return _empty_saying(figure, title, translate(QT_TRANSLATE_NOOP(
            CONTEXT, "No indicators yet: add them to the results framework in step 5.")))
    from matplotlib.lines import Line2D

    indicators = list(dict.fromkeys(data.frame["indicator_id"]))
    shown = indicators[:MAX_PANELS]
    columns = 1 if len(shown) == 1 else 2 if len(shown) <= 4 else 3 if len(shown) <= 9 else 4
    rows = math.ceil(len(shown) / columns)
    _grow(figure, 2.3 * rows + 1.3)
    panels = figure.subplots(rows, columns, squeeze=False)
    for k, axes in enumerate(panels.flat):
        if k < len(shown):
            _progress_panel(axes, data.frame[data.frame["indicator_id"] == shown[k]], TITLE_WIDTHS[columns],
                            translate)
        else:
            axes.set_axis_off()
    handles = [
        Line2D([], [], marker="s", linestyle="", color="black", label=translate(QT_TRANSLATE_NOOP(CONTEXT, "baseline"))),
        Line2D([], [], marker="D", linestyle="", markerfacecolor="white", color=OI_BLUE,
               label=translate(QT_TRANSLATE_NOOP(CONTEXT, "milestone"))),
        Line2D([], [], marker="*", markersize=10, linestyle="", color=OI_BLUE,
               label=translate(QT_TRANSLATE_NOOP(CONTEXT, "final target"))),
        Line2D([], [], linestyle="--", color="#999999", label=translate(QT_TRANSLATE_NOOP(CONTEXT, "expected"))),
        Line2D([], [], marker="o", markersize=4, color="#1f4e79", label=translate(QT_TRANSLATE_NOOP(CONTEXT, "actual"))),
    ]
    figure.legend(handles=handles, loc="outside lower center", ncols=5, fontsize=7, frameon=False)
    present = set(data.frame.loc[data.frame["indicator_id"].isin(shown), "status"])
    subtitle = "\n".join(textwrap.wrap(translate(QT_TRANSLATE_NOOP(
        CONTEXT, "title colour and letter: status ({letters})")).format(
        letters=", ".join(f"{translate(RAG_LETTERS[s])} {translate(RAG_NAMES[s])}" for s in RAG_ORDER
                          if s in present)), 110))
    if len(indicators) > len(shown):
        subtitle += "\n" + translate(QT_TRANSLATE_NOOP(
            CONTEXT, "the first {shown} of {count} indicators; export the data for all")).format(
            shown=len(shown), count=len(indicators))
    figure.suptitle(title + "\n" + subtitle, fontsize=9)
    return figure


# --- Registry ------------------------------------------------------------------------------


def _loader(method: Callable[[PlanningChartData, str], ChartData]) -> Callable[[ChartDataService, str], ChartData]:
    """``ChartInfo.load`` is typed for the profile service; these loaders are only ever called
    with a ``PlanningChartData`` (by ``build_planning_chart``)."""
    return cast("Callable[[ChartDataService, str], ChartData]", method)


PLANNING_CHARTS: tuple[ChartInfo, ...] = (
    ChartInfo("priority_matrix", QT_TRANSLATE_NOOP(CONTEXT, "Priority matrix"),
              _loader(PlanningChartData.priority_matrix)),
    ChartInfo("plan_coverage", QT_TRANSLATE_NOOP(CONTEXT, "Plan coverage"),
              _loader(PlanningChartData.plan_coverage)),
    ChartInfo("action_gantt", QT_TRANSLATE_NOOP(CONTEXT, "Action plan timeline"),
              _loader(PlanningChartData.action_gantt)),
    ChartInfo("budget_by_source", QT_TRANSLATE_NOOP(CONTEXT, "Budget by funding source"),
              _loader(PlanningChartData.budget_by_source)),
    ChartInfo("rag_dashboard", QT_TRANSLATE_NOOP(CONTEXT, "Results dashboard (RAG)"),
              _loader(PlanningChartData.rag_dashboard)),
    ChartInfo("indicator_progress", QT_TRANSLATE_NOOP(CONTEXT, "Indicator progress"),
              _loader(PlanningChartData.indicator_progress)),
)
PLANNING_DRAWERS: dict[str, Callable[[ChartData, Translate], Figure]] = {
    "priority_matrix": draw_priority_matrix,
    "plan_coverage": draw_plan_coverage,
    "action_gantt": draw_action_gantt,
    "budget_by_source": draw_budget_by_source,
    "rag_dashboard": draw_rag_dashboard,
    "indicator_progress": draw_indicator_progress,
}


def build_planning_chart(service: PlanningChartData, workspace_code: str, key: str,
                         translate: Translate = _identity) -> tuple[ChartData, Figure]:
    """The chart's data and its figure (slow: call it off the GUI thread)."""
    info = next(chart for chart in PLANNING_CHARTS if chart.key == key)
    data = info.load(cast(ChartDataService, service), workspace_code)
    return data, PLANNING_DRAWERS[key](data, translate)
