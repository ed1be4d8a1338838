"""Receiving a bundle: choose the file, and before anything is written the bundle is verified
(signature, trust, checksums) and its import is rehearsed: who sent it, for which workspace, how
many changes are new, updated, unchanged, already here, conflicting, waiting or rejected, with a
drill-down of each change by category. A refused bundle says why and what to do. "Import" then
applies it for real (a verified backup first, all or nothing); a bundle imported before says so
and does nothing. Verifying, previewing and importing run on the worker thread.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.ui.core_texts import error_text
from mainstream_desktop.ui.dialogs.exchange_export import ask_key_passphrase
from mainstream_desktop.ui.tasks import TaskCancelled, TaskRunner
from mainstream_desktop.ui.widgets.exchange_status import fit_rows, read_only_table, set_row, short_id, time_text

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services
    from mainstream_desktop.sync.exchange import ImportReport
    from mainstream_desktop.sync.status import RecordName

ChooseFile = Callable[[QWidget], list[Path]]  # the files chosen, in order; none when cancelled
AskPassphrase = Callable[[QWidget], 'str | None']
OpenDialog = Callable[[QDialog], None]
CATEGORIES = ("new", "updated", "unchanged", "duplicate", "conflicting", "held", "rejected")
NAMED = ("updated", "conflicting", "held", "rejected")  # records that may be here already: named by label


def choose_bundle_files(parent: QWidget) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, QDialog.tr("Choose one or more bundles"), "",
                                            QDialog.tr("Mainstream bundles (*.mdbundle);;All files (*)"))
    return [Path(name) for name in names]


def ask_passphrase_to_open(parent: QWidget) -> str | None:
    return ask_key_passphrase(parent, QDialog.tr(
        "This site's keys are protected by a passphrase. Enter it to open the encrypted bundle:"))


def category_text(category: str) -> tuple[str, str]:
    """(name, meaning) of an import category, in the user's language."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("ExchangeImportDialog", text)

    return {
        "new": (tr("New"), tr("records this site does not have yet")),
        "updated": (tr("Updated"), tr("changes applied to records that are here")),
        "unchanged": (tr("Unchanged"), tr("already so here")),
        "duplicate": (tr("Already here"), tr("changes received before (a bundle sent twice, or passed on)")),
        "conflicting": (tr("Conflicting"), tr("edited here and there at once: both values are kept; see "
                                              "Exchange \u203a Conflicts")),
        "held": (tr("Waiting"), tr("waiting for earlier changes from their sender; applied when those arrive")),
        "rejected": (tr("Rejected"), tr("refused with the reason; kept aside, never applied")),
    }.get(category, (category, ""))


