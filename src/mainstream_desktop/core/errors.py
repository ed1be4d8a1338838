"""Typed errors raised by core services. Each carries a stable code and an English message;
the CLI prints the message, the window translates it (``ui/core_texts.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from mainstream_desktop.core.problems import Problem


class MainstreamError(Exception):
    """Base of every error core raises on purpose (anything else is a bug)."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(MainstreamError):
    code = "not_found"


class AlreadyExists(MainstreamError):
    code = "already_exists"


class StoreUnavailable(MainstreamError):
    """The data folder or database cannot be opened (locked, newer schema, damaged...)."""

    code = "store_unavailable"


class InvalidInput(MainstreamError):
    """The user's input breaks a rule; ``problems`` says which fields and why."""

    code = "invalid_input"

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        summary = "; ".join(str(problem.message) for problem in self.problems[:5])
        super().__init__(summary or "the input is not valid")
