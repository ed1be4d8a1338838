"""Step 0 wizard, page 2: the seven readiness criteria, each with a status, a comment and an
optional evidence file, and the national focal point's confirmation. Leaving the page saves it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from mainstream_desktop.core.dto import DocumentInfo, ReadinessAnswer, ReadinessForm
from mainstream_desktop.core.errors import MainstreamError
from mainstream_desktop.core.readiness_rules import CRITERION_TITLES, validate_readiness
from mainstream_desktop.enums import ReadinessCriterion, ReadinessStatus
from mainstream_desktop.ui.core_texts import error_text, problem_text, translate_core
from mainstream_desktop.ui.palette_colours import ERROR, text_style
from mainstream_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services

ChooseFile = Callable[[QWidget], Path | None]


def readiness_status_label(status: ReadinessStatus) -> str:
    return {
        ReadinessStatus.MET: QCoreApplication.translate("enums", "Met"),
        ReadinessStatus.PARTLY: QCoreApplication.translate("enums", "Partly met"),
        ReadinessStatus.NOT_MET: QCoreApplication.translate("enums", "Not met"),
        ReadinessStatus.NOT_APPLICABLE: QCoreApplication.translate("enums", "Not applicable"),
    }[status]


@dataclass
class _CriterionRow:
    criterion: ReadinessCriterion
    status: QComboBox
    comment: QPlainTextEdit
    evidence_label: QLabel
    attach: QPushButton
    evidence_id: str | None = None
    evidence_title: str = ""


class ReadinessPage(QWizardPage):
    edited = Signal()

    def __init__(self, services: Services, tasks: TaskRunner, choose_file: ChooseFile,
                 code_provider: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._choose_file = choose_file
        self._code_provider = code_provider
        self._pending_form: ReadinessForm | None = None
        self.setTitle(self.tr("Readiness checklist"))
        self.setSubTitle(self.tr("Assess each precondition. A criterion marked met needs evidence: "
                                 "attach a file or explain it in at least 20 characters."))
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for column, heading in enumerate((self.tr("Criterion"), self.tr("Status"),
                                          self.tr("Comment"), self.tr("Evidence"))):
            label = QLabel(heading)
            label.setStyleSheet("font-weight: 600;")
            grid.addWidget(label, 0, column)
        self.rows: dict[ReadinessCriterion, _CriterionRow] = {}
        for index, criterion in enumerate(ReadinessCriterion, start=1):
            title = QLabel(translate_core(CRITERION_TITLES[criterion]))
            title.setWordWrap(True)
            title.setToolTip(services.reference.code_description("READINESS_CRITERION", criterion.value))
            status = QComboBox()
            status.addItem(self.tr("not assessed"), "")
            for value in ReadinessStatus:
                status.addItem(readiness_status_label(value), value.value)
            status.setAccessibleName(self.tr("Status of {criterion}").format(criterion=title.text()))
            comment = QPlainTextEdit()
            comment.setTabChangesFocus(True)
            comment.setFixedHeight(comment.fontMetrics().lineSpacing() * 2 + 14)
            comment.setAccessibleName(self.tr("Comment on {criterion}").format(criterion=title.text()))
            evidence = QLabel(self.tr("none"))
            attach = QPushButton(self.tr("Attach\u2026"))
            row = _CriterionRow(criterion, status, comment, evidence, attach)
            attach.clicked.connect(lambda _checked=False, r=row: self._attach(r))
            status.currentIndexChanged.connect(self.edited)
            comment.textChanged.connect(self.edited)
            evidence_box = QHBoxLayout()
            evidence_box.addWidget(evidence, 1)
            evidence_box.addWidget(attach)
            grid.addWidget(title, index, 0)
            grid.addWidget(status, index, 1)
            grid.addWidget(comment, index, 2)
            grid.addLayout(evidence_box, index, 3)
            self.rows[criterion] = row
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 4)
        grid.setRowStretch(len(ReadinessCriterion) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        self.nfp_confirmed = QCheckBox(self.tr("The national focal point has confirmed this assessment"))
        self.nfp_confirmed.toggled.connect(self.edited)
        self.problems = QLabel()
        self.problems.setObjectName("readinessProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(text_style(ERROR))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.nfp_confirmed)
        layout.addWidget(self.problems)

    def use_draft(self, form: ReadinessForm) -> None:
        """Fill from a resumed draft instead of the saved answers when the page opens."""
        self._pending_form = form
        self.set_form(form)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        if self._pending_form is not None:
            self.set_form(self._pending_form)
            self._pending_form = None
            return
        code = self._code_provider()
        if code:
            self.set_form(self._services.readiness.get_form(code))

    def form(self) -> ReadinessForm:
        answers = tuple(
            ReadinessAnswer(
                criterion=row.criterion,
                status=ReadinessStatus(row.status.currentData()) if row.status.currentData() else None,
                comment=row.comment.toPlainText(), evidence_document_id=row.evidence_id,
                evidence_title=row.evidence_title)
            for row in self.rows.values())
        return ReadinessForm(answers, self.nfp_confirmed.isChecked())

    def set_form(self, form: ReadinessForm) -> None:
        for answer in form.answers:
            row = self.rows[answer.criterion]
            row.status.setCurrentIndex(max(row.status.findData(answer.status.value if answer.status else ""), 0))
            row.comment.setPlainText(answer.comment)
            self._set_evidence(row, answer.evidence_document_id, answer.evidence_title)
        self.nfp_confirmed.setChecked(form.nfp_confirmed)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        form = self.form()
        problems = validate_readiness(form)
        if problems:
            self.problems.setText("\n".join("\u2022 " + problem_text(p) for p in problems))
            return False
        code = self._code_provider()
        if code is None:
            return False
        try:
            self._services.readiness.save(code, form)
        except MainstreamError as exc:
            self.problems.setText(error_text(exc))
            return False
        self.problems.clear()
        return True

    def _set_evidence(self, row: _CriterionRow, document_id: str | None, title: str) -> None:
        row.evidence_id = document_id
        row.evidence_title = title if document_id else ""
        row.evidence_label.setText(row.evidence_title or self.tr("none"))

    def _attach(self, row: _CriterionRow) -> None:
        code = self._code_provider()
        path = self._choose_file(self)
        if path is None or code is None:
            return
        row.attach.setEnabled(False)

        def done(info: DocumentInfo) -> None:
            row.attach.setEnabled(True)
            self._set_evidence(row, info.document_id, info.title)
            self.edited.emit()

        def failed(exc: BaseException) -> None:
            row.attach.setEnabled(True)
            QMessageBox.warning(self, self.tr("Evidence not attached"), error_text(exc))

        self._tasks.run(lambda _progress, _cancelled: self._services.documents.add(code, path),
                        parent=self, title=self.tr("Attaching evidence"), on_success=done,
                        on_error=failed, cancellable=False)
