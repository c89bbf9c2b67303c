"""inbound claims

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 06:43:26.284730
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('inbound', schema=None) as batch_op:
        batch_op.add_column(sa.Column('available_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    op.execute("UPDATE inbound SET available_at = received_at")
    with op.batch_alter_table('inbound', schema=None) as batch_op:
        batch_op.alter_column('available_at', existing_type=sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False)
        batch_op.drop_index(batch_op.f('ix_inbound_unprocessed'))
        batch_op.create_index('ix_inbound_unprocessed', ['available_at', 'id'], unique=False, postgresql_where=sa.text('processed_at IS NULL'), sqlite_where=sa.text('processed_at IS NULL'))


def downgrade() -> None:
    with op.batch_alter_table('inbound', schema=None) as batch_op:
        batch_op.drop_index('ix_inbound_unprocessed', postgresql_where=sa.text('processed_at IS NULL'), sqlite_where=sa.text('processed_at IS NULL'))
        batch_op.create_index(batch_op.f('ix_inbound_unprocessed'), ['processed_at', 'received_at'], unique=False)
        batch_op.drop_column('available_at')


