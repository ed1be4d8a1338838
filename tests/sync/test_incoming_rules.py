"""The rules an incoming record must pass (sync/incoming_rules.py), on a real data folder."""

from __future__ import annotations

from datetime import date

from mainstream_desktop.core.reference_data import ReferenceData
from mainstream_desktop.sync.incoming_rules import IncomingRules


def rules_of(services) -> IncomingRules:  # type: ignore[no-untyped-def]
    return IncomingRules(ReferenceData(services.uow))


def test_a_valid_new_institution_passes(services) -> None:  # type: ignore[no-untyped-def]
    rules = rules_of(services)
    assert rules.covers("institution")
    assert rules.new_record_problem("institution", {"name": "Ministry of Labour", "acronym": "MoL",
                                                    "institution_type": "MINISTRY",
                                                    "government_level": "NATIONAL"}) == ""


def test_a_new_record_without_a_required_field_is_refused_with_the_field_named(services) -> None:  # type: ignore[no-untyped-def]
    problem = rules_of(services).new_record_problem("institution", {"name": "  ", "acronym": "X"})
    assert "Name" in problem and "required" in problem


def test_a_code_outside_its_list_is_refused(services) -> None:  # type: ignore[no-untyped-def]
    problem = rules_of(services).changed_fields_problem("institution", {"institution_type": "NOT_A_TYPE"})
    assert "NOT_A_TYPE" in problem


def test_a_change_is_checked_field_by_field_only(services) -> None:  # type: ignore[no-untyped-def]
    rules = rules_of(services)
    assert rules.changed_fields_problem("institution", {"acronym": "NEW"}) == ""
    assert "required" in rules.changed_fields_problem("institution", {"name": ""})


def test_tables_without_a_spec_are_left_to_the_database(services) -> None:  # type: ignore[no-untyped-def]
    rules = rules_of(services)
    assert not rules.covers("observation")
    assert rules.new_record_problem("observation", {"value": "anything", "period_start": date(2020, 1, 1)}) == ""


def test_an_incoming_record_breaking_its_spec_is_rejected_with_the_reason(services, template_database,  # type: ignore[no-untyped-def]
                                                                          tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A partner's program without the spec's checks sends an institution without its level: the
    receiver rejects that one change, says why, and takes the rest of the bundle."""
    import shutil
    import uuid

    from sqlalchemy import select

    from mainstream_desktop.core.dto import WorkspaceForm
    from mainstream_desktop.core.participation_specs import INSTITUTIONS
    from mainstream_desktop.core.services import open_services
    from mainstream_desktop.models.government import Institution
    from mainstream_desktop.paths import DataPaths
    from mainstream_desktop.sync.exchange import ExchangeService

    services.workspaces.create(WorkspaceForm(code="KEN", country_iso3="KEN", title="Kenya"))
    good = services.records.save("KEN", INSTITUTIONS, {"name": "Ministry of Labour", "institution_type": "MINISTRY",
                                                        "government_level": "NATIONAL"})
    with services.uow() as uow:  # written past the record service, as another program might
        workspace_id = uow.session.get(Institution, uuid.UUID(good)).workspace_id
        uow.session.add(Institution(workspace_id=workspace_id, name="No level", institution_type="MINISTRY",
                                    government_level=""))
    receiver_paths = DataPaths(tmp_path / "receiver")
    receiver_paths.root.mkdir(parents=True)
    shutil.copyfile(template_database, receiver_paths.database)  # an empty data folder of its own
    receiver = open_services(receiver_paths, actor="receiver")
    try:
        sender, target = ExchangeService(services.uow, services.paths), ExchangeService(receiver.uow, receiver.paths)
        target.keys.trust(sender.keys.local_card(), ["KEN"])
        bundle = tmp_path / "ken.mdbundle"
        sender.export("KEN", bundle, full=True)
        report = target.import_bundle(bundle)
        assert report.counts["rejected"] == 1, report.counts
        assert any("Level" in why and "required" in why for _c, table, _r, why in report.details if table == "institution")
        with receiver.uow() as uow:
            names = set(uow.session.scalars(select(Institution.name)))
        assert "Ministry of Labour" in names and "No level" not in names
    finally:
        receiver.close()
