"""The page machinery shared by the PDF reports: A4 pages with a cover, a running header and
footer ("Page 3 of 12"), the table of contents and the PDF outline filled from the headings.

Layout takes one pass. What only the end of the pass knows (the page each section landed on,
the number of pages) is drawn into PDF forms that the pages reference and that are filled in
just before the file is saved: the contents, and each page's "Page 3 of 12". The PDF is built in
memory; ``pdf_target`` writes it.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP
from mainstream_desktop.reports.pdf_flowables import Contents, Heading
from mainstream_desktop.reports.pdf_fonts import BOLD, REGULAR, register_fonts
from mainstream_desktop.reports.pdf_locale import ReportLocale, visual
from mainstream_desktop.reports.pdf_style import (
    MM,
    MUTED,
    NAVY,
    PAGE_MARGIN_BOTTOM,
    PAGE_MARGIN_TOP,
    PAGE_MARGIN_X,
    RULE,
)

Progress = Callable[[int, int, str], None]
COVER_BAND_HEIGHT = 105 * MM


@dataclass(frozen=True)
class PageDecor:
    """What the running header and footer say."""

    locale: ReportLocale
    header: str     # e.g. "Country report · Jamaica"
    dated: str      # the production date, as the language writes it
    footer: str     # e.g. "Mainstream Desktop · Kingston office"

    def page_label(self, page: int, total: int | None = None) -> str:
        if total:
            return self.locale.t(QT_TRANSLATE_NOOP("report", "Page {page} of {total}"), page=page, total=total)
        return self.locale.t(QT_TRANSLATE_NOOP("report", "Page {page}"), page=page)


class ReportDocument(BaseDocTemplate):
    """A4 portrait: a cover page (band and lower frame) and body pages with header and footer."""

    def __init__(self, target: io.BytesIO, decor: PageDecor, title: str, author: str) -> None:
        register_fonts()
        # Binary streams: ASCII85 would make the PDF a quarter larger and cost seconds in pure Python.
        rl_config.useA85 = 0
        super().__init__(target, pagesize=A4, leftMargin=PAGE_MARGIN_X, rightMargin=PAGE_MARGIN_X,
                         topMargin=PAGE_MARGIN_TOP, bottomMargin=PAGE_MARGIN_BOTTOM, title=title,
                         author=author, creator="Mainstream Desktop", lang=decor.locale.language)
        self.decor = decor
        self.contents: Contents | None = None
        self._numbered_pages: list[tuple[int, float]] = []  # (page, y) of each "Page n of N"
        width, height = A4
        band = Frame(PAGE_MARGIN_X, height - COVER_BAND_HEIGHT + 10 * MM, width - 2 * PAGE_MARGIN_X,
                     COVER_BAND_HEIGHT - 22 * MM, id="band", showBoundary=0)
        lower = Frame(PAGE_MARGIN_X, PAGE_MARGIN_BOTTOM, width - 2 * PAGE_MARGIN_X,
                      height - COVER_BAND_HEIGHT - PAGE_MARGIN_BOTTOM - 12 * MM, id="lower")
        body = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("cover", [band, lower], onPage=self._draw_cover),
                               PageTemplate("body", [body], onPage=self._draw_page)])

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            if self.contents is not None:
                self.contents.pages[flowable.key] = self.page
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.plain, flowable.key, level=flowable.level, closed=True)

    # -- decoration -------------------------------------------------------------------------
    def _draw_cover(self, canvas: Any, _doc: Any) -> None:
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(NAVY))
        canvas.rect(0, height - COVER_BAND_HEIGHT, width, COVER_BAND_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#e67e22"))
        canvas.rect(0, height - COVER_BAND_HEIGHT - 2.2 * MM, width, 2.2 * MM, stroke=0, fill=1)
        self._line(canvas, PAGE_MARGIN_BOTTOM - 8 * MM, self.decor.footer, "", size=8)
        canvas.restoreState()

    def _draw_page(self, canvas: Any, _doc: Any) -> None:
        width, height = A4
        canvas.saveState()
        top = height - PAGE_MARGIN_TOP + 8 * MM
        self._line(canvas, top, self.decor.header, self.decor.dated, size=8, bold_start=True)
        canvas.setStrokeColor(colors.HexColor(RULE))
        canvas.setLineWidth(0.6)
        canvas.line(PAGE_MARGIN_X, top - 2.5 * MM, width - PAGE_MARGIN_X, top - 2.5 * MM)
        bottom = PAGE_MARGIN_BOTTOM - 10 * MM
        canvas.line(PAGE_MARGIN_X, bottom + 4 * MM, width - PAGE_MARGIN_X, bottom + 4 * MM)
        self._line(canvas, bottom, self.decor.footer, "", size=8)
        page = canvas.getPageNumber()
        canvas.doForm(f"page{page}")  # "Page n of N": N is known when the file is saved
        self._numbered_pages.append((page, bottom))
        canvas.restoreState()

    def finish(self, canvas: Any) -> None:
        """Fill in the forms the pages refer to: the contents and every page label."""
        if self.contents is not None:
            self.contents.fill(canvas)
        total = self.page
        for page, y in self._numbered_pages:
            canvas.beginForm(f"page{page}")
            self._line(canvas, y, "", self.decor.page_label(page, total), size=8)
            canvas.endForm()

    def build_once(self, story: Sequence[Flowable], contents: Contents | None) -> bytes:
        """Lay the story out (one pass) and return the PDF."""
        target = io.BytesIO()
        self.filename = target
        self.contents = contents
        self._numbered_pages = []
        if contents is not None:
            contents.entries = [(f.key, f.plain) for f in story if isinstance(f, Heading) and f.level == 0]
            contents.pages = {}
        self.build(list(story), canvasmaker=_finishing_canvas(self))
        return target.getvalue()

    def _line(self, canvas: Any, y: float, start: str, end: str, size: float, bold_start: bool = False) -> None:
        """Text at the start and the end of a line: mirrored in a right-to-left report."""
        width, _height = A4
        rtl = self.decor.locale.right_to_left
        left_text, right_text = (end, start) if rtl else (start, end)
        left_font, right_font = REGULAR, REGULAR
        if bold_start:
            left_font, right_font = (REGULAR, BOLD) if rtl else (BOLD, REGULAR)
        canvas.setFillColor(colors.HexColor(MUTED))
        canvas.setFont(left_font, size)
        canvas.drawString(PAGE_MARGIN_X, y, visual(left_text))
        canvas.setFont(right_font, size)
        canvas.drawRightString(width - PAGE_MARGIN_X, y, visual(right_text))


def lay_out(document: ReportDocument, story: Sequence[Flowable], contents: Contents | None,
            progress: Progress | None = None, step: tuple[int, int] = (0, 1)) -> bytes:
    """The PDF of the story, with progress reported before the layout."""
    if progress is not None:
        progress(step[0], step[1], document.decor.locale.t(QT_TRANSLATE_NOOP("report", "Laying out the pages")))
    return document.build_once(story, contents)


def _finishing_canvas(document: ReportDocument) -> Any:
    """A canvas that lets the document fill in its forms just before it saves."""
    from reportlab.pdfgen.canvas import Canvas

    class FinishingCanvas(Canvas):
        def save(self) -> None:
            document.finish(self)
            super().save()

    return FinishingCanvas

