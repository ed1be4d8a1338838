"""The review flow through the real windows of two sites, a country and the GMG hub, with the
comments and decisions travelling in bundles: submit, comment, request changes, answer, approve."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from mainstream_desktop.enums import StepStatus
from mainstream_desktop.ui.widgets.review_desk import ReviewDesk, TextDialog
from tests.ui.test_exchange_dialogs import WAIT, hub_services, pair, receive, send, show  # noqa: F401 - fixture

STEP = 6  # in progress in the demo (its review comments are there too)
OURS = "The terms of reference do not name the legal basis."


def answering(text: str, severity_index: int | None = None):  # type: ignore[no-untyped-def]
    """A dialog factory whose dialogs are filled in and accepted at once."""

    class Answered(TextDialog):
        def exec(self) -> int:  # type: ignore[override]
            self.text.setPlainText(text)
            if severity_index is not None:
                self.severity.setCurrentIndex(severity_index)
            return QDialog.DialogCode.Accepted

    return Answered


def desk(qtbot, services, tasks, reply: str = "", severity_index: int | None = None) -> ReviewDesk:  # type: ignore[no-untyped-def]
    widget = show(qtbot, ReviewDesk(services, tasks, "JAM", ask=answering(reply, severity_index)))
    widget.refresh()
    qtbot.waitUntil(lambda: bool(widget.reviews), timeout=WAIT)
    return widget


def ours(widget: ReviewDesk):  # type: ignore[no-untyped-def]
    return next(t for t in widget.threads if t.text == OURS)


def item_of(widget: ReviewDesk):  # type: ignore[no-untyped-def]
    return next(widget.comments.topLevelItem(i) for i in range(widget.comments.topLevelItemCount())
                if widget.comments.topLevelItem(i).text(0) == OURS)


def select_step(widget: ReviewDesk, number: int) -> None:
    row = next(i for i, r in enumerate(widget.reviews) if r.step_number == number)
    widget.steps.selectRow(row)


def status(widget: ReviewDesk, number: int) -> StepStatus:
    return next(r.status for r in widget.reviews if r.step_number == number)


def after(qtbot, widget: ReviewDesk, action) -> None:  # type: ignore[no-untyped-def]
    """Click, then wait for the desk to read the review again."""
    before = widget.reviews
    action()
    qtbot.waitUntil(lambda: widget.reviews is not before and widget.refresh_button.isEnabled(), timeout=WAIT)


def test_submit_comment_request_changes_answer_approve(qtbot, demo_services, hub_services, tasks, tmp_path):  # type: ignore[no-untyped-def]  # noqa: F811
    country, hub = demo_services, hub_services
    pair(qtbot, country, hub, tasks, tmp_path)

    at_country = desk(qtbot, country, tasks, reply="The mechanism is set up.")
    assert at_country.submit_button.isVisible() and not at_country.approve_button.isVisible()
    select_step(at_country, STEP)
    after(qtbot, at_country, at_country.submit_button.click)
    assert status(at_country, STEP) is StepStatus.SUBMITTED
    receive(qtbot, hub, tasks, send(qtbot, country, tasks, tmp_path / "c1").result.path)

    at_hub = desk(qtbot, hub, tasks, reply=OURS, severity_index=1)
    assert status(at_hub, STEP) is StepStatus.SUBMITTED and at_hub.approve_button.isVisible()
    select_step(at_hub, STEP)
    after(qtbot, at_hub, at_hub.new_button.click)  # a major comment on step 2
    thread = ours(at_hub)
    assert thread.step_number == STEP and thread.severity.value == "MAJOR"
    at_hub._ask = answering("Add the legal basis of the mechanism.")
    select_step(at_hub, STEP)
    after(qtbot, at_hub, at_hub.request_button.click)
    assert status(at_hub, STEP) is StepStatus.CHANGES_REQUESTED
    receive(qtbot, country, tasks, send(qtbot, hub, tasks, tmp_path / "h1").result.path)

    at_country = desk(qtbot, country, tasks, reply="Cabinet decision 12/2023 is attached to the mechanism.")
    assert status(at_country, STEP) is StepStatus.CHANGES_REQUESTED
    at_country.comments.setCurrentItem(item_of(at_country))
    assert at_country.answer_button.isEnabled() and not at_country.resolve_button.isVisible()
    after(qtbot, at_country, at_country.answer_button.click)
    assert ours(at_country).status.value == "ANSWERED" and len(ours(at_country).replies) == 1
    at_country._ask = answering("Legal basis added.")
    select_step(at_country, STEP)
    after(qtbot, at_country, at_country.submit_button.click)
    receive(qtbot, hub, tasks, send(qtbot, country, tasks, tmp_path / "c2").result.path)

    at_hub = desk(qtbot, hub, tasks)
    assert ours(at_hub).replies[0].text.startswith("Cabinet decision")
    select_step(at_hub, STEP)
    after(qtbot, at_hub, at_hub.approve_button.click)  # refused: the major comment is still open
    assert at_hub.refusal is not None and "still open" in at_hub.refusal.text()
    at_hub.refusal.close()
    assert status(at_hub, STEP) is StepStatus.SUBMITTED
    at_hub.comments.setCurrentItem(item_of(at_hub))
    after(qtbot, at_hub, at_hub.resolve_button.click)
    select_step(at_hub, STEP)
    after(qtbot, at_hub, at_hub.approve_button.click)
    assert status(at_hub, STEP) is StepStatus.APPROVED
    receive(qtbot, country, tasks, send(qtbot, hub, tasks, tmp_path / "h2").result.path)

    at_country = desk(qtbot, country, tasks)
    assert status(at_country, STEP) is StepStatus.APPROVED
    approved = sum(r.status is StepStatus.APPROVED for r in at_country.reviews)
    assert f"{approved} of 8 steps approved" in at_country.summary.text()


def test_the_hub_comments_on_one_record_and_the_desk_names_it(qtbot, demo_services, hub_services, tasks, tmp_path):  # type: ignore[no-untyped-def]  # noqa: F811
    from mainstream_desktop.core.participation_specs import INSTITUTIONS
    from mainstream_desktop.ui.widgets.record_editor import RecordEditor

    country, hub = demo_services, hub_services
    pair(qtbot, country, hub, tasks, tmp_path)
    editor = show(qtbot, RecordEditor(hub, "JAM", INSTITUTIONS, tasks=tasks))
    assert editor.read_only and not editor.add_button.isEnabled() and editor.read_only_label.isVisible()
    assert editor.comment_button.isVisible()
    editor.table.selectRow(0)
    row = editor.selected_row()
    editor.open_dialog = lambda dialog: (dialog.text.setPlainText("Is this the right acronym?"),
                                         QDialog.DialogCode.Accepted)[1]
    editor.comment_button.click()
    (thread,) = [t for t in hub.review.comments("JAM") if t.target_id]
    assert thread.target_type == "institution" and thread.target_id == row.id and thread.step_number is None  # the registry serves every step

    at_hub = desk(qtbot, hub, tasks)
    text = next(at_hub.comments.topLevelItem(i).text(0) for i in range(at_hub.comments.topLevelItemCount())
                if at_hub.comments.topLevelItem(i).text(0).startswith("["))
    assert text.startswith("[Institutions \u00b7 ") and row.values["name"] in text and text.endswith("acronym?")
