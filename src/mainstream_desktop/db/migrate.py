"""Bringing a database to the schema this program expects, safely.

At start-up the stored Alembic revision is read with one query; only when it differs from
``SCHEMA_HEAD`` is Alembic imported (it costs a quarter second), a verified backup taken, and
the upgrade run in one transaction. A database written by a newer program is refused.

On PostgreSQL there is no file to copy (the hub backs its server up with ``pg_dump``, see
docs/hub-postgresql.md); the upgrade is one transaction, so a failed upgrade leaves the schema as it
was. Several experts' programs may start at once: the upgrade takes the writer lock and reads the
stored revision again under it, so only the first one upgrades and the others find the schema done.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from mainstream_desktop.db.backup import backup_database
from mainstream_desktop.db.engine import is_sqlite, lock_for_writing

if TYPE_CHECKING:  # alembic itself is imported lazily: it costs a quarter second
    from alembic.config import Config

SCHEMA_HEAD = "0004_partner_workspace"


class SchemaTooNew(Exception):
    """The database was written by a newer version of the program."""


@dataclass(frozen=True)
class MigrationOutcome:
    previous_revision: str | None
    current_revision: str
    backup: Path | None


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("mainstream_desktop.db") / "migrations")
    )
    return config


def known_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return [rev.revision for rev in script.walk_revisions()]


def script_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("the migration scripts have no head")
    return head


def upgrade_to_head(
    engine: Engine, database: Path | None = None, backups: Path | None = None
) -> MigrationOutcome:
    """Upgrade (or create) the schema; back up an existing SQLite database first."""
    with engine.connect() as connection:
        previous = current_revision(connection)
    if previous == SCHEMA_HEAD:
        return MigrationOutcome(previous, SCHEMA_HEAD, None)
    if previous is not None and previous not in known_revisions():
        raise SchemaTooNew(
            f"this database has schema version {previous}, which is newer than this program "
            "knows; install the newer Mainstream Desktop that wrote it"
        )
    backup = None
    if previous is not None and is_sqlite(engine) and database is not None and backups is not None:
        backup = backup_database(database, backups, f"before-upgrade-{previous}").path

    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        lock_for_writing(connection)
        if current_revision(connection) == SCHEMA_HEAD:  # another program upgraded it meanwhile
            return MigrationOutcome(previous, SCHEMA_HEAD, backup)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return MigrationOutcome(previous, SCHEMA_HEAD, backup)
