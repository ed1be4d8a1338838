"""The reports' translations: every text the PDF modules mark for context ``report`` has a
finished translation in each shipped TS file, with the same placeholders; the Qt-free reader
falls back to English; the TS files stay valid for Qt's own tools (lupdate keeps every
translation)."""

from __future__ import annotations

import ast
import shutil
import string
import subprocess
from pathlib import Path

import pytest

from mainstream_desktop.reports.pdf_locale import ReportLocale, visual
from mainstream_desktop.reports.report_catalogue import (
    LANGUAGES,
    REPORT_CONTEXT,
    UnknownLanguage,
    check_language,
    load_catalogue,
    parse_ts,
)
from mainstream_desktop.resource_files import resource

REPORTS = Path(__file__).resolve().parents[2] / "src" / "mainstream_desktop" / "reports"
TRANSLATED = ("fr", "es", "ru", "ar")


def report_texts() -> dict[str, str]:
    """Every ``QT_TRANSLATE_NOOP("report", ...)`` text of the PDF modules -> the module it is in
    (read as lupdate reads them: literal strings, implicit concatenation joined)."""
    texts: dict[str, str] = {}
    for path in sorted(REPORTS.glob("pdf_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                context, text = node.args
                assert isinstance(context, ast.Constant) and isinstance(text, ast.Constant), path
                if context.value == REPORT_CONTEXT:
                    texts.setdefault(text.value, path.name)
    return texts


def placeholders(text: str) -> list[str]:
    return sorted(name for _literal, name, _spec, _conversion in string.Formatter().parse(text) if name)


def test_the_report_texts_are_many_and_marked_with_a_literal_context() -> None:
    assert len(report_texts()) > 200


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_report_text_is_translated_with_its_placeholders(language: str) -> None:
    catalogue = load_catalogue(language)
    missing = []
    for text, module in report_texts().items():
        translated = catalogue.messages.get((REPORT_CONTEXT, text))
        if not translated:
            missing.append((module, text))
            continue
        assert placeholders(translated) == placeholders(text), (language, text, translated)
        assert translated.format(**{name: "x" for name in placeholders(text)})
    assert not missing, missing


def test_translations_are_in_their_script() -> None:
    assert load_catalogue("ru").translate(REPORT_CONTEXT, "Contents") == "Содержание"
    assert load_catalogue("ar").translate(REPORT_CONTEXT, "Contents") == "المحتويات"
    assert load_catalogue("fr").translate(REPORT_CONTEXT, "Country report") == "Rapport de pays"
    assert load_catalogue("es").translate(REPORT_CONTEXT, "Country report") == "Informe de país"


def test_missing_or_unfinished_entries_fall_back_to_english() -> None:
    messages = parse_ts(b"""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">
        <context><name>report</name>
          <message><source>Done</source><translation>Fait</translation></message>
          <message><source>Draft</source><translation type="unfinished">Brouillon</translation></message>
          <message><source>Gone</source><translation type="vanished">Parti</translation></message>
          <message numerus="yes"><source>%n pages</source><translation><numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform></translation></message>
        </context></TS>""")
    assert messages == {("report", "Done"): "Fait", ("report", "%n pages"): "%n page"}
    english = load_catalogue("en")
    assert english.translate(REPORT_CONTEXT, "Contents") == "Contents"
    assert load_catalogue("fr").translate(REPORT_CONTEXT, "no such text") == "no such text"
    assert load_catalogue("fr").translate("charts", "no such chart") == "no such chart"


def test_languages_are_checked() -> None:
    assert check_language("FR") == "fr" and check_language("ar_EG") == "ar" and check_language("ru-RU") == "ru"
    assert set(LANGUAGES) == {"en", *TRANSLATED}
    for wrong in ("de", "", "english"):
        with pytest.raises(UnknownLanguage):
            check_language(wrong)


def test_numbers_and_dates_follow_the_language() -> None:
    from datetime import date

    assert ReportLocale.of("en").number(1234567) == "1,234,567"
    assert ReportLocale.of("fr").number(1234567).replace("\u202f", " ") == "1 234 567"
    assert ReportLocale.of("es").number(-5.8) == "-5,8"
    assert ReportLocale.of("ru").date(date(2024, 3, 5)).startswith("5 мар")
    assert ReportLocale.of("fr").country_name("JAM", "Jamaica") == "Jamaïque"
    assert ReportLocale.of("fr").country_name("KGZ", "Kyrgyzstan") == "Kirghizistan"  # as the window, not CLDR's
    assert ReportLocale.of("ar").country_name("BGD", "Bangladesh") == "بنغلادش"  # CLDR: بنغلاديش
    assert ReportLocale.of("ar").country_name("MDA", "Moldova") == "جمهورية مولدوفا"  # never the Maldives
    assert ReportLocale.of("ar").percent(0.76) in ("76%", "76\u066a", "\u200e76\u200e%\u200e")


def test_arabic_is_reshaped_and_put_in_visual_order() -> None:
    shown = visual("تقرير 2019")
    assert shown.startswith("2019")  # the number keeps its digits and goes to the left of the words
    assert all("\ufe70" <= c <= "\ufeff" or c in " 2019" for c in shown)
    assert visual("Country report") == "Country report"
    assert "(%)" in visual("الناتج المحلي الإجمالي (%)")  # brackets mirrored in right-to-left runs


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None and not Path(
    ".venv/bin/pyside6-lupdate").exists(), reason="Qt's lupdate is not installed")
def test_lupdate_extends_the_files_and_keeps_every_translation(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate") or str(Path(".venv/bin/pyside6-lupdate").resolve())
    ts = tmp_path / "mainstream_ru.ts"
    ts.write_bytes(resource("translations", "mainstream_ru.ts").read_bytes())
    before = {key: text for key, text in parse_ts(ts.read_bytes()).items() if key[0] == REPORT_CONTEXT}
    sources = sorted(str(p) for p in REPORTS.parent.rglob("*.py"))  # the whole program, as the full pass will
    run = subprocess.run([lupdate, *sources, "-ts", str(ts)], check=True, capture_output=True, timeout=120, text=True)
    assert "already existing" in run.stdout
    after = parse_ts(ts.read_bytes())
    assert {key: text for key, text in after.items() if key[0] == REPORT_CONTEXT} == before
    assert b"<name>MainWindow</name>" in ts.read_bytes()  # the window's contexts were added next to the report's
