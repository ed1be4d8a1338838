"""``mainstream-desktop``: the composition root of the desktop program.

Builds the paths, opens the services, starts Qt, shows the main window. Heavy libraries
(pandas, matplotlib, reportlab) are not imported here: the window must appear fast, and they
load on first use. ``--smoke-test`` builds the window, processes events and exits 0.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from mainstream_desktop import __version__
from mainstream_desktop.paths import resolve_data_dir


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mainstream-desktop", description="Mainstream Desktop")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder (default: $MAINSTREAM_DATA_DIR or the user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo data (loading it into the data folder if absent)")
    parser.add_argument("--lang", metavar="CODE", help="user-interface language, e.g. fr, es, ru, ar")
    parser.add_argument("--smoke-test", action="store_true",
                        help="build the main window, process events, exit 0 (for CI and installers)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    QCoreApplication.setOrganizationName("GMG")
    QCoreApplication.setApplicationName("Mainstream Desktop")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from mainstream_desktop.ui.i18n import install_language

    translators = install_language(app, args.lang)  # noqa: F841 - kept alive for the session

    from mainstream_desktop.core.errors import MainstreamError
    from mainstream_desktop.core.services import open_services

    paths = resolve_data_dir(args.data_dir)
    try:
        services = open_services(paths)
    except MainstreamError as exc:
        if args.smoke_test:
            print(f"mainstream-desktop: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, QCoreApplication.translate("app", "Mainstream Desktop cannot start"),
                                 exc.message)
        return 1
    _log_to_data_folder(paths.root)
    from mainstream_desktop.core.site_identity import ensure_local_site
    from mainstream_desktop.ui.main_window import MainWindow
    from mainstream_desktop.ui.settings import WindowSettings
    from mainstream_desktop.ui.tasks import TaskRunner

    try:
        ensure_local_site(services.uow, paths.keys)
        tasks = TaskRunner(app)
        window = MainWindow(services, tasks, WindowSettings(paths.config))
        window.show()
        if args.demo and not services.workspaces.list_workspaces():
            QTimer.singleShot(0, lambda: _load_demo(window))
        if args.smoke_test:
            app.processEvents()
            QTimer.singleShot(0, app.quit)
        code = app.exec()
        tasks.wait_for_done(10_000)
        return code
    finally:
        services.close()


def _load_demo(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from mainstream_desktop.core.demo import load_demo
    from mainstream_desktop.ui.core_texts import error_text

    services = window.services

    def work(progress, _cancelled):  # type: ignore[no-untyped-def]
        return load_demo(services.uow, services.workspaces, services.readiness, progress)

    window.tasks.run(
        work, parent=window, title=window.tr("Loading the demo workspaces"),
        on_success=lambda _outcome: window.reload_workspaces(select="JAM"),
        on_error=lambda exc: QMessageBox.warning(window, window.tr("Demo not loaded"), error_text(exc)),
        cancellable=False)


def _log_to_data_folder(root) -> None:  # type: ignore[no-untyped-def]
    """Unexpected errors go to a log file in the data folder, and to a dialog, never a console."""
    logs = root / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(filename=logs / "mainstream-desktop.log", level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    def excepthook(kind, value, trace):  # type: ignore[no-untyped-def]
        logging.getLogger("mainstream").error("unexpected error", exc_info=(kind, value, trace))
        from PySide6.QtWidgets import QApplication, QMessageBox

        from mainstream_desktop.ui.core_texts import error_text

        if QApplication.instance() is not None:
            QMessageBox.critical(None, "Mainstream Desktop", error_text(value))

    sys.excepthook = excepthook


if __name__ == "__main__":
    raise SystemExit(main())
