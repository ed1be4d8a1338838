"""Forms to plain JSON-able dictionaries and back, for autosaved drafts.

Lenient on the way in: a draft written by an older version, or damaged, yields the fields that
still make sense and defaults for the rest, never an exception.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from mainstream_desktop.core.dto import ReadinessAnswer, ReadinessForm, WorkspaceForm
from mainstream_desktop.enums import EntryMode, ProgrammePhase, ReadinessCriterion, ReadinessStatus


def workspace_form_to_dict(form: WorkspaceForm) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for item in fields(form):
        value = getattr(form, item.name)
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, (ProgrammePhase, EntryMode)):
            value = value.value
        result[item.name] = value
    return result


def workspace_form_from_dict(data: dict[str, Any]) -> WorkspaceForm:
    defaults = WorkspaceForm()
    values: dict[str, Any] = {}
    for item in fields(WorkspaceForm):
        raw = data.get(item.name, getattr(defaults, item.name))
        values[item.name] = _coerce(item.name, raw, getattr(defaults, item.name))
    return WorkspaceForm(**values)


def _coerce(name: str, raw: Any, default: Any) -> Any:
    try:
        if name in ("start_date", "end_date"):
            return date.fromisoformat(raw) if raw else None
        if name == "programme_phase":
            return ProgrammePhase(raw) if raw else None
        if name == "entry_mode":
            return EntryMode(raw) if raw else None
        if name == "reference_year":
            return int(raw) if raw not in (None, "") else None
        return str(raw) if raw is not None else default
    except (TypeError, ValueError, OverflowError):
        return default


def readiness_form_to_dict(form: ReadinessForm) -> dict[str, Any]:
    return {
        "nfp_confirmed": form.nfp_confirmed,
        "answers": [
            {"criterion": a.criterion.value, "status": a.status.value if a.status else None,
             "comment": a.comment, "evidence_document_id": a.evidence_document_id,
             "evidence_title": a.evidence_title}
            for a in form.answers
        ],
    }


def readiness_form_from_dict(data: dict[str, Any]) -> ReadinessForm:
    answers = []
    for raw in data.get("answers", []) if isinstance(data.get("answers"), list) else []:
        try:
            criterion = ReadinessCriterion(raw["criterion"])
            status = ReadinessStatus(raw["status"]) if raw.get("status") else None
        except (KeyError, TypeError, ValueError):
            continue
        evidence = raw.get("evidence_document_id")
        evidence_id = evidence if isinstance(evidence, str) and evidence else None
        answers.append(ReadinessAnswer(
            criterion, status, str(raw.get("comment") or ""),
            evidence_id, str(raw.get("evidence_title") or "") if evidence_id else ""))
    return ReadinessForm(tuple(answers), bool(data.get("nfp_confirmed", False)))
