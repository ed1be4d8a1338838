"""The look of the PDF reports in one place: page size and margins, the colours (the charts'
palette), the type scale, and the paragraph and table styles. Right-to-left reports get the same
styles aligned to the right.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mainstream_desktop.reports.pdf_fonts import BOLD, OBLIQUE, REGULAR, register_fonts

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle

MM = 72 / 25.4
PAGE_MARGIN_X = 18 * MM
PAGE_MARGIN_TOP = 22 * MM
PAGE_MARGIN_BOTTOM = 20 * MM

NAVY = "#1f4e79"       # headings, table headers, the cover band (the charts' main blue)
BLUE = "#2e86c1"
PALE_BLUE = "#eaf1f8"  # zebra rows, key-figure tiles
RULE = "#c5d3e0"
INK = "#222222"
MUTED = "#5f6b76"
ACCENT = "#e67e22"
RAG_COLOURS = {"GREEN": "#27ae60", "AMBER": "#f5b041", "RED": "#c0392b", "GREY": "#95a5a6", "BLUE": "#2e86c1"}
STATUS_COLOURS = {"not_started": "#95a5a6", "in_progress": "#2e86c1", "submitted": "#8e44ad",
                  "changes_requested": "#e67e22", "approved": "#27ae60"}
SEVERITY_COLOURS = {"BLOCKER": "#c0392b", "MAJOR": "#e67e22", "MINOR": "#2e86c1", "SUGGESTION": "#7f8c8d"}
READINESS_COLOURS = {"MET": "#27ae60", "PARTLY": "#f5b041", "NOT_MET": "#c0392b", "N_A": "#95a5a6"}

BODY_SIZE = 9.5
TABLE_SIZE = 8.2


def tint(colour: str, share: float = 0.62) -> str:
    """A light tint of a status colour, as a cell background under dark text."""
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(round(c + (255 - c) * share) for c in (red, green, blue)))


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one report."""

    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_line: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_number: ParagraphStyle
    cell_center: ParagraphStyle
    header_cell: ParagraphStyle
    header_number: ParagraphStyle
    header_center: ParagraphStyle
    tile_value: ParagraphStyle
    tile_label: ParagraphStyle
    contents: ParagraphStyle
    contents_page: ParagraphStyle
    highlight: ParagraphStyle


def make_styles(right_to_left: bool) -> Styles:
    """The styles, aligned to the right for a right-to-left language (numbers too: their
    column sits where the reader starts)."""
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    start, end = (TA_RIGHT, TA_LEFT) if right_to_left else (TA_LEFT, TA_RIGHT)
    italic = REGULAR if right_to_left else OBLIQUE  # the oblique face has no Arabic glyphs

    def style(name: str, size: float, leading: float, font: str = REGULAR, colour: str = INK,
              align: int = start, **extra: object) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, textColor=colour,
                              alignment=align, **extra)

    return Styles(
        cover_title=style("CoverTitle", 30, 36, BOLD, "#ffffff"),
        cover_subtitle=style("CoverSubtitle", 15, 20, REGULAR, "#ffffff"),
        cover_line=style("CoverLine", 10.5, 15, REGULAR, INK),
        h1=style("Heading1", 17, 21, BOLD, NAVY, spaceBefore=0, spaceAfter=4),
        h2=style("Heading2", 11.5, 15, BOLD, NAVY, spaceBefore=10, spaceAfter=4),
        body=style("Body", BODY_SIZE, 13.2, spaceAfter=5),
        note=style("Note", BODY_SIZE, 13.2, italic, MUTED, spaceAfter=5),
        small=style("Small", 7.6, 9.6, REGULAR, MUTED),
        caption=style("Caption", 7.8, 10, italic, MUTED, spaceBefore=2, spaceAfter=8),
        cell=style("Cell", TABLE_SIZE, 10.2),
        cell_bold=style("CellBold", TABLE_SIZE, 10.2, BOLD),
        cell_number=style("CellNumber", TABLE_SIZE, 10.2, align=end),
        cell_center=style("CellCenter", TABLE_SIZE, 10.2, align=TA_CENTER),
        header_cell=style("HeaderCell", TABLE_SIZE, 10.2, BOLD, "#ffffff"),
        header_number=style("HeaderNumber", TABLE_SIZE, 10.2, BOLD, "#ffffff", align=end),
        header_center=style("HeaderCenter", TABLE_SIZE, 10.2, BOLD, "#ffffff", align=TA_CENTER),
        tile_value=style("TileValue", 15, 18, BOLD, NAVY, align=TA_CENTER),
        tile_label=style("TileLabel", 7.6, 9.6, REGULAR, MUTED, align=TA_CENTER),
        contents=style("Contents", 10, 15),
        contents_page=style("ContentsPage", 10, 15, align=end),
        highlight=style("Highlight", TABLE_SIZE, 10.2, BOLD, ACCENT),
    )
