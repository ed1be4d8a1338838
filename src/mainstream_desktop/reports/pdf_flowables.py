"""The building blocks a PDF report is made of, on top of reportlab platypus:

- ``paragraph``: plain text (escaped here, never markup) as a paragraph; in a right-to-left
  report an ``RtlParagraph``, which breaks its lines first and then puts each line in visual
  order, so a long Arabic paragraph reads from its first line down;
- ``FlexTable``: a table whose column widths are shares of whatever width the frame offers
  (portrait or landscape), weighted by what the columns hold, cells wrapped as paragraphs so
  nothing overflows, the header repeated on every page, columns mirrored for right-to-left;
- ``ChartImage``: a chart rendered to PNG, scaled to the frame; ``Heading``: a heading that
  lands in the table of contents and the PDF outline; ``Contents``: that table of contents,
  filled in at the end of the one layout pass.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from mainstream_desktop.reports.pdf_locale import reshaped, visual
from mainstream_desktop.reports.pdf_style import NAVY, PALE_BLUE, RULE, Styles, tint

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle

def _cell_style(styles: Styles, kind: str, header: bool = False) -> ParagraphStyle:
    """Numbers end-aligned, short codes centred, everything else from the reading start."""
    if kind == "number":
        return styles.header_number if header else styles.cell_number
    if kind == "short":
        return styles.header_center if header else styles.cell_center
    return styles.header_cell if header else styles.cell
KIND_WEIGHTS = {"short": (4, 12), "number": (6, 14), "date": (8, 14), "text": (8, 30), "long": (16, 90)}
"""(narrowest, widest) width a column of each kind asks for, in average characters."""
CELL_PADDING = 4
PAGE_COLUMN = 40.0   # width of the page numbers in the contents
CONTENTS_GAP = 1.5   # space above and below each line of the contents


def _share(least: list[float], wanted: list[float], available: float, stretchy: list[bool]) -> list[float]:
    """Widths from each column's least and wanted width: all get their least; the room left
    goes to the columns that want more, in proportion to how much more; whatever is left after
    everyone has what it wants goes to the text columns. Squeezed proportionally when even the
    least widths do not fit."""
    total_least = sum(least)
    if total_least >= available:
        return [w * available / total_least for w in least] if total_least else least
    room = available - total_least
    more = [w - m for w, m in zip(wanted, least, strict=True)]
    if sum(more) >= room:
        return [m + room * extra / sum(more) for m, extra in zip(least, more, strict=True)]
    widths = list(wanted)
    left = available - sum(widths)
    takers = [i for i, flag in enumerate(stretchy) if flag] or list(range(len(widths)))
    weight = sum(widths[i] for i in takers) or 1.0
    for i in takers:
        widths[i] += left * widths[i] / weight
    return widths


def paragraph(text: object, style: ParagraphStyle, right_to_left: bool = False) -> Paragraph:
    """Plain text (anything ``str()`` turns into text) as a paragraph in the report's direction."""
    plain = "" if text is None else str(text)
    if right_to_left:
        return RtlParagraph(plain, style)
    return Paragraph(_escaped(plain), style)


