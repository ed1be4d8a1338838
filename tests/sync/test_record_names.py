"""How a window names a record and shows its values (``sync.status``): the record's title and
label, its fields' labels, and a code field's codes by their labels, back and forth. Qt-free, on a
real database with the demo."""

from __future__ import annotations

from mainstream_desktop.core.participation_specs import INSTITUTIONS
from mainstream_desktop.core.services import Services
from mainstream_desktop.sync.status import code_labels, coded, labelled, record_names


def test_a_records_name_field_labels_and_code_lists(demo_services: Services) -> None:
    row = demo_services.records.rows("JAM", INSTITUTIONS)[0]
    name = record_names(demo_services.uow, [("institution", row.id)])[("institution", row.id)]
    assert name.label == row.values["name"] and name.field_labels["acronym"] == "Acronym"
    assert name.code_lists == {"institution_type": "INSTITUTION_TYPE", "government_level": "GOVERNMENT_LEVEL"}
    unknown = record_names(demo_services.uow, [("no_such_table", row.id)])[("no_such_table", row.id)]
    assert (unknown.title, unknown.label, unknown.code_lists) == ("no_such_table", "", {})


def test_codes_by_their_labels_and_labels_back_to_codes(demo_services: Services) -> None:
    row = demo_services.records.rows("JAM", INSTITUTIONS)[0]
    names = record_names(demo_services.uow, [("institution", row.id)]).values()
    labels = code_labels(demo_services.reference, names)
    types = labels[("institution", "institution_type")]
    assert types["CENTRAL_BANK"] == "Central bank" and ("institution", "acronym") not in labels
    assert labelled(types, "CENTRAL_BANK") == "Central bank"
    assert labelled(types, "NOT_A_CODE") == "NOT_A_CODE" and labelled(types, None) is None
    assert labelled(None, "CENTRAL_BANK") == "CENTRAL_BANK" and labelled(types, 3) == 3
    assert coded(types, "central BANK") == "CENTRAL_BANK" and coded(types, "Central bank") == "CENTRAL_BANK"
    assert coded(types, "Something else") == "Something else" and coded(None, "Central bank") == "Central bank"
    assert coded(types, None) is None
    assert all(coded(types, labelled(types, code)) == code for code in types)


def test_every_synced_table_has_a_title_for_the_exchange_windows() -> None:
    """The drill-down, the history and the conflict queue name a record's table by its title;
    a synced table without one showed its database name (``step_state``, ``workspace``)."""
    import mainstream_desktop.models  # noqa: F401 - every model registered
    from mainstream_desktop.models.base import Base, SyncedRecord
    from mainstream_desktop.sync.status import table_titles

    titles = table_titles()
    synced = {mapper.class_.__tablename__ for mapper in Base.registry.mappers if issubclass(mapper.class_, SyncedRecord)}
    assert synced <= set(titles), sorted(synced - set(titles))
    assert all(titles[table] != table and titles[table][0].isupper() for table in synced)
