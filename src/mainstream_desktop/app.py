"""``mainstream-desktop``: the composition root of the desktop program.

Starts Qt and shows the main window first, then opens the data folder on the worker thread
(SQLAlchemy, the models and any migration load there, after the window is up) and hands the
services to the window. Heavy libraries (pandas, matplotlib, reportlab) are not imported here:
they load on first use. ``--smoke-test`` builds the window, opens the data folder (loading the
demo with ``--demo``), processes events and exits 0; a refusal exits 1 with one line.
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
    parser.add_argument("--database-url", metavar="URL",
                        help="the hub's shared database, e.g. postgresql://user@host/mainstream "
                             "(default: $MAINSTREAM_DATABASE_URL, else the SQLite file in the data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo data (loading it into the data folder if absent)")
    parser.add_argument("--lang", metavar="CODE", help="user-interface language, e.g. fr, es, ru, ar")
    parser.add_argument("--smoke-test", action="store_true",
                        help="build the main window, process events, exit 0 (for CI and installers)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("GMG")
    QCoreApplication.setApplicationName("Mainstream Desktop")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from mainstream_desktop.ui.app_icon import install_application_icon

    install_application_icon(app)
    from mainstream_desktop.ui.i18n import UnknownLanguage, choose_language, install_language
    from mainstream_desktop.ui.settings import WindowSettings

    paths = resolve_data_dir(args.data_dir)
    _log_to_data_folder(paths.root)
    settings = WindowSettings(paths.config)
    try:
        language = choose_language(args.lang, settings.language())
    except UnknownLanguage:
        build_parser().error(f"unknown language {args.lang!r}: choose one of en, fr, es, ru, ar")
    translators = install_language(app, language)  # noqa: F841 - kept alive for the session

    from mainstream_desktop.ui.main_window import MainWindow
    from mainstream_desktop.ui.tasks import TaskRunner

    tasks = TaskRunner(app)
    window = MainWindow(tasks, settings)
    window.language_override = language if args.lang else ""
    window.show()
    _report_startup("window-ready")
    opened: list = []  # the services, once the worker has opened the data folder

    def open_store(_progress, _cancelled):  # type: ignore[no-untyped-def]
        # SQLAlchemy, the models and the migrations load here, off the GUI thread, after the
        # window is up.
        from mainstream_desktop.core.errors import StoreUnavailable
        from mainstream_desktop.core.services import open_services
        from mainstream_desktop.core.site_identity import ensure_local_site
        from mainstream_desktop.db.engine import UnsupportedDatabase, database_url_option

        try:
            database_url = database_url_option(args.database_url)
        except UnsupportedDatabase as exc:
            raise StoreUnavailable(str(exc)) from exc
        services = open_services(paths, database_url=database_url)
        ensure_local_site(services.uow, paths.keys)
        opened.append(services)
        return services

    def attached(services) -> None:  # type: ignore[no-untyped-def]
        window.attach_services(services)
        _report_startup("data-ready")
        if args.demo and not services.workspaces.list_workspaces():
            _load_demo(window, args.smoke_test)
        elif args.smoke_test:
            QApplication.quit()

    def refused(exc: BaseException) -> None:
        from mainstream_desktop.ui.core_texts import error_text

        _refuse_start(window, error_text(exc), args.smoke_test)

    tasks.run(open_store, parent=window, title="", show_progress=False,
              on_success=attached, on_error=refused)
    code = app.exec()
    tasks.wait_for_done(30_000)
    for services in opened:
        services.close()
    _restart_if_asked(app)
    return code


def _restart_if_asked(app) -> None:  # type: ignore[no-untyped-def]
    """*File › Settings…* asked for a restart (a new language): start the program again now that
    this copy has let go of the data folder."""
    from mainstream_desktop.ui.dialogs.settings_dialog import RESTART_PROPERTY, restart_command

    if app.property(RESTART_PROPERTY):
        import subprocess

        subprocess.Popen(restart_command(sys.argv), close_fds=True, start_new_session=True)  # noqa: S603


def _report_startup(event: str) -> None:
    """Start-up milestones for ``bench/startup.py`` (only when it asks for them)."""
    import os

    if os.environ.get("MAINSTREAM_REPORT_STARTUP"):
        print(event, file=sys.stderr, flush=True)


def _refuse_start(window, message: str, smoke_test: bool) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    if smoke_test:
        print(f"mainstream-desktop: {message}", file=sys.stderr)
    else:
        QMessageBox.critical(window, QCoreApplication.translate("app", "Mainstream Desktop cannot start"),
                             message)
    QApplication.exit(1)


def _load_demo(window, smoke_test: bool) -> None:  # type: ignore[no-untyped-def]
    """Load the demo workspaces off the GUI thread, with a progress dialog; in a smoke test,
    quit afterwards (exit 1 if the demo could not be loaded)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from mainstream_desktop.ui.core_texts import error_text

    services = window.services

    def work(progress, _cancelled):  # type: ignore[no-untyped-def]
        return services.load_demo(progress)

    def loaded(_outcome) -> None:  # type: ignore[no-untyped-def]
        window.reload_workspaces(select="JAM")
        if smoke_test:
            QApplication.quit()

    def failed(exc: BaseException) -> None:
        if smoke_test:
            print(f"mainstream-desktop: demo not loaded: {error_text(exc)}", file=sys.stderr)
            QApplication.exit(1)
        else:
            QMessageBox.warning(window, QApplication.translate("app", "Demo not loaded"), error_text(exc))

    window.tasks.run(work, parent=window, title=QApplication.translate("app", "Loading the demo workspaces"),
                     on_success=loaded, on_error=failed, cancellable=False)


def _log_to_data_folder(root) -> None:  # type: ignore[no-untyped-def]
    """Unexpected errors go to a log file in the data folder, and to a dialog, never a console."""
    logs = root / "logs"
    try:
        logs.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=logs / "mainstream-desktop.log", level=logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    except OSError:
        pass  # an unusable data folder is reported when it is opened, with words, not here

    def excepthook(kind, value, trace):  # type: ignore[no-untyped-def]
        logging.getLogger("mainstream").error("unexpected error", exc_info=(kind, value, trace))
        from PySide6.QtWidgets import QApplication, QMessageBox

        from mainstream_desktop.ui.core_texts import error_text

        if QApplication.instance() is not None:
            QMessageBox.critical(None, "Mainstream Desktop", error_text(value))

    sys.excepthook = excepthook


if __name__ == "__main__":
    raise SystemExit(main())
