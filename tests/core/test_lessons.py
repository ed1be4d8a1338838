"""Lessons learned across the workspaces: each with its country, counted per theme and country,
themes recurring in three or more countries flagged, proposals traced to their lessons, deleted
records left out."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from mainstream_desktop.core.lessons import LessonService
from mainstream_desktop.models.review import LessonLearned
from tests.reports.lesson_records import LESSONS, PROPOSAL_SECTION, add_lessons


def test_digest_counts_themes_and_countries(demo_services) -> None:
    before = LessonService(demo_services.uow).digest()
    ids = add_lessons(demo_services)
    digest = LessonService(demo_services.uow).digest()
    assert len(digest.lessons) == len(before.lessons) + len(LESSONS)
    data = next(t for t in digest.themes if t.theme == "DATA")
    assert {"JAM", "MDA", "TUN"} <= set(data.countries) and data.recurring and data.theme_label == "Data"
    assert digest.counts[("DATA", "JAM")] >= 1 and digest.counts[("FUNDING", "MDA")] >= 1
    mine = {lesson.id: lesson for lesson in digest.lessons if lesson.id in ids}
    cross = next(lesson for lesson in mine.values() if lesson.theme == "M_AND_E")
    assert cross.workspace_code == "" and cross.country_name == "" and cross.validated
    jamaica = next(lesson for lesson in mine.values() if lesson.theme == "CONSULTATION")
    assert (jamaica.workspace_code, jamaica.country_iso3, jamaica.country_name) == ("JAM", "JAM", "Jamaica")
    assert jamaica.applicability_label == "General" and jamaica.step_number == 3
    proposal = next(p for p in digest.proposals if p.handbook_section == PROPOSAL_SECTION)
    assert set(proposal.lesson_ids) == {ids[0], ids[2]} and proposal.status_label == "Proposed"
    themes = [lesson.theme for lesson in digest.lessons]
    order = ["POLITICAL_COMMITMENT", "INSTITUTIONAL_SETUP", "DATA", "CONSULTATION", "PLANNING_INTEGRATION",
             "FUNDING", "CAPACITY", "M_AND_E", "UN_COORDINATION", "OTHER"]
    assert themes == sorted(themes, key=order.index)  # grouped by theme in the code list's order
    assert any(iso3 == "MDA" for iso3, _name in digest.countries)
    funding = next(t for t in digest.themes if t.theme == "FUNDING")
    assert funding.recurring is (len(funding.countries) >= 3)


def test_deleted_lessons_and_their_links_are_left_out(demo_services) -> None:
    ids = add_lessons(demo_services)
    with demo_services.uow() as uow:
        first = uow.session.scalars(select(LessonLearned).where(LessonLearned.what_happened == LESSONS[0][3])).one()
        first.deleted_at = datetime.now(UTC)
    digest = LessonService(demo_services.uow).digest()
    assert ids[0] not in {lesson.id for lesson in digest.lessons}
    proposal = next(p for p in digest.proposals if p.handbook_section == PROPOSAL_SECTION)
    assert proposal.lesson_ids == (ids[2],)
