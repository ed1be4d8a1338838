"""Take the documentation screenshots of the exchange windows from real windows on a real
(virtual) X screen, the same way as ``tools/screenshots.py``:

    xvfb-run -a -s "-screen 0 1280x860x24" .venv/bin/python tools/exchange_screenshots.py docs/images

Builds two data folders in a temporary folder: a country site holding the demo, and a hub. The
two trust each other's cards, the hub receives Jamaica in full, then both edit the same fields;
the screenshots show the hub previewing the country's next bundle (exchange-import-preview.png),
the conflict queue after importing it (exchange-conflicts.png), the hub's review desk
(review-desk.png), its trust list (exchange-trust.png), where a second country is trusted too,
its exchange status (exchange-status.png), the history of a lesson both sites edited
(exchange-history.png), and the country's dialog for its next bundle (exchange-export.png).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import QLocale, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from mainstream_desktop.core.participation_specs import INSTITUTIONS  # noqa: E402
from mainstream_desktop.core.record_specs import RecordSpec  # noqa: E402
from mainstream_desktop.core.review_specs import LESSONS  # noqa: E402
from mainstream_desktop.core.services import Services, open_services  # noqa: E402
from mainstream_desktop.core.site_identity import create_local_site  # noqa: E402
from mainstream_desktop.enums import SiteKind  # noqa: E402
from mainstream_desktop.paths import DataPaths  # noqa: E402
from mainstream_desktop.sync.exchange import ExchangeService  # noqa: E402
from mainstream_desktop.ui.dialogs.conflict_queue import ConflictQueueDialog  # noqa: E402
from mainstream_desktop.ui.dialogs.exchange_export import ExchangeExportDialog  # noqa: E402
from mainstream_desktop.ui.dialogs.exchange_import import ExchangeImportDialog  # noqa: E402
from mainstream_desktop.ui.dialogs.record_history import RecordHistoryDialog  # noqa: E402
from mainstream_desktop.ui.dialogs.review_desk_dialog import ReviewDeskDialog  # noqa: E402
from mainstream_desktop.ui.dialogs.trust_list import TrustListDialog  # noqa: E402
from mainstream_desktop.ui.main_window import MainWindow  # noqa: E402
from mainstream_desktop.ui.settings import WindowSettings  # noqa: E402
from mainstream_desktop.ui.tasks import TaskRunner  # noqa: E402
from mainstream_desktop.ui.widgets.exchange_status import ExchangeStatusDialog  # noqa: E402


def settle(app: QApplication, milliseconds: int = 400) -> None:
    done = []
    QTimer.singleShot(milliseconds, lambda: done.append(True))
    while not done:
        app.processEvents()


def wait_for(app: QApplication, condition, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds * 10)):
        if condition():
            return
        settle(app, 100)
    raise RuntimeError("the window did not get there in time")


def grab(app: QApplication, target: Path, window: QWidget) -> None:
    settle(app)
    frame = window.frameGeometry()
    app.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(str(target))
    print("wrote", target)


def site(root: Path, name: str, kind: SiteKind, actor: str) -> Services:
    paths = DataPaths(root)
    services = open_services(paths, actor=actor, create_identity=False)
    create_local_site(services.uow, paths.keys, name, kind)
    return services


def edit(services: Services, record_id: str, spec: RecordSpec = INSTITUTIONS, **changes: str) -> None:
    row = next(r for r in services.records.rows("JAM", spec) if r.id == record_id)
    services.records.save("JAM", spec, {**row.values, **changes}, record_id)


def prepare(folder: Path) -> tuple[Services, Services, Path]:
    """Country and hub paired, the hub holding JAM; both edited; the country's next bundle."""
    country = site(folder / "country", "Planning Institute of Jamaica", SiteKind.COUNTRY, "field.officer")
    country.load_demo()
    hub = site(folder / "hub", "GMG hub", SiteKind.HUB, "hub.analyst")
    at_country, at_hub = ExchangeService(country.uow, country.paths), ExchangeService(hub.uow, hub.paths)
    country_card, hub_card = at_country.keys.local_card(), at_hub.keys.local_card()
    at_hub.keys.trust(country_card, ["JAM"])
    moldova = site(folder / "moldova", "Bureau for Diaspora Relations, Moldova", SiteKind.COUNTRY, "officer")
    at_hub.keys.trust(ExchangeService(moldova.uow, moldova.paths).keys.local_card(), ["MDA"])
    moldova.close()
    at_country.keys.trust(hub_card, ["JAM"], hub=True)
    stick = folder / "stick"
    stick.mkdir()
    first = at_country.export("JAM", stick / "first.mdbundle", for_site=hub_card.site_id, recipients=[hub_card])
    at_hub.import_bundle(first.path)
    rows = country.records.rows("JAM", INSTITUTIONS)
    lessons = country.records.rows("JAM", LESSONS)  # review-layer records: both sites may write them
    focal_point, data_sharing = lessons[0], next(r for r in lessons if r.values["theme"] == "DATA")
    edit(hub, focal_point.id, LESSONS, recommendation="Place the focal point in the planning body.")
    edit(hub, data_sharing.id, LESSONS, why="Legal clearance to share unit records took 18 months.")
    edit(country, focal_point.id, LESSONS, recommendation="Place the focal point in PIOJ or the Cabinet Office.")
    edit(country, data_sharing.id, LESSONS, why="Each agency needed its board's approval.")
    edit(country, rows[0].id, acronym=(rows[0].values["acronym"] or "X") + "-2024")
    country.records.save("JAM", INSTITUTIONS, {"name": "Overseas Employment Centre",
                                               "acronym": "OEC", "institution_type": "AGENCY",
                                               "government_level": "NATIONAL"})
    second = at_country.export("JAM", stick / "JAM_pioj_next.mdbundle", for_site=hub_card.site_id,
                               recipients=[hub_card])
    return country, hub, second.path


