"""The exchange windows on two real data folders: a country (the demo) and a fresh hub. Cards
are saved and trusted through the trust list, bundles sent and received through the export and
import dialogs, a conflict made by editing one field on both sites is resolved in the queue and
travels back, and the history, audit trail and exchange status show what happened."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from mainstream_desktop.core.participation_specs import INSTITUTIONS
from mainstream_desktop.core.review_specs import LESSONS
from mainstream_desktop.core.services import Services, open_services
from mainstream_desktop.core.site_identity import create_local_site
from mainstream_desktop.enums import SiteKind
from mainstream_desktop.paths import DataPaths
from mainstream_desktop.sync.conflicts import ConflictService, ConflictView
from mainstream_desktop.sync.exchange import ExchangeService
from mainstream_desktop.ui.dialogs.conflict_queue import ConflictQueueDialog, own_value
from mainstream_desktop.ui.dialogs.exchange_export import ExchangeExportDialog
from mainstream_desktop.ui.dialogs.exchange_import import ExchangeImportDialog
from mainstream_desktop.ui.dialogs.record_history import RecordHistoryDialog
from mainstream_desktop.ui.dialogs.trust_list import TrustAnswer, TrustCardDialog, TrustListDialog
from mainstream_desktop.ui.widgets.exchange_status import ExchangeStatusDialog, time_text
from tests.ui.conftest import make_window

WAIT = 30_000


@pytest.fixture
def hub_services(tmp_path: Path, template_database: Path) -> Iterator[Services]:
    paths = DataPaths(tmp_path / "hub")
    paths.root.mkdir(parents=True)
    shutil.copyfile(template_database, paths.database)
    opened = open_services(paths, actor="hugo", create_identity=False)
    create_local_site(opened.uow, paths.keys, "GMG hub", SiteKind.HUB)
    try:
        yield opened
    finally:
        opened.close()


def show(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save_card(qtbot, services: Services, tasks, path: Path) -> Path:  # type: ignore[no-untyped-def]
    dialog = show(qtbot, TrustListDialog(services, tasks, "JAM", choose_target=lambda _parent, _name: path))
    dialog.save_card_button.click()
    assert path.exists() and "Card saved" in dialog.message.text()
    return path


def trust(qtbot, services: Services, tasks, card: Path,  # type: ignore[no-untyped-def]
          hub: bool = False) -> TrustListDialog:
    seen = {}

    def confirm(_parent, shown_card, workspaces, existing):  # type: ignore[no-untyped-def]
        seen["fingerprint"], seen["workspaces"] = shown_card.fingerprint, workspaces
        return TrustAnswer(("JAM",), hub, False)

    dialog = show(qtbot, TrustListDialog(services, tasks, "JAM", choose_card=lambda _parent: card, confirm=confirm))
    before = dialog.table.rowCount()
    dialog.trust_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == before + 1, timeout=WAIT)
    assert seen["workspaces"] == "JAM" and len(seen["fingerprint"].split()) == 8
    return dialog


def send(qtbot, services: Services, tasks, folder: Path,  # type: ignore[no-untyped-def]
         encrypt: bool = True) -> ExchangeExportDialog:
    folder.mkdir(exist_ok=True)
    dialog = show(qtbot, ExchangeExportDialog(services, tasks, "JAM", choose_folder=lambda _parent, _start: folder))
    dialog.browse_folder()
    dialog.encrypt.setChecked(encrypt)
    assert dialog.send_button.isEnabled()
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None or "not written" in dialog.summary.text(), timeout=WAIT)
    assert dialog.result is not None, dialog.summary.text()
    assert dialog.result.path.exists() and str(dialog.result.path) in dialog.summary.text()
    return dialog


def receive(qtbot, services: Services, tasks, path: Path) -> ExchangeImportDialog:  # type: ignore[no-untyped-def]
    dialog = show(qtbot, ExchangeImportDialog(services, tasks, "JAM", choose_file=lambda _parent: [path]))
    dialog.browse()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=WAIT)
    imported = []
    dialog.imported.connect(imported.append)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(imported), timeout=WAIT)
    return dialog


def count_of(dialog: ExchangeImportDialog, name: str) -> int:
    for row in range(dialog.counts.rowCount()):
        if dialog.counts.item(row, 0).text() == name:
            return int(dialog.counts.item(row, 1).text())
    raise AssertionError(f"no row {name}")


def pair(qtbot, country: Services, hub: Services, tasks, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Each site trusts the other's card (the hub as hub), and the hub receives JAM in full."""
    country_card = save_card(qtbot, country, tasks, tmp_path / "country.mdcard")
    hub_card = save_card(qtbot, hub, tasks, tmp_path / "hub.mdcard")
    trust(qtbot, hub, tasks, country_card)
    trust(qtbot, country, tasks, hub_card, hub=True)
    first = send(qtbot, country, tasks, tmp_path / "stick")
    assert first.result is not None
    receive(qtbot, hub, tasks, first.result.path)


