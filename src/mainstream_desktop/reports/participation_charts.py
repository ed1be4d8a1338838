"""The participation and support charts (steps 2, 3 and 6) as matplotlib ``Figure`` objects
(never pyplot): the responsibility matrix with uncovered core sectors in red, the meeting
timeline with attendance per institution, overdue action items, the interest-influence grid,
participation by sex and by stakeholder group, the input funnel, the partner x policy-area
heat-map in USD, the alignment donut, and partner funding against the cost of the plan.

Same conventions as ``reports.charts``: each chart draws one ``ChartData``, says so when it is
empty, and marks its English texts for translation; the caller passes ``translate``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP
from mainstream_desktop.core.number_format import NumberStyle, format_number
from mainstream_desktop.core.reference_labels import code_label, short_label
from mainstream_desktop.reports.chart_data import ChartData, ChartDataService
from mainstream_desktop.reports.charts import (
    CONTEXT,
    SEX_COLOURS,
    ChartInfo,
    Translate,
    new_figure,
    policy_area_labels,
)
from mainstream_desktop.reports.participation_data import (
    ENGAGEMENT_LEVELS,
    ROLE_ORDER,
    ParticipationChartData,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

RED, LIGHT_RED, GREEN, GREY = "#c0392b", "#f5b7b1", "#27ae60", "#bdc3c7"
BLUE, MID_BLUE, ORANGE, DARK_GREY = "#1f4e79", "#2e86c1", "#e67e22", "#666666"
ROLE_COLOURS = {"LEAD": BLUE, "CONTRIBUTOR": MID_BLUE, "DATA_PROVIDER": "#85c1e9", "CONSULTED": "#d6eaf8"}
ROLE_LETTERS = {"LEAD": QT_TRANSLATE_NOOP(CONTEXT, "L"), "CONTRIBUTOR": QT_TRANSLATE_NOOP(CONTEXT, "C"),
                "DATA_PROVIDER": QT_TRANSLATE_NOOP(CONTEXT, "D"), "CONSULTED": QT_TRANSLATE_NOOP(CONTEXT, "Cs")}
PARTICIPANT_COLOURS = {"female": SEX_COLOURS["F"], "male": SEX_COLOURS["M"], "other": "#7f8c8d"}
FUNNEL_COLOURS = {"received": BLUE, "accepted": MID_BLUE, "reflected": GREEN, "pending": "#f5b041"}
FUNNEL_NAMES = {"received": QT_TRANSLATE_NOOP(CONTEXT, "Inputs received"),
                "accepted": QT_TRANSLATE_NOOP(CONTEXT, "Accepted or partly accepted"),
                "reflected": QT_TRANSLATE_NOOP(CONTEXT, "Reflected in the plan"),
                "pending": QT_TRANSLATE_NOOP(CONTEXT, "Still pending")}


def _identity(text: str) -> str:
    return text


def _empty(figure: Figure, title: str, translate: Translate) -> Figure:
    axes = figure.add_subplot()
    axes.set_title(title)
    _say(axes, translate(QT_TRANSLATE_NOOP(CONTEXT, "No data yet for this chart.")))
    return figure


def _say(axes: Axes, text: str) -> None:
    """A message in place of a plot (for one empty panel of a two-panel chart, too)."""
    axes.set_axis_off()
    axes.text(0.5, 0.5, text, ha="center", va="center", color=DARK_GREY, transform=axes.transAxes, wrap=True)


def _notes(figure: Figure, data: ChartData, translate: Translate) -> None:
    """What the data service had to leave out (records with no exchange rate), under the chart."""
    if not data.source:
        return
    notes = data.source.split("; ")
    text = "; ".join(notes[:3])
    if len(notes) > 3:
        text += " " + translate(QT_TRANSLATE_NOOP(CONTEXT, "and {count} more")).format(count=len(notes) - 3)
    figure.supxlabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "Left out: {notes}")).format(notes=text),
                     fontsize=7, color="#555555", x=0.01, ha="left")


def usd(value: float) -> str:
    """A compact USD amount for labels: $950, $12k, $1.2M, $3.4bn."""
    size = abs(value)
    if size >= 1e9:
        return "$" + format_number(value / 1e9, ".1f") + "bn"
    if size >= 1e6:
        return "$" + format_number(value / 1e6, ".1f") + "M"
    if size >= 1e3:
        return "$" + format_number(value / 1e3, ".0f") + "k"
    return "$" + format_number(value, ",.0f")


def _local_percent() -> Any:
    """matplotlib's ``PercentFormatter`` of shares (``50%``), its labels in the chart's language."""
    from matplotlib.ticker import PercentFormatter

    style = NumberStyle.of()

    class LocalPercent(PercentFormatter):
        def __call__(self, x: float, pos: int | None = None) -> str:
            return style.localise(str(super().__call__(x, pos)))

    return LocalPercent(1.0)


def _usd_axis(axes: Axes, which: str = "y") -> None:
    from matplotlib.ticker import FuncFormatter

    axis = axes.yaxis if which == "y" else axes.xaxis
    axis.set_major_formatter(FuncFormatter(lambda value, _pos: usd(value)))


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _area(code: str, translate: Translate, width: int = 24, lines: int = 2) -> str:
    """A policy area's label in the label language, in ``lines`` lines of about ``width`` characters."""
    return short_label(code_label("POLICY_AREA", code), width, lines) if code else translate(
        QT_TRANSLATE_NOOP(CONTEXT, "no area"))


