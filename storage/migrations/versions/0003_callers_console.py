"""The callers' console: accounts that can be disabled, case work (claims, outcomes, corrections, notes), an audit
log, login throttling, what raised a flag, and who wrote an outgoing message

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 04:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
UTC_DATETIME = sqlmodel.sql.sqltypes.UTCDateTime
TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "login_failure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account", TEXT(length=320), nullable=False),
        sa.Column("address", TEXT(length=64), nullable=False),
        sa.Column("at", UTC_DATETIME(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("login_failure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_login_failure_account"), ["account"], unique=False)
        batch_op.create_index(batch_op.f("ix_login_failure_address"), ["address"], unique=False)
        batch_op.create_index(batch_op.f("ix_login_failure_at"), ["at"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", UTC_DATETIME(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("action", TEXT(length=30), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("detail", TEXT(length=500), nullable=True),
        sa.Column("request_key", TEXT(length=64), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["handoff_case.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("request_key"),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_user_id"), ["user_id"], unique=False)

    op.create_table(
        "case_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("text", TEXT(), nullable=False),
        sa.Column("created_at", UTC_DATETIME(), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["app_user.id"]),
        sa.ForeignKeyConstraint(["case_id"], ["handoff_case.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("case_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_note_case_id"), ["case_id"], unique=False)

    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("disabled_at", UTC_DATETIME(), nullable=True))
        batch_op.add_column(sa.Column("session_epoch", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("timezone", TEXT(length=64), nullable=False, server_default="UTC"))
        batch_op.add_column(sa.Column("interface_language", TEXT(length=10), nullable=False, server_default="en"))

    with op.batch_alter_table("flag", schema=None) as batch_op:
        batch_op.add_column(sa.Column("evidence", TEXT(length=200), nullable=True))

    with op.batch_alter_table("handoff_case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("claimed_at", UTC_DATETIME(), nullable=True))
        batch_op.add_column(sa.Column("closed_at", UTC_DATETIME(), nullable=True))
        batch_op.add_column(sa.Column("outcome", TEXT(length=20), nullable=True))
        batch_op.add_column(sa.Column("original_severity", TEXT(length=2), nullable=True))
        batch_op.add_column(sa.Column("original_categories", JSON, nullable=True))
        batch_op.add_column(sa.Column("alerted_at", UTC_DATETIME(), nullable=True))
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="0"))

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("author_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("audience", TEXT(length=10), nullable=False, server_default="worker"))
        batch_op.create_foreign_key("fk_outbox_author_id_app_user", "app_user", ["author_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_constraint("fk_outbox_author_id_app_user", type_="foreignkey")
        batch_op.drop_column("audience")
        batch_op.drop_column("author_id")
    with op.batch_alter_table("handoff_case", schema=None) as batch_op:
        for column in ("version", "alerted_at", "original_categories", "original_severity", "outcome"):
            batch_op.drop_column(column)
        batch_op.drop_column("closed_at")
        batch_op.drop_column("claimed_at")
    with op.batch_alter_table("flag", schema=None) as batch_op:
        batch_op.drop_column("evidence")
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        for column in ("interface_language", "timezone", "session_epoch", "disabled_at"):
            batch_op.drop_column(column)
    op.drop_table("case_note")
    op.drop_table("audit_log")
    op.drop_table("login_failure")
