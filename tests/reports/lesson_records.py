"""Lessons learned and a handbook change proposal written straight through the ORM into a real
data folder, for the tests of the lessons query and report (the demo may not hold any)."""

from __future__ import annotations

from sqlalchemy import select

from mainstream_desktop.core.services import Services
from mainstream_desktop.models.review import HandbookChangeProposal, LessonLearned, ProposalLesson
from mainstream_desktop.models.workspace import Workspace

LESSONS = (
    # workspace, theme, step, what happened, why, recommendation, applicability, validated by
    ("JAM", "DATA", 1, "Emigration figures came from three sources that disagreed by a third.",
     "No agreed definition of an emigrant.", "Agree the definitions with the statistics office first.", "GENERAL",
     "GMG review team"),
    ("MDA", "DATA", 1, "The diaspora survey took a year longer than planned.", "Consular registers were incomplete.",
     "Plan diaspora surveys with a reserve of time and budget.", "REGIONAL", ""),
    ("TUN", "DATA", 1, "Labour-migration data sat with three ministries.", "No data-sharing agreement.",
     "Sign data-sharing protocols in the first months.", "GENERAL", "GMG review team"),
    ("JAM", "CONSULTATION", 3, "Diaspora groups joined the consultations online.", "Travel was too costly.",
     "Offer online participation from the start.", "GENERAL", "GMG review team"),
    ("MDA", "FUNDING", 4, "Half of the action plan had no budget line.", "The plan came after the budget cycle.",
     "Time the costed plan to the budget calendar.", "GENERAL", ""),
    (None, "M_AND_E", 5, "Few pilots set baselines for their indicators.", "Baselines were left for later.",
     "Take baselines from the migration profile when indicators are chosen.", "GENERAL", "GMG review team"),
)
PROPOSAL_SECTION = "Part 2 - Situation analysis"


def add_lessons(services: Services) -> list[str]:
    """The six lessons above (DATA recurs in three countries) and one proposal resting on the
    first and third; returns the lesson ids."""
    with services.uow() as uow:
        session = uow.session
        workspaces = {w.code: w.id for w in session.scalars(select(Workspace))}
        ids = []
        for code, theme, step, what, why, recommendation, applicability, validated in LESSONS:
            lesson = LessonLearned(workspace_id=workspaces[code] if code else None, step_number=step, theme=theme,
                                   what_happened=what, why=why, recommendation=recommendation,
                                   applicability=applicability, validated_by=validated)
            session.add(lesson)
            session.flush()
            ids.append(lesson.id)
        proposal = HandbookChangeProposal(handbook_section=PROPOSAL_SECTION, status="PROPOSED", proposed_change=(
            "Add a checklist for agreeing migration definitions with the statistics office."))
        session.add(proposal)
        session.flush()
        for index in (0, 2):
            session.add(ProposalLesson(proposal_id=proposal.id, lesson_id=ids[index]))
    return [str(i) for i in ids]
