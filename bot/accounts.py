"""Staff accounts: roles, argon2 password hashes, and creating, listing and disabling users."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bot.clock import Clock
from storage.database import Database
from storage.tables import User
from storage.users import UserExists, add_user, disable_user, list_users

ROLES = ("admin", "auditor", "caller", "client")
MIN_PASSWORD_LENGTH = 10
_hasher = PasswordHasher()
# Verifying against this when the account does not exist takes as long as a real check: no timing oracle.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    pass


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def generate_password() -> str:
    return secrets.token_urlsafe(15)  # 20 characters


@dataclass(frozen=True)
class NewUser:
    email: str
    role: str
    password: str
    languages: tuple[str, ...] = ()
    organisation: str | None = None
    timezone: str = "UTC"
    interface_language: str = "en"


def check_new_user(user: NewUser, known_languages: Sequence[str]) -> None:
    """Raises :class:`AccountError` saying what is wrong."""
    if "@" not in user.email or len(user.email) > 320 or user.email.strip() != user.email:
        raise AccountError(f"{user.email!r} is not an email address")
    if user.role not in ROLES:
        raise AccountError(f"unknown role {user.role!r}; use one of {', '.join(ROLES)}")
    unknown = sorted(set(user.languages) - set(known_languages))
    if unknown:
        raise AccountError(f"no locale for {', '.join(unknown)}; available: {', '.join(known_languages)}")
    if user.role == "caller" and not user.languages:
        raise AccountError("a caller needs --languages (the languages they can take cases in), e.g. my,th")
    if user.role == "client" and not user.organisation:
        raise AccountError("a client needs --org (the organisation whose results they see)")
    if user.interface_language not in known_languages:
        raise AccountError(f"no locale for interface language {user.interface_language!r}")
    try:
        ZoneInfo(user.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise AccountError(f"unknown timezone {user.timezone!r} (use an IANA name such as Asia/Yangon)") from None
    if len(user.password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")


async def create_users(
    db: Database, clock: Clock, users: Sequence[NewUser], known_languages: Sequence[str]
) -> list[User]:
    """All or nothing: one bad or existing user creates none."""
    for user in users:
        check_new_user(user, known_languages)
    hashes = [hash_password(u.password) for u in users]
    try:
        async with db.transaction() as session:
            return [
                await add_user(
                    session,
                    email=u.email,
                    password_hash=password_hash,
                    role=u.role,
                    languages=u.languages,
                    organisation=u.organisation,
                    timezone=u.timezone,
                    interface_language=u.interface_language,
                    now=clock.now(),
                )
                for u, password_hash in zip(users, hashes, strict=True)
            ]
    except UserExists as error:
        raise AccountError(str(error)) from None


async def all_users(db: Database) -> Sequence[User]:
    async with db.sessions() as session:
        return await list_users(session)


async def disable(db: Database, clock: Clock, email: str) -> None:
    async with db.transaction() as session:
        if not await disable_user(session, email, clock.now()):
            raise AccountError(f"no user {email}")