def test_trust_send_preview_import_and_nothing_to_do_the_second_time(qtbot, demo_services, hub_services, tasks,
                                                                     tmp_path):
    country, hub = demo_services, hub_services
    hub_card = save_card(qtbot, hub, tasks, tmp_path / "hub.mdcard")
    listing = trust(qtbot, country, tasks, hub_card, hub=True)
    assert listing.table.item(0, 0).text() == "GMG hub" and listing.table.item(0, 4).text() == "yes"
    sent = send(qtbot, country, tasks, tmp_path / "stick")
    assert sent.chosen_partner() is not None and sent.chosen_partner().name == "GMG hub"
    result = sent.result
    assert result is not None and result.encrypted and result.changes > 100
    assert result.path.name.startswith("JAM_") and result.path.suffix == ".mdbundle"
    assert "Encrypted for GMG hub" in sent.summary.text()

    # The hub does not trust the country yet: refused, with what to do.
    # The hub has no workspace yet: the dialog is opened without one.
    dialog = show(qtbot, ExchangeImportDialog(hub, tasks, "", choose_file=lambda _parent: [result.path]))
    dialog.browse()
    qtbot.waitUntil(lambda: dialog.refusal.isVisible(), timeout=WAIT)
    assert "refused" in dialog.summary.text() and "unknown site" in dialog.refusal_text.text()
    assert "Trusted sites" in dialog.refusal_text.text() and not dialog.import_button.isEnabled()

    trust(qtbot, hub, tasks, save_card(qtbot, country, tasks, tmp_path / "country.mdcard"))
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=WAIT)
    assert not dialog.refusal.isVisible()
    assert "nothing has been written" in dialog.summary.text()
    assert dialog.sender.text().startswith(country.site().name) and dialog.workspace.text() == "JAM"
    assert count_of(dialog, "New") > 100 and count_of(dialog, "Rejected") == 0
    assert hub.workspaces.list_workspaces() == []
    dialog.filter.setCurrentIndex(dialog.filter.findData("updated"))
    assert dialog.details.rowCount() == count_of(dialog, "Updated")
    assert all(dialog.details.item(row, 0).text() == "Updated" for row in range(dialog.details.rowCount()))

    imported = []
    dialog.imported.connect(imported.append)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(imported), timeout=WAIT)
    applied = sum(imported[0].counts[category] for category in ("new", "updated", "conflicting"))
    assert imported[0].applied and dialog.summary.text().startswith(f"Applied {applied} change(s) from ")
    assert "backup" in dialog.summary.text()
    header = dialog.details.horizontalHeader()  # the record's label shares the width with the reason
    assert header.sectionResizeMode(1) == header.sectionResizeMode(3) == QHeaderView.ResizeMode.Stretch
    assert [w.code for w in hub.workspaces.list_workspaces()] == ["JAM"]
    assert not dialog.import_button.isEnabled()

    dialog.preview()  # the same file again
    qtbot.waitUntil(lambda: "Already imported on" in dialog.summary.text(), timeout=WAIT)
    assert "nothing to do" in dialog.summary.text() and not dialog.import_button.isEnabled()
    assert time_text(dialog.report.already_imported_on) in dialog.summary.text()  # the user's way of writing it


