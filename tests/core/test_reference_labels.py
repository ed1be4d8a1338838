"""Reference labels in the user's language: the shipped label files (finished rows only), country
and currency names from pycountry's catalogues, and the reference look-ups answering in the
chosen language while the database stays English."""

from __future__ import annotations

import csv

import pytest

from mainstream_desktop.core.reference_data import ReferenceData
from mainstream_desktop.core.reference_labels import (
    CODE_LISTS,
    UNTRANSLATED,
    ReferenceLabels,
    Separators,
    country_label,
    indicator_label,
    label_language,
    labels_in,
    load_labels,
    normalise_language,
    set_label_language,
    short_label,
    sort_key,
)
from mainstream_desktop.resource_files import resource


def finished_rows(language: str) -> dict[tuple[str, str, str], str]:
    with resource("reference", f"code_labels_{language}.csv").open(encoding="utf-8", newline="") as handle:
        return {(r["source"], r["list_name"], r["code"]): r["label"] for r in csv.DictReader(handle)
                if r["status"] != UNTRANSLATED}


@pytest.fixture
def english_afterwards():
    yield
    set_label_language("en")


def test_languages_are_normalised():
    assert normalise_language("fr_CA") == normalise_language("FR") == "fr"
    assert normalise_language("de") == normalise_language(None) == "en"


def test_only_finished_rows_are_used_and_english_is_the_fallback():
    labels = ReferenceLabels("fr", {(CODE_LISTS, "SEX", "F"): "Femmes"})
    assert labels.code("SEX", "F", "Female") == "Femmes"
    assert labels.code("SEX", "M", "Male") == "Male"
    for language in ("fr", "es", "ru", "ar"):
        assert load_labels(language).labels == finished_rows(language)


@pytest.mark.parametrize(("language", "jamaica", "moldova"), [
    ("fr", "Jamaïque", "Moldova, République de"), ("es", "Jamaica", "Moldavia, República de"),
    ("ru", "Ямайка", "Республика Молдова"), ("ar", "جامايكا", "جمهورية مولدوفا")])
def test_country_names_come_from_pycountry_s_catalogues(language, jamaica, moldova):
    labels = ReferenceLabels.of(language)
    assert labels.country("JAM", "Jamaica") == jamaica
    assert labels.country("MDA", "Moldova, Republic of") == moldova
    assert labels.country("XXX", "Nowhere") == "Nowhere"
    assert ReferenceLabels.of("ar").country("IRN", "Iran") != "Iran"  # the ISO name when the common one is missing
    assert ReferenceLabels.of("fr").currency("JMD", "Jamaican Dollar") == "Dollar jamaïcain"


@pytest.mark.parametrize(("language", "moldova", "iran", "bolivia"), [
    ("fr", "Moldavie", "Iran", "Bolivie"), ("es", "Moldavia", "Irán", "Bolivia"),
    ("ar", "جمهورية مولدوفا", "إيران، الجمهوريّة الإسلاميّة الإيرانيّة", "بوليفيا")])
def test_a_common_name_is_translated_only_when_the_translation_names_that_country(language, moldova, iran, bolivia):
    """The database stores pycountry's common names ("Moldova"); pycountry's Arabic catalogue
    translates "Moldova" as the Maldives (المالديف): Moldova then gets its ISO name. A common name
    spelled in the language as in English ("Iran" in French) is a translation too."""
    labels = ReferenceLabels.of(language)
    assert labels.country("MDA", "Moldova") == moldova
    assert labels.country("IRN", "Iran") == iran
    assert labels.country("BOL", "Bolivia") == bolivia
    assert "\u0627\u0644\u0645\u0627\u0644\u062f\u064a\u0641" not in labels.country("MDA", "Moldova")  # المالديف