def _role_grid(frame: Any, areas: list[str],
               institutions: list[str]) -> tuple[Any, dict[tuple[int, int], list[str]]]:
    """Cell values (0 blank, 1 uncovered row, 2..5 consulted..lead: the strongest role wins) and roles."""
    import numpy as np

    grid = np.zeros((len(areas), len(institutions)))
    for area in frame.loc[frame["uncovered"].astype(bool), "policy_area"]:
        grid[areas.index(area), :] = 1
    letters: dict[tuple[int, int], list[str]] = {}
    for row in frame[~frame["uncovered"].astype(bool)].itertuples():
        cell = (areas.index(row.policy_area), institutions.index(row.institution))
        grid[cell] = max(grid[cell], 1 + len(ROLE_ORDER) - ROLE_ORDER.index(str(row.role)))
        letters.setdefault(cell, []).append(str(row.role))
    return grid, letters


def draw_responsibility_matrix(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Who does what in each policy area"))
    mapped = data.frame[~data.frame["uncovered"].astype(bool)] if not data.frame.empty else data.frame
    if mapped.empty:
        return _empty(figure, title, translate)
    from matplotlib.colors import ListedColormap

    areas = sorted(data.frame["policy_area"].unique())
    institutions = sorted(mapped["institution"].unique())
    grid, cells = _role_grid(data.frame, areas, institutions)
    axes = figure.add_subplot()
    colours = ["#ffffff", LIGHT_RED, *(ROLE_COLOURS[role] for role in reversed(ROLE_ORDER))]
    axes.imshow(grid, cmap=ListedColormap(colours), vmin=-0.5, vmax=len(colours) - 0.5, aspect="auto",
                interpolation="none")
    for (i, j), roles in cells.items():
        axes.text(j, i, "/".join(translate(ROLE_LETTERS[role]) for role in roles), ha="center",
                  va="center", fontsize=8, color="white" if grid[i, j] >= 4 else "black")
    axes.set_xticks(range(len(institutions)), [_short(name, 20) for name in institutions], rotation=30,
                    ha="right", fontsize=8)
    axes.set_yticks(range(len(areas)), policy_area_labels(areas), fontsize=8)
    uncovered = set(data.frame.loc[data.frame["uncovered"].astype(bool), "policy_area"])
    for label, area in zip(axes.get_yticklabels(), areas, strict=True):
        if area in uncovered:
            label.set_color(RED)
            label.set_fontweight("bold")
    axes.set_xticks([x - 0.5 for x in range(1, len(institutions))], minor=True)
    axes.set_yticks([y - 0.5 for y in range(1, len(areas))], minor=True)
    axes.grid(which="minor", color="white", linewidth=1.5)
    axes.tick_params(which="minor", length=0)
    axes.set_title(title + "\n" + translate(QT_TRANSLATE_NOOP(
        CONTEXT, "L lead, C contributor, D data provider, Cs consulted; red: core sector with no lead")),
        fontsize=10)
    return figure


def _meeting_timeline(axes: Axes, frame: Any, translate: Translate) -> None:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    meetings = frame.drop_duplicates(subset=["meeting_date", "mechanism"])
    mechanisms = list(dict.fromkeys(meetings["mechanism"]))
    for minutes, colour, name in ((True, GREEN, QT_TRANSLATE_NOOP(CONTEXT, "minutes filed")),
                                  (False, RED, QT_TRANSLATE_NOOP(CONTEXT, "no minutes"))):
        part = meetings[meetings["has_minutes"].astype(bool) == minutes]
        if not part.empty:
            axes.scatter(list(part["meeting_date"]), [mechanisms.index(m) for m in part["mechanism"]], s=60,
                         color=colour, label=translate(name), zorder=3)
    axes.set_yticks(range(len(mechanisms)), [_short(m, 20) for m in mechanisms], fontsize=8)
    axes.set_ylim(-0.7, len(mechanisms) - 0.3)
    locator = AutoDateLocator()
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    axes.grid(alpha=0.3, axis="x")
    axes.legend(fontsize=8, loc="upper left")
    axes.set_title(translate(QT_TRANSLATE_NOOP(CONTEXT, "Meetings")), fontsize=10)


def _attendance_rates(axes: Axes, frame: Any, translate: Translate) -> None:
    listed = frame[frame["recorded"] > 0]
    axes.set_title(translate(QT_TRANSLATE_NOOP(CONTEXT, "Attendance rate by institution")), fontsize=10)
    if listed.empty:
        _say(axes, translate(QT_TRANSLATE_NOOP(CONTEXT, "No attendance recorded yet.")))
        return
    totals = listed.groupby("institution")[["present", "recorded"]].sum()
    totals = totals.loc[sorted(totals.index, key=lambda name: (name == "", name), reverse=True)]  # A on top
    rates = totals["present"] / totals["recorded"]
    names = [name or translate(QT_TRANSLATE_NOOP(CONTEXT, "no institution")) for name in totals.index]
    bars = axes.barh(range(len(names)), rates, color=MID_BLUE)
    axes.set_yticks(range(len(names)), [_short(n, 20) for n in names], fontsize=8)
    axes.bar_label(bars, labels=[f"{format_number(rate, '.0%')} ({p}/{r})" for rate, p, r in zip(
        rates, totals["present"], totals["recorded"], strict=True)], padding=3, fontsize=7)
    axes.set_xlim(0, 1.3)
    axes.xaxis.set_major_formatter(_local_percent())
    axes.set_xticks([0, 0.5, 1.0])


def draw_meeting_attendance(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Coordination meetings and attendance"))
    if data.frame.empty:
        return _empty(figure, title, translate)
    timeline, rates = figure.subplots(1, 2, width_ratios=[3, 2])
    _meeting_timeline(timeline, data.frame, translate)
    _attendance_rates(rates, data.frame, translate)
    figure.suptitle(title)
    return figure


def draw_action_items(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Overdue action items"))
    if data.frame.empty:
        return _empty(figure, title, translate)
    frame = data.frame
    overdue = frame[frame["overdue"].astype(bool)].sort_values("days_overdue")
    axes = figure.add_subplot()
    axes.set_title(title + "\n" + translate(QT_TRANSLATE_NOOP(CONTEXT, "{overdue} of {open} open items")).format(
        overdue=len(overdue), open=len(frame)), fontsize=10)
    if overdue.empty:
        _say(axes, translate(QT_TRANSLATE_NOOP(CONTEXT, "No open action item is overdue.")))
        return figure
    no_owner = translate(QT_TRANSLATE_NOOP(CONTEXT, "no owner"))
    labels = [_short(f"{owner or no_owner}: {text}", 45) for owner, text in zip(
        overdue["owner"], overdue["description"], strict=True)]
    bars = axes.barh(range(len(labels)), overdue["days_overdue"], color=RED)
    axes.set_yticks(range(len(labels)), labels, fontsize=8)
    axes.bar_label(bars, labels=[f"{int(days)}" for days in overdue["days_overdue"]], padding=3, fontsize=8)
    axes.set_xlabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "Days overdue")))
    axes.margins(x=0.1)
    axes.grid(alpha=0.3, axis="x")
    return figure


