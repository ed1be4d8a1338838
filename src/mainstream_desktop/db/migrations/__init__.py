"""Alembic migration scripts for the schema (``versions/``); run through ``db.migrate``."""
