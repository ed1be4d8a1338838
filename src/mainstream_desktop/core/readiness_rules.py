"""Step 0 readiness rules (pure, no database): the seven preconditions from the handbook, which
two must be met, and what counts as evidence for a criterion marked met.
"""

from __future__ import annotations

from mainstream_desktop.core.dto import ReadinessForm
from mainstream_desktop.core.messages import CONTEXT, QT_TRANSLATE_NOOP
from mainstream_desktop.core.problems import Problem, error
from mainstream_desktop.enums import ReadinessCriterion, ReadinessStatus

MIN_COMMENT_FOR_MET = 20
REQUIRED_MET = (ReadinessCriterion.POLITICAL_ENDORSEMENT, ReadinessCriterion.LEAD_DESIGNATED)

CRITERION_TITLES: dict[ReadinessCriterion, str] = {
    ReadinessCriterion.POLITICAL_ENDORSEMENT: QT_TRANSLATE_NOOP(CONTEXT, "High-level political endorsement"),
    ReadinessCriterion.LEAD_DESIGNATED: QT_TRANSLATE_NOOP(CONTEXT, "Lead institution and focal point designated"),
    ReadinessCriterion.FUNDING: QT_TRANSLATE_NOOP(CONTEXT, "Budget or donor funding secured"),
    ReadinessCriterion.UNCT_LEAD: QT_TRANSLATE_NOOP(CONTEXT, "UN country team lead agency agreed"),
    ReadinessCriterion.PLANNING_WINDOW: QT_TRANSLATE_NOOP(CONTEXT, "A planning window exists"),
    ReadinessCriterion.EXISTING_ANALYSIS: QT_TRANSLATE_NOOP(CONTEXT, "Existing analysis available"),
    ReadinessCriterion.STATISTICS_OFFICE: QT_TRANSLATE_NOOP(CONTEXT, "Statistics office involved"),
}


def validate_readiness(form: ReadinessForm) -> list[Problem]:
    """A criterion marked met needs an evidence document or a comment of 20 characters or more."""
    problems: list[Problem] = []
    for answer in form.answers:
        if (answer.status is ReadinessStatus.MET and not answer.evidence_document_id
                and len(answer.comment.strip()) < MIN_COMMENT_FOR_MET):
            problems.append(error(
                answer.criterion.value, "met_without_evidence",
                QT_TRANSLATE_NOOP(CONTEXT, "\u201c{criterion}\u201d is marked met: attach evidence "
                                           "or explain it in at least {minimum} characters."),
                criterion=CRITERION_TITLES[answer.criterion], minimum=MIN_COMMENT_FOR_MET))
    return problems


