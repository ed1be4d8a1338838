"""The records of the three steps about who takes part, as ``RecordSpec``s: the shared registry
of institutions and people; step 2's mechanisms, members, meetings, attendance, action items and
responsibility map; step 3's stakeholders, consultation events, who attended them and the inputs
received; step 6's partners, projects, project-priority links, coordination events and exchange
rates. Cross-field rules from the domain notes are pure functions next to their spec.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as T
from mainstream_desktop.core.problems import Problem, error
from mainstream_desktop.core.workspace_rules import EMAIL_PATTERN
from mainstream_desktop.core.record_specs import CONTEXT, FieldKind as K, FieldSpec as F, RecordSpec



def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def contact_needs_consent(values: Mapping[str, Any]) -> list[Problem]:
    """Personal contact data is stored only with the person's recorded consent."""
    has_contact = not _empty(values.get("email")) or not _empty(values.get("phone"))
    if has_contact and not values.get("contact_consent"):
        return [error("contact_consent", "consent_required", T(
            CONTEXT, "Contact details (e-mail, phone) can only be stored with the person's consent: tick "
                     "\u201cConsent to store contact details\u201d or leave them out."))]
    email = str(values.get("email") or "").strip()
    if email and not EMAIL_PATTERN.match(email):
        return [error("email", "email_format", T(CONTEXT, "The e-mail address does not look right."))]
    return []


def legal_basis_needs_reference(values: Mapping[str, Any]) -> list[Problem]:
    basis = values.get("legal_basis")
    if basis and basis != "INFORMAL" and _empty(values.get("legal_reference")):
        return [error("legal_reference", "reference_required", T(
            CONTEXT, "A mechanism with a formal legal basis needs its legal reference (e.g. \u201cGD 725 of "
                     "08.09.2017\u201d)."))]
    return []


def disposition_needs_rationale(values: Mapping[str, Any]) -> list[Problem]:
    if values.get("disposition") not in (None, "", "PENDING") and _empty(values.get("rationale")):
        return [error("rationale", "rationale_required", T(
            CONTEXT, "Say why: every decision on an input needs its rationale."))]
    return []


def stakeholder_contact_needs_consent(values: Mapping[str, Any]) -> list[Problem]:
    if values.get("contact_person_id") and not values.get("consent_to_store_contact"):
        return [error("consent_to_store_contact", "consent_required", T(
            CONTEXT, "A contact person is personal data: record the consent to store it, or leave the "
                     "contact person out."))]
    return []


def dates_in_order(start: str, end: str) -> Callable[[Mapping[str, Any]], list[Problem]]:
    def rule(values: Mapping[str, Any]) -> list[Problem]:
        if values.get(start) and values.get(end) and values[end] < values[start]:
            return [error(end, "end_before_start", T(CONTEXT, "The end date is before the start date."))]
        return []
    return rule


def disbursed_within_budget(values: Mapping[str, Any]) -> list[Problem]:
    budget, disbursed = values.get("budget_total"), values.get("disbursed_to_date")
    if budget is not None and disbursed is not None and disbursed > budget:
        return [error("disbursed_to_date", "over_budget", T(
            CONTEXT, "More is disbursed than the budget; check both amounts."))]
    return []


def _periods_overlap(a_from: Any, a_to: Any, b_from: Any, b_to: Any) -> bool:
    return (a_to is None or b_from is None or b_from <= a_to) and (b_to is None or a_from is None or a_from <= b_to)


def one_active_role_per_person(session: Any, workspace_id: Any, values: Mapping[str, Any],
                               record_id: str | None) -> list[Problem]:
    """The same person cannot hold two roles in one mechanism at the same time."""
    from sqlalchemy import select

    from mainstream_desktop.models.government import MechanismMember

    if not values.get("person_id"):
        return []
    others = session.scalars(select(MechanismMember).where(
        MechanismMember.workspace_id == workspace_id, MechanismMember.deleted_at.is_(None),
        MechanismMember.mechanism_id == values.get("mechanism_id"),
        MechanismMember.person_id == values.get("person_id")))
    for other in others:
        if str(other.id) != record_id and _periods_overlap(values.get("valid_from"), values.get("valid_to"),
                                                           other.valid_from, other.valid_to):
            return [error("person_id", "two_roles", T(
                CONTEXT, "This person already holds a role in this mechanism for the same period; end that "
                         "role first (“Until”) or edit it."))]
    return []


