"""Names read from the English reference tables reach the user in the label language: the
portfolio (countries, indicators, units, destinations, lesson themes, source types), the lessons
digest, the evidence a priority can rest on, and the workspace list. Each test reads the demo
in French (``labels_in``, as a report does; the window sets the same language process-wide) and
fails on the English name; English stays English."""

from __future__ import annotations

from mainstream_desktop.core.evidence import evidence_choices
from mainstream_desktop.core.lessons import LessonService
from mainstream_desktop.core.portfolio import PortfolioService
from mainstream_desktop.core.reference_labels import labels_in, sort_key
from mainstream_desktop.core.workspace_lookup import workspace_by_code


def test_portfolio_names_countries_indicators_and_units_in_french(demo_services):
    with labels_in("fr"):
        portfolio = PortfolioService(demo_services.uow, demo_services.status).load()
    assert portfolio is not None
    countries = {c.workspace: c.country for c in portfolio.countries}
    assert countries["JAM"] == "Jamaïque" and countries["MAR"] == "Maroc"
    assert {load.country for load in portfolio.comments} >= {"Jamaïque", "Serbie"}
    by_code = {item.code: item for item in portfolio.indicators}
    assert by_code["MIG_STOCK_IMM"].name == "Stock de migrants internationaux (immigrés)"
    assert by_code["MIG_STOCK_IMM"].unit == "Personnes"
    assert by_code["MIG_STOCK_IMM_F_PCT"].name == "Femmes parmi les immigrés, %"
    assert {v.country for v in by_code["MIG_STOCK_IMM"].values} >= {"Jamaïque", "Tunisie"}
    destinations = {d.destination: d.destination_name for d in portfolio.destinations}
    assert destinations["USA"] == "États-Unis" and destinations["GBR"] == "Royaume-Uni"
    assert portfolio.lessons.theme_labels["DATA"] != "Data"
    sources = {t for row in portfolio.measures.evidence for t in row.source_types}
    assert "International database" not in sources and sources
    lines = [str(line) for answer in portfolio.answers for line in answer.lines]
    assert not [line for line in lines if line.startswith(("Jamaica", "Morocco", "Serbia"))]  # "{country}: ..."
    texts = " ".join(lines)
    for english in ("Personal remittances received", "United States", "Emigrants living abroad"):
        assert english not in texts


def test_portfolio_stays_english_in_english(demo_services):
    with labels_in("en"):
        portfolio = PortfolioService(demo_services.uow, demo_services.status).load()
    assert portfolio is not None
    assert {c.workspace: c.country for c in portfolio.countries}["JAM"] == "Jamaica"
    assert {i.code: i.name for i in portfolio.indicators}["MIG_STOCK_IMM_F_PCT"] == "Women among immigrants, %"


def test_lessons_digest_in_french(demo_services):
    with labels_in("fr"):
        digest = LessonService(demo_services.uow).digest()
    names = dict(digest.countries)
    assert names["JAM"] == "Jamaïque" and "Jamaica" not in names.values()
    assert [name for _iso3, name in digest.countries] == sorted(names.values(), key=sort_key)
    assert digest.countries[0][1] == "Équateur"  # É sorts with E
    themes = {t.theme: t.theme_label for t in digest.themes}
    assert themes["DATA"] == "Données"
    assert all(lesson.country_name != "Jamaica" for lesson in digest.lessons)


def test_evidence_labels_in_french(demo_services):
    with demo_services.uow() as uow:
        workspace = workspace_by_code(uow.session, "JAM")
        with labels_in("fr"):
            labels = [choice.label for choice in evidence_choices(uow.session, workspace.id)]
        english = [choice.label for choice in evidence_choices(uow.session, workspace.id)]
    assert any(label.startswith("Chiffre\u00a0: Émigrés vivant à l'étranger") for label in labels)
    assert any(label.startswith("Effet sectoriel\u00a0: Finances, envois de fonds") for label in labels), labels
    assert not any(label.startswith(("Figure:", "Sector impact:", "Consultation input:")) for label in labels)
    assert any(label.startswith("Figure: Emigrants living abroad") for label in english)
    trace = demo_services.trace.trace("JAM")
    assert trace.chains
    with labels_in("fr"):
        in_french = demo_services.trace.trace("JAM")
    shown = " ".join(e for chain in in_french.chains for e in chain.evidence)
    assert "Sector impact:" not in shown and "Emigrants living abroad" not in shown


