"""The program's own icon (``resources/icons/mainstream-desktop.svg``) as a ``QIcon``, and the
desktop entry the installers register with the same icon.

The SVG is drawn by QtSvg at each size a window manager or task bar asks for, from the bytes
``resource_files`` reads, so it works the same from a checkout, a wheel and the frozen bundle
(no file path, no image plugin needed). The installers draw their PNG and ICO files from the same
SVG with the same renderer (``installers/icon/render_icons.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from mainstream_desktop.resource_files import resource

ICON_FILE = ("icons", "mainstream-desktop.svg")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The name of the .desktop file the Linux installers install (without ".desktop").
DESKTOP_ENTRY = "org.globalmigrationgroup.MainstreamDesktop"


def install_application_icon(app: QGuiApplication) -> None:
    """Give every window of ``app`` the icon, and name the desktop entry, so that a Wayland
    compositor or task bar matches the running program with its installed launcher."""
    app.setWindowIcon(application_icon())
    app.setDesktopFileName(DESKTOP_ENTRY)


def application_icon() -> QIcon:
    """The icon at every size of ``ICON_SIZES``; an empty icon if the SVG cannot be drawn."""
    renderer = QSvgRenderer(QByteArray(resource(*ICON_FILE).read_bytes()))
    icon = QIcon()
    if not renderer.isValid():
        return icon
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon
