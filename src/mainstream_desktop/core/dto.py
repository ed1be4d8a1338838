"""Frozen data transfer objects: what services hand to the window and the command line, and
what forms hand back. No ORM row ever leaves core.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from mainstream_desktop.core.messages import Message
from mainstream_desktop.core.reference_labels import sort_key
from mainstream_desktop.enums import (
    EntryMode,
    ProfilePart,
    ProgrammePhase,
    ReadinessCriterion,
    ReadinessStatus,
    StepStatus,
)


@dataclass(frozen=True)
class Choice:
    """One entry of a drop-down: the stored code and its English label."""

    code: str
    label: str


@dataclass(frozen=True)
class WorkspaceSummary:
    code: str
    country_iso3: str
    country_name: str  # in the label language
    title: str
    programme_phase: ProgrammePhase | None

    @property
    def display_name(self) -> str:
        """"JAM \u2014 title" as a workspace is listed for choosing, with the country's name in
        brackets when the title does not already say it (a title typed in another language)."""
        name = f"{self.code} \u2014 {self.title}" if self.title else self.code
        country = self.country_name.strip()
        if country and sort_key(country) not in sort_key(self.title):
            name += f" ({country})"
        return name


@dataclass(frozen=True)
class WorkspaceForm:
    """The editable fields of a workspace (step 0, page 1). Text fields are plain strings."""

    code: str = ""
    country_iso3: str = ""
    title: str = ""
    programme_phase: ProgrammePhase | None = None
    start_date: date | None = None
    end_date: date | None = None
    donor: str = ""
    lead_institution: str = ""
    focal_point_name: str = ""
    focal_point_email: str = ""
    entry_mode: EntryMode | None = None
    default_currency: str = ""
    reference_year: int | None = None
    languages: str = "en"
    description: str = ""


@dataclass(frozen=True)
class ReadinessAnswer:
    criterion: ReadinessCriterion
    status: ReadinessStatus | None = None
    comment: str = ""
    evidence_document_id: str | None = None
    evidence_title: str = ""


@dataclass(frozen=True)
class ReadinessForm:
    answers: tuple[ReadinessAnswer, ...] = ()
    nfp_confirmed: bool = False


@dataclass(frozen=True)
class DocumentInfo:
    document_id: str
    title: str
    file_name: str
    size_bytes: int
    sha256: str


@dataclass(frozen=True)
class StepProgress:
    number: int
    key: str
    title: str
    status: StepStatus
    completeness: int
    missing: tuple[Message, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Narrative:
    """A text block of the profile: part A-D, a wizard section, and whether it is done."""

    part: ProfilePart
    section: str
    text: str = ""
    done: bool = False
