"""Numbers written the way a language writes them, for Python format specs.

Core's message templates, and the chart builders' labels, write numbers with Python's format
specs (``{value:,.1f}``, ``{gap:.0%}``, ``{total:,.6g}``), which always give English grouping and
decimal marks. ``format_number`` keeps what a spec decides (grouping or not, precision, fixed,
general or percent, sign, width) and only swaps the English symbols for the language's: its
group and decimal marks, digits, minus sign and percent pattern, as babel (CLDR) writes them,
the same symbols as the PDF reports' ``ReportLocale.number``. French ``12 345,6`` (narrow
no-break space), Russian ``12 345,6`` (no-break space), Spanish ``12.345,6``, Arabic as CLDR
writes it with Latin digits (``12,345.6``), ``42 %`` in French and Spanish.

``LocalNumber`` wraps a value so ``str.format`` does this for every spec of a template, which
lets translated templates keep the specs they have; ``localised_params`` wraps the numbers of a
message's values. English is Python's own output, byte for byte, with one exception in every language: a grouped
general spec (``{value:,.6g}``), which asks for a figure a person reads, never switches to an
exponent for a large value: where Python writes ``1.3e+06`` or ``1.23457e+06`` it is written in
full, rounded to a whole number (``1,300,000``, ``1,234,567``; French ``1 234 567``), up to
10**15. Integers without a spec are left alone (a year stays ``2019``); ``bool``, ``None``, text
and dates are never touched; NaN and infinity come out as Python writes them (``nan``, ``inf``).
"""

from __future__ import annotations

import functools
import numbers
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

_SPEC = re.compile(r"(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<z>z)?(?P<alt>#)?(?P<zero>0)?"
                   r"(?P<width>\d+)?(?P<grouping>[,_])?(?:\.(?P<precision>\d+))?(?P<type>[bcdeEfFgGnosxX%])?",
                   re.DOTALL)
_NUMBER_TYPES = frozenset("deEfFgGn%")
_ENGLISH = re.compile(r"(?P<sign>[-+ ]?)(?P<body>.*?)(?P<percent>%?)", re.DOTALL)
_MANTISSA = re.compile(r"([^eE]*)(.*)", re.DOTALL)
_PATTERN_AFFIXES = re.compile(r"([^#0-9,.@]*)[#0-9,.@]+([^#0-9,.@]*)")
_IN_FULL_BELOW = 10 ** 15  # a grouped general spec writes larger values with an exponent, as Python does


@dataclass(frozen=True)
class NumberStyle:
    """The symbols one language writes numbers with (babel's, so CLDR's)."""

    language: str
    group: str = ","
    decimal: str = "."
    minus: str = "-"
    plus: str = "+"
    percent_prefix: str = ""
    percent_suffix: str = "%"
    digits: str = "0123456789"

    @classmethod
    def of(cls, language: str | None = None) -> NumberStyle:
        """The style of ``language`` (``fr_FR`` -> ``fr``); None: the language reference labels
        are shown in here (``reference_labels.label_language``: this thread's report, else the
        window's)."""
        from mainstream_desktop.core.reference_labels import label_language, normalise_language

        return _style(normalise_language(language) if language is not None else label_language())

    @property
    def is_english(self) -> bool:
        return self == ENGLISH

    def localise(self, english: str) -> str:
        """Python's English output for a number (``-12,345.6``, ``+42%``, ``1.5e+20``) in this style."""
        if self.is_english:
            return english
        match = _ENGLISH.fullmatch(english)
        if match is None:  # pragma: no cover - the pattern matches any text
            return english
        body = match["body"]
        if body.lower() not in ("nan", "inf"):
            mantissa, exponent = _MANTISSA.fullmatch(body).groups()  # type: ignore[union-attr]
            body = mantissa.translate(self._symbols()) + exponent
        sign = {"-": self.minus, "+": self.plus}.get(match["sign"], match["sign"])
        if match["percent"]:
            return sign + self.percent_sign(body)
        return sign + body

    def _symbols(self) -> dict[int, str]:
        table = {ord(","): self.group, ord("."): self.decimal}
        table.update({ord(str(d)): mine for d, mine in enumerate(self.digits) if mine != str(d)})
        return table

    def percent_sign(self, number_text: str) -> str:
        """``number_text`` (already in this style) followed or preceded by the percent sign."""
        return self.percent_prefix + number_text + self.percent_suffix


ENGLISH = NumberStyle("en")


