"""Marking user-facing English texts that core produces so the window can translate them.

Core never translates. It returns English templates with named ``{placeholders}`` and the
values separately; ``ui/core_texts.py`` looks the template up in the translation catalogue
(context ``"core"``) and fills it in. ``QT_TRANSLATE_NOOP`` is the marker Qt's lupdate collects
from Python sources, so every template written with it lands in the ``.ts`` files.

Templates write numbers with Python format specs (``{value:,.1f}``, ``{gap:.0%}``);
``Message.filled`` writes them in a language's style (``core/number_format.py``), so a
translated template keeps the specs of the English one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mainstream_desktop.core.number_format import NumberStyle, localised_params

CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker name
    """Return ``text`` unchanged; lupdate records it for translation under ``context``."""
    del context
    return text


@dataclass(frozen=True)
class Message:
    """An English template plus its values; ``str()`` gives the English sentence."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.filled(self.template, "en")

    def filled(self, template: str, language: str | NumberStyle | None = None,
               nested: Callable[[Message], str] | None = None) -> str:
        """``template`` (this message's own or its translation) filled with the values, numbers
        in ``language``'s style (None: the language reference labels are shown in). A value that
        is itself a message is written by ``nested`` (default: its English, numbers in
        ``language``'s style)."""
        style = language if isinstance(language, NumberStyle) else NumberStyle.of(language)
        params = localised_params(self.params, style)
        for key, value in params.items():
            if isinstance(value, Message):
                params[key] = nested(value) if nested is not None else value.filled(value.template, style)
        return template.format(**params)