INSTITUTIONS = RecordSpec("institution", T(CONTEXT, "Institutions"), "government:Institution", (
    F("name", T(CONTEXT, "Name"), required=True),
    F("acronym", T(CONTEXT, "Acronym")),
    F("institution_type", T(CONTEXT, "Type"), K.CODE, "INSTITUTION_TYPE", required=True),
    F("government_level", T(CONTEXT, "Level"), K.CODE, "GOVERNMENT_LEVEL", required=True),
    F("sector_codes", T(CONTEXT, "Sectors (policy-area codes, comma-separated)")),
), order_by="name", unique=("name",))

PEOPLE = RecordSpec("person", T(CONTEXT, "People"), "workspace:Person", (
    F("full_name", T(CONTEXT, "Full name"), required=True, personal=True),
    F("position", T(CONTEXT, "Position")),
    F("institution_id", T(CONTEXT, "Institution"), K.RECORD, references="institution"),
    F("sex", T(CONTEXT, "Sex"), K.CODE, "SEX"),
    F("email", T(CONTEXT, "E-mail"), personal=True),
    F("phone", T(CONTEXT, "Phone"), personal=True),
    F("contact_consent", T(CONTEXT, "Consent to store contact details"), K.BOOLEAN),
    F("consent_date", T(CONTEXT, "Consent given on"), K.DATE),
), order_by="full_name", label_field="full_name", rules=(contact_needs_consent,))

MECHANISMS = RecordSpec("coordination_mechanism", T(CONTEXT, "Coordination mechanisms"),
                        "government:CoordinationMechanism", (
    F("name", T(CONTEXT, "Name"), required=True),
    F("kind", T(CONTEXT, "Kind"), K.CODE, "MECHANISM_KIND", required=True),
    F("legal_basis", T(CONTEXT, "Legal basis"), K.CODE, "LEGAL_BASIS", required=True),
    F("legal_reference", T(CONTEXT, "Legal reference")),
    F("established_date", T(CONTEXT, "Established"), K.DATE),
    F("chair_institution_id", T(CONTEXT, "Chair"), K.RECORD, references="institution"),
    F("secretariat_institution_id", T(CONTEXT, "Secretariat"), K.RECORD, references="institution"),
    F("meeting_frequency", T(CONTEXT, "Meets"), K.CODE, "MEETING_FREQUENCY"),
    F("status", T(CONTEXT, "Status"), K.CODE, "MECHANISM_STATUS", required=True),
    F("tor_document_id", T(CONTEXT, "Terms of reference"), K.DOCUMENT),
), rules=(legal_basis_needs_reference,), step=2)

MEMBERS = RecordSpec("mechanism_member", T(CONTEXT, "Members"), "government:MechanismMember", (
    F("mechanism_id", T(CONTEXT, "Mechanism"), K.RECORD, required=True, references="coordination_mechanism"),
    F("institution_id", T(CONTEXT, "Institution"), K.RECORD, required=True, references="institution"),
    F("person_id", T(CONTEXT, "Person"), K.RECORD, references="person"),
    F("member_role", T(CONTEXT, "Role"), K.CODE, "MEMBER_ROLE", required=True),
    F("is_sector_focal_point", T(CONTEXT, "Sector focal point"), K.BOOLEAN),
    F("valid_from", T(CONTEXT, "From"), K.DATE),
    F("valid_to", T(CONTEXT, "Until"), K.DATE),
), label_field="member_role", rules=(dates_in_order("valid_from", "valid_to"),),
    store_rules=(one_active_role_per_person,), step=2)

MEETINGS = RecordSpec("meeting", T(CONTEXT, "Meetings"), "government:Meeting", (
    F("mechanism_id", T(CONTEXT, "Mechanism"), K.RECORD, required=True, references="coordination_mechanism"),
    F("meeting_date", T(CONTEXT, "Date"), K.DATE, required=True),
    F("meeting_type", T(CONTEXT, "Type"), K.CODE, "MEETING_TYPE", required=True),
    F("agenda", T(CONTEXT, "Agenda"), K.LONG_TEXT),
    F("minutes_document_id", T(CONTEXT, "Minutes"), K.DOCUMENT),
), order_by="meeting_date", label_field="meeting_date", step=2)

ATTENDANCE = RecordSpec("meeting_attendance", T(CONTEXT, "Attendance"), "government:MeetingAttendance", (
    F("meeting_id", T(CONTEXT, "Meeting"), K.RECORD, required=True, references="meeting"),
    F("person_id", T(CONTEXT, "Person"), K.RECORD, required=True, references="person"),
    F("present", T(CONTEXT, "Present"), K.BOOLEAN),
), label_field="present", step=2)

