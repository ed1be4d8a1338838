"""The evidence a policy priority can rest on (step 4), drawn from the earlier steps: the
profile's latest headline figure of each indicator, its sector impacts and findings, the
consultations' inputs, and attached documents. A piece of evidence is named ``TYPE:uuid`` so one
field can point into any of these tables; this module lists the candidates, resolves a name, and
labels a stored link. Labels are in the label language (``core.reference_labels``): the kind of
evidence, indicator names, partner countries and code labels, and a figure's value written the
language's way in full (``1 300 000``, not ``1.3e+06``: ``core.number_format``), the parts joined
with the language's comma and colon (French "Chiffre : ...", Arabic "،": ``reference_labels.Separators``);
the records' own texts stay as written.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mainstream_desktop.core.dto import Choice
from mainstream_desktop.core.number_format import format_number
from mainstream_desktop.core.reference_labels import ReferenceLabels, Separators, country_label
from mainstream_desktop.models.profile import Observation, ProfileFinding, SectorImpact
from mainstream_desktop.models.reference import CodeValue, Indicator
from mainstream_desktop.models.society import StakeholderInput
from mainstream_desktop.models.workspace import Document

TOTAL = "_T"
_LINE_BREAKS = re.compile(r"[ \t\r\n\f\v\u2028\u2029]+")


@dataclass(frozen=True)
class EvidenceKind:
    type_name: str  # stored in PriorityEvidence.evidence_type
    model: Any
    prefix: str     # shown before the label; English, translated as a reference label


KINDS = (
    EvidenceKind("observation", Observation, "Figure"),
    EvidenceKind("sector_impact", SectorImpact, "Sector impact"),
    EvidenceKind("profile_finding", ProfileFinding, "Finding"),
    EvidenceKind("stakeholder_input", StakeholderInput, "Consultation input"),
    EvidenceKind("document", Document, "Document"),
)
KIND_BY_TYPE = {kind.type_name: kind for kind in KINDS}
MISSING_CODE, MISSING = "_missing", "(missing)"  # what a link to a record that is gone reads (translated like a kind)


def _short(text: str, limit: int = 90) -> str:
    """One line of at most ``limit`` characters; the no-break spaces that group a number's digits
    (French 1 300 000) stay."""
    text = _LINE_BREAKS.sub(" ", str(text)).strip()
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _observation_label(observation: Observation, indicator_names: dict[Any, str], signs: Separators) -> str:
    name = indicator_names.get(observation.indicator_code, observation.indicator_code)
    if observation.partner_country != TOTAL:
        name = f"{name} ({country_label(observation.partner_country)})"
    value = "" if observation.value is None else format_number(observation.value, ",.6g")
    return signs.labelled(signs.listed(name, str(observation.period_start.year)), value)


def _names(session: Session) -> dict[Any, str]:
    """Indicator names by code and code labels by (list, code), in the label language."""
    labels = ReferenceLabels.of()
    names: dict[Any, str] = {code: labels.indicator(code, name)
                             for code, name in session.execute(select(Indicator.code, Indicator.name_en))}
    rows = session.execute(select(CodeValue.list_name, CodeValue.code, CodeValue.label_en).where(
        CodeValue.list_name.in_(("POLICY_AREA", "IMPACT_CHANNEL", "IMPACT_EFFECT"))))
    names.update({(list_name, code): labels.code(list_name, code, label) for list_name, code, label in rows})
    return names


def _label(kind: EvidenceKind, record: Any, names: dict[Any, str]) -> str:
    signs = Separators.of()
    if kind.type_name == "observation":
        text = _observation_label(record, names, signs)
    elif kind.type_name == "sector_impact":
        area = names.get(("POLICY_AREA", record.policy_area), record.policy_area)
        channel = names.get(("IMPACT_CHANNEL", record.channel), record.channel)
        effect = names.get(("IMPACT_EFFECT", record.effect), record.effect)
        text = f"{area} \u2013 {channel} ({effect})"
    elif kind.type_name == "document":
        text = record.title
    else:
        text = record.text
    return signs.labelled(ReferenceLabels.of().evidence_kind(kind.type_name, kind.prefix), _short(text))


def headline_observations(session: Session, workspace_id: uuid.UUID) -> list[Observation]:
    """Per indicator, the latest preferred figure with every dimension at its total; for an
    indicator the profile holds only by partner country (the cost of sending money per corridor),
    the latest figure of each partner instead."""
    rows = session.scalars(select(Observation).where(
        Observation.workspace_id == workspace_id, Observation.deleted_at.is_(None), Observation.is_preferred,
        Observation.sex == "T", Observation.age_group == "TOTAL",
        Observation.migration_type == TOTAL, Observation.skill_level == TOTAL, Observation.sector_isic == TOTAL,
        Observation.occupation_isco == TOTAL, Observation.education_isced == TOTAL,
        Observation.value.is_not(None)).order_by(Observation.indicator_code, Observation.period_start,
                                                  Observation.id))  # ties: the later record, on every engine
    latest: dict[tuple[str, str], Observation] = {}
    for observation in rows:
        latest[(observation.indicator_code, observation.partner_country)] = observation
    with_total = {indicator for indicator, partner in latest if partner == TOTAL}
    return [o for (indicator, partner), o in latest.items() if partner == TOTAL or indicator not in with_total]


def evidence_choices(session: Session, workspace_id: uuid.UUID) -> list[Choice]:
    names = _names(session)
    choices = [Choice(f"observation:{o.id}", _label(KINDS[0], o, names))
               for o in headline_observations(session, workspace_id)]
    for kind in KINDS[1:]:
        records = session.scalars(select(kind.model).where(
            kind.model.workspace_id == workspace_id, kind.model.deleted_at.is_(None)))
        choices += [Choice(f"{kind.type_name}:{r.id}", _label(kind, r, names)) for r in records]
    return choices


def resolve(session: Session, workspace_id: uuid.UUID, name: str) -> tuple[str, uuid.UUID] | None:
    """``TYPE:uuid`` -> (type, id) when it names a live record of this workspace, else None."""
    type_name, _, text = str(name).partition(":")
    kind = KIND_BY_TYPE.get(type_name)
    try:
        record_id = uuid.UUID(text)
    except ValueError:
        return None
    record = session.get(kind.model, record_id) if kind else None
    if record is None or record.workspace_id != workspace_id or record.deleted_at is not None:
        return None
    return type_name, record_id


def label_of(session: Session, type_name: str, record_id: uuid.UUID) -> str:
    kind = KIND_BY_TYPE.get(type_name)
    record = session.get(kind.model, record_id) if kind else None
    if kind is None or record is None:
        labels = ReferenceLabels.of()
        prefix = labels.evidence_kind(kind.type_name, kind.prefix) if kind else type_name
        return Separators.of().labelled(prefix, labels.evidence_kind(MISSING_CODE, MISSING))
    return _label(kind, record, _names(session))
