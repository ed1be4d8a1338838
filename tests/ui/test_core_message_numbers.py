"""Core's messages in the window: translated, their numbers in the window's language."""

from __future__ import annotations

from mainstream_desktop.core.messages import CONTEXT, Message
from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as T
from mainstream_desktop.ui.core_texts import message_text
from mainstream_desktop.ui.i18n import install_language

NNBSP, NBSP = "\u202f", "\u00a0"
SUM = T(CONTEXT, "{indicator} {period}: men ({male:,.0f}) and women ({female:,.0f}) do not add "
                 "up to the total ({total:,.0f}).")
CHANGE = T(CONTEXT, "{indicator}: {change:+.0%} between {first} and {second}; explain the change "
                    "(refugee influx, border change, a new source type?).")


def _messages() -> tuple[Message, Message]:
    return (Message(SUM, {"indicator": "Stock", "period": "2019", "male": 1234.0, "female": 56789.0,
                          "total": 60000.0}),
            Message(CHANGE, {"indicator": "Stock", "change": -0.25, "first": 2015, "second": 2020}))


def test_a_french_window_writes_french_numbers(english_afterwards) -> None:  # type: ignore[no-untyped-def]
    total, change = _messages()
    english = message_text(total)
    assert english == str(total) == "Stock 2019: men (1,234) and women (56,789) do not add up to the total (60,000)."
    install_language(english_afterwards, "fr")
    french = message_text(total)
    assert "hommes" in french and f"(56{NNBSP}789)" in french and f"(60{NNBSP}000)" in french
    assert f"-25{NBSP}%" in message_text(change) and "2015" in message_text(change)
    assert message_text(change) != change.filled(change.template, "fr")  # the French template
    install_language(english_afterwards, "es")
    assert "(56.789)" in message_text(total)
    install_language(english_afterwards, "en")
    assert message_text(total) == english
