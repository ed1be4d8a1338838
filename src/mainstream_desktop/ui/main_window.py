"""The main window: the workspace switcher, the navigator of steps 0-7 with status and
completeness, the page of the selected step, a status bar, and the File, Exchange, Reports and Help
menus.

It wires widgets to core services and keeps no business rule of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QWidget,
    QWizard,
)

from mainstream_desktop.core.dto import StepProgress
from mainstream_desktop.ui.core_texts import error_text
from mainstream_desktop.ui.dialogs.about import show_about
from mainstream_desktop.ui.settings import WindowSettings
from mainstream_desktop.ui.tasks import TaskRunner
from mainstream_desktop.ui.widgets.step_navigator import StepNavigator
from mainstream_desktop.ui.widgets.step_page import StepPage
from mainstream_desktop.ui.wizards.registry import WIZARDS

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services

WizardOpener = Callable[[QWizard], None]
DialogOpener = Callable[[QDialog], None]
WITHOUT_WORKSPACE = frozenset({"receive", "trust"})


class MainWindow(QMainWindow):
    def __init__(self, tasks: TaskRunner, settings: WindowSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services: Services | None = None
        self.tasks = tasks
        self._settings = settings
        self._progress: list[StepProgress] = []
        self.open_wizard: WizardOpener = lambda wizard: wizard.open()
        self.open_exchange_dialog: DialogOpener = lambda dialog: dialog.open()
        self.open_portfolio_dialog: DialogOpener = lambda dialog: dialog.show()
        self.open_report_dialog: DialogOpener = lambda dialog: dialog.open()
        self.open_settings_dialog: DialogOpener = lambda dialog: dialog.open()
        self.audit_path_chooser: Callable[[QWidget, str], Path | None] = _choose_audit_path
        self.language_override = ""  # the --lang of this session, which wins over the setting
        self.setWindowTitle(self.tr("Mainstream Desktop"))
        self.resize(1180, 760)

        self.workspace_switcher = QComboBox()
        self.workspace_switcher.setObjectName("workspaceSwitcher")
        self.workspace_switcher.setMinimumWidth(380)
        self.workspace_switcher.setAccessibleName(self.tr("Workspace"))
        self.workspace_switcher.currentIndexChanged.connect(self._workspace_changed)
        self.navigator = StepNavigator()
        self.navigator.step_selected.connect(self._show_step)
        self.step_page = StepPage(set(WIZARDS))
        self.step_page.open_wizard_requested.connect(self.open_step_wizard)
        self.empty_hint = QLabel(self.tr("<h2>Opening the data folder\u2026</h2>"))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.step_page)
        self.splitter.addWidget(self.empty_hint)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 800, 0])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_toolbar()
        self.navigator.setVisible(False)
        self.step_page.setVisible(False)
        self._restore_window()

    def attach_services(self, services: Services) -> None:
        """The data folder is open: fill the window and enable what needs the data."""
        self.services = services
        for action in self._data_actions:
            action.setEnabled(True)
        self.portfolio_action.setEnabled(True)
        for action in self.report_actions.values():
            action.setEnabled(True)
        self.workspace_switcher.setEnabled(True)
        site = services.site()
        self.statusBar().showMessage(
            self.tr("Data folder: {path}").format(path=f"\u2066{services.paths.root}\u2069")  # isolated: a path
            # reads left to right inside right-to-left text
            + (self.tr("  \u00b7  Site: {name}").format(name=site.name) if site else ""))
        self.empty_hint.setText(self.tr(
            "<h2>No workspace yet</h2><p>Create one with <b>File \u203a New workspace</b>, "
            "or start the program with <code>--demo</code> to explore the eight pilot countries.</p>"))
        self.reload_workspaces(select=self._settings.last_workspace())

    # -- building -----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_workspace_action = QAction(self.tr("&New workspace\u2026"), self)
        self.new_workspace_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_workspace_action.triggered.connect(lambda: self.open_step_wizard(0, new=True))
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.triggered.connect(self.back_up_now)
        self.open_folder_action = QAction(self.tr("&Open data folder"), self)
        self.open_folder_action.triggered.connect(self._open_data_folder)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self._data_actions = (self.new_workspace_action, self.backup_action, self.open_folder_action)
        for action in self._data_actions:
            file_menu.addAction(action)
            action.setEnabled(False)
        file_menu.addSeparator()
        self.settings_action = QAction(self.tr("&Settings\u2026"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self._build_exchange_menu()
        self._build_reports_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Mainstream Desktop"), self)
        about.triggered.connect(lambda: show_about(self, self.services))
        self.workspace_switcher.setEnabled(False)
        help_menu.addAction(about)

    def _build_exchange_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("E&xchange"))
        self.exchange_actions: dict[str, QAction] = {}
        for key, text in (("send", self.tr("&Send a bundle\u2026")), ("receive", self.tr("&Receive a bundle\u2026")),
                          ("conflicts", self.tr("&Conflicts\u2026")), ("trust", self.tr("&Trusted sites\u2026")),
                          ("status", self.tr("Exchange &status\u2026"))):
            action = QAction(text, self)
            action.setEnabled(False)
            action.triggered.connect(lambda _checked=False, key=key: self.open_exchange(key))
            menu.addAction(action)
            self.exchange_actions[key] = action
            if key == "receive":
                menu.addSeparator()
        menu.addSeparator()
        audit = QAction(self.tr("Export the &audit trail\u2026"), self)
        audit.setToolTip(self.tr("Every change of the workspace, who made it and when, as a CSV file"))
        audit.setEnabled(False)
        audit.triggered.connect(self.export_audit_trail)
        menu.addAction(audit)
        self.exchange_actions["audit"] = audit
        review_menu = self.menuBar().addMenu(self.tr("Re&view"))
        review_action = QAction(self.tr("Review &desk\u2026"), self)
        review_action.setEnabled(False)
        review_action.triggered.connect(lambda _checked=False: self.open_exchange("review"))
        review_menu.addAction(review_action)
        self.exchange_actions["review"] = review_action
        hub_action = QAction(self.tr("&Peer exchanges and handbook proposals\u2026"), self)
        hub_action.setEnabled(False)
        hub_action.triggered.connect(lambda _checked=False: self.open_exchange("hub_records"))
        review_menu.addAction(hub_action)
        self.exchange_actions["hub_records"] = hub_action

    def _build_reports_menu(self) -> None:
        self.reports_menu = self.menuBar().addMenu(self.tr("&Reports"))
        self.report_actions: dict[str, QAction] = {}
        for key, text in (("country", self.tr("&Country report (PDF)\u2026")),
                          ("lessons", self.tr("&Lessons-learned report (PDF)\u2026"))):
            action = QAction(text, self)
            action.setEnabled(False)
            action.triggered.connect(lambda _checked=False, key=key: self.open_report(key))
            self.reports_menu.addAction(action)
            self.report_actions[key] = action
        self.reports_menu.addSeparator()
        for key, text in (("xlsx", self.tr("Export workspace to &Excel\u2026")),
                          ("csv", self.tr("Export workspace to C&SV\u2026"))):
            action = QAction(text, self)
            action.setEnabled(False)
            action.triggered.connect(lambda _checked=False, kind=key: self.open_workbook_export(kind))
            self.reports_menu.addAction(action)
            self.report_actions[key] = action
        self.reports_menu.addSeparator()
        self.portfolio_action = QAction(self.tr("&Portfolio\u2026"), self)
        self.portfolio_action.setToolTip(self.tr("Where every workspace of this data folder stands, side by side"))
        self.portfolio_action.setEnabled(False)
        self.portfolio_action.triggered.connect(self.open_portfolio)
        self.reports_menu.addAction(self.portfolio_action)

    def open_portfolio(self) -> None:
        """The portfolio of every workspace (imported here: the window starts light)."""
        if self.services is None:
            return
        from mainstream_desktop.ui.dialogs.portfolio_dialog import PortfolioDialog

        dialog = PortfolioDialog(self.services, self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_portfolio_dialog(dialog)

    def open_settings(self) -> None:
        """*File › Settings…*: the language (imported here: the window starts light)."""
        from mainstream_desktop.ui.dialogs.settings_dialog import SettingsDialog
        from mainstream_desktop.ui.i18n import installed_language

        dialog = SettingsDialog(self._settings, installed_language(), self.language_override, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_settings_dialog(dialog)

    def open_report(self, key: str) -> None:
        """The dialog that writes a PDF report: the country report of a workspace (the current
        one preselected) or the lessons-learned report of all (imported here: the window starts light)."""
        if self.services is None:
            return
        from mainstream_desktop.ui.dialogs.report_dialog import CountryReportDialog, LessonsReportDialog

        dialog = CountryReportDialog(self.services, self.tasks, self.current_workspace(), self) if key == "country" \
            else LessonsReportDialog(self.services, self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_report_dialog(dialog)

    def open_workbook_export(self, kind: str) -> None:
        """*Reports \u203a Export workspace to Excel / CSV\u2026*: the current workspace preselected
        (imported here: the window starts light)."""
        if self.services is None:
            return
        from mainstream_desktop.ui.dialogs.workbook_export import WorkbookExportDialog

        dialog = WorkbookExportDialog(self.services, self.tasks, self.current_workspace() or "", kind, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_report_dialog(dialog)

    def open_exchange(self, key: str) -> None:
        """Open one exchange window for the current workspace (imported here: the window starts light).
        Receiving and the trust list also work without one: a new hub's first bundle brings it."""
        code = self.current_workspace()
        if self.services is None or (code is None and key not in WITHOUT_WORKSPACE):
            return
        try:
            dialog = _exchange_dialog(key, self.services, self.tasks, code or "", self)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a traceback
            QMessageBox.warning(self, self.tr("The window cannot open"), error_text(exc))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.reload_workspaces(select=code))
        self.open_exchange_dialog(dialog)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Workspace"))
        toolbar.setObjectName("workspaceToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Workspace: ")))
        toolbar.addWidget(self.workspace_switcher)
        toolbar.addSeparator()
        toolbar.addAction(self.new_workspace_action)
        self.addToolBar(toolbar)

    # -- state --------------------------------------------------------------------------------
    def current_workspace(self) -> str | None:
        code = self.workspace_switcher.currentData()
        return str(code) if code else None

    def reload_workspaces(self, select: str | None = None) -> None:
        if self.services is None:
            return
        wanted = select or self.current_workspace()
        summaries = self.services.workspaces.list_workspaces()
        self.workspace_switcher.blockSignals(True)
        self.workspace_switcher.clear()
        for summary in summaries:
            self.workspace_switcher.addItem(summary.display_name, summary.code)
        index = self.workspace_switcher.findData(wanted) if wanted else -1
        self.workspace_switcher.setCurrentIndex(index if index >= 0 else (0 if summaries else -1))
        self.workspace_switcher.blockSignals(False)
        has_workspaces = bool(summaries)
        self.navigator.setVisible(has_workspaces)
        self.step_page.setVisible(has_workspaces)
        self.empty_hint.setVisible(not has_workspaces)
        self._workspace_changed()

    def refresh_progress(self) -> None:
        code = self.current_workspace()
        if code is None or self.services is None:
            self._progress = []
            self.navigator.clear()
            return
        self._progress = self.services.status.workspace_progress(code)
        self.navigator.show_progress(self._progress)

    def _workspace_changed(self) -> None:
        code = self.current_workspace()
        if code:
            self._settings.save_workspace(code)
        for key, action in self.exchange_actions.items():
            action.setEnabled(self.services is not None and (bool(code) or key in WITHOUT_WORKSPACE))
        self.refresh_progress()

    def _show_step(self, number: int) -> None:
        if 0 <= number < len(self._progress):
            self.step_page.show_step(self._progress[number])

    # -- actions ------------------------------------------------------------------------------
    def open_step_wizard(self, number: int, new: bool = False) -> None:
        factory = WIZARDS.get(number)
        if factory is None or self.services is None:
            return
        code = None if new else self.current_workspace()
        try:
            wizard = factory(self.services, self.tasks, code, self)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a traceback
            QMessageBox.warning(self, self.tr("The wizard cannot open"), error_text(exc))
            return
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda _result: self._after_wizard(wizard))
        self.open_wizard(wizard)

    def _after_wizard(self, wizard: QWizard) -> None:
        saved = getattr(wizard, "saved_code", lambda: None)()
        self.reload_workspaces(select=saved or self.current_workspace())
        if wizard.result() == QWizard.DialogCode.Accepted and saved:
            self.statusBar().showMessage(self.tr("Workspace {code} saved").format(code=saved), 10000)

    def _open_data_folder(self) -> None:
        if self.services is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.paths.root)))

    def export_audit_trail(self) -> None:
        """Every change of the current workspace as CSV, written on the worker thread."""
        from mainstream_desktop.ui.dialogs.audit_export import proposed_name, start_audit_export, written_text

        services, code = self.services, self.current_workspace()
        if services is None or code is None:
            return
        path = self.audit_path_chooser(self, proposed_name(code))
        if path is None:
            return
        action = self.exchange_actions["audit"]
        action.setEnabled(False)

        def done(count: int) -> None:
            action.setEnabled(True)
            self.statusBar().showMessage(written_text(count, code, path), 10000)

        def failed(exc: BaseException) -> None:
            action.setEnabled(True)
            QMessageBox.warning(self, self.tr("The audit trail was not written"), error_text(exc))

        start_audit_export(self, services, self.tasks, code, path, on_success=done, on_error=failed)

    def back_up_now(self) -> None:
        services = self.services
        if services is None:
            return
        self.backup_action.setEnabled(False)

        def done(result: object) -> None:
            self.backup_action.setEnabled(True)
            path = getattr(result, "path", "")
            self.statusBar().showMessage(self.tr("Backup written and verified: {path}").format(path=path), 10000)

        def failed(exc: BaseException) -> None:
            self.backup_action.setEnabled(True)
            QMessageBox.warning(self, self.tr("Backup failed"), error_text(exc))

        self.tasks.run(lambda _p, _c: services.backup_now(), parent=self,
                       title=self.tr("Backing up the database"), on_success=done, on_error=failed,
                       cancellable=False)

    # -- window state -------------------------------------------------------------------------
    def _restore_window(self) -> None:
        geometry = self._settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self._settings.state()
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.tasks.is_busy() and not self.tasks.wait_for_done(10_000):
            # A write is still running: closing now could cut it off, so say so and stay open.
            self.statusBar().showMessage(self.tr("Still working: close again when the task has finished."), 10000)
            event.ignore()
            return
        self._settings.save_window(QByteArray(self.saveGeometry()), QByteArray(self.saveState()))
        self._settings.sync()
        super().closeEvent(event)


