"""The language of one PDF report: its translated texts, numbers and dates written the way the
language writes them (babel), and Arabic turned into what a PDF can show.

A PDF draws glyphs in the order given, so right-to-left text must arrive already in visual
order with its letters in their joined forms: ``visual`` reshapes Arabic letters into their
presentation forms (``arabic-reshaper``) and reorders one line with the Unicode bidirectional
algorithm (``python-bidi``). Lines are reordered one at a time, after they are broken
(``pdf_flowables.RtlParagraph``), because reordering a whole paragraph first would put its end on
the first line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from mainstream_desktop.core.messages import CONTEXT as CORE_CONTEXT
from mainstream_desktop.core.messages import Message
from mainstream_desktop.core.number_format import localised_params
from mainstream_desktop.reports.report_catalogue import REPORT_CONTEXT, Catalogue, load_catalogue

_ARABIC_LETTERS = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
DASH = "\u2013"
MISSING = "\u2014"


def visual(text: str) -> str:
    """One line of text in visual (left-to-right drawing) order, Arabic letters joined."""
    if not _ARABIC_LETTERS.search(text):
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display  # python-bidi's own algorithm: it mirrors brackets (rule L4)

    shaped = get_display(arabic_reshaper.reshape(text), base_dir="R")
    return _BIDI_CONTROLS.sub("", str(shaped))


def reshaped(text: str) -> str:
    """Arabic letters in their joined forms, still in logical order (to measure a line's width)."""
    if not _ARABIC_LETTERS.search(text):
        return text
    import arabic_reshaper

    return _BIDI_CONTROLS.sub("", str(arabic_reshaper.reshape(text)))


@dataclass(frozen=True)
class ReportLocale:
    catalogue: Catalogue

    @classmethod
    def of(cls, language: str) -> ReportLocale:
        return cls(load_catalogue(language))

    @property
    def language(self) -> str:
        return self.catalogue.language

    @property
    def right_to_left(self) -> bool:
        return self.catalogue.right_to_left

    # -- texts ------------------------------------------------------------------------------
    def t(self, text: str, **values: object) -> str:
        """A text of the report (context ``report``), translated and filled in (numbers in the
        report's language, whatever their format spec: ``core/number_format.py``)."""
        template = self.catalogue.translate(REPORT_CONTEXT, text)
        return template.format(**localised_params(values, self.language)) if values else template

    def borrowed(self, context: str, text: str, **values: object) -> str:
        """A text owned elsewhere (``core``, ``charts``, ``records``): translated when the
        catalogue has it, English otherwise."""
        template = self.catalogue.translate(context, text)
        try:
            return template.format(**localised_params(values, self.language)) if values else template
        except (KeyError, IndexError, ValueError):
            return text.format(**values)

    def message(self, message: Message) -> str:
        """A message of core in the report's language, its nested messages too; English when
        the translation does not fit the values."""
        try:
            return message.filled(self.catalogue.translate(CORE_CONTEXT, message.template), self.language,
                                  self.message)
        except (KeyError, IndexError, ValueError):
            return str(message)

    def translator_for(self, context: str) -> Callable[[str], str]:
        """Look-ups in one borrowed context, the shape chart builders and record tables take."""
        return self.catalogue.translator(context)

    # -- numbers and dates ------------------------------------------------------------------
    def number(self, value: float | None, decimals: int | None = None) -> str:
        """``1,234,567`` / ``1 234 567``; up to ``decimals`` digits after the point (default:
        none for large values, up to two for small ones)."""
        if value is None:
            return MISSING
        from babel.numbers import format_decimal

        if decimals is None:
            decimals = 0 if abs(value) >= 1000 or float(value).is_integer() else 2
        pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
        return str(format_decimal(value, format=pattern, locale=self.language))

    def percent(self, value: float | None, decimals: int = 0) -> str:
        """A share (0.42) as a percentage in the language's style."""
        if value is None:
            return MISSING
        from babel.numbers import format_percent

        pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
        return str(format_percent(value, format=pattern, locale=self.language))

    def money(self, amount: float | None, currency: str) -> str:
        if amount is None:
            return MISSING
        return f"{self.number(round(amount))} {currency}".strip()

    def date(self, value: dt.date | dt.datetime | None) -> str:
        if value is None:
            return MISSING
        from babel.dates import format_date

        day = value.date() if isinstance(value, dt.datetime) else value
        return str(format_date(day, format="medium", locale=self.language))

    def long_date(self, value: dt.date) -> str:
        from babel.dates import format_date

        return str(format_date(value, format="long", locale=self.language))

    def country_name(self, iso3: str, english: str) -> str:
        """The country's name in the report's language, from the same catalogues as every other
        view's (``core.reference_labels``: pycountry's ISO 3166-1), else ``english``."""
        from mainstream_desktop.core.reference_labels import ReferenceLabels

        return ReferenceLabels.of(self.language).country(iso3, english)
