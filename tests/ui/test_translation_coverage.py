"""Every text the window looks up while it runs is one the extraction found, in the context it is
looked up in: a text computed at run time (a spec's label, a code-list entry, a wrapper's
argument) must be marked where it is written, or translators never see it.

A recording translator stands in for the catalogues during a walk through every screen on the
demo (``ui_tour``): it answers each look-up the extraction knows with a marked text and records
the others. PySide's ``tr`` asks the object's own class first and then its base classes, so a
miss followed by a hit for the same text a few look-ups later is that walk, not a miss. Qt's own
texts (contexts of Qt classes, translated by Qt's ``qtbase`` catalogue) are left aside.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from tests.ui.ui_tour import tour

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

import update_translations as tool  # noqa: E402

MARK = "\u27e6{}\u27e7"


class RecordingTranslator(QTranslator):
    def __init__(self, known: set[tuple[str, str]]) -> None:
        super().__init__()
        self.known = known
        self.lookups: list[tuple[str, str, bool]] = []

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        hit = (context, source) in self.known
        self.lookups.append((context, source, hit))
        return MARK.format(source) if hit else None  # None: "not in this catalogue"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def misses(lookups: list[tuple[str, str, bool]]) -> set[tuple[str, str]]:
    found = set()
    for index, (context, source, hit) in enumerate(lookups):
        if hit or context.startswith("Q"):
            continue
        walk = lookups[index + 1: index + 16]
        same = [entry for entry in walk[: next((i for i, e in enumerate(walk) if e[1] != source), len(walk))]]
        if any(entry[2] for entry in same):
            continue  # tr() asked this class first, then found the text under a base class
        found.add((context, source))
    return found


def test_the_check_tells_a_class_walk_from_a_miss():
    lookups = [("CountryReportDialog", "File", False), ("ReportDialog", "File", True),
               ("records", "Computed label", False), ("QWizard", "&Next >", False)]
    assert misses(lookups) == {("records", "Computed label")}


def test_every_text_looked_up_on_every_screen_was_extracted(qtbot, demo_services, tasks):
    known = {(m.context, m.source) for m in tool.extract().messages.values()}
    recorder = RecordingTranslator(known)
    QCoreApplication.installTranslator(recorder)
    try:
        screens = [name for name, _widget in tour(qtbot, demo_services, tasks)]
    finally:
        QCoreApplication.removeTranslator(recorder)
    hits = sum(hit for _c, _s, hit in recorder.lookups)
    assert len(screens) > 60 and hits > 1500, (len(screens), hits)
    missing = sorted(misses(recorder.lookups))
    assert not missing, "\n".join(f"{context}: {source!r}" for context, source in missing)
