"""The participation and support charts (steps 2, 3 and 6): exact numbers in the data behind
each chart, built from rows written to a real SQLite data folder (with deleted rows that must
not count), and a real figure for a populated and an empty workspace."""

from __future__ import annotations

import io
import math
from datetime import UTC, date, datetime

import pytest

from mainstream_desktop.core.dto import WorkspaceForm
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.enums import InputDisposition as Disposition
from mainstream_desktop.enums import ResponsibilityRole as Role
from mainstream_desktop.models import government as gov
from mainstream_desktop.models import planning as plan
from mainstream_desktop.models import society as soc
from mainstream_desktop.models import support as sup
from mainstream_desktop.models.workspace import Document, Person
from mainstream_desktop.reports.participation_charts import (
    PARTICIPATION_CHARTS,
    PARTICIPATION_DRAWERS,
    build_participation_chart,
)
from mainstream_desktop.reports.participation_data import ParticipationChartData

GONE = datetime(2024, 1, 2, tzinfo=UTC)
TODAY = date(2024, 7, 1)


class Rows:
    """Adds rows to one workspace in an open session, flushing so each row has its id."""

    def __init__(self, session, workspace_code: str) -> None:
        self.session = session
        self.workspace_id = workspace_by_code(session, workspace_code).id

    def __call__(self, model, **fields):
        row = model(workspace_id=self.workspace_id, **fields)
        self.session.add(row)
        self.session.flush()
        return row


def seed_government(add: Rows) -> dict:
    mlss = add(gov.Institution, name="Ministry of Labour and Social Security", acronym="MLSS")
    moh = add(gov.Institution, name="Ministry of Health", acronym="")
    statin = add(gov.Institution, name="Statistical Institute of Jamaica", acronym="STATIN")
    pioj = add(gov.Institution, name="Planning Institute of Jamaica", acronym="PIOJ")
    old = add(gov.Institution, name="Old Ministry", acronym="OLD", deleted_at=GONE)
    for area, institution, role, deleted in (
            ("EMP", mlss, Role.LEAD, None), ("EMP", statin, Role.DATA_PROVIDER, None), ("HEA", moh, Role.LEAD, None),
            ("DAT", statin, Role.LEAD, None), ("EDU", pioj, Role.CONTRIBUTOR, None), ("DIA", pioj, Role.CONSULTED, None),
            ("FIN", mlss, Role.LEAD, GONE), ("SEC", old, Role.LEAD, None)):
        add(gov.SectorResponsibility, policy_area=area, institution_id=institution.id, role=role, deleted_at=deleted)
    mechanism = add(gov.CoordinationMechanism, name="NWGIMD", kind="TECHNICAL_WORKING_GROUP", status="ACTIVE")
    minutes = add(Document, title="Minutes 1", file_name="m1.pdf", size_bytes=10, sha256="a" * 64)
    people = [add(Person, full_name=name, institution_id=inst.id if inst else None)
              for name, inst in (("Ann", mlss), ("Bob", mlss), ("Cid", moh), ("Dee", None))]
    for person in people[:3]:
        add(gov.MechanismMember, mechanism_id=mechanism.id, institution_id=person.institution_id, person_id=person.id)
    first = add(gov.Meeting, mechanism_id=mechanism.id, meeting_date=date(2024, 3, 1), minutes_document_id=minutes.id)
    second = add(gov.Meeting, mechanism_id=mechanism.id, meeting_date=date(2024, 6, 1))
    gone = add(gov.Meeting, mechanism_id=mechanism.id, meeting_date=date(2024, 5, 1), deleted_at=GONE)
    add(gov.Meeting, mechanism_id=mechanism.id, meeting_date=date(2024, 6, 20))  # no attendance list yet
    for meeting, marks in ((first, (True, False, True)), (second, (True, True, False, True)), (gone, (True,))):
        for person, present in zip(people, marks, strict=False):
            add(gov.MeetingAttendance, meeting_id=meeting.id, person_id=person.id, present=present)
    add(gov.MeetingAttendance, meeting_id=first.id, person_id=people[3].id, present=True, deleted_at=GONE)
    for text, owner, due, status, deleted in (
            ("Draft the labour migration policy", mlss, date(2024, 5, 1), "OPEN", None),
            ("Cost the health workforce plan", moh, date(2024, 9, 1), "IN_PROGRESS", None),
            ("Circulate the ToR", mlss, date(2024, 1, 1), "DONE", None),
            ("Name a focal point", None, None, "OPEN", None),
            ("Deleted item", mlss, date(2024, 1, 1), "OPEN", GONE),
            ("Dropped item", mlss, date(2024, 1, 1), "DROPPED", None)):
        add(gov.ActionItem, meeting_id=first.id, description=text, owner_institution_id=owner.id if owner else None,
            due_date=due, status=status, deleted_at=deleted)
    return {"mlss": mlss}


