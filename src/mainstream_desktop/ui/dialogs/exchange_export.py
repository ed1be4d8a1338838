"""Sending a bundle of the current workspace: to a trusted partner (only what it has not received
yet, or everything again; optionally encrypted so that only the partner's site can open the
file), or a full bundle for anyone. The file name is proposed in a folder the user chooses (a
USB stick, or the folder mail is sent from); the bundle is written on the worker thread with
progress and cancel, then a summary says what went in and where it was written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.ui.core_texts import error_text
from mainstream_desktop.ui.tasks import TaskCancelled, TaskRunner

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services
    from mainstream_desktop.sync.exchange import ExportResult
    from mainstream_desktop.sync.keys import SiteCard, TrustedSiteInfo

ChooseFolder = Callable[[QWidget, str], Path | None]
AskPassphrase = Callable[[QWidget], str | None]
ConfirmReplace = Callable[[QWidget, Path], bool]


def choose_bundle_folder(parent: QWidget, start: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, QDialog.tr("Where to write the bundle"), start)
    return Path(name) if name else None


def ask_key_passphrase(parent: QWidget, prompt: str = "") -> str | None:
    """The passphrase of this site's keys, asked with ``prompt`` (by default: to sign a bundle)."""
    text, ok = QInputDialog.getText(
        parent, QDialog.tr("Unlock the keys"),
        prompt or QDialog.tr("This site's keys are protected by a passphrase. Enter it to sign the bundle:"),
        QLineEdit.EchoMode.Password)
    return text if ok and text else None


