"""Arabic (and any right-to-left) text in matplotlib charts, shaped and in reading order.

matplotlib 3.11 lays text out with libraqm (FreeType's ``FT2Font._layout``): it joins Arabic
letters and applies the bidirectional algorithm itself, so the charts need nothing. Before it,
matplotlib drew the characters of a string left to right in the order given, unjoined, so an
Arabic title came out as separate letters, backwards. With such a matplotlib (the program
accepts 3.8 and later), ``shape_right_to_left`` rewrites every text of a built chart (titles,
axis labels, legend entries, annotations, and the tick labels its formatters will produce) line
by line with ``pdf_locale.visual``: joined letter forms, visual order. Text without
right-to-left letters is left exactly as it is, so it is safe to call on every chart, in the
window and in the PDF (whose charts are drawn by the same Agg renderer).

With any matplotlib, Arabic text set in italics is set upright: the oblique DejaVu Sans has no
Arabic letters (they would come out as empty boxes), and Arabic has no italic convention anyway.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from mainstream_desktop.reports.pdf_locale import visual

if TYPE_CHECKING:
    from matplotlib.figure import Figure

_SHAPED = "_mainstream_right_to_left_shaped"
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # Hebrew, Arabic and their forms


def has_right_to_left_letters(text: str) -> bool:
    return bool(_RIGHT_TO_LEFT.search(text))


def visual_lines(text: str) -> str:
    """Each line of ``text`` in visual order (lines are reordered one by one, never across)."""
    return "\n".join(visual(line) for line in text.split("\n")) if text else text


@functools.cache
def matplotlib_lays_out_text() -> bool:
    """True when matplotlib shapes and orders complex scripts itself (libraqm, 3.11 and later)."""
    from matplotlib.ft2font import FT2Font

    return hasattr(FT2Font, "_layout")


def shape_right_to_left(figure: Figure, needed: bool | None = None) -> Figure:
    """Shape every text of ``figure`` for drawing, unless matplotlib does it itself (``needed``
    overrides the check); a second call does nothing."""
    if getattr(figure, _SHAPED, False):
        return figure
    from matplotlib.text import Text

    for text in figure.findobj(Text):
        if text.get_fontstyle() != "normal" and has_right_to_left_letters(text.get_text()):
            text.set_fontstyle("normal")
    if needed is None:
        needed = not matplotlib_lays_out_text()
    if not needed:
        setattr(figure, _SHAPED, True)
        return figure
    for text in figure.findobj(Text):
        content = text.get_text()
        shaped = visual_lines(content)
        if shaped != content:
            text.set_text(shaped)
    for axes in figure.get_axes():
        for axis in (axes.xaxis, axes.yaxis):
            axis.set_major_formatter(_shaping_formatter(axis.get_major_formatter()))
            axis.set_minor_formatter(_shaping_formatter(axis.get_minor_formatter()))
    setattr(figure, _SHAPED, True)
    return figure


def shape_chart(result: tuple[Any, Figure]) -> tuple[Any, Figure]:
    """``(data, figure)`` as the chart builders return it, with the figure's texts shaped."""
    data, figure = result
    return data, shape_right_to_left(figure)


def _shaping_formatter(inner: Any) -> Any:
    from matplotlib.ticker import Formatter

    class ShapingFormatter(Formatter):
        """The axis's own formatter, its labels shaped."""

        def __init__(self, wrapped: Formatter) -> None:
            self.wrapped = wrapped

        def __call__(self, x: float, pos: int | None = None) -> str:
            return visual_lines(str(self.wrapped(x, pos)))

        def format_ticks(self, values: list[float]) -> list[str]:
            return [visual_lines(str(label)) for label in self.wrapped.format_ticks(values)]

        def set_locs(self, locs: list[float]) -> None:
            self.wrapped.set_locs(locs)

        def get_offset(self) -> str:
            return visual_lines(str(self.wrapped.get_offset()))

        def set_axis(self, axis: Any) -> None:
            super().set_axis(axis)
            self.wrapped.set_axis(axis)

    if type(inner).__name__ == "ShapingFormatter":
        return inner
    return ShapingFormatter(inner)
