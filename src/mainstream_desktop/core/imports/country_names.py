"""Country names as publishers spell them, resolved to ISO 3166-1 alpha-3 codes.

A name is normalised (case, accents, punctuation, a trailing ``*`` footnote mark, leading
spaces, the words "the" and "of", abbreviations such as "Rep." and "Dem.") and looked up among
pycountry's name, official name and common name, then in the shipped ``country_aliases.csv`` (real spellings seen in UN
DESA, UNHCR, ILOSTAT and WDI files that pycountry does not know). Word order is forgiven as a
last resort ("Korea, Republic of" = "Republic of Korea"). Unknown names resolve to ``None``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from mainstream_desktop.resource_files import read_csv_rows

_NOT_WORD = re.compile(r"[^0-9a-z]+")
_ABBREVIATIONS = {"rep": "republic", "dem": "democratic", "st": "saint", "fed": "federated", "sts": "states"}
_DROPPED = frozenset({"the", "of"})


def normalise(name: str) -> str:
    """The comparison form of a country name: lower case ASCII words separated by one space."""
    text = unicodedata.normalize("NFKD", str(name).strip().rstrip("*").strip())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().replace("&", " and ")
    words = (_ABBREVIATIONS.get(word, word) for word in _NOT_WORD.sub(" ", text).split())
    return " ".join(word for word in words if word not in _DROPPED)


def _sorted_key(normalised: str) -> str:
    return " ".join(sorted(normalised.split()))


@cache
def _index() -> tuple[dict[str, str], dict[str, str]]:
    import pycountry

    exact: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                exact.setdefault(normalise(value), country.alpha_3)
    for row in read_csv_rows("reference", "country_aliases.csv"):
        exact[normalise(row["alias"])] = row["iso3"].strip().upper()
    by_words: dict[str, str] = {}
    ambiguous: set[str] = set()
    for key, iso3 in exact.items():
        words = _sorted_key(key)
        if by_words.setdefault(words, iso3) != iso3:
            ambiguous.add(words)
    for words in ambiguous:
        del by_words[words]
    return exact, by_words


def resolve(name: object) -> str | None:
    """ISO3 code of a country name (or of an ISO3 code itself), ``None`` when not recognised."""
    if name is None:
        return None
    text = str(name).strip()
    if not text:
        return None
    exact, by_words = _index()
    if len(text) == 3 and text.isalpha() and text.isupper():
        from mainstream_desktop.core.imports.reference import iso3_codes

        if text in iso3_codes():
            return text
    key = normalise(text)
    return exact.get(key) or by_words.get(_sorted_key(key))


def resolve_many(names: Iterable[object]) -> dict[str, str | None]:
    """Resolution of each distinct name (as text) among ``names``."""
    return {str(name): resolve(name) for name in {str(n) for n in names}}


def not_recognised(name: object) -> str:
    """The rejection reason for a name that does not resolve."""
    return f"country name '{str(name).strip()}' is not recognised"
