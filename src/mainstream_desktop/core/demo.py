"""The demo data: a workspace for each of the eight IOM-UNDP pilot countries with the real UN
DESA immigrant-stock series (International Migrant Stock 2019, Table 1), and Jamaica and
Moldova worked in more depth (readiness assessed, focal points named).

Loading is idempotent: a workspace that already exists is left as it is. Figures tagged [ILL] in
the domain notes are marked "demo" in their notes so nobody mistakes them for statistics.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from mainstream_desktop.core import demo_profile
from mainstream_desktop.core.dto import ReadinessAnswer, ReadinessForm, WorkspaceForm
from mainstream_desktop.core.demo_participation import load_participation
from mainstream_desktop.core.demo_planning import load_planning
from mainstream_desktop.core.demo_review import load_hub_records, load_review
from mainstream_desktop.core.documents import DocumentService
from mainstream_desktop.core.observations import ObservationService
from mainstream_desktop.core.records import RecordService
from mainstream_desktop.core.readiness import ReadinessService
from mainstream_desktop.core.reference_labels import labels_in
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.core.workspaces import WorkspaceService
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.enums import (
    Direction,
    EntryMode,
    PeriodType,
    ProgrammePhase,
    ReadinessCriterion as R,
    ReadinessStatus as S,
)
from mainstream_desktop.enums import ProfilePart
from mainstream_desktop.models.profile import DataSource, Observation, ProfileNarrative, SectorImpact
from mainstream_desktop.models.reference import Country
from mainstream_desktop.resource_files import read_csv_rows

Progress = Callable[[int, int, str], None]
DEMO_REFERENCE_YEAR = 2019
UNDESA_TABLE = "UN DESA IMS 2019 rev., Table 1"  # as the UN DESA reader writes it
UNDESA_SOURCE = "UN DESA International Migrant Stock, 2019 revision"
DEMO_NOTE = "demo: illustrative, not an official statement"

IN_DEPTH_READINESS: dict[str, tuple[tuple[R, S, str], ...]] = {
    "JAM": (
        (R.POLITICAL_ENDORSEMENT, S.MET, "Cabinet approved the National Policy on International Migration "
                                         "and Development process; policy tabled in Parliament June 2017."),
        (R.LEAD_DESIGNATED, S.MET, "The Planning Institute of Jamaica (PIOJ) is the government's "
                                   "migration and development focal point."),
        (R.FUNDING, S.MET, "Swiss Agency for Development and Cooperation funds the IOM-UNDP joint programme."),
        (R.UNCT_LEAD, S.MET, "IOM and UNDP co-lead for the UN country team."),
        (R.PLANNING_WINDOW, S.PARTLY, "Vision 2030 Jamaica is in implementation; its medium-term "
                                      "framework is revised every three years."),
        (R.EXISTING_ANALYSIS, S.MET, "Migration profile published in 2010 (EU-funded), the first in "
                                     "the Caribbean."),
        (R.STATISTICS_OFFICE, S.PARTLY, "STATIN sits on the national working group; data-sharing "
                                        "agreements are still being negotiated."),
    ),
    "MDA": (
        (R.POLITICAL_ENDORSEMENT, S.MET, "GD No. 725 of 8 September 2017 set up the coordination "
                                         "mechanism for diaspora, migration and development."),
        (R.LEAD_DESIGNATED, S.MET, "The State Chancellery's Diaspora Relations Bureau coordinates, "
                                   "monitors and evaluates."),
        (R.FUNDING, S.MET, "SDC funding; UNDP-managed share USD 254,700 (2012-2018)."),
        (R.UNCT_LEAD, S.MET, "IOM is the UN lead partner for the pilot."),
        (R.PLANNING_WINDOW, S.MET, "National Development Strategy Moldova 2020 and sector strategies."),
        (R.EXISTING_ANALYSIS, S.MET, "Extended Migration Profile produced by the BMA under GD 634/2012."),
        (R.STATISTICS_OFFICE, S.MET, "The National Bureau of Statistics contributes to the extended "
                                     "migration profile indicator list."),
    ),
}
IN_DEPTH_FOCAL_POINTS = {
    "JAM": "Focal point for migration and development, PIOJ (demo)",
    "MDA": "Head of the Diaspora Relations Bureau (demo)",
}


@dataclass(frozen=True)
class DemoOutcome:
    created: tuple[str, ...]
    already_present: tuple[str, ...]
    observations: int


def load_demo(
    uow_factory: UnitOfWorkFactory,
    workspaces: WorkspaceService,
    readiness: ReadinessService,
    progress: Progress | None = None,
    participation: tuple[RecordService, DocumentService] | None = None,
) -> DemoOutcome:
    """Create the pilot workspaces that are missing; ``participation`` (the record and document
    services) also fills steps 2 to 6 for Jamaica and Moldova.

    The demo finds some records by their English labels (a piece of evidence by "Sector impact:
    Health ..."), so it reads labels in English whatever the window's language is."""
    with labels_in("en"):
        return _load_demo(uow_factory, workspaces, readiness, progress, participation)


def _load_demo(uow_factory: UnitOfWorkFactory, workspaces: WorkspaceService, readiness: ReadinessService,
               progress: Progress | None, participation: tuple[RecordService, DocumentService] | None) -> DemoOutcome:
    pilots = list(read_csv_rows("reference", "pilot_workspaces.csv"))
    stock = list(read_csv_rows("reference", "demo_immigrant_stock.csv"))
    existing = {summary.code for summary in workspaces.list_workspaces()}
    created, present, observations = [], [], 0
    for index, pilot in enumerate(pilots):
        code = pilot["iso3"]
        if progress:
            progress(index, len(pilots), code)
        if code in existing:
            present.append(code)
            continue
        workspaces.create(_workspace_form(uow_factory, pilot))
        if code in IN_DEPTH_READINESS:
            readiness.save(code, ReadinessForm(tuple(
                ReadinessAnswer(criterion, status, comment)
                for criterion, status, comment in IN_DEPTH_READINESS[code]), nfp_confirmed=True))
        observations += _add_immigrant_stock(uow_factory, code, [r for r in stock if r["iso3"] == code])
        observations += _add_profile(uow_factory, code)
        if participation is not None:
            load_participation(participation[0], participation[1], code)
            load_planning(participation[0], participation[1], code)
            load_review(participation[0], uow_factory, code)
        created.append(code)
    if participation is not None and created:
        load_hub_records(uow_factory, participation[0])
    if progress:
        progress(len(pilots), len(pilots), "")
    return DemoOutcome(tuple(created), tuple(present), observations)


def _workspace_form(uow_factory: UnitOfWorkFactory, pilot: dict[str, str]) -> WorkspaceForm:
    code = pilot["iso3"]
    with uow_factory() as uow:
        country = uow.session.get(Country, code)
        name = country.name_en if country else code
        currency = (country.currency_code if country else None) or "USD"
    phases = [ProgrammePhase(p) for p in pilot["phases"].split(";") if p]
    return WorkspaceForm(
        code=code, country_iso3=code,
        title=f"Mainstreaming Migration \u2013 {name}",
        programme_phase=phases[-1] if phases else None,
        start_date=date.fromisoformat(pilot["start"]), end_date=date.fromisoformat(pilot["end"]),
        donor="Swiss Agency for Development and Cooperation (SDC)",
        lead_institution=pilot["lead_institution"],
        focal_point_name=IN_DEPTH_FOCAL_POINTS.get(code, ""),
        entry_mode=EntryMode(pilot["entry_mode"]),
        default_currency=currency, reference_year=DEMO_REFERENCE_YEAR,
        description=("IOM-UNDP joint global programme 'Mainstreaming Migration into National "
                     f"Development Strategies'. National counterpart: {pilot.get('counterpart', '')}. "
                     f"Phases: {', '.join(p.value for p in phases)}."),
    )


def _add_immigrant_stock(uow_factory: UnitOfWorkFactory, code: str, rows: list[dict[str, str]]) -> int:
    with uow_factory() as uow:
        workspace = workspace_by_code(uow.session, code)
        source = uow.session.scalars(select(DataSource).where(
            DataSource.workspace_id == workspace.id, DataSource.global_source_code == "UNDESA_IMS")).first()
        if source is None:
            source = DataSource(
                workspace_id=workspace.id, name=UNDESA_SOURCE,
                global_source_code="UNDESA_IMS", source_type="INTERNATIONAL_DB", periodicity="ADHOC",
                last_reference_year=2019, has_country_of_birth=True, has_citizenship=True,
                has_sex_age=True, access="PUBLIC",
                url_or_reference="https://www.un.org/development/desa/pd/content/international-migrant-stock",
                quality_rating=4,
                gap_notes="Five-yearly estimates only; country of birth or citizenship depending on the "
                          "country (type of data B or C); refugees added where marked R.")
            uow.session.add(source)
            uow.session.flush()
        for row in rows:
            midyear = date(int(row["year"]), 7, 1)
            uow.session.add(Observation(
                workspace_id=workspace.id, indicator_code="MIG_STOCK_IMM",
                period_start=midyear, period_end=midyear, period_type=PeriodType.POINT,
                sex=row["sex"], direction=Direction.IMMIGRATION, value=float(row["value"]),
                unit_code="PERSONS", data_type_flag=row["data_type"], source_id=source.id,
                source_table_ref=UNDESA_TABLE))
        return len(rows)


def _add_profile(uow_factory: UnitOfWorkFactory, code: str) -> int:
    """Jamaica's and Moldova's step 1 demo content, through the same validation as user edits."""
    content = {"JAM": demo_profile.jamaica, "MDA": demo_profile.moldova}.get(code)
    if content is None:
        return 0
    rows = content()
    with uow_factory() as uow:
        workspace = workspace_by_code(uow.session, code)
        source_ids: dict[str, str] = {}
        for key in sorted({source for source, _form in rows}):
            info = demo_profile.SOURCES[key]
            source = DataSource(workspace_id=workspace.id, name=info.name, source_type=info.source_type,
                                periodicity="ADHOC", url_or_reference=info.reference, gap_notes=info.gap_notes,
                                access="PUBLIC")
            uow.session.add(source)
            uow.session.flush()
            source_ids[key] = str(source.id)
        for area, channel, effect, magnitude, strength, narrative in demo_profile.SECTOR_IMPACTS.get(code, ()):
            uow.session.add(SectorImpact(workspace_id=workspace.id, policy_area=area, channel=channel, effect=effect,
                                         magnitude=magnitude, evidence_strength=strength, narrative=narrative))
        for part, text in demo_profile.NARRATIVES.get(code, {}).items():
            uow.session.add(ProfileNarrative(workspace_id=workspace.id, part=ProfilePart(part), text=text))
    edits = [(None, replace(form, source_id=source_ids[source])) for source, form in rows]
    ObservationService(uow_factory).save_many(code, edits)
    return len(edits)
