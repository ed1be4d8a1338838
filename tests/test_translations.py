"""The translation catalogues: extraction finds every marked text, the shipped files are current
with the code, and (once the translators are done) every text and reference label is translated
into French, Spanish, Russian and Arabic with its placeholders.

``tools/update_translations.py`` is the one extraction; these tests use it as the program's
developers do. The look-ups the window really makes are checked against it in
``tests/ui/test_translation_coverage.py``.
"""

from __future__ import annotations

import csv
import string
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import update_translations as tool  # noqa: E402

LANGUAGES = tool.LANGUAGES


@pytest.fixture(scope="module")
def extraction() -> tool.Extraction:
    return tool.extract()


def placeholders(text: str) -> list[str]:
    try:
        return sorted(name for _literal, name, _spec, _conversion in string.Formatter().parse(text) if name is not None)
    except ValueError:  # a lone brace: not a template
        return []


# -- extraction ----------------------------------------------------------------------------------
def write_package(root: Path, files: dict[str, str]) -> list[Path]:
    """A small package named like ours (so the marker's module resolves) in ``root``."""
    paths = []
    for name, text in files.items():
        path = root / "mainstream_desktop" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        paths.append(path)
    return paths


def extract_from(tmp_path: Path, files: dict[str, str]) -> tool.Extraction:
    paths = write_package(tmp_path, {
        "__init__.py": "", "core/__init__.py": "",
        "core/messages.py": '''
            CONTEXT = "core"
            def QT_TRANSLATE_NOOP(context, text):
                return text
        ''', **files})
    return tool.extract(paths, package_dir=tmp_path / "mainstream_desktop")


def found(extraction: tool.Extraction) -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in extraction.messages.values()}


def test_markers_under_aliases_and_constant_contexts_are_found(tmp_path: Path) -> None:
    extraction = extract_from(tmp_path, {
        "core/specs.py": '''
            from mainstream_desktop.core.messages import CONTEXT, QT_TRANSLATE_NOOP as T
            from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP
            RECORDS = "records"
            N = QT_TRANSLATE_NOOP
            TITLE = T(CONTEXT, "Core text")
            LABELS = {"a": N(RECORDS, "Record " "label"), "b": QT_TRANSLATE_NOOP("report", "Report text")}
        ''',
        "ui/page.py": '''
            from mainstream_desktop.core.specs import RECORDS
            from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as M
            TEXTS = [M(RECORDS, "Borrowed context")]
        ''',
    })
    assert found(extraction) == {("core", "Core text"), ("records", "Record label"), ("report", "Report text"),
                                 ("records", "Borrowed context")}
    assert extraction.errors() == []


def test_wrappers_and_tr_calls_get_the_context_they_look_up(tmp_path: Path) -> None:
    extraction = extract_from(tmp_path, {
        "ui/widgets.py": '''
            from PySide6.QtCore import QCoreApplication
            from PySide6.QtWidgets import QDialog, QWidget

            def _t(text):
                return QCoreApplication.translate("review", text)

            def step_title(number, english):
                return QCoreApplication.translate("core", english)

            def categories():
                def tr(text):
                    return QCoreApplication.translate("ImportDialog", text)
                return [tr("New"), tr("Updated")]

            def ask(parent: QWidget | None):
                return QDialog.tr("A value of your own"), parent.tr("Annotated")

            class Panel(QWidget):
                def __init__(self):
                    self.title = self.tr("Panel title")
                    self.other = _t("Wrapped")
                    self.step = step_title(1, "Second argument")
                    def later():
                        return self.tr("In a nested function")
                    self.later = later
                def _label(self, text):
                    return QCoreApplication.translate("records", text)
                def fill(self):
                    return self._label("Method wrapper"), QCoreApplication.translate("app", "Literal")
        ''',
        "ui/user.py": '''
            from mainstream_desktop.ui.widgets import _t
            TEXT = _t("Imported wrapper")
        ''',
    })
    assert found(extraction) == {
        ("review", "Wrapped"), ("review", "Imported wrapper"), ("core", "Second argument"),
        ("ImportDialog", "New"), ("ImportDialog", "Updated"), ("QDialog", "A value of your own"),
        ("QWidget", "Annotated"), ("Panel", "Panel title"), ("Panel", "In a nested function"),
        ("records", "Method wrapper"), ("app", "Literal")}
    assert extraction.errors() == []


