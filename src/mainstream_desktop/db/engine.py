"""Engines for the two supported back ends, with the settings each one needs.

SQLite (a country laptop, or a hub on one computer): WAL, ``synchronous=FULL`` (a power cut loses
nothing committed), foreign keys on, ``trusted_schema=OFF``, a busy timeout, and real transactions
(BEGIN from SQLAlchemy, so savepoints nest inside them). One program at a time uses the file (the
data folder's instance lock).

PostgreSQL (the hub's shared server, several experts' programs at once): the same models through
psycopg 3, with the rules that make concurrent programs safe (docs/architecture.md, "Hub on
PostgreSQL"):

- ``READ COMMITTED``: every statement sees what was committed before it began, so a transaction
  that waited for the writer lock reads the work of the one it waited for;
- one writer at a time: before a transaction's first write (INSERT, UPDATE, DELETE, DDL, a
  ``SELECT ... FOR UPDATE`` or a SAVEPOINT) it takes the database's writer lock, a
  transaction-scoped advisory lock released by its commit or rollback. Readers never wait. Writers
  never deadlock with each other (one lock, always taken first), and a change's sequence number
  is allocated in commit order, as on SQLite;
- the session time zone is UTC, a lock is waited for at most ``LOCK_TIMEOUT_S``, and a connection
  left idle inside a transaction is ended by the server.

Nothing else in the program builds an engine.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 10_000
DATABASE_URL_ENV = "MAINSTREAM_DATABASE_URL"
LOCK_TIMEOUT_S = 300  # an expert's save may wait this long for a large import to commit
IDLE_IN_TRANSACTION_TIMEOUT_S = 600
CONNECT_TIMEOUT_S = 10
# pg_advisory_xact_lock's key: the bytes "MSTRMWRT" as a signed 64-bit number
WRITER_LOCK_KEY = int.from_bytes(b"MSTRMWRT", "big", signed=True)
_LOCKED = "mainstream_writer_lock"
_READ_ONLY = re.compile(r"\s*(SELECT|WITH|SHOW|SET|RESET|VALUES|EXPLAIN|RELEASE\s+SAVEPOINT|ROLLBACK\s+TO)\b", re.I)
_LOCKING_READ = re.compile(r"\bFOR\s+(NO\s+KEY\s+UPDATE|UPDATE|SHARE|KEY\s+SHARE)\b", re.I)


class UnsupportedDatabase(ValueError):
    """A database URL of a kind this program does not use."""


def sqlite_url(path: Any) -> str:
    return f"sqlite:///{path}"


def database_url_option(option: str | None) -> str | None:
    """The database URL from the command-line option, else ``$MAINSTREAM_DATABASE_URL``, else None
    (the SQLite file inside the data folder)."""
    chosen = option or os.environ.get(DATABASE_URL_ENV) or None
    return normalized_url(chosen) if chosen else None


def normalized_url(url: str) -> str:
    """``url`` with the driver this program uses: ``postgresql://`` and ``postgres://`` become
    ``postgresql+psycopg://`` (psycopg 3); SQLite URLs are kept. Anything else is refused."""
    text = url.strip()
    for prefix in ("postgresql://", "postgres://"):
        if text.startswith(prefix):
            return "postgresql+psycopg://" + text[len(prefix):]
    if text.startswith(("postgresql+psycopg://", "sqlite:")):
        return text
    raise UnsupportedDatabase(
        f"unsupported database URL {shown_url(text)!r}: use postgresql://user@host/database "
        "(or sqlite:///path/to/file.sqlite3)")


def shown_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a URL that does not parse is shown without anything after '@'
        return url.split("@")[-1] if "@" in url else url


def make_engine(url: str, **options: Any) -> Engine:
    """An engine for ``url`` with the settings of its kind (see the module's docstring)."""
    url = normalized_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            **options,
        )
        event.listen(engine, "connect", _apply_sqlite_pragmas)
        event.listen(engine, "begin", _begin_sqlite_transaction)
        return engine
    server_settings = (f"-c timezone=UTC -c lock_timeout={LOCK_TIMEOUT_S * 1000} "
                       f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_TIMEOUT_S * 1000}")
    engine = create_engine(
        url, pool_pre_ping=True, isolation_level="READ COMMITTED",
        connect_args={"options": server_settings, "connect_timeout": CONNECT_TIMEOUT_S,
                      "application_name": "mainstream-desktop"},
        **options)
    event.listen(engine, "begin", _writer_lock_not_held)
    event.listen(engine, "commit", _writer_lock_not_held)
    event.listen(engine, "rollback", _writer_lock_not_held)
    event.listen(engine, "before_cursor_execute", _writer_lock_before_writing)
    return engine


def _apply_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA trusted_schema=OFF")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()
    # The sqlite3 module would otherwise open transactions itself, only before the first write: a
    # SAVEPOINT before any write then runs outside a transaction, and releasing it commits. We
    # hand transactions to SQLAlchemy, which emits BEGIN when one starts (see below).
    dbapi_connection.isolation_level = None


def _begin_sqlite_transaction(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


# -- the writer lock (PostgreSQL) -----------------------------------------------------------------
def is_write(statement: str) -> bool:
    """Whether a statement writes or locks rows (so needs the writer lock first). A SAVEPOINT counts:
    our savepoints are taken to write inside them, and a lock taken inside a savepoint would be
    released if the savepoint were rolled back."""
    return _READ_ONLY.match(statement) is None or _LOCKING_READ.search(statement) is not None


def lock_for_writing(connection: Connection) -> None:
    """Take the writer lock now, in this connection's transaction (PostgreSQL; SQLite has its own
    single writer). A transaction that decides what to write from what it reads takes it before
    reading, so that what it reads is what it writes against."""
    if connection.dialect.name != "postgresql" or connection.info.get(_LOCKED):
        return
    connection.exec_driver_sql("SELECT pg_advisory_xact_lock(%(key)s)", {"key": WRITER_LOCK_KEY})
    connection.info[_LOCKED] = True


def holds_writer_lock(connection: Connection) -> bool:
    return bool(connection.info.get(_LOCKED))


def _writer_lock_not_held(connection: Connection, *_args: Any) -> None:
    connection.info.pop(_LOCKED, None)


def _writer_lock_before_writing(connection: Connection, cursor: Any, statement: str, _parameters: Any,
                                _context: Any, _executemany: bool) -> None:
    if connection.info.get(_LOCKED) or not is_write(statement):
        return
    cursor.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK_KEY,))
    connection.info[_LOCKED] = True


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def is_postgresql(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "postgresql"


STARTUP_LOCK_KEY = int.from_bytes(b"MSTRMOPN", "big", signed=True)


@contextmanager
def startup_lock(engine: Engine) -> Iterator[None]:
    """Programs opening the same PostgreSQL database at once take turns through the start-up work
    (upgrade, reference data, site identity), so each one finds the previous one's work done
    instead of doing it again beside it. A session-level advisory lock on a connection of its own;
    nothing on SQLite (one program per file)."""
    if not is_postgresql(engine):
        yield
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("SELECT pg_advisory_lock(%(key)s)", {"key": STARTUP_LOCK_KEY})
        connection.commit()
        try:
            yield
        finally:
            connection.exec_driver_sql("SELECT pg_advisory_unlock(%(key)s)", {"key": STARTUP_LOCK_KEY})
            connection.commit()
