"""exchange status per partner and workspace: the last bundle sent to and received from each
partner for each workspace

Revision ID: 0004_partner_workspace
Revises: 0003_exchange
Create Date: 2026-11-29 11:40:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0004_partner_workspace"
down_revision = "0003_exchange"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_partner_workspace",
        sa.Column("partner_site_id", sa.Uuid(), nullable=False),
        sa.Column("workspace_id", sa.Uuid(), nullable=False),
        sa.Column("last_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_sent_file", sa.String(length=300), nullable=False),
        sa.Column("last_received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_received_bundle", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("partner_site_id", "workspace_id", name=op.f("pk_sync_partner_workspace")),
    )


def downgrade() -> None:
    op.drop_table("sync_partner_workspace")
