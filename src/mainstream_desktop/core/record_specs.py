"""Declarative descriptions of the simple record tables the wizards edit (data sources, sector
impacts, governance items, findings...): which fields, of what kind, from which code list,
required or not, within which bounds. ``RecordService`` validates and stores any of them, and
the window's generic record editor draws them, so each new table is a spec, not new code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from enum import StrEnum

from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP
from mainstream_desktop.core.problems import Problem

CONTEXT = "records"


class FieldKind(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    INTEGER = "integer"
    CODE = "code"          # one code of a shipped code list
    COUNTRY = "country"    # an ISO 3166 alpha-3 code
    BOOLEAN = "boolean"
    DATE = "date"
    DECIMAL = "decimal"    # a non-negative amount (budgets, costs)
    NUMBER = "number"      # any real number (baselines, targets, actuals, weights)
    RECORD = "record"      # the id of another record of the workspace (``references`` names its spec)
    DOCUMENT = "document"  # the id of an attached evidence document
    EVIDENCE = "evidence"  # "TYPE:id" of a piece of evidence (finding, sector impact, indicator...)


@dataclass(frozen=True)
class RecordRow:
    """One stored record as the editor shows it: its id and its values by field name."""

    id: str
    values: Mapping[str, Any]


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    code_list: str = ""
    required: bool = False
    minimum: int | None = None
    maximum: int | None = None
    references: str = ""   # for RECORD fields: the key of the referenced spec
    parent_field: str = ""  # for CODE fields: the field whose value is the parent code of the choices
    personal: bool = False  # personal data: left out of exports "without personal data"


@dataclass(frozen=True)
class Suggestion:
    """Values a spec proposes for a record being edited (e.g. a baseline from the profile), with
    a sentence saying where they come from."""

    values: Mapping[str, Any]
    source: str
    arguments: Mapping[str, Any]


StoreRule = Callable[[Any, Any, Mapping[str, Any], "str | None"], list[Problem]]
"""A check that needs the stored records: (session, workspace id, values, record id) -> problems."""
Suggester = Callable[[Any, Any, Mapping[str, Any]], "Suggestion | None"]


@dataclass(frozen=True)
class RecordSpec:
    key: str               # stable name, e.g. "data_source"
    title: str
    model: str             # "module:Class" of the ORM model, resolved by RecordService
    fields: tuple[FieldSpec, ...]
    order_by: str = ""
    label_field: str = "name"  # what a reference to this record shows
    rules: tuple[Callable[[Mapping[str, Any]], list[Problem]], ...] = ()  # checks across fields (pure)
    unique: tuple[str, ...] = ()  # fields whose value (ignoring case) no other live record may repeat
    step: int | None = None  # the handbook step a save moves to "in progress" (None: shared registry)
    store_rules: tuple[StoreRule, ...] = ()  # checks against other stored records, run inside the save
    suggest: Suggester | None = None  # proposes values from other records (the editor offers them)
    suggest_label: str = ""  # the editor's button for the suggestion
    cross_country: bool = False  # the hub's records of no one workspace (peer exchanges, handbook proposals)


T = QT_TRANSLATE_NOOP
K = FieldKind

DATA_SOURCES = RecordSpec("data_source", T(CONTEXT, "Data sources and gaps"), "profile:DataSource", (
    FieldSpec("name", T(CONTEXT, "Name"), required=True),
    FieldSpec("source_type", T(CONTEXT, "Type"), K.CODE, "DATA_SOURCE_TYPE", required=True),
    FieldSpec("periodicity", T(CONTEXT, "Periodicity"), K.CODE, "PERIODICITY"),
    FieldSpec("last_reference_year", T(CONTEXT, "Latest year"), K.INTEGER, minimum=1900, maximum=2100),
    FieldSpec("has_country_of_birth", T(CONTEXT, "Country of birth"), K.BOOLEAN),
    FieldSpec("has_citizenship", T(CONTEXT, "Citizenship"), K.BOOLEAN),
    FieldSpec("has_sex_age", T(CONTEXT, "Sex and age"), K.BOOLEAN),
    FieldSpec("access", T(CONTEXT, "Access"), K.CODE, "ACCESS_LEVEL"),
    FieldSpec("quality_rating", T(CONTEXT, "Quality (1-5)"), K.INTEGER, minimum=1, maximum=5),
    FieldSpec("url_or_reference", T(CONTEXT, "Reference")),
    FieldSpec("gap_notes", T(CONTEXT, "Gaps"), K.LONG_TEXT),
), order_by="name", step=1)

SECTOR_IMPACTS = RecordSpec("sector_impact", T(CONTEXT, "Sectors affected"), "profile:SectorImpact", (
    FieldSpec("policy_area", T(CONTEXT, "Policy area"), K.CODE, "POLICY_AREA", required=True),
    FieldSpec("channel", T(CONTEXT, "Channel"), K.CODE, "IMPACT_CHANNEL", required=True),
    FieldSpec("effect", T(CONTEXT, "Effect"), K.CODE, "IMPACT_EFFECT", required=True),
    FieldSpec("magnitude", T(CONTEXT, "Magnitude (1-3)"), K.INTEGER, minimum=1, maximum=3),
    FieldSpec("evidence_strength", T(CONTEXT, "Evidence"), K.CODE, "EVIDENCE_STRENGTH", required=True),
    FieldSpec("narrative", T(CONTEXT, "Explanation"), K.LONG_TEXT),
), order_by="policy_area", label_field="policy_area", step=1)

GOVERNANCE_ITEMS = RecordSpec("governance_item", T(CONTEXT, "Governance"), "profile:GovernanceItem", (
    FieldSpec("kind", T(CONTEXT, "Kind"), K.CODE, "GOVERNANCE_KIND", required=True),
    FieldSpec("title", T(CONTEXT, "Title"), required=True),
    FieldSpec("adoption_date", T(CONTEXT, "Adopted"), K.DATE),
    FieldSpec("legal_reference", T(CONTEXT, "Legal reference")),
    FieldSpec("status", T(CONTEXT, "Status"), K.CODE, "GOVERNANCE_STATUS", required=True),
    FieldSpec("partner_country", T(CONTEXT, "Partner country"), K.COUNTRY),
    FieldSpec("topics", T(CONTEXT, "Topics")),
), order_by="title", label_field="title", step=1)

FINDINGS = RecordSpec("profile_finding", T(CONTEXT, "Findings and recommendations"), "profile:ProfileFinding", (
    FieldSpec("kind", T(CONTEXT, "Kind"), K.CODE, "FINDING_KIND", required=True),
    FieldSpec("text", T(CONTEXT, "Text"), K.LONG_TEXT, required=True),
    FieldSpec("policy_area", T(CONTEXT, "Policy area"), K.CODE, "POLICY_AREA"),
    FieldSpec("priority", T(CONTEXT, "Priority (1-3)"), K.INTEGER, minimum=1, maximum=3),
), order_by="kind", label_field="text", step=1)

PROFILE_RECORDS = (DATA_SOURCES, SECTOR_IMPACTS, GOVERNANCE_ITEMS, FINDINGS)
