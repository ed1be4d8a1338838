"""Writing a report's story: the small vocabulary the report sections use (section and
subsection headings, paragraphs, notes, bullet lists, label-value facts, key-figure tiles,
tables and charts), all in the report's language and direction and in the house style.

Charts are matplotlib figures from the existing chart builders, rendered here to PNG in memory
at print resolution.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from mainstream_desktop.reports.pdf_flowables import (
    ChartImage,
    Column,
    FlexTable,
    Heading,
    TableSpec,
    paragraph,
)
from mainstream_desktop.reports.pdf_locale import ReportLocale
from mainstream_desktop.reports.pdf_style import MM, NAVY, PALE_BLUE, RULE, Styles, make_styles

if TYPE_CHECKING:
    from matplotlib.figure import Figure

CHART_DPI = 150
"""Charts are drawn 8 inches wide and printed about 6.7 inches wide: 180 pixels per inch on paper."""


@dataclass
class ReportStory:
    locale: ReportLocale
    styles: Styles = field(init=False)
    flowables: list[Flowable] = field(default_factory=list)
    _keys: int = 0

    def __post_init__(self) -> None:
        self.styles = make_styles(self.locale.right_to_left)

    @property
    def rtl(self) -> bool:
        return self.locale.right_to_left

    def add(self, *items: Flowable) -> None:
        self.flowables.extend(items)

    # -- cover ------------------------------------------------------------------------------
    def cover(self, kicker: str, title: str, subtitle: str, lines: Sequence[str], contents: Flowable,
              contents_title: str) -> None:
        """The cover page: kicker, title and subtitle in the band; below it the lines (an empty
        line is a gap) and the contents. Body pages follow."""
        from reportlab.platypus import FrameBreak, NextPageTemplate

        styles, rtl = self.styles, self.rtl
        self.add(paragraph(kicker.upper(), styles.cover_subtitle, rtl), Spacer(1, 6 * MM),
                 paragraph(title, styles.cover_title, rtl), Spacer(1, 3 * MM),
                 paragraph(subtitle, styles.cover_subtitle, rtl), FrameBreak(), Spacer(1, 8 * MM))
        for line in lines:
            self.add(paragraph(line, styles.cover_line, rtl) if line else Spacer(1, 4 * MM))
        self.add(Spacer(1, 8 * MM), paragraph(contents_title, styles.h2, rtl), contents, NextPageTemplate("body"))

    # -- headings ---------------------------------------------------------------------------
    def section(self, title: str, new_page: bool = True) -> None:
        """A top-level section: a new page, a heading in the contents and the outline."""
        self._keys += 1
        if new_page:
            self.add(PageBreak())
        self.add(Heading(title, self.styles.h1, 0, f"s{self._keys}", self.rtl), _rule())

    def subsection(self, title: str) -> None:
        self._keys += 1
        self.add(CondPageBreak(40 * MM), Heading(title, self.styles.h2, 1, f"s{self._keys}", self.rtl))

    # -- text -------------------------------------------------------------------------------
    def para(self, text: str) -> None:
        self.add(paragraph(text, self.styles.body, self.rtl))

    def note(self, text: str) -> None:
        """A line in muted italics: what is not there yet, where figures come from."""
        self.add(paragraph(text, self.styles.note, self.rtl))

    def bullets(self, items: Iterable[str]) -> None:
        for item in items:
            self.add(paragraph(f"\u2022 {item}" if not self.rtl else f"{item} \u2022", self.styles.body, self.rtl))

    def facts(self, pairs: Sequence[tuple[str, str]], label_share: float = 0.32) -> None:
        """Label-value lines in two columns (labels bold), mirrored for right-to-left."""
        if not pairs:
            return
        rows = [[paragraph(label, self.styles.cell_bold, self.rtl), paragraph(value, self.styles.cell, self.rtl)]
                for label, value in pairs]
        if self.rtl:
            rows = [list(reversed(row)) for row in rows]
        widths = [label_share, 1 - label_share]
        table = _ScaledTable(rows, list(reversed(widths)) if self.rtl else widths, [
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)])
        self.add(table, Spacer(1, 4 * MM))

    def tiles(self, figures: Sequence[tuple[str, str]]) -> None:
        """Key figures as tiles: a big value over a small label, four to a row."""
        if not figures:
            return
        cells = [[paragraph(value, self.styles.tile_value, self.rtl), paragraph(label, self.styles.tile_label, self.rtl)]
                 for value, label in figures]
        per_row = 4
        rows = []
        for start in range(0, len(cells), per_row):
            chunk = cells[start:start + per_row]
            chunk += [["", ""]] * (per_row - len(chunk))
            if self.rtl:
                chunk.reverse()
            rows.append([_Tile(cell) if cell[0] else "" for cell in chunk])
        table = _ScaledTable(rows, [1 / per_row] * per_row, [
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)])
        self.add(table, Spacer(1, 4 * MM))

    # -- tables and charts ------------------------------------------------------------------
    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[Any]],
              paint: Sequence[tuple[int, int, str]] = (), bold_first_column: bool = False) -> None:
        self.add(FlexTable(TableSpec(columns, rows, paint, bold_first_column), self.styles, self.rtl),
                 Spacer(1, 4 * MM))

    def chart(self, figure: Figure, caption: str = "") -> None:
        """The figure as a PNG at print resolution, kept on one page with its caption."""
        png, size = render_png(figure)
        parts: list[Flowable] = [Spacer(1, 1.5 * MM), ChartImage(png, size)]
        if caption:
            parts.append(paragraph(caption, self.styles.caption, self.rtl))
        else:
            parts.append(Spacer(1, 4 * MM))
        self.add(KeepTogether(parts))


def render_png(figure: Figure, dpi: int = CHART_DPI) -> tuple[bytes, tuple[int, int]]:
    """The figure drawn once at ``dpi`` and saved as an RGB PNG (no alpha channel: the page is
    white, and an alpha channel would make the PDF carry a second image mask)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    figure.set_dpi(dpi)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # one layout and one drawing (savefig would lay the figure out twice)
    width, height = canvas.get_width_height()
    image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue(), (width, height)


def _rule() -> Flowable:
    from reportlab.platypus.flowables import HRFlowable

    return HRFlowable(width="100%", thickness=1.4, color=colors.HexColor(NAVY), spaceBefore=1, spaceAfter=8)


class _Tile(Table):
    """One key figure: value over label on a pale ground."""

    def __init__(self, cell: list[Any]) -> None:
        super().__init__([[cell[0]], [cell[1]]], style=TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(PALE_BLUE)),
            ("LINEABOVE", (0, 0), (-1, 0), 2, colors.HexColor(NAVY)),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))


class _ScaledTable(Flowable):
    """A plain table whose columns are shares of the width it is given."""

    def __init__(self, rows: list[list[Any]], shares: Sequence[float], style: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self.rows, self.shares, self.style_commands = rows, list(shares), style
        self._table: Table | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._table = Table(self.rows, colWidths=[availWidth * s for s in self.shares],
                            style=TableStyle(self.style_commands))
        return tuple(self._table.wrap(availWidth, availHeight))

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self.wrap(availWidth, availHeight)
        assert self._table is not None
        return list(self._table.split(availWidth, availHeight))

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if self._table is not None:
            self._table.drawOn(canvas, x, y, _sW)
