"""Turning what core says into the user's language: messages, problems and errors.

Core returns English templates with ``{placeholders}`` (marked for lupdate in core with
``QT_TRANSLATE_NOOP("core", ...)``); here they are looked up in the loaded catalogue and filled,
their numbers in the window's language (``core/number_format.py``: ``12 345,6`` in French, from
the same ``{value:,.1f}`` the template has in every language) and their nested messages
translated too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mainstream_desktop.core.errors import InvalidInput, MainstreamError
from mainstream_desktop.core.messages import CONTEXT, Message
from mainstream_desktop.core.problems import Problem
from mainstream_desktop.core.reference_labels import label_language


def translate_core(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def message_text(message: Message) -> str:
    """``message`` in the window's language (the one ``ui/i18n.py`` installed); English when its
    translation does not fit the values."""
    template = translate_core(message.template)
    try:
        return message.filled(template, label_language(), message_text)
    except (KeyError, IndexError, ValueError):
        return str(message)


def problem_text(problem: Problem) -> str:
    return message_text(problem.message)


def error_text(exc: BaseException) -> str:
    """Words for an error a user can act on; unexpected ones say so without a traceback."""
    if isinstance(exc, InvalidInput):
        return "\n".join(problem_text(problem) for problem in exc.problems)
    if isinstance(exc, MainstreamError):
        return exc.message
    if isinstance(exc, OSError):
        return QCoreApplication.translate("errors", "The file system refused: {reason}").format(
            reason=exc.strerror or str(exc))
    return QCoreApplication.translate(
        "errors", "Something unexpected went wrong ({kind}: {detail}). Nothing was half-saved; "
                  "the details are in the log file.").format(kind=type(exc).__name__, detail=exc)
