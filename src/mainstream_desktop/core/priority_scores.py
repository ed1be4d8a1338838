"""The weighted score of step 4's policy priorities: each priority's 1-5 scores on impact,
feasibility, affordability, urgency and political support, weighted by the workspace's scoring
weights (equal when none are set). Criteria a priority has not scored are left out and the
remaining weights rescaled, so a partly scored priority is not ranked as if it scored zero.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mainstream_desktop.models import planning as plan

CRITERIA = {"IMPACT": "score_impact", "FEASIBILITY": "score_feasibility", "COST": "score_cost",
            "URGENCY": "score_urgency", "POLITICAL_SUPPORT": "score_political_support"}
WEIGHT_SUM_TOLERANCE = 0.001


@dataclass(frozen=True)
class PriorityScore:
    priority_id: str
    title: str
    score: float | None  # weighted, 1-5; None when nothing is scored
    rank: int | None


def weighted_score(scores: Mapping[str, int | None], weights: Mapping[str, float]) -> float | None:
    used = {c: w for c, w in weights.items() if scores.get(c) is not None and w > 0}
    total = sum(used.values())
    if not total:
        return None
    return sum(float(scores[c] or 0) * w for c, w in used.items()) / total


def workspace_weights(session: Session, workspace_id: uuid.UUID) -> dict[str, float]:
    rows = session.scalars(select(plan.ScoringWeight).where(
        plan.ScoringWeight.workspace_id == workspace_id, plan.ScoringWeight.deleted_at.is_(None)))
    weights = {row.criterion: row.weight for row in rows if row.criterion in CRITERIA}
    return weights or {criterion: 1 / len(CRITERIA) for criterion in CRITERIA}


def weights_add_up(weights: Mapping[str, float]) -> bool:
    return abs(sum(weights.values()) - 1.0) <= WEIGHT_SUM_TOLERANCE


def priority_scores(session: Session, workspace_id: uuid.UUID) -> list[PriorityScore]:
    """Live priorities, best weighted score first."""
    weights = workspace_weights(session, workspace_id)
    priorities = session.scalars(select(plan.PolicyPriority).where(
        plan.PolicyPriority.workspace_id == workspace_id, plan.PolicyPriority.deleted_at.is_(None)))
    scored = [PriorityScore(str(p.id), p.title,
                            weighted_score({c: getattr(p, column) for c, column in CRITERIA.items()}, weights), p.rank)
              for p in priorities]
    return sorted(scored, key=lambda s: (s.score is None, -(s.score or 0), s.title))