def test_conflict_resolved_in_the_queue_travels_back(qtbot, demo_services, hub_services, tasks, tmp_path):
    country, hub = demo_services, hub_services
    pair(qtbot, country, hub, tasks, tmp_path)
    # a lesson: review-layer data both sites may write (the hub may not change the country's own records)
    record = next(row for row in country.records.rows("JAM", LESSONS) if row.values["why"])
    country.records.save("JAM", LESSONS, {**record.values, "why": "CTRY"}, record.id)
    hub.records.save("JAM", LESSONS, {**record.values, "why": "HUB"}, record.id)
    to_hub = send(qtbot, country, tasks, tmp_path / "to-hub").result
    to_country = send(qtbot, hub, tasks, tmp_path / "to-country").result
    assert to_hub is not None and to_country is not None
    at_hub = receive(qtbot, hub, tasks, to_hub.path)
    assert count_of(at_hub, "Conflicting") == 1 and "Conflicts" in at_hub.summary.text()
    receive(qtbot, country, tasks, to_country.path)

    queue = show(qtbot, ConflictQueueDialog(hub, tasks, "JAM", ask_value=lambda _parent, _field, _now: "BoJ"))
    qtbot.waitUntil(lambda: queue.table.rowCount() == 1, timeout=WAIT)
    assert queue.table.item(0, 0).text().startswith("Lessons learned \u00b7 ")
    assert queue.table.item(0, 1).text() == "Why"
    assert queue.table.item(0, 2).text() == record.values["why"]
    values = {queue.table.item(0, 3).text(), queue.table.item(0, 5).text()}
    assert values == {"CTRY", "HUB"}
    assert "tester" in queue.table.item(0, 4).text() + queue.table.item(0, 6).text()
    assert queue.keep_button.isEnabled() and queue.history_button.isEnabled()
    qtbot.keyClick(queue.table, Qt.Key.Key_Return)  # Enter in the list resolves nothing
    qtbot.wait(200)
    assert len(ConflictService(hub.uow).conflicts("JAM")) == 1 and queue.table.rowCount() == 1
    queue.show()

    opened = []
    queue.open_dialog = lambda dialog: (opened.append(dialog), qtbot.addWidget(dialog), dialog.show())
    queue.history_button.click()
    history = opened[0]
    assert isinstance(history, RecordHistoryDialog)
    qtbot.waitUntil(lambda: history.table.rowCount() >= 3, timeout=WAIT)
    operations = [history.table.item(row, 3).text() for row in range(history.table.rowCount())]
    assert operations[-1] == "created" and operations.count("edited") == 2
    changes = "\n".join(history.table.item(row, 4).text() for row in range(history.table.rowCount()))
    assert "Why:" in changes and "\u2192 CTRY" in changes and "\u2192 HUB" in changes
    assert any(history.table.item(row, 2).text().startswith("GMG hub:") for row in range(history.table.rowCount()))

    queue.edit_button.click()
    qtbot.waitUntil(lambda: queue.loaded and queue.table.rowCount() == 0, timeout=WAIT)
    assert "No open conflict" in queue.summary.text()
    assert next(r for r in hub.records.rows("JAM", LESSONS) if r.id == record.id).values["why"] == "BoJ"

    audit = tmp_path / "audit.csv"
    history._choose_path = lambda _parent, _proposed: audit
    history.refresh()
    qtbot.waitUntil(lambda: history.table.rowCount() >= 4, timeout=WAIT)
    assert history.table.item(0, 3).text() == "conflict resolved"
    history.audit_button.click()
    qtbot.waitUntil(lambda: "Audit trail written" in history.summary.text(), timeout=WAIT)
    assert audit.read_text(encoding="utf-8-sig").startswith("when,user,site,sequence")

    back = send(qtbot, hub, tasks, tmp_path / "back").result
    assert back is not None
    receive(qtbot, country, tasks, back.path)
    assert ConflictService(country.uow).conflicts("JAM") == []
    assert next(r for r in country.records.rows("JAM", LESSONS) if r.id == record.id).values["why"] == "BoJ"


