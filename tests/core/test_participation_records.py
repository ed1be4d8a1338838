"""The registry and the step 2, 3 and 6 records: references, consent, cross-field rules."""

from __future__ import annotations

from datetime import date

import pytest

from mainstream_desktop.core import participation_specs as specs
from mainstream_desktop.core.errors import InvalidInput


def institution(services, code="JAM", name="Institute for Migration Tests") -> str:
    return services.records.save(code, specs.INSTITUTIONS, {
        "name": name, "acronym": "PIOJ", "institution_type": "AGENCY", "government_level": "NATIONAL",
        "sector_codes": "DAT"})


def test_contact_data_without_consent_is_refused_with_a_clear_message(demo_services):
    with pytest.raises(InvalidInput) as refused:
        demo_services.records.save("JAM", specs.PEOPLE, {"full_name": "A. Person", "email": "a.person@example.org"})
    assert "consent" in str(refused.value)
    saved = demo_services.records.save("JAM", specs.PEOPLE, {
        "full_name": "A. Person", "email": "a.person@example.org", "contact_consent": True,
        "consent_date": date(2016, 3, 1)})
    assert any(row.id == saved for row in demo_services.records.rows("JAM", specs.PEOPLE))
    with pytest.raises(InvalidInput) as malformed:
        demo_services.records.save("JAM", specs.PEOPLE, {"full_name": "B", "email": "nope", "contact_consent": True})
    assert "e-mail" in str(malformed.value)


def test_references_must_point_into_the_same_workspace(demo_services):
    jamaica = institution(demo_services)
    moldova = institution(demo_services, "MDA", "Institute for Moldovan Tests")
    person = demo_services.records.save("JAM", specs.PEOPLE, {"full_name": "Focal point", "institution_id": jamaica})
    row = next(r for r in demo_services.records.rows("JAM", specs.PEOPLE) if r.id == person)
    assert row.values["institution_id"] == jamaica
    with pytest.raises(InvalidInput) as refused:
        demo_services.records.save("JAM", specs.PEOPLE, {"full_name": "Wrong", "institution_id": moldova})
    assert "not in this workspace" in str(refused.value)
    assert "Institute for Migration Tests" in [c.label for c in demo_services.records.choices("JAM", "institution")]


def test_formal_legal_basis_needs_its_reference(demo_services):
    chair = institution(demo_services)
    values = {"name": "NWGIMD", "kind": "TECHNICAL_WORKING_GROUP", "legal_basis": "DECREE", "status": "ACTIVE",
              "chair_institution_id": chair}
    with pytest.raises(InvalidInput) as refused:
        demo_services.records.save("JAM", specs.MECHANISMS, values)
    assert "legal reference" in str(refused.value)
    demo_services.records.save("JAM", specs.MECHANISMS, {**values, "legal_reference": "Cabinet Decision 2011"})


def test_decided_inputs_need_a_rationale_and_stakeholder_contacts_need_consent(demo_services):
    with pytest.raises(InvalidInput):
        demo_services.records.save("JAM", specs.INPUTS, {"text": "Lower remittance fees", "disposition": "ACCEPTED"})
    demo_services.records.save("JAM", specs.INPUTS, {"text": "Lower remittance fees", "disposition": "PENDING"})
    person = demo_services.records.save("JAM", specs.PEOPLE, {"full_name": "Diaspora contact"})
    base = {"name": "Diaspora association", "stakeholder_group": "DIASPORA_ORGANISATION",
            "engagement_level": "CONSULT", "contact_person_id": person}
    with pytest.raises(InvalidInput) as refused:
        demo_services.records.save("JAM", specs.STAKEHOLDERS, base)
    assert "consent" in str(refused.value)
    demo_services.records.save("JAM", specs.STAKEHOLDERS, {**base, "consent_to_store_contact": True})


