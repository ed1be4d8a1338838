"""The portfolio charts (reports/portfolio_charts.py) drawn from the portfolio of real data
folders: each figure builds and renders to a PNG that reads back, its axes hold the countries
(and the steps, severities, themes or indicators), the bars add up to the portfolio's counts,
a missing figure is written "missing" with no bar, and an empty data folder gives charts that
say they are empty."""

from __future__ import annotations

from pathlib import Path

import matplotlib.image
import pandas
import pytest

from mainstream_desktop.core.portfolio import PortfolioService
from mainstream_desktop.core.steps import STEPS
from mainstream_desktop.reports.portfolio_charts import (
    PORTFOLIO_CHARTS,
    build_portfolio_chart,
    portfolio_chart_titles,
)


@pytest.fixture
def demo_portfolio(demo_services):  # type: ignore[no-untyped-def]
    portfolio = PortfolioService(demo_services.uow, demo_services.status).load()
    assert portfolio is not None
    return portfolio


def tick_texts(axes, which: str = "y") -> list[str]:  # type: ignore[no-untyped-def]
    labels = axes.get_yticklabels() if which == "y" else axes.get_xticklabels()
    return [label.get_text() for label in labels]


def test_every_chart_builds_and_renders_to_a_png_that_reads_back(demo_portfolio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert set(portfolio_chart_titles()) == {key for key, *_rest in PORTFOLIO_CHARTS}
    for key, *_rest in PORTFOLIO_CHARTS:
        data, figure = build_portfolio_chart(demo_portfolio, key)
        assert data.key == key and not data.frame.empty
        target = tmp_path / f"{key}.png"
        figure.savefig(target)
        pixels = matplotlib.image.imread(target)
        assert pixels.shape[0] >= 250 and pixels.shape[1] == 800
        sheet = tmp_path / f"{key}.xlsx"  # what the window's "Export data" writes, read back
        data.frame.to_excel(sheet, index=False, engine="openpyxl")
        assert len(pandas.read_excel(sheet)) == len(data.frame)


def test_the_status_matrix_has_a_row_per_country_and_a_column_per_step(demo_portfolio) -> None:  # type: ignore[no-untyped-def]
    data, figure = build_portfolio_chart(demo_portfolio, "portfolio_status")
    axes = figure.axes[0]
    assert tick_texts(axes) == [c.country for c in demo_portfolio.countries]
    assert [text.split("\n")[0] for text in tick_texts(axes, "x")] == [str(int(s.number)) for s in STEPS]
    cells = [t.get_text() for t in axes.texts]
    assert len(cells) == 8 * len(demo_portfolio.countries)
    jamaica = demo_portfolio.country("JAM")
    assert jamaica is not None
    row = demo_portfolio.countries.index(jamaica)
    assert [cells[row * 8 + i].split("\n")[0] for i in range(8)] == [f"{c.percent}%" for c in jamaica.cells]
    assert len(data.frame) == 8 * len(demo_portfolio.countries)


def test_the_comment_bars_add_up_to_each_countrys_open_comments(demo_portfolio) -> None:  # type: ignore[no-untyped-def]
    assert any(load.open_total for load in demo_portfolio.comments)
    _data, figure = build_portfolio_chart(demo_portfolio, "portfolio_comments")
    by_severity, by_age = figure.axes[:2]
    countries = [c.country for c in demo_portfolio.comments]
    assert tick_texts(by_severity) == countries
    for axes in (by_severity, by_age):
        totals = [0.0] * len(countries)
        for bar in axes.patches:
            totals[round(bar.get_y() + bar.get_height() / 2)] += bar.get_width()
        assert totals == [load.open_total for load in demo_portfolio.comments]
    labels = {t.get_text() for t in by_severity.get_legend().get_texts()}
    assert "Blocker" in labels or "Major" in labels


def test_the_lessons_grid_holds_themes_and_countries_and_marks_the_recurring_ones(demo_portfolio) -> None:  # type: ignore[no-untyped-def]
    lessons = demo_portfolio.lessons
    data, figure = build_portfolio_chart(demo_portfolio, "portfolio_lessons")
    axes = figure.axes[0]
    assert int(data.frame["lessons"].sum()) == lessons.total
    names = {c.workspace: c.country for c in demo_portfolio.countries}
    columns = [names.get(w, "cross-country") for w in lessons.workspaces if any(
        lessons.count(t, w) for t in lessons.themes)]
    assert tick_texts(axes, "x") == columns
    starred = [t[2:] for t in tick_texts(axes) if t.startswith("\u2605 ")]
    assert starred == [lessons.theme_labels[t] for t in lessons.recurring]


def test_one_panel_per_indicator_with_every_country_and_missing_figures_written_missing(demo_portfolio) -> None:  # type: ignore[no-untyped-def]
    data, figure = build_portfolio_chart(demo_portfolio, "portfolio_indicators")
    panels = [axes for axes in figure.axes if axes.get_title(loc="left")]
    assert len(panels) == len(demo_portfolio.indicators)
    countries = [c.country for c in demo_portfolio.countries]
    for axes, item in zip(panels, demo_portfolio.indicators, strict=True):
        assert tick_texts(axes) == countries
        assert item.name in axes.get_title(loc="left").replace("\n", " ")
    remittances = next(i for i, item in enumerate(demo_portfolio.indicators) if item.code == "REM_IN_GDP")
    labels = [t.get_text() for t in panels[remittances].texts]
    jamaica = next(v for v in demo_portfolio.indicators[remittances].values if v.workspace == "JAM")
    assert labels[countries.index("Jamaica")] == f"{jamaica.value:.1f}% ({jamaica.year})"
    assert labels[countries.index("Bangladesh")] == "missing"
    bars = panels[remittances].patches
    assert bars[countries.index("Bangladesh")].get_width() == 0
    assert set(data.frame.columns) >= {"value", "year", "source", "missing"}


def test_an_empty_data_folder_gives_charts_that_say_so(services) -> None:  # type: ignore[no-untyped-def]
    portfolio = PortfolioService(services.uow, services.status).load()
    assert portfolio is not None and portfolio.countries == ()
    for key, *_rest in PORTFOLIO_CHARTS:
        data, figure = build_portfolio_chart(portfolio, key)
        assert data.frame.empty
        texts = [t.get_text() for axes in figure.axes for t in axes.texts]
        assert texts and all(texts), key
