"""Campaigns with a facility, a contact period and a status; one enrollment per address; indexes for results

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 07:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ONLY_ADDRESSED = sa.text("address_lookup IS NOT NULL")


def upgrade() -> None:
    duplicates = (
        op.get_bind()
        .execute(
            sa.text(
                "SELECT count(*) FROM (SELECT 1 FROM worker WHERE address_lookup IS NOT NULL"
                " GROUP BY campaign_id, channel, address_lookup HAVING count(*) > 1) AS twice"
            )
        )
        .scalar_one()
    )
    if duplicates:
        raise RuntimeError(
            f"{duplicates} addresses are enrolled more than once in the same campaign: each such worker would be"
            " contacted more than once. Remove the extra enrollments, then run the migration again."
        )
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("facility", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("country", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("audit_date", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "languages",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                nullable=False,
                server_default="[]",
            )
        )
        batch_op.add_column(sa.Column("contact_starts_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("contact_ends_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False, server_default="running")
        )
        batch_op.add_column(sa.Column("status_changed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    with op.batch_alter_table("worker", schema=None) as batch_op:
        batch_op.create_index(
            "uq_worker_campaign_address",
            ["campaign_id", "channel", "address_lookup"],
            unique=True,
            postgresql_where=ONLY_ADDRESSED,
            sqlite_where=ONLY_ADDRESSED,
        )
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.create_index(
            "ix_answer_campaign_question", ["campaign_id", "question", "value", "conversation_id"], unique=False
        )
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.create_index("ix_conversation_campaign_status", ["campaign_id", "status"], unique=False)
    with op.batch_alter_table("flag", schema=None) as batch_op:
        batch_op.create_index(
            "ix_flag_campaign_category", ["campaign_id", "category", "severity", "conversation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("flag", schema=None) as batch_op:
        batch_op.drop_index("ix_flag_campaign_category")
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.drop_index("ix_conversation_campaign_status")
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.drop_index("ix_answer_campaign_question")
    with op.batch_alter_table("worker", schema=None) as batch_op:
        batch_op.drop_index("uq_worker_campaign_address", postgresql_where=ONLY_ADDRESSED, sqlite_where=ONLY_ADDRESSED)
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        for column in (
            "status_changed_at",
            "status",
            "contact_ends_on",
            "contact_starts_on",
            "languages",
            "audit_date",
            "country",
            "facility",
        ):
            batch_op.drop_column(column)
