"""Numbers of messages and chart labels in the user's language, from Python format specs."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest

from mainstream_desktop.core.messages import Message
from mainstream_desktop.core.number_format import (
    LocalNumber,
    NumberStyle,
    format_number,
    format_percent_points,
    localised_params,
)
from mainstream_desktop.core.reference_labels import labels_in

NNBSP, NBSP, LRM = "\u202f", "\u00a0", "\u200e"

CASES = [  # value, spec, then en, fr, es, ru, ar
    (12345.6, ",.1f", "12,345.6", f"12{NNBSP}345,6", "12.345,6", f"12{NBSP}345,6", "12,345.6"),
    (1234567.0, ",.0f", "1,234,567", f"1{NNBSP}234{NNBSP}567", "1.234.567", f"1{NBSP}234{NBSP}567", "1,234,567"),
    (-1234.5, ",.1f", "-1,234.5", f"-1{NNBSP}234,5", "-1.234,5", f"-1{NBSP}234,5", f"{LRM}-1,234.5"),
    (0.9999, ".2f", "1.00", "1,00", "1,00", "1,00", "1.00"),
    (1234.5, ".2f", "1234.50", "1234,50", "1234,50", "1234,50", "1234.50"),
    (0.42, ".0%", "42%", f"42{NBSP}%", f"42{NBSP}%", f"42{NBSP}%", f"42{LRM}%{LRM}"),
    (0.125, ".1%", "12.5%", f"12,5{NBSP}%", f"12,5{NBSP}%", f"12,5{NBSP}%", f"12.5{LRM}%{LRM}"),
    (-0.05, "+.0%", "-5%", f"-5{NBSP}%", f"-5{NBSP}%", f"-5{NBSP}%", f"{LRM}-5{LRM}%{LRM}"),
    (0.05, "+.0%", "+5%", f"+5{NBSP}%", f"+5{NBSP}%", f"+5{NBSP}%", f"{LRM}+5{LRM}%{LRM}"),
    (12345.5, ",.6g", "12,345.5", f"12{NNBSP}345,5", "12.345,5", f"12{NBSP}345,5", "12,345.5"),
    (123456, ",d", "123,456", f"123{NNBSP}456", "123.456", f"123{NBSP}456", "123,456"),
    (123456, ",", "123,456", f"123{NNBSP}456", "123.456", f"123{NBSP}456", "123,456"),
    (Decimal("1234.50"), ",.2f", "1,234.50", f"1{NNBSP}234,50", "1.234,50", f"1{NBSP}234,50", "1,234.50"),
]
LANGUAGES = ("en", "fr", "es", "ru", "ar")


@pytest.mark.parametrize(("value", "spec", "en", "fr", "es", "ru", "ar"), CASES)
def test_each_language_writes_the_spec_with_its_own_symbols(value, spec, en, fr, es, ru, ar):
    for language, expected in zip(LANGUAGES, (en, fr, es, ru, ar), strict=True):
        assert format_number(value, spec, language) == expected, (language, spec)
    assert format_number(value, spec, "en") == format(value, spec)


@pytest.mark.parametrize("language", LANGUAGES)
def test_integers_without_a_spec_stay_as_they_are(language):
    """A year, a row number or a count is never grouped: ``{year}`` stays ``2019``."""
    assert format_number(2019, "", language) == "2019"
    assert f"{LocalNumber(2019, NumberStyle.of(language))}" == "2019"
    assert str(LocalNumber(123456, NumberStyle.of(language))) == "123456"


def test_a_float_without_a_spec_gets_the_decimal_mark():
    assert format_number(12.5, "", "fr") == "12,5"
    assert format_number(12.5, "", "en") == "12.5"


@pytest.mark.parametrize("language", LANGUAGES)
def test_nan_and_infinity_come_out_as_python_writes_them(language):
    assert format_number(math.nan, ",.1f", language) == "nan"
    assert format_number(math.inf, ",.0f", language) == "inf"
    assert format_number(math.nan, ".0%", language).startswith("nan")


def test_non_numeric_specs_and_values_are_left_to_python():
    assert format_number(255, "x", "fr") == "ff"
    assert format_number(255, "08b", "fr") == "11111111"
    style = NumberStyle.of("fr")
    params = localised_params({"flag": True, "none": None, "name": "Mali", "n": 3, "v": 1.5}, style)
    assert params["flag"] is True and params["none"] is None and params["name"] == "Mali"
    assert isinstance(params["n"], LocalNumber) and isinstance(params["v"], LocalNumber)
    english = localised_params({"v": 1.5, "name": "Mali"}, "en")
    assert english["name"] == "Mali" and f"{english['v']:.2f}" == "1.50" and str(english["v"]) == "1.5"


def test_width_fill_and_alignment_apply_to_the_written_number():
    assert format_number(12345.6, ">12,.1f", "fr") == f"    12{NNBSP}345,6"
    assert format_number(12345.6, "*<10,.0f", "es") == "12.346****"
    assert format_number(-12.5, "08.1f", "fr") == "-00012,5"
    assert format_number(-12.5, "08.1f", "en") == "-00012.5"


@pytest.mark.parametrize(("value", "en", "fr", "ar"), [
    (1_300_000.0, "1,300,000", f"1{NNBSP}300{NNBSP}000", "1,300,000"),
    (1_234_567.0, "1,234,567", f"1{NNBSP}234{NNBSP}567", "1,234,567"),
    (-2_500_000, "-2,500,000", f"-2{NNBSP}500{NNBSP}000", f"{LRM}-2,500,000"),
    (999_999.5, "1,000,000", f"1{NNBSP}000{NNBSP}000", "1,000,000"),
    (Decimal("3500000000"), "3,500,000,000", f"3{NNBSP}500{NNBSP}000{NNBSP}000", "3,500,000,000"),
    (999_999.4, "999,999", f"999{NNBSP}999", "999,999"),
    (0.00001234, "1.234e-05", "1,234e-05", "1.234e-05"),
    (2.5e15, "2.5e+15", "2,5e+15", "2.5e+15"),
])
def test_a_grouped_general_spec_writes_large_figures_in_full(value, en, fr, ar):
    """``{value:,.6g}`` is a figure for people: 1,300,000, never Python's 1.3e+06."""
    for language, expected in (("en", en), ("fr", fr), ("ar", ar)):
        assert format_number(value, ",.6g", language) == expected, language
    assert format_number(1_300_000.0, ",g", "fr") == f"1{NNBSP}300{NNBSP}000"
    assert format_number(1_300_000.0, ">12,.6g", "en") == "   1,300,000"
    assert format_number(1_300_000.0, ".6g", "en") == "1.3e+06"  # not grouped: Python's own


