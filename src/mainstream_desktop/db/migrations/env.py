"""Alembic environment: runs migrations on the connection ``db.migrate`` hands over.

Batch mode is on so SQLite can alter tables (copy-and-move); the naming convention on
``Base.metadata`` gives every constraint a stable name to alter.
"""

from alembic import context

from mainstream_desktop.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