def _quadrants(axes: Axes, translate: Translate) -> None:
    axes.axvline(3, color="#999999", linewidth=0.8, linestyle="--")
    axes.axhline(3, color="#999999", linewidth=0.8, linestyle="--")
    for x, y, ha, va, text in (
            (0.6, 5.4, "left", "top", QT_TRANSLATE_NOOP(CONTEXT, "Keep satisfied")),
            (5.4, 5.4, "right", "top", QT_TRANSLATE_NOOP(CONTEXT, "Manage closely")),
            (0.6, 0.6, "left", "bottom", QT_TRANSLATE_NOOP(CONTEXT, "Monitor")),
            (5.4, 0.6, "right", "bottom", QT_TRANSLATE_NOOP(CONTEXT, "Keep informed"))):
        axes.text(x, y, translate(text), ha=ha, va=va, fontsize=8, color="#999999", style="italic")


def _spread(frame: Any) -> list[tuple[float, float]]:
    """Stakeholders on the same cell of the grid, set around it on a small circle so all show."""
    places: list[tuple[float, float]] = []
    cells = list(zip(frame["interest"], frame["influence"], strict=True))
    for k, cell in enumerate(cells):
        same = [i for i, other in enumerate(cells) if other == cell]
        angle = 2 * math.pi * same.index(k) / len(same)
        radius = 0.18 if len(same) > 1 else 0.0
        places.append((float(cell[0]) + radius * math.cos(angle), float(cell[1]) + radius * math.sin(angle)))
    return places