def seed_society(add: Rows, priorities: dict) -> None:
    people = {name: add(soc.Stakeholder, name=name, stakeholder_group=group, interest=interest, influence=influence,
                        engagement_level=level, deleted_at=deleted)
              for name, group, interest, influence, level, deleted in (
                  ("UWI", "ACADEMIA_RESEARCH", 4, 5, "INVOLVE", None),
                  ("Mona Research", "ACADEMIA_RESEARCH", 4, 5, "EMPOWER", None),
                  ("Diaspora Council", "DIASPORA_ORGANISATION", 5, 2, "CONSULT", None),
                  ("NGO Network", "NGO_CSO", None, 3, "INFORM", None),
                  ("PSOJ", "PRIVATE_SECTOR_EMPLOYER", 2, 4, "INFORM", None),
                  ("Gone", "MEDIA", 3, 3, "INFORM", GONE))}
    workshop = add(soc.ConsultationEvent, title="Validation workshop", event_type="WORKSHOP",
                   event_date=date(2024, 4, 10), participants_female=12, participants_male=8, participants_other=1)
    forum = add(soc.ConsultationEvent, title="Diaspora forum", event_type="DIASPORA_FORUM",
                event_date=date(2024, 5, 20), participants_female=5, participants_male=7)
    gone = add(soc.ConsultationEvent, title="Gone", event_type="WORKSHOP", event_date=date(2024, 2, 1),
               participants_female=99, deleted_at=GONE)
    for event, name in ((workshop, "UWI"), (workshop, "NGO Network"), (forum, "Diaspora Council"), (forum, "UWI"),
                        (gone, "PSOJ"), (workshop, "Gone")):
        add(soc.EventStakeholder, event_id=event.id, stakeholder_id=people[name].id)
    for disposition, linked, deleted in (
            (Disposition.ACCEPTED, priorities["employment"], None), (Disposition.PARTLY_ACCEPTED, None, None),
            (Disposition.PENDING, None, None), (Disposition.REJECTED, None, None),
            (Disposition.NOTED, priorities["gone"], None), (Disposition.ACCEPTED, priorities["employment"], GONE)):
        add(soc.StakeholderInput, event_id=workshop.id, text="An input", disposition=disposition, rationale="why",
            linked_priority_id=linked.id if linked else None, deleted_at=deleted)


def seed_planning(add: Rows) -> dict:
    employment = add(plan.PolicyPriority, title="Skills recognition", policy_area="EMP")
    health = add(plan.PolicyPriority, title="Health workforce", policy_area="HEA")
    gone = add(plan.PolicyPriority, title="Deleted priority", policy_area="EDU", deleted_at=GONE)
    for priority, text, cost, currency, start, deleted in (
            (employment, "Skills recognition pilot", 100_000, "USD", None, None),
            (employment, "EU twinning", 50_000, "EUR", date(2015, 3, 1), None),
            (employment, "Uncosted action", None, "USD", None, None),
            (health, "Health workforce study", 30_000, "USD", None, None),
            (health, "Diaspora bond study", 80_000, "EUR", date(2019, 1, 1), None),
            (health, "Deleted action", 500_000, "USD", None, GONE),
            (gone, "Action of a deleted priority", 999, "USD", None, None)):
        add(plan.Action, priority_id=priority.id, description=text, cost_estimate=cost, currency=currency,
            start_date=start, deleted_at=deleted)
    return {"employment": employment, "health": health, "gone": gone}


