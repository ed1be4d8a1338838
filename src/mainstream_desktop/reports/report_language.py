"""A report's reference labels (code lists, indicators, units, countries) in the report's
language, whatever the window's language is: the report is written inside
``reference_labels.labels_in(language)``, which applies to the thread writing it only."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from mainstream_desktop.core.reference_labels import labels_in

Writer = TypeVar("Writer", bound=Callable[..., Any])


def in_report_language(write: Writer) -> Writer:
    """Decorates a report writer taking ``language=`` (default English)."""

    @functools.wraps(write)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with labels_in(kwargs.get("language") or "en"):
            return write(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
