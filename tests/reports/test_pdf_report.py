"""The PDF country report and the lessons-learned report, read back with ``pdftotext``: the
demo's own figures (read from the database here, never copied), the section titles and page
numbers, no personal value "without personal data", Cyrillic and shaped Arabic that the shipped
font really draws, the time the Jamaica report takes, atomic writing and cancellation."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mainstream_desktop.core.errors import NotFound
from mainstream_desktop.core.record_registry import ALL_SPECS
from mainstream_desktop.core.services import Services, open_services
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.models.monitoring import ResultIndicator
from mainstream_desktop.models.planning import Action
from mainstream_desktop.models.profile import Observation
from mainstream_desktop.models.society import ConsultationEvent
from mainstream_desktop.paths import DataPaths
from mainstream_desktop.reports.pdf_country import write_country_report
from mainstream_desktop.reports.pdf_target import ReportCancelled, ReportNotWritten
from mainstream_desktop.reports.record_tables import reveals_personal_data
from mainstream_desktop.reports.report_catalogue import UnknownLanguage
from mainstream_desktop.resource_files import resource
from tests.reports.lesson_records import add_lessons

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")

BUILD_LIMIT_SECONDS = 10.0
ARABIC_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True,
                          text=True, encoding="utf-8").stdout


def flat(text: str) -> str:
    """Whitespace collapsed: table cells and wrapped lines become one long line."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def jam(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[tuple[Services, Path]]:
    """The demo in a data folder of this module, and a folder for the PDFs."""
    root = tmp_path_factory.mktemp("pdf")
    shutil.copytree(demo_template, root / "data", ignore=shutil.ignore_patterns(".instance.*", "backups", "logs"))
    services = open_services(DataPaths(root / "data"), actor="tester")
    try:
        yield services, root
    finally:
        services.close()


@pytest.fixture(scope="module")
def english(jam: tuple[Services, Path]) -> tuple[str, float, int]:
    services, root = jam
    load_before = os.getloadavg()[0]
    started, cpu_started = time.perf_counter(), time.process_time()
    result = write_country_report(services, "JAM", root / "jam-en.pdf", language="en", include_personal=True)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    busy = max(load_before, os.getloadavg()[0]) > (os.cpu_count() or 1)
    BUILD_TIMES.update(wall=seconds, cpu=cpu, busy=busy)
    print(f"\nJAM country report (en): {result.pages} pages, {result.size_bytes:,} bytes in {seconds:.2f} s "
          f"({cpu:.2f} s of processor time; load average {load_before:.1f} on {os.cpu_count()} cores)")
    return pdf_text(result.path), seconds, result.pages


BUILD_TIMES: dict[str, float] = {}


def test_the_jamaica_report_is_built_in_under_ten_seconds(english: tuple[str, float, int]) -> None:
    """The first report of the process (the chart and PDF libraries load too). The work itself
    (processor time) must stay under the limit always; the elapsed time too, unless other
    programs keep every core busy (then it measures them, not us, and is only printed)."""
    _text, seconds, pages = english
    cpu, busy = BUILD_TIMES["cpu"], bool(BUILD_TIMES["busy"])
    print(f"JAM report: {seconds:.2f} s elapsed, {cpu:.2f} s of processor time for {pages} pages "
          f"(limit {BUILD_LIMIT_SECONDS:.0f} s){'; the machine was busy with other work' if busy else ''}")
    assert cpu < BUILD_LIMIT_SECONDS
    if not busy:
        assert seconds < BUILD_LIMIT_SECONDS


def test_section_titles_and_page_numbers(english: tuple[str, float, int]) -> None:
    text, _seconds, pages = english
    words = flat(text)
    for title in ("Country report", "Contents", "The steps at a glance", "Step 0: Workspace and readiness",
                  "Step 1: Migration profile", "Step 2: Whole-of-government", "Step 3: Whole-of-society",
                  "Step 4: Policy priorities in the plan", "Step 5: Monitoring and evaluation",
                  "Step 6: Coherent international support", "Step 7: Pilot testing and lessons learned",
                  "The golden thread", "Broken links", "Data sources and gaps", "Review status and open comments"):
        assert title in words, title
    assert pages > 15
    for page in range(2, pages + 1):  # the cover has no number
        assert f"Page {page} of {pages}" in words
    assert "Jamaica" in words and "JAM" in words


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 1000 or float(value).is_integer() else f"{value:,.2f}".rstrip("0")