def seed_support(add: Rows, priorities: dict) -> None:
    partners = {name: add(sup.DevelopmentPartner, name=name, partner_type=kind)
                for name, kind in (("UNDP", "UN_AGENCY"), ("EU", "EU"), ("IOM", "UN_AGENCY"))}
    add(sup.FxRate, currency="EUR", year=2015, rate_to_usd=1.1)
    add(sup.FxRate, currency="EUR", year=2020, rate_to_usd=1.14)
    add(sup.FxRate, currency="EUR", year=2016, rate_to_usd=1.2, deleted_at=GONE)
    projects = {title: add(sup.PartnerProject, title=title, partner_id=partners[partner].id, budget_total=budget,
                           currency=currency, budget_year=year, policy_areas=areas, deleted_at=deleted)
                for title, partner, budget, currency, year, areas, deleted in (
                    ("Labour migration governance", "UNDP", 200_000, "USD", 2020, "EMP, HEA", None),
                    ("Diaspora engagement", "EU", 100_000, "EUR", 2015, "dia", None),
                    ("Border management", "EU", 50_000, "EUR", 2016, "SEC", None),
                    ("Deleted project", "UNDP", 1_000_000, "USD", 2020, "EMP", GONE),
                    ("Data pilot", "IOM", None, "USD", 2020, "DAT", None),
                    ("Returnee support", "IOM", 40_000, "USD", 2021, "RET", None))}
    for title, priority, deleted in (("Labour migration governance", "employment", None),
                                     ("Diaspora engagement", "health", GONE),
                                     ("Returnee support", "gone", None)):
        add(sup.ProjectPriority, project_id=projects[title].id, priority_id=priorities[priority].id,
            deleted_at=deleted)


@pytest.fixture
def charts(services) -> ParticipationChartData:
    for code, title in (("JAM", "Jamaica"), ("TUN", "Tunisia"), ("MDA", "Moldova")):
        services.workspaces.create(WorkspaceForm(code=code, country_iso3=code, title=title))
    with services.uow() as uow:
        add = Rows(uow.session, "JAM")
        seed_government(add)
        priorities = seed_planning(add)
        seed_society(add, priorities)
        seed_support(add, priorities)
    with services.uow() as uow:  # partner money but no actions yet
        add = Rows(uow.session, "MDA")
        partner = add(sup.DevelopmentPartner, name="IOM", partner_type="UN_AGENCY")
        add(sup.PartnerProject, title="Diaspora mapping", partner_id=partner.id, budget_total=60_000,
            currency="USD", budget_year=2018, policy_areas="DIA,DAT")
        add(plan.PolicyPriority, title="Diaspora engagement", policy_area="DIA")
    return ParticipationChartData(services.uow)


def test_responsibility_matrix_lists_roles_and_the_core_sectors_without_a_lead(charts):
    frame = charts.responsibility_matrix("JAM").frame
    mapped = frame[~frame["uncovered"]]
    assert set(zip(mapped["policy_area"], mapped["institution"], mapped["role"], strict=True)) == {
        ("EMP", "MLSS", "LEAD"), ("EMP", "STATIN", "DATA_PROVIDER"), ("HEA", "Ministry of Health", "LEAD"),
        ("DAT", "STATIN", "LEAD"), ("EDU", "PIOJ", "CONTRIBUTOR"), ("DIA", "PIOJ", "CONSULTED")}
    gaps = frame[frame["uncovered"]]
    assert list(gaps["policy_area"]) == ["EDU", "FIN", "FOR", "GOV", "SEC"]
    assert set(gaps["institution"]) == {""} and set(gaps["role"]) == {""}
    assert charts.responsibility_matrix("TUN").frame.empty


