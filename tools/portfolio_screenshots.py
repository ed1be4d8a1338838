"""Take the portfolio screenshots of the documentation from a real window on a real (virtual) X
screen, the way ``tools/screenshots.py`` takes the others:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/portfolio_screenshots.py docs/images
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/portfolio_screenshots.py /tmp/fr fr

Builds the demo data in a temporary folder, opens the Portfolio window with the xcb platform and
grabs the screen at each tab: the status matrix, the review comments, the lessons, the indicators
(their comparison chart) and the questions. With a language code as second argument the window is
in that language (as ``tools/language_screenshots.py`` installs it), for checking translations;
the documentation's images are the English ones.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QToolTip

from mainstream_desktop.core.services import open_services
from mainstream_desktop.paths import DataPaths
from mainstream_desktop.ui.dialogs.portfolio_dialog import PortfolioDialog
from mainstream_desktop.ui.tasks import TaskRunner

TABS = (("portfolio-status.png", 0, 680), ("portfolio-comments.png", 1, 860), ("portfolio-lessons.png", 2, 860),
        ("portfolio-indicators.png", 3, 880), ("portfolio-questions.png", 4, 860))
TOOLTIP_CELL = ("JAM", 4)  # the status matrix screenshot shows this cell's tooltip


def settle(app: QApplication, milliseconds: int = 600) -> None:
    done = []
    QTimer.singleShot(milliseconds, lambda: done.append(True))
    while not done:
        app.processEvents()


def grab(app: QApplication, target: Path, window) -> None:  # type: ignore[no-untyped-def]
    settle(app)
    frame = window.frameGeometry()
    app.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(str(target))
    print("wrote", target)


def show_cell_tooltip(app: QApplication, view) -> None:  # type: ignore[no-untyped-def]
    """Point at one cell of the status matrix, as a person would, and leave the tooltip up."""
    table, model = view.status_table, view.status_model
    row = next(i for i, country in enumerate(model.countries) if country.workspace == TOOLTIP_CELL[0])
    index = model.index(row, 3 + TOOLTIP_CELL[1])
    settle(app)
    rect = table.visualRect(index)
    QToolTip.showText(table.viewport().mapToGlobal(rect.center()), model.data(index, Qt.ItemDataRole.ToolTipRole),
                      table.viewport())


def main(out_dir: str, language: str | None = None) -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if language:
        from mainstream_desktop.ui.i18n import install_language

        translators = install_language(app, language)  # noqa: F841 - kept alive while the window is up
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(DataPaths(Path(folder) / "data"), actor="gmg.expert")
        try:
            services.load_demo()
            tasks = TaskRunner(app)
            dialog = PortfolioDialog(services, tasks)
            dialog.move(0, 0)
            dialog.resize(1320, 860)
            dialog.show()
            while dialog.view.portfolio is None or tasks.is_busy():
                settle(app, 200)
            for name, tab, height in TABS:
                dialog.resize(1320, height)
                dialog.view.tabs.setCurrentIndex(tab)
                settle(app, 300)
                while tasks.is_busy():
                    settle(app, 200)
                if tab == 0:
                    show_cell_tooltip(app, dialog.view)
                grab(app, out / name, dialog)
                QToolTip.hideText()
            dialog.close()
            tasks.wait_for_done(10_000)
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/images", sys.argv[2] if len(sys.argv) > 2 else None))
