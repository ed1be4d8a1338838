"""Preview and apply of a parsed table: counts, idempotence, updates, rejections, atomicity."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

from mainstream_desktop.core.imports.schema import CANONICAL_COLUMNS, ParsedTable, RejectedRow
from mainstream_desktop.core.observation_dto import ObservationFilter


def canonical(country: str, year: int, value: float, sex: str = "T", **overrides) -> dict:
    row = {
        "country_iso3": country, "indicator_code": "MIG_STOCK_IMM", "indicator_label": "",
        "period_start": date(year, 7, 1), "period_end": date(year, 7, 1), "period_type": "POINT",
        "sex": sex, "age_group": "TOTAL", "partner_country": "_T", "direction": "IMMIGRATION",
        "migration_type": "_T", "voluntariness": "_T", "duration_class": "_T", "skill_level": "_T",
        "occupation_isco": "_T", "education_isced": "_T", "sector_isic": "_T", "value": value,
        "unit_code": "PERSONS", "obs_status": "A", "data_type_flag": "B", "source_table_ref": "IMS test",
        "note": "", "origin": f"Table 1!{country}{year}{sex}",
    }
    row.update(overrides)
    return row


def table(rows: list[dict], rejected: list[RejectedRow] | None = None, name: str = "UN DESA test edition") -> ParsedTable:
    frame = pd.DataFrame(rows, columns=list(CANONICAL_COLUMNS))
    return ParsedTable("undesa", "UNDESA_IMS", name, frame, rejected or [])


def test_preview_writes_nothing_and_apply_twice_changes_nothing(demo_services):
    parsed = table([canonical("SRB", 2020, 800000.0), canonical("SRB", 2020, 380000.0, "M"),
                    canonical("SRB", 2020, 420000.0, "F"), canonical("JAM", 2020, 1.0)],
                   [RejectedRow("Table 1!R9", "country name 'Atlantis' is not recognised")])
    imports, observations = demo_services.table_imports, demo_services.observations
    before = observations.count("SRB")
    preview = imports.preview("SRB", parsed)
    assert (preview.counts.added, preview.counts.updated, preview.counts.unchanged) == (3, 0, 0)
    assert preview.counts.rejected == 1 and preview.counts.other_countries == 1
    assert not preview.applied and observations.count("SRB") == before
    applied = imports.apply("SRB", parsed)
    assert applied.counts.added == 3 and observations.count("SRB") == before + 3
    again = imports.apply("SRB", parsed)
    assert (again.counts.added, again.counts.updated, again.counts.unchanged) == (0, 0, 3)
    assert observations.count("SRB") == before + 3


def test_changed_values_are_updates_with_a_new_revision(demo_services):
    imports, observations = demo_services.table_imports, demo_services.observations
    imports.apply("SRB", table([canonical("SRB", 2020, 800000.0)]))
    report = imports.apply("SRB", table([canonical("SRB", 2020, 810000.0)]))
    assert (report.counts.added, report.counts.updated) == (0, 1)
    rows = observations.page("SRB", ObservationFilter(text="UN DESA test edition"))
    assert [r.form.value for r in rows] == [810000.0]


def test_invalid_rows_are_rejected_with_their_reason_and_the_rest_imported(demo_services):
    parsed = table([canonical("SRB", 2020, -5.0), canonical("SRB", 2015, 10.0),
                    canonical("SRB", 2015, 11.0)])
    report = demo_services.table_imports.apply("SRB", parsed)
    assert report.counts.added == 1 and report.counts.rejected == 2
    reasons = [r.reason for r in report.rejected]
    assert any("cannot be negative" in reason for reason in reasons)
    assert any("same cell" in reason for reason in reasons)


def test_missing_values_import_as_missing(demo_services):
    parsed = table([canonical("SRB", 2020, math.nan, obs_status="M")])
    report = demo_services.table_imports.apply("SRB", parsed)
    assert report.counts.added == 1
    row = demo_services.observations.page("SRB", ObservationFilter(text="UN DESA test edition"))[0]
    assert row.form.value is None and row.form.obs_status.value == "M"


def test_imported_source_joins_the_inventory_once(demo_services):
    imports = demo_services.table_imports
    imports.apply("SRB", table([canonical("SRB", 2020, 1.0)]))
    imports.apply("SRB", table([canonical("SRB", 2015, 1.0)]))
    rows = demo_services.observations.page("SRB", ObservationFilter(text="UN DESA test edition"))
    assert len({r.form.source_id for r in rows}) == 1