def test_messages_write_large_figures_in_full_in_every_language():
    message = Message("The profile has {value:,.6g} for {year}.", {"value": 1_300_000.0, "year": 2019})
    assert str(message) == "The profile has 1,300,000 for 2019."
    assert message.filled("Le profil indique {value:,.6g} pour {year}.", "fr") == (
        f"Le profil indique 1{NNBSP}300{NNBSP}000 pour 2019.")
    assert message.filled(message.template, "ar") == "The profile has 1,300,000 for 2019."


def test_a_percent_in_points():
    assert format_percent_points(12.5, language="en") == "12.5%"
    assert format_percent_points(12.5, language="fr") == f"12,5{NBSP}%"
    assert format_percent_points(42, ".0f", "ar") == f"42{LRM}%{LRM}"


def test_the_language_defaults_to_this_threads_reference_label_language():
    with labels_in("fr"):
        assert format_number(12345.6, ",.1f") == f"12{NNBSP}345,6"
        assert NumberStyle.of().language == "fr"
    with labels_in("ru_RU"):
        assert NumberStyle.of().language == "ru"


def test_a_message_is_filled_in_the_language_with_its_nested_messages():
    done = Message("{share:.0%} explained", {"share": 0.5})
    message = Message("{indicator} {year}: {low:,.1f} against {high:,.1f} ({gap:.0%} apart); {done}",
                      {"indicator": "Stock", "year": 2019, "low": 12345.6, "high": 23456.7, "gap": 0.9, "done": done})
    english = "Stock 2019: 12,345.6 against 23,456.7 (90% apart); 50% explained"
    assert str(message) == english
    assert message.filled(message.template, "en") == english
    assert message.filled(message.template, "fr") == (
        f"Stock 2019: 12{NNBSP}345,6 against 23{NNBSP}456,7 (90{NBSP}% apart); 50{NBSP}% explained")
    french = "{indicator} {year} : {low:,.1f} contre {high:,.1f} (écart de {gap:.0%}) ; {done}"
    assert message.filled(french, "fr", lambda m: "<" + m.filled(m.template, "fr") + ">") == (
        f"Stock 2019 : 12{NNBSP}345,6 contre 23{NNBSP}456,7 (écart de 90{NBSP}%) ; <50{NBSP}% explained>")


def test_every_spec_in_the_core_templates_formats_in_every_language():
    """The specs the program's templates use all work, for any value."""
    for spec in (",.0f", ",.1f", ",.6g", ".2f", ".0%", "+.0%"):
        for language in LANGUAGES:
            assert format_number(-1234.5678, spec, language)
            assert format_number(0, spec, language)


def test_the_portfolio_questions_write_their_figures_in_the_language():
    from mainstream_desktop.core import portfolio_questions as q

    assert (q.number(12.5, "PCT"), q.number(1110000.0), q.usd(2_405_000.0), q.percent(1, 3)) == (
        "12.5%", "1,110,000", "USD 2.4M", "33%")
    with labels_in("fr"):
        assert (q.number(12.5, "PCT"), q.number(1110000.0), q.number(2405.0, "USD_MN"), q.usd(2_405_000.0),
                q.percent(1, 3), q.percent(1, 0)) == (
            f"12,5{NBSP}%", f"1{NNBSP}110{NNBSP}000", f"USD 2{NNBSP}405 mn", "USD 2,4M", f"33{NBSP}%", "\u2013")


def test_the_meeting_rate_of_the_institutions_question_is_written_in_the_language():
    from mainstream_desktop.core import portfolio_questions as q
    from mainstream_desktop.core.portfolio_dto import InstitutionalSetup, PortfolioMeasures

    row = InstitutionalSetup("JAM", "Jamaïque", 1, ("Decree",), "PIOJ", "Planning", 5, 4, 2.5, None, 3, 5, 2)
    measures = PortfolioMeasures(institutions=(row,))
    with labels_in("fr"):
        assert q.q5_institutions(measures).lines[0].params["rate"] == "2,5"
    with labels_in("ar"):
        assert q.q5_institutions(measures).lines[0].params["rate"] == "2.5"
    assert q.q5_institutions(measures).lines[0].params["rate"] == "2.5"
