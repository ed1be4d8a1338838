"""Coloured text that stays readable in the system's light or dark colour scheme.

The window follows the system's palette (Qt picks it up, including a dark scheme). Our few
meaningful colours (a step's status, an error, a broken link in the golden thread) are chosen
for a light background; ``readable`` moves such a colour towards white on a dark background, or
towards black on a light one, just far enough to reach the contrast of ordinary text (WCAG AA,
4.5:1) against the background it is drawn on. The hue stays, so green still means approved.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

MINIMUM_CONTRAST = 4.5
ERROR = "#b00020"
SUCCESS = "#2e7d32"


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def background(role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """The current palette's colour for ``role``: ``Window`` under labels, ``Base`` under the
    cells of tables, lists and trees."""
    return QGuiApplication.palette().color(role)


def is_dark(role: QPalette.ColorRole = QPalette.ColorRole.Window) -> bool:
    return background(role).lightnessF() < 0.5


def readable(colour: QColor | str, role: QPalette.ColorRole = QPalette.ColorRole.Window,
             minimum: float = MINIMUM_CONTRAST) -> QColor:
    """``colour``, mixed with white (dark scheme) or black (light scheme) until it reads against
    the palette's ``role`` colour with at least ``minimum`` contrast."""
    wanted = QColor(colour)
    under = background(role)
    target = QColor("white") if under.lightnessF() < 0.5 else QColor("black")
    mixed = QColor(wanted)
    step = 0
    while contrast(mixed, under) < minimum and step < 20:
        step += 1
        share = step / 20
        mixed = QColor.fromRgbF(wanted.redF() + (target.redF() - wanted.redF()) * share,
                                wanted.greenF() + (target.greenF() - wanted.greenF()) * share,
                                wanted.blueF() + (target.blueF() - wanted.blueF()) * share)
    return mixed


def text_style(colour: QColor | str, extra: str = "") -> str:
    """A style sheet giving a label ``colour`` made readable on the window's background."""
    return f"color: {readable(colour).name()};{(' ' + extra) if extra else ''}"