def test_exchange_status_shows_last_sent_and_received(qtbot, demo_services, hub_services, tasks, tmp_path):
    country, hub = demo_services, hub_services
    pair(qtbot, country, hub, tasks, tmp_path)
    dialog = show(qtbot, ExchangeStatusDialog(hub, tasks, "JAM"))
    qtbot.waitUntil(lambda: dialog.widget.status is not None, timeout=WAIT)
    table = dialog.widget.partners
    assert table.rowCount() == 1 and table.item(0, 0).text() == country.site().name
    assert table.item(0, 2).text() == "never" and table.item(0, 3).text() == "nothing yet"
    received = table.item(0, 4).text()  # the time in the user's date format, then the bundle's name
    assert str(datetime.now().year) in received and received.endswith(".mdbundle")
    assert table.item(0, 5).text().startswith("change ")
    assert "0 change(s) waiting" in dialog.widget.waiting_label.text()

    at_country = show(qtbot, ExchangeStatusDialog(country, tasks, "JAM"))
    qtbot.waitUntil(lambda: at_country.widget.status is not None, timeout=WAIT)
    row = [at_country.widget.partners.item(0, column).text() for column in range(6)]
    assert row[0] == "GMG hub" and row[1] == "hub" and str(datetime.now().year) in row[2] and row[2].endswith(".mdbundle")
    assert row[3].startswith("change ") and row[4] == "never" and row[5] == "nothing yet"

    other_workspace = show(qtbot, ExchangeStatusDialog(country, tasks, "MDA"))  # JAM went to the hub, MDA did not
    qtbot.waitUntil(lambda: other_workspace.widget.status is not None, timeout=WAIT)
    assert other_workspace.widget.partners.item(0, 2).text() == "never"


def test_trust_card_dialog_asks_for_the_phone_check(qtbot, services, hub_services, tmp_path):
    from mainstream_desktop.sync.keys import KeyService

    hub_card = KeyService(hub_services.uow, hub_services.paths.keys).local_card()
    dialog = show(qtbot, TrustCardDialog(hub_card, "JAM", None))
    assert hub_card.fingerprint in [label.text() for label in dialog.findChildren(type(dialog.key_warning))]
    assert not dialog.trust_button.isEnabled() and dialog.hub.isVisible()
    dialog.checked.setChecked(True)
    assert dialog.trust_button.isEnabled()
    dialog.workspaces.setText(" jam, mda ")
    assert dialog.answer() == TrustAnswer(("JAM", "MDA"), True, False)
    dialog.workspaces.setText("")
    assert not dialog.trust_button.isEnabled()
    country_card = KeyService(services.uow, services.paths.keys).local_card()
    assert not show(qtbot, TrustCardDialog(country_card, "JAM", None)).hub.isVisible()


def test_odd_card_file_is_refused_in_words(qtbot, services, tasks, tmp_path):
    odd = tmp_path / "odd.mdcard"
    odd.write_text("{\"format\": \"something else\"}", encoding="utf-8")
    dialog = show(qtbot, TrustListDialog(services, tasks, "JAM", choose_card=lambda _parent: odd,
                                         confirm=lambda *_args: pytest.fail("an odd card is never shown")))
    dialog.trust_button.click()
    assert "not a valid site card" in dialog.message.text() and dialog.table.rowCount() == 0


def test_own_value_keeps_text_as_text_and_numbers_as_numbers():
    def conflict(kept, other):  # type: ignore[no-untyped-def]
        return ConflictView("c", "t", "r", "f", kept, "a", "", other, "b", "", None, "OPEN")

    assert own_value(" 12 ", conflict("BOJ", "CTRY")) == "12"
    assert own_value("12", conflict(10, 11)) == 12
    assert own_value("7.5", conflict(None, 11.0)) == 7.5
    assert own_value("true", conflict(False, False)) is True
    assert own_value("not json", conflict(1, 2)) == "not json"
    assert own_value("  ", conflict("a", "b")) is None


def test_without_a_workspace_only_receiving_and_trust_are_offered(qtbot, services, tasks):
    window, _ = make_window(qtbot, services, tasks)
    enabled = {key for key, action in window.exchange_actions.items() if action.isEnabled()}
    assert len(window.exchange_actions) == 8 and enabled == {"receive", "trust"}
    opened = []
    window.open_exchange_dialog = lambda dialog: (opened.append(dialog), dialog.show())
    window.exchange_actions["receive"].trigger()
    window.exchange_actions["trust"].trigger()
    window.open_exchange("send")  # needs a workspace: nothing opens
    assert [type(d).__name__ for d in opened] == ["ExchangeImportDialog", "TrustListDialog"]
    for dialog in opened:
        dialog.close()