def confirm_replace_file(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(parent, QDialog.tr("Replace the file?"), QDialog.tr(
        "{name} exists already in this folder. Replace it?").format(name=path.name))
    return answer == QMessageBox.StandardButton.Yes


def card_of(partner: TrustedSiteInfo) -> SiteCard:
    """The partner's card as the trust list keeps it (what encryption needs)."""
    from mainstream_desktop.sync.keys import SiteCard

    return SiteCard(site_id=partner.site_id, name=partner.name, kind=partner.kind,
                    signing_key=partner.signing_key, age_recipient=partner.age_recipient,
                    fingerprint=partner.fingerprint)


class ExchangeExportDialog(QDialog):
    exported = Signal(object)

    def __init__(self, services: Services, tasks: TaskRunner, workspace_code: str, parent: QWidget | None = None,
                 choose_folder: ChooseFolder = choose_bundle_folder,
                 ask_passphrase: AskPassphrase = ask_key_passphrase,
                 confirm_replace: ConfirmReplace = confirm_replace_file) -> None:
        super().__init__(parent)
        from mainstream_desktop.sync.exchange import ExchangeService

        self._services, self._tasks, self._code = services, tasks, workspace_code
        self._choose_folder, self._ask_passphrase, self._confirm_replace = choose_folder, ask_passphrase, \
            confirm_replace
        self._exchange = ExchangeService(services.uow, services.paths)
        self.partners: list[TrustedSiteInfo] = self._exchange.keys.trusted()
        self.result: ExportResult | None = None
        self.setWindowTitle(self.tr("Send a bundle of {code}").format(code=workspace_code))
        self.resize(720, 420)
        self.partner = QComboBox()
        self.partner.addItem(self.tr("Everything (a full bundle, for any site)"), "")
        for info in self.partners:
            self.partner.addItem(self._partner_label(info), info.site_id)
        self.encrypt = QCheckBox(self.tr("Encrypt for this partner: only its site can open the file"))
        self.full = QCheckBox(self.tr("Send everything again, not only what the partner has not received yet"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(self.tr("Folder"))
        self.folder_edit.setPlaceholderText(self.tr("a USB stick, or the folder you send mail from"))
        folder_button = QPushButton(self.tr("Choose folder\u2026"))
        folder_button.clicked.connect(self.browse_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(folder_button)
        self.name_edit = QLineEdit(self._proposed_name())
        self.name_edit.textChanged.connect(self._update_buttons)
        form = QFormLayout()
        form.addRow(self.tr("Send to"), self.partner)
        form.addRow("", self.encrypt)
        form.addRow("", self.full)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("File name"), self.name_edit)
        self.summary = QLabel()
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.send_button = self.buttons.addButton(self.tr("Write the bundle"), QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button.clicked.connect(self.send)
        self.show_button = self.buttons.addButton(self.tr("Show in folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.clicked.connect(self._show_folder)
        self.show_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.buttons)
        self.partner.currentIndexChanged.connect(self._partner_changed)
        self.partner.setCurrentIndex(self._default_partner())
        self._partner_changed()

    # -- choices ----------------------------------------------------------------------------------
    def _partner_label(self, info: TrustedSiteInfo) -> str:
        role = self.tr("hub") if info.is_hub else self.tr("country site") if info.kind == "COUNTRY" else \
            self.tr("hub site")
        return self.tr("{name} ({role}, trusted for {workspaces})").format(
            name=info.name, role=role, workspaces=", ".join(info.workspaces) or "\u2014")

    def _default_partner(self) -> int:
        """The hub, or the one partner trusted for this workspace; otherwise the full bundle."""
        hubs = [i for i, info in enumerate(self.partners, start=1) if info.is_hub]
        for_here = [i for i, info in enumerate(self.partners, start=1) if self._code in info.workspaces]
        if len(hubs) == 1:
            return hubs[0]
        return for_here[0] if len(for_here) == 1 else 0

    def chosen_partner(self) -> TrustedSiteInfo | None:
        site_id = self.partner.currentData()
        return next((info for info in self.partners if info.site_id == site_id), None)

    def _partner_changed(self) -> None:
        partner = self.chosen_partner()
        can_encrypt = partner is not None and bool(partner.age_recipient)
        self.encrypt.setEnabled(can_encrypt)
        self.encrypt.setChecked(can_encrypt)
        self.full.setEnabled(partner is not None)
        if partner is None:
            self.full.setChecked(False)
        self.summary.setText(self._explain(partner))
        self._update_buttons()

    def _explain(self, partner: TrustedSiteInfo | None) -> str:
        if partner is None:
            text = self.tr("A full bundle carries every change of {code}, whoever wrote it, and is not encrypted. "
                           "A site that trusts this site's card for {code} can import it; the changes written at "
                           "other sites are applied there only if it trusts those sites too.").format(code=self._code)
            if not self.partners:
                text += "\n" + self.tr("No partner is trusted yet: trust its card under Exchange \u203a Trusted "
                                       "sites to send only what it lacks, encrypted for it.")
            return text
        return self.tr("The bundle carries what {name} has not received from this site yet; the next bundle for "
                       "it starts where this one ends.").format(name=partner.name)

    def browse_folder(self) -> None:
        folder = self._choose_folder(self, self.folder_edit.text())
        if folder is not None:
            self.folder_edit.setText(str(folder))
            self._update_buttons()

    def _proposed_name(self) -> str:
        from mainstream_desktop.sync.exchange import suggested_name
        from mainstream_desktop.sync.status import workspace_coverage

        site = self._services.site()
        try:
            coverage = workspace_coverage(self._services.uow, self._code)
        except Exception:  # noqa: BLE001 - only a proposal: the export itself reports real problems
            coverage = {}
        return suggested_name(self._code, site.name if site else "", coverage, datetime.now())

    def target(self) -> Path | None:
        folder, name = self.folder_edit.text().strip(), self.name_edit.text().strip()
        if not folder or not name:
            return None
        return Path(folder) / name

    def _update_buttons(self) -> None:
        self.send_button.setEnabled(self.target() is not None and not self._tasks.is_busy())

    # -- writing ----------------------------------------------------------------------------------
    def send(self) -> None:
        out = self.target()
        if out is None:
            return
        if out.exists() and not self._confirm_replace(self, out):
            return
        partner = self.chosen_partner()
        recipients = [card_of(partner)] if partner is not None and self.encrypt.isChecked() else []
        full = partner is None or self.full.isChecked()
        for_site = partner.site_id if partner is not None else None
        exchange, code, written = self._exchange, self._code, self.tr("{count} changes written")

        def work(progress: Any, cancelled: Any) -> ExportResult:
            def report(done: int, total: int, _label: str) -> None:
                if cancelled():
                    raise TaskCancelled()
                progress(done, total, written.format(count=done))

            return exchange.export(code, out, full=full, for_site=for_site, recipients=recipients, progress=report)

        self.send_button.setEnabled(False)
        self.summary.setText(self.tr("Writing {name}\u2026").format(name=out.name))
        self._tasks.run(work, parent=self, title=self.tr("Writing the bundle"), on_success=self._sent,
                        on_error=self._failed, cancellable=True)

    def _sent(self, result: ExportResult) -> None:
        self.result = result
        partner = self.chosen_partner()
        lines = [self.tr("Bundle written: {path}").format(path=result.path),
                 self.tr("{changes} change(s) and {attachments} attachment(s), {size}.").format(
                     changes=result.changes, attachments=result.attachments,
                     size=QLocale().formattedDataSize(result.size_bytes))]
        if partner is not None and not result.base_frontier:
            lines.append(self.tr("Everything of {code}, for {name}.").format(code=result.workspace, name=partner.name))
        elif partner is not None:
            lines.append(self.tr("What {name} had not received yet.").format(name=partner.name))
        else:
            lines.append(self.tr("Everything of {code}, for any site that trusts this one.").format(
                code=result.workspace))
        if partner is not None and result.changes == 0:
            lines.append(self.tr("Nothing new for {name}: the bundle carries no change (importing it does no "
                                 "harm).").format(name=partner.name))
        lines.append(self.tr("Encrypted for {name}: only its site can open it.").format(name=partner.name)
                     if result.encrypted and partner is not None else
                     self.tr("Not encrypted: it is signed, so any change to it is detected, but anyone can read it."))
        self.summary.setText("\n".join(lines))
        self.show_button.setEnabled(True)
        self.name_edit.setText(self._proposed_name())
        self._update_buttons()
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        from mainstream_desktop.sync.keys import KeysLocked

        self._update_buttons()
        if isinstance(exc, TaskCancelled):
            self.summary.setText(self.tr("Cancelled: no file was written."))
            return
        if isinstance(exc, KeysLocked):
            self.summary.setText(error_text(exc))
            passphrase = self._ask_passphrase(self)
            if passphrase:
                self._unlock_then_send(passphrase)
                return
        self.summary.setText(self.tr("The bundle was not written: {reason}").format(reason=error_text(exc)))

    def _unlock_then_send(self, passphrase: str) -> None:
        keys = self._exchange.keys
        self._tasks.run(lambda _progress, _cancelled: keys.unlock(passphrase), parent=self,
                        title=self.tr("Unlocking the keys"), on_success=lambda _result: self.send(),
                        on_error=self._failed, cancellable=False)

    def _show_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path.parent)))
