"""Arabic (and any right-to-left) text in matplotlib charts, shaped and in reading order.

matplotlib draws the characters of a string left to right in the order given and does not join
Arabic letters, so an Arabic title would come out as separate letters, backwards. Once a chart
is built, ``shape_right_to_left`` rewrites every text of the figure (titles, axis labels, legend
entries, annotations, and the tick labels its formatters will produce) line by line with
``pdf_locale.visual``: joined letter forms, visual order. Text without right-to-left letters is
left exactly as it is, so it is safe to call on every chart, in the window and in the PDF.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mainstream_desktop.reports.pdf_locale import visual

if TYPE_CHECKING:
    from matplotlib.figure import Figure

_SHAPED = "_mainstream_right_to_left_shaped"


def visual_lines(text: str) -> str:
    """Each line of ``text`` in visual order (lines are reordered one by one, never across)."""
    return "\n".join(visual(line) for line in text.split("\n")) if text else text


def shape_right_to_left(figure: Figure) -> Figure:
    """Shape every text of ``figure`` for drawing; a second call does nothing."""
    if getattr(figure, _SHAPED, False):
        return figure
    from matplotlib.text import Text

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
