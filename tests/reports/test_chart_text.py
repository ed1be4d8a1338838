"""Arabic text in matplotlib charts: shaped (joined letter forms) and in visual order, in
titles, legends and tick labels; other text untouched; shaping twice changes nothing."""

from __future__ import annotations

import io

from mainstream_desktop.reports.chart_text import shape_right_to_left, visual_lines
from mainstream_desktop.reports.charts import new_figure


def presentation_forms(text: str) -> bool:
    return any("\ufe70" <= c <= "\ufeff" for c in text)


def test_every_text_of_a_figure_is_shaped_once():
    figure = new_figure()
    axes = figure.add_subplot()
    axes.bar(["المغرب", "Tunisia"], [3, 4], label="المهاجرون")
    axes.set_title("المهاجرون حسب الجنس\n2019")
    axes.set_ylabel("Persons")
    axes.legend()
    shape_right_to_left(figure)
    shape_right_to_left(figure)
    figure.canvas.draw()
    title = axes.get_title()
    assert presentation_forms(title.split("\n")[0]) and title.split("\n")[1] == "2019"
    assert axes.get_ylabel() == "Persons"
    ticks = [label.get_text() for label in axes.get_xticklabels()]
    assert presentation_forms(ticks[0]) and ticks[1] == "Tunisia"
    assert presentation_forms(axes.get_legend().get_texts()[0].get_text())
    image = io.BytesIO()
    figure.savefig(image, format="png")
    assert image.getvalue().startswith(b"\x89PNG")


def test_lines_are_reordered_one_by_one():
    shaped = visual_lines("تقرير 2019\nReport")
    first, second = shaped.split("\n")
    assert first.startswith("2019") and second == "Report"
