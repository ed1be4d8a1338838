"""The review desk's rules (core/review.py) on a real data folder: who may comment, answer,
close and decide, and how a decision moves the step's status."""

from __future__ import annotations

import pytest

from mainstream_desktop.core.dto import WorkspaceForm
from mainstream_desktop.core.errors import InvalidInput
from mainstream_desktop.core.review import CommentForm, ReviewService
from mainstream_desktop.enums import CommentSeverity, CommentStatus, SiteKind, StepStatus

CODE = "KEN"


@pytest.fixture
def desks(services):  # type: ignore[no-untyped-def]
    """The same workspace seen by a hub desk and by a country desk."""
    services.workspaces.create(WorkspaceForm(code=CODE, country_iso3=CODE, title="Kenya"))
    return ReviewService(services.uow, lambda: SiteKind.HUB), ReviewService(services.uow, lambda: SiteKind.COUNTRY)


def status_of(desk: ReviewService, step: int) -> StepStatus:
    return next(r.status for r in desk.step_reviews(CODE) if r.step_number == step)


def test_comment_request_changes_answer_approve(desks) -> None:  # type: ignore[no-untyped-def]
    hub, country = desks
    country.submit_step(CODE, 2, "mechanism set up")
    assert status_of(hub, 2) is StepStatus.SUBMITTED
    comment = hub.add_comment(CODE, CommentForm(2, "The ToR has no legal basis.", CommentSeverity.MAJOR,
                                                agency_code="IOM"))
    hub.request_changes(CODE, 2, "Add the legal basis of the mechanism.")
    assert status_of(country, 2) is StepStatus.CHANGES_REQUESTED
    with pytest.raises(InvalidInput):
        hub.approve(CODE, 2)  # a major comment is open

    country.reply(comment, "Cabinet decision 12/2023 is now attached.")
    (thread,) = country.comments(CODE, step=2)
    assert thread.status is CommentStatus.ANSWERED and thread.replies[0].text.startswith("Cabinet")
    review = next(r for r in hub.step_reviews(CODE) if r.step_number == 2)
    assert review.open_comments == 1 and review.open_blocking == 1  # answered is still open until the hub closes it

    country.submit_step(CODE, 2)
    hub.set_status(comment, CommentStatus.RESOLVED)
    hub.approve(CODE, 2, "Approved after the legal basis was added.")
    review = next(r for r in hub.step_reviews(CODE) if r.step_number == 2)
    assert review.status is StepStatus.APPROVED and review.approved_by == "tester" and review.open_blocking == 0
    assert hub.comments(CODE, include_closed=False) == []


def test_a_country_cannot_comment_close_or_approve(desks) -> None:  # type: ignore[no-untyped-def]
    hub, country = desks
    with pytest.raises(InvalidInput):
        country.add_comment(CODE, CommentForm(1, "self review"))
    comment = hub.add_comment(CODE, CommentForm(1, "Add the 2020 stock figure."))
    with pytest.raises(InvalidInput):
        country.set_status(comment, CommentStatus.RESOLVED)
    with pytest.raises(InvalidInput):
        country.approve(CODE, 1)
    with pytest.raises(InvalidInput):
        hub.submit_step(CODE, 1)


def test_empty_text_and_closed_threads_are_refused(desks) -> None:  # type: ignore[no-untyped-def]
    hub, country = desks
    with pytest.raises(InvalidInput):
        hub.add_comment(CODE, CommentForm(1, "   "))
    comment = hub.add_comment(CODE, CommentForm(1, "Cite the source.", CommentSeverity.SUGGESTION))
    hub.set_status(comment, CommentStatus.WONT_FIX)
    with pytest.raises(InvalidInput):
        country.reply(comment, "late answer")
    with pytest.raises(InvalidInput):
        hub.request_changes(CODE, 1, "  ")


def test_a_save_after_changes_were_requested_puts_the_step_back_in_progress(desks, services) -> None:  # type: ignore[no-untyped-def]
    from mainstream_desktop.core.participation_specs import INSTITUTIONS

    hub, country = desks
    country.submit_step(CODE, 2)
    hub.request_changes(CODE, 2, "Name the chair.")
    services.records.save(CODE, INSTITUTIONS, {"name": "Ministry of Labour", "acronym": "MoL",
                                               "institution_type": "MINISTRY", "government_level": "NATIONAL",
                                               "sector_codes": ""})
    assert status_of(hub, 2) in (StepStatus.IN_PROGRESS, StepStatus.CHANGES_REQUESTED)
