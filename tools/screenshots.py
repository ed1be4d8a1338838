"""Take the documentation screenshots from a real window on a real (virtual) X screen.

    xvfb-run -a -s "-screen 0 1280x860x24" .venv/bin/python tools/screenshots.py docs/images

Builds the demo data in a temporary folder, shows the main window with the xcb platform, and
grabs the screen (not a widget render) at each stop: the main window, and the step 0 wizard's
two pages for Jamaica.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import QLocale, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mainstream_desktop.core.services import open_services  # noqa: E402
from mainstream_desktop.core.site_identity import ensure_local_site  # noqa: E402
from mainstream_desktop.paths import DataPaths  # noqa: E402
from mainstream_desktop.ui.main_window import MainWindow  # noqa: E402
from mainstream_desktop.ui.settings import WindowSettings  # noqa: E402
from mainstream_desktop.ui.tasks import TaskRunner  # noqa: E402


def settle(app: QApplication, milliseconds: int = 400) -> None:
    done = []
    QTimer.singleShot(milliseconds, lambda: done.append(True))
    while not done:
        app.processEvents()


def grab(app: QApplication, target: Path, window) -> None:  # type: ignore[no-untyped-def]
    settle(app)
    frame = window.frameGeometry()
    app.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(str(target))
    print("wrote", target)


def main(out_dir: str) -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))  # as in the other tools
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
            grab(app, out / "main-window.png", window)
            window.navigator.select_step(0)
            opened = []
            window.open_wizard = lambda wizard: (opened.append(wizard), wizard.show(), wizard.move(0, 0))
            window.open_step_wizard(0)
            wizard = opened[0]
            grab(app, out / "step0-wizard-details.png", wizard)
            wizard.next()
            grab(app, out / "step0-wizard-readiness.png", wizard)
            wizard.reject()
            settle(app)
            window.navigator.select_step(1)
            window.open_step_wizard(1)
            profile = opened[1]
            profile.resize(1260, 820)
            profile.next()  # the observation table
            grab(app, out / "step1-observations.png", profile)
            for name, section in (("step1-emigration.png", "emigration"), ("step1-remittances.png", "remittances"),
                                  ("step1-sectors.png", "sectors"), ("step1-sources.png", "sources")):
                while profile.currentPage().property("sectionKey") != section and profile.nextId() != -1:
                    profile.next()
                settle(app, 2500)  # the chart is drawn on the worker thread
                grab(app, out / name, profile)
            profile.accept()
            settle(app)
            for step, shots in ((2, (("step2-meetings.png", 2, 0), ("step2-responsibilities.png", 3, 0))),
                                (3, (("step3-stakeholders.png", 1, 0), ("step3-inputs.png", 3, 0))),
                                (4, (("step4-coverage.png", 1, 0), ("step4-priorities.png", 3, 0),
                                     ("step4-gantt.png", 4, 0), ("step4-budget.png", 4, 1),
                                     ("step4-golden-thread.png", 5, 0))),
                                (5, (("step5-indicators.png", 1, 0), ("step5-rag.png", 2, 0))),
                                (6, (("step6-projects.png", 2, 0),))):
                window.navigator.select_step(step)
                window.open_step_wizard(step)
                wizard = opened[-1]
                wizard.resize(1260, 820)
                current = 0
                for name, page, chart in shots:
                    while current < page:
                        wizard.next()
                        current += 1
                    panel = getattr(wizard.currentPage(), "chart", None)
                    if panel is not None and chart:
                        panel.choice.setCurrentIndex(chart)
                    settle(app, 3000)
                    grab(app, out / name, wizard)
                wizard.accept()
                settle(app)
            window.close()
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/images"))
