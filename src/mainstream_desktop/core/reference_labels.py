"""Reference labels in the user's language: the shipped lists' labels and country names.

The database holds the reference data in English (``label_en``, ``name_en``). The labels of our
own lists (code lists, indicators, units, M49 regions, the code descriptions the window shows,
and the few names core composes labels with: the kinds of evidence, the derived indicators) are
translated in the shipped ``resources/reference/code_labels_<lang>.csv``, refreshed
by ``tools/update_translations.py``; a row whose ``status`` is ``untranslated`` is not used, so
the English label shows until a translator has done it. Country and currency names come from the
ISO 3166-1 and ISO 4217 gettext catalogues that pycountry ships.

Core does not know the window's language: the composition root (the window's language setup,
or a report's language) chooses it, either process-wide with ``set_label_language``, for the
work of one thread with ``labels_in(language)`` (a report written on the worker thread in
another language than the window's), or per object with ``ReferenceLabels.of(language)``.
Everything falls back to the English it is given. ``Separators`` holds, per language, the comma
and colon that join the parts of a label core composes (an evidence label).
"""

from __future__ import annotations

import functools
import gettext
import unicodedata
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from mainstream_desktop.resource_files import read_csv_rows, resource

LABEL_LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ru", "ar")
UNTRANSLATED = "untranslated"
CODE_LISTS, CODE_DESCRIPTIONS, INDICATORS, UNITS, REGIONS, EVIDENCE_KINDS = (
    "code_lists", "code_descriptions", "indicators", "units", "m49_regions", "evidence_kinds")

_label_language = "en"
_this_work: ContextVar[str | None] = ContextVar("reference_label_language", default=None)


def normalise_language(language: str | None) -> str:
    """``fr_FR`` / ``fr-FR`` / ``FR`` -> ``fr``; a language we have no labels for -> ``en``."""
    code = (language or "").strip().lower().replace("-", "_").split("_")[0]
    return code if code in LABEL_LANGUAGES else "en"


def set_label_language(language: str | None) -> str:
    """The language reference look-ups use from now on in this process; returns it normalised."""
    global _label_language
    _label_language = normalise_language(language)
    return _label_language


def label_language() -> str:
    """The language of reference look-ups here: this thread's ``labels_in``, else the process's."""
    return _this_work.get() or _label_language


@contextmanager
def labels_in(language: str | None) -> Iterator[str]:
    """Reference look-ups made by this thread inside the block answer in ``language``; other
    threads (the window's) keep theirs."""
    token = _this_work.set(normalise_language(language))
    try:
        yield _this_work.get() or "en"
    finally:
        _this_work.reset(token)


@dataclass(frozen=True)
class ReferenceLabels:
    """The translated reference labels of one language; every method takes the English label
    and returns it when there is no finished translation."""

    language: str
    labels: Mapping[tuple[str, str, str], str] = field(default_factory=dict)

    @classmethod
    def of(cls, language: str | None = None) -> ReferenceLabels:
        return load_labels(normalise_language(language) if language is not None else label_language())

    def _get(self, source: str, list_name: str, code: object, english: str) -> str:
        return self.labels.get((source, list_name, str(code)), english) or english

    def code(self, list_name: str, code: str, english: str) -> str:
        return self._get(CODE_LISTS, list_name, code, english)

    def code_description(self, list_name: str, code: str, english: str) -> str:
        return self._get(CODE_DESCRIPTIONS, list_name, code, english)

    def indicator(self, code: str, english: str) -> str:
        return self._get(INDICATORS, "", code, english)

    def unit(self, code: str, english: str) -> str:
        return self._get(UNITS, "", code, english)

    def region(self, code: int | str, english: str) -> str:
        return self._get(REGIONS, "", code, english)

    def evidence_kind(self, type_name: str, english: str) -> str:
        """The word before an evidence label ("Figure", "Sector impact": ``core.evidence.KINDS``)."""
        return self._get(EVIDENCE_KINDS, "", type_name, english)

    def country(self, iso3: str, english: str) -> str:
        """The country's name from pycountry's ISO 3166-1 catalogue (its common name when the
        catalogue has one, else its ISO name), or ``english``.

        A translated common name is used only when it agrees with the translated ISO name or
        CLDR's name (a word starting alike): pycountry's Arabic catalogue translates "Moldova"
        as the Maldives' name, so Moldova gets its ISO name (جمهورية مولدوفا) there."""
        if self.language == "en":
            return english
        import pycountry

        catalogue = _gettext_catalogue("iso3166-1", self.language)
        country = pycountry.countries.get(alpha_3=iso3)
        if country is None:
            return _translation(catalogue, english) or english
        iso_name = _translation(catalogue, country.name)
        for candidate in dict.fromkeys((english, getattr(country, "common_name", ""), country.name)):
            translated = _translation(catalogue, candidate) if candidate else None
            if translated and (translated == iso_name or _agree(
                    translated, iso_name or "", _cldr_name(country.alpha_2, self.language))):
                return translated
        return iso_name or english

    def currency(self, code: str, english: str) -> str:
        if self.language == "en":
            return english
        translated = _gettext_catalogue("iso4217", self.language).gettext(english)
        return translated or english