def test_the_demo_figures_are_in_the_report(english: tuple[str, float, int], jam: tuple[Services, Path]) -> None:
    services, _root = jam
    words = flat(english[0])
    with services.uow() as uow:
        workspace = workspace_by_code(uow.session, "JAM")
        live = (Observation.workspace_id == workspace.id, Observation.deleted_at.is_(None))
        immigrants = uow.session.scalars(select(Observation).where(
            *live, Observation.indicator_code == "MIG_STOCK_IMM", Observation.sex == "T",
            Observation.partner_country == "_T").order_by(Observation.period_start.desc())).first()

        largest_action = uow.session.scalars(select(Action).where(
            Action.workspace_id == workspace.id, Action.deleted_at.is_(None)).order_by(
            Action.cost_estimate.desc())).first()
        costs = list(uow.session.scalars(select(Action.cost_estimate).where(
            Action.workspace_id == workspace.id, Action.deleted_at.is_(None))))
        indicator = uow.session.scalars(select(ResultIndicator).where(
            ResultIndicator.workspace_id == workspace.id, ResultIndicator.deleted_at.is_(None),
            ResultIndicator.baseline_value.is_not(None), ResultIndicator.baseline_value > 100)).first()
        women = uow.session.scalar(select(func.max(ConsultationEvent.participants_female)).where(
            ConsultationEvent.workspace_id == workspace.id))
    assert immigrants is not None and largest_action is not None and indicator is not None
    assert women
    figures = {
        "immigrant stock (headline tile and table)": _number(immigrants.value or 0),
        "largest action's cost": _number(largest_action.cost_estimate or 0),
        "indicator baseline": f"{_number(indicator.baseline_value or 0)} ({indicator.baseline_year})",
        "women at the largest consultation": str(women),
    }
    for what, shown in figures.items():
        assert shown in words, (what, shown)
    assert indicator.name in words
    assert sum(1 for cost in costs if cost is not None and _number(cost) in words) >= len(costs) - 1


def personal_values(services: Services, code: str = "JAM") -> set[str]:
    """Every value the record tables call personal (names, e-mails, phones, "reported by"...),
    and the focal point's name: what must not appear without personal data."""
    values = {services.workspaces.get_form(code).focal_point_name.strip()} - {""}
    for spec in ALL_SPECS.values():
        personal = [f.name for f in spec.fields if f.personal]
        for row in services.records.rows(code, spec) if personal else []:
            values.update(str(row.values[name]).strip() for name in personal if str(row.values.get(name) or "").strip())
    assert any(reveals_personal_data(f) for spec in ALL_SPECS.values() for f in spec.fields)
    return values


def test_without_personal_data_no_personal_value_appears(jam: tuple[Services, Path],
                                                         english: tuple[str, float, int]) -> None:
    services, root = jam
    secrets = personal_values(services)
    assert len(secrets) >= 5
    with_personal = flat(english[0])
    assert any(secret in with_personal for secret in secrets)  # the test can fail: they are there otherwise
    result = write_country_report(services, "JAM", root / "jam-private.pdf", include_personal=False)
    text = flat(pdf_text(result.path))
    leaked = sorted(secret for secret in secrets if secret in text)
    assert not leaked
    assert "Without personal data" in text


def test_russian_report_is_in_cyrillic(jam: tuple[Services, Path]) -> None:
    services, root = jam
    result = write_country_report(services, "JAM", root / "jam-ru.pdf", language="ru")
    text = flat(pdf_text(result.path))
    for phrase in ("Страновой доклад", "Содержание", "Этап 1. Миграционный профиль", "Сквозная нить",
                   f"Страница 2 из {result.pages}", "Ямайка"):
        assert phrase in text, phrase
    assert_drawn_by_the_font(text)


def test_arabic_report_is_shaped_and_not_tofu(jam: tuple[Services, Path]) -> None:
    services, root = jam
    result = write_country_report(services, "JAM", root / "jam-ar.pdf", language="ar")
    raw = pdf_text(result.path)
    assert ARABIC_PRESENTATION_FORMS.search(raw), "the Arabic letters are not in their joined forms"
    logical = BIDI_MARKS.sub("", unicodedata.normalize("NFKC", raw))
    for word in ("التقرير", "القطري", "المحتويات", "جامايكا", "الخيط", "الناظم"):
        assert word in logical, word
    assert_drawn_by_the_font(raw)


