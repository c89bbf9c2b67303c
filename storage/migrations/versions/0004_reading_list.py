"""The reading list: free words from a worker that raised no flag, for a caller of the language to read

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 05:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('reading_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('question', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('read_by', sa.Integer(), nullable=True),
    sa.Column('read_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], ),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversation.id'], ),
    sa.ForeignKeyConstraint(['read_by'], ['app_user.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('reading_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reading_item_conversation_id'), ['conversation_id'], unique=False)
        batch_op.create_index('ix_reading_item_unread', ['language', 'created_at'], unique=False, postgresql_where=sa.text("status = 'unread'"), sqlite_where=sa.text("status = 'unread'"))



def downgrade() -> None:
    with op.batch_alter_table('reading_item', schema=None) as batch_op:
        batch_op.drop_index('ix_reading_item_unread', postgresql_where=sa.text("status = 'unread'"), sqlite_where=sa.text("status = 'unread'"))
        batch_op.drop_index(batch_op.f('ix_reading_item_conversation_id'))

    op.drop_table('reading_item')
