"""The frozen results of the portfolio view (``core.portfolio``): the country x step status
matrix, open review comments by severity and age, lessons by theme and country, the indicator
comparison, the per-country measures behind the GMG expert's questions (domain notes §5) and the
answers themselves. Counts are plain integers, shares are fractions 0-1 (``None`` when there is
nothing to divide by), money is USD, and a figure the data does not hold is ``None``, never 0.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from mainstream_desktop.core.messages import CONTEXT, Message
from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as T
from mainstream_desktop.enums import CommentSeverity, StepStatus

UNDER_30, DAYS_30_TO_90, OVER_90 = "UNDER_30", "DAYS_30_TO_90", "OVER_90"
AGE_BANDS = (UNDER_30, DAYS_30_TO_90, OVER_90)
AGE_BAND_LABELS = {UNDER_30: T(CONTEXT, "under 30 days"), DAYS_30_TO_90: T(CONTEXT, "30\u201390 days"),
                   OVER_90: T(CONTEXT, "over 90 days")}
CROSS_COUNTRY = ""  # the workspace "code" of lessons that belong to no workspace


def age_band(days: int) -> str:
    """Under 30 days, 30 to 90 days (both included), or over 90 days."""
    return UNDER_30 if days < 30 else DAYS_30_TO_90 if days <= 90 else OVER_90


def share(part: float, whole: float) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class WorkspaceRef:
    """A live workspace as the portfolio queries see it."""

    id: uuid.UUID
    code: str
    country_iso3: str
    country: str
    title: str
    entry_mode: str
    reference_year: int | None
    default_currency: str


# -- Q1: status matrix ---------------------------------------------------------------------------
@dataclass(frozen=True)
class StatusCell:
    step_number: int
    status: StepStatus          # as services.status reports it
    percent: int
    missing: tuple[Message, ...]
    since: datetime | None      # when the status was set, where the records tell
    days_in_status: int | None
    open_comments: int


@dataclass(frozen=True)
class CountryStatus:
    workspace: str
    country_iso3: str
    country: str
    title: str
    last_update: datetime | None
    cells: tuple[StatusCell, ...]

    @property
    def overall_percent(self) -> int:
        return round(sum(c.percent for c in self.cells) / len(self.cells)) if self.cells else 0

    def count(self, status: StepStatus) -> int:
        return sum(1 for cell in self.cells if cell.status is status)


# -- review comments -----------------------------------------------------------------------------
@dataclass(frozen=True)
class CommentLoad:
    """One country's top-level review comments (replies are not comments)."""

    workspace: str
    country: str
    open_counts: dict[tuple[CommentSeverity, str], int]  # (severity, age band) -> open comments
    closed: int
    oldest_open_days: int | None

    @property
    def open_total(self) -> int:
        return sum(self.open_counts.values())

    def by_severity(self, severity: CommentSeverity) -> int:
        return sum(n for (s, _band), n in self.open_counts.items() if s is severity)

    def by_age(self, band: str) -> int:
        return sum(n for (_s, b), n in self.open_counts.items() if b == band)


