"""Screenshots of the window in another language, from a real window on a real (virtual) X screen.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/language_screenshots.py fr docs/images
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/language_screenshots.py ar docs/images

Installs the language as the program does (its catalogues, locale, reference labels and, for
Arabic, right-to-left layout), builds the demo in a temporary folder and grabs the screen: the
main window on Jamaica's step 1 (``main-window-<lang>.png``), the step 0 wizard's first page
(``step0-wizard-<lang>.png``) and the profile's emigration chart (``step1-chart-<lang>.png``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtWidgets import QApplication  # noqa: E402

from mainstream_desktop.core.services import open_services  # noqa: E402
from mainstream_desktop.core.site_identity import ensure_local_site  # noqa: E402
from mainstream_desktop.paths import DataPaths  # noqa: E402
from mainstream_desktop.ui.i18n import install_language  # noqa: E402
from mainstream_desktop.ui.main_window import MainWindow  # noqa: E402
from mainstream_desktop.ui.settings import WindowSettings  # noqa: E402
from mainstream_desktop.ui.tasks import TaskRunner  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import grab, settle  # noqa: E402


def main(language: str, out_dir: str) -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    translators = install_language(app, language)  # noqa: F841 - kept alive while the window is up
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder) / "data")
        services = open_services(paths, actor="field.officer")
        try:
            ensure_local_site(services.uow, paths.keys)
            services.load_demo()
            window = MainWindow(TaskRunner(app), WindowSettings(paths.config))
            window.attach_services(services)
            window.move(0, 0)
            window.resize(1260, 800)
            window.show()
            window.reload_workspaces(select="JAM")
            window.navigator.select_step(1)
            grab(app, out / f"main-window-{language}.png", window)
            opened = []
            window.open_wizard = lambda wizard: (opened.append(wizard), wizard.show(), wizard.move(0, 0))
            window.navigator.select_step(0)
            window.open_step_wizard(0)
            grab(app, out / f"step0-wizard-{language}.png", opened[0])
            opened[0].reject()
            settle(app)
            window.navigator.select_step(1)
            window.open_step_wizard(1)
            profile = opened[1]
            profile.resize(1260, 820)
            while profile.currentPage().property("sectionKey") != "emigration" and profile.nextId() != -1:
                profile.next()
            from mainstream_desktop.ui.widgets.chart_panel import ChartPanel

            panel = profile.currentPage().findChild(ChartPanel)
            for _ in range(60):  # the chart is drawn on the worker thread (the first loads matplotlib)
                settle(app, 500)
                if panel is None or panel.figure is not None:
                    break
            settle(app, 800)
            grab(app, out / f"step1-chart-{language}.png", profile)
            profile.reject()
            settle(app)
            window.close()
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "docs/images"))