def test_exchange_menu_opens_each_window_for_the_workspace(qtbot, demo_services, tasks):
    window, _ = make_window(qtbot, demo_services, tasks)
    window.reload_workspaces(select="JAM")
    assert all(action.isEnabled() for action in window.exchange_actions.values())
    opened, asked = [], []
    window.open_exchange_dialog = lambda dialog: (opened.append(dialog), dialog.show())
    window.audit_path_chooser = lambda _parent, proposed: asked.append(proposed)  # answers None: nothing written
    for action in window.exchange_actions.values():
        action.trigger()
    assert asked == ["JAM-audit-trail.csv"]
    assert [type(d).__name__ for d in opened] == ["ExchangeExportDialog", "ExchangeImportDialog",
                                                  "ConflictQueueDialog", "TrustListDialog", "ExchangeStatusDialog",
                                                  "ReviewDeskDialog", "HubRecordsDialog"]
    assert all("JAM" in d.windowTitle() for d in opened if not isinstance(d, (ExchangeImportDialog,
                                                                               TrustListDialog))
               and type(d).__name__ != "HubRecordsDialog")  # the hub's records belong to no workspace
    tasks.wait_for_done(10_000)
    for dialog in opened:
        dialog.close()


def test_a_bundle_out_of_order_waits_and_the_status_says_why(qtbot, demo_services, hub_services, tasks, tmp_path):
    country, hub = demo_services, hub_services
    pair(qtbot, country, hub, tasks, tmp_path)
    first_record, second_record = country.records.rows("JAM", INSTITUTIONS)[:2]
    country.records.save("JAM", INSTITUTIONS, {**first_record.values, "acronym": "ONE"}, first_record.id)
    first = send(qtbot, country, tasks, tmp_path / "one").result
    country.records.save("JAM", INSTITUTIONS, {**second_record.values, "acronym": "TWO"}, second_record.id)
    second = send(qtbot, country, tasks, tmp_path / "two").result
    assert first is not None and second is not None and (first.changes, second.changes) == (1, 1)

    early = receive(qtbot, hub, tasks, second.path)
    assert count_of(early, "Waiting") == 1 and "wait for earlier changes" in early.summary.text()
    status = show(qtbot, ExchangeStatusDialog(hub, tasks, "JAM"))
    qtbot.waitUntil(lambda: status.widget.status is not None, timeout=WAIT)
    assert "1 change(s) waiting" in status.widget.waiting_label.text()
    assert status.widget.waiting.item(0, 0).text() == "waiting"
    assert "waiting for changes" in status.widget.waiting.item(0, 5).text()

    late = receive(qtbot, hub, tasks, first.path)
    assert "1 change(s) that were waiting could be applied now" in late.summary.text()
    acronyms = {r.id: r.values["acronym"] for r in hub.records.rows("JAM", INSTITUTIONS)}
    assert (acronyms[first_record.id], acronyms[second_record.id]) == ("ONE", "TWO")
    status.widget.refresh()
    qtbot.waitUntil(lambda: "0 change(s) waiting" in status.widget.waiting_label.text(), timeout=WAIT)


def test_an_encrypted_bundle_for_locked_keys_asks_for_the_passphrase_then_opens(qtbot, demo_services, hub_services,
                                                                               tasks, tmp_path):
    """The hub's keys are protected and locked: opening a bundle encrypted for it asks for the
    passphrase (a wrong one asks again), then the preview and the import go on."""
    country, hub = demo_services, hub_services
    hub_keys = ExchangeService(hub.uow, hub.paths).keys
    trust(qtbot, hub, tasks, save_card(qtbot, country, tasks, tmp_path / "country.mdcard"))
    trust(qtbot, country, tasks, save_card(qtbot, hub, tasks, tmp_path / "hub.mdcard"), hub=True)
    hub_keys.protect("correct horse")
    hub_keys.lock()
    sent = send(qtbot, country, tasks, tmp_path / "stick")
    assert sent.result is not None and sent.result.encrypted
    answers = ["wrong horse", "correct horse"]
    asked = []

    def ask(_parent):  # type: ignore[no-untyped-def]
        asked.append(True)
        return answers.pop(0)

    dialog = show(qtbot, ExchangeImportDialog(hub, tasks, "", choose_file=lambda _parent: [sent.result.path],
                                              ask_passphrase=ask))
    dialog.browse()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=WAIT)
    assert len(asked) == 2 and not dialog.refusal.isVisible()
    assert "Preview" in dialog.summary.text()
    imported = []
    dialog.imported.connect(imported.append)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(imported), timeout=WAIT)
    assert imported[0].applied and imported[0].counts["new"] > 100


