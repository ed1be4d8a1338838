"""initial schema: every table of steps 0-7

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-29 04:51:15.853421
"""
from alembic import op
import sqlalchemy as sa


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('handbook_change_proposal',
    sa.Column('handbook_section', sa.String(length=200), nullable=False),
    sa.Column('proposed_change', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handbook_change_proposal'))
    )
    op.create_table('peer_exchange',
    sa.Column('host_country', sa.String(length=3), nullable=False),
    sa.Column('visiting_countries', sa.String(length=100), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('topic', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_peer_exchange'))
    )
    op.create_table('ref_code',
    sa.Column('list_name', sa.String(length=60), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('label_en', sa.String(length=400), nullable=False),
    sa.Column('parent_code', sa.String(length=60), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('list_name', 'code', name=op.f('pk_ref_code'))
    )
    op.create_table('ref_country',
    sa.Column('iso3', sa.String(length=3), nullable=False),
    sa.Column('iso2', sa.String(length=2), nullable=False),
    sa.Column('m49', sa.Integer(), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('official_name_en', sa.String(length=300), nullable=False),
    sa.Column('region_code', sa.Integer(), nullable=True),
    sa.Column('subregion_code', sa.Integer(), nullable=True),
    sa.Column('currency_code', sa.String(length=3), nullable=True),
    sa.PrimaryKeyConstraint('iso3', name=op.f('pk_ref_country'))
    )
    with op.batch_alter_table('ref_country', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ref_country_m49'), ['m49'], unique=False)

    op.create_table('ref_currency',
    sa.Column('code', sa.String(length=3), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_ref_currency'))
    )
    op.create_table('ref_global_source',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('publisher', sa.String(length=200), nullable=False),
    sa.Column('url', sa.String(length=400), nullable=False),
    sa.Column('licence', sa.String(length=200), nullable=False),
    sa.Column('update_cycle', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_ref_global_source'))
    )
    op.create_table('ref_indicator',
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=False),
    sa.Column('unit_code', sa.String(length=40), nullable=False),
    sa.Column('topic', sa.String(length=40), nullable=False),
    sa.Column('is_core', sa.Boolean(), nullable=False),
    sa.Column('external_codes', sa.String(length=300), nullable=False),
    sa.Column('sdg_code', sa.String(length=40), nullable=False),
    sa.Column('direction_default', sa.String(length=20), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_ref_indicator'))
    )
    op.create_table('ref_region',
    sa.Column('code', sa.Integer(), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('parent_code', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_ref_region'))
    )
    op.create_table('ref_unit',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('label_en', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('multiplier', sa.Double(), nullable=False),
    sa.Column('decimals', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_ref_unit'))
    )
    op.create_table('ref_version',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_ref_version'))
    )
    op.create_table('site',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('country', 'hub', name='sitekind', native_enum=False, length=40), nullable=False),
    sa.Column('public_key', sa.String(length=100), nullable=False),
    sa.Column('is_local', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site'))
    )
    op.create_table('wizard_draft',
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('payload_json', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_wizard_draft'))
    )
    op.create_table('workspace',
    sa.Column('country_iso3', sa.String(length=3), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('programme_phase', sa.Enum('PHASE_I_2011_2013', 'PHASE_II_2014_2018', 'OTHER', name='programmephase', native_enum=False, length=40), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('donor', sa.String(length=200), nullable=False),
    sa.Column('lead_institution_id', sa.Uuid(), nullable=True),
    sa.Column('focal_point_id', sa.Uuid(), nullable=True),
    sa.Column('entry_mode', sa.Enum('INTEGRATED_IN_NDP', 'STANDALONE_MD_STRATEGY', 'SECTORAL_ONLY', name='entrymode', native_enum=False, length=40), nullable=True),
    sa.Column('target_instrument_id', sa.Uuid(), nullable=True),
    sa.Column('default_currency', sa.String(length=3), nullable=False),
    sa.Column('reference_year', sa.Integer(), nullable=True),
    sa.Column('languages', sa.String(length=100), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('nfp_confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('nfp_confirmed_by', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['country_iso3'], ['ref_country.iso3'], name=op.f('fk_workspace_country_iso3_ref_country')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workspace')),
    sa.UniqueConstraint('code', name=op.f('uq_workspace_code'))
    )
    with op.batch_alter_table('workspace', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workspace_country_iso3'), ['country_iso3'], unique=False)

    op.create_table('development_partner',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('partner_type', sa.String(length=20), nullable=False),
    sa.Column('gmg_member', sa.Boolean(), nullable=False),
    sa.Column('gmg_agency_code', sa.String(length=20), nullable=False),
    sa.Column('confirmed_no_projects', sa.Boolean(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_development_partner_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_development_partner'))
    )
    with op.batch_alter_table('development_partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_development_partner_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('document',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('doc_type', sa.String(length=30), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=False),
    sa.Column('document_date', sa.Date(), nullable=True),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('mime_type', sa.String(length=100), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('confidentiality', sa.String(length=20), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_document_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document')),
    sa.UniqueConstraint('workspace_id', 'sha256', name=op.f('uq_document_workspace_id_sha256'))
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('fx_rate',
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('rate_to_usd', sa.Float(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_fx_rate_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fx_rate')),
    sa.UniqueConstraint('workspace_id', 'currency', 'year', name=op.f('uq_fx_rate_workspace_id_currency_year'))
    )
    with op.batch_alter_table('fx_rate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fx_rate_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('institution',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('acronym', sa.String(length=40), nullable=False),
    sa.Column('institution_type', sa.String(length=30), nullable=False),
    sa.Column('government_level', sa.String(length=20), nullable=False),
    sa.Column('sector_codes', sa.String(length=200), nullable=False),
    sa.Column('parent_institution_id', sa.Uuid(), nullable=True),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['parent_institution_id'], ['institution.id'], name=op.f('fk_institution_parent_institution_id_institution')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_institution_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_institution'))
    )
    with op.batch_alter_table('institution', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_institution_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('policy_priority',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('problem_statement', sa.Text(), nullable=False),
    sa.Column('objective', sa.Text(), nullable=False),
    sa.Column('policy_area', sa.String(length=10), nullable=False),
    sa.Column('target_groups', sa.String(length=300), nullable=False),
    sa.Column('policy_category', sa.String(length=30), nullable=False),
    sa.Column('score_impact', sa.Integer(), nullable=True),
    sa.Column('score_feasibility', sa.Integer(), nullable=True),
    sa.Column('score_cost', sa.Integer(), nullable=True),
    sa.Column('score_urgency', sa.Integer(), nullable=True),
    sa.Column('score_political_support', sa.Integer(), nullable=True),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.Column('gcm_objectives', sa.String(length=200), nullable=False),
    sa.Column('sdg_targets', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('endorsement_reference', sa.String(length=300), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_policy_priority_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_priority'))
    )
    with op.batch_alter_table('policy_priority', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policy_priority_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('profile_finding',
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('policy_area', sa.String(length=10), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=True),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_profile_finding_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profile_finding'))
    )
    with op.batch_alter_table('profile_finding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_profile_finding_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('profile_narrative',
    sa.Column('part', sa.Enum('A', 'B', 'C', 'D', name='profilepart', native_enum=False, length=40), nullable=False),
    sa.Column('section', sa.String(length=40), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_profile_narrative_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profile_narrative')),
    sa.UniqueConstraint('workspace_id', 'part', 'section', name=op.f('uq_profile_narrative_workspace_id_part_section'))
    )
    with op.batch_alter_table('profile_narrative', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_profile_narrative_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('rag_threshold',
    sa.Column('green_from', sa.Float(), nullable=False),
    sa.Column('amber_from', sa.Float(), nullable=False),
    sa.Column('maintain_tolerance', sa.Float(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_rag_threshold_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rag_threshold')),
    sa.UniqueConstraint('workspace_id', name=op.f('uq_rag_threshold_workspace_id'))
    )
    with op.batch_alter_table('rag_threshold', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rag_threshold_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('scoring_weight',
    sa.Column('criterion', sa.String(length=30), nullable=False),
    sa.Column('weight', sa.Float(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_scoring_weight_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scoring_weight')),
    sa.UniqueConstraint('workspace_id', 'criterion', name=op.f('uq_scoring_weight_workspace_id_criterion'))
    )
    with op.batch_alter_table('scoring_weight', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scoring_weight_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('sector_impact',
    sa.Column('policy_area', sa.String(length=10), nullable=False),
    sa.Column('channel', sa.String(length=30), nullable=False),
    sa.Column('effect', sa.String(length=10), nullable=False),
    sa.Column('magnitude', sa.Integer(), nullable=True),
    sa.Column('evidence_strength', sa.String(length=12), nullable=False),
    sa.Column('narrative', sa.Text(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_sector_impact_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sector_impact'))
    )
    with op.batch_alter_table('sector_impact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sector_impact_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('snapshot',
    sa.Column('step_number', sa.Integer(), nullable=False),
    sa.Column('payload_json', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_snapshot_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_snapshot'))
    )
    with op.batch_alter_table('snapshot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_snapshot_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('step_state',
    sa.Column('step_number', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('not_started', 'in_progress', 'submitted', 'changes_requested', 'approved', name='stepstatus', native_enum=False, length=40), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('submitted_by', sa.String(length=200), nullable=False),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('approved_by', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_step_state_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_state')),
    sa.UniqueConstraint('workspace_id', 'step_number', name=op.f('uq_step_state_workspace_id_step_number'))
    )
    with op.batch_alter_table('step_state', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_step_state_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('validation_ack',
    sa.Column('rule_code', sa.String(length=60), nullable=False),
    sa.Column('subject_key', sa.String(length=400), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('acknowledged_on', sa.Date(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_validation_ack_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_validation_ack')),
    sa.UniqueConstraint('workspace_id', 'rule_code', 'subject_key', name=op.f('uq_validation_ack_workspace_id_rule_code_subject_key'))
    )
    with op.batch_alter_table('validation_ack', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_validation_ack_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('consultation_event',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('event_type', sa.String(length=30), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('topics', sa.String(length=200), nullable=False),
    sa.Column('participants_female', sa.Integer(), nullable=False),
    sa.Column('participants_male', sa.Integer(), nullable=False),
    sa.Column('participants_other', sa.Integer(), nullable=False),
    sa.Column('report_document_id', sa.Uuid(), nullable=True),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['report_document_id'], ['document.id'], name=op.f('fk_consultation_event_report_document_id_document')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_consultation_event_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation_event'))
    )
    with op.batch_alter_table('consultation_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consultation_event_report_document_id'), ['report_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_event_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('coordination_mechanism',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('parent_mechanism_id', sa.Uuid(), nullable=True),
    sa.Column('legal_basis', sa.String(length=30), nullable=False),
    sa.Column('legal_reference', sa.String(length=300), nullable=False),
    sa.Column('established_date', sa.Date(), nullable=True),
    sa.Column('chair_institution_id', sa.Uuid(), nullable=True),
    sa.Column('secretariat_institution_id', sa.Uuid(), nullable=True),
    sa.Column('meeting_frequency', sa.String(length=20), nullable=False),
    sa.Column('tor_document_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['chair_institution_id'], ['institution.id'], name=op.f('fk_coordination_mechanism_chair_institution_id_institution')),
    sa.ForeignKeyConstraint(['parent_mechanism_id'], ['coordination_mechanism.id'], name=op.f('fk_coordination_mechanism_parent_mechanism_id_coordination_mechanism')),
    sa.ForeignKeyConstraint(['secretariat_institution_id'], ['institution.id'], name=op.f('fk_coordination_mechanism_secretariat_institution_id_institution')),
    sa.ForeignKeyConstraint(['tor_document_id'], ['document.id'], name=op.f('fk_coordination_mechanism_tor_document_id_document')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_coordination_mechanism_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coordination_mechanism'))
    )
    with op.batch_alter_table('coordination_mechanism', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coordination_mechanism_chair_institution_id'), ['chair_institution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_coordination_mechanism_secretariat_institution_id'), ['secretariat_institution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_coordination_mechanism_tor_document_id'), ['tor_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_coordination_mechanism_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('data_source',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('global_source_code', sa.String(length=40), nullable=False),
    sa.Column('producer_institution_id', sa.Uuid(), nullable=True),
    sa.Column('source_type', sa.String(length=30), nullable=False),
    sa.Column('periodicity', sa.String(length=20), nullable=False),
    sa.Column('last_reference_year', sa.Integer(), nullable=True),
    sa.Column('coverage_notes', sa.Text(), nullable=False),
    sa.Column('has_country_of_birth', sa.Boolean(), nullable=False),
    sa.Column('has_citizenship', sa.Boolean(), nullable=False),
    sa.Column('has_previous_residence', sa.Boolean(), nullable=False),
    sa.Column('has_sex_age', sa.Boolean(), nullable=False),
    sa.Column('has_reason_for_migration', sa.Boolean(), nullable=False),
    sa.Column('access', sa.String(length=20), nullable=False),
    sa.Column('url_or_reference', sa.String(length=400), nullable=False),
    sa.Column('quality_rating', sa.Integer(), nullable=True),
    sa.Column('gap_notes', sa.Text(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['producer_institution_id'], ['institution.id'], name=op.f('fk_data_source_producer_institution_id_institution')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_data_source_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_data_source'))
    )
    with op.batch_alter_table('data_source', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_data_source_producer_institution_id'), ['producer_institution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_data_source_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('evaluation',
    sa.Column('evaluation_type', sa.String(length=20), nullable=False),
    sa.Column('evaluator', sa.String(length=200), nullable=False),
    sa.Column('planned_date', sa.Date(), nullable=True),
    sa.Column('completed_date', sa.Date(), nullable=True),
    sa.Column('questions', sa.Text(), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('report_document_id', sa.Uuid(), nullable=True),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['report_document_id'], ['document.id'], name=op.f('fk_evaluation_report_document_id_document')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_evaluation_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation'))
    )
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_report_document_id'), ['report_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evaluation_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('evidence_link',
    sa.Column('document_id', sa.Uuid(), nullable=False),
    sa.Column('entity_type', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.Uuid(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_evidence_link_document_id_document')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_evidence_link_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence_link'))
    )
    with op.batch_alter_table('evidence_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_link_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_link_entity_id'), ['entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_link_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('expert_mission',
    sa.Column('agency_code', sa.String(length=20), nullable=False),
    sa.Column('expert_name', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('mode', sa.String(length=20), nullable=False),
    sa.Column('steps_supported', sa.String(length=40), nullable=False),
    sa.Column('tor_document_id', sa.Uuid(), nullable=True),
    sa.Column('report_document_id', sa.Uuid(), nullable=True),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['report_document_id'], ['document.id'], name=op.f('fk_expert_mission_report_document_id_document')),
    sa.ForeignKeyConstraint(['tor_document_id'], ['document.id'], name=op.f('fk_expert_mission_tor_document_id_document')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_expert_mission_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_expert_mission'))
    )
    with op.batch_alter_table('expert_mission', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_expert_mission_report_document_id'), ['report_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_expert_mission_tor_document_id'), ['tor_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_expert_mission_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('governance_item',
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=400), nullable=False),
    sa.Column('adoption_date', sa.Date(), nullable=True),
    sa.Column('legal_reference', sa.String(length=300), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('partner_country', sa.String(length=3), nullable=False),
    sa.Column('topics', sa.String(length=200), nullable=False),
    sa.Column('document_id', sa.Uuid(), nullable=True),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_governance_item_document_id_document')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_governance_item_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_governance_item'))
    )
    with op.batch_alter_table('governance_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_governance_item_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_governance_item_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('lesson_learned',
    sa.Column('workspace_id', sa.Uuid(), nullable=True),
    sa.Column('step_number', sa.Integer(), nullable=True),
    sa.Column('theme', sa.String(length=30), nullable=False),
    sa.Column('what_happened', sa.Text(), nullable=False),
    sa.Column('why', sa.Text(), nullable=False),
    sa.Column('recommendation', sa.Text(), nullable=False),
    sa.Column('applicability', sa.String(length=20), nullable=False),
    sa.Column('evidence_document_id', sa.Uuid(), nullable=True),
    sa.Column('validated_by', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['evidence_document_id'], ['document.id'], name=op.f('fk_lesson_learned_evidence_document_id_document')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_lesson_learned_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lesson_learned'))
    )
    with op.batch_alter_table('lesson_learned', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lesson_learned_evidence_document_id'), ['evidence_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_lesson_learned_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('mgi_assessment',
    sa.Column('domain_code', sa.String(length=10), nullable=False),
    sa.Column('sub_area_code', sa.String(length=20), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('evidence_document_id', sa.Uuid(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['evidence_document_id'], ['document.id'], name=op.f('fk_mgi_assessment_evidence_document_id_document')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_mgi_assessment_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mgi_assessment')),
    sa.UniqueConstraint('workspace_id', 'sub_area_code', name=op.f('uq_mgi_assessment_workspace_id_sub_area_code'))
    )
    with op.batch_alter_table('mgi_assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mgi_assessment_evidence_document_id'), ['evidence_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mgi_assessment_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('partner_coordination_event',
    sa.Column('event_type', sa.String(length=30), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('decisions', sa.Text(), nullable=False),
    sa.Column('document_id', sa.Uuid(), nullable=True),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_partner_coordination_event_document_id_document')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_partner_coordination_event_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_coordination_event'))
    )
    with op.batch_alter_table('partner_coordination_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_coordination_event_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partner_coordination_event_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('partner_project',
    sa.Column('title', sa.String(length=400), nullable=False),
    sa.Column('partner_id', sa.Uuid(), nullable=False),
    sa.Column('implementing_institution_id', sa.Uuid(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('budget_total', sa.Float(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('budget_year', sa.Integer(), nullable=True),
    sa.Column('disbursed_to_date', sa.Float(), nullable=True),
    sa.Column('policy_areas', sa.String(length=200), nullable=False),
    sa.Column('geographic_scope', sa.String(length=200), nullable=False),
    sa.Column('undaf_outcome_code', sa.String(length=60), nullable=False),
    sa.Column('unaligned_reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('iati_identifier', sa.String(length=100), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['implementing_institution_id'], ['institution.id'], name=op.f('fk_partner_project_implementing_institution_id_institution')),
    sa.ForeignKeyConstraint(['partner_id'], ['development_partner.id'], name=op.f('fk_partner_project_partner_id_development_partner')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_partner_project_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_project'))
    )
    with op.batch_alter_table('partner_project', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_project_implementing_institution_id'), ['implementing_institution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partner_project_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partner_project_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('person',
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('institution_id', sa.Uuid(), nullable=True),
    sa.Column('contact_consent', sa.Boolean(), nullable=False),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['institution_id'], ['institution.id'], name=op.f('fk_person_institution_id_institution')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_person_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_institution_id'), ['institution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('planning_instrument',
    sa.Column('title', sa.String(length=400), nullable=False),
    sa.Column('instrument_type', sa.String(length=30), nullable=False),
    sa.Column('sector_code', sa.String(length=10), nullable=False),
    sa.Column('period_start_year', sa.Integer(), nullable=True),
    sa.Column('period_end_year', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('adoption_date', sa.Date(), nullable=True),
    sa.Column('adopting_body', sa.String(length=200), nullable=False),
    sa.Column('legal_reference', sa.String(length=300), nullable=False),
    sa.Column('owner_institution_id', sa.Uuid(), nullable=True),
    sa.Column('mainstreaming_level', sa.Integer(), nullable=True),
    sa.Column('document_id', sa.Uuid(), nullable=True),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_planning_instrument_document_id_document')),
    sa.ForeignKeyConstraint(['owner_institution_id'], ['institution.id'], name=op.f('fk_planning_instrument_owner_institution_id_institution')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_planning_instrument_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_planning_instrument'))
    )
    with op.batch_alter_table('planning_instrument', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_planning_instrument_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_planning_instrument_owner_institution_id'), ['owner_institution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_planning_instrument_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('priority_evidence',
    sa.Column('priority_id', sa.Uuid(), nullable=False),
    sa.Column('evidence_type', sa.String(length=40), nullable=False),
    sa.Column('evidence_id', sa.Uuid(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['priority_id'], ['policy_priority.id'], name=op.f('fk_priority_evidence_priority_id_policy_priority')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_priority_evidence_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_priority_evidence')),
    sa.UniqueConstraint('priority_id', 'evidence_type', 'evidence_id', name=op.f('uq_priority_evidence_priority_id_evidence_type_evidence_id'))
    )
    with op.batch_alter_table('priority_evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_priority_evidence_evidence_id'), ['evidence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_priority_evidence_priority_id'), ['priority_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_priority_evidence_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('readiness_check',
    sa.Column('criterion', sa.Enum('R1_POLITICAL_ENDORSEMENT', 'R2_LEAD_DESIGNATED', 'R3_FUNDING', 'R4_UNCT_LEAD', 'R5_PLANNING_WINDOW', 'R6_EXISTING_ANALYSIS', 'R7_STATISTICS_OFFICE', name='readinesscriterion', native_enum=False, length=40), nullable=False),
    sa.Column('status', sa.Enum('MET', 'PARTLY', 'NOT_MET', 'N_A', name='readinessstatus', native_enum=False, length=40), nullable=True),
    sa.Column('evidence_document_id', sa.Uuid(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['evidence_document_id'], ['document.id'], name=op.f('fk_readiness_check_evidence_document_id_document')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_readiness_check_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_readiness_check')),
    sa.UniqueConstraint('workspace_id', 'criterion', name=op.f('uq_readiness_check_workspace_id_criterion'))
    )
    with op.batch_alter_table('readiness_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_readiness_check_evidence_document_id'), ['evidence_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_readiness_check_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('review_comment',
    sa.Column('target_type', sa.String(length=60), nullable=False),
    sa.Column('target_id', sa.Uuid(), nullable=True),
    sa.Column('target_field', sa.String(length=60), nullable=False),
    sa.Column('step_number', sa.Integer(), nullable=True),
    sa.Column('snapshot_id', sa.Uuid(), nullable=True),
    sa.Column('parent_comment_id', sa.Uuid(), nullable=True),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('agency_code', sa.String(length=20), nullable=False),
    sa.Column('severity', sa.Enum('BLOCKER', 'MAJOR', 'MINOR', 'SUGGESTION', name='commentseverity', native_enum=False, length=40), nullable=False),
    sa.Column('status', sa.Enum('OPEN', 'ANSWERED', 'RESOLVED', 'WONT_FIX', name='commentstatus', native_enum=False, length=40), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['parent_comment_id'], ['review_comment.id'], name=op.f('fk_review_comment_parent_comment_id_review_comment')),
    sa.ForeignKeyConstraint(['snapshot_id'], ['snapshot.id'], name=op.f('fk_review_comment_snapshot_id_snapshot')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_review_comment_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_comment'))
    )
    with op.batch_alter_table('review_comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_comment_snapshot_id'), ['snapshot_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_comment_target_id'), ['target_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_comment_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('sector_responsibility',
    sa.Column('policy_area', sa.String(length=10), nullable=False),
    sa.Column('institution_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.Enum('LEAD', 'CONTRIBUTOR', 'DATA_PROVIDER', 'CONSULTED', name='responsibilityrole', native_enum=False, length=40), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['institution_id'], ['institution.id'], name=op.f('fk_sector_responsibility_institution_id_institution')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_sector_responsibility_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sector_responsibility')),
    sa.UniqueConstraint('workspace_id', 'policy_area', 'institution_id', 'role', name=op.f('uq_sector_responsibility_workspace_id_policy_area_institution_id_role'))
    )
    with op.batch_alter_table('sector_responsibility', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sector_responsibility_institution_id'), ['institution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sector_responsibility_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('management_response',
    sa.Column('evaluation_id', sa.Uuid(), nullable=False),
    sa.Column('recommendation', sa.Text(), nullable=False),
    sa.Column('response', sa.Text(), nullable=False),
    sa.Column('planned_action', sa.Text(), nullable=False),
    sa.Column('owner_institution_id', sa.Uuid(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluation.id'], name=op.f('fk_management_response_evaluation_id_evaluation')),
    sa.ForeignKeyConstraint(['owner_institution_id'], ['institution.id'], name=op.f('fk_management_response_owner_institution_id_institution')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_management_response_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_management_response'))
    )
    with op.batch_alter_table('management_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_management_response_evaluation_id'), ['evaluation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_management_response_owner_institution_id'), ['owner_institution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_management_response_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('mechanism_member',
    sa.Column('mechanism_id', sa.Uuid(), nullable=False),
    sa.Column('institution_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('member_role', sa.String(length=20), nullable=False),
    sa.Column('is_sector_focal_point', sa.Boolean(), nullable=False),
    sa.Column('appointment_document_id', sa.Uuid(), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['appointment_document_id'], ['document.id'], name=op.f('fk_mechanism_member_appointment_document_id_document')),
    sa.ForeignKeyConstraint(['institution_id'], ['institution.id'], name=op.f('fk_mechanism_member_institution_id_institution')),
    sa.ForeignKeyConstraint(['mechanism_id'], ['coordination_mechanism.id'], name=op.f('fk_mechanism_member_mechanism_id_coordination_mechanism')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_mechanism_member_person_id_person')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_mechanism_member_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mechanism_member'))
    )
    with op.batch_alter_table('mechanism_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mechanism_member_appointment_document_id'), ['appointment_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mechanism_member_institution_id'), ['institution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mechanism_member_mechanism_id'), ['mechanism_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mechanism_member_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mechanism_member_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('meeting',
    sa.Column('mechanism_id', sa.Uuid(), nullable=False),
    sa.Column('meeting_date', sa.Date(), nullable=False),
    sa.Column('meeting_type', sa.String(length=20), nullable=False),
    sa.Column('agenda', sa.Text(), nullable=False),
    sa.Column('minutes_document_id', sa.Uuid(), nullable=True),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['mechanism_id'], ['coordination_mechanism.id'], name=op.f('fk_meeting_mechanism_id_coordination_mechanism')),
    sa.ForeignKeyConstraint(['minutes_document_id'], ['document.id'], name=op.f('fk_meeting_minutes_document_id_document')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_meeting_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_mechanism_id'), ['mechanism_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_minutes_document_id'), ['minutes_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('observation',
    sa.Column('indicator_code', sa.String(length=60), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('period_type', sa.Enum('POINT', 'YEAR', 'QUARTER', 'MONTH', 'MULTI_YEAR', name='periodtype', native_enum=False, length=40), nullable=False),
    sa.Column('sex', sa.String(length=2), nullable=False),
    sa.Column('age_group', sa.String(length=12), nullable=False),
    sa.Column('partner_country', sa.String(length=6), nullable=False),
    sa.Column('direction', sa.Enum('IMMIGRATION', 'EMIGRATION', 'RETURN', 'TRANSIT', 'INTERNAL', 'NA', name='direction', native_enum=False, length=40), nullable=False),
    sa.Column('migration_type', sa.String(length=30), nullable=False),
    sa.Column('voluntariness', sa.String(length=12), nullable=False),
    sa.Column('duration_class', sa.String(length=24), nullable=False),
    sa.Column('skill_level', sa.String(length=8), nullable=False),
    sa.Column('occupation_isco', sa.String(length=4), nullable=False),
    sa.Column('education_isced', sa.String(length=10), nullable=False),
    sa.Column('sector_isic', sa.String(length=4), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('unit_code', sa.String(length=40), nullable=False),
    sa.Column('obs_status', sa.Enum('A', 'E', 'P', 'F', 'M', 'B', name='observationstatus', native_enum=False, length=40), nullable=False),
    sa.Column('data_type_flag', sa.String(length=8), nullable=False),
    sa.Column('source_id', sa.Uuid(), nullable=False),
    sa.Column('source_table_ref', sa.String(length=300), nullable=False),
    sa.Column('is_preferred', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['source_id'], ['data_source.id'], name=op.f('fk_observation_source_id_data_source')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_observation_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_observation')),
    sa.UniqueConstraint('workspace_id', 'indicator_code', 'period_start', 'period_end', 'sex', 'age_group', 'partner_country', 'direction', 'migration_type', 'voluntariness', 'duration_class', 'skill_level', 'occupation_isco', 'education_isced', 'sector_isic', 'source_id', name='uq_observation_natural_key')
    )
    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.create_index('ix_observation_indicator_period', ['workspace_id', 'indicator_code', 'period_start'], unique=False)
        batch_op.create_index('ix_observation_partner', ['workspace_id', 'partner_country'], unique=False)
        batch_op.create_index(batch_op.f('ix_observation_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_observation_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('plan_element',
    sa.Column('instrument_id', sa.Uuid(), nullable=False),
    sa.Column('parent_id', sa.Uuid(), nullable=True),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['instrument_id'], ['planning_instrument.id'], name=op.f('fk_plan_element_instrument_id_planning_instrument')),
    sa.ForeignKeyConstraint(['parent_id'], ['plan_element.id'], name=op.f('fk_plan_element_parent_id_plan_element')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_plan_element_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_element'))
    )
    with op.batch_alter_table('plan_element', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_element_instrument_id'), ['instrument_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_element_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('project_priority',
    sa.Column('project_id', sa.Uuid(), nullable=False),
    sa.Column('priority_id', sa.Uuid(), nullable=False),
    sa.Column('amount', sa.Float(), nullable=True),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['priority_id'], ['policy_priority.id'], name=op.f('fk_project_priority_priority_id_policy_priority')),
    sa.ForeignKeyConstraint(['project_id'], ['partner_project.id'], name=op.f('fk_project_priority_project_id_partner_project')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_project_priority_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_priority')),
    sa.UniqueConstraint('project_id', 'priority_id', name=op.f('uq_project_priority_project_id_priority_id'))
    )
    with op.batch_alter_table('project_priority', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_priority_priority_id'), ['priority_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_priority_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_priority_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('proposal_lesson',
    sa.Column('proposal_id', sa.Uuid(), nullable=False),
    sa.Column('lesson_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['lesson_id'], ['lesson_learned.id'], name=op.f('fk_proposal_lesson_lesson_id_lesson_learned')),
    sa.ForeignKeyConstraint(['proposal_id'], ['handbook_change_proposal.id'], name=op.f('fk_proposal_lesson_proposal_id_handbook_change_proposal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal_lesson')),
    sa.UniqueConstraint('proposal_id', 'lesson_id', name=op.f('uq_proposal_lesson_proposal_id_lesson_id'))
    )
    with op.batch_alter_table('proposal_lesson', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_lesson_lesson_id'), ['lesson_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposal_lesson_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('stakeholder',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('stakeholder_group', sa.String(length=30), nullable=False),
    sa.Column('institution_id', sa.Uuid(), nullable=True),
    sa.Column('contact_person_id', sa.Uuid(), nullable=True),
    sa.Column('geography', sa.String(length=10), nullable=False),
    sa.Column('diaspora_location_country', sa.String(length=3), nullable=False),
    sa.Column('interest', sa.Integer(), nullable=True),
    sa.Column('influence', sa.Integer(), nullable=True),
    sa.Column('engagement_level', sa.String(length=20), nullable=False),
    sa.Column('consent_to_store_contact', sa.Boolean(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['contact_person_id'], ['person.id'], name=op.f('fk_stakeholder_contact_person_id_person')),
    sa.ForeignKeyConstraint(['institution_id'], ['institution.id'], name=op.f('fk_stakeholder_institution_id_institution')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_stakeholder_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stakeholder'))
    )
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stakeholder_contact_person_id'), ['contact_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stakeholder_institution_id'), ['institution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stakeholder_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('workspace_membership',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('sector_scope', sa.String(length=20), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_workspace_membership_person_id_person')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_workspace_membership_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workspace_membership')),
    sa.UniqueConstraint('workspace_id', 'person_id', 'role', name=op.f('uq_workspace_membership_workspace_id_person_id_role'))
    )
    with op.batch_alter_table('workspace_membership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workspace_membership_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_workspace_membership_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('action',
    sa.Column('priority_id', sa.Uuid(), nullable=False),
    sa.Column('plan_element_id', sa.Uuid(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('lead_institution_id', sa.Uuid(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('cost_estimate', sa.Float(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('capacity_needs', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['lead_institution_id'], ['institution.id'], name=op.f('fk_action_lead_institution_id_institution')),
    sa.ForeignKeyConstraint(['plan_element_id'], ['plan_element.id'], name=op.f('fk_action_plan_element_id_plan_element')),
    sa.ForeignKeyConstraint(['priority_id'], ['policy_priority.id'], name=op.f('fk_action_priority_id_policy_priority')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_action_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action'))
    )
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_lead_institution_id'), ['lead_institution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_plan_element_id'), ['plan_element_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_priority_id'), ['priority_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('action_item',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner_institution_id', sa.Uuid(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_action_item_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['owner_institution_id'], ['institution.id'], name=op.f('fk_action_item_owner_institution_id_institution')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_action_item_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_item'))
    )
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_item_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_owner_institution_id'), ['owner_institution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('event_stakeholder',
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('stakeholder_id', sa.Uuid(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['consultation_event.id'], name=op.f('fk_event_stakeholder_event_id_consultation_event')),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'], name=op.f('fk_event_stakeholder_stakeholder_id_stakeholder')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_event_stakeholder_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_stakeholder')),
    sa.UniqueConstraint('event_id', 'stakeholder_id', name=op.f('uq_event_stakeholder_event_id_stakeholder_id'))
    )
    with op.batch_alter_table('event_stakeholder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_stakeholder_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_stakeholder_stakeholder_id'), ['stakeholder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_stakeholder_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('meeting_attendance',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_attendance_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_meeting_attendance_person_id_person')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_meeting_attendance_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attendance')),
    sa.UniqueConstraint('meeting_id', 'person_id', name=op.f('uq_meeting_attendance_meeting_id_person_id'))
    )
    with op.batch_alter_table('meeting_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendance_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_attendance_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_attendance_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('migration_linkage',
    sa.Column('plan_element_id', sa.Uuid(), nullable=False),
    sa.Column('policy_area', sa.String(length=10), nullable=False),
    sa.Column('question_code', sa.String(length=30), nullable=False),
    sa.Column('effect_of_migration_on_goal', sa.String(length=10), nullable=False),
    sa.Column('effect_of_goal_on_migration', sa.String(length=10), nullable=False),
    sa.Column('proposed_text_change', sa.Text(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['plan_element_id'], ['plan_element.id'], name=op.f('fk_migration_linkage_plan_element_id_plan_element')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_migration_linkage_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_migration_linkage'))
    )
    with op.batch_alter_table('migration_linkage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_migration_linkage_plan_element_id'), ['plan_element_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_migration_linkage_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('result',
    sa.Column('parent_result_id', sa.Uuid(), nullable=True),
    sa.Column('level', sa.Enum('IMPACT', 'OUTCOME', 'OUTPUT', name='resultlevel', native_enum=False, length=40), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('statement', sa.Text(), nullable=False),
    sa.Column('linked_priority_id', sa.Uuid(), nullable=True),
    sa.Column('linked_plan_element_id', sa.Uuid(), nullable=True),
    sa.Column('intervention_tag', sa.String(length=30), nullable=False),
    sa.Column('assumptions', sa.Text(), nullable=False),
    sa.Column('risks', sa.Text(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['linked_plan_element_id'], ['plan_element.id'], name=op.f('fk_result_linked_plan_element_id_plan_element')),
    sa.ForeignKeyConstraint(['linked_priority_id'], ['policy_priority.id'], name=op.f('fk_result_linked_priority_id_policy_priority')),
    sa.ForeignKeyConstraint(['parent_result_id'], ['result.id'], name=op.f('fk_result_parent_result_id_result')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_result_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_result'))
    )
    with op.batch_alter_table('result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_result_linked_plan_element_id'), ['linked_plan_element_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_result_linked_priority_id'), ['linked_priority_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_result_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('sector_impact_observation',
    sa.Column('sector_impact_id', sa.Uuid(), nullable=False),
    sa.Column('observation_id', sa.Uuid(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['observation_id'], ['observation.id'], name=op.f('fk_sector_impact_observation_observation_id_observation')),
    sa.ForeignKeyConstraint(['sector_impact_id'], ['sector_impact.id'], name=op.f('fk_sector_impact_observation_sector_impact_id_sector_impact')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_sector_impact_observation_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sector_impact_observation')),
    sa.UniqueConstraint('sector_impact_id', 'observation_id', name=op.f('uq_sector_impact_observation_sector_impact_id_observation_id'))
    )
    with op.batch_alter_table('sector_impact_observation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sector_impact_observation_observation_id'), ['observation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sector_impact_observation_sector_impact_id'), ['sector_impact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sector_impact_observation_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('stakeholder_input',
    sa.Column('event_id', sa.Uuid(), nullable=True),
    sa.Column('stakeholder_id', sa.Uuid(), nullable=True),
    sa.Column('policy_area', sa.String(length=10), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('disposition', sa.Enum('PENDING', 'ACCEPTED', 'PARTLY_ACCEPTED', 'NOTED', 'REJECTED', name='inputdisposition', native_enum=False, length=40), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.Column('linked_priority_id', sa.Uuid(), nullable=True),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['consultation_event.id'], name=op.f('fk_stakeholder_input_event_id_consultation_event')),
    sa.ForeignKeyConstraint(['linked_priority_id'], ['policy_priority.id'], name=op.f('fk_stakeholder_input_linked_priority_id_policy_priority')),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'], name=op.f('fk_stakeholder_input_stakeholder_id_stakeholder')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_stakeholder_input_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stakeholder_input'))
    )
    with op.batch_alter_table('stakeholder_input', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stakeholder_input_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stakeholder_input_linked_priority_id'), ['linked_priority_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stakeholder_input_stakeholder_id'), ['stakeholder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stakeholder_input_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('action_funding',
    sa.Column('action_id', sa.Uuid(), nullable=False),
    sa.Column('funding_source', sa.String(length=20), nullable=False),
    sa.Column('amount', sa.Float(), nullable=False),
    sa.Column('partner_id', sa.Uuid(), nullable=True),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_action_funding_action_id_action')),
    sa.ForeignKeyConstraint(['partner_id'], ['development_partner.id'], name=op.f('fk_action_funding_partner_id_development_partner')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_action_funding_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_funding'))
    )
    with op.batch_alter_table('action_funding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_funding_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_funding_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_funding_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('result_indicator',
    sa.Column('result_id', sa.Uuid(), nullable=False),
    sa.Column('indicator_code', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('indicator_kind', sa.String(length=20), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('unit_code', sa.String(length=40), nullable=False),
    sa.Column('direction', sa.Enum('INCREASE', 'DECREASE', 'MAINTAIN', 'RANGE', name='indicatordirection', native_enum=False, length=40), nullable=False),
    sa.Column('disaggregations', sa.String(length=200), nullable=False),
    sa.Column('frequency', sa.String(length=20), nullable=False),
    sa.Column('means_of_verification', sa.Text(), nullable=False),
    sa.Column('source_id', sa.Uuid(), nullable=True),
    sa.Column('responsible_institution_id', sa.Uuid(), nullable=True),
    sa.Column('baseline_value', sa.Float(), nullable=True),
    sa.Column('baseline_year', sa.Integer(), nullable=True),
    sa.Column('baseline_source_note', sa.Text(), nullable=False),
    sa.Column('manual_status', sa.String(length=10), nullable=False),
    sa.Column('manual_status_justification', sa.Text(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['responsible_institution_id'], ['institution.id'], name=op.f('fk_result_indicator_responsible_institution_id_institution')),
    sa.ForeignKeyConstraint(['result_id'], ['result.id'], name=op.f('fk_result_indicator_result_id_result')),
    sa.ForeignKeyConstraint(['source_id'], ['data_source.id'], name=op.f('fk_result_indicator_source_id_data_source')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_result_indicator_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_result_indicator'))
    )
    with op.batch_alter_table('result_indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_result_indicator_responsible_institution_id'), ['responsible_institution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_result_indicator_result_id'), ['result_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_result_indicator_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_result_indicator_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('actual',
    sa.Column('result_indicator_id', sa.Uuid(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('obs_status', sa.String(length=2), nullable=False),
    sa.Column('evidence_document_id', sa.Uuid(), nullable=True),
    sa.Column('reported_by', sa.String(length=200), nullable=False),
    sa.Column('verified_by', sa.String(length=200), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['evidence_document_id'], ['document.id'], name=op.f('fk_actual_evidence_document_id_document')),
    sa.ForeignKeyConstraint(['result_indicator_id'], ['result_indicator.id'], name=op.f('fk_actual_result_indicator_id_result_indicator')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_actual_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actual'))
    )
    with op.batch_alter_table('actual', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actual_evidence_document_id'), ['evidence_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actual_result_indicator_id'), ['result_indicator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actual_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('target',
    sa.Column('result_indicator_id', sa.Uuid(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('target_value', sa.Float(), nullable=False),
    sa.Column('target_type', sa.String(length=10), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['result_indicator_id'], ['result_indicator.id'], name=op.f('fk_target_result_indicator_id_result_indicator')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_target_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target')),
    sa.UniqueConstraint('result_indicator_id', 'year', name=op.f('uq_target_result_indicator_id_year'))
    )
    with op.batch_alter_table('target', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_target_result_indicator_id'), ['result_indicator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_target_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('actual_disaggregation',
    sa.Column('actual_id', sa.Uuid(), nullable=False),
    sa.Column('dimension', sa.String(length=30), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('workspace_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['actual_id'], ['actual.id'], name=op.f('fk_actual_disaggregation_actual_id_actual')),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], name=op.f('fk_actual_disaggregation_workspace_id_workspace')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actual_disaggregation')),
    sa.UniqueConstraint('actual_id', 'dimension', 'code', name=op.f('uq_actual_disaggregation_actual_id_dimension_code'))
    )
    with op.batch_alter_table('actual_disaggregation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actual_disaggregation_actual_id'), ['actual_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actual_disaggregation_workspace_id'), ['workspace_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('actual_disaggregation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actual_disaggregation_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_actual_disaggregation_actual_id'))

    op.drop_table('actual_disaggregation')
    with op.batch_alter_table('target', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_target_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_target_result_indicator_id'))

    op.drop_table('target')
    with op.batch_alter_table('actual', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actual_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_actual_result_indicator_id'))
        batch_op.drop_index(batch_op.f('ix_actual_evidence_document_id'))

    op.drop_table('actual')
    with op.batch_alter_table('result_indicator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_result_indicator_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_result_indicator_source_id'))
        batch_op.drop_index(batch_op.f('ix_result_indicator_result_id'))
        batch_op.drop_index(batch_op.f('ix_result_indicator_responsible_institution_id'))

    op.drop_table('result_indicator')
    with op.batch_alter_table('action_funding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_funding_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_action_funding_partner_id'))
        batch_op.drop_index(batch_op.f('ix_action_funding_action_id'))

    op.drop_table('action_funding')
    with op.batch_alter_table('stakeholder_input', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stakeholder_input_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_stakeholder_input_stakeholder_id'))
        batch_op.drop_index(batch_op.f('ix_stakeholder_input_linked_priority_id'))
        batch_op.drop_index(batch_op.f('ix_stakeholder_input_event_id'))

    op.drop_table('stakeholder_input')
    with op.batch_alter_table('sector_impact_observation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sector_impact_observation_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_sector_impact_observation_sector_impact_id'))
        batch_op.drop_index(batch_op.f('ix_sector_impact_observation_observation_id'))

    op.drop_table('sector_impact_observation')
    with op.batch_alter_table('result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_result_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_result_linked_priority_id'))
        batch_op.drop_index(batch_op.f('ix_result_linked_plan_element_id'))

    op.drop_table('result')
    with op.batch_alter_table('migration_linkage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_migration_linkage_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_migration_linkage_plan_element_id'))

    op.drop_table('migration_linkage')
    with op.batch_alter_table('meeting_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendance_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_attendance_person_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_attendance_meeting_id'))

    op.drop_table('meeting_attendance')
    with op.batch_alter_table('event_stakeholder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_stakeholder_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_event_stakeholder_stakeholder_id'))
        batch_op.drop_index(batch_op.f('ix_event_stakeholder_event_id'))

    op.drop_table('event_stakeholder')
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_item_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_action_item_owner_institution_id'))
        batch_op.drop_index(batch_op.f('ix_action_item_meeting_id'))

    op.drop_table('action_item')
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_action_priority_id'))
        batch_op.drop_index(batch_op.f('ix_action_plan_element_id'))
        batch_op.drop_index(batch_op.f('ix_action_lead_institution_id'))

    op.drop_table('action')
    with op.batch_alter_table('workspace_membership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workspace_membership_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_workspace_membership_person_id'))

    op.drop_table('workspace_membership')
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stakeholder_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_stakeholder_institution_id'))
        batch_op.drop_index(batch_op.f('ix_stakeholder_contact_person_id'))

    op.drop_table('stakeholder')
    with op.batch_alter_table('proposal_lesson', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_lesson_proposal_id'))
        batch_op.drop_index(batch_op.f('ix_proposal_lesson_lesson_id'))

    op.drop_table('proposal_lesson')
    with op.batch_alter_table('project_priority', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_priority_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_project_priority_project_id'))
        batch_op.drop_index(batch_op.f('ix_project_priority_priority_id'))

    op.drop_table('project_priority')
    with op.batch_alter_table('plan_element', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_element_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_plan_element_instrument_id'))

    op.drop_table('plan_element')
    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_observation_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_observation_source_id'))
        batch_op.drop_index('ix_observation_partner')
        batch_op.drop_index('ix_observation_indicator_period')

    op.drop_table('observation')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_minutes_document_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_mechanism_id'))

    op.drop_table('meeting')
    with op.batch_alter_table('mechanism_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mechanism_member_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_mechanism_member_person_id'))
        batch_op.drop_index(batch_op.f('ix_mechanism_member_mechanism_id'))
        batch_op.drop_index(batch_op.f('ix_mechanism_member_institution_id'))
        batch_op.drop_index(batch_op.f('ix_mechanism_member_appointment_document_id'))

    op.drop_table('mechanism_member')
    with op.batch_alter_table('management_response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_management_response_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_management_response_owner_institution_id'))
        batch_op.drop_index(batch_op.f('ix_management_response_evaluation_id'))

    op.drop_table('management_response')
    with op.batch_alter_table('sector_responsibility', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sector_responsibility_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_sector_responsibility_institution_id'))

    op.drop_table('sector_responsibility')
    with op.batch_alter_table('review_comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_comment_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_review_comment_target_id'))
        batch_op.drop_index(batch_op.f('ix_review_comment_snapshot_id'))

    op.drop_table('review_comment')
    with op.batch_alter_table('readiness_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_readiness_check_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_readiness_check_evidence_document_id'))

    op.drop_table('readiness_check')
    with op.batch_alter_table('priority_evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_priority_evidence_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_priority_evidence_priority_id'))
        batch_op.drop_index(batch_op.f('ix_priority_evidence_evidence_id'))

    op.drop_table('priority_evidence')
    with op.batch_alter_table('planning_instrument', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_planning_instrument_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_planning_instrument_owner_institution_id'))
        batch_op.drop_index(batch_op.f('ix_planning_instrument_document_id'))

    op.drop_table('planning_instrument')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_person_institution_id'))

    op.drop_table('person')
    with op.batch_alter_table('partner_project', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_project_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_partner_project_partner_id'))
        batch_op.drop_index(batch_op.f('ix_partner_project_implementing_institution_id'))

    op.drop_table('partner_project')
    with op.batch_alter_table('partner_coordination_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_coordination_event_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_partner_coordination_event_document_id'))

    op.drop_table('partner_coordination_event')
    with op.batch_alter_table('mgi_assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mgi_assessment_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_mgi_assessment_evidence_document_id'))

    op.drop_table('mgi_assessment')
    with op.batch_alter_table('lesson_learned', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lesson_learned_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_lesson_learned_evidence_document_id'))

    op.drop_table('lesson_learned')
    with op.batch_alter_table('governance_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_governance_item_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_governance_item_document_id'))

    op.drop_table('governance_item')
    with op.batch_alter_table('expert_mission', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_expert_mission_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_expert_mission_tor_document_id'))
        batch_op.drop_index(batch_op.f('ix_expert_mission_report_document_id'))

    op.drop_table('expert_mission')
    with op.batch_alter_table('evidence_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_link_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_evidence_link_entity_id'))
        batch_op.drop_index(batch_op.f('ix_evidence_link_document_id'))

    op.drop_table('evidence_link')
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_evaluation_report_document_id'))

    op.drop_table('evaluation')
    with op.batch_alter_table('data_source', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_data_source_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_data_source_producer_institution_id'))

    op.drop_table('data_source')
    with op.batch_alter_table('coordination_mechanism', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coordination_mechanism_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_coordination_mechanism_tor_document_id'))
        batch_op.drop_index(batch_op.f('ix_coordination_mechanism_secretariat_institution_id'))
        batch_op.drop_index(batch_op.f('ix_coordination_mechanism_chair_institution_id'))

    op.drop_table('coordination_mechanism')
    with op.batch_alter_table('consultation_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consultation_event_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_consultation_event_report_document_id'))

    op.drop_table('consultation_event')
    with op.batch_alter_table('validation_ack', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_validation_ack_workspace_id'))

    op.drop_table('validation_ack')
    with op.batch_alter_table('step_state', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_step_state_workspace_id'))

    op.drop_table('step_state')
    with op.batch_alter_table('snapshot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_snapshot_workspace_id'))

    op.drop_table('snapshot')
    with op.batch_alter_table('sector_impact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sector_impact_workspace_id'))

    op.drop_table('sector_impact')
    with op.batch_alter_table('scoring_weight', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scoring_weight_workspace_id'))

    op.drop_table('scoring_weight')
    with op.batch_alter_table('rag_threshold', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rag_threshold_workspace_id'))

    op.drop_table('rag_threshold')
    with op.batch_alter_table('profile_narrative', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_profile_narrative_workspace_id'))

    op.drop_table('profile_narrative')
    with op.batch_alter_table('profile_finding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_profile_finding_workspace_id'))

    op.drop_table('profile_finding')
    with op.batch_alter_table('policy_priority', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policy_priority_workspace_id'))

    op.drop_table('policy_priority')
    with op.batch_alter_table('institution', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_institution_workspace_id'))

    op.drop_table('institution')
    with op.batch_alter_table('fx_rate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fx_rate_workspace_id'))

    op.drop_table('fx_rate')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_workspace_id'))

    op.drop_table('document')
    with op.batch_alter_table('development_partner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_development_partner_workspace_id'))

    op.drop_table('development_partner')
    with op.batch_alter_table('workspace', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workspace_country_iso3'))

    op.drop_table('workspace')
    op.drop_table('wizard_draft')
    op.drop_table('site')
    op.drop_table('ref_version')
    op.drop_table('ref_unit')
    op.drop_table('ref_region')
    op.drop_table('ref_indicator')
    op.drop_table('ref_global_source')
    op.drop_table('ref_currency')
    with op.batch_alter_table('ref_country', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ref_country_m49'))

    op.drop_table('ref_country')
    op.drop_table('ref_code')
    op.drop_table('peer_exchange')
    op.drop_table('handbook_change_proposal')
