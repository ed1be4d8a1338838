"""The review desk of one workspace: each step's review status with the decisions this site may
take (a country submits a step; the hub requests changes or approves), and the review comments
as threads with their answers. What the buttons offer follows the site's kind (``core.review``
holds the rules). Everything is read and written on the worker thread; refusals are shown in a
message box.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.core.review import CommentForm, CommentView, StepReview
from mainstream_desktop.core.steps import STEPS
from mainstream_desktop.enums import CommentSeverity, CommentStatus, SiteKind, StepStatus
from mainstream_desktop.sync.status import RecordName, record_names
from mainstream_desktop.ui.core_texts import error_text, translate_core
from mainstream_desktop.ui.palette_colours import readable
from mainstream_desktop.ui.tasks import TaskRunner
from mainstream_desktop.ui.widgets.exchange_status import select_row

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services

SEVERITY_COLOURS = {CommentSeverity.BLOCKER: "#b00020", CommentSeverity.MAJOR: "#b35900",
                    CommentSeverity.MINOR: "#0550ae", CommentSeverity.SUGGESTION: "#6e7781"}
STATUS_COLOURS = {StepStatus.APPROVED: "#1a7f37", StepStatus.CHANGES_REQUESTED: "#b00020",
                  StepStatus.SUBMITTED: "#0550ae"}


def _t(text: str) -> str:
    return QCoreApplication.translate("review", text)


def step_status_texts() -> dict[StepStatus, str]:
    return {StepStatus.NOT_STARTED: _t("not started"), StepStatus.IN_PROGRESS: _t("in progress"),
            StepStatus.SUBMITTED: _t("submitted for review"), StepStatus.CHANGES_REQUESTED: _t("changes requested"),
            StepStatus.APPROVED: _t("approved")}


def severity_texts() -> dict[CommentSeverity, str]:
    return {CommentSeverity.BLOCKER: _t("blocker"), CommentSeverity.MAJOR: _t("major"),
            CommentSeverity.MINOR: _t("minor"), CommentSeverity.SUGGESTION: _t("suggestion")}


def comment_status_texts() -> dict[CommentStatus, str]:
    return {CommentStatus.OPEN: _t("open"), CommentStatus.ANSWERED: _t("answered"),
            CommentStatus.RESOLVED: _t("resolved"), CommentStatus.WONT_FIX: _t("won't fix")}


def step_title(number: int | None) -> str:
    if number is None:
        return _t("Whole workspace")
    info = next((s for s in STEPS if int(s.number) == number), None)
    title = translate_core(info.title) if info else ""
    return _t("Step {number}: {title}").format(number=number, title=title) if title else str(number)


class TextDialog(QDialog):
    """Asks for a text (an answer, a decision's note); with ``severities`` also a step and a
    severity (a new comment)."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None, *, new_comment: bool = False,
                 step: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout()
        self.step = QComboBox()
        self.severity = QComboBox()
        if new_comment:
            self.step.addItem(step_title(None), None)
            for info in STEPS:
                self.step.addItem(step_title(int(info.number)), int(info.number))
            self.step.setCurrentIndex(max(0, self.step.findData(step)))
            for severity, text in severity_texts().items():
                self.severity.addItem(text, severity)
            self.severity.setCurrentIndex(self.severity.findData(CommentSeverity.MINOR))
            form.addRow(_t("&Step"), self.step)
            form.addRow(_t("Se&verity"), self.severity)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(prompt)
        self.text.setTabChangesFocus(True)
        label = QLabel(prompt)
        label.setBuddy(self.text)
        form.addRow(label, self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 300)


class ReviewDesk(QWidget):
    def __init__(self, services: Services, tasks: TaskRunner, workspace_code: str,
                 parent: QWidget | None = None, ask: Callable[..., TextDialog] = TextDialog) -> None:
        super().__init__(parent)
        self._services, self._tasks, self._code = services, tasks, workspace_code
        self._ask = ask  # builds the dialogs that ask for a text (tests answer them)
        site = services.site()
        self.is_hub = bool(site and site.kind is SiteKind.HUB)
        self.refusal: QMessageBox | None = None  # the last refusal shown
        self.reviews: list[StepReview] = []
        self.threads: list[CommentView] = []
        self.names: dict[tuple[str, str], RecordName] = {}
        self.summary = QLabel(_t("Reading the review\u2026"))
        self.summary.setWordWrap(True)
        self.steps = QTableWidget(0, 5)
        self.steps.setHorizontalHeaderLabels([_t("Step"), _t("Status"), _t("Submitted"), _t("Decided"),
                                              _t("Open comments")])
        self.steps.setAccessibleName(_t("Review status of each step"))
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.verticalHeader().setVisible(False)
        self.steps.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.steps.itemSelectionChanged.connect(self._update_buttons)
        self.comments = QTreeWidget()
        self.comments.setHeaderLabels([_t("Comment"), _t("Step"), _t("Severity"), _t("Status"), _t("By"),
                                       _t("Age")])
        self.comments.setAccessibleName(_t("Review comments"))
        self.comments.setWordWrap(True)
        self.comments.header().setStretchLastSection(False)
        self.comments.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            self.comments.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.comments.itemSelectionChanged.connect(self._update_buttons)

        self.submit_button = QPushButton(_t("&Submit for review\u2026"))
        self.request_button = QPushButton(_t("&Request changes\u2026"))
        self.approve_button = QPushButton(_t("&Approve"))
        self.new_button = QPushButton(_t("&New comment\u2026"))
        self.answer_button = QPushButton(_t("A&nswer\u2026"))
        self.resolve_button = QPushButton(_t("Mark &resolved"))
        self.wont_fix_button = QPushButton(_t("&Won't fix"))
        self.reopen_button = QPushButton(_t("Re&open"))
        self.refresh_button = QPushButton(_t("Refresh"))
        self.submit_button.clicked.connect(self.submit_step)
        self.request_button.clicked.connect(self.request_changes)
        self.approve_button.clicked.connect(self.approve_step)
        self.new_button.clicked.connect(self.new_comment)
        self.answer_button.clicked.connect(self.answer)
        self.resolve_button.clicked.connect(lambda: self.set_status(CommentStatus.RESOLVED))
        self.wont_fix_button.clicked.connect(lambda: self.set_status(CommentStatus.WONT_FIX))
        self.reopen_button.clicked.connect(lambda: self.set_status(CommentStatus.OPEN))
        self.refresh_button.clicked.connect(self.refresh)
        hub_only = (self.request_button, self.approve_button, self.new_button, self.resolve_button,
                    self.wont_fix_button, self.reopen_button)
        for button in hub_only:
            button.setVisible(self.is_hub)
        self.submit_button.setVisible(not self.is_hub)

        step_buttons = QHBoxLayout()
        for button in (self.submit_button, self.request_button, self.approve_button):
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        step_buttons.addWidget(self.refresh_button)
        comment_buttons = QHBoxLayout()
        for button in (self.new_button, self.answer_button, self.resolve_button, self.wont_fix_button,
                       self.reopen_button):
            comment_buttons.addWidget(button)
        comment_buttons.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.steps)
        top_layout.addLayout(step_buttons)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.comments)
        bottom_layout.addLayout(comment_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(1, 2)
        rows_shown = len(STEPS) + 1
        self.steps.setMinimumHeight(self.steps.verticalHeader().defaultSectionSize() * rows_shown + 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter)
        self._update_buttons()

    # -- reading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        review, code = self._services.review, self._code

        uow = self._services.uow

        def read(_progress: object, _cancelled: object) -> tuple[list[StepReview], list[CommentView],
                                                                  dict[tuple[str, str], RecordName]]:
            threads = review.comments(code)
            names = record_names(uow, [(t.target_type, t.target_id) for t in threads if t.target_id])
            return review.step_reviews(code), threads, names

        self.refresh_button.setEnabled(False)
        self._tasks.run(read, parent=self, title=_t("Reading the review"), on_success=self.show_review,
                        on_error=self._read_failed, show_progress=False)

    def _read_failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.summary.setText(error_text(exc))

    def show_review(self, result: tuple[list[StepReview], list[CommentView],
                                       dict[tuple[str, str], RecordName]]) -> None:
        self.reviews, self.threads, self.names = result
        self.refresh_button.setEnabled(True)
        self._fill_steps()
        self._fill_comments()
        open_threads = [t for t in self.threads if t.is_open]
        blocking = sum(t.severity in (CommentSeverity.BLOCKER, CommentSeverity.MAJOR) for t in open_threads)
        approved = sum(r.status is StepStatus.APPROVED for r in self.reviews)
        self.summary.setText(_t("{approved} of {steps} steps approved; {open} open comment(s), {blocking} of them "
                                "blocker or major.").format(approved=approved, steps=len(self.reviews),
                                                            open=len(open_threads), blocking=blocking))
        self._update_buttons()

    def _fill_steps(self) -> None:
        selected = self.selected_step()
        statuses = step_status_texts()
        self.steps.setRowCount(len(self.reviews))
        for row, review in enumerate(self.reviews):
            decided = review.approved_at if review.status is StepStatus.APPROVED else None
            cells = [step_title(review.step_number), statuses[review.status], _when(review.submitted_at),
                     _when(decided) or (review.note if review.status is StepStatus.CHANGES_REQUESTED else ""),
                     _t("{open} ({blocking} blocking)").format(open=review.open_comments,
                                                                blocking=review.open_blocking)
                     if review.open_comments else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, review.step_number)
                if column == 1 and review.status in STATUS_COLOURS:
                    item.setForeground(QBrush(readable(STATUS_COLOURS[review.status], QPalette.ColorRole.Base)))
                if review.note:
                    item.setToolTip(review.note)
                self.steps.setItem(row, column, item)
            if review.step_number == selected:
                select_row(self.steps, row)
        self.steps.resizeColumnsToContents()
        self.steps.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _fill_comments(self) -> None:
        selected = self.selected_comment()
        self.comments.clear()
        now = datetime.now(UTC)
        severities, statuses = severity_texts(), comment_status_texts()
        for thread in self.threads:
            item = self._comment_item(self.comments, thread, now, severities, statuses)
            name = self.names.get((thread.target_type, thread.target_id))
            if name is not None:  # a comment on one record: say which
                about = f"{QCoreApplication.translate('records', name.title)} \u00b7 {name.label}".strip(" \u00b7")
                item.setText(0, f"[{about}] {thread.text}")
                item.setToolTip(0, f"{about}\n{thread.text}")
            for reply in thread.replies:
                child = self._comment_item(item, reply, now, severities, statuses)
                child.setText(2, "")
                child.setText(3, "")
            item.setExpanded(True)
            if selected is not None and thread.id == selected.id:
                self.comments.setCurrentItem(item)

    @staticmethod
    def _comment_item(parent: Any, comment: CommentView, now: datetime, severities: dict[CommentSeverity, str],
                      statuses: dict[CommentStatus, str]) -> QTreeWidgetItem:
        author = comment.author + (f" ({comment.agency})" if comment.agency else "")
        item = QTreeWidgetItem(parent, [comment.text, str(comment.step_number if comment.step_number is not None
                                                           else "\u2013"),
                                        severities[comment.severity], statuses[comment.status], author,
                                        _t("{days} d").format(days=comment.age_days(now))])
        item.setData(0, Qt.ItemDataRole.UserRole, comment)
        item.setToolTip(0, comment.text)
        item.setForeground(2, QBrush(readable(SEVERITY_COLOURS[comment.severity], QPalette.ColorRole.Base)))
        return item

    # -- selection ------------------------------------------------------------------------------
    def selected_step(self) -> int | None:
        items = self.steps.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def selected_comment(self) -> CommentView | None:
        """The selected thread (a reply selects its thread)."""
        item = self.comments.currentItem()
        if item is None:
            return None
        if item.parent() is not None:
            item = item.parent()
        value = item.data(0, Qt.ItemDataRole.UserRole)
        return value if isinstance(value, CommentView) else None

    def _update_buttons(self) -> None:
        step = self.selected_step()
        review = next((r for r in self.reviews if r.step_number == step), None)
        comment = self.selected_comment()
        self.submit_button.setEnabled(review is not None and review.status in (
            StepStatus.IN_PROGRESS, StepStatus.CHANGES_REQUESTED, StepStatus.NOT_STARTED))
        self.request_button.setEnabled(review is not None and review.status is not StepStatus.NOT_STARTED)
        self.approve_button.setEnabled(review is not None and review.status is not StepStatus.APPROVED)
        self.answer_button.setEnabled(comment is not None and comment.is_open)
        self.resolve_button.setEnabled(comment is not None and comment.is_open)
        self.wont_fix_button.setEnabled(comment is not None and comment.is_open)
        self.reopen_button.setEnabled(comment is not None and not comment.is_open)

    # -- acting ---------------------------------------------------------------------------------
    def submit_step(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        dialog = self._ask(_t("Submit for review"), _t("A note for the reviewers (optional)"), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            note = dialog.text.toPlainText()
            self._act(lambda review: review.submit_step(self._code, step, note), _t("Submitting the step"))

    def request_changes(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        dialog = self._ask(_t("Request changes"), _t("What must change before the step can be approved"), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            note = dialog.text.toPlainText()
            self._act(lambda review: review.request_changes(self._code, step, note), _t("Requesting changes"))

    def approve_step(self) -> None:
        step = self.selected_step()
        if step is not None:
            self._act(lambda review: review.approve(self._code, step), _t("Approving the step"))

    def new_comment(self) -> None:
        dialog = self._ask(_t("New review comment"), _t("Comment"), self, new_comment=True, step=self.selected_step())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            form = CommentForm(dialog.step.currentData(), dialog.text.toPlainText(), dialog.severity.currentData())
            self._act(lambda review: review.add_comment(self._code, form), _t("Saving the comment"))

    def answer(self) -> None:
        comment = self.selected_comment()
        if comment is None:
            return
        dialog = self._ask(_t("Answer the comment"), _t("Answer"), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            text = dialog.text.toPlainText()
            self._act(lambda review: review.reply(comment.id, text), _t("Saving the answer"))

    def set_status(self, status: CommentStatus) -> None:
        comment = self.selected_comment()
        if comment is not None:
            self._act(lambda review: review.set_status(comment.id, status), _t("Saving the comment's status"))

    def _act(self, change: Callable[[Any], object], title: str) -> None:
        review = self._services.review
        self._tasks.run(lambda _progress, _cancelled: change(review), parent=self, title=title,
                        on_success=lambda _result: self.refresh(), on_error=self._refused, show_progress=False)

    def _refused(self, exc: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, _t("Not saved"), error_text(exc), QMessageBox.StandardButton.Ok,
                          self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.refusal = box
        box.open()
        self.refresh()


def _when(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(value.astimezone().date(), QLocale.FormatType.ShortFormat)