def test_a_record_tables_history_button_shows_its_changes(qtbot, demo_services, tasks):
    from mainstream_desktop.ui.widgets.record_editor import RecordEditor

    first = demo_services.records.rows("JAM", INSTITUTIONS)[0]
    demo_services.records.save("JAM", INSTITUTIONS, {**first.values, "acronym": "NEW-ACRONYM",
                                                        "institution_type": "AGENCY"}, first.id)
    editor = show(qtbot, RecordEditor(demo_services, "JAM", INSTITUTIONS, tasks=tasks))
    assert editor.history_button.isVisible() and editor.history_button.isEnabled()
    row = next(i for i, r in enumerate(editor.rows) if r.id == first.id)
    editor.table.selectRow(row)
    opened = []
    editor.open_dialog = lambda dialog: (opened.append(dialog), qtbot.addWidget(dialog), dialog.show())
    editor.history_button.click()
    history = opened[0]
    assert isinstance(history, RecordHistoryDialog) and first.values["name"] in history.windowTitle()
    qtbot.waitUntil(lambda: history.table.rowCount() == 2, timeout=WAIT)
    assert [history.table.item(r, 3).text() for r in range(2)] == ["edited", "created"]
    assert "\u2192 NEW-ACRONYM" in history.table.item(0, 4).text()
    assert "Central bank \u2192 Agency" in history.table.item(0, 4).text()  # codes by their labels
    assert "Central bank" in history.table.item(1, 4).text() and "CENTRAL_BANK" not in history.table.item(1, 4).text()
    assert not show(qtbot, RecordEditor(demo_services, "JAM", INSTITUTIONS)).history_button.isVisible()


def test_the_exchange_menu_writes_the_audit_trail(qtbot, demo_services, tasks, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window, _ = make_window(qtbot, demo_services, tasks)
    window.reload_workspaces(select="JAM")
    target = tmp_path / "jam-audit.csv"
    window.audit_path_chooser = lambda _parent, _proposed: target
    window.exchange_actions["audit"].trigger()
    qtbot.waitUntil(lambda: "Audit trail written" in window.statusBar().currentMessage(), timeout=WAIT)
    rows = target.read_text(encoding="utf-8-sig").splitlines()
    changes = ConflictService(demo_services.uow).export_audit("JAM", tmp_path / "again.csv")
    assert rows[0].startswith("when,user,site,sequence") and changes > 100
    assert f"{changes} change(s) of JAM" in window.statusBar().currentMessage()
    assert window.exchange_actions["audit"].isEnabled()

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[-1]))
    window.audit_path_chooser = lambda _parent, _proposed: tmp_path / "no-such-folder" / "audit.csv"
    window.exchange_actions["audit"].trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=WAIT)
    assert "Could not write" in warnings[0] and not (tmp_path / "no-such-folder").exists()
    assert window.exchange_actions["audit"].isEnabled()


