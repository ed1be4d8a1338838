"""The translations the PDF reports use, read without Qt from the shipped Qt Linguist files.

``resources/translations/mainstream_<lang>.ts`` are the program's translation sources (the
window loads the compiled ``.qm``; the reports read the ``.ts`` XML itself, so a report can be
written in any language whatever the window's language is, and without Qt). A ``Catalogue``
answers ``translate(context, text)``; a text with no finished translation comes back in English,
so a missing entry never leaves a gap in a report.

The reports' own texts are in context ``report``; the same catalogue also looks up the texts the
reports borrow from elsewhere (``core`` messages, ``charts`` titles, ``records`` labels).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from xml.etree import ElementTree

from mainstream_desktop.core.errors import MainstreamError
from mainstream_desktop.resource_files import resource

LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ru", "ar")
"""Languages a report can be written in; English is the source language of every text."""
RIGHT_TO_LEFT = frozenset({"ar"})
REPORT_CONTEXT = "report"
_SKIPPED_TYPES = frozenset({"unfinished", "obsolete", "vanished"})

Translate = Callable[[str], str]


class UnknownLanguage(MainstreamError):
    code = "unknown_language"


@dataclass(frozen=True)
class Catalogue:
    """Finished translations of one language, by (context, English source text)."""

    language: str
    messages: Mapping[tuple[str, str], str] = field(default_factory=dict)

    @property
    def right_to_left(self) -> bool:
        return self.language in RIGHT_TO_LEFT

    def translate(self, context: str, text: str) -> str:
        return self.messages.get((context, text)) or text

    def translator(self, context: str = REPORT_CONTEXT) -> Translate:
        """``translate`` bound to one context, the shape chart builders and tables take."""
        return functools.partial(self.translate, context)


def check_language(language: str) -> str:
    """The language code normalised ("FR" -> "fr"); refuses a language reports do not offer."""
    code = (language or "").strip().lower().replace("-", "_").split("_")[0]
    if code not in LANGUAGES:
        raise UnknownLanguage(f"unknown language {language!r}: choose one of {', '.join(LANGUAGES)}")
    return code


@functools.lru_cache(maxsize=len(LANGUAGES))
def load_catalogue(language: str) -> Catalogue:
    """The catalogue of ``language`` from the shipped ``.ts`` file (English needs none)."""
    code = check_language(language)
    if code == "en":
        return Catalogue("en")
    source = resource("translations", f"mainstream_{code}.ts")
    if not source.is_file():
        return Catalogue(code)
    return Catalogue(code, parse_ts(source.read_bytes()))


def parse_ts(data: bytes) -> dict[tuple[str, str], str]:
    """Finished translations of a Qt Linguist TS file: (context, source) -> translation.

    Unfinished, obsolete and vanished entries are left out (the English text is shown instead);
    for plural forms the first form is taken.
    """
    root = ElementTree.fromstring(data)
    messages: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in _SKIPPED_TYPES:
                continue
            forms = translation.findall("numerusform")
            text = (forms[0].text if forms else translation.text) or ""
            if text:
                messages[(name, source)] = text
    return messages