def _escaped(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


class RtlParagraph(Paragraph):
    """A right-to-left paragraph: broken into lines in logical order for the width it gets,
    then each line reordered for display (see ``pdf_locale.visual``)."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        self.logical = text
        self._broken_for: float | None = None
        super().__init__(_escaped(visual(text)), style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width = availWidth - self.style.leftIndent - self.style.rightIndent
        if self._broken_for != width:
            lines = [visual(line) for line in _break_lines(self.logical, width, self.style)]
            Paragraph.__init__(self, "<br/>".join(escape(line) for line in lines), self.style)
            self._broken_for = width
        return super().wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self.wrap(availWidth, availHeight)
        whole = Paragraph(self.text, self.style)  # the lines are explicit now: a plain paragraph splits them
        whole.wrap(availWidth, availHeight)
        return list(whole.split(availWidth, availHeight))


def _break_lines(text: str, width: float, style: ParagraphStyle) -> list[str]:
    """Greedy line breaking in logical order, measuring the joined (reshaped) letters."""
    lines: list[str] = []
    for block in text.split("\n"):
        current = ""
        for word in block.split():
            candidate = f"{current} {word}" if current else word
            if current and stringWidth(reshaped(candidate), style.fontName, style.fontSize) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"  # short | number | date | text | long


@dataclass
class TableSpec:
    """What a ``FlexTable`` draws: columns, rows of plain values (or flowables), and cells to
    paint: (row, column, colour) counted in the rows as given, header excluded."""

    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]]
    paint: Sequence[tuple[int, int, str]] = field(default_factory=tuple)
    bold_first_column: bool = False


class FlexTable(Flowable):
    """A table laid out for the width it is given (see the module docstring)."""

    def __init__(self, spec: TableSpec, styles: Styles, right_to_left: bool = False) -> None:
        super().__init__()
        self.spec = spec
        self.styles = styles
        self.right_to_left = right_to_left
        self._table: Table | None = None
        self._built_for: float | None = None

    def _order(self, items: Sequence[Any]) -> list[Any]:
        return list(reversed(items)) if self.right_to_left else list(items)

    def _cell(self, value: Any, column: Column, index: int) -> Any:
        if isinstance(value, Flowable):
            return value
        style = self.styles.cell_bold if index == 0 and self.spec.bold_first_column else \
            _cell_style(self.styles, column.kind)
        return paragraph(value, style, self.right_to_left)

    def _widths(self, available: float) -> list[float]:
        """Column widths as a browser lays out a table: every column at least as wide as its
        longest word (so no word is cut), then the rest of the width shared by how much more
        each column would like (its typical text on one line, within its kind's limits)."""
        styles = self.styles
        padding = 2 * CELL_PADDING + 1
        least, wanted = [], []
        for index, column in enumerate(self.spec.columns):
            texts = [reshaped(str(row[index])) for row in self.spec.rows if not isinstance(row[index], Flowable)]
            font, size = styles.cell.fontName, styles.cell.fontSize
            words = [w for text in texts for w in text.split()]
            longest = max((stringWidth(w, font, size) for w in words), default=0.0)
            header = max((stringWidth(w, styles.header_cell.fontName, size) for w in reshaped(column.header).split()),
                         default=0.0)
            low, high = KIND_WEIGHTS.get(column.kind, KIND_WEIGHTS["text"])
            em = stringWidth("n", font, size)
            lengths = sorted(stringWidth(text, font, size) for text in texts)
            typical = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0.0
            if column.kind in ("date", "number"):  # a date or an amount is never broken over lines
                # measured as the paragraph sets it: any space (the French thousands separator
                # too) as a word space, the widest there is
                longest = max((stringWidth(" ".join(text.split()), font, size) for text in texts), default=0.0)
            floor = min(max(longest, header) + padding, available * 0.4)
            least.append(floor)
            wanted.append(max(floor, min(high * em, max(low * em, typical + padding))))
        return _share(least, wanted, available,
                      [c.kind in ("long", "text") for c in self.spec.columns])

    def _build(self, width: float) -> Table:
        if self._table is not None and self._built_for == width:
            return self._table
        spec, styles = self.spec, self.styles
        widths = self._widths(width)
        header = [paragraph(c.header, _cell_style(styles, c.kind, header=True), self.right_to_left)
                  for c in spec.columns]
        body = [[self._cell(value, spec.columns[i], i) for i, value in enumerate(row)] for row in spec.rows]
        count = len(spec.columns)
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(NAVY)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor(RULE)),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]
        commands += [("BACKGROUND", (0, r), (-1, r), colors.HexColor(PALE_BLUE))
                     for r in range(2, len(body) + 1, 2)]
        for row, column, colour in spec.paint:
            shown = count - 1 - column if self.right_to_left else column
            commands.append(("BACKGROUND", (shown, row + 1), (shown, row + 1), colors.HexColor(tint(colour))))
        self._table = Table([self._order(header)] + [self._order(r) for r in body],
                            colWidths=self._order(widths), repeatRows=1,
                            style=TableStyle(commands), hAlign="CENTER")
        self._built_for = width
        return self._table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return tuple(self._build(availWidth).wrap(availWidth, availHeight))

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        table = self._build(availWidth)
        table.wrap(availWidth, availHeight)
        return list(table.split(availWidth, availHeight))

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if self._table is not None:
            self._table.drawOn(canvas, x, y, _sW)