@dataclass(frozen=True)
class Separators:
    """The signs a language joins the parts of a composed label with ("Figure: Net migration,
    2019: 1,300,000"): English's ``", "`` and ``": "`` unless ``SEPARATORS`` says otherwise.
    French sets a no-break space before the colon ("Chiffre : ..."), Arabic writes its own comma
    (``،``) and the colon as it is."""

    comma: str = ", "
    colon: str = ": "

    @classmethod
    def of(cls, language: str | None = None) -> Separators:
        """The separators of ``language``; None: the label language (this thread's, else the
        process's)."""
        return SEPARATORS.get(normalise_language(language) if language is not None else label_language(),
                              _ENGLISH_SEPARATORS)

    def listed(self, *parts: str) -> str:
        """``parts`` one after the other: "Emigrants living abroad, 2019"."""
        return self.comma.join(parts)

    def labelled(self, label: str, text: str) -> str:
        """``text`` after what it is: "Figure: ...", "2019: 1,300,000"."""
        return f"{label}{self.colon}{text}"


_ENGLISH_SEPARATORS = Separators()
SEPARATORS: Mapping[str, Separators] = {
    "fr": Separators(colon="\u00a0: "),
    "ar": Separators(comma="\u060c "),
}


def country_label(iso3: str) -> str:
    """A country's name in the label language without the database (for a chart drawn from ISO
    codes): the English name is the one the reference data stores (pycountry's common name, else
    its ISO name); an unknown code comes back as it is."""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3) if iso3 else None
    if country is None:
        return iso3
    return ReferenceLabels.of().country(iso3, getattr(country, "common_name", None) or country.name)


def short_label(text: str, width: int = 18, lines: int = 2) -> str:
    """``text`` broken into at most ``lines`` lines of about ``width`` characters (up to half as
    long again rather than a third line), the last cut with an ellipsis if it still does not fit
    (an axis label: "République démocratique du Congo")."""
    import textwrap

    text = " ".join(text.split())
    longest = width + width // 2
    for each in range(width, longest + 1):
        wrapped = textwrap.wrap(text, each, break_long_words=False)
        if len(wrapped) <= lines and all(len(line) <= each for line in wrapped):
            return "\n".join(wrapped)
    wrapped = textwrap.wrap(text, longest, break_long_words=False)
    head, rest = wrapped[:lines - 1], " ".join(wrapped[lines - 1:])
    return "\n".join([*head, rest[:longest - 1].rstrip(" ,") + "\u2026"])


def _words(text: str) -> set[str]:
    """The words of a name without accents, Arabic diacritics and article, for ``_agree``."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = "".join(c if c.isalnum() else " " for c in plain).split()
    return {w[2:] if w.startswith("\u0627\u0644") and len(w) > 4 else w for w in words}


def _agree(name: str, *others: str) -> bool:
    """Two names of one country share a word that starts alike (Syrie / Syrienne)."""
    mine = _words(name)
    return any(a[:4] == b[:4] for other in others if other for a in mine for b in _words(other)
               if min(len(a), len(b)) >= 3)


def _translation(catalogue: gettext.NullTranslations, text: str) -> str | None:
    """The catalogue's translation of ``text``, also when it is spelled as in English ("Iran" in
    French); None when the catalogue has none."""
    found = getattr(catalogue, "_catalog", {}).get(text)
    return found if isinstance(found, str) and found else None


@functools.lru_cache(maxsize=1024)
def _cldr_name(alpha_2: str, language: str) -> str:
    from babel import Locale

    return str(Locale.parse(language).territories.get(alpha_2, ""))


def code_label(list_name: str, code: str) -> str:
    """A shipped code list's label of ``code`` in the label language, without the database (for
    a chart drawn from codes); an unknown code comes back as it is."""
    english = _shipped_code_labels().get((list_name, code), code)
    return ReferenceLabels.of().code(list_name, code, english)


def indicator_label(code: str) -> str:
    """A shipped indicator's name in the label language, without the database (for a chart
    drawn from indicator codes); an unknown code comes back as it is."""
    english = _shipped_indicator_names().get(code, code)
    return ReferenceLabels.of().indicator(code, english)


@functools.cache
def _shipped_indicator_names() -> dict[str, str]:
    return {row["code"]: row["name_en"] for row in read_csv_rows("reference", "indicators.csv")}


@functools.cache
def _shipped_code_labels() -> dict[tuple[str, str], str]:
    return {(row["list_name"], row["code"]): row["label_en"] for row in read_csv_rows("reference", "code_lists.csv")}


def sort_key(text: str) -> str:
    """Alphabetical order that ignores accents and case (É with E), for lists in any language."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@functools.lru_cache(maxsize=len(LABEL_LANGUAGES))
def load_labels(language: str) -> ReferenceLabels:
    """The finished translations of ``language`` from its shipped label file (English: none)."""
    code = normalise_language(language)
    if code == "en" or not resource("reference", f"code_labels_{code}.csv").is_file():
        return ReferenceLabels(code)
    labels = {
        (row["source"], row["list_name"], row["code"]): row["label"]
        for row in read_csv_rows("reference", f"code_labels_{code}.csv")
        if row["label"] and row.get("status", "") != UNTRANSLATED
    }
    return ReferenceLabels(code, labels)


@functools.lru_cache(maxsize=16)
def _gettext_catalogue(domain: str, language: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)