def test_evidence_figures_read_in_full_with_partner_countries_named(demo_services):
    """A figure's value in the language's style and in full (never 1.3e+06), its partner country
    named (never USA), in French and Arabic; the trace shows the same labels."""
    nnbsp = "\u202f"
    with demo_services.uow() as uow:
        workspace = workspace_by_code(uow.session, "JAM")
        shown = {}
        for language in ("en", "fr", "ar"):
            with labels_in(language):
                shown[language] = [c.label for c in evidence_choices(uow.session, workspace.id)
                                   if c.code.startswith("observation:")]
    assert "Figure: Emigrants living abroad, 2019: 1,300,000" in shown["en"]
    assert f"Chiffre\u00a0: Émigrés vivant à l'étranger, 2019\u00a0: 1{nnbsp}300{nnbsp}000" in shown["fr"]
    assert any(label.endswith("\u060c 2019: 1,300,000") for label in shown["ar"])
    assert not any("e+0" in label for labels in shown.values() for label in labels)
    assert any("(États-Unis), 2021\u00a0: 69,7" in label for label in shown["fr"])
    assert any("(\u0627\u0644\u0648\u0644\u0627\u064a\u0627\u062a \u0627\u0644\u0645\u062a\u0651\u062d\u062f\u0629)" in label
               for label in shown["ar"])  # (الولايات المتّحدة)
    assert not any("(USA)" in label for labels in shown.values() for label in labels)


def test_workspace_list_names_the_country_in_french(demo_services):
    with labels_in("fr"):
        summaries = {s.code: s for s in demo_services.workspaces.list_workspaces()}
    jamaica = summaries["JAM"]
    assert jamaica.country_name == "Jamaïque"
    assert jamaica.display_name == "JAM \u2014 Mainstreaming Migration \u2013 Jamaica (Jamaïque)"
    english = {s.code: s for s in demo_services.workspaces.list_workspaces()}["JAM"]
    assert english.display_name == "JAM \u2014 Mainstreaming Migration \u2013 Jamaica"


def test_demo_loads_whatever_the_label_language(services):
    """The demo finds its evidence by English labels: it reads English even in a French window."""
    with labels_in("fr"):
        outcome = services.load_demo()
    assert "JAM" in outcome.created


def test_evidence_labels_join_their_parts_the_language_s_way(demo_services):
    """The parts of an evidence label were joined with English ", " and ": " in every language:
    French puts a no-break space before the colon, Arabic writes its own comma; English is as
    it was, byte for byte. The golden thread shows the same labels."""
    nbsp, arabic_comma = "\u00a0", "\u060c"
    with demo_services.uow() as uow:
        workspace = workspace_by_code(uow.session, "JAM")
        shown = {}
        for language in ("en", "fr", "ar"):
            with labels_in(language):
                shown[language] = [c.label for c in evidence_choices(uow.session, workspace.id)]
    assert "Figure: Emigrants living abroad, 2019: 1,300,000" in shown["en"]
    assert not any(nbsp in label or arabic_comma in label for label in shown["en"])
    figures = [label for label in shown["fr"] if label.startswith("Chiffre")]
    assert figures and all(label.startswith(f"Chiffre{nbsp}: ") for label in figures)
    assert all(f"{nbsp}: " in label.rsplit(", ", 1)[-1] for label in figures)  # "2019 : 1 300 000"
    assert all(label.split(":", 1)[0].endswith(nbsp) for label in shown["fr"])  # the kind, then " : "
    arabic_figures = [label for label in shown["ar"] if label.endswith("2019: 1,300,000")]
    assert arabic_figures and all(f"{arabic_comma} 2019: " in label for label in arabic_figures)
    assert not any(", 20" in label for label in shown["ar"])  # the year follows the Arabic comma
    for language in ("fr", "ar"):
        with labels_in(language):
            trace = demo_services.trace.trace("JAM")
        evidence = {e for chain in trace.chains for e in chain.evidence}
        assert evidence and evidence <= set(shown[language])
    assert any(f"{arabic_comma} 20" in e for e in evidence)


def test_a_link_to_a_record_that_is_gone_says_so_in_the_label_language(services):
    import uuid

    from mainstream_desktop.core.evidence import label_of

    with services.uow() as uow:
        gone = uuid.uuid4()
        english = label_of(uow.session, "observation", gone)
        with labels_in("fr"):
            french = label_of(uow.session, "observation", gone)
        with labels_in("ar"):
            arabic = label_of(uow.session, "observation", gone)
    assert english == "Figure: (missing)"
    assert french == "Chiffre\u00a0: (manquant)"
    assert "(مفقود)" in arabic and "missing" not in arabic
