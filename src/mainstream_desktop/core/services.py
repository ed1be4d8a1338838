"""Opening a data folder and wiring the services on it: the one place both composition roots
(``app.py`` and ``cli.py``) call.

``open_services`` takes the folder's instance lock, makes or upgrades the database (with a
verified backup first), loads the shipped reference data when it changed, and returns the
services bundled in ``Services``. ``Services.close()`` releases everything.
"""

from __future__ import annotations

import getpass
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from mainstream_desktop.core.completeness import StatusService
from mainstream_desktop.core.documents import DocumentService
from mainstream_desktop.core.drafts import DraftService
from mainstream_desktop.core.errors import StoreUnavailable
from mainstream_desktop.core.imports.apply import TableImportService
from mainstream_desktop.core.narratives import NarrativeService
from mainstream_desktop.core.observations import ObservationService
from mainstream_desktop.core.readiness import ReadinessService
from mainstream_desktop.core.records import RecordService
from mainstream_desktop.core.review import ReviewService
from mainstream_desktop.core.site_identity import ensure_local_site
from mainstream_desktop.core.trace import TraceService
from mainstream_desktop.core.reference_data import ReferenceData, ensure_reference_data
from mainstream_desktop.core.site_identity import SiteIdentity, local_site
from mainstream_desktop.core.step_rules import STEP_RULES
from mainstream_desktop.core.workspaces import WorkspaceService
from mainstream_desktop.db.backup import BackupError, BackupResult, backup_database
from mainstream_desktop.db.engine import is_sqlite, make_engine, shown_url, sqlite_url, startup_lock
from mainstream_desktop.db.instance_lock import DataFolderInUse, InstanceLock
from mainstream_desktop.db.migrate import SchemaTooNew, upgrade_to_head
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.enums import SiteKind
from mainstream_desktop.paths import DataPaths

if TYPE_CHECKING:
    from mainstream_desktop.core.demo import DemoOutcome


@dataclass
class Services:
    paths: DataPaths
    engine: Engine
    uow: UnitOfWorkFactory
    reference: ReferenceData
    workspaces: WorkspaceService
    readiness: ReadinessService
    documents: DocumentService
    drafts: DraftService
    status: StatusService
    observations: ObservationService
    table_imports: TableImportService
    records: RecordService
    narratives: NarrativeService
    trace: TraceService
    review: ReviewService
    _lock: InstanceLock | None = field(default=None, repr=False)

    def site(self) -> SiteIdentity | None:
        return local_site(self.uow)

    def backup_now(self, reason: str = "manual") -> BackupResult:
        if not is_sqlite(self.engine):
            raise StoreUnavailable("backups of the hub's PostgreSQL server are made with pg_dump")
        try:
            return backup_database(self.paths.database, self.paths.backups, reason)
        except BackupError as exc:
            raise StoreUnavailable(str(exc)) from exc

    def load_demo(self, progress: Callable[[int, int, str], None] | None = None) -> DemoOutcome:
        """The eight pilot workspaces, with Jamaica and Moldova worked through steps 0-6."""
        from mainstream_desktop.core.demo import load_demo

        return load_demo(self.uow, self.workspaces, self.readiness, progress, (self.records, self.documents))

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "user"


def open_services(paths: DataPaths, database_url: str | None = None, actor: str | None = None,
                  create_identity: bool = True) -> Services:
    """Open the data folder (SQLite inside it, or the hub's server at ``database_url``). A data
    folder gets its site identity (and signing key) when first opened, because every change is
    logged under it; ``mainstream init`` opens with ``create_identity=False`` to choose its own."""
    try:
        paths.ensure()
    except OSError as exc:
        raise StoreUnavailable(f"cannot use the data folder {paths.root}: {exc.strerror or exc}") from exc
    lock = InstanceLock(paths.instance_lock)
    try:
        lock.acquire()
    except DataFolderInUse as exc:
        raise StoreUnavailable(str(exc)) from exc
    engine = make_engine(database_url or sqlite_url(paths.database))
    try:
        with startup_lock(engine):  # PostgreSQL: programs starting at once take turns
            upgrade_to_head(engine, paths.database, paths.backups)
            uow = UnitOfWorkFactory(engine, actor or default_actor())
            ensure_reference_data(uow)
            if create_identity:
                ensure_local_site(uow, paths.keys)
    except (SchemaTooNew, BackupError, DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        engine.dispose()  # close the pooled connection now: the user may restore a backup next
        lock.release()
        raise StoreUnavailable(_refusal(exc, paths, database_url)) from exc
    reference = ReferenceData(uow)
    return Services(
        paths=paths, engine=engine, uow=uow, reference=reference,
        workspaces=WorkspaceService(uow, reference),
        readiness=ReadinessService(uow),
        documents=DocumentService(uow, paths.documents),
        drafts=DraftService(uow),
        status=StatusService(uow, STEP_RULES),
        observations=ObservationService(uow),
        table_imports=TableImportService(uow),
        records=RecordService(uow, reference),
        narratives=NarrativeService(uow),
        trace=TraceService(uow),
        review=ReviewService(uow, lambda: _site_kind(uow)),
        _lock=lock,
    )


def _site_kind(uow: UnitOfWorkFactory) -> SiteKind | None:
    site = local_site(uow)
    return site.kind if site else None


def _refusal(exc: BaseException, paths: DataPaths, database_url: str | None = None) -> str:
    if isinstance(exc, SchemaTooNew):
        return str(exc)
    if isinstance(exc, BackupError):
        return f"the database was not upgraded because the backup failed: {exc}"
    if database_url is not None and not database_url.startswith("sqlite"):
        return (f"the hub database {shown_url(database_url)} cannot be used ({_first_line(exc)}); "
                "check that the server is running and reachable, and the user name and password")
    return (f"the database {paths.database} cannot be opened ({_first_line(exc)}); "
            f"restore a backup from {paths.backups}")


def _first_line(exc: BaseException) -> str:
    return str(getattr(exc, "orig", exc)).splitlines()[0] if str(exc) else type(exc).__name__