def test_a_country_label_without_the_database():
    with labels_in("fr"):
        assert [country_label(c) for c in ("USA", "GBR", "CAN", "MDA", "XYZ", "")] == [
            "États-Unis", "Royaume-Uni", "Canada", "Moldavie", "XYZ", ""]
    with labels_in("ar"):
        assert [country_label(c) for c in ("USA", "GBR", "CAN")] == [
            "الولايات المتّحدة", "المملكة المتّحدة", "كندا"]
    assert country_label("USA") == "United States"


def test_a_long_label_is_broken_for_an_axis():
    assert short_label("Canada") == "Canada"
    assert short_label("République démocratique du Congo") == "République\ndémocratique du Congo"
    assert short_label("Governance, rule of law and human rights", 20) == "Governance, rule of\nlaw and human rights"
    shown = short_label("Saint Helena, Ascension and Tristan da Cunha", 14)
    assert shown.count("\n") == 1 and shown.endswith("\u2026") and all(len(line) <= 21 for line in shown.split("\n"))


def test_the_reference_look_ups_answer_in_the_chosen_language(services, english_afterwards):
    english = ReferenceData(services.uow, "en")
    russian = ReferenceData(services.uow, "ru")
    assert {c.code: c.label for c in english.countries()}["JAM"] == "Jamaica"
    assert {c.code: c.label for c in russian.countries()}["JAM"] == "Ямайка"
    names = [choice.label for choice in russian.countries()]
    assert names == sorted(names, key=sort_key)
    finished = finished_rows("ru")
    for choice, original in zip(russian.code_list("SEX"), english.code_list("SEX"), strict=True):
        assert choice.label == finished.get((CODE_LISTS, "SEX", choice.code), original.label)
    assert services.reference.countries() == english.countries()  # the process language is English
    set_label_language("fr")
    assert label_language() == "fr"
    assert {c.code: c.label for c in services.reference.countries()}["JAM"] == "Jamaïque"  # follows the process language


def test_accents_do_not_change_the_order():
    assert sorted(["Équateur", "Egypte", "Espagne"], key=sort_key) == ["Egypte", "Équateur", "Espagne"]


def test_a_thread_can_work_in_another_language_than_the_process(services, english_afterwards):
    import threading

    from mainstream_desktop.core.reference_labels import labels_in
    from mainstream_desktop.reports.report_language import in_report_language

    set_label_language("fr")
    seen: dict[str, str] = {}

    def report_thread() -> None:
        with labels_in("ru"):
            seen["inside"] = label_language()
            seen["country"] = {c.code: c.label for c in services.reference.countries()}["JAM"]
        seen["after"] = label_language()

    worker = threading.Thread(target=report_thread)
    worker.start()
    worker.join()
    assert seen == {"inside": "ru", "country": "Ямайка", "after": "fr"}
    assert label_language() == "fr"  # the window's language, untouched

    @in_report_language
    def write(*, language: str = "en") -> str:
        return label_language()

    assert write(language="ar") == "ar" and write() == "en" and label_language() == "fr"


def test_an_indicator_label_without_the_database():
    assert indicator_label("REM_IN_USD") == "Personal remittances received"
    assert indicator_label("NOT_AN_INDICATOR") == "NOT_AN_INDICATOR"
    with labels_in("fr"):
        assert indicator_label("REM_IN_USD") == "Envois de fonds personnels reçus"


def test_separators_follow_the_label_language():
    """The comma and colon a composed label is joined with: English's, unless the language
    writes them otherwise (a no-break space before the French colon, the Arabic comma)."""
    english = Separators.of("en")
    assert english.labelled(english.listed("Net migration", "2019"), "1,300") == "Net migration, 2019: 1,300"
    assert Separators.of("es") == Separators.of("ru") == english
    french = Separators.of("fr_FR")
    assert french.labelled(french.listed("Solde migratoire", "2019"), "1 300") == "Solde migratoire, 2019\u00a0: 1 300"
    arabic = Separators.of("ar")
    assert arabic.labelled(arabic.listed("صافي الهجرة", "2019"), "1,300") == "صافي الهجرة\u060c 2019: 1,300"
    with labels_in("fr"):
        assert Separators.of() == french
    assert Separators.of() == english
