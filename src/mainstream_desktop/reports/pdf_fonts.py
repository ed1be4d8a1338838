"""The fonts of the PDF reports: DejaVu Sans (regular, bold, oblique), shipped in
``resources/fonts`` with its licence, because it covers Latin, Cyrillic and the Arabic
presentation forms that shaped Arabic text is drawn with. Registered with reportlab once per
process; the oblique face has no Arabic glyphs, so right-to-left reports never use it.
"""

from __future__ import annotations

import io
import threading

from mainstream_desktop.resource_files import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
FAMILY = "DejaVu Sans"
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", OBLIQUE: "DejaVuSans-Oblique.ttf"}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Make the three faces and their family known to reportlab (idempotent, thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, file_name in FONT_FILES.items():
            data = resource("fonts", file_name).read_bytes()
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
        # <b> and <i> inside paragraphs find the right face through the family mapping.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, OBLIQUE)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True

