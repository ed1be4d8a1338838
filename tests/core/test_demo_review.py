"""The demo's step 7 and review layer (core/demo_review.py) on the full demo."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from mainstream_desktop.core.review_specs import LESSONS, MISSIONS
from mainstream_desktop.enums import StepStatus
from mainstream_desktop.models.review import HandbookChangeProposal, LessonLearned, PeerExchange, ProposalLesson


def test_worked_pilots_have_missions_validated_lessons_and_review_threads(demo_services) -> None:  # type: ignore[no-untyped-def]
    for code in ("JAM", "MDA"):
        assert len(demo_services.records.rows(code, MISSIONS)) >= 3
        validated = [r for r in demo_services.records.rows(code, LESSONS) if r.values["validated_by"]]
        assert len(validated) >= 3
        threads = demo_services.review.comments(code)
        assert len(threads) >= 7 and any(t.replies for t in threads) and any(t.is_open for t in threads)


def test_no_step_is_submitted_or_approved_before_it_is_complete(demo_services) -> None:  # type: ignore[no-untyped-def]
    for code in ("JAM", "MDA"):
        progress = {p.number: p for p in demo_services.status.workspace_progress(code)}
        for review in demo_services.review.step_reviews(code):
            if review.status in (StepStatus.SUBMITTED, StepStatus.APPROVED) and review.step_number < 7:
                assert progress[review.step_number].completeness == 100, (code, review.step_number)


def test_themes_recur_across_countries_and_proposals_trace_to_lessons(demo_services) -> None:  # type: ignore[no-untyped-def]
    with demo_services.uow() as uow:
        lessons = list(uow.session.scalars(select(LessonLearned)))
        per_theme = Counter(theme for theme, _ws in {(lesson.theme, lesson.workspace_id) for lesson in lessons
                                                      if lesson.workspace_id})
        assert per_theme["INSTITUTIONAL_SETUP"] >= 3 and per_theme["DATA"] >= 3
        assert any(lesson.workspace_id is None for lesson in lessons)
        proposals = list(uow.session.scalars(select(HandbookChangeProposal)))
        links = list(uow.session.scalars(select(ProposalLesson)))
        assert len(proposals) == 2 and {link.proposal_id for link in links} == {p.id for p in proposals}
        hosts = {exchange.host_country for exchange in uow.session.scalars(select(PeerExchange))}
        assert hosts == {"MEX", "MDA", "PHL"}
