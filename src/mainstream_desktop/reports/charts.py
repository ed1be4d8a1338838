"""The migration-profile charts as matplotlib ``Figure`` objects (never pyplot, so they are
safe off the GUI thread and in the PDF): stock over time by sex, top destinations, flows and
net migration, remittances in USD and as a share of GDP, the sector-impact heat-map and the
data-availability heat-map. Each chart draws one ``ChartData`` and says so when it is empty.

Titles and labels are English, marked for translation; the caller passes ``translate`` to get
them in the user's language. Names drawn from codes (destination countries, policy areas, impact
channels, indicators) are the reference labels of the label language (``core.reference_labels``), broken
into two short lines for the axis.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP
from mainstream_desktop.core.reference_labels import (
    code_label,
    country_label,
    indicator_label,
    short_label,
)
from mainstream_desktop.reports.chart_data import ChartData, ChartDataService

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

Translate = Callable[[str], str]
CONTEXT = "charts"
SEX_COLOURS = {"T": "#1f4e79", "M": "#2e86c1", "F": "#c0392b"}
EFFECT_SCORES = {"POSITIVE": 1.0, "MIXED": 0.0, "UNKNOWN": 0.0, "NEGATIVE": -1.0}
STATE_CODES = {"reported": 2, "estimate": 1, "missing": 0}


@dataclass(frozen=True)
class ChartInfo:
    key: str
    title: str
    load: Callable[[ChartDataService, str], ChartData]


def _identity(text: str) -> str:
    return text


def new_figure() -> Figure:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8.0, 4.5), dpi=100, layout="constrained")
    return figure


def _empty(figure: Figure, title: str, translate: Translate) -> Figure:
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.set_title(title)
    axes.text(0.5, 0.5, translate(QT_TRANSLATE_NOOP(CONTEXT, "No data yet for this chart.")),
              ha="center", va="center", color="#666666", transform=axes.transAxes)
    return figure


def _caption(figure: Figure, data: ChartData, translate: Translate) -> None:
    if data.source:  # supxlabel takes part in the constrained layout, so it never overlaps the axes
        figure.supxlabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "Source: {source}")).format(source=data.source),
                         fontsize=7, color="#555555", x=0.01, ha="left")


def _thousands(axes: Axes, which: str = "y") -> None:
    from matplotlib.ticker import FuncFormatter

    axis = axes.yaxis if which == "y" else axes.xaxis
    axis.set_major_formatter(FuncFormatter(lambda value, _pos: f"{value:,.0f}"))


def policy_area_labels(codes: list[str]) -> list[str]:
    """The policy areas' labels in the label language for a chart's rows: two short lines each,
    one when there are so many rows that two would overlap."""
    lines = 2 if len(codes) <= 12 else 1
    return [short_label(code_label("POLICY_AREA", code), 24 if lines == 2 else 30, lines) for code in codes]


def indicator_labels(codes: list[str], names: dict[str, str] | None = None) -> list[str]:
    """The indicators' names in the label language for a chart's rows (``names`` when the data
    service read them, else the shipped list's): two short lines each, one when there are so
    many rows that two would overlap."""
    lines = 2 if len(codes) <= 12 else 1
    return [short_label((names or {}).get(code) or indicator_label(code), 30 if lines == 2 else 36, lines)
            for code in codes]


def _legend(axes: Axes, right: Axes | None, location: Literal["best", "upper left"]) -> None:
    """One legend for a chart with a second y axis."""
    handles, labels = axes.get_legend_handles_labels()
    if right is not None:
        more_handles, more_labels = right.get_legend_handles_labels()
        handles, labels = handles + more_handles, labels + more_labels
    axes.legend(handles, labels, loc=location, fontsize=8)


def draw_stock_by_sex(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Immigrant stock by sex"))
    if data.frame.empty:
        return _empty(figure, title, translate)
    axes = figure.add_subplot()
    names = {"T": QT_TRANSLATE_NOOP(CONTEXT, "Total"), "M": QT_TRANSLATE_NOOP(CONTEXT, "Men"),
             "F": QT_TRANSLATE_NOOP(CONTEXT, "Women")}
    for sex, group in data.frame.groupby("sex", sort=False):
        axes.plot(group["year"], group["value"], marker="o", color=SEX_COLOURS.get(str(sex), "#555555"),
                  label=translate(names.get(str(sex), str(sex))))
    axes.set_title(title)
    axes.set_ylabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "Persons")))
    axes.set_ylim(bottom=0)
    _thousands(axes)
    axes.legend()
    axes.grid(alpha=0.3)
    _caption(figure, data, translate)
    return figure


def draw_top_destinations(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Emigrants by country of destination"))
    if data.frame.empty:
        return _empty(figure, title, translate)
    axes = figure.add_subplot()
    frame = data.frame.iloc[::-1]
    names = frame["destination_name"] if "destination_name" in frame else frame["destination"].map(country_label)
    labels = [translate(QT_TRANSLATE_NOOP(CONTEXT, "Other")) if code == "_OTHER" else short_label(str(name))
              for code, name in zip(frame["destination"], names, strict=True)]
    bars = axes.barh(range(len(labels)), frame["value"], color="#1f4e79")
    axes.set_yticks(range(len(labels)), labels, fontsize=8)
    axes.bar_label(bars, labels=[f"{value:,.0f}" for value in frame["value"]], padding=3, fontsize=8)
    axes.set_title(f"{title} ({int(frame['year'].iloc[0])})")
    axes.set_xlabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "Persons")))
    _thousands(axes, "x")
    axes.margins(x=0.15)
    _caption(figure, data, translate)
    return figure


def draw_flows(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Migration flows and net migration"))
    if data.frame.empty:
        return _empty(figure, title, translate)
    axes = figure.add_subplot()
    frame = data.frame
    names = {"MIG_FLOW_IN": QT_TRANSLATE_NOOP(CONTEXT, "Immigration"),
             "MIG_FLOW_OUT": QT_TRANSLATE_NOOP(CONTEXT, "Emigration"),
             "MIG_NET": QT_TRANSLATE_NOOP(CONTEXT, "Net migration"),
             "MIG_NET_RATE": QT_TRANSLATE_NOOP(CONTEXT, "Net migration rate (per 1,000, right axis)")}
    colours = {"MIG_FLOW_IN": "#2e86c1", "MIG_FLOW_OUT": "#c0392b", "MIG_NET": "#555555"}
    counts = frame[frame["indicator"] != "MIG_NET_RATE"]
    width = 0.4
    for offset, indicator in ((-width / 2, "MIG_FLOW_IN"), (width / 2, "MIG_FLOW_OUT")):
        part = counts[counts["indicator"] == indicator]
        if not part.empty:
            axes.bar(part["year"] + offset, part["value"], width=width, color=colours[indicator],
                     label=translate(names[indicator]))
    net = counts[counts["indicator"] == "MIG_NET"]
    if not net.empty:
        axes.plot(net["year"], net["value"], color=colours["MIG_NET"], marker="o", label=translate(names["MIG_NET"]))
    axes.set_ylabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "Persons per year")))
    _thousands(axes)
    rate = frame[frame["indicator"] == "MIG_NET_RATE"]
    right = None
    if not rate.empty:
        right = axes.twinx()
        right.plot(rate["year"], rate["value"], color="#7d3c98", marker="s", linestyle="--",
                   label=translate(names["MIG_NET_RATE"]))
        right.axhline(0, color="#999999", linewidth=0.8)
        right.set_ylabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "Per 1,000 population")))
    _legend(axes, right, "best")
    axes.set_title(title)
    axes.grid(alpha=0.3)
    _caption(figure, data, translate)
    return figure


def draw_remittances(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Remittances received"))
    if data.frame.empty:
        return _empty(figure, title, translate)
    axes = figure.add_subplot()
    frame = data.frame
    usd = frame.dropna(subset=["usd_mn"])
    axes.bar(usd["year"], usd["usd_mn"], color="#1f4e79", width=0.8,
             label=translate(QT_TRANSLATE_NOOP(CONTEXT, "USD million")))
    axes.set_ylabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "USD million, current")))
    _thousands(axes)
    right = axes.twinx()
    share = frame.dropna(subset=["pct_gdp"])
    right.plot(share["year"], share["pct_gdp"], color="#e67e22", marker="o",
               label=translate(QT_TRANSLATE_NOOP(CONTEXT, "% of GDP (right axis)")))
    right.set_ylabel(translate(QT_TRANSLATE_NOOP(CONTEXT, "% of GDP")))
    right.set_ylim(bottom=0)
    _legend(axes, right, "upper left")
    axes.set_title(title)
    axes.grid(alpha=0.3, axis="y")
    _caption(figure, data, translate)
    return figure


def draw_sector_impacts(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "How migration affects each sector"))
    if data.frame.empty:
        return _empty(figure, title, translate)
    import numpy as np

    frame = data.frame
    areas = sorted(frame["policy_area"].unique())
    channels = sorted(frame["channel"].unique())
    grid = np.full((len(areas), len(channels)), np.nan)
    axes = figure.add_subplot()
    for row in frame.itertuples():
        i, j = areas.index(row.policy_area), channels.index(row.channel)
        grid[i, j] = EFFECT_SCORES.get(str(row.effect), 0.0)
        axes.text(j, i, str(int(row.magnitude)) if row.magnitude == row.magnitude and row.magnitude else "?",
                  ha="center", va="center", fontsize=9, color="black")
    axes.imshow(grid, cmap="RdYlGn", vmin=-1, vmax=1, aspect="auto")
    axes.set_xticks(range(len(channels)), [short_label(code_label("IMPACT_CHANNEL", c), 22) for c in channels],
                    rotation=30, ha="right", fontsize=8)
    axes.set_yticks(range(len(areas)), policy_area_labels(areas), fontsize=8)
    axes.set_title(title + "\n" + translate(QT_TRANSLATE_NOOP(
        CONTEXT, "green positive, red negative, yellow mixed; the number is the magnitude (1-3)")), fontsize=10)
    return figure


def draw_data_availability(data: ChartData, translate: Translate = _identity) -> Figure:
    figure = new_figure()
    title = translate(QT_TRANSLATE_NOOP(CONTEXT, "Data availability by indicator and year"))
    if data.frame.empty:
        return _empty(figure, title, translate)
    import numpy as np
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    frame = data.frame
    indicators = sorted(frame["indicator"].unique())
    names = dict(zip(frame["indicator"], frame["indicator_name"], strict=True)) if "indicator_name" in frame else {}
    years = list(range(int(frame["year"].min()), int(frame["year"].max()) + 1))
    grid = np.full((len(indicators), len(years)), np.nan)
    for row in frame.itertuples():
        grid[indicators.index(row.indicator), years.index(int(row.year))] = STATE_CODES[str(row.state)]
    colours = ["#e74c3c", "#f5b041", "#27ae60"]
    axes = figure.add_subplot()
    axes.imshow(grid, cmap=ListedColormap(colours), vmin=0, vmax=2, aspect="auto", interpolation="none")
    step = max(1, len(years) // 15)
    axes.set_xticks(range(0, len(years), step), [str(y) for y in years[::step]], fontsize=7, rotation=45)
    axes.set_yticks(range(len(indicators)), indicator_labels(indicators, names), fontsize=7 if len(indicators) <= 24 else 6)
    axes.legend(handles=[Patch(color=c, label=translate(label)) for c, label in zip(colours, (
        QT_TRANSLATE_NOOP(CONTEXT, "missing"), QT_TRANSLATE_NOOP(CONTEXT, "estimate"),
        QT_TRANSLATE_NOOP(CONTEXT, "reported")), strict=True)], loc="upper left", bbox_to_anchor=(1.0, 1.0),
        fontsize=8)
    axes.set_title(title)
    return figure


CHARTS: tuple[ChartInfo, ...] = (
    ChartInfo("stock_by_sex", QT_TRANSLATE_NOOP(CONTEXT, "Immigrant stock by sex"), ChartDataService.stock_by_sex),
    ChartInfo("top_destinations", QT_TRANSLATE_NOOP(CONTEXT, "Top destinations"), ChartDataService.top_destinations),
    ChartInfo("flows", QT_TRANSLATE_NOOP(CONTEXT, "Flows and net migration"), ChartDataService.flows),
    ChartInfo("remittances", QT_TRANSLATE_NOOP(CONTEXT, "Remittances"), ChartDataService.remittances),
    ChartInfo("sector_impacts", QT_TRANSLATE_NOOP(CONTEXT, "Sector impacts"), ChartDataService.sector_impacts),
    ChartInfo("data_availability", QT_TRANSLATE_NOOP(CONTEXT, "Data availability"),
              ChartDataService.data_availability),
)
DRAWERS: dict[str, Callable[[ChartData, Translate], Figure]] = {
    "stock_by_sex": draw_stock_by_sex,
    "top_destinations": draw_top_destinations,
    "flows": draw_flows,
    "remittances": draw_remittances,
    "sector_impacts": draw_sector_impacts,
    "data_availability": draw_data_availability,
}


def build_chart(service: ChartDataService, workspace_code: str, key: str,
                translate: Translate = _identity) -> tuple[ChartData, Figure]:
    """The chart's data and its figure (slow: call it off the GUI thread)."""
    info = next(chart for chart in CHARTS if chart.key == key)
    data = info.load(service, workspace_code)
    return data, DRAWERS[key](data, translate)