def test_projects_check_dates_amounts_and_currency(demo_services):
    partner = demo_services.records.save("JAM", specs.PARTNERS, {"name": "SDC", "partner_type": "BILATERAL_DONOR"})
    project = {"title": "MM phase II", "partner_id": partner, "status": "ONGOING", "currency": "USD",
               "budget_total": 900000.0, "disbursed_to_date": 950000.0}
    with pytest.raises(InvalidInput) as over:
        demo_services.records.save("JAM", specs.PROJECTS, project)
    assert "disbursed" in str(over.value)
    with pytest.raises(InvalidInput):
        demo_services.records.save("JAM", specs.PROJECTS, {**project, "disbursed_to_date": 1.0, "currency": "XYZ"})
    with pytest.raises(InvalidInput):
        demo_services.records.save("JAM", specs.PROJECTS, {**project, "disbursed_to_date": 1.0,
                                                           "start_date": date(2018, 1, 1), "end_date": date(2014, 1, 1)})
    with pytest.raises(InvalidInput):
        demo_services.records.save("JAM", specs.PROJECTS, {**project, "disbursed_to_date": -1.0})
    saved = demo_services.records.save("JAM", specs.PROJECTS, {**project, "disbursed_to_date": 450000.0})
    assert saved


def test_attached_documents_must_belong_to_the_workspace(demo_services, tmp_path):
    tor = tmp_path / "tor.txt"
    tor.write_text("Terms of reference of the working group")
    document = demo_services.documents.add("JAM", tor)
    other = demo_services.documents.add("MDA", tor)
    chair = institution(demo_services)
    values = {"name": "NWGIMD", "kind": "TECHNICAL_WORKING_GROUP", "legal_basis": "TOR_ONLY", "status": "ACTIVE",
              "chair_institution_id": chair, "legal_reference": "ToR adopted at the first meeting, 2011"}
    with pytest.raises(InvalidInput):
        demo_services.records.save("JAM", specs.MECHANISMS, {**values, "tor_document_id": other.document_id})
    saved = demo_services.records.save("JAM", specs.MECHANISMS, {**values, "tor_document_id": document.document_id})
    row = next(r for r in demo_services.records.rows("JAM", specs.MECHANISMS) if r.id == saved)
    assert row.values["tor_document_id"] == document.document_id


def test_the_registry_holds_each_institution_once(demo_services):
    with pytest.raises(InvalidInput) as refused:
        institution(demo_services, name="planning institute of jamaica")  # made by step 0 as the lead institution
    assert "already" in str(refused.value)
    first = institution(demo_services, name="Jamaica Test Bank")
    demo_services.records.save("JAM", specs.INSTITUTIONS, {  # editing the same record keeps its name
        "name": "Jamaica Test Bank", "acronym": "JTB", "institution_type": "CENTRAL_BANK",
        "government_level": "NATIONAL", "sector_codes": "FIN"}, first)


def test_completeness_checks_chairs_meeting_dates_and_event_topics(services):
    from mainstream_desktop.core.dto import WorkspaceForm

    services.workspaces.create(WorkspaceForm(code="KEN", country_iso3="KEN", title="Kenya"))
    chair = institution(services, "KEN")
    mechanism = services.records.save("KEN", specs.MECHANISMS, {
        "name": "NCM", "kind": "TECHNICAL_WORKING_GROUP", "legal_basis": "INFORMAL", "status": "ACTIVE",
        "established_date": date(2016, 5, 1)})
    services.records.save("KEN", specs.MEETINGS, {"mechanism_id": mechanism, "meeting_date": date(2016, 1, 10),
                                                  "meeting_type": "REGULAR"})
    services.records.save("KEN", specs.EVENTS, {"title": "Diaspora forum", "event_type": "DIASPORA_FORUM",
                                                "event_date": date(2017, 1, 1)})
    progress = services.status.workspace_progress("KEN")
    government = [str(m) for m in progress[2].missing]
    assert any("exactly one chair" in m and "NCM" in m for m in government)
    assert any("before their mechanism was established: 2016-01-10" in m for m in government)
    assert any("one topic and one stakeholder present: Diaspora forum" in str(m) for m in progress[3].missing)
    services.records.save("KEN", specs.MEMBERS, {"mechanism_id": mechanism, "institution_id": chair,
                                                 "member_role": "CHAIR"})
    government = [str(m) for m in services.status.workspace_progress("KEN")[2].missing]
    assert not any("exactly one chair" in m for m in government)