def test_meeting_attendance_rate_per_meeting_and_institution(charts):
    frame = charts.meeting_attendance("JAM").frame
    rows = {(r.meeting_date, r.institution): (r.present, r.recorded, r.rate) for r in frame.itertuples()}
    assert rows[(date(2024, 3, 1), "MLSS")] == (1, 2, 0.5)
    assert rows[(date(2024, 3, 1), "Ministry of Health")] == (1, 1, 1.0)
    assert rows[(date(2024, 6, 1), "MLSS")] == (2, 2, 1.0)
    assert rows[(date(2024, 6, 1), "Ministry of Health")] == (0, 1, 0.0)
    assert rows[(date(2024, 6, 1), "")] == (1, 1, 1.0)  # a person with no institution
    unlisted = frame[frame["meeting_date"] == date(2024, 6, 20)]
    assert len(unlisted) == 1 and unlisted["recorded"].item() == 0 and math.isnan(unlisted["rate"].item())
    assert date(2024, 5, 1) not in set(frame["meeting_date"])  # the deleted meeting
    minutes = dict(zip(frame["meeting_date"], frame["has_minutes"], strict=True))
    assert minutes == {date(2024, 3, 1): True, date(2024, 6, 1): False, date(2024, 6, 20): False}
    totals = frame.groupby("institution")[["present", "recorded"]].sum()
    assert (totals["present"] / totals["recorded"]).to_dict() == {"": 1.0, "MLSS": 0.75, "Ministry of Health": 0.5}
    assert set(frame["mechanism"]) == {"NWGIMD"}


def test_action_items_are_the_open_ones_with_the_overdue_flagged(charts):
    frame = charts.action_items("JAM", today=TODAY).frame
    assert list(frame["description"]) == ["Draft the labour migration policy", "Cost the health workforce plan",
                                          "Name a focal point"]
    assert list(frame["overdue"]) == [True, False, False]
    assert list(frame["days_overdue"]) == [61, 0, 0]
    assert list(frame["owner"]) == ["MLSS", "Ministry of Health", ""]
    assert list(frame["status"]) == ["OPEN", "IN_PROGRESS", "OPEN"]
    assert not charts.action_items("JAM", today=date(2024, 4, 1)).frame["overdue"].any()


def test_interest_influence_leaves_out_unscored_and_deleted_stakeholders(charts):
    frame = charts.interest_influence("JAM").frame
    assert list(frame["name"]) == ["Diaspora Council", "Mona Research", "PSOJ", "UWI"]
    row = frame.set_index("name").loc["UWI"]
    assert (row["interest"], row["influence"], row["group"], row["engagement_level"]) == (
        4, 5, "ACADEMIA_RESEARCH", "INVOLVE")


def test_participation_by_sex_per_event_and_events_per_group(charts):
    frame = charts.participation("JAM").frame
    events = frame[frame["part"] == "event"]
    assert {(r.label, r.measure): r.value for r in events.itertuples()} == {
        ("Validation workshop", "female"): 12, ("Validation workshop", "male"): 8,
        ("Validation workshop", "other"): 1, ("Diaspora forum", "female"): 5, ("Diaspora forum", "male"): 7,
        ("Diaspora forum", "other"): 0}
    assert list(dict.fromkeys(events["label"])) == ["Validation workshop", "Diaspora forum"]  # by date
    groups = frame[frame["part"] == "group"]
    assert dict(zip(groups["label"], groups["value"], strict=True)) == {
        "ACADEMIA_RESEARCH": 2, "DIASPORA_ORGANISATION": 1, "NGO_CSO": 1, "PRIVATE_SECTOR_EMPLOYER": 0}


def test_input_funnel_counts(charts):
    frame = charts.input_funnel("JAM").frame
    assert dict(zip(frame["stage"], frame["count"], strict=True)) == {
        "received": 5, "accepted": 2, "reflected": 1, "pending": 1}
    assert list(frame["share"]) == [1.0, 0.4, 0.2, 0.2]


