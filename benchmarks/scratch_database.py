"""A PostgreSQL database made for one benchmark run and dropped after it (127.0.0.1:5432, user postgres)."""

from __future__ import annotations

import os
import uuid

import asyncpg

POSTGRES = os.environ.get("CALLBACKS_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


async def create_scratch_database(prefix: str) -> tuple[str, str]:
    """A new empty database: its name, and its URL for ``CALLBACKS_DATABASE_URL``."""
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    await _admin(f'CREATE DATABASE "{name}"')
    return name, POSTGRES.rsplit("/", 1)[0] + f"/{name}"


async def drop_scratch_database(name: str) -> None:
    await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _admin(sql: str) -> None:
    connection = await asyncpg.connect(POSTGRES.replace("+asyncpg", ""))
    try:
        await connection.execute(sql)
    finally:
        await connection.close()
