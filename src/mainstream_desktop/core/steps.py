"""The single list of handbook steps (0-7): number, stable key and English title.

Every view of the steps (navigator, status JSON, reports) reads this list, so adding a wizard
never means touching a second enumeration.
"""

from __future__ import annotations

from dataclasses import dataclass

from mainstream_desktop.core.messages import CONTEXT, QT_TRANSLATE_NOOP
from mainstream_desktop.enums import StepNumber


@dataclass(frozen=True)
class StepInfo:
    number: StepNumber
    key: str
    title: str
    summary: str


STEPS: tuple[StepInfo, ...] = (
    StepInfo(StepNumber.READINESS, "readiness",
             QT_TRANSLATE_NOOP(CONTEXT, "Workspace and readiness"),
             QT_TRANSLATE_NOOP(CONTEXT, "Set up the pilot and check the preconditions.")),
    StepInfo(StepNumber.PROFILE, "profile",
             QT_TRANSLATE_NOOP(CONTEXT, "Migration profile"),
             QT_TRANSLATE_NOOP(CONTEXT, "Assess national migration dynamics: the evidence base.")),
    StepInfo(StepNumber.GOVERNMENT, "government",
             QT_TRANSLATE_NOOP(CONTEXT, "Whole-of-government"),
             QT_TRANSLATE_NOOP(CONTEXT, "The inter-ministerial mechanism and who is responsible.")),
    StepInfo(StepNumber.SOCIETY, "society",
             QT_TRANSLATE_NOOP(CONTEXT, "Whole-of-society"),
             QT_TRANSLATE_NOOP(CONTEXT, "Stakeholders, consultations and what became of inputs.")),
    StepInfo(StepNumber.PLANNING, "planning",
             QT_TRANSLATE_NOOP(CONTEXT, "Policy priorities in the plan"),
             QT_TRANSLATE_NOOP(CONTEXT, "Evidence-based priorities, written into plans and costed.")),
    StepInfo(StepNumber.MONITORING, "monitoring",
             QT_TRANSLATE_NOOP(CONTEXT, "Monitoring and evaluation"),
             QT_TRANSLATE_NOOP(CONTEXT, "Results framework, indicators, targets and actuals.")),
    StepInfo(StepNumber.SUPPORT, "support",
             QT_TRANSLATE_NOOP(CONTEXT, "Coherent international support"),
             QT_TRANSLATE_NOOP(CONTEXT, "Partners' projects aligned to the national priorities.")),
    StepInfo(StepNumber.LESSONS, "lessons",
             QT_TRANSLATE_NOOP(CONTEXT, "Pilot testing and lessons learned"),
             QT_TRANSLATE_NOOP(CONTEXT, "Expert support, peer exchanges, lessons, handbook changes.")),
)


def step(number: int) -> StepInfo:
    return STEPS[number]
