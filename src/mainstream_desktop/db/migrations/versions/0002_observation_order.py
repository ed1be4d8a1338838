"""indexes for paging the observation table in its default order and by value

Revision ID: 0002_observation_order
Revises: 0001_initial
Create Date: 2026-11-29 06:15:00
"""
from alembic import op

revision = "0002_observation_order"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("observation") as batch:
        batch.drop_index("ix_observation_indicator_period")
        batch.create_index("ix_observation_table_order", ["workspace_id", "indicator_code", "period_start", "id"])
        batch.create_index("ix_observation_table_value", ["workspace_id", "value"])


def downgrade() -> None:
    with op.batch_alter_table("observation") as batch:
        batch.drop_index("ix_observation_table_value")
        batch.drop_index("ix_observation_table_order")
        batch.create_index("ix_observation_indicator_period", ["workspace_id", "indicator_code", "period_start"])
