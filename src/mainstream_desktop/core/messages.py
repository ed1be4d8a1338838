"""Marking user-facing English texts that core produces so the window can translate them.

Core never translates. It returns English templates with named ``{placeholders}`` and the
values separately; ``ui/core_texts.py`` looks the template up in the translation catalogue
(context ``"core"``) and fills it in. ``QT_TRANSLATE_NOOP`` is the marker Qt's lupdate collects
from Python sources, so every template written with it lands in the ``.ts`` files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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
        return self.template.format(**self.params)