ACTION_ITEMS = RecordSpec("action_item", T(CONTEXT, "Decisions and action items"), "government:ActionItem", (
    F("meeting_id", T(CONTEXT, "Meeting"), K.RECORD, required=True, references="meeting"),
    F("description", T(CONTEXT, "What"), K.LONG_TEXT, required=True),
    F("owner_institution_id", T(CONTEXT, "Owner"), K.RECORD, references="institution"),
    F("due_date", T(CONTEXT, "Due"), K.DATE),
    F("status", T(CONTEXT, "Status"), K.CODE, "ACTION_ITEM_STATUS", required=True),
), order_by="due_date", label_field="description", step=2)

RESPONSIBILITIES = RecordSpec("sector_responsibility", T(CONTEXT, "Who is responsible for what"),
                              "government:SectorResponsibility", (
    F("policy_area", T(CONTEXT, "Policy area"), K.CODE, "POLICY_AREA", required=True),
    F("institution_id", T(CONTEXT, "Institution"), K.RECORD, required=True, references="institution"),
    F("role", T(CONTEXT, "Role"), K.CODE, "RESPONSIBILITY_ROLE", required=True),
), order_by="policy_area", label_field="policy_area", step=2)

STAKEHOLDERS = RecordSpec("stakeholder", T(CONTEXT, "Stakeholders"), "society:Stakeholder", (
    F("name", T(CONTEXT, "Name"), required=True),
    F("stakeholder_group", T(CONTEXT, "Group"), K.CODE, "STAKEHOLDER_GROUP", required=True),
    F("institution_id", T(CONTEXT, "Organisation (registry)"), K.RECORD, references="institution"),
    F("contact_person_id", T(CONTEXT, "Contact person"), K.RECORD, references="person"),
    F("geography", T(CONTEXT, "Geography (NATIONAL or ISO 3166-2)")),
    F("diaspora_location_country", T(CONTEXT, "Diaspora in"), K.COUNTRY),
    F("interest", T(CONTEXT, "Interest (1-5)"), K.INTEGER, minimum=1, maximum=5),
    F("influence", T(CONTEXT, "Influence (1-5)"), K.INTEGER, minimum=1, maximum=5),
    F("engagement_level", T(CONTEXT, "Engagement"), K.CODE, "ENGAGEMENT_LEVEL", required=True),
    F("consent_to_store_contact", T(CONTEXT, "Consent to store the contact"), K.BOOLEAN),
), order_by="name", rules=(stakeholder_contact_needs_consent,), step=3)

EVENTS = RecordSpec("consultation_event", T(CONTEXT, "Consultation events"), "society:ConsultationEvent", (
    F("title", T(CONTEXT, "Title"), required=True),
    F("event_type", T(CONTEXT, "Type"), K.CODE, "CONSULTATION_EVENT_TYPE", required=True),
    F("event_date", T(CONTEXT, "Date"), K.DATE, required=True),
    F("location", T(CONTEXT, "Location")),
    F("topics", T(CONTEXT, "Topics (policy-area codes)")),
    F("participants_female", T(CONTEXT, "Women"), K.INTEGER, minimum=0, maximum=100000),
    F("participants_male", T(CONTEXT, "Men"), K.INTEGER, minimum=0, maximum=100000),
    F("participants_other", T(CONTEXT, "Other"), K.INTEGER, minimum=0, maximum=100000),
    F("report_document_id", T(CONTEXT, "Report"), K.DOCUMENT),
), order_by="event_date", label_field="title", step=3)  # counts: minimum 0

EVENT_STAKEHOLDERS = RecordSpec("event_stakeholder", T(CONTEXT, "Who took part"), "society:EventStakeholder", (
    F("event_id", T(CONTEXT, "Event"), K.RECORD, required=True, references="consultation_event"),
    F("stakeholder_id", T(CONTEXT, "Stakeholder"), K.RECORD, required=True, references="stakeholder"),
), label_field="event_id", step=3)

INPUTS = RecordSpec("stakeholder_input", T(CONTEXT, "Inputs received"), "society:StakeholderInput", (
    F("event_id", T(CONTEXT, "Event"), K.RECORD, references="consultation_event"),
    F("stakeholder_id", T(CONTEXT, "From"), K.RECORD, references="stakeholder"),
    F("policy_area", T(CONTEXT, "Policy area"), K.CODE, "POLICY_AREA"),
    F("text", T(CONTEXT, "Input"), K.LONG_TEXT, required=True),
    F("disposition", T(CONTEXT, "Disposition"), K.CODE, "INPUT_DISPOSITION", required=True),
    F("rationale", T(CONTEXT, "Rationale"), K.LONG_TEXT),
    F("linked_priority_id", T(CONTEXT, "Fed the priority (step 4)"), K.RECORD, references="policy_priority"),
), label_field="text", rules=(disposition_needs_rationale,), step=3)

