"""Writing a workspace's audit trail (every change of its change log) as a CSV file, from the
Exchange menu or from a record's history: the file chooser, the work on the worker thread, and
the sentence that says what was written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from mainstream_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services

ChoosePath = Callable[[QWidget, str], Path | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditExport", text)


def choose_audit_path(parent: QWidget, proposed: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Export the audit trail"), proposed, _tr("CSV file (*.csv)"))
    return Path(name) if name else None


def proposed_name(workspace_code: str) -> str:
    return f"{workspace_code}-audit-trail.csv"


def written_text(count: int, workspace_code: str, path: Path) -> str:
    return _tr("Audit trail written: {count} change(s) of {code} in {path}").format(
        count=count, code=workspace_code, path=path)


def start_audit_export(parent: QWidget, services: Services, tasks: TaskRunner, workspace_code: str, path: Path,
                       on_success: Callable[[int], None], on_error: Callable[[BaseException], None]) -> None:
    """Write the audit trail of ``workspace_code`` to ``path`` on the worker thread (atomically:
    ``ConflictService.export_audit``); ``on_success`` gets the number of changes written."""
    from mainstream_desktop.sync.conflicts import ConflictService

    service = ConflictService(services.uow)
    tasks.run(lambda _progress, _cancelled: service.export_audit(workspace_code, path), parent=parent,
              title=_tr("Writing the audit trail"), on_success=on_success, on_error=on_error, cancellable=False)