def draw_interest_influence(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Stakeholders by interest and influence"))
    if data.frame.empty:
        return _empty(figure, title, translate)
    from matplotlib import colormaps

    frame = data.frame.reset_index(drop=True)
    places = _spread(frame)
    axes = figure.add_subplot()
    _quadrants(axes, translate)
    palette = colormaps["tab10"]
    for k, group in enumerate(sorted(frame["group"].unique())):
        rows = frame.index[frame["group"] == group]
        sizes = [70 * (ENGAGEMENT_LEVELS.index(level) + 1 if level in ENGAGEMENT_LEVELS else 1)
                 for level in frame.loc[rows, "engagement_level"]]
        axes.scatter([places[i][0] for i in rows], [places[i][1] for i in rows], s=sizes, alpha=0.75,
                     color=palette(k % 10), edgecolors="white", label=code_label("STAKEHOLDER_GROUP", str(group)))
    for i, name in enumerate(frame["name"]):
        axes.annotate(_short(name, 24), places[i], xytext=(6, 6), textcoords="offset points", fontsize=7)
    axes.set_xlim(0.5, 5.5)
    axes.set_ylim(0.5, 5.5)
    axes.set_xticks(range(1, 6))
    axes.set_yticks(range(1, 6))
    axes.set_xlabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "Interest (1-5)")))
    axes.set_ylabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "Influence (1-5)")))
    legend = axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7)
    for handle in legend.legend_handles:  # one marker size in the legend: colour names the group
        if handle is not None and hasattr(handle, "set_sizes"):
            handle.set_sizes([40])
    axes.set_title(title + "\n" + translate(QT_TRANSLATE_NOOP(
        CONTEXT, "bubble size: engagement, from inform to empower")), fontsize=10)
    return figure


