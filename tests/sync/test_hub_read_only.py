"""A hub holding a country's workspace reviews it but does not change the country's records
(core/ownership.py); it still writes the review layer."""

from __future__ import annotations

from pathlib import Path

import pytest

from mainstream_desktop.core.errors import InvalidInput
from mainstream_desktop.core.participation_specs import INSTITUTIONS
from mainstream_desktop.core.review_specs import LESSONS
from mainstream_desktop.core.site_identity import create_local_site
from mainstream_desktop.enums import SiteKind
from mainstream_desktop.paths import DataPaths
from mainstream_desktop.sync.exchange import ExchangeService
from tests.stores import Store, start_from_template


@pytest.fixture
def hub_with_jam(demo_services, store: Store, store_template: DataPaths, tmp_path: Path):  # type: ignore[no-untyped-def]
    paths = DataPaths(tmp_path / "hub")
    start_from_template(store, store_template, paths)
    hub = store.open(paths, actor="hugo", create_identity=False)
    create_local_site(hub.uow, paths.keys, "GMG hub", SiteKind.HUB)
    country_exchange = ExchangeService(demo_services.uow, demo_services.paths)
    hub_exchange = ExchangeService(hub.uow, hub.paths)
    hub_exchange.keys.trust(country_exchange.keys.local_card(), ["JAM"])
    bundle = tmp_path / "jam.mdbundle"
    country_exchange.export("JAM", bundle, full=True)
    hub_exchange.import_bundle(bundle)
    try:
        yield hub
    finally:
        hub.close()


def test_the_hub_cannot_change_a_country_record_but_writes_the_review_layer(hub_with_jam, demo_services) -> None:  # type: ignore[no-untyped-def]
    hub = hub_with_jam
    row = hub.records.rows("JAM", INSTITUTIONS)[0]
    problem = hub.records.read_only_problem("JAM", INSTITUTIONS)
    assert problem is not None and problem.code == "read_only" and demo_services.site().name in str(problem.message)
    with pytest.raises(InvalidInput):
        hub.records.save("JAM", INSTITUTIONS, {**row.values, "acronym": "CHANGED"}, row.id)
    with pytest.raises(InvalidInput):
        hub.records.delete("JAM", INSTITUTIONS, row.id)
    assert hub.records.read_only_problem("JAM", LESSONS) is None
    hub.records.save("JAM", LESSONS, {"theme": "DATA", "what_happened": "Seen at the hub.", "applicability": "GENERAL"})
    assert demo_services.records.read_only_problem("JAM", INSTITUTIONS) is None  # the country keeps its rights


def test_the_hub_cannot_change_a_countrys_numbers_by_table_import_or_edit(hub_with_jam, demo_services) -> None:  # type: ignore[no-untyped-def]
    """The profile's numbers are the country's records too: the hub's table import (preview and
    apply, as ``mainstream import-table`` calls them), its edits and deletions are refused with the
    same message, and nothing changes; the country itself still imports."""
    from mainstream_desktop.core.observation_dto import ObservationFilter
    from tests.core.test_table_import_apply import canonical, table

    hub = hub_with_jam
    before = hub.observations.count("JAM")
    row = hub.observations.page("JAM", ObservationFilter())[0]
    parsed = table([canonical("JAM", 2020, 12000.0)])
    attempts = [lambda: hub.table_imports.preview("JAM", parsed), lambda: hub.table_imports.apply("JAM", parsed),
                lambda: hub.observations.save("JAM", row.form, row.id),
                lambda: hub.observations.delete("JAM", [row.id])]
    for attempt in attempts:
        with pytest.raises(InvalidInput) as refused:
            attempt()
        assert refused.value.problems[0].code == "read_only"
        assert demo_services.site().name in str(refused.value.problems[0].message)
    assert hub.observations.count("JAM") == before
    assert demo_services.table_imports.apply("JAM", parsed).counts.added == 1
