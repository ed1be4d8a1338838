"""Typed validation problems: which field, a stable code, how bad, and what to say."""

from __future__ import annotations

from dataclasses import dataclass

from mainstream_desktop.core.messages import Message
from mainstream_desktop.enums import Severity


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    severity: Severity
    message: Message

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def error(field_name: str, code: str, template: str, /, **params: object) -> Problem:
    return Problem(field_name, code, Severity.ERROR, Message(template, dict(params)))


def warning(field_name: str, code: str, template: str, /, **params: object) -> Problem:
    return Problem(field_name, code, Severity.WARNING, Message(template, dict(params)))


def has_errors(problems: list[Problem] | tuple[Problem, ...]) -> bool:
    return any(problem.is_error for problem in problems)
