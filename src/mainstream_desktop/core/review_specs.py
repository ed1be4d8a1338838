"""The record tables of step 7 in a country workspace: the GMG expert missions that supported
it and the lessons learned (domain notes §1, Wizard 7). Review comments and step decisions have
their own service (``core.review``); cross-country lessons and handbook proposals are the hub's
(``core.lessons``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as T
from mainstream_desktop.core.participation_specs import dates_in_order
from mainstream_desktop.core.problems import Problem, error
from mainstream_desktop.core.record_specs import CONTEXT, FieldKind as K, FieldSpec as F, RecordSpec

STEP_NUMBERS = frozenset("01234567")


def steps_listed(name: str) -> Any:
    """A comma-separated list of step numbers 0-7 (e.g. "1,2,4")."""
    def rule(values: Mapping[str, Any]) -> list[Problem]:
        text = str(values.get(name) or "").replace(" ", "")
        if text and not all(part in STEP_NUMBERS for part in text.split(",")):
            return [error(name, "bad_steps", T(CONTEXT, "List the steps as numbers 0 to 7, separated by commas."))]
        return []
    return rule


def validated_lesson_has_a_recommendation(values: Mapping[str, Any]) -> list[Problem]:
    if str(values.get("validated_by") or "").strip() and not str(values.get("recommendation") or "").strip():
        return [error("recommendation", "validated_without_recommendation", T(
            CONTEXT, "A validated lesson needs its recommendation."))]
    return []


MISSIONS = RecordSpec("expert_mission", T(CONTEXT, "GMG expert missions"), "review:ExpertMission", (
    F("agency_code", T(CONTEXT, "Agency"), K.CODE, "GMG_AGENCY", required=True),
    F("expert_name", T(CONTEXT, "Expert"), personal=True),
    F("mode", T(CONTEXT, "Mode"), K.CODE, "MISSION_MODE", required=True),
    F("start_date", T(CONTEXT, "Start"), K.DATE),
    F("end_date", T(CONTEXT, "End"), K.DATE),
    F("steps_supported", T(CONTEXT, "Steps supported (numbers, comma-separated)")),
    F("tor_document_id", T(CONTEXT, "Terms of reference"), K.DOCUMENT),
    F("report_document_id", T(CONTEXT, "Mission report"), K.DOCUMENT),
), order_by="start_date", label_field="agency_code",
    rules=(dates_in_order("start_date", "end_date"), steps_listed("steps_supported")), step=7)

LESSONS = RecordSpec("lesson_learned", T(CONTEXT, "Lessons learned"), "review:LessonLearned", (
    F("theme", T(CONTEXT, "Theme"), K.CODE, "LESSON_THEME", required=True),
    F("step_number", T(CONTEXT, "Step"), K.INTEGER, minimum=0, maximum=7),
    F("what_happened", T(CONTEXT, "What happened"), K.LONG_TEXT, required=True),
    F("why", T(CONTEXT, "Why"), K.LONG_TEXT),
    F("recommendation", T(CONTEXT, "Recommendation"), K.LONG_TEXT),
    F("applicability", T(CONTEXT, "Applies to"), K.CODE, "LESSON_APPLICABILITY", required=True),
    F("evidence_document_id", T(CONTEXT, "Evidence"), K.DOCUMENT),
    F("validated_by", T(CONTEXT, "Validated by"), personal=True),
), order_by="theme", label_field="what_happened", rules=(validated_lesson_has_a_recommendation,), step=7)

PEER_EXCHANGES = RecordSpec("peer_exchange", T(CONTEXT, "Peer exchanges"), "review:PeerExchange", (
    F("host_country", T(CONTEXT, "Host country"), K.COUNTRY, required=True),
    F("visiting_countries", T(CONTEXT, "Visiting countries (ISO3 codes, comma-separated)"), required=True),
    F("start_date", T(CONTEXT, "Start"), K.DATE),
    F("end_date", T(CONTEXT, "End"), K.DATE),
    F("topic", T(CONTEXT, "Topic"), K.LONG_TEXT, required=True),
), order_by="start_date", label_field="topic", rules=(dates_in_order("start_date", "end_date"),),
    cross_country=True)

ALL_LESSONS = RecordSpec("any_lesson", T(CONTEXT, "Lessons of every country"), "review:LessonLearned",
                         LESSONS.fields, order_by="theme", label_field="what_happened", cross_country=True)

PROPOSALS = RecordSpec("handbook_change_proposal", T(CONTEXT, "Handbook change proposals"),
                       "review:HandbookChangeProposal", (
    F("handbook_section", T(CONTEXT, "Handbook section"), required=True),
    F("proposed_change", T(CONTEXT, "Proposed change"), K.LONG_TEXT, required=True),
    F("status", T(CONTEXT, "Status"), K.CODE, "PROPOSAL_STATUS", required=True),
), order_by="handbook_section", label_field="handbook_section", cross_country=True)

PROPOSAL_LESSONS = RecordSpec("proposal_lesson", T(CONTEXT, "Lessons behind each proposal"),
                              "review:ProposalLesson", (
    F("proposal_id", T(CONTEXT, "Proposal"), K.RECORD, required=True, references="handbook_change_proposal"),
    F("lesson_id", T(CONTEXT, "Lesson"), K.RECORD, required=True, references="any_lesson"),
), label_field="proposal_id", cross_country=True)

REVIEW_SPECS = (MISSIONS, LESSONS)
HUB_SPECS = (PEER_EXCHANGES, PROPOSALS, PROPOSAL_LESSONS, ALL_LESSONS)  # not part of any one workspace
