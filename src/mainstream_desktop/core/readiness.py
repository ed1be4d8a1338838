"""Step 0, page 2: the readiness checklist (seven preconditions from the handbook, each met,
partly met, not met or not applicable, with evidence) and the national focal point's
confirmation. Validation is a pure function; saving is one unit of work.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from mainstream_desktop.core.dto import ReadinessAnswer, ReadinessForm
from mainstream_desktop.core.errors import InvalidInput
from mainstream_desktop.core.messages import CONTEXT, QT_TRANSLATE_NOOP
from mainstream_desktop.core.problems import Problem, error, has_errors
from mainstream_desktop.core.step_states import mark_in_progress
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.enums import ReadinessCriterion, ReadinessStatus, StepNumber
from mainstream_desktop.models.workspace import Document, ReadinessCheck

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


class ReadinessService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def get_form(self, workspace_code: str) -> ReadinessForm:
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            rows = uow.session.execute(
                select(ReadinessCheck, Document.title)
                .outerjoin(Document, Document.id == ReadinessCheck.evidence_document_id)
                .where(ReadinessCheck.workspace_id == workspace.id)
            ).all()
            by_criterion = {check.criterion: (check, title) for check, title in rows}
            answers = []
            for criterion in ReadinessCriterion:
                check, title = by_criterion.get(criterion, (None, None))
                answers.append(ReadinessAnswer(
                    criterion=criterion,
                    status=check.status if check else None,
                    comment=check.comment if check else "",
                    evidence_document_id=str(check.evidence_document_id) if check and check.evidence_document_id else None,
                    evidence_title=title or "",
                ))
            return ReadinessForm(tuple(answers), nfp_confirmed=workspace.nfp_confirmed_at is not None)

    def save(self, workspace_code: str, form: ReadinessForm) -> None:
        problems = validate_readiness(form)
        if has_errors(problems):
            raise InvalidInput(problems)
        with self._uow() as uow:
            session = uow.session
            workspace = workspace_by_code(session, workspace_code)
            checks = {
                check.criterion: check
                for check in session.scalars(
                    select(ReadinessCheck).where(ReadinessCheck.workspace_id == workspace.id))
            }
            for answer in form.answers:
                check = checks.get(answer.criterion)
                if check is None:
                    check = ReadinessCheck(workspace_id=workspace.id, criterion=answer.criterion)
                    session.add(check)
                check.status = answer.status
                check.comment = answer.comment.strip()
                check.evidence_document_id = (
                    uuid.UUID(answer.evidence_document_id) if answer.evidence_document_id else None)
            if form.nfp_confirmed and workspace.nfp_confirmed_at is None:
                workspace.nfp_confirmed_at = self._uow.clock()
                workspace.nfp_confirmed_by = self._uow.actor
            elif not form.nfp_confirmed:
                workspace.nfp_confirmed_at = None
                workspace.nfp_confirmed_by = ""
            mark_in_progress(session, workspace, StepNumber.READINESS)
