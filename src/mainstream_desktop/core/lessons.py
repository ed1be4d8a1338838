"""Lessons learned across every workspace of the data folder (the hub's view, DOMAIN.md step 7):
each lesson with its country, counted per theme and country, the themes that recur in three or
more countries, and the handbook change proposals with the lessons they rest on.

Read-only: the lessons are written through the step-7 record tables (``core.review_specs``) and
arrive from the countries in bundles. A lesson without a workspace is cross-country; it counts
for its theme but for no country.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from mainstream_desktop.core.reference_labels import ReferenceLabels, sort_key
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.models.reference import CodeValue, Country
from mainstream_desktop.models.review import HandbookChangeProposal, LessonLearned, ProposalLesson
from mainstream_desktop.models.workspace import Workspace

RECURRING_COUNTRIES = 3
"""A theme with lessons from this many countries or more is a recurring theme."""


@dataclass(frozen=True)
class LessonView:
    id: str
    workspace_code: str  # "" for a cross-country lesson
    country_iso3: str
    country_name: str    # in the label language; "" for a cross-country lesson
    step_number: int | None
    theme: str
    theme_label: str
    what_happened: str
    why: str
    recommendation: str
    applicability: str
    applicability_label: str
    validated_by: str

    @property
    def validated(self) -> bool:
        return bool(self.validated_by.strip())


@dataclass(frozen=True)
class ProposalView:
    id: str
    handbook_section: str
    proposed_change: str
    status: str
    status_label: str
    lesson_ids: tuple[str, ...]


@dataclass(frozen=True)
class ThemeSummary:
    theme: str
    theme_label: str
    lessons: int
    countries: tuple[str, ...]  # ISO3 codes of the countries with a lesson on this theme

    @property
    def recurring(self) -> bool:
        return len(self.countries) >= RECURRING_COUNTRIES


@dataclass(frozen=True)
class LessonsDigest:
    lessons: tuple[LessonView, ...]             # by theme (code-list order), country, step
    proposals: tuple[ProposalView, ...]
    themes: tuple[ThemeSummary, ...]            # themes with at least one lesson, code-list order
    countries: tuple[tuple[str, str], ...]      # (ISO3, name) of countries with lessons, by name
    counts: Mapping[tuple[str, str], int] = field(default_factory=dict)  # (theme, ISO3) -> lessons

    @property
    def recurring_themes(self) -> tuple[ThemeSummary, ...]:
        return tuple(t for t in self.themes if t.recurring)

    def lessons_of(self, theme: str) -> tuple[LessonView, ...]:
        return tuple(lesson for lesson in self.lessons if lesson.theme == theme)


class LessonService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def digest(self) -> LessonsDigest:
        with self._uow() as uow:
            uow.discard_on_exit()
            session = uow.session
            labels = _code_labels(session, ("LESSON_THEME", "LESSON_APPLICABILITY", "PROPOSAL_STATUS"))
            theme_order = {code: n for n, (lst, code) in enumerate(labels) if lst == "LESSON_THEME"}
            workspaces = {w.id: w for w in session.scalars(select(Workspace).where(Workspace.deleted_at.is_(None)))}
            in_language = ReferenceLabels.of()
            names: dict[str, str] = {iso3: in_language.country(iso3, name)
                                     for iso3, name in session.execute(select(Country.iso3, Country.name_en))}
            lessons = []
            for row in session.scalars(select(LessonLearned).where(LessonLearned.deleted_at.is_(None))):
                workspace = workspaces.get(row.workspace_id) if row.workspace_id else None
                if row.workspace_id is not None and workspace is None:
                    continue  # its workspace was deleted
                iso3 = workspace.country_iso3 if workspace else ""
                lessons.append(LessonView(
                    str(row.id), workspace.code if workspace else "", iso3, names.get(iso3, iso3), row.step_number,
                    row.theme, labels.get(("LESSON_THEME", row.theme), row.theme), row.what_happened, row.why,
                    row.recommendation, row.applicability,
                    labels.get(("LESSON_APPLICABILITY", row.applicability), row.applicability), row.validated_by))
            live = {lesson.id for lesson in lessons}
            sources: dict[str, list[str]] = {}
            for link in session.scalars(select(ProposalLesson).where(ProposalLesson.deleted_at.is_(None))):
                if str(link.lesson_id) in live:
                    sources.setdefault(str(link.proposal_id), []).append(str(link.lesson_id))
            proposals = tuple(
                ProposalView(str(p.id), p.handbook_section, p.proposed_change, p.status,
                             labels.get(("PROPOSAL_STATUS", p.status), p.status), tuple(sources.get(str(p.id), ())))
                for p in session.scalars(select(HandbookChangeProposal).where(
                    HandbookChangeProposal.deleted_at.is_(None)).order_by(HandbookChangeProposal.handbook_section)))
        return _digest(lessons, proposals, theme_order)


def _code_labels(session: Session, lists: tuple[str, ...]) -> dict[tuple[str, str], str]:
    """(list, code) -> label in the label language, in each list's sort order (dicts keep
    insertion order)."""
    labels = ReferenceLabels.of()
    rows = session.scalars(select(CodeValue).where(CodeValue.list_name.in_(lists))
                           .order_by(CodeValue.list_name, CodeValue.sort_order, CodeValue.code))
    return {(row.list_name, row.code): labels.code(row.list_name, row.code, row.label_en) for row in rows}


def _digest(lessons: list[LessonView], proposals: tuple[ProposalView, ...],
            theme_order: Mapping[str, int]) -> LessonsDigest:
    def theme_key(theme: str) -> tuple[int, str]:
        return theme_order.get(theme, len(theme_order)), theme

    ordered = sorted(lessons, key=lambda x: (theme_key(x.theme), sort_key(x.country_name) or "\uffff", x.step_number or 0,
                                             x.what_happened))
    counts: dict[tuple[str, str], int] = {}
    countries: dict[str, str] = {}
    themes: dict[str, list[LessonView]] = {}
    for lesson in ordered:
        themes.setdefault(lesson.theme, []).append(lesson)
        if lesson.country_iso3:
            countries[lesson.country_iso3] = lesson.country_name
            key = (lesson.theme, lesson.country_iso3)
            counts[key] = counts.get(key, 0) + 1
    summaries = tuple(
        ThemeSummary(theme, items[0].theme_label, len(items),
                     tuple(sorted({x.country_iso3 for x in items if x.country_iso3})))
        for theme, items in sorted(themes.items(), key=lambda pair: theme_key(pair[0])))
    return LessonsDigest(tuple(ordered), proposals, summaries,
                         tuple(sorted(countries.items(), key=lambda pair: sort_key(pair[1]))), counts)
