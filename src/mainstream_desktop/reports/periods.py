"""The period of an observation as a statistician writes it: 2019, 2019-Q2, 2019-03,
2015\u20132019, or the date of a point in time. One rule for the window's table and the exports.
"""

from __future__ import annotations

from datetime import date

from mainstream_desktop.enums import PeriodType


def period_label(period_type: PeriodType, start: date, end: date) -> str:
    if period_type is PeriodType.YEAR:
        return str(start.year)
    if period_type is PeriodType.QUARTER:
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    if period_type is PeriodType.MONTH:
        return f"{start.year}-{start.month:02d}"
    if period_type is PeriodType.MULTI_YEAR:
        return f"{start.year}\u2013{end.year}"
    return start.isoformat()