def test_partner_policy_heatmap_converts_to_usd_and_names_what_has_no_rate(charts):
    data = charts.partner_policy_heatmap("JAM")
    cells = {(r.partner, r.policy_area): r.usd for r in data.frame.itertuples()}
    assert cells == {("EU", "DIA"): pytest.approx(110_000), ("IOM", "RET"): 40_000,
                     ("UNDP", "EMP"): 100_000, ("UNDP", "HEA"): 100_000}
    assert data.source == "no exchange rate for EUR 2016: Border management"


def test_alignment_ratio_counts_live_links_to_live_priorities(charts):
    data = charts.alignment("JAM")
    row = data.frame.iloc[0]
    assert row["total_usd"] == pytest.approx(350_000)
    assert row["aligned_usd"] == 200_000 and row["unaligned_usd"] == pytest.approx(150_000)
    assert row["ratio"] == pytest.approx(4 / 7)
    assert (row["projects"], row["aligned_projects"]) == (3, 1)
    assert "Border management" in data.source
    assert charts.alignment("TUN").frame.empty


def test_funding_by_policy_area_against_the_cost_of_actions(charts):
    data = charts.funding_by_policy_area("JAM")
    frame = data.frame.set_index("policy_area")
    assert list(frame.index) == ["DIA", "EMP", "HEA", "RET"]
    assert frame.loc["EMP"].to_dict() == pytest.approx(
        {"funding_usd": 100_000, "cost_usd": 155_000, "gap_usd": 55_000})
    assert frame.loc["HEA"].to_dict() == pytest.approx(
        {"funding_usd": 100_000, "cost_usd": 30_000, "gap_usd": -70_000})
    assert frame.loc["DIA", "cost_usd"] == 0 and frame.loc["DIA", "funding_usd"] == pytest.approx(110_000)
    assert data.source == ("no exchange rate for EUR 2016: Border management; "
                           "no exchange rate for EUR 2019: Diaspora bond study")
    moldova = charts.funding_by_policy_area("MDA").frame.set_index("policy_area")
    assert moldova["funding_usd"].to_dict() == {"DAT": 30_000, "DIA": 30_000}
    assert moldova["cost_usd"].isna().all() and moldova["gap_usd"].isna().all()


def _texts(figure) -> list[str]:
    return [t.get_text() for ax in figure.axes for t in [ax.title, *ax.texts]]


def test_the_registry_names_each_chart_once():
    keys = [chart.key for chart in PARTICIPATION_CHARTS]
    assert keys == list(PARTICIPATION_DRAWERS) and len(set(keys)) == 9


@pytest.mark.parametrize("key", [chart.key for chart in PARTICIPATION_CHARTS])
def test_every_chart_renders_for_a_populated_and_an_empty_workspace(charts, key):
    for code in ("JAM", "TUN"):
        data, figure = build_participation_chart(charts, code, key, translate=lambda text: "\u00bb" + text)
        assert data.key == key
        png = io.BytesIO()
        figure.savefig(png, format="png")
        assert png.getvalue()[:8] == b"\x89PNG\r\n\x1a\n"
        texts = _texts(figure)
        if code == "TUN":
            assert data.frame.empty and "\u00bbNo data yet for this chart." in texts
        else:
            assert not data.frame.empty and "\u00bbNo data yet for this chart." not in texts
            assert any(text.startswith("\u00bb") for text in texts)


def test_funding_chart_says_costs_arrive_with_step_4(charts):
    _data, figure = build_participation_chart(charts, "MDA", "funding_by_policy_area")
    assert any("step 4" in text for text in _texts(figure))
    figure.savefig(io.BytesIO(), format="png")


def test_uncovered_core_sectors_are_red_in_the_matrix(charts):
    _data, figure = build_participation_chart(charts, "JAM", "responsibility_matrix")
    figure.savefig(io.BytesIO(), format="png")
    red = {label.get_text() for label in figure.axes[0].get_yticklabels() if label.get_color() == "#c0392b"}
    from mainstream_desktop.reports.charts import policy_area_labels

    assert red == set(policy_area_labels(["EDU", "FIN", "FOR", "GOV", "SEC"]))  # named, not coded
    assert "Education and skills" in red and "Foreign affairs and\nconsular" in red


def _gap_label_boxes(figure):
    """The funding chart's gap and surplus labels, as drawn for the PDF, with the plot's and the
    bars' boxes."""
    from mainstream_desktop.reports.participation_charts import GREEN, RED
    from mainstream_desktop.reports.pdf_story import render_png

    render_png(figure)
    axes = figure.axes[0]
    labels = [text for text in axes.texts if text.get_color() in (RED, GREEN)]
    return labels, [label.get_window_extent() for label in labels], axes.get_window_extent(), [
        bar.get_window_extent() for bar in axes.patches if bar.get_height() > 0]


def _assert_apart(labels, boxes, plot, bars) -> None:
    assert labels
    for n, box in enumerate(boxes):
        assert not any(box.overlaps(other) for other in boxes[n + 1:]), labels[n].get_text()
        assert plot.y0 <= box.y0 and box.y1 <= plot.y1 and plot.x0 <= box.x0 and box.x1 <= plot.x1
        assert not any(box.overlaps(bar) for bar in bars), labels[n].get_text()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_funding_gap_labels_never_overlap(demo_services, language):
    """In French the surplus labels ("excédent $40k") of neighbouring policy areas ran into each
    other: now each stays within its area's width (on two lines, or upright), clear of the other
    labels, of every bar and of the plot's edge."""
    from mainstream_desktop.core.reference_labels import labels_in
    from mainstream_desktop.reports.participation_charts import draw_funding_by_policy_area
    from mainstream_desktop.reports.pdf_locale import ReportLocale

    translate = ReportLocale.of(language).translator_for("charts")
    with labels_in(language):
        data = ParticipationChartData(demo_services.uow).funding_by_policy_area("JAM")
        labels, boxes, plot, bars = _gap_label_boxes(draw_funding_by_policy_area(data, translate))
    shown = ((data.frame["gap_usd"] != 0) & data.frame["cost_usd"].notna()).sum()
    assert len(labels) == shown >= 8
    assert any(translate("surplus {amount}").split(" ")[0] in label.get_text() for label in labels)
    _assert_apart(labels, boxes, plot, bars)


def test_the_funding_gap_labels_stand_upright_when_two_lines_do_not_fit():
    """Twenty policy areas in French: even on two lines the labels are wider than an area, so they
    stand upright, still apart; four areas in English keep one level line each."""
    import pandas as pd

    from mainstream_desktop.core.reference_labels import labels_in
    from mainstream_desktop.reports.chart_data import ChartData
    from mainstream_desktop.reports.participation_charts import draw_funding_by_policy_area
    from mainstream_desktop.reports.pdf_locale import ReportLocale

    areas = ["DAT", "DIA", "EDU", "EMP", "FAM", "FIN", "GOV", "HEA", "RET", "SEC", "SOC", "TRA"]
    rows = [{"policy_area": f"{area}{n}", "funding_usd": 40_000.0 + 1_000 * i, "cost_usd": 1_500_000.0 * (i % 2),
             "gap_usd": 1_500_000.0 * (i % 2) - 40_000.0 - 1_000 * i}
            for i, (n, area) in enumerate((n, area) for n in range(2) for area in areas[:10])]
    many = ChartData("funding_by_policy_area", pd.DataFrame(rows))
    with labels_in("fr"):
        labels, boxes, plot, bars = _gap_label_boxes(
            draw_funding_by_policy_area(many, ReportLocale.of("fr").translator_for("charts")))
    assert len(labels) == 20 and all(label.get_rotation() == 90 for label in labels)
    _assert_apart(labels, boxes, plot, bars)
    few = ChartData("funding_by_policy_area", pd.DataFrame(rows[:4]))
    labels, boxes, plot, bars = _gap_label_boxes(draw_funding_by_policy_area(few))
    assert [label.get_text() for label in labels][:2] == ["surplus $40k", "gap $1.5M"]
    assert all(label.get_rotation() == 0 for label in labels)
    _assert_apart(labels, boxes, plot, bars)
