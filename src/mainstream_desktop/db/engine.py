"""Engines for the two supported back ends, with the settings each one needs.

SQLite (a country laptop): WAL, ``synchronous=FULL`` (a power cut loses nothing committed),
foreign keys on, ``trusted_schema=OFF``, a busy timeout, and real transactions (BEGIN from
SQLAlchemy, so savepoints nest inside them). PostgreSQL (the hub): the same models
through psycopg 3. Nothing else in the program builds an engine.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str, **options: Any) -> Engine:
    """An engine for ``url``; SQLite engines get the house pragmas on every connection."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            **options,
        )
        event.listen(engine, "connect", _apply_sqlite_pragmas)
        event.listen(engine, "begin", _begin_sqlite_transaction)
        return engine
    return create_engine(url, pool_pre_ping=True, **options)


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


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
