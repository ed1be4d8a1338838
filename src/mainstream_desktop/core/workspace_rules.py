"""Validation of the workspace form (step 0, page 1): pure functions, no database."""

from __future__ import annotations

import re

from mainstream_desktop.core.dto import WorkspaceForm
from mainstream_desktop.core.messages import CONTEXT, QT_TRANSLATE_NOOP
from mainstream_desktop.core.problems import Problem, error

CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,19}$")
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
FIRST_YEAR, LAST_YEAR = 1950, 2100


def validate_workspace_form(
    form: WorkspaceForm, *, countries: set[str], currencies: set[str]
) -> list[Problem]:
    problems: list[Problem] = []
    if not CODE_PATTERN.match(form.code):
        problems.append(error("code", "code_format", QT_TRANSLATE_NOOP(
            CONTEXT, "The workspace code must be 2 to 20 capital letters, digits or dashes, "
                     "for example JAM or JAM-2.")))
    if form.country_iso3 not in countries:
        problems.append(error("country_iso3", "unknown_country", QT_TRANSLATE_NOOP(
            CONTEXT, "Choose the country from the list (ISO 3166 code).")))
    if not form.title.strip():
        problems.append(error("title", "required", QT_TRANSLATE_NOOP(
            CONTEXT, "The workspace needs a title.")))
    if form.start_date and form.end_date and form.end_date < form.start_date:
        problems.append(error("end_date", "end_before_start", QT_TRANSLATE_NOOP(
            CONTEXT, "The end date ({end}) is before the start date ({start})."),
            end=form.end_date.isoformat(), start=form.start_date.isoformat()))
    if form.reference_year is not None and not FIRST_YEAR <= form.reference_year <= LAST_YEAR:
        problems.append(error("reference_year", "year_range", QT_TRANSLATE_NOOP(
            CONTEXT, "The reference year must lie between {first} and {last}."),
            first=FIRST_YEAR, last=LAST_YEAR))
    if form.default_currency and form.default_currency not in currencies:
        problems.append(error("default_currency", "unknown_currency", QT_TRANSLATE_NOOP(
            CONTEXT, "{currency} is not an ISO 4217 currency code."), currency=form.default_currency))
    if form.focal_point_email and not EMAIL_PATTERN.match(form.focal_point_email):
        problems.append(error("focal_point_email", "email_format", QT_TRANSLATE_NOOP(
            CONTEXT, "The focal point's e-mail address does not look right.")))
    return problems