def _choose_audit_path(parent: QWidget, proposed: str) -> Path | None:
    from mainstream_desktop.ui.dialogs.audit_export import choose_audit_path

    return choose_audit_path(parent, proposed)


def _exchange_dialog(key: str, services: Services, tasks: TaskRunner, code: str, parent: QWidget) -> QDialog:
    if key == "send":
        from mainstream_desktop.ui.dialogs.exchange_export import ExchangeExportDialog

        return ExchangeExportDialog(services, tasks, code, parent)
    if key == "receive":
        from mainstream_desktop.ui.dialogs.exchange_import import ExchangeImportDialog

        return ExchangeImportDialog(services, tasks, code, parent)
    if key == "conflicts":
        from mainstream_desktop.ui.dialogs.conflict_queue import ConflictQueueDialog

        return ConflictQueueDialog(services, tasks, code, parent)
    if key == "review":
        from mainstream_desktop.ui.dialogs.review_desk_dialog import ReviewDeskDialog

        return ReviewDeskDialog(services, tasks, code, parent)
    if key == "hub_records":
        from mainstream_desktop.ui.dialogs.hub_records_dialog import HubRecordsDialog

        return HubRecordsDialog(services, tasks, code, parent)
    if key == "trust":
        from mainstream_desktop.ui.dialogs.trust_list import TrustListDialog

        return TrustListDialog(services, tasks, code, parent)
    from mainstream_desktop.ui.widgets.exchange_status import ExchangeStatusDialog

    return ExchangeStatusDialog(services, tasks, code, parent)