class ChartImage(Flowable):
    """A chart's PNG, as wide as the frame (up to ``max_width``), never taller than the frame."""

    def __init__(self, png: bytes, pixel_size: tuple[int, int], max_width: float | None = None) -> None:
        super().__init__()
        self.png = png
        self.pixel_width, self.pixel_height = pixel_size
        self.max_width = max_width
        self.draw_width = self.draw_height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width = min(availWidth, self.max_width or availWidth)
        height = width * self.pixel_height / self.pixel_width
        limit = getattr(self, "_frame_height", None) or availHeight
        if height > limit * 0.92:
            height = limit * 0.92
            width = height * self.pixel_width / self.pixel_height
        self.draw_width, self.draw_height = width, height
        self.hAlign = "CENTER"
        return width, height

    def draw(self) -> None:
        from reportlab.lib.utils import ImageReader

        self.canv.drawImage(ImageReader(io.BytesIO(self.png)), 0, 0, self.draw_width, self.draw_height)


class Heading(Paragraph):
    """A heading that is also an entry of the contents and of the PDF outline."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str, right_to_left: bool = False) -> None:
        self.plain = text
        self.level = level
        self.key = key
        shown = visual(text) if right_to_left else text
        super().__init__(f'<a name="{key}"/>{escape(shown)}', style)


class Contents(Flowable):
    """The table of contents, laid out in the same single pass as the rest: it knows its entries
    (the section headings, given before layout) and reserves a row for each; what it draws is a
    PDF form that the document fills in at the end, when every section's page is known."""

    FORM = "contents"

    def __init__(self, styles: Styles, right_to_left: bool) -> None:
        super().__init__()
        self.styles = styles
        self.right_to_left = right_to_left
        self.entries: list[tuple[str, str]] = []  # (key, title) of each section, in order
        self.pages: dict[str, int] = {}           # key -> page, as the sections land
        self._rows: list[tuple[str, Paragraph, float]] = []
        self._origin: tuple[float, float] | None = None
        self._width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = availWidth
        self._rows = []
        for key, title in self.entries:
            label = paragraph(title, self.styles.contents, self.right_to_left)
            _w, height = label.wrap(availWidth - PAGE_COLUMN, availHeight)
            self._rows.append((key, label, height + 2 * CONTENTS_GAP))
        return availWidth, sum(height for _key, _label, height in self._rows)

    def draw(self) -> None:
        canvas = self.canv
        self._origin = canvas.absolutePosition(0, 0)
        canvas.doForm(self.FORM)
        x, top = self._origin
        y = top + sum(height for _key, _label, height in self._rows)
        for key, _label, height in self._rows:
            canvas.linkAbsolute("", key, (x, y - height, x + self._width, y))
            y -= height

    def fill(self, canvas: Any) -> None:
        """Draw the rows, page numbers included, into the form (called once, before saving)."""
        canvas.beginForm(self.FORM)
        if self._origin is not None:
            x = 0.0  # the form is drawn where the contents stand: its origin is theirs
            y = sum(height for _key, _label, height in self._rows)
            canvas.setStrokeColor(colors.HexColor(RULE))
            canvas.setLineWidth(0.3)
            for key, label, height in self._rows:
                page = paragraph(str(self.pages.get(key, "")), self.styles.contents_page, self.right_to_left)
                page.wrap(PAGE_COLUMN, height)
                label_x, page_x = (x + PAGE_COLUMN, x) if self.right_to_left else (x, x + self._width - PAGE_COLUMN)
                label.drawOn(canvas, label_x, y - height + CONTENTS_GAP)
                page.drawOn(canvas, page_x, y - height + CONTENTS_GAP)
                canvas.line(x, y - height, x + self._width, y - height)
                y -= height
        canvas.endForm()
