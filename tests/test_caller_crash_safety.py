"""Crash safety of a caller's reply, with real processes: `callbacks serve --role web` accepts the reply form and
commits it to the outbox, `callbacks serve --role worker` sends it through the real twilio client to the local fake
Twilio that this test runs on 127.0.0.1. Killing either process at the worst moment never sends the reply twice:

- the web process is SIGKILLed right after its 303 (committed, nobody has sent it), and the browser posts the very
  same form again to a new web process: recognised by its ``request_key``, sent once when the worker comes back;
- the worker process is SIGKILLed while Twilio has made the message but not yet answered: the row is left
  ``sending``, and the next worker asks Twilio's list API (``outcome_unknown``) instead of sending it again.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import socket
import sys
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from sqlalchemy import update
from sqlmodel import col, select
from twilio.request_validator import RequestValidator

from storage.database import Database
from storage.tables import Case, Outbox, table_of
from tests.conftest import TEST_SECRET
from tests.console_helpers import csrf_in, log_in
from tests.fakes.twilio_api import FakeTwilio
from tests.fakes.twilio_api import create_app as create_fake_twilio

pytestmark = pytest.mark.slow  # still run by plain `pytest` (and so by `make test` in CI): nothing deselects it

ACCOUNT, AUTH_TOKEN = "AC" + "7" * 32, "caller-crash-token"
SMS_FROM, WORKER = "+15550007777", "+6281200000077"
ANY_TIME = "mon-sun 00:00-23:59"
CALLER, PASSWORD = "en@callers.test", "a long caller password"
FIRST_REPLY = "I am here. Are you safe to talk now?"
SECOND_REPLY = "I will call you tomorrow at seven."
REPLY_KEY = re.compile(r'id="reply-form".*?name="request_key" value="([^"]+)"', re.DOTALL)
WAIT = 30.0  # seconds, the bound of every wait for a process or a message
TIMEOUT = aiohttp.ClientTimeout(total=WAIT)


class HeldResponse:
    """Twilio makes the message whose body is ``text`` at once, then keeps its 201 until ``release``: the sender
    is stuck mid-send, after the message exists at Twilio."""

    def __init__(self) -> None:
        self.text: str | None = None
        self.arrived = asyncio.Event()
        self.release = asyncio.Event()
        self.lists = 0  # GETs of the Messages list: how a sender asks what Twilio already has


def _fake_twilio_app(fake: FakeTwilio, held: HeldResponse) -> web.Application:
    app = create_fake_twilio(fake)

    @web.middleware
    async def hold(request: web.Request, handler: Callable[[web.Request], Any]) -> web.StreamResponse:
        if request.method == "GET" and request.path.endswith("/Messages.json"):
            held.lists += 1
        response: web.StreamResponse = await handler(request)
        if request.method == "POST" and held.text is not None and (await request.post()).get("Body") == held.text:
            held.arrived.set()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(held.release.wait(), WAIT)
        return response

    app.middlewares.append(hold)
    return app


@dataclass
class Site:
    """One installation, as an operator runs it: the same environment for every `callbacks` command."""

    env: dict[str, str] = field(repr=False)  # never printed: it holds the inherited environment
    public_url: str
    port: int
    logs: Path
    twilio: FakeTwilio
    held: HeldResponse
    db: Database
    processes: list[asyncio.subprocess.Process] = field(default_factory=list)
    _started: int = 0

    async def run(self, *args: str, stdin: str | None = None) -> str:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.cli",
            *args,
            env=self.env,
            stdin=asyncio.subprocess.PIPE if stdin is not None else asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        data = stdin.encode() if stdin is not None else None
        out, err = await asyncio.wait_for(process.communicate(data), timeout=60)
        assert process.returncode == 0, err.decode()
        return out.decode()

    async def start(self, role: str) -> asyncio.subprocess.Process:
        """`callbacks serve --role ROLE`, its output in a log file of its own; a web process is waited for."""
        self._started += 1
        log = self.logs / f"{self._started}-{role}.log"
        with log.open("wb") as output:
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot.cli",
                "serve",
                "--role",
                role,
                "--port",
                str(self.port),
                env=self.env,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=output,
                stderr=output,
            )
        self.processes.append(process)
        if role == "web":
            await self._answering(process)
        return process

    async def _answering(self, process: asyncio.subprocess.Process) -> None:
        async with aiohttp.ClientSession(timeout=TIMEOUT) as http:
            for _ in range(int(WAIT * 10)):
                assert process.returncode is None, f"the web process exited\n{self.output()}"
                with contextlib.suppress(aiohttp.ClientError):
                    async with http.get(f"{self.public_url}/health") as response:
                        if response.status == 200:
                            return
                await asyncio.sleep(0.1)
        raise AssertionError(f"the web process never answered /health\n{self.output()}")

    async def stop(self, process: asyncio.subprocess.Process) -> None:
        """SIGTERM, as an operator stops it: it finishes what it was doing and exits 0."""
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), WAIT)
        assert process.returncode == 0, self.output()

    async def kill(self, process: asyncio.subprocess.Process) -> None:
        """SIGKILL: the process dies on the spot, between any two instructions."""
        process.send_signal(signal.SIGKILL)
        await asyncio.wait_for(process.wait(), WAIT)
        assert process.returncode == -signal.SIGKILL, self.output()

    async def end_all(self) -> None:
        for process in self.processes:
            if process.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    process.kill()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(process.wait(), WAIT)

    def output(self) -> str:
        return "\n".join(f"--- {log.name}\n{log.read_text()[-3000:]}" for log in sorted(self.logs.glob("*.log")))

    async def eventually(self, check: Callable[[], Any], what: str) -> None:
        for _ in range(int(WAIT * 10)):
            if await check():
                return
            await asyncio.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}\n{self.output()}")

    def texts_to_worker(self) -> list[str]:
        return [m.body for m in self.twilio.messages if m.to == WORKER]

    async def worker_says(self, text: str, sid: str) -> None:
        """An inbound SMS exactly as Twilio posts it to the web process: signed over the public URL."""
        form = {"MessageSid": sid, "AccountSid": ACCOUNT, "From": WORKER, "To": SMS_FROM, "Body": text}
        path = "/webhooks/twilio/sms"
        signature = RequestValidator(AUTH_TOKEN).compute_signature(f"{self.public_url}{path}", form)
        async with (
            aiohttp.ClientSession(timeout=TIMEOUT) as http,
            http.post(f"{self.public_url}{path}", data=form, headers={"X-Twilio-Signature": signature}) as response,
        ):
            assert response.status == 200, await response.text()

    async def the_case(self) -> Case | None:
        async with self.db.sessions() as session:
            return (await session.exec(select(Case))).first()

    async def caller_rows(self) -> list[Outbox]:
        async with self.db.sessions() as session:
            statement = select(Outbox).where(Outbox.purpose == "caller").order_by(col(Outbox.id))
            return list((await session.exec(statement)).all())

    def browser(self) -> aiohttp.ClientSession:
        """A browser of its own (cookies of an IP address kept); a new connection per request, as after a crash
        a browser finds the old one dead."""
        return aiohttp.ClientSession(
            base_url=self.public_url,
            timeout=TIMEOUT,
            cookie_jar=aiohttp.CookieJar(unsafe=True),
            connector=aiohttp.TCPConnector(force_close=True),
        )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
async def site(database_url: str, tmp_path: Path) -> AsyncIterator[Site]:
    twilio, held = FakeTwilio(ACCOUNT, AUTH_TOKEN), HeldResponse()
    async with TestServer(_fake_twilio_app(twilio, held), host="127.0.0.1") as twilio_api:
        port = _free_port()
        public = f"http://127.0.0.1:{port}"
        proxies = {"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"}
        env = {k: v for k, v in os.environ.items() if k not in proxies and not k.startswith("CALLBACKS_")}
        env |= {
            "NO_PROXY": "127.0.0.1,localhost",
            "CALLBACKS_DATABASE_URL": database_url,
            "CALLBACKS_SECRET_KEY": TEST_SECRET,
            "CALLBACKS_PUBLIC_URL": public,
            "CALLBACKS_TWILIO_ACCOUNT_SID": ACCOUNT,
            "CALLBACKS_TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "CALLBACKS_TWILIO_SMS_FROM": SMS_FROM,
            "CALLBACKS_TWILIO_API_URL": str(twilio_api.make_url("")).rstrip("/"),
        }
        db = Database(database_url)
        built = Site(env, public, port, tmp_path, twilio, held, db)
        try:
            yield built
        finally:
            held.release.set()
            await built.end_all()
            await db.dispose()


async def _a_case_waiting_for_a_caller(site: Site) -> tuple[asyncio.subprocess.Process, asyncio.subprocess.Process]:
    """The operator's commands, a web and a worker process, and a worker on SMS who asks for a person (HELP)."""
    await site.run("db", "upgrade")
    campaign, _ = await asyncio.gather(
        site.run("campaigns", "create", "--name", "Factory A", "--timezone", "Asia/Jakarta"),
        site.run(
            "users", "add", "--email", CALLER, "--role", "caller", "--languages", "en", "--password-stdin",
            stdin=f"{PASSWORD}\n",
        ),
    )  # fmt: skip
    await site.run(
        "workers", "add", "--campaign", campaign.strip(), "--channel", "sms", "--phone", WORKER,
        "--language", "en", "--window", ANY_TIME,
    )  # fmt: skip
    web_process, worker_process = await asyncio.gather(site.start("web"), site.start("worker"))

    async def gate_sent() -> bool:
        return any("good and private time" in text for text in site.texts_to_worker())

    await site.eventually(gate_sent, "the safety gate by SMS")
    await site.worker_says("HELP", "SM" + "1" * 32)
    await site.eventually(site.the_case, "the case the worker's HELP opens")
    return web_process, worker_process