def assert_drawn_by_the_font(text: str) -> None:
    """Every character pdftotext read has a glyph in the shipped font: nothing drawn as tofu."""
    import io

    from fontTools.ttLib import TTFont

    covered = set(TTFont(io.BytesIO(resource("fonts", "DejaVuSans.ttf").read_bytes())).getBestCmap())
    missing = {c for c in text if not c.isspace() and not BIDI_MARKS.match(c) and ord(c) not in covered}
    assert not missing, sorted(missing)


def test_unknown_workspace_language_and_folder_are_refused(jam: tuple[Services, Path]) -> None:
    services, root = jam
    with pytest.raises(NotFound):
        write_country_report(services, "XYZ", root / "x.pdf")
    with pytest.raises(UnknownLanguage):
        write_country_report(services, "JAM", root / "x.pdf", language="de")
    with pytest.raises(ReportNotWritten):
        write_country_report(services, "JAM", root / "missing" / "x.pdf")
    assert not (root / "x.pdf").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_leaves_nothing(jam: tuple[Services, Path]) -> None:
    services, root = jam
    folder = root / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ReportNotWritten):
            write_country_report(services, "MDA", folder / "mda.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_cancelled_report_writes_nothing(jam: tuple[Services, Path]) -> None:
    services, root = jam
    seen: list[str] = []

    def progress(done: int, total: int, label: str) -> None:
        seen.append(label)

    with pytest.raises(ReportCancelled):
        write_country_report(services, "JAM", root / "cancelled.pdf", progress=progress,
                             cancelled=lambda: len(seen) >= 3)
    assert seen[:3] == ["Reading the workspace", "Cover and summary", "Workspace and readiness"]
    assert not any(p.name.startswith("cancelled") for p in root.iterdir())


def test_failed_write_leaves_no_partial_file(jam: tuple[Services, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """A disk that fills up while the file is written: a clear error, no file, no .partial."""
    services, root = jam
    target = root / "full-disk.pdf"
    real_replace = os.replace

    def full(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(ReportNotWritten, match="No space left on device"):
        write_country_report(services, "KGZ", target)
    monkeypatch.setattr(os, "replace", real_replace)
    assert not any(p.name.startswith("full-disk") for p in root.iterdir())


def test_a_workspace_with_steps_not_started_says_so(jam: tuple[Services, Path]) -> None:
    services, root = jam
    result = write_country_report(services, "SRB", root / "srb.pdf")
    text = flat(pdf_text(result.path))
    assert text.count("Nothing has been recorded for this step yet.") >= 4
    assert "Serbia" in text


def test_lessons_report_lists_each_theme_and_the_proposals(jam: tuple[Services, Path]) -> None:
    from mainstream_desktop.core.lessons import LessonService
    from mainstream_desktop.reports.pdf_lessons import write_lessons_report

    services, root = jam
    ids = add_lessons(services)
    digest = LessonService(services.uow).digest()
    result = write_lessons_report(services, root / "lessons.pdf")
    text = flat(pdf_text(result.path))
    assert digest.themes
    for theme in digest.themes:
        assert theme.theme_label in text, theme.theme_label
    assert "DATA" in [t.theme for t in digest.recurring_themes]
    assert "Data \u2605" in text  # the recurring theme is marked
    for lesson in digest.lessons:
        assert lesson.what_happened[:40] in text
    assert "Proposed changes to the handbook" in text and digest.proposals[0].handbook_section in text
    first = next(n for n, lesson in enumerate(digest.lessons, start=1) if lesson.id == ids[0])
    assert f"L{first} \u00b7 Jamaica \u00b7 Data:" in text  # the proposal points at its lessons
    assert f"Page 2 of {result.pages}" in text


def test_the_french_lessons_report_spells_the_countries_as_the_window_does(jam: tuple[Services, Path]) -> None:
    """The PDF took country names from babel (CLDR: Kirghizstan) while every view reads pycountry's
    catalogues through reference_labels (Kirghizistan): one source now."""
    from mainstream_desktop.core.lessons import LessonService
    from mainstream_desktop.core.reference_labels import labels_in
    from mainstream_desktop.reports.pdf_lessons import write_lessons_report

    services, root = jam
    with labels_in("fr"):
        names = dict(LessonService(services.uow).digest().countries)
    assert names["KGZ"] == "Kirghizistan" and names["MDA"] == "Moldavie"
    text = flat(pdf_text(write_lessons_report(services, root / "lessons-fr.pdf", language="fr").path))
    assert "KGZ: Kirghizistan" in text and "Kirghizstan" not in text
    assert all(name in text for name in names.values())