def main(out_dir: str) -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))  # as in the other tools
    with tempfile.TemporaryDirectory() as folder:
        country, hub, bundle = prepare(Path(folder))
        try:
            tasks = TaskRunner(app)
            window = MainWindow(tasks, WindowSettings(hub.paths.config))
            window.attach_services(hub)
            window.move(0, 0)
            window.resize(1260, 800)
            window.show()
            window.reload_workspaces(select="JAM")
            settle(app)

            preview = ExchangeImportDialog(hub, tasks, "JAM", window,  # two files chosen: "Next bundle" shows
                                           choose_file=lambda _parent: [bundle, bundle.parent / "first.mdbundle"])
            show(preview, 1180, 700)
            preview.browse()
            wait_for(app, preview.import_button.isEnabled)
            grab(app, out / "exchange-import-preview.png", preview)
            preview.apply()
            wait_for(app, lambda: preview.report is not None and preview.report.applied)
            preview.close()

            queue = ConflictQueueDialog(hub, tasks, "JAM", window)
            show(queue, 1240, 360)
            wait_for(app, lambda: queue.loaded)
            grab(app, out / "exchange-conflicts.png", queue)
            queue.close()

            desk = ReviewDeskDialog(hub, tasks, "JAM", window)
            show(desk, 1240, 760)
            wait_for(app, lambda: bool(desk.desk.reviews))
            desk.desk.steps.selectRow(4)
            grab(app, out / "review-desk.png", desk)
            desk.close()

            trust = TrustListDialog(hub, tasks, "JAM", window)
            show(trust, 1100, 440)
            grab(app, out / "exchange-trust.png", trust)
            trust.close()

            status = ExchangeStatusDialog(hub, tasks, "JAM", window)
            loaded: list[object] = []
            status.widget.loaded.connect(loaded.append)
            show(status, 1100, 520)
            wait_for(app, lambda: bool(loaded))
            grab(app, out / "exchange-status.png", status)
            status.close()

            lesson = next(r for r in hub.records.rows("JAM", LESSONS) if r.values["theme"] == "DATA")
            history = RecordHistoryDialog(hub, tasks, "JAM", lesson.id, table="lesson_learned",
                                          record_title=str(lesson.values["what_happened"])[:60], parent=window)
            show(history, 1100, 420)
            wait_for(app, lambda: bool(history.entries))
            grab(app, out / "exchange-history.png", history)
            history.close()

            sender = ExchangeExportDialog(country, tasks, "JAM", choose_folder=lambda _parent, _start: Path(folder))
            show(sender, 760, 440)
            sender.partner.setCurrentIndex(1)
            grab(app, out / "exchange-export.png", sender)
            sender.close()
        finally:
            tasks.wait_for_done(10_000)
            country.close()
            hub.close()
    return 0


def show(dialog: QDialog, width: int, height: int) -> None:
    dialog.resize(width, height)
    dialog.show()
    dialog.move(20, 20)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/images"))
