"""Render the application icon (one SVG) to the hicolor theme's PNG sizes and a Windows .ico.

    python installers/icon/render_icons.py OUT_FOLDER

writes ``OUT_FOLDER/hicolor/<n>x<n>/apps/mainstream-desktop.png`` for each size in ``SIZES``,
``OUT_FOLDER/hicolor/scalable/apps/mainstream-desktop.svg`` and
``OUT_FOLDER/mainstream-desktop.ico``
(the sizes Windows asks for, each drawn from the SVG at its own size rather than scaled down from
a large picture). The SVG is drawn by Qt's own renderer (QtSvg), the one the window uses for its
icon, so what the installers show and what the running program shows are the same drawing.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ICON_NAME = "mainstream-desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SVG = (
    Path(__file__).resolve().parents[2]
    / "src"
    / "mainstream_desktop"
    / "resources"
    / "icons"
    / f"{ICON_NAME}.svg"
)


def render_png(svg: Path, size: int, target: Path) -> Path:
    """Draw ``svg`` into a ``size`` x ``size`` PNG with a transparent background."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG file Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise OSError(f"could not write {target}")
    return target


def write_ico(pngs: dict[int, Path], target: Path) -> Path:
    """One .ico holding each PNG at its own size (Pillow writes the ICO container)."""
    from PIL import Image

    images = [Image.open(pngs[size]).convert("RGBA") for size in sorted(pngs)]
    largest = images[-1]
    largest.save(
        target,
        format="ICO",
        sizes=[(size, size) for size in sorted(pngs)],
        append_images=images[:-1],
    )
    return target


def render_all(out_folder: Path, svg: Path = SVG) -> dict[str, Path]:
    """Every rendering of the icon the installers need; returns them by role."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    # painting needs an application object (fonts, the platform); offscreen is enough
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    outputs: dict[str, Path] = {}
    pngs: dict[int, Path] = {}
    for size in SIZES:
        pngs[size] = render_png(
            svg, size, out_folder / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        )
        outputs[f"png{size}"] = pngs[size]
    scalable = out_folder / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    outputs["svg"] = scalable
    outputs["ico"] = write_ico(
        {size: pngs[size] for size in ICO_SIZES}, out_folder / f"{ICON_NAME}.ico"
    )
    return outputs


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: render_icons.py OUT_FOLDER", file=sys.stderr)
        return 2
    for role, path in render_all(Path(argv[0])).items():
        print(f"{role}: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
