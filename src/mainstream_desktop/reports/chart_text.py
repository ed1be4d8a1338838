"""The texts of a built chart in the reader's language: numbers written the way the language
writes them, and Arabic (any right-to-left script) drawn joined and in reading order.

The chart builders write numbers the English way (``759,161``, ``7.5``); ``localise_chart``
rewrites every text of the figure that is such a number (bar labels, tick labels, through the
axes' formatters) with the caller's number function (QLocale in the window, babel in the PDF),
so French reads ``759 161`` and ``7,5``. Years and other plain integers are left alone.

matplotlib 3.11 lays text out with libraqm (FreeType's ``FT2Font._layout``): it joins Arabic
letters and applies the bidirectional algorithm itself, so Arabic needs nothing more. Before it,
matplotlib drew the characters of a string left to right in the order given, unjoined, so an
Arabic title came out as separate letters, backwards; with such a matplotlib (the program accepts
3.8 and later) every text is rewritten line by line with ``pdf_locale.visual``: joined letter
forms, visual order. With any matplotlib, Arabic set in italics is set upright: the oblique
DejaVu Sans has no Arabic letters (they would come out as empty boxes), and Arabic has no italic
convention anyway. Text without right-to-left letters is never touched, so this is safe on every
chart, in the window and in the PDF (whose charts are drawn by the same Agg renderer).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from mainstream_desktop.reports.pdf_locale import visual

if TYPE_CHECKING:
    from matplotlib.figure import Figure

NumberFormat = Callable[[float, int], str]
"""``(value, decimals) -> text`` in the reader's language, digits grouped."""

_DONE = "_mainstream_chart_texts_localised"
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # Hebrew, Arabic and their forms
_ENGLISH_NUMBER = re.compile(r"^(?P<sign>[-\u2212]?)(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<fraction>\d+))?$")


def has_right_to_left_letters(text: str) -> bool:
    return bool(_RIGHT_TO_LEFT.search(text))


def visual_lines(text: str) -> str:
    """Each line of ``text`` in visual order (lines are reordered one by one, never across)."""
    return "\n".join(visual(line) for line in text.split("\n")) if text else text


def localised_number(text: str, number: NumberFormat) -> str:
    """``text`` rewritten by ``number`` if it is a number written the English way with a
    separator ("759,161", "-5.8"); anything else (a year, a word) unchanged."""
    match = _ENGLISH_NUMBER.match(text.strip())
    if match is None or ("," not in text and "." not in text):
        return text
    fraction = match["fraction"] or ""
    value = float(match["whole"].replace(",", "") + ("." + fraction if fraction else ""))
    return number(-value if match["sign"] else value, len(fraction))


@functools.cache
def matplotlib_lays_out_text() -> bool:
    """True when matplotlib shapes and orders complex scripts itself (libraqm, 3.11 and later)."""
    from matplotlib.ft2font import FT2Font

    return hasattr(FT2Font, "_layout")


def localise_chart(figure: Figure, number: NumberFormat | None = None, shape: bool | None = None) -> Figure:
    """Numbers in ``number``'s style (None: left English), right-to-left text shaped when this
    matplotlib needs it (``shape`` overrides the check); a second call does nothing."""
    if getattr(figure, _DONE, False):
        return figure
    from matplotlib.text import Text

    if shape is None:
        shape = not matplotlib_lays_out_text()

    def rewrite(text: str) -> str:
        if number is not None:
            text = localised_number(text, number)
        return visual_lines(text) if shape else text

    for text in figure.findobj(Text):
        content = text.get_text()
        if text.get_fontstyle() != "normal" and has_right_to_left_letters(content):
            text.set_fontstyle("normal")
        rewritten = rewrite(content)
        if rewritten != content:
            text.set_text(rewritten)
    if number is not None or shape:
        for axes in figure.get_axes():
            for axis in (axes.xaxis, axes.yaxis):
                axis.set_major_formatter(_rewriting_formatter(axis.get_major_formatter(), rewrite))
                axis.set_minor_formatter(_rewriting_formatter(axis.get_minor_formatter(), rewrite))
    setattr(figure, _DONE, True)
    return figure


def shape_right_to_left(figure: Figure, needed: bool | None = None) -> Figure:
    """Only the right-to-left part of ``localise_chart``."""
    return localise_chart(figure, None, needed)


def shape_chart(result: tuple[Any, Figure], number: NumberFormat | None = None) -> tuple[Any, Figure]:
    """``(data, figure)`` as the chart builders return it, its texts localised."""
    data, figure = result
    return data, localise_chart(figure, number)


def _rewriting_formatter(inner: Any, rewrite: Callable[[str], str]) -> Any:
    from matplotlib.ticker import Formatter

    class RewritingFormatter(Formatter):
        """The axis's own formatter, its labels rewritten."""

        def __init__(self, wrapped: Formatter) -> None:
            self.wrapped = wrapped

        def __call__(self, x: float, pos: int | None = None) -> str:
            return rewrite(str(self.wrapped(x, pos)))

        def format_ticks(self, values: list[float]) -> list[str]:
            return [rewrite(str(label)) for label in self.wrapped.format_ticks(values)]

        def set_locs(self, locs: list[float]) -> None:
            self.wrapped.set_locs(locs)

        def get_offset(self) -> str:
            return rewrite(str(self.wrapped.get_offset()))

        def set_axis(self, axis: Any) -> None:
            super().set_axis(axis)
            self.wrapped.set_axis(axis)

    if type(inner).__name__ == "RewritingFormatter":
        return inner
    return RewritingFormatter(inner)
