"""outbox.outcome_unknown: an attempt that may have reached the provider is checked before any resend

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 08:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("outcome_unknown", sa.Boolean(), nullable=False, server_default=sa.false()))
    # A row left mid-send by a process that stopped before this upgrade may have reached the provider.
    op.execute("UPDATE outbox SET outcome_unknown = true WHERE status = 'sending'")


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("outcome_unknown")
