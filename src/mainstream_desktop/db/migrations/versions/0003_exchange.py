"""exchange bundles: change log, frontiers, held and rejected changes, import ledger, conflicts,
trusted sites and partner state

Revision ID: 0003_exchange
Revises: 0002_observation_order
Create Date: 2026-11-29 09:30:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_exchange"
down_revision = "0002_observation_order"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('change_log',
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=True),
    sa.Column('operation', sa.String(length=10), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('bundle_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('origin_site_id', 'seq', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_record', ['table_name', 'record_id'], unique=False)
        batch_op.create_index('ix_change_log_workspace', ['workspace_id', 'origin_site_id', 'seq'], unique=False)

    op.create_table('sync_conflict',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=True),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('base_value', sa.Text(), nullable=False),
    sa.Column('winner_value', sa.Text(), nullable=False),
    sa.Column('winner_change', sa.String(length=80), nullable=False),
    sa.Column('winner_actor', sa.String(length=200), nullable=False),
    sa.Column('winner_hlc', sa.String(length=64), nullable=False),
    sa.Column('loser_value', sa.Text(), nullable=False),
    sa.Column('loser_change', sa.String(length=80), nullable=False),
    sa.Column('loser_actor', sa.String(length=200), nullable=False),
    sa.Column('loser_hlc', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('resolved_by', sa.String(length=200), nullable=False),
    sa.Column('resolved_change', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index('ix_sync_conflict_record', ['table_name', 'record_id'], unique=False)

    op.create_table('sync_frontier',
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('applied_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('origin_site_id', 'workspace_id', name=op.f('pk_sync_frontier'))
    )
    op.create_table('sync_held_change',
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('entry', sa.Text(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('base_seq', sa.Integer(), nullable=False),
    sa.Column('upto_seq', sa.Integer(), nullable=False),
    sa.Column('bundle_id', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('origin_site_id', 'seq', name=op.f('pk_sync_held_change'))
    )
    op.create_table('sync_import_ledger',
    sa.Column('bundle_id', sa.String(length=64), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('sender_site_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('imported_by', sa.String(length=200), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('bundle_id', name=op.f('pk_sync_import_ledger'))
    )
    op.create_table('sync_partner',
    sa.Column('partner_site_id', sa.Uuid(), nullable=False),
    sa.Column('sent_frontier', sa.Text(), nullable=False),
    sa.Column('last_sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_sent_file', sa.String(length=300), nullable=False),
    sa.Column('last_received_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_received_bundle', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('partner_site_id', name=op.f('pk_sync_partner'))
    )
    op.create_table('sync_site_state',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('next_seq', sa.Integer(), nullable=False),
    sa.Column('last_hlc', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('site_id', name=op.f('pk_sync_site_state'))
    )
    op.create_table('sync_trusted_site',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('signing_key', sa.String(length=100), nullable=False),
    sa.Column('age_recipient', sa.String(length=200), nullable=False),
    sa.Column('workspaces', sa.Text(), nullable=False),
    sa.Column('is_hub', sa.Boolean(), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('added_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('site_id', name=op.f('pk_sync_trusted_site'))
    )


def downgrade() -> None:
    op.drop_table('sync_trusted_site')
    op.drop_table('sync_site_state')
    op.drop_table('sync_partner')
    op.drop_table('sync_import_ledger')
    op.drop_table('sync_held_change')
    op.drop_table('sync_frontier')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_conflict_record')

    op.drop_table('sync_conflict')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_workspace')
        batch_op.drop_index('ix_change_log_record')

    op.drop_table('change_log')