class ExchangeImportDialog(QDialog):
    imported = Signal(object)

    def __init__(self, services: Services, tasks: TaskRunner, workspace_code: str, parent: QWidget | None = None,
                 choose_file: ChooseFile = choose_bundle_files,
                 ask_passphrase: AskPassphrase = ask_passphrase_to_open) -> None:
        super().__init__(parent)
        from mainstream_desktop.sync.exchange import ExchangeService

        self._services, self._tasks, self._code = services, tasks, workspace_code
        self._choose_file, self._ask_passphrase = choose_file, ask_passphrase
        self._retry: Callable[[], None] | None = None  # what to do again once the keys are unlocked
        self._exchange = ExchangeService(services.uow, services.paths)
        self.report: ImportReport | None = None
        self.queue: list[Path] = []  # the bundles chosen together that come after this one
        self.names: dict[tuple[str, str], RecordName] = {}
        self.titles: dict[str, str] = {}
        self.open_dialog: OpenDialog = lambda dialog: dialog.open()
        self.setWindowTitle(self.tr("Receive a bundle"))
        self.resize(980, 640)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(self.tr("Bundle file"))
        browse = QPushButton(self.tr("Choose file\u2026"))
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        self.sender = QLabel()
        self.workspace = QLabel()
        self.bundle = QLabel()
        for label in (self.sender, self.workspace, self.bundle):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("From"), self.sender)
        form.addRow(self.tr("Workspace"), self.workspace)
        form.addRow(self.tr("Bundle"), self.bundle)
        self.summary = QLabel(self.tr("Choose a bundle file: it is checked and rehearsed first; nothing is "
                                      "written until you press Import."))
        self.summary.setObjectName("bundleSummary")
        self.summary.setWordWrap(True)
        self.refusal = self._refusal_box()
        self.counts = read_only_table([self.tr("Changes"), self.tr("How many"), self.tr("Meaning")], stretch=2)
        self.counts.setMinimumWidth(300)
        self.counts.setAccessibleName(self.tr("Changes in the bundle, by category"))
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show"))
        self.filter.currentIndexChanged.connect(self._fill_details)
        self.details = read_only_table([self.tr("Category"), self.tr("Record"), self.tr("Id"), self.tr("Why")],
                                       stretch=3)
        # a long record label shares the width with the reason instead of pushing it out of the window
        self.details.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.details.setAccessibleName(self.tr("Changes in the bundle, one by one"))
        details_box = QWidget()
        details_layout = QVBoxLayout(details_box)
        details_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Show")))
        filter_row.addWidget(self.filter, 1)
        details_layout.addLayout(filter_row)
        details_layout.addWidget(self.details, 1)
        unlisted = QLabel(self.tr("New records and unchanged ones are counted, not listed."))
        unlisted.setWordWrap(True)
        details_layout.addWidget(unlisted)
        splitter = QSplitter()
        splitter.addWidget(self.counts)
        splitter.addWidget(details_box)
        splitter.setSizes([380, 600])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.apply)
        self.next_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button.setToolTip(self.tr("Check the next of the bundles chosen together"))
        self.next_button.clicked.connect(self.next_bundle)
        self.next_button.setVisible(False)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.refusal)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def _refusal_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("bundleRefusal")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setStyleSheet("QFrame#bundleRefusal { background: #fdecea; border: 1px solid #b00020; }"
                          " QFrame#bundleRefusal QLabel { color: #3b0008; }")  # dark on the light box in any scheme
        self.refusal_text = QLabel()
        self.refusal_text.setWordWrap(True)
        self.refusal_text.setTextFormat(Qt.TextFormat.RichText)
        self.trust_button = QPushButton(self.tr("Trusted sites\u2026"))
        self.trust_button.clicked.connect(self.open_trust_list)
        row = QHBoxLayout(box)
        row.addWidget(self.refusal_text, 1)
        row.addWidget(self.trust_button, 0, Qt.AlignmentFlag.AlignTop)
        box.setVisible(False)
        return box

    # -- choosing and previewing --------------------------------------------------------------------
    def browse(self) -> None:
        """Choose one bundle or several (a USB stick's worth): each is checked and imported in turn."""
        chosen = self._choose_file(self)
        if chosen:
            self.queue = list(chosen[1:])
            self._load(chosen[0])

    def next_bundle(self) -> None:
        if self.queue and not self._tasks.is_busy():
            self._load(self.queue.pop(0))

    def _load(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self._show_queue()
        self.preview()

    def _show_queue(self) -> None:
        self.next_button.setText(self.tr("Next bundle ({count} left)").format(count=len(self.queue)))
        self.next_button.setVisible(bool(self.queue))

    def _path(self) -> Path | None:
        return Path(self.path_edit.text()) if self.path_edit.text() else None

    def preview(self) -> None:
        path = self._path()
        if path is None:
            return
        self._clear()
        self._retry = self.preview
        self.summary.setText(self.tr("Checking {name}\u2026").format(name=path.name))
        exchange = self._exchange
        self._run(lambda progress: exchange.preview(path, progress), self.tr("Checking the bundle"), self._previewed)

    def _run(self, call: Callable[[Any], ImportReport], title: str, done: Callable[[Any], None]) -> None:
        from mainstream_desktop.sync.status import record_names, table_titles

        uow, label = self._services.uow, self.tr("{done} of {total} changes")

        def work(progress: Any, cancelled: Any) -> tuple[ImportReport, dict[Any, Any], dict[str, str]]:
            def report(count: int, total: int, _label: str) -> None:
                if cancelled():
                    raise TaskCancelled()
                progress(count, total, label.format(done=count, total=total))

            result = call(report)
            named = [(table, record) for category, table, record, _why in result.details if category in NAMED]
            return result, record_names(uow, named), table_titles()

        self.import_button.setEnabled(False)
        self._tasks.run(work, parent=self, title=title, on_success=done, on_error=self._failed, cancellable=True)

    def _previewed(self, result: tuple[ImportReport, dict[Any, Any], dict[str, str]]) -> None:
        report = self._show(result)
        if report.already_imported_on:
            return
        lines = [self.tr("Preview: nothing has been written yet. {total} change(s) from {sender}.").format(
            total=report.total, sender=report.sender)]
        lines += self._notes(report)
        self.summary.setText("\n".join(lines))
        self.import_button.setEnabled(True)

    def _notes(self, report: ImportReport) -> list[str]:
        counts, notes = report.counts, []
        if counts.get("conflicting"):
            notes.append(self.tr("{count} change(s) conflict with edits made here: the same value is kept on "
                                 "every site, and the other one waits under Exchange \u203a Conflicts.").format(
                count=counts["conflicting"]))
        if counts.get("held"):
            notes.append(self.tr("{count} change(s) wait for earlier changes from their sender: import the "
                                 "bundles in between (or a full bundle).").format(count=counts["held"]))
        if counts.get("rejected"):
            notes.append(self.tr("{count} change(s) are rejected: see the reasons below.").format(
                count=counts["rejected"]))
        if report.total and counts.get("duplicate") == report.total:
            notes.append(self.tr("Every change of this bundle is here already."))
        return notes

    def _show(self, result: tuple[ImportReport, dict[Any, Any], dict[str, str]]) -> ImportReport:
        report, self.names, self.titles = result
        self.report = report
        self.sender.setText(f"{report.sender} ({short_id(report.sender_site_id)})")
        self.sender.setToolTip(report.sender_site_id)
        here = report.workspace == self._code or not self._code
        self.workspace.setText(report.workspace if here else self.tr(
            "{code} (not the workspace open now, {current})").format(code=report.workspace, current=self._code))
        kind = self.tr("full") if report.kind == "full" else self.tr("changes since the last bundle")
        self.bundle.setText(self.tr("{kind}, {total} change(s); id {id}").format(kind=kind, total=report.total,
                                                                                  id=report.bundle_id))
        if report.already_imported_on:
            self.summary.setText(self.tr("Already imported on {when}: nothing to do.").format(
                when=time_text(report.already_imported_on)))
            self.counts.setRowCount(0)
            self._fill_filter()
            return report
        self.counts.setRowCount(len(CATEGORIES))
        for row, category in enumerate(CATEGORIES):
            name, meaning = category_text(category)
            set_row(self.counts, row, [name, str(report.counts.get(category, 0)), meaning], numbers=(1,))
        fit_rows(self.counts, padding=4)  # a meaning wraps onto a second line rather than being cut
        self._fill_filter()
        return report

    def _fill_filter(self) -> None:
        shown = Counter(category for category, *_rest in (self.report.details if self.report else ()))
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("Every change listed ({count})").format(count=sum(shown.values())), "")
        for category in CATEGORIES:
            if shown.get(category):
                self.filter.addItem(f"{category_text(category)[0]} ({shown[category]})", category)
        self.filter.blockSignals(False)
        self._fill_details()

    def _fill_details(self) -> None:
        wanted = self.filter.currentData() or ""
        rows = [d for d in (self.report.details if self.report else ()) if not wanted or d[0] == wanted]
        self.details.setRowCount(len(rows))
        for row, (category, table, record_id, why) in enumerate(rows):
            name = self.names.get((table, record_id))
            title = QCoreApplication.translate("records", self.titles.get(table, table))
            record = f"{title} \u00b7 {name.label}" if name is not None and name.label else title
            set_row(self.details, row, [category_text(category)[0], record, short_id(record_id), why],
                    {1: record, 2: record_id, 3: why})

    def _clear(self) -> None:
        self.report = None
        self.refusal.setVisible(False)
        self.counts.setRowCount(0)
        self.details.setRowCount(0)
        for label in (self.sender, self.workspace, self.bundle):
            label.clear()

    # -- importing ----------------------------------------------------------------------------------
    def apply(self) -> None:
        path = self._path()
        if path is None or self.report is None:
            return
        self._retry = self.apply
        self.summary.setText(self.tr("Importing {name}\u2026").format(name=path.name))
        exchange = self._exchange
        self._run(lambda progress: exchange.import_bundle(path, progress), self.tr("Importing the bundle"),
                  self._applied)

    def _applied(self, result: tuple[ImportReport, dict[Any, Any], dict[str, str]]) -> None:
        report = self._show(result)
        if report.already_imported_on:
            return
        applied = report.changes_applied
        lines = [self.tr("Applied {count} change(s) from {sender} to {code}.").format(
            count=applied, sender=report.sender, code=report.workspace) if applied else self.tr(
            "Nothing from {sender} was applied to {code}.").format(sender=report.sender, code=report.workspace)]
        lines += self._notes(report)
        if report.released_held:
            lines.append(self.tr("{count} change(s) that were waiting could be applied now.").format(
                count=report.released_held))
        if report.backup:
            lines.append(self.tr("A verified backup was taken first: {path}").format(path=report.backup))
        self.summary.setText("\n".join(lines))
        self.imported.emit(report)

    def _failed(self, exc: BaseException) -> None:
        from mainstream_desktop.sync.exchange import BundleRefused
        from mainstream_desktop.sync.keys import KeysLocked

        if isinstance(exc, KeysLocked) and self._retry is not None:
            self.summary.setText(error_text(exc))
            passphrase = self._ask_passphrase(self)
            if passphrase:
                self._unlock_then(passphrase, self._retry)
                return

        applying = self.report is not None
        self.import_button.setEnabled(applying and not isinstance(exc, BundleRefused))
        if isinstance(exc, TaskCancelled):
            self.summary.setText(self.tr("Cancelled: nothing was imported (an import is all or nothing).")
                                 if applying else self.tr("Cancelled: nothing was written."))
            return
        if not isinstance(exc, BundleRefused):
            self.summary.setText(self.tr("The bundle was not imported: {reason}").format(reason=error_text(exc)))
            return
        self._clear()
        self.summary.setText(self.tr("The bundle was refused; nothing was written."))
        advice = [self.tr("If the sender is not trusted yet, or not for this workspace: check the fingerprint of "
                          "its card with the sender by phone, trust it under <b>Trusted sites\u2026</b>, then "
                          "choose the file again."),
                  self.tr("If the file was altered or damaged on the way: ask the sender to write it again."),
                  self.tr("If it was made by a newer version of the program: update Mainstream Desktop.")]
        self.refusal_text.setText("<p><b>{}</b></p><p>{}</p><ul>{}</ul>".format(
            _escape(self.tr("Why:")) + " " + _escape(error_text(exc)), _escape(self.tr("What to do:")),
            "".join(f"<li>{text}</li>" for text in advice)))
        self.refusal.setVisible(True)

    def _unlock_then(self, passphrase: str, retry: Callable[[], None]) -> None:
        keys = self._exchange.keys
        self._tasks.run(lambda _progress, _cancelled: keys.unlock(passphrase), parent=self,
                        title=self.tr("Unlocking the keys"), on_success=lambda _result: retry(),
                        on_error=self._failed, cancellable=False)

    def open_trust_list(self) -> None:
        from mainstream_desktop.ui.dialogs.trust_list import TrustListDialog

        dialog = TrustListDialog(self._services, self._tasks, self._code, self)
        dialog.finished.connect(lambda _result: self.preview())
        self.open_dialog(dialog)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
