"""Step 0, page 2, the service: reading and saving the readiness checklist and the national
focal point's confirmation, one unit of work per save. The rules are in ``readiness_rules``.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from mainstream_desktop.core.dto import ReadinessAnswer, ReadinessForm
from mainstream_desktop.core.errors import InvalidInput
from mainstream_desktop.core.messages import CONTEXT, QT_TRANSLATE_NOOP
from mainstream_desktop.core.problems import Problem, error, has_errors
from mainstream_desktop.core.readiness_rules import CRITERION_TITLES, validate_readiness
from mainstream_desktop.core.step_states import mark_in_progress
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.enums import ReadinessCriterion, StepNumber
from mainstream_desktop.models.workspace import Document, ReadinessCheck

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
            evidence = _evidence_ids(session, workspace.id, form)
            for answer in form.answers:
                check = checks.get(answer.criterion)
                if check is None:
                    check = ReadinessCheck(workspace_id=workspace.id, criterion=answer.criterion)
                    session.add(check)
                check.status = answer.status
                check.comment = answer.comment.strip()
                check.evidence_document_id = evidence.get(answer.criterion)
            if form.nfp_confirmed and workspace.nfp_confirmed_at is None:
                workspace.nfp_confirmed_at = self._uow.clock()
                workspace.nfp_confirmed_by = self._uow.actor
            elif not form.nfp_confirmed:
                workspace.nfp_confirmed_at = None
                workspace.nfp_confirmed_by = ""
            mark_in_progress(session, workspace, StepNumber.READINESS)


def _evidence_ids(session: Session, workspace_id: uuid.UUID, form: ReadinessForm) -> dict[ReadinessCriterion, uuid.UUID]:
    """The evidence documents the answers cite, each checked to be a document of this workspace."""
    problems: list[Problem] = []
    found: dict[ReadinessCriterion, uuid.UUID] = {}
    for answer in form.answers:
        if not answer.evidence_document_id:
            continue
        try:
            document_id = uuid.UUID(answer.evidence_document_id)
        except ValueError:
            document_id = None
        document = session.get(Document, document_id) if document_id else None
        if document is None or document.workspace_id != workspace_id or document.deleted_at is not None:
            problems.append(error(answer.criterion.value, "unknown_evidence", QT_TRANSLATE_NOOP(
                CONTEXT, "The evidence attached to \u201c{criterion}\u201d is not a document of this "
                         "workspace; attach the file again."), criterion=CRITERION_TITLES[answer.criterion]))
        else:
            found[answer.criterion] = document.id
    if problems:
        raise InvalidInput(problems)
    return found
