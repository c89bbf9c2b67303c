"""``callbacks db upgrade``: Alembic migrations, run from the installed package (no alembic.ini needed)."""

from __future__ import annotations

import asyncio
import functools
from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from storage.database import async_url


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("storage") / "migrations"))
    config.set_main_option("sqlalchemy.url", async_url(database_url).replace("%", "%%"))
    return config


@functools.cache
def head_revision() -> str | None:
    """The revision this code needs the database at (read from the migration files once per process)."""
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


def make_revision(database_url: str, message: str) -> None:
    """For developers: autogenerate a migration against a database at head."""
    command.revision(alembic_config(database_url), message=message, autogenerate=True)


async def upgrade_async(database_url: str, revision: str = "head") -> None:
    """:func:`upgrade` from inside a running event loop (Alembic's env.py runs its own loop, so use a thread)."""
    await asyncio.to_thread(upgrade, database_url, revision)