PARTNERS = RecordSpec("development_partner", T(CONTEXT, "Development partners"), "support:DevelopmentPartner", (
    F("name", T(CONTEXT, "Name"), required=True),
    F("partner_type", T(CONTEXT, "Type"), K.CODE, "PARTNER_TYPE", required=True),
    F("gmg_member", T(CONTEXT, "GMG member"), K.BOOLEAN),
    F("gmg_agency_code", T(CONTEXT, "GMG agency"), K.CODE, "GMG_AGENCY"),
    F("confirmed_no_projects", T(CONTEXT, "Confirmed: no migration projects"), K.BOOLEAN),
), order_by="name", step=6)

PROJECTS = RecordSpec("partner_project", T(CONTEXT, "Migration-related projects"), "support:PartnerProject", (
    F("title", T(CONTEXT, "Title"), required=True),
    F("partner_id", T(CONTEXT, "Partner"), K.RECORD, required=True, references="development_partner"),
    F("implementing_institution_id", T(CONTEXT, "Implemented by"), K.RECORD, references="institution"),
    F("start_date", T(CONTEXT, "Start"), K.DATE),
    F("end_date", T(CONTEXT, "End"), K.DATE),
    F("budget_total", T(CONTEXT, "Budget"), K.DECIMAL),
    F("currency", T(CONTEXT, "Currency (ISO 4217)"), K.CODE, "CURRENCY"),
    F("budget_year", T(CONTEXT, "Budget year"), K.INTEGER, minimum=1990, maximum=2100),
    F("disbursed_to_date", T(CONTEXT, "Disbursed"), K.DECIMAL),
    F("policy_areas", T(CONTEXT, "Policy areas (codes, comma-separated)")),
    F("undaf_outcome_code", T(CONTEXT, "UN cooperation framework outcome")),
    F("unaligned_reason", T(CONTEXT, "Why not aligned to a national priority"), K.LONG_TEXT),
    F("status", T(CONTEXT, "Status"), K.CODE, "PROJECT_STATUS", required=True),
), order_by="title", label_field="title",
    rules=(dates_in_order("start_date", "end_date"), disbursed_within_budget), step=6)

PROJECT_PRIORITIES = RecordSpec("project_priority", T(CONTEXT, "Alignment to national priorities"),
                                "support:ProjectPriority", (
    F("project_id", T(CONTEXT, "Project"), K.RECORD, required=True, references="partner_project"),
    F("priority_id", T(CONTEXT, "National priority (step 4)"), K.RECORD, required=True, references="policy_priority"),
    F("amount", T(CONTEXT, "Amount for this priority (project currency)"), K.DECIMAL),
), label_field="amount", step=6)

PARTNER_EVENTS = RecordSpec("partner_coordination_event", T(CONTEXT, "Partner coordination events"),
                            "support:PartnerCoordinationEvent", (
    F("event_type", T(CONTEXT, "Type"), K.CODE, "COORDINATION_EVENT_TYPE", required=True),
    F("event_date", T(CONTEXT, "Date"), K.DATE, required=True),
    F("decisions", T(CONTEXT, "Decisions"), K.LONG_TEXT),
    F("document_id", T(CONTEXT, "Document"), K.DOCUMENT),
), order_by="event_date", label_field="event_date", step=6)

FX_RATES = RecordSpec("fx_rate", T(CONTEXT, "Exchange rates to USD"), "support:FxRate", (
    F("currency", T(CONTEXT, "Currency"), K.CODE, "CURRENCY", required=True),
    F("year", T(CONTEXT, "Year"), K.INTEGER, required=True, minimum=1990, maximum=2100),
    F("rate_to_usd", T(CONTEXT, "USD per unit"), K.DECIMAL, required=True),
    F("source", T(CONTEXT, "Source")),
), order_by="currency", label_field="currency", step=6)

REGISTRY_SPECS = (INSTITUTIONS, PEOPLE)
GOVERNMENT_SPECS = (MECHANISMS, MEMBERS, MEETINGS, ATTENDANCE, ACTION_ITEMS, RESPONSIBILITIES)
SOCIETY_SPECS = (STAKEHOLDERS, EVENTS, EVENT_STAKEHOLDERS, INPUTS)
SUPPORT_SPECS = (PARTNERS, PROJECTS, PROJECT_PRIORITIES, PARTNER_EVENTS, FX_RATES)