def test_a_conflict_on_a_code_shows_the_codes_labels(qtbot, demo_services, hub_services, tasks, tmp_path):
    country, hub = demo_services, hub_services
    pair(qtbot, country, hub, tasks, tmp_path)
    record = next(row for row in country.records.rows("JAM", LESSONS) if row.values["applicability"] == "GENERAL")
    country.records.save("JAM", LESSONS, {**record.values, "applicability": "REGIONAL"}, record.id)
    hub.records.save("JAM", LESSONS, {**record.values, "applicability": "COUNTRY_SPECIFIC"}, record.id)
    to_hub = send(qtbot, country, tasks, tmp_path / "to-hub").result
    assert to_hub is not None
    receive(qtbot, hub, tasks, to_hub.path)

    asked = []
    queue = show(qtbot, ConflictQueueDialog(hub, tasks, "JAM", ask_value=lambda _parent, _field, now: (
        asked.append(now), "general")[1]))
    qtbot.waitUntil(lambda: queue.table.rowCount() == 1, timeout=WAIT)
    assert queue.table.item(0, 1).text() == "Applies to" and queue.table.item(0, 2).text() == "General"
    assert {queue.table.item(0, 3).text(), queue.table.item(0, 5).text()} == {"Regional", "Country-specific"}
    queue.edit_button.click()  # offered the kept value by its label; a label typed is stored as its code
    qtbot.waitUntil(lambda: queue.loaded and queue.table.rowCount() == 0, timeout=WAIT)
    assert asked[0] in {"Regional", "Country-specific"}
    assert next(r for r in hub.records.rows("JAM", LESSONS) if r.id == record.id).values["applicability"] == "GENERAL"


def test_several_bundles_chosen_together_are_checked_and_imported_in_turn(qtbot, demo_services, hub_services,
                                                                          tasks, tmp_path):
    """A USB stick's worth: the first is previewed at once; "Next bundle" takes the following one,
    whether the one before was imported or refused; the last one hides the button."""
    country, hub = demo_services, hub_services
    pair(qtbot, country, hub, tasks, tmp_path)
    record = country.records.rows("JAM", INSTITUTIONS)[0]
    country.records.save("JAM", INSTITUTIONS, {**record.values, "acronym": "NEXT-1"}, record.id)
    first = send(qtbot, country, tasks, tmp_path / "one").result
    country.records.save("JAM", INSTITUTIONS, {**record.values, "acronym": "NEXT-2"}, record.id)
    second = send(qtbot, country, tasks, tmp_path / "two").result
    assert first is not None and second is not None
    damaged = tmp_path / "damaged.mdbundle"
    data = bytearray(first.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))

    chosen = [first.path, damaged, second.path]
    dialog = show(qtbot, ExchangeImportDialog(hub, tasks, "JAM", choose_file=lambda _parent: list(chosen)))
    dialog.browse()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT)
    assert dialog.path_edit.text() == str(first.path)
    assert dialog.next_button.isVisible() and dialog.next_button.text() == "Next bundle (2 left)"
    imported = []
    dialog.imported.connect(imported.append)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: len(imported) == 1, timeout=WAIT)

    dialog.next_button.click()
    qtbot.waitUntil(dialog.refusal.isVisible, timeout=WAIT)
    assert dialog.path_edit.text() == str(damaged) and not dialog.import_button.isEnabled()
    assert dialog.next_button.text() == "Next bundle (1 left)"

    dialog.next_button.click()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT)
    assert dialog.path_edit.text() == str(second.path) and not dialog.next_button.isVisible()
    assert not dialog.refusal.isVisible()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: len(imported) == 2, timeout=WAIT)
    assert next(r for r in hub.records.rows("JAM", INSTITUTIONS) if r.id == record.id).values["acronym"] == "NEXT-2"


def test_a_row_is_selected_right_to_left_too(qtbot):
    """``QTableView.selectRow`` picks the column under the view's leading edge: right to left, with
    columns narrower than the view, that is no column and nothing was selected (the Arabic conflict
    queue opened with every button disabled). ``select_row`` selects as a click does."""
    from PySide6.QtCore import Qt

    from mainstream_desktop.ui.widgets.exchange_status import read_only_table, select_row, set_row

    table = read_only_table(["A", "B"], stretch=None)
    table.horizontalHeader().setStretchLastSection(False)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(table)
    table.resize(800, 300)
    table.setRowCount(3)
    for row in range(3):
        set_row(table, row, [f"a{row}", f"b{row}"])
    table.show()
    qtbot.waitExposed(table)
    table.selectRow(2)
    plain = [index.row() for index in table.selectionModel().selectedRows()]
    select_row(table, 1)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [1]
    print(f"QTableView.selectRow right to left selected {plain}")