def _participants(axes: Axes, events: Any, translate: Translate) -> None:
    axes.set_title(translate(QT_TRANSLATE_NOOP(CONTEXT, "Participants by sex per event")), fontsize=10)
    if events.empty:
        _say(axes, translate(QT_TRANSLATE_NOOP(CONTEXT, "No consultation event yet.")))
        return
    keys = list(dict.fromkeys(zip(events["event_date"], events["label"], strict=True)))
    names = {"female": QT_TRANSLATE_NOOP(CONTEXT, "Women"), "male": QT_TRANSLATE_NOOP(CONTEXT, "Men"),
             "other": QT_TRANSLATE_NOOP(CONTEXT, "Other")}
    bottom = [0.0] * len(keys)
    for sex, colour in PARTICIPANT_COLOURS.items():
        part = events[events["measure"] == sex]
        values = {(d, label): float(v) for d, label, v in zip(part["event_date"], part["label"], part["value"],
                                                              strict=True)}
        heights = [values.get(key, 0.0) for key in keys]
        bars = axes.bar(range(len(keys)), heights, bottom=bottom, color=colour, label=translate(names[sex]))
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    axes.bar_label(bars, labels=[f"{total:,.0f}" for total in bottom], padding=2, fontsize=7)
    axes.set_xticks(range(len(keys)), [f"{_short(label, 16)}\n{day}" for day, label in keys], fontsize=7,
                    rotation=30, ha="right")
    axes.set_ylabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "Participants")))
    axes.margins(y=0.12)
    axes.legend(fontsize=7)


def _groups_reached(axes: Axes, groups: Any, translate: Translate) -> None:
    from matplotlib.ticker import MaxNLocator

    axes.set_title(translate(QT_TRANSLATE_NOOP(CONTEXT, "Events reaching each group")), fontsize=10)
    if groups.empty:
        _say(axes, translate(QT_TRANSLATE_NOOP(CONTEXT, "No stakeholder yet.")))
        return
    groups = groups.iloc[::-1]
    axes.barh(range(len(groups)), groups["value"], color=BLUE)
    axes.set_yticks(range(len(groups)), [code_label("STAKEHOLDER_GROUP", str(g)) for g in groups["label"]], fontsize=7)
    for label, value in zip(axes.get_yticklabels(), groups["value"], strict=True):
        if value == 0:
            label.set_color(RED)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "Events")))


def draw_participation(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Who the consultations reached"))
    if data.frame.empty:
        return _empty(figure, title, translate)
    frame = data.frame
    left, right = figure.subplots(1, 2, width_ratios=[3, 2])
    _participants(left, frame[frame["part"] == "event"], translate)
    _groups_reached(right, frame[frame["part"] == "group"], translate)
    figure.suptitle(title)
    return figure


def draw_input_funnel(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "What became of the inputs received"))
    if data.frame.empty:
        return _empty(figure, title, translate)
    frame = data.frame
    widest = max(float(frame["count"].max()), 1.0)
    stages = [str(stage) for stage in frame["stage"]]
    axes = figure.add_subplot()
    for k, (stage, count, share) in enumerate(zip(stages, frame["count"], frame["share"], strict=True)):
        y = len(stages) - 1 - k  # the first stage on top
        axes.barh(y, count, left=(widest - count) / 2, color=FUNNEL_COLOURS.get(stage, GREY), height=0.7)
        axes.text(widest / 2, y, f"{int(count)} ({format_number(float(share), '.0%')})", ha="center", va="center", fontsize=9,
                  bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "alpha": 0.8, "linewidth": 0})
    axes.set_yticks(range(len(stages)), [translate(FUNNEL_NAMES.get(stage, stage)) for stage in reversed(stages)])
    axes.set_xticks([])
    axes.set_xlim(0, widest)
    for side in ("top", "right", "bottom"):
        axes.spines[side].set_visible(False)
    axes.set_title(title)
    return figure


