"""Core's messages in a PDF report: translated, their numbers in the report's language."""

from __future__ import annotations

from mainstream_desktop.core.messages import CONTEXT, Message
from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as T
from mainstream_desktop.reports.pdf_locale import ReportLocale

NNBSP, NBSP = "\u202f", "\u00a0"
SUM = T(CONTEXT, "{indicator} {period}: men ({male:,.0f}) and women ({female:,.0f}) do not add "
                 "up to the total ({total:,.0f}).")


def _sum() -> Message:
    return Message(SUM, {"indicator": "Stock", "period": "2019", "male": 1234.0, "female": 56789.0,
                         "total": 60000.0})


def test_a_core_message_in_a_french_report_groups_the_french_way() -> None:
    text = ReportLocale.of("fr").message(_sum())
    assert f"(1{NNBSP}234)" in text and f"(56{NNBSP}789)" in text and f"(60{NNBSP}000)" in text
    assert "hommes" in text  # the French template, its specs kept


def test_the_other_languages_and_english() -> None:
    assert ReportLocale.of("en").message(_sum()) == str(_sum()) == (
        "Stock 2019: men (1,234) and women (56,789) do not add up to the total (60,000).")
    assert "(56.789)" in ReportLocale.of("es").message(_sum())
    assert f"(56{NBSP}789)" in ReportLocale.of("ru").message(_sum())
    assert "(56,789)" in ReportLocale.of("ar").message(_sum())


def test_nested_messages_and_untranslated_templates() -> None:
    inner = Message("{share:.0%} explained", {"share": 0.25})
    outer = Message("Not in any catalogue: {value:,.1f}; {inner}", {"value": 1234.5, "inner": inner})
    assert ReportLocale.of("fr").message(outer) == f"Not in any catalogue: 1{NNBSP}234,5; 25{NBSP}% explained"


def test_report_texts_and_borrowed_texts_write_their_numbers_in_the_language() -> None:
    locale = ReportLocale.of("es")
    assert locale.borrowed("charts", "{total:,.0f} in all", total=1234567.0) == "1.234.567 in all"
    assert locale.t("Year {year}: {share:.0%}", year=2019, share=0.5) == f"Year 2019: 50{NBSP}%"
