"""Whose bundles this site accepts. At the top, this site's own card: its name, id and the
fingerprint partners read back on the phone, and "Save my card…" to hand it over. Below, the
trusted sites (name, kind, fingerprint, the workspaces each may change, the hub). "Trust a
card…" reads a partner's card file and shows its fingerprint; it is trusted only once the person
confirms the fingerprint was checked with the sender by phone, for the workspaces they give (and
as the hub, for a hub's card). "Remove" takes a site off the list. Trust changes run on the
worker thread, like every other write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.ui.core_texts import error_text
from mainstream_desktop.ui.palette_colours import ERROR, text_style
from mainstream_desktop.ui.tasks import TaskRunner
from mainstream_desktop.ui.widgets.exchange_status import read_only_table, set_row, time_text

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services
    from mainstream_desktop.sync.keys import SiteCard, TrustedSiteInfo


@dataclass(frozen=True)
class TrustAnswer:
    workspaces: tuple[str, ...]
    hub: bool
    replace_key: bool


ChooseCard = Callable[[QWidget], Path | None]
ChooseCardTarget = Callable[[QWidget, str], Path | None]
ConfirmCard = Callable[[QWidget, "SiteCard", str, "TrustedSiteInfo | None"], TrustAnswer | None]
ConfirmRemove = Callable[[QWidget, "TrustedSiteInfo"], bool]


def choose_card_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, QDialog.tr("Choose the partner's card"), "",
                                          QDialog.tr("Site cards (*.mdcard *.json);;All files (*)"))
    return Path(name) if name else None


def choose_card_target(parent: QWidget, proposed: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, QDialog.tr("Save this site's card"), proposed,
                                          QDialog.tr("Site cards (*.mdcard)"))
    return Path(name) if name else None


def confirm_card(parent: QWidget, card: SiteCard, workspaces: str, existing: TrustedSiteInfo | None
                 ) -> TrustAnswer | None:
    dialog = TrustCardDialog(card, workspaces, existing, parent)
    return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


def confirm_remove(parent: QWidget, info: TrustedSiteInfo) -> bool:
    answer = QMessageBox.question(parent, QDialog.tr("Remove a trusted site"), QDialog.tr(
        "Stop accepting bundles signed by {name}? Its changes already imported stay.").format(name=info.name))
    return answer == QMessageBox.StandardButton.Yes


def fingerprint_label(fingerprint: str) -> QLabel:
    label = QLabel(fingerprint)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def kind_text(kind: str) -> str:
    return QDialog.tr("hub") if kind == "HUB" else QDialog.tr("country") if kind == "COUNTRY" else kind


class TrustCardDialog(QDialog):
    """Shows a partner's card and asks for the phone check, the workspaces and the hub role."""

    def __init__(self, card: SiteCard, workspaces: str, existing: TrustedSiteInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card, self.existing = card, existing
        self.setWindowTitle(self.tr("Trust the card of {name}").format(name=card.name))
        form = QFormLayout()
        form.addRow(self.tr("Site"), QLabel(f"{card.name} ({kind_text(card.kind)})"))
        form.addRow(self.tr("Site id"), QLabel(card.site_id))
        form.addRow(self.tr("Fingerprint"), fingerprint_label(card.fingerprint))
        intro = QLabel(self.tr(
            "Call {name} and ask them to read the fingerprint shown in their Trusted sites window. Trust the "
            "card only if every group matches: a card can be swapped on its way, a phone call cannot.").format(
            name=card.name))
        intro.setWordWrap(True)
        self.key_warning = QLabel()
        self.key_warning.setWordWrap(True)
        self.key_warning.setStyleSheet(text_style(ERROR))
        changed = existing is not None and existing.signing_key != card.signing_key
        if changed and existing is not None:
            self.key_warning.setText(self.tr(
                "{name} is trusted already with another key (fingerprint {old}). Trusting this card replaces "
                "it: do so only if the site told you it has a new key.").format(name=existing.name,
                                                                               old=existing.fingerprint))
        self.key_warning.setVisible(changed)
        self.checked = QCheckBox(self.tr("{name} read me this fingerprint on the phone, and it matches").format(
            name=card.name))
        self.workspaces = QLineEdit(workspaces)
        self.workspaces.setToolTip(self.tr("Workspace codes separated by commas, e.g. JAM, MDA"))
        self.hub = QCheckBox(self.tr("Trust it as the hub (it may also write reviews, missions and lessons)"))
        self.hub.setVisible(card.kind == "HUB")
        self.hub.setChecked(card.kind == "HUB" and (existing is None or existing.is_hub))
        form.addRow(self.tr("May change"), self.workspaces)
        form.addRow("", self.hub)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.trust_button = self.buttons.addButton(self.tr("Trust"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.checked.toggled.connect(self._update)
        self.workspaces.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.key_warning)
        layout.addWidget(self.checked)
        layout.addWidget(self.buttons)
        self._update()

    def _codes(self) -> tuple[str, ...]:
        return tuple(code.strip().upper() for code in self.workspaces.text().replace(";", ",").split(",")
                     if code.strip())

    def _update(self) -> None:
        self.trust_button.setEnabled(self.checked.isChecked() and bool(self._codes()))

    def answer(self) -> TrustAnswer:
        replace = self.existing is not None and self.existing.signing_key != self.card.signing_key
        return TrustAnswer(self._codes(), self.card.kind == "HUB" and self.hub.isChecked(), replace)


class TrustListDialog(QDialog):
    changed = Signal()

    def __init__(self, services: Services, tasks: TaskRunner, workspace_code: str, parent: QWidget | None = None,
                 choose_card: ChooseCard = choose_card_file, choose_target: ChooseCardTarget = choose_card_target,
                 confirm: ConfirmCard = confirm_card, confirm_removal: ConfirmRemove = confirm_remove) -> None:
        super().__init__(parent)
        from mainstream_desktop.sync.keys import KeyService

        self._services, self._tasks, self._code = services, tasks, workspace_code
        self._choose_card, self._choose_target = choose_card, choose_target
        self._confirm, self._confirm_removal = confirm, confirm_removal
        self._keys = KeyService(services.uow, services.paths.keys)
        self.trusted: list[TrustedSiteInfo] = []
        self.local: SiteCard | None = None
        self.setWindowTitle(self.tr("Trusted sites"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(self._card_box())
        heading = QLabel(self.tr("<b>Sites whose bundles this site accepts</b>"))
        layout.addWidget(heading)
        self.table = read_only_table([self.tr("Site"), self.tr("Kind"), self.tr("Fingerprint"),
                                      self.tr("May change"), self.tr("Hub"), self.tr("Trusted since")])
        self.table.setAccessibleName(self.tr("Sites whose bundles this site accepts"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setObjectName("trustMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.trust_button = self.buttons.addButton(self.tr("Trust a card\u2026"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.trust_button.clicked.connect(self.trust_card)
        self.remove_button = self.buttons.addButton(self.tr("Remove"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reload()

    def _card_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This site"))
        form = QFormLayout(box)
        self.local_name = QLabel()
        self.local_id = QLabel()
        self.local_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.local_fingerprint = fingerprint_label("")
        self.save_card_button = QPushButton(self.tr("Save my card\u2026"))
        self.save_card_button.clicked.connect(self.save_card)
        note = QLabel(self.tr("Give this card to your partners (USB stick or e-mail). When they trust it, read "
                              "them this fingerprint on the phone."))
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.local_fingerprint, 1)
        row.addWidget(self.save_card_button)
        form.addRow(self.tr("Name"), self.local_name)
        form.addRow(self.tr("Site id"), self.local_id)
        form.addRow(self.tr("Fingerprint"), row)
        form.addRow("", note)
        return box

    # -- reading ------------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.local = self._keys.local_card()
        except Exception as exc:  # noqa: BLE001 - shown in words, never a traceback
            self.local = None
            self.local_name.setText(error_text(exc))
        if self.local is not None:
            self.local_name.setText(f"{self.local.name} ({kind_text(self.local.kind)})")
            self.local_id.setText(self.local.site_id)
            self.local_fingerprint.setText(self.local.fingerprint)
        self.save_card_button.setEnabled(self.local is not None)
        self.trusted = self._keys.trusted()
        self.table.setRowCount(len(self.trusted))
        for row, info in enumerate(self.trusted):
            set_row(self.table, row, [info.name, kind_text(info.kind), info.fingerprint,
                                      ", ".join(info.workspaces) or "\u2014", self.tr("yes") if info.is_hub else "",
                                      time_text(info.added_at)], {0: info.site_id})
        self._update_buttons()

    def current(self) -> TrustedSiteInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.trusted[rows[0].row()] if rows and rows[0].row() < len(self.trusted) else None

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.current() is not None)

    # -- acting -------------------------------------------------------------------------------------
    def save_card(self) -> None:
        if self.local is None:
            return
        from mainstream_desktop.sync.keys import write_card

        proposed = "".join(c if c.isalnum() else "-" for c in self.local.name.lower()).strip("-") or "site"
        path = self._choose_target(self, f"{proposed}.mdcard")
        if path is None:
            return
        try:
            write_card(path, self.local)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Card saved: {path}. Hand it to the partner, then read them the "
                                     "fingerprint on the phone.").format(path=path))

    def trust_card(self) -> None:
        from mainstream_desktop.sync.keys import read_card

        path = self._choose_card(self)
        if path is None:
            return
        try:
            card = read_card(path)
        except Exception as exc:  # noqa: BLE001 - an odd file is refused in words
            self.message.setText(error_text(exc))
            return
        existing = next((info for info in self.trusted if info.site_id == card.site_id), None)
        codes = list(existing.workspaces) if existing else []
        if self._code and self._code not in codes:
            codes.append(self._code)
        answer = self._confirm(self, card, ", ".join(codes), existing)
        if answer is None:
            self.message.setText(self.tr("Not trusted: nothing changed."))
            return
        keys = self._keys
        self._tasks.run(lambda _p, _c: keys.trust(card, answer.workspaces, answer.hub, answer.replace_key),
                        parent=self, title=self.tr("Trusting the card"), on_success=self._trusted,
                        on_error=self._failed, cancellable=False, show_progress=False)

    def _trusted(self, info: TrustedSiteInfo) -> None:
        self.reload()
        self.message.setText(self.tr("{name} is trusted for {workspaces}{hub}.").format(
            name=info.name, workspaces=", ".join(info.workspaces),
            hub=self.tr(", and as the hub") if info.is_hub else ""))
        self.changed.emit()

    def remove(self) -> None:
        info = self.current()
        if info is None or not self._confirm_removal(self, info):
            return
        keys, site_id = self._keys, info.site_id
        self._tasks.run(lambda _p, _c: keys.untrust(site_id), parent=self, title=self.tr("Removing the site"),
                        on_success=self._removed, on_error=self._failed, cancellable=False, show_progress=False)

    def _removed(self, info: TrustedSiteInfo) -> None:
        self.reload()
        self.message.setText(self.tr("{name} is no longer trusted: its bundles will be refused.").format(
            name=info.name))
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))