def draw_partner_policy_heatmap(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Partner funding by policy area (USD)"))
    if data.frame.empty:
        _notes(figure, data, translate)
        return _empty(figure, title, translate)
    import numpy as np
    from matplotlib import colormaps
    from matplotlib.ticker import FuncFormatter

    frame = data.frame
    partners, areas = sorted(frame["partner"].unique()), sorted(frame["policy_area"].unique())
    grid = np.full((len(partners), len(areas)), np.nan)
    for row in frame.itertuples():
        grid[partners.index(row.partner), areas.index(row.policy_area)] = row.usd
    top = float(np.nanmax(grid)) or 1.0
    axes = figure.add_subplot()
    image = axes.imshow(grid, cmap=colormaps["Blues"].with_extremes(bad="#ffffff"), vmin=0, vmax=top,
                        aspect="auto", interpolation="none")
    for row in frame.itertuples():
        axes.text(areas.index(row.policy_area), partners.index(row.partner), usd(float(row.usd)), ha="center",
                  va="center", fontsize=8, color="white" if row.usd > 0.6 * top else "black")
    axes.set_xticks(range(len(areas)), [_area(a, translate, 22, 1) for a in areas], fontsize=7, rotation=35,
                    ha="right", rotation_mode="anchor")
    axes.set_yticks(range(len(partners)), [_short(p, 30) for p in partners], fontsize=8)
    figure.colorbar(image, ax=axes, format=FuncFormatter(lambda value, _pos: usd(value)), shrink=0.8)
    axes.set_title(title + "\n" + translate(QT_TRANSLATE_NOOP(
        CONTEXT, "a project's budget is split equally among its policy areas")), fontsize=10)
    _notes(figure, data, translate)
    return figure


def draw_alignment(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Partner budget aligned to national priorities"))
    if data.frame.empty:
        _notes(figure, data, translate)
        return _empty(figure, title, translate)
    row = data.frame.iloc[0]
    axes = figure.add_subplot()
    axes.set_title(title + "\n" + translate(QT_TRANSLATE_NOOP(CONTEXT, "{total} in total, projects: {count}")).format(
        total=usd(float(row["total_usd"])), count=int(row["projects"])), fontsize=10)
    _notes(figure, data, translate)
    if not float(row["total_usd"]) > 0:
        _say(axes, translate(QT_TRANSLATE_NOOP(CONTEXT, "The recorded budgets add up to zero.")))
        return figure
    labels = [translate(QT_TRANSLATE_NOOP(CONTEXT, "Aligned: {amount}, projects: {count}")).format(
                  amount=usd(float(row["aligned_usd"])), count=int(row["aligned_projects"])),
              translate(QT_TRANSLATE_NOOP(CONTEXT, "Not aligned: {amount}, projects: {count}")).format(
                  amount=usd(float(row["unaligned_usd"])), count=int(row["projects"] - row["aligned_projects"]))]
    wedges, _texts = axes.pie([float(row["aligned_usd"]), float(row["unaligned_usd"])], colors=[GREEN, GREY],
                              startangle=90, counterclock=False, wedgeprops={"width": 0.35, "edgecolor": "white"})
    axes.text(0, 0.08, format_number(float(row["ratio"]), ".0%"), ha="center", va="center", fontsize=20, fontweight="bold")
    axes.text(0, -0.18, translate(QT_TRANSLATE_NOOP(CONTEXT, "aligned")), ha="center", va="center", fontsize=9)
    axes.legend(wedges, labels, loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=8)
    return figure


GAP_LABEL_GAP = 3  # points between a gap label and its bar, and between two level labels
HEADROOM_LIMIT = 0.6  # the share of the plot's height upright labels may take at most


def _gap_labels(axes: Axes, frame: Any, translate: Translate) -> list[Any]:
    """The gap (red) or surplus (green) of each costed policy area, above its taller bar."""
    labels = []
    for x, (funding, cost, gap) in enumerate(zip(frame["funding_usd"], frame["cost_usd"], frame["gap_usd"],
                                                 strict=True)):
        if math.isnan(cost) or gap == 0:
            continue
        template = (QT_TRANSLATE_NOOP(CONTEXT, "gap {amount}") if gap > 0
                    else QT_TRANSLATE_NOOP(CONTEXT, "surplus {amount}"))
        label = axes.annotate(translate(template).format(amount=usd(abs(gap))), (x, max(funding, cost)),
                              xytext=(0, GAP_LABEL_GAP), textcoords="offset points", ha="center", va="bottom",
                              fontsize=7, color=RED if gap > 0 else GREEN, annotation_clip=False)
        label.set_in_layout(False)  # inside the plot: the headroom below makes the room
        labels.append(label)
    return labels


def _two_lines(text: str) -> str:
    """``text`` broken at the space nearest its middle ("excédent\n$453k")."""
    spaces = [n for n, char in enumerate(text) if char == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda n: abs(2 * n - len(text)))
    return text[:cut] + "\n" + text[cut + 1:]


def _fit_gap_labels(figure: Figure, axes: Axes, labels: list[Any]) -> None:
    """Keeps the gap labels apart, each within its own policy area's width (so it never reaches
    over a neighbour's label or bars): on one line when they all fit, else on two ("excédent" over
    "$453k"), else upright, whatever the language's words; then raises the top of the plot so that
    every label stays below it. Measured on the figure laid out at its size (the PDF's; the
    window resizes it)."""
    if not labels:
        return
    figure.draw_without_rendering()  # the constrained layout: the plot's size as drawn
    box = axes.get_window_extent()
    left, right = axes.get_xlim()
    pitch = box.width / max(abs(right - left), 1e-9)  # pixels per policy area
    spacing = GAP_LABEL_GAP * figure.dpi / 72

    def fit() -> bool:
        return all(label.get_window_extent().width + spacing <= pitch for label in labels)

    if not fit():
        for label in labels:
            label.set_text(_two_lines(label.get_text()))
        if not fit():
            for label in labels:
                label.set_text(label.get_text().replace("\n", " "))
                label.set_rotation(90)
    bottom, top = axes.get_ylim()
    height = max(box.height, 1.0)
    for label in labels:
        share = min((label.get_window_extent().height + spacing) / height, HEADROOM_LIMIT)
        top = max(top, bottom + (label.xy[1] - bottom) / (0.98 - share))
    axes.set_ylim(bottom, top)


def draw_funding_by_policy_area(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Partner funding against the cost of the plan"))
    if data.frame.empty:
        _notes(figure, data, translate)
        return _empty(figure, title, translate)
    frame = data.frame
    positions = list(range(len(frame)))
    costed = frame["cost_usd"].notna()
    width = 0.38
    axes = figure.add_subplot()
    axes.bar([x - width / 2 if costed.any() else x for x in positions], frame["funding_usd"], width=width,
             color=BLUE, label=translate(QT_TRANSLATE_NOOP(CONTEXT, "Partner funding")))
    if costed.any():
        axes.bar([x + width / 2 for x, known in zip(positions, costed, strict=True) if known],
                 frame.loc[costed, "cost_usd"], width=width, color=ORANGE,
                 label=translate(QT_TRANSLATE_NOOP(CONTEXT, "Cost of the actions")))
        labels = _gap_labels(axes, frame, translate)
    else:
        labels = []
        axes.text(0.5, 0.95, translate(QT_TRANSLATE_NOOP(CONTEXT, "Costs arrive with step 4 (the action plan).")),
                  ha="center", va="top", color=DARK_GREY, style="italic", transform=axes.transAxes)
    axes.set_xticks(positions, [_area(a, translate, 22, 1) for a in frame["policy_area"]], fontsize=7,
                    rotation=35,
                    ha="right", rotation_mode="anchor")
    axes.set_ylabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "USD")))
    _usd_axis(axes)
    axes.margins(y=0.15)
    axes.legend(fontsize=8, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, frameon=False)
    axes.grid(alpha=0.3, axis="y")
    axes.set_title(title, pad=20)  # above the legend, which is above the plot, clear of its labels
    _notes(figure, data, translate)
    _fit_gap_labels(figure, axes, labels)
    return figure


