"""``/health`` and ``/ready`` as a load balancer and an operator use them, on SQLite and PostgreSQL: ready only
when the database answers, the schema is current and some dispatcher and scheduler beat in the last 30 s."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import text

from bot.channels.simulator import SimulatorChannel
from bot.clock import VirtualClock
from bot.runtime import Runtime
from bot.web.app import create_app
from storage.migrate import head_revision
from tests.conftest import TEST_SECRET


@asynccontextmanager
async def _web(runtime: Runtime) -> AsyncIterator[TestClient]:
    async with TestClient(TestServer(create_app(runtime), host="127.0.0.1")) as client:
        yield client


async def _ready(client: TestClient) -> tuple[int, dict[str, Any]]:
    response = await client.get("/ready")
    return response.status, await response.json()


@asynccontextmanager
async def _background(runtime: Runtime) -> AsyncIterator[None]:
    """The worker role's loop, as ``callbacks serve --role worker`` runs it."""
    stop = asyncio.Event()
    loop = asyncio.create_task(runtime.run_background(stop))
    try:
        yield
    finally:
        stop.set()
        runtime.wake.set()
        await loop


async def _until_ready(client: TestClient) -> dict[str, Any]:
    for _ in range(100):
        status, body = await _ready(client)
        if status == 200:
            return body
        await asyncio.sleep(0.05)
    raise AssertionError(f"never ready: {body}")


async def test_ready_while_the_background_loop_runs(runtime: Runtime) -> None:
    async with _web(runtime) as client:
        status, body = await _ready(client)
        assert status == 503, "no worker process has run yet"
        assert body["failed"] == ["dispatcher", "scheduler"]
        assert "no heartbeat" in body["checks"]["dispatcher"]
        async with _background(runtime):
            body = await _until_ready(client)
        assert body == {
            "status": "ready",
            "failed": [],
            "checks": {"database": "ok", "schema": "ok", "dispatcher": "ok", "scheduler": "ok"},
        }
        health = await client.get("/health")
        assert health.status == 200


async def test_a_web_only_process_is_ready_when_a_worker_process_beats(
    database_url: str, runtime: Runtime, clock: VirtualClock
) -> None:
    web_only = Runtime.build(database_url, TEST_SECRET, {"simulator": SimulatorChannel()}, clock)
    try:
        async with _web(web_only) as client, _background(runtime):  # the worker is another Runtime: no shared memory
            await _until_ready(client)
    finally:
        await web_only.close()


async def test_stale_heartbeats_make_it_unready(runtime: Runtime, clock: VirtualClock) -> None:
    async with _web(runtime) as client:
        async with _background(runtime):
            await _until_ready(client)
        clock.advance(timedelta(seconds=29))
        assert (await _ready(client))[0] == 200
        clock.advance(timedelta(seconds=2))  # the worker stopped 31 s ago
        status, body = await _ready(client)
    assert status == 503
    assert body["status"] == "not ready"
    assert body["failed"] == ["dispatcher", "scheduler"]
    assert body["checks"]["scheduler"] == "last heartbeat 31 s ago"
    assert body["checks"]["database"] == body["checks"]["schema"] == "ok"


async def test_a_schema_behind_the_code_makes_it_unready(runtime: Runtime) -> None:
    async with runtime.db.transaction() as session:  # as if the code were deployed before `callbacks db upgrade`
        await session.exec(text("UPDATE alembic_version SET version_num = '0005'"))  # type: ignore[call-overload]
    try:
        async with _web(runtime) as client, _background(runtime):
            for _ in range(100):
                status, body = await _ready(client)
                if body["checks"]["dispatcher"] == body["checks"]["scheduler"] == "ok":
                    break
                await asyncio.sleep(0.05)
    finally:
        async with runtime.db.transaction() as session:
            await session.exec(text(f"UPDATE alembic_version SET version_num = '{head_revision()}'"))  # type: ignore[call-overload]
    assert status == 503
    assert body["failed"] == ["schema"]
    assert body["checks"]["schema"].startswith(f"at revision 0005, this code needs {head_revision()}")
    assert "callbacks db upgrade" in body["checks"]["schema"]


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
async def test_an_unreachable_database_makes_it_unready_but_healthy_still_answers(
    engine: str, tmp_path: Path, clock: VirtualClock
) -> None:
    url = {
        "sqlite": f"sqlite:///{tmp_path}/no/such/directory/callbacks.db",
        "postgresql": "postgresql://postgres@127.0.0.1:9/callbacks",  # nothing listens on the discard port
    }[engine]
    runtime = Runtime.build(url, TEST_SECRET, {"simulator": SimulatorChannel()}, clock)
    try:
        async with _web(runtime) as client:
            status, body = await _ready(client)
            health = await client.get("/health")
    finally:
        await runtime.close()
        _wait_for_sqlite_threads()
    assert status == 503
    assert body["failed"] == ["database", "schema", "dispatcher", "scheduler"]
    assert body["checks"]["database"].startswith("unreachable (")
    assert body["checks"]["schema"] == "not checked"
    assert "127.0.0.1" not in str(body) and "postgres" not in str(body)
    assert health.status == 503  # /health says the process answers, and that its database does not


def _wait_for_sqlite_threads() -> None:
    """aiosqlite stops the thread of a connection that failed to open without waiting for it: let it finish
    while this test's event loop is still open, or it reports into the next test that the loop was closed."""
    for thread in threading.enumerate():
        if "_connection_worker_thread" in thread.name:
            thread.join(timeout=5)


async def test_a_dispatcher_that_keeps_failing_is_named_while_the_scheduler_stays_ready(
    runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Steps and sends run in loops of their own: one failing does not stop the other, and /ready says which."""

    async def broken() -> int:
        raise RuntimeError("the outbox cannot be claimed")

    monkeypatch.setattr(runtime.dispatcher, "run_once", broken)
    async with _web(runtime) as client, _background(runtime):
        for _ in range(100):
            status, body = await _ready(client)
            if body["checks"]["scheduler"] == "ok":
                break
            await asyncio.sleep(0.05)
    assert status == 503
    assert body["failed"] == ["dispatcher"]
