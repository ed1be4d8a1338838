"""Country names as publishers write them resolve to ISO3; unknown ones do not."""

from __future__ import annotations

import pytest

from mainstream_desktop.core.imports.country_names import (
    normalise,
    not_recognised,
    resolve,
    resolve_many,
)


@pytest.mark.parametrize(("name", "iso3"), [
    ("Jamaica", "JAM"),
    ("Republic of Moldova", "MDA"),
    ("Rep. of Moldova", "MDA"),
    ("   Mayotte*", "MYT"),
    ("Iran (Islamic Rep. of)", "IRN"),
    ("Bolivia (Plurinational State of)", "BOL"),
    ("Tanzania, United Republic of", "TZA"),
    ("Serbia and Kosovo (S/RES/1244 (1999))", "SRB"),
    ("Serbia and Kosovo: S/RES/1244 (1999)", "SRB"),
    ("Curaçao", "CUW"),
    ("Côte d'Ivoire", "CIV"),
    ("The former Yugoslav Republic of Macedonia", "MKD"),
    ("United Kingdom of Great Britain and Northern Ireland", "GBR"),
    ("Korea, Dem. People's Rep.", "PRK"),
    ("Bahamas, The", "BHS"),
    ("Wallis and Futuna Islands ", "WLF"),
    ("JAM", "JAM"),
])
def test_publisher_spellings_resolve(name, iso3):
    assert resolve(name) == iso3


@pytest.mark.parametrize("name", ["Various/Unknown", "Stateless", "Tibetan", "Atlantis", "", None])
def test_non_countries_do_not_resolve(name):
    assert resolve(name) is None


def test_normalise_drops_accents_punctuation_and_footnote_marks():
    assert normalise("  Réunion* ") == "reunion"
    assert normalise("Congo, Dem. Rep.") == "congo democratic republic"


def test_resolve_many_and_the_rejection_reason():
    assert resolve_many(["Jamaica", "Atlantis", "Jamaica"]) == {"Jamaica": "JAM", "Atlantis": None}
    assert not_recognised(" Atlantis ") == "country name 'Atlantis' is not recognised"
