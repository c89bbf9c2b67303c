"""The web app as a browser and an operator see it: health, and the demo's chat API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.channels.simulator import SimulatorChannel
from bot.clock import FastClock
from bot.enrollment import Enrollment, enroll, new_campaign
from bot.runtime import Runtime
from bot.web.app import create_app
from bot.web.demo import DemoInfo, DemoWorker, add_demo_routes
from tests.conftest import TEST_SECRET
from tests.helpers import settle


@pytest.fixture
async def demo(database_url: str) -> AsyncIterator[tuple[TestClient, Runtime, FastClock, int]]:
    clock = FastClock(datetime(2026, 11, 30, 11, 59, tzinfo=UTC), speed=1)  # 18:59 in Jakarta
    channel = SimulatorChannel()
    runtime = Runtime.build(database_url, TEST_SECRET, {channel.name: channel}, clock)
    campaign = await new_campaign(runtime, name="Web", timezone="Asia/Jakarta")
    [cid] = await enroll(runtime, campaign, [Enrollment("simulator", "en", ("mon-sun 19:00-21:00",), "demo-a")])
    app = create_app(runtime)
    add_demo_routes(
        app, DemoInfo(clock, "Asia/Jakarta", [DemoWorker(cid, "Ana", "en", "mon-sun 19:00-21:00", "whatsapp")])
    )
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        yield client, runtime, clock, cid
    await runtime.close()


async def test_health_reports_the_database(demo: tuple[TestClient, Runtime, FastClock, int]) -> None:
    client, *_ = demo
    response = await client.get("/health")
    assert response.status == 200
    assert (await response.json())["database"] == "ok"


async def test_a_worker_chats_through_the_demo_api(demo: tuple[TestClient, Runtime, FastClock, int]) -> None:
    client, runtime, _clock, cid = demo
    state = await (await client.get("/demo/api/state")).json()
    assert state["workers"][0]["status"] == "scheduled"
    assert state["workers"][0]["next_contact"].endswith("19:00")

    skipped = await (await client.post("/demo/api/skip")).json()  # to 19:00, the worker's window
    assert 0 < skipped["skipped_seconds"] <= 60
    await settle(runtime)
    [gate] = await (await client.get(f"/demo/api/conversations/{cid}/messages")).json()
    assert gate["direction"] == "out"
    assert [b["reply"] for b in gate["buttons"]] == ["1", "2", "3"]

    sent = await client.post(f"/demo/api/conversations/{cid}/messages", json={"text": "1", "id": "click-1"})
    again = await client.post(f"/demo/api/conversations/{cid}/messages", json={"text": "1", "id": "click-1"})
    assert (await sent.json())["stored"] == 1
    assert (await again.json())["duplicate"] is True
    await settle(runtime)
    messages = await (await client.get(f"/demo/api/conversations/{cid}/messages")).json()
    assert [m["direction"] for m in messages] == ["out", "in", "out"]
    assert "independent of your employer" in messages[-1]["text"]
    # The simulator plays WhatsApp here: writing first needs the template; after the reply, free text.
    assert "outside the 24-hour window" in messages[0]["note"]
    assert "inside the 24-hour window" in messages[-1]["note"]


async def test_bad_input_gets_a_clear_error(demo: tuple[TestClient, Runtime, FastClock, int]) -> None:
    client, _runtime, _clock, cid = demo
    assert (await client.post(f"/demo/api/conversations/{cid}/messages", data="not json")).status == 400
    assert (await client.post(f"/demo/api/conversations/{cid}/messages", json={"text": "  "})).status == 400
    assert (await client.get("/demo/api/conversations/999/messages")).status == 404
    page = await client.get("/demo")
    assert page.status == 200
    assert "runs 1× faster" in await page.text() or "faster than real time" in await page.text()
