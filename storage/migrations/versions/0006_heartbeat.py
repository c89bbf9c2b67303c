"""Heartbeats of the background loops, so /ready of any process can tell whether a dispatcher and a scheduler run

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 08:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "heartbeat",
        sa.Column("process", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("process"),
    )
    op.create_index(op.f("ix_heartbeat_role"), "heartbeat", ["role"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_heartbeat_role"), table_name="heartbeat")
    op.drop_table("heartbeat")
