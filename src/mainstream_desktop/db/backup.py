"""Verified backups of the SQLite database: SQLite's online backup API, then
``PRAGMA integrity_check`` on the copy, then rotation of old copies.

A backup is taken before every migration and every bundle import, and on demand. A copy that
fails its check is deleted and reported, never kept as if it were good.

This is SQLite's: a hub on PostgreSQL has no file to copy. There, a migration and an import are
each one transaction (a failure leaves nothing behind), nothing is copied before them, and the
server is backed up with ``pg_dump`` by its operators (docs/hub-postgresql.md); ``backup_now``
says so instead of copying.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

KEEP_BACKUPS = 10


class BackupError(Exception):
    """The backup could not be written or did not verify."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    created_at: datetime


def integrity_problems(path: Path) -> list[str]:
    """What ``PRAGMA integrity_check`` reports for a database file (empty when sound)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def backup_database(database: Path, backups: Path, reason: str, keep: int = KEEP_BACKUPS) -> BackupResult:
    """Copy ``database`` into ``backups`` while it stays usable, verify the copy, rotate."""
    if not database.exists():
        raise BackupError(f"there is no database at {database} to back up")
    backups.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    safe_reason = "".join(ch if ch.isalnum() else "-" for ch in reason)[:30] or "manual"
    target = backups / f"mainstream-{now:%Y%m%d-%H%M%S-%f}-{safe_reason}.sqlite3"
    partial = target.with_suffix(".partial")
    try:
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                # The copy inherits WAL mode; a backup must be one self-contained file.
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        problems = integrity_problems(partial)
        if problems:
            raise BackupError("the backup copy failed its integrity check: " + "; ".join(problems[:3]))
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        _remove_partial(partial)
        raise BackupError(f"could not write a backup in {backups}: {exc}") from exc
    except BackupError:
        _remove_partial(partial)
        raise
    _rotate(backups, keep)
    return BackupResult(target, target.stat().st_size, now)


def _remove_partial(partial: Path) -> None:
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm"), Path(f"{partial}-journal")):
        leftover.unlink(missing_ok=True)


def list_backups(backups: Path) -> list[Path]:
    """Backups, newest first."""
    if not backups.exists():
        return []
    return sorted(backups.glob("mainstream-*.sqlite3"), reverse=True)


def _rotate(backups: Path, keep: int) -> None:
    for old in list_backups(backups)[keep:]:
        old.unlink(missing_ok=True)