def test_texts_that_can_never_be_translated_are_errors(tmp_path: Path) -> None:
    extraction = extract_from(tmp_path, {
        "ui/bad.py": '''
            from PySide6.QtWidgets import QWidget
            from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP
            def show(window, name, context):
                window.tr("Unknown class")
                QT_TRANSLATE_NOOP(context, "Unknown context")
            class Page(QWidget):
                def __init__(self, name):
                    self.tr(f"Hello {name}")
                    self.tr("Hello {name}".format(name=name))
        ''',
    })
    problems = sorted((f.location.line, f.error) for f in extraction.findings)
    assert problems == [(5, True), (6, True), (9, True), (10, True)]
    assert found(extraction) == set()


def test_pyside_tries_the_class_names_of_the_objects_type(qapp) -> None:  # type: ignore[no-untyped-def]
    """The claim the extraction rests on: ``self.tr`` looks the text up under the ``__name__`` of
    each class of the object's method resolution order, so the class holding the call is tried."""
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QWidget

    looked_up: list[str] = []

    class Recorder(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
            if source == "Title":
                looked_up.append(context)
            return "found" if (context, source) == ("Base", "Title") else None  # None: not here

        def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
            return False

    class Base(QWidget):
        def title(self) -> str:
            return self.tr("Title")

    class Child(Base):
        pass

    recorder = Recorder()
    QCoreApplication.installTranslator(recorder)
    try:
        assert Child().title() == "found"
    finally:
        QCoreApplication.removeTranslator(recorder)
    assert looked_up == ["Child", "Base"]


def test_the_program_s_texts_are_all_found(extraction: tool.Extraction) -> None:
    assert extraction.errors() == [], "\n".join(
        f"{f.location.path}:{f.location.line}: {f.problem}" for f in extraction.errors())
    texts = found(extraction)
    assert len(texts) > 1700
    for expected in [("records", "Magnitude (1-3)"), ("ExchangeImportDialog", "Conflicting"),
                     ("participation", "Step 2: whole-of-government \u2014 {code}"), ("core", "under 30 days"),
                     ("charts", "under 30 days"), ("MainWindow", "&Settings\u2026"), ("report", "Contents"),
                     ("app", "Demo not loaded"), ("profile", "Sectors affected")]:
        assert expected in texts, expected


# -- the TS files -------------------------------------------------------------------------------
def test_merging_keeps_translations_marks_removed_texts_and_prefills_same_texts() -> None:
    existing = tool.TsFile("fr", {"version": "2.1", "language": "fr"}, [
        tool.TsEntry("report", "Contents", "", "Sommaire", ""),
        tool.TsEntry("report", "Gone", "", "Parti", ""),
        tool.TsEntry("report", "Never translated and gone", "", "", tool.UNFINISHED),
        tool.TsEntry("report", "Back again", "", "De retour", "vanished"),
    ])
    extraction = tool.Extraction()
    here = tool.Location("ui/x.py", 1)
    for context, source in (("report", "Contents"), ("charts", "Contents"), ("report", "Back again"),
                            ("report", "New")):
        extraction.add(context, source, "", here)
    merged = {(e.context, e.source): (e.translation, e.translation_type) for e in tool.merge(existing, extraction).entries}
    assert merged == {
        ("report", "Contents"): ("Sommaire", ""),
        ("charts", "Contents"): ("Sommaire", tool.UNFINISHED),  # a suggestion a translator confirms
        ("report", "Back again"): ("De retour", tool.UNFINISHED),
        ("report", "New"): ("", tool.UNFINISHED),
        ("report", "Gone"): ("Parti", tool.OBSOLETE),
    }


def test_the_rendered_file_reads_back_the_same(tmp_path: Path, extraction: tool.Extraction) -> None:
    ts = tool.read_ts(tool.ts_path("fr"))
    again = tmp_path / "again.ts"
    again.write_text(tool.render_ts(ts, extraction), encoding="utf-8")
    assert [(e.key, e.translation, e.translation_type) for e in tool.read_ts(again).entries] == [
        (e.key, e.translation, e.translation_type) for e in ts.entries]


def test_shipped_catalogues_are_current_with_the_code(extraction: tool.Extraction) -> None:
    """The TS files hold exactly today's texts, the .qm files are compiled from them, the label
    files list today's English labels: else run tools/update_translations.py."""
    assert tool.out_of_date(extraction) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_finished_translations_keep_their_placeholders(language: str) -> None:
    wrong = [(e.context, e.source, e.translation) for e in tool.read_ts(tool.ts_path(language)).entries
             if e.translation and e.translation_type == "" and placeholders(e.translation) != placeholders(e.source)]
    assert wrong == []


# -- complete: every language, every text --------------------------------------------------------
# Guards that nothing is left untranslated when texts are added later.
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated(language: str, extraction: tool.Extraction) -> None:
    entries = {e.key: e for e in tool.read_ts(tool.ts_path(language)).entries}
    missing = []
    for key, message in extraction.messages.items():
        entry = entries.get(key)
        if entry is None or entry.translation_type != "" or not (entry.translation or any(entry.numerus_forms)):
            missing.append(f"{message.context}: {message.source!r}")
        elif placeholders(entry.translation) != placeholders(message.source):
            missing.append(f"{message.context}: {message.source!r} -> placeholders of {entry.translation!r}")
    assert not missing, f"{len(missing)} untranslated, e.g. {missing[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reference_label_is_translated(language: str) -> None:
    with tool.labels_path(language).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    untranslated = [f"{r['source']} {r['list_name']} {r['code']}: {r['label_en']!r}" for r in rows
                    if r["status"] == tool.UNTRANSLATED or not r["label"].strip()]
    assert len(rows) > 800
    assert not untranslated, f"{len(untranslated)} untranslated, e.g. {untranslated[:5]}"


def test_label_files_list_every_shipped_label_once() -> None:
    english = tool.reference_labels_en()
    keys = [(r["source"], r["list_name"], r["code"]) for r in english]
    assert len(keys) == len(set(keys))
    for language in LANGUAGES:
        with tool.labels_path(language).open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert [(r["source"], r["list_name"], r["code"], r["label_en"]) for r in rows] == [
            (*key, r["label_en"]) for key, r in zip(keys, english, strict=True)]
        assert {r["status"] for r in rows} <= {"", tool.TRANSLATED, tool.UNTRANSLATED}


def test_a_changed_english_label_is_untranslated_again(tmp_path: Path) -> None:
    first = tool.reference_labels_en()[0]
    labels = tmp_path / "code_labels_fr.csv"
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, tool.LABEL_COLUMNS)
        writer.writeheader()
        writer.writerow({**first, "label": "Traduit", "status": ""})
        writer.writerow({**tool.reference_labels_en()[1], "label_en": "An older English label", "label": "Ancien",
                         "status": ""})
    rows = list(csv.DictReader(tool.refreshed_labels("fr", labels).splitlines()))
    assert (rows[0]["label"], rows[0]["status"]) == ("Traduit", "")
    assert (rows[1]["label"], rows[1]["status"]) == ("Ancien", tool.UNTRANSLATED)
    assert all(row["status"] == tool.UNTRANSLATED and row["label"] == row["label_en"] for row in rows[2:])


def test_moving_texts_down_a_file_keeps_the_catalogues_current() -> None:
    """Only new, changed or removed texts make a catalogue stale, not line numbers."""
    moved = '<location filename="../../ui/main_window.py" line="118"/>'
    here = '<location filename="../../ui/main_window.py" line="117"/>'
    elsewhere = '<location filename="../../ui/step_page.py" line="117"/>'
    assert tool._without_line_numbers(moved) == tool._without_line_numbers(here)
    assert tool._without_line_numbers(elsewhere) != tool._without_line_numbers(here)
