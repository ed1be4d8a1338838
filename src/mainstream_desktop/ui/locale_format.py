"""Numbers and dates in the window, written the way the user's language writes them.

Everything goes through the default ``QLocale`` that ``ui/i18n.py`` installs: digit grouping
and decimal mark (1,234.5 / 1 234,5), dates (5 Mar 2024 / 05/03/2024 / 5.03.2024) and times. Date
fields use the locale's short format with a four-digit year, so a year is never ambiguous.
File names keep ISO dates (they must sort and travel between languages).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

MISSING = "\u2013"


def number_text(value: float | int | None, decimals: int = 0) -> str:
    """``value`` grouped in the user's locale, with ``decimals`` digits after the mark."""
    if value is None:
        return MISSING
    locale = QLocale()
    if decimals == 0:
        return locale.toString(int(round(value)))
    return locale.toString(float(value), "f", decimals)


def date_text(value: dt.date | dt.datetime | None) -> str:
    """A day in the locale's short format with a four-digit year (a time is turned into the
    local day first; a time without zone is taken as local, as ``datetime.astimezone`` does)."""
    if value is None:
        return MISSING
    if isinstance(value, dt.datetime):
        value = value.astimezone().date()
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def date_time_text(value: dt.datetime | None) -> str:
    """A moment in local time: the day as ``date_text``, then hours and minutes."""
    if value is None:
        return MISSING
    local = value.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    locale = QLocale()
    return locale.toString(moment, f"{date_format()} {locale.timeFormat(QLocale.FormatType.ShortFormat)}")


def chart_number(value: float, decimals: int) -> str:
    """A number drawn in a chart (``reports.chart_text.NumberFormat``): grouped, ``decimals``
    digits after the mark. Safe on the worker thread (it only reads the default locale)."""
    return QLocale().toString(float(value), "f", decimals)


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format, its year always written with four digits."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern
