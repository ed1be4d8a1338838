"""Step 0 wizard, page 1: the workspace's details. Leaving the page saves them (creating the
workspace the first time), so evidence can be attached on the next page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
    QWizardPage,
)

from mainstream_desktop.core.dto import WorkspaceForm
from mainstream_desktop.core.errors import MainstreamError
from mainstream_desktop.core.problems import Problem
from mainstream_desktop.enums import EntryMode, ProgrammePhase
from mainstream_desktop.ui.core_texts import error_text, problem_text
from mainstream_desktop.ui.palette_colours import ERROR, text_style
from mainstream_desktop.ui.widgets.form_fields import (
    CodeComboBox,
    OptionalDateEdit,
    OptionalYearSpin,
)

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services


def phase_label(phase: ProgrammePhase) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        ProgrammePhase.PHASE_I_2011_2013: QCoreApplication.translate("enums", "Phase I (2011\u20132013)"),
        ProgrammePhase.PHASE_II_2014_2018: QCoreApplication.translate("enums", "Phase II (2014\u20132018)"),
        ProgrammePhase.OTHER: QCoreApplication.translate("enums", "Other"),
    }[phase]


def entry_mode_label(mode: EntryMode) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        EntryMode.INTEGRATED_IN_NDP: QCoreApplication.translate(
            "enums", "Integrate into the national plan being drafted"),
        EntryMode.STANDALONE_MD_STRATEGY: QCoreApplication.translate(
            "enums", "Stand-alone migration and development strategy"),
        EntryMode.SECTORAL_ONLY: QCoreApplication.translate("enums", "Sector plans only"),
    }[mode]


class WorkspacePage(QWizardPage):
    edited = Signal()

    def __init__(self, services: Services, existing_code: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.saved_code: str | None = existing_code
        self.setTitle(self.tr("Workspace details"))
        self.setSubTitle(self.tr("The pilot's basic facts. Fields marked * are needed to create the "
                                 "workspace; the rest can follow, and the checklist shows what is missing."))
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("e.g. JAM"))
        self.code.setEnabled(existing_code is None)
        self.country = CodeComboBox(services.reference.countries())
        self.title_edit = QLineEdit()
        self.phase = QComboBox()
        self.phase.addItem(self.tr("not set"), "")
        for phase in ProgrammePhase:
            self.phase.addItem(phase_label(phase), phase.value)
        self.start_date = OptionalDateEdit()
        self.end_date = OptionalDateEdit()
        self.donor = QLineEdit()
        self.lead_institution = QLineEdit()
        self.focal_point_name = QLineEdit()
        self.focal_point_email = QLineEdit()
        self.entry_mode = QComboBox()
        self.entry_mode.addItem(self.tr("not set"), "")
        for mode in EntryMode:
            self.entry_mode.addItem(entry_mode_label(mode), mode.value)
        self.currency = CodeComboBox(services.reference.currencies())
        self.reference_year = OptionalYearSpin()
        self.languages = QLineEdit("en")
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(60)
        self.problems = QLabel()
        self.problems.setObjectName("workspaceProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(text_style(ERROR))

        form = QFormLayout(self)
        form.addRow(self.tr("Workspace code *"), self.code)
        form.addRow(self.tr("Country *"), self.country)
        form.addRow(self.tr("Title *"), self.title_edit)
        form.addRow(self.tr("Programme phase"), self.phase)
        form.addRow(self.tr("Start date"), self.start_date)
        form.addRow(self.tr("End date"), self.end_date)
        form.addRow(self.tr("Donor"), self.donor)
        form.addRow(self.tr("Lead institution"), self.lead_institution)
        form.addRow(self.tr("National focal point"), self.focal_point_name)
        form.addRow(self.tr("Focal point's e-mail"), self.focal_point_email)
        form.addRow(self.tr("Entry mode"), self.entry_mode)
        form.addRow(self.tr("Default currency"), self.currency)
        form.addRow(self.tr("Reference year"), self.reference_year)
        form.addRow(self.tr("Languages (ISO 639-1)"), self.languages)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.problems)

        for line in (self.code, self.title_edit, self.donor, self.lead_institution,
                     self.focal_point_name, self.focal_point_email, self.languages):
            line.textEdited.connect(self.edited)
        for combo in (self.country, self.phase, self.entry_mode, self.currency):
            combo.currentIndexChanged.connect(self.edited)
        for dated in (self.start_date, self.end_date):
            dated.dateChanged.connect(self.edited)
        self.reference_year.valueChanged.connect(self.edited)
        self.description.textChanged.connect(self.edited)
        self.country.currentIndexChanged.connect(self._suggest_from_country)

    def form(self) -> WorkspaceForm:
        return WorkspaceForm(
            code=self.code.text(), country_iso3=self.country.code(), title=self.title_edit.text(),
            programme_phase=ProgrammePhase(self.phase.currentData()) if self.phase.currentData() else None,
            start_date=self.start_date.value(), end_date=self.end_date.value(),
            donor=self.donor.text(), lead_institution=self.lead_institution.text(),
            focal_point_name=self.focal_point_name.text(), focal_point_email=self.focal_point_email.text(),
            entry_mode=EntryMode(self.entry_mode.currentData()) if self.entry_mode.currentData() else None,
            default_currency=self.currency.code(), reference_year=self.reference_year.value_or_none(),
            languages=self.languages.text(), description=self.description.toPlainText(),
        )

    def set_form(self, form: WorkspaceForm) -> None:
        self.code.setText(form.code)
        self.country.set_code(form.country_iso3)
        self.title_edit.setText(form.title)
        self.phase.setCurrentIndex(max(self.phase.findData(form.programme_phase.value if form.programme_phase else ""), 0))
        self.start_date.set_value(form.start_date)
        self.end_date.set_value(form.end_date)
        self.donor.setText(form.donor)
        self.lead_institution.setText(form.lead_institution)
        self.focal_point_name.setText(form.focal_point_name)
        self.focal_point_email.setText(form.focal_point_email)
        self.entry_mode.setCurrentIndex(max(self.entry_mode.findData(form.entry_mode.value if form.entry_mode else ""), 0))
        self.currency.set_code(form.default_currency)
        self.reference_year.set_value(form.reference_year)
        self.languages.setText(form.languages)
        self.description.setPlainText(form.description)

    def show_problems(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems.setText("\n".join("\u2022 " + problem_text(p) for p in problems))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        form = self.form()
        problems = [p for p in self._services.workspaces.validate(form) if p.is_error]
        if self.saved_code is not None:
            problems = [p for p in problems if p.field != "code"]
        if problems:
            self.show_problems(problems)
            return False
        try:
            if self.saved_code is None:
                self.saved_code = self._services.workspaces.create(form)
                self.code.setEnabled(False)
            else:
                self._services.workspaces.update(self.saved_code, form)
        except MainstreamError as exc:
            self.problems.setText(error_text(exc))
            return False
        self.problems.clear()
        return True

    def _suggest_from_country(self) -> None:
        iso3 = self.country.code()
        if not iso3:
            return
        if not self.code.text() and self.code.isEnabled():
            self.code.setText(iso3)
        if not self.title_edit.text():
            name = self.country.currentText().rsplit(" (", 1)[0]
            self.title_edit.setText(self.tr("Mainstreaming Migration \u2013 {country}").format(country=name))
        if not self.currency.code():
            currency = self._services.reference.country_currency(iso3)
            if currency:
                self.currency.set_code(currency)
