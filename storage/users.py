"""Staff accounts: callers, auditors, admins and clients. Emails are kept lower-cased and unique."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.enrollment import organisation_named
from storage.tables import User, table_of


class UserExists(ValueError):
    pass


def normal_email(email: str) -> str:
    return email.strip().lower()


async def add_user(
    session: AsyncSession,
    *,
    email: str,
    password_hash: str,
    role: str,
    languages: Sequence[str],
    organisation: str | None,
    timezone: str,
    interface_language: str,
    now: datetime,
) -> User:
    email = normal_email(email)
    if await user_by_email(session, email) is not None:
        raise UserExists(f"a user {email} already exists")
    user = User(
        email=email,
        password_hash=password_hash,
        role=role,
        organisation_id=(await organisation_named(session, organisation, now)).id if organisation else None,
        languages=list(languages),
        timezone=timezone,
        interface_language=interface_language,
        created_at=now,
    )
    session.add(user)
    await session.flush()
    return user


async def user_by_email(session: AsyncSession, email: str) -> User | None:
    return (await session.exec(select(User).where(User.email == normal_email(email)))).first()


async def user_by_id(session: AsyncSession, user_id: int) -> User | None:
    return await session.get(User, user_id)


async def list_users(session: AsyncSession) -> Sequence[User]:
    return (await session.exec(select(User).order_by(col(User.role), col(User.email)))).all()


async def disable_user(session: AsyncSession, email: str, now: datetime) -> bool:
    """Disable the account and end every session it has. False when there is no such user."""
    table = table_of(User)
    result = await (await session.connection()).execute(
        update(table)
        .where(table.c.email == normal_email(email))
        .values(disabled_at=now, session_epoch=table.c.session_epoch + 1)
    )
    return bool(result.rowcount)


async def set_password_hash(session: AsyncSession, user_id: int, password_hash: str) -> None:
    """A new password ends the sessions made with the old one."""
    table = table_of(User)
    await (await session.connection()).execute(
        update(table)
        .where(table.c.id == user_id)
        .values(password_hash=password_hash, session_epoch=table.c.session_epoch + 1)
    )