async def _take_the_case(site: Site, browser: aiohttp.ClientSession) -> int:
    """Logs in, opens the case page and takes the case; returns the case's id."""
    case = await site.the_case()
    assert case is not None and case.id is not None
    await log_in(browser, CALLER, PASSWORD)
    async with browser.get(f"/console/cases/{case.id}", headers={"Accept": "text/html"}) as page:
        assert page.status == 200
        token = csrf_in(await page.text())
    async with browser.post(
        f"/console/cases/{case.id}/take", data={"csrf_token": token}, allow_redirects=False
    ) as taken:
        assert taken.status == 303, await taken.text()
    return case.id


async def _reply_form(browser: aiohttp.ClientSession, case_id: int, text: str) -> dict[str, str]:
    """The reply form as the case page holds it (its CSRF token and its one-time request_key), filled in."""
    async with browser.get(f"/console/cases/{case_id}", headers={"Accept": "text/html"}) as page:
        html = await page.text()
    found = REPLY_KEY.search(html)
    assert found, "the case page has no reply form with a request_key"
    return {"csrf_token": csrf_in(html), "request_key": found.group(1), "text": text}


async def test_a_callers_reply_is_sent_once_when_the_web_or_the_worker_process_is_killed(site: Site) -> None:
    web_process, worker_process = await _a_case_waiting_for_a_caller(site)

    # 1. The web process dies right after accepting the reply; the browser sends the same form again.
    await site.stop(worker_process)  # from now on nothing sends: the web process only accepts and commits
    async with site.browser() as browser:
        case_id = await _take_the_case(site, browser)
        form = await _reply_form(browser, case_id, FIRST_REPLY)
        async with browser.post(f"/console/cases/{case_id}/reply", data=form, allow_redirects=False) as accepted:
            status = accepted.status
        await site.kill(web_process)  # right after the 303: committed, and nothing has sent it
        assert status == 303
        [row] = await site.caller_rows()
        assert (row.status, row.text) == ("pending", FIRST_REPLY)
        assert FIRST_REPLY not in site.texts_to_worker()

        await site.start("web")  # the browser's retry reaches a new web process: the very same form
        async with browser.post(f"/console/cases/{case_id}/reply", data=form) as retried:
            assert retried.status == 200, await retried.text()
            assert retried.url.query.get("done") == "already_sent"
            assert "Already sent" in await retried.text()
        assert len(await site.caller_rows()) == 1

        worker_process = await site.start("worker")

        async def first_reply_sent() -> bool:
            return FIRST_REPLY in site.texts_to_worker()

        await site.eventually(first_reply_sent, "the caller's reply at the fake Twilio")
        await asyncio.sleep(2)  # time enough for a second send, if there were one
        texts = site.texts_to_worker()
        assert texts.count(FIRST_REPLY) == 1, texts
        assert _posted(site, FIRST_REPLY) == 1
        [row] = await site.caller_rows()
        assert row.status == "sent"

        # 2. The worker process dies mid-send: Twilio has made the message, the worker never heard so.
        site.held.text = SECOND_REPLY
        form = await _reply_form(browser, case_id, SECOND_REPLY)
        async with browser.post(f"/console/cases/{case_id}/reply", data=form, allow_redirects=False) as accepted:
            assert accepted.status == 303
    await asyncio.wait_for(site.held.arrived.wait(), WAIT)  # Twilio has made the message; its 201 is held
    await site.kill(worker_process)
    site.held.release.set()
    first, second = await site.caller_rows()
    assert (first.status, second.status) == ("sent", "sending"), "the dying worker never heard from Twilio"
    [made] = [m for m in site.twilio.messages if m.body == SECOND_REPLY]

    # The row falls due again when its lease (Dispatcher.lease, 2 minutes, not configurable) runs out. Setting the
    # end of the lease to the past is what waiting those 2 minutes would do, and keeps this test short.
    outbox = table_of(Outbox)
    async with site.db.transaction() as session:
        expired = datetime.now(UTC) - timedelta(seconds=1)
        connection = await session.connection()
        await connection.execute(update(outbox).where(outbox.c.id == second.id).values(next_attempt_at=expired))
    lists_before = site.held.lists
    await site.start("worker")

    async def settled() -> bool:
        return [r.status for r in await site.caller_rows()] == ["sent", "sent"]

    await site.eventually(settled, "the restarted worker to settle the second reply")
    await asyncio.sleep(2)  # time enough for a second send, if there were one
    texts = site.texts_to_worker()
    assert texts.count(SECOND_REPLY) == 1, texts
    assert _posted(site, SECOND_REPLY) == 1
    assert site.held.lists > lists_before, "the restarted worker asked Twilio what it already had"
    _, second = await site.caller_rows()
    assert second.provider_id == made.sid, "recorded as the message Twilio made before the crash"
    assert texts.count(FIRST_REPLY) == 1, texts


def _posted(site: Site, text: str) -> int:
    """How many times a sender asked Twilio to send ``text`` (refused requests included)."""
    return [request.get("Body") for request in site.twilio.create_requests].count(text)