def _loader(method: Callable[[ParticipationChartData, str], ChartData]) -> Callable[[ChartDataService, str], ChartData]:
    """``ChartInfo.load`` is typed for the profile service; these loaders are only ever called
    with a ``ParticipationChartData`` (by ``build_participation_chart``)."""
    return cast("Callable[[ChartDataService, str], ChartData]", method)


PARTICIPATION_CHARTS: tuple[ChartInfo, ...] = (
    ChartInfo("responsibility_matrix", QT_TRANSLATE_NOOP(CONTEXT, "Responsibility matrix"),
              _loader(ParticipationChartData.responsibility_matrix)),
    ChartInfo("meeting_attendance", QT_TRANSLATE_NOOP(CONTEXT, "Meetings and attendance"),
              _loader(ParticipationChartData.meeting_attendance)),
    ChartInfo("action_items", QT_TRANSLATE_NOOP(CONTEXT, "Overdue action items"),
              _loader(ParticipationChartData.action_items)),
    ChartInfo("interest_influence", QT_TRANSLATE_NOOP(CONTEXT, "Interest-influence grid"),
              _loader(ParticipationChartData.interest_influence)),
    ChartInfo("participation", QT_TRANSLATE_NOOP(CONTEXT, "Participation by sex and group"),
              _loader(ParticipationChartData.participation)),
    ChartInfo("input_funnel", QT_TRANSLATE_NOOP(CONTEXT, "Input funnel"),
              _loader(ParticipationChartData.input_funnel)),
    ChartInfo("partner_policy_heatmap", QT_TRANSLATE_NOOP(CONTEXT, "Partners by policy area"),
              _loader(ParticipationChartData.partner_policy_heatmap)),
    ChartInfo("alignment", QT_TRANSLATE_NOOP(CONTEXT, "Alignment to national priorities"),
              _loader(ParticipationChartData.alignment)),
    ChartInfo("funding_by_policy_area", QT_TRANSLATE_NOOP(CONTEXT, "Funding against cost"),
              _loader(ParticipationChartData.funding_by_policy_area)),
)
PARTICIPATION_DRAWERS: dict[str, Callable[[ChartData, Translate], Figure]] = {
    "responsibility_matrix": draw_responsibility_matrix,
    "meeting_attendance": draw_meeting_attendance,
    "action_items": draw_action_items,
    "interest_influence": draw_interest_influence,
    "participation": draw_participation,
    "input_funnel": draw_input_funnel,
    "partner_policy_heatmap": draw_partner_policy_heatmap,
    "alignment": draw_alignment,
    "funding_by_policy_area": draw_funding_by_policy_area,
}


def build_participation_chart(service: ParticipationChartData, workspace_code: str, key: str,
                              translate: Translate = _identity) -> tuple[ChartData, Figure]:
    """The chart's data and its figure (slow: call it off the GUI thread)."""
    info = next(chart for chart in PARTICIPATION_CHARTS if chart.key == key)
    data = info.load(cast(ChartDataService, service), workspace_code)
    return data, PARTICIPATION_DRAWERS[key](data, translate)
