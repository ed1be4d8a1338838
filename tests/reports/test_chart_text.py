"""Arabic text in matplotlib charts: left to matplotlib when it lays text out itself (3.11 and
later: drawn joined and right to left, checked on the pixels), else shaped (joined letter forms)
and put in visual order in titles, legends and tick labels; other text untouched; shaping twice
changes nothing."""

from __future__ import annotations

import io

from mainstream_desktop.reports.chart_text import matplotlib_lays_out_text, shape_right_to_left, visual_lines
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
    shape_right_to_left(figure, needed=True)
    shape_right_to_left(figure, needed=True)
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


def test_a_matplotlib_that_lays_out_text_gets_it_unchanged():
    figure = new_figure()
    axes = figure.add_subplot()
    axes.set_title("المهاجرون")
    shape_right_to_left(figure)
    assert (axes.get_title() == "المهاجرون") == matplotlib_lays_out_text()


def drawn_width(text: str) -> int:
    """The width in pixels of ``text`` drawn alone by matplotlib's Agg renderer."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = new_figure()
    figure.text(0.01, 0.5, text, fontsize=20)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    ink = np.asarray(canvas.buffer_rgba())[:, :, :3].min(axis=2) < 128
    columns = np.flatnonzero(ink.any(axis=0))
    return int(columns[-1] - columns[0]) if columns.size else 0


def test_what_the_charts_draw_is_joined_arabic():
    """Joined letters are narrower than the same letters drawn apart: the text as the charts
    hand it to matplotlib (shaped or not, as this matplotlib needs) draws as wide as the
    joined presentation forms, not as the isolated letters."""
    word = "المهاجرون"
    figure = new_figure()
    axes = figure.add_subplot()
    axes.set_title(word)
    shape_right_to_left(figure)
    as_charts_draw = drawn_width(axes.get_title())
    isolated = drawn_width("\u200c".join(word))  # zero-width non-joiners: the same letters, unjoined
    assert as_charts_draw < 0.95 * isolated


def test_arabic_in_italics_is_set_upright():
    """The oblique DejaVu Sans has no Arabic letters: an italic Arabic note would be empty boxes."""
    figure = new_figure()
    axes = figure.add_subplot()
    note = axes.text(0.5, 0.5, "تأثير مرتفع", style="italic")
    latin = axes.text(0.5, 0.2, "high influence", style="italic")
    shape_right_to_left(figure)
    assert note.get_fontstyle() == "normal" and latin.get_fontstyle() == "italic"


def test_numbers_are_written_the_reader_s_way():
    from mainstream_desktop.reports.chart_text import localise_chart, localised_number
    from mainstream_desktop.reports.pdf_locale import ReportLocale

    french = ReportLocale.of("fr").number
    assert localised_number("759,161", french).replace("\u202f", " ") == "759 161"
    assert localised_number("-5.8", french) == "-5,8"
    for unchanged in ("2019", "3", "USA", "7,5 %", "1,2,3"):
        assert localised_number(unchanged, french) == unchanged
    figure = new_figure()
    axes = figure.add_subplot()
    bars = axes.bar(["2019", "2020"], [759161, 1200.5])
    axes.bar_label(bars, labels=["759,161", "1,200.5"])
    from matplotlib.ticker import FuncFormatter

    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: f"{value:,.0f}"))
    localise_chart(figure, french, shape=False)
    labels = [text.get_text().replace("\u202f", " ") for text in axes.texts]
    assert labels == ["759 161", "1 200,5"]
    ticks = [t.replace("\u202f", " ") for t in axes.yaxis.get_major_formatter().format_ticks([0, 800000])]
    assert ticks == ["0", "800 000"]
    assert [t.get_text() for t in axes.get_xticklabels()] == ["2019", "2020"]  # years stay as they are
