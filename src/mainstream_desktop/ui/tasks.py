"""The one helper for slow work: runs a plain callable on a worker thread with a progress
dialog that can cancel, and hands the result (or the error) back on the GUI thread.

Work functions receive ``progress(done, total, label)`` and ``cancelled() -> bool``, the same
plain callables core takes everywhere, so nothing in core knows about threads or Qt. Writes go
through one single-thread pool, so two database writes never race each other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]
Work = Callable[[ProgressFn, CancelledFn], Any]


class TaskCancelled(Exception):
    """Raised by work that noticed ``cancelled()``; reported as a cancellation, not an error."""


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


@dataclass
class _CancelFlag:
    value: bool = False


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _Signals, flag: _CancelFlag) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._flag = flag

    def run(self) -> None:
        try:
            result = self._work(self._signals.progressed.emit, lambda: self._flag.value)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class TaskRunner(QObject):
    """Owns the single worker thread; ``run`` starts one task with its progress dialog."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._active: list[tuple[_Signals, QProgressDialog | None]] = []

    def run(
        self,
        work: Work,
        *,
        parent: QWidget | None,
        title: str,
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        cancellable: bool = True,
        show_progress: bool = True,
    ) -> None:
        signals = _Signals()
        flag = _CancelFlag()
        dialog = None
        if show_progress:
            dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0, parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(lambda: setattr(flag, "value", True))

            def show_progress_step(done: int, total: int, label: str) -> None:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)
                if label:
                    dialog.setLabelText(f"{title}\n{label}")

            signals.progressed.connect(show_progress_step)
        entry = (signals, dialog)
        self._active.append(entry)

        def finish() -> None:
            if dialog is not None:
                dialog.reset()
                dialog.close()
                dialog.deleteLater()
            self._active.remove(entry)

        def succeeded(result: Any) -> None:
            finish()
            on_success(result)

        def failed(exc: BaseException) -> None:
            finish()
            on_error(exc)

        signals.succeeded.connect(succeeded)
        signals.failed.connect(failed)
        self._pool.start(_Runnable(work, signals, flag))

    def is_busy(self) -> bool:
        return bool(self._active)

    def wait_for_done(self, milliseconds: int = -1) -> bool:
        return self._pool.waitForDone(milliseconds)
