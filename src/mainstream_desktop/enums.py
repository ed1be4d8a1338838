"""The program's closed vocabularies: states and kinds that code branches on.

Open, data-driven code lists (policy areas, ISCO groups, SDG indicators...) live in the shipped
reference CSVs instead. These enums sit at the bottom of the layer stack so models, core and the
window can all name a state without importing each other. Values are stored as their strings.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class SiteKind(StrEnum):
    COUNTRY = "country"
    HUB = "hub"


class StepStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"


class StepNumber(IntEnum):
    READINESS = 0
    PROFILE = 1
    GOVERNMENT = 2
    SOCIETY = 3
    PLANNING = 4
    MONITORING = 5
    SUPPORT = 6
    LESSONS = 7


class ProgrammePhase(StrEnum):
    PHASE_I_2011_2013 = "PHASE_I_2011_2013"
    PHASE_II_2014_2018 = "PHASE_II_2014_2018"
    OTHER = "OTHER"


class EntryMode(StrEnum):
    INTEGRATED_IN_NDP = "INTEGRATED_IN_NDP"
    STANDALONE_MD_STRATEGY = "STANDALONE_MD_STRATEGY"
    SECTORAL_ONLY = "SECTORAL_ONLY"


class ReadinessCriterion(StrEnum):
    POLITICAL_ENDORSEMENT = "R1_POLITICAL_ENDORSEMENT"
    LEAD_DESIGNATED = "R2_LEAD_DESIGNATED"
    FUNDING = "R3_FUNDING"
    UNCT_LEAD = "R4_UNCT_LEAD"
    PLANNING_WINDOW = "R5_PLANNING_WINDOW"
    EXISTING_ANALYSIS = "R6_EXISTING_ANALYSIS"
    STATISTICS_OFFICE = "R7_STATISTICS_OFFICE"


class ReadinessStatus(StrEnum):
    MET = "MET"
    PARTLY = "PARTLY"
    NOT_MET = "NOT_MET"
    NOT_APPLICABLE = "N_A"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class ObservationStatus(StrEnum):
    NORMAL = "A"
    ESTIMATE = "E"
    PROVISIONAL = "P"
    FORECAST = "F"
    MISSING = "M"
    BREAK = "B"


class PeriodType(StrEnum):
    POINT = "POINT"
    YEAR = "YEAR"
    QUARTER = "QUARTER"
    MONTH = "MONTH"
    MULTI_YEAR = "MULTI_YEAR"


class Direction(StrEnum):
    IMMIGRATION = "IMMIGRATION"
    EMIGRATION = "EMIGRATION"
    RETURN = "RETURN"
    TRANSIT = "TRANSIT"
    INTERNAL = "INTERNAL"
    NOT_APPLICABLE = "NA"


class ProfilePart(StrEnum):
    TRENDS = "A"
    IMPACTS = "B"
    GOVERNANCE = "C"
    FINDINGS = "D"


class ResponsibilityRole(StrEnum):
    LEAD = "LEAD"
    CONTRIBUTOR = "CONTRIBUTOR"
    DATA_PROVIDER = "DATA_PROVIDER"
    CONSULTED = "CONSULTED"


class InputDisposition(StrEnum):
    PENDING = "PENDING"
    ACCEPTED = "ACCEPTED"
    PARTLY_ACCEPTED = "PARTLY_ACCEPTED"
    NOTED = "NOTED"
    REJECTED = "REJECTED"


class ResultLevel(StrEnum):
    IMPACT = "IMPACT"
    OUTCOME = "OUTCOME"
    OUTPUT = "OUTPUT"
    ACTIVITY = "ACTIVITY"


class IndicatorDirection(StrEnum):
    INCREASE = "INCREASE"
    DECREASE = "DECREASE"
    MAINTAIN = "MAINTAIN"
    RANGE = "RANGE"


class InterventionTag(StrEnum):
    MIGRATION_POLICY = "MIGRATION_POLICY"
    HUMAN_RESOURCE_POLICY = "HUMAN_RESOURCE_POLICY"
    INTER_STATE_COOPERATION = "INTER_STATE_COOPERATION"


class CommentSeverity(StrEnum):
    BLOCKER = "BLOCKER"
    MAJOR = "MAJOR"
    MINOR = "MINOR"
    SUGGESTION = "SUGGESTION"


class CommentStatus(StrEnum):
    OPEN = "OPEN"
    ANSWERED = "ANSWERED"
    RESOLVED = "RESOLVED"
    WONT_FIX = "WONT_FIX"