@functools.lru_cache(maxsize=16)
def _style(language: str) -> NumberStyle:
    """The language's symbols in its default numbering system, its percent pattern's affixes."""
    if language == "en":
        return ENGLISH
    from babel import Locale
    from babel.numbers import format_decimal

    locale = Locale.parse(language)
    system = locale.default_numbering_system
    symbols = locale.number_symbols[system]
    digits = "".join(str(format_decimal(d, format="0", locale=locale, numbering_system=system)) for d in range(10))
    pattern = locale.percent_formats[None].pattern.split(";")[0]
    prefix, suffix = _PATTERN_AFFIXES.fullmatch(pattern).groups()  # type: ignore[union-attr]
    percent = symbols.get("percentSign", "%")
    return NumberStyle(language, symbols.get("group", ","), symbols.get("decimal", "."),
                       symbols.get("minusSign", "-"), symbols.get("plusSign", "+"),
                       prefix.replace("%", percent), suffix.replace("%", percent), digits)


def is_number(value: object) -> bool:
    """A value ``format_number`` formats: a real number or a ``Decimal``, never a ``bool``."""
    return isinstance(value, (numbers.Real, Decimal)) and not isinstance(value, bool)


def format_number(value: float | Decimal, spec: str = "", language: str | NumberStyle | None = None) -> str:
    """``format(value, spec)`` with the language's symbols; English and non-numeric specs
    (``x``, ``b``, ``c``) give exactly ``format(value, spec)``."""
    style = language if isinstance(language, NumberStyle) else NumberStyle.of(language)
    if not is_number(value):
        return format(value, spec)
    parts = _SPEC.fullmatch(spec)
    if parts is None or (parts["type"] and parts["type"] not in _NUMBER_TYPES):
        return format(value, spec)
    if _in_full(value, parts):
        spec = spec[:parts.start("precision") - 1] + ".0f" if parts["precision"] is not None else spec[:-1] + ".0f"
        parts = _SPEC.fullmatch(spec)
        assert parts is not None
    if style.is_english:
        return format(value, spec)
    if not spec and isinstance(value, numbers.Integral):
        return str(value)
    width = int(parts["width"] or 0)
    bare = "".join(parts[name] or "" for name in ("sign", "z", "alt", "grouping"))
    bare += ("." + parts["precision"] if parts["precision"] is not None else "") + (parts["type"] or "")
    text = style.localise(format(value, bare))
    if len(text) >= width:
        return text
    fill, align = parts["fill"] or ("0" if parts["zero"] and not parts["align"] else " "), parts["align"]
    if align == "=" or (parts["zero"] and not align):
        sign = next((s for s in (style.minus, style.plus, " ") if s and text.startswith(s)), "")
        return sign + fill * (width - len(text)) + text[len(sign):]
    return format(text, f"{fill}{align or '>'}{width}")


def _in_full(value: float | Decimal, parts: re.Match[str]) -> bool:
    """A grouped general spec (``,.6g``) and a finite value Python would write with an exponent
    because it is large (its whole part has more digits than the precision)."""
    if parts["type"] not in ("g", "G") or not parts["grouping"]:
        return False
    try:
        size = abs(float(value))
    except (OverflowError, ValueError):  # pragma: no cover - a huge Decimal
        return False
    precision = max(int(parts["precision"]) if parts["precision"] is not None else 6, 1)
    if not size < _IN_FULL_BELOW:  # also NaN
        return False
    return float(format(size, f".{precision - 1}e")) >= 10 ** precision  # as rounded to the precision


def format_percent_points(value: float, spec: str = ".1f", language: str | NumberStyle | None = None) -> str:
    """A value already in percent (12.5) with the percent sign: ``f"{value:.1f}%"`` in English."""
    style = language if isinstance(language, NumberStyle) else NumberStyle.of(language)
    return style.localise(format(value, spec) + "%")


@dataclass(frozen=True)
class LocalNumber:
    """A number that ``str.format`` writes in a language's style, whatever the spec."""

    value: float | int | Decimal
    style: NumberStyle

    def __format__(self, spec: str) -> str:
        return format_number(self.value, spec, self.style)

    def __str__(self) -> str:
        return format_number(self.value, "", self.style)

    def __repr__(self) -> str:
        return repr(self.value)


def localised_params(params: Mapping[str, object], language: str | NumberStyle | None = None) -> dict[str, object]:
    """``params`` with every number wrapped as a ``LocalNumber`` (in English too, for the
    grouped general specs written in full)."""
    style = language if isinstance(language, NumberStyle) else NumberStyle.of(language)
    return {key: LocalNumber(value, style) if is_number(value) else value  # type: ignore[arg-type]
            for key, value in params.items()}
