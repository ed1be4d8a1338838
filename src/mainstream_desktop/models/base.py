"""The declarative base every table derives from, and the columns every synced record carries.

Owns: the constraint naming convention (so Alembic batch migrations can name what they alter),
time-ordered UUID primary keys, and the ``SyncedRecord`` mixin: a revision counter that the ORM
checks on every update (optimistic concurrency, which the hub's PostgreSQL mode relies on),
who/when it was created and last changed, and a tombstone (``deleted_at``) instead of deletes.
"""

from __future__ import annotations

import os
import time
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, ForeignKey, Integer, MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid7() -> uuid.UUID:
    """A version-7 UUID (RFC 9562): 48 bits of Unix milliseconds, then random bits.

    Time-ordered keys keep B-tree indexes compact on both SQLite and PostgreSQL.
    """
    millis = time.time_ns() // 1_000_000
    raw = bytearray(millis.to_bytes(6, "big") + os.urandom(10))
    raw[6] = (raw[6] & 0x0F) | 0x70  # version 7
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    return uuid.UUID(bytes=bytes(raw))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utc_datetime() -> DateTime:
    return DateTime(timezone=True)


class SyncedRecord:
    """Columns of every record that travels in exchange bundles."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_uuid7)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(utc_datetime(), nullable=False)
    created_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    updated_at: Mapped[datetime] = mapped_column(utc_datetime(), nullable=False)
    updated_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(utc_datetime(), nullable=True)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's declared_attr form
        return {"version_id_col": cls.revision}


class WorkspaceScoped(SyncedRecord):
    """A synced record that belongs to one country workspace."""

    @declared_attr
    def workspace_id(cls) -> Mapped[uuid.UUID]:  # noqa: N805
        return mapped_column(Uuid, ForeignKey("workspace.id"), nullable=False, index=True)


def text_column(length: int = 500, *, required: bool = False) -> Mapped[Any]:
    """A plain text column; optional text defaults to the empty string, never NULL."""
    return mapped_column(String(length), nullable=False, default="") if not required else (
        mapped_column(String(length), nullable=False)
    )


def code_column(length: int = 40, *, default: str | None = None, nullable: bool = False) -> Mapped[Any]:
    """A code from a shipped code list or an enum, stored as its string."""
    return mapped_column(String(length), nullable=nullable, default=default)


def optional_fk(target: str) -> Mapped[Any]:
    return mapped_column(Uuid, ForeignKey(target), nullable=True, index=True)


def required_fk(target: str) -> Mapped[Any]:
    return mapped_column(Uuid, ForeignKey(target), nullable=False, index=True)


def enum_column(enum_type: type[Any], *, default: Any = None, nullable: bool = False) -> Mapped[Any]:
    """An enum stored as its string value (VARCHAR, no native type: portable and easy to migrate)."""
    from sqlalchemy import Enum

    return mapped_column(
        Enum(
            enum_type,
            native_enum=False,
            create_constraint=False,
            length=40,
            values_callable=lambda members: [member.value for member in members],
        ),
        nullable=nullable,
        default=default,
    )