# -- lessons ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LessonMatrix:
    themes: tuple[str, ...]              # theme codes, in the code list's order
    theme_labels: dict[str, str]
    workspaces: tuple[str, ...]          # codes; CROSS_COUNTRY last when there are such lessons
    counts: dict[tuple[str, str], int]   # (theme, workspace) -> lessons
    recurring: tuple[str, ...]           # themes with lessons from 3 countries or more
    with_proposals: tuple[str, ...]      # themes whose lessons back a handbook change proposal

    def count(self, theme: str, workspace: str) -> int:
        return self.counts.get((theme, workspace), 0)

    def countries_with(self, theme: str) -> tuple[str, ...]:
        return tuple(w for w in self.workspaces if w != CROSS_COUNTRY and self.count(theme, w))

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# -- indicator comparison (Q4) -------------------------------------------------------------------
@dataclass(frozen=True)
class IndicatorValue:
    """A country's latest figure of one indicator; ``value`` None = the profile does not hold it."""

    workspace: str
    country: str
    value: float | None = None
    year: int | None = None
    source: str = ""
    derived_from: str = ""                         # e.g. "MIG_STOCK_IMM / CTX_POP"
    other_sources: tuple[tuple[str, float], ...] = ()  # same year, other sources: (name, value)

    @property
    def missing(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class IndicatorComparison:
    code: str
    name: str
    unit_code: str
    unit: str
    values: tuple[IndicatorValue, ...]   # one per workspace, in the portfolio's order

    @property
    def present(self) -> tuple[IndicatorValue, ...]:
        return tuple(v for v in self.values if not v.missing)


@dataclass(frozen=True)
class Destination:
    workspace: str
    country: str
    destination: str        # ISO3
    destination_name: str
    value: float
    year: int
    source: str
    share_of_total: float | None


# -- the measures behind the questions -----------------------------------------------------------
@dataclass(frozen=True)
class EvidenceBase:  # Q2
    workspace: str
    country: str
    core_total: int
    core_filled: int
    newest_year: int | None
    oldest_latest_year: int | None   # the staleest of the core indicators' latest years
    source_types: tuple[str, ...]
    national_sources: bool
    only_international: bool


@dataclass(frozen=True)
class SourceGap:  # Q3
    workspace: str
    country: str
    indicator: str
    period: str
    gap: float
    low: float
    high: float
    explained: bool


@dataclass(frozen=True)
class InstitutionalSetup:  # Q5
    workspace: str
    country: str
    active_mechanisms: int
    legal_bases: tuple[str, ...]
    chair: str
    chair_type: str
    meetings: int
    meetings_with_minutes: int
    meetings_per_year: float | None
    last_meeting: date | None
    core_sectors_led: int
    core_sectors: int
    focal_points: int


@dataclass(frozen=True)
class ConsultationReach:  # Q6
    workspace: str
    country: str
    events: int
    female: int
    male: int
    other: int
    groups_reached: tuple[str, ...]
    inputs: int
    inputs_accepted: int
    inputs_reflected: int

    @property
    def participants(self) -> int:
        return self.female + self.male + self.other

    @property
    def women_share(self) -> float | None:
        return share(self.female, self.participants)


@dataclass(frozen=True)
class InstrumentLevel:
    title: str
    instrument_type: str
    status: str
    level: int | None


@dataclass(frozen=True)
class PlanLanding:  # Q7
    workspace: str
    country: str
    entry_mode: str
    instruments: tuple[InstrumentLevel, ...]

    @property
    def highest_level(self) -> int | None:
        return max((i.level for i in self.instruments if i.level is not None), default=None)


@dataclass(frozen=True)
class PlanningEvidence:  # Q8 (and the government's share of funding for Q14)
    workspace: str
    country: str
    priorities: int
    with_evidence: int
    actions: int
    with_cost_and_lead: int
    cost_usd: float
    funded_usd: float
    gap_usd: float
    government_usd: float
    unconverted: int       # costed actions left out for want of an exchange rate


@dataclass(frozen=True)
class MonitoringUsability:  # Q9
    workspace: str
    country: str
    indicators: int
    with_baseline_and_target: int
    rag: dict[str, int]
    sdg_aligned: int
    latest_actual: date | None


@dataclass(frozen=True)
class SupportCoherence:  # Q10
    workspace: str
    country: str
    projects: int
    budget_usd: float
    aligned_usd: float
    endorsed_priorities: int
    unsupported_priorities: tuple[str, ...]
    with_un_outcome: int
    unconverted: int


@dataclass(frozen=True)
class AgencySupport:  # Q11
    agency: str
    agency_name: str
    missions: int
    workspaces: tuple[str, ...]
    steps: tuple[int, ...]
    comments_open: int
    comments_closed: int


@dataclass(frozen=True)
class PeerExchangeEffect:  # Q13
    host: str
    visitors: tuple[str, ...]
    end: date | None
    topic: str
    lessons_after: int
    priorities_after: int


@dataclass(frozen=True)
class PortfolioMeasures:
    evidence: tuple[EvidenceBase, ...] = ()
    source_gaps: tuple[SourceGap, ...] = ()
    institutions: tuple[InstitutionalSetup, ...] = ()
    consultation: tuple[ConsultationReach, ...] = ()
    landing: tuple[PlanLanding, ...] = ()
    planning: tuple[PlanningEvidence, ...] = ()
    monitoring: tuple[MonitoringUsability, ...] = ()
    support: tuple[SupportCoherence, ...] = ()
    agencies: tuple[AgencySupport, ...] = ()
    exchanges: tuple[PeerExchangeEffect, ...] = ()
    programme_results: tuple[IndicatorComparison, ...] = ()


# -- the answers -----------------------------------------------------------------------------------
class AnswerState(StrEnum):
    ANSWERED = "answered"
    PARTLY = "partly"          # some of the question needs data the program does not record
    NO_DATA = "no_data"        # nothing recorded yet that answers it


@dataclass(frozen=True)
class QuestionAnswer:
    number: int
    question: str                    # English, marked for translation
    state: AnswerState
    summary: Message
    lines: tuple[Message, ...] = ()  # one per country or item
    limits: tuple[Message, ...] = ()  # what the data cannot tell


@dataclass(frozen=True)
class Portfolio:
    made_at: datetime
    countries: tuple[CountryStatus, ...]
    comments: tuple[CommentLoad, ...]
    lessons: LessonMatrix
    indicators: tuple[IndicatorComparison, ...]
    destinations: tuple[Destination, ...]
    measures: PortfolioMeasures = field(default_factory=PortfolioMeasures)
    answers: tuple[QuestionAnswer, ...] = ()

    def country(self, workspace: str) -> CountryStatus | None:
        return next((c for c in self.countries if c.workspace == workspace), None)
