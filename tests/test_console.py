"""The callers' console through HTTP as a browser sends it (session cookie, CSRF token from the page), against a
worker writing on SMS and WhatsApp through signed webhooks and a fake Twilio, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlmodel import col, select

from bot.accounts import disable
from bot.clock import VirtualClock
from conversations.vocabulary import Severity
from storage.tables import AuditEntry, Case, Outbox, ReadingItem
from storage.tables import Conversation as ConversationRow
from tests.console_helpers import BEATEN, BURMESE_WORKER, Desk, csrf_in, log_in, open_desk, post
from tests.helpers import run_until_next_timer, settle

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


@pytest.fixture
async def desk(database_url: str, clock: VirtualClock) -> AsyncIterator[Desk]:
    async with open_desk(database_url, clock) as opened:
        yield opened


async def _p0_case(desk: Desk) -> tuple[int, Case]:
    conversation_id = await desk.enroll("my")
    assert await desk.worker_says(BEATEN) == 200
    return conversation_id, await desk.case_of(conversation_id)


async def test_a_caller_takes_a_case_replies_and_hands_the_worker_back(desk: Desk) -> None:
    conversation_id, case = await _p0_case(desk)
    assert case.severity == "P0" and "violence" in case.categories
    async with desk.client() as browser:
        token = await log_in(browser, "my@callers.test")
        queue = await (await browser.get("/console")).text()
        assert f"Case #{case.id}" in queue and "Urgent: case" in queue

        page = await (await browser.get(f"/console/cases/{case.id}")).text()
        assert BEATEN in page  # the worker's own words
        assert "Violence" in page and "ရိုက်နှက်ခံရ" in page  # the flag, and the words that raised it

        status, _ = await post(browser, f"/console/cases/{case.id}/take", token)
        assert status == 303
        sent_before = len(desk.texts_to())
        await desk.worker_says("ဟယ်လို")  # while the case is held the bot says nothing
        assert len(desk.texts_to()) == sent_before

        status, _ = await post(browser, f"/console/cases/{case.id}/reply", token, text="I am here. Are you safe now?")
        assert status == 303
        await settle(desk.runtime)
        assert desk.texts_to()[-1] == "I am here. Are you safe now?"
        async with desk.runtime.db.sessions() as session:
            row = (await session.exec(select(Outbox).where(Outbox.purpose == "caller"))).one()
        assert row.author_id == desk.staff["my@callers.test"]

        status, _ = await post(browser, f"/console/cases/{case.id}/close", token, outcome="resolved", after="resume")
        assert status == 303
        await settle(desk.runtime)
    async with desk.runtime.db.sessions() as session:
        closed = await session.get(Case, case.id)
        conversation = await session.get(ConversationRow, conversation_id)
    assert closed is not None and closed.status == "closed" and closed.outcome == "resolved"
    assert conversation is not None and conversation.status == "active"  # the bot asks its questions again
    assert "ဆက်" in desk.texts_to()[-1] or len(desk.texts_to()) > sent_before + 1


async def test_two_callers_pressing_take_at_once_one_wins_the_other_is_told_who(desk: Desk) -> None:
    _, case = await _p0_case(desk)
    async with desk.client() as first, desk.client() as second:
        tokens = [await log_in(first, "my@callers.test"), await log_in(second, "my2@callers.test")]
        results = await asyncio.gather(
            post(first, f"/console/cases/{case.id}/take", tokens[0]),
            post(second, f"/console/cases/{case.id}/take", tokens[1]),
        )
    statuses = sorted(status for status, _ in results)
    assert statuses == [303, 409]
    loser = next(text for status, text in results if status == 409)
    winner = await desk.case_of(case.conversation_id)
    holder = "my@callers.test" if winner.claimed_by == desk.staff["my@callers.test"] else "my2@callers.test"
    assert f"already held by {holder}" in loser


async def test_a_caller_without_the_language_gets_404_everywhere(desk: Desk) -> None:
    _, case = await _p0_case(desk)
    async with desk.client() as browser:
        token = await log_in(browser, "th@callers.test")
        assert f"Case #{case.id}" not in await (await browser.get("/console")).text()
        for path in ("", "/live", "/stream"):
            assert (await browser.get(f"/console/cases/{case.id}{path}")).status == 404
        status, _ = await post(browser, f"/console/cases/{case.id}/take", token)
        assert status == 404
    assert (await desk.case_of(case.conversation_id)).status == "open"


async def test_a_client_never_reaches_the_console(desk: Desk) -> None:
    _, case = await _p0_case(desk)
    async with desk.client() as browser:
        page = await browser.get("/login")
        token = csrf_in(await page.text())
        await browser.post(
            "/login", data={"csrf_token": token, "email": "brand@client.test", "password": "correct horse battery"}
        )
        for path in ("/console", "/console/queue", "/console/stream", f"/console/cases/{case.id}"):
            assert (await browser.get(path)).status == 403, path
        status, _ = await post(browser, f"/console/cases/{case.id}/take", token)
        assert status == 403


async def test_requests_without_the_csrf_token_or_with_the_wrong_role_change_nothing(desk: Desk) -> None:
    _, case = await _p0_case(desk)
    async with desk.client() as browser:
        token = await log_in(browser, "my@callers.test")
        assert (await post(browser, f"/console/cases/{case.id}/take", None))[0] == 403
        assert (await post(browser, f"/console/cases/{case.id}/take", "not-the-token"))[0] == 403
        assert (await desk.case_of(case.conversation_id)).status == "open"
        assert (await post(browser, f"/console/cases/{case.id}/take", token))[0] == 303
        other = desk.staff["my2@callers.test"]
        assert (await post(browser, f"/console/cases/{case.id}/reassign", token, to=str(other)))[0] == 403
    assert (await desk.case_of(case.conversation_id)).claimed_by == desk.staff["my@callers.test"]


async def test_only_the_holder_acts_on_a_case(desk: Desk) -> None:
    _, case = await _p0_case(desk)
    async with desk.client() as holder, desk.client() as other:
        holder_token = await log_in(holder, "my@callers.test")
        other_token = await log_in(other, "my2@callers.test")
        await post(holder, f"/console/cases/{case.id}/take", holder_token)
        for action, fields in (
            ("reply", {"text": "hello"}),
            ("close", {"outcome": "resolved", "after": "end"}),
            ("reveal", {}),
            ("release", {}),
        ):
            status, text = await post(other, f"/console/cases/{case.id}/{action}", other_token, **fields)
            assert status == 409 and "only the caller who holds it" in text, action
        held = await (await other.get(f"/console/cases/{case.id}")).text()
        assert "is held by" in held and BEATEN not in held  # another caller sees who, not the worker's words
    assert (await desk.case_of(case.conversation_id)).status == "claimed"


async def test_worker_text_is_shown_inert(desk: Desk) -> None:
    conversation_id = await desk.enroll("en", number="+6281234567890")
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)> HELP'
    await desk.worker_says("HELP", sender="+6281234567890")
    await desk.worker_says(attack, sender="+6281234567890")
    case = await desk.case_of(conversation_id)
    async with desk.client() as browser:
        token = await log_in(browser, "admin@callers.test")
        page = await (await browser.get(f"/console/cases/{case.id}")).text()
        live = await (await browser.get(f"/console/cases/{case.id}/live")).text()
        assert token
    for html in (page, live):
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
        assert '<script>alert("x")' not in html and "<img src=x" not in html


async def test_the_phone_number_appears_only_on_reveal_and_the_reveal_is_audited(desk: Desk) -> None:
    _, case = await _p0_case(desk)
    digits = BURMESE_WORKER.removeprefix("+")
    async with desk.client() as browser:
        token = await log_in(browser, "my@callers.test")
        await post(browser, f"/console/cases/{case.id}/take", token)
        seen = [
            await (await browser.get(path)).text()
            for path in ("/console", "/console/queue", f"/console/cases/{case.id}", f"/console/cases/{case.id}/live")
        ]
        async with browser.get(f"/console/cases/{case.id}/stream") as stream:
            await desk.worker_says("ကျေးဇူး")  # something for the stream to announce
            seen.append(await asyncio.wait_for(_next_event(stream), timeout=10))
            seen.append((await asyncio.wait_for(stream.content.readline(), timeout=10)).decode())  # its data
        for html in seen:
            assert digits not in html and digits[-7:] not in html
        async with desk.runtime.db.sessions() as session:
            assert not (await session.exec(select(AuditEntry).where(AuditEntry.action == "reveal_number"))).all()

        status, revealed = await post(browser, f"/console/cases/{case.id}/reveal", token)
        assert status == 200 and BURMESE_WORKER in revealed
        again = await (await browser.get(f"/console/cases/{case.id}")).text()
        assert digits not in again.split("Audit log")[0]  # a reload does not show it again
    async with desk.runtime.db.sessions() as session:
        [entry] = (await session.exec(select(AuditEntry).where(AuditEntry.action == "reveal_number"))).all()
    assert entry.user_id == desk.staff["my@callers.test"] and entry.case_id == case.id


async def test_a_reply_form_sent_twice_is_sent_once(desk: Desk) -> None:
    _, case = await _p0_case(desk)
    async with desk.client() as browser:
        token = await log_in(browser, "my@callers.test")
        await post(browser, f"/console/cases/{case.id}/take", token)
        for _ in range(2):
            status, _ = await post(browser, f"/console/cases/{case.id}/reply", token, text="Once", request_key="k1")
            assert status == 303
        await settle(desk.runtime)
    assert desk.texts_to().count("Once") == 1


async def test_a_caller_schedules_a_call_and_the_worker_is_told_in_their_language(desk: Desk) -> None:
    _, case = await _p0_case(desk)
    async with desk.client() as browser:
        token = await log_in(browser, "my@callers.test")
        await post(browser, f"/console/cases/{case.id}/take", token)
        page = await (await browser.get(f"/console/cases/{case.id}")).text()
        slot = page.split('<option value="', 1)[1].split('"', 1)[0]  # the first moment inside the windows
        status, _ = await post(browser, f"/console/cases/{case.id}/call", token, at=slot)
        assert status == 303
        outside = (desk.clock.now() - timedelta(days=1)).isoformat()
        status, text = await post(browser, f"/console/cases/{case.id}/call", token, at=outside)
        assert status == 409 and "contact windows any more" in text
        await settle(desk.runtime)
    told = desk.texts_to()[-1]
    assert "ဖုန်း" in told  # Burmese, with the date formatted for Burmese


async def test_a_correction_keeps_the_original_reading(desk: Desk) -> None:
    _, case = await _p0_case(desk)
    async with desk.client() as browser:
        token = await log_in(browser, "my@callers.test")
        await post(browser, f"/console/cases/{case.id}/take", token)
        response = await browser.post(
            f"/console/cases/{case.id}/correct",
            data=[("csrf_token", token), ("severity", "P1"), ("category", "harassment"), ("category", "wages")],
            allow_redirects=False,
        )
        assert response.status == 303
        status, _ = await post(browser, f"/console/cases/{case.id}/notes", token, note="Worker asked to call after 8pm")
        assert status == 303
        page = await (await browser.get(f"/console/cases/{case.id}")).text()
        assert "Worker asked to call after 8pm" in page
    corrected = await desk.case_of(case.conversation_id)
    assert (corrected.severity, corrected.categories) == ("P1", ["harassment", "wages"])
    assert (corrected.original_severity, corrected.original_categories) == ("P0", ["violence"])


async def test_an_admin_sees_every_case_and_reassigns_one(desk: Desk) -> None:
    _, case = await _p0_case(desk)
    async with desk.client() as browser:
        token = await log_in(browser, "admin@callers.test")
        assert f"Case #{case.id}" in await (await browser.get("/console")).text()
        status, _ = await post(
            browser, f"/console/cases/{case.id}/reassign", token, to=str(desk.staff["my2@callers.test"])
        )
        assert status == 303
        status, text = await post(
            browser, f"/console/cases/{case.id}/reassign", token, to=str(desk.staff["th@callers.test"])
        )
        assert status == 409 and "cannot take this case" in text
    assert (await desk.case_of(case.conversation_id)).claimed_by == desk.staff["my2@callers.test"]


async def test_a_released_case_goes_back_to_the_queue_and_overdue_cases_stand_out(desk: Desk) -> None:
    _, case = await _p0_case(desk)
    async with desk.client() as browser:
        token = await log_in(browser, "my@callers.test")
        await post(browser, f"/console/cases/{case.id}/take", token)
        assert (await post(browser, f"/console/cases/{case.id}/release", token))[0] == 303
        assert (await desk.case_of(case.conversation_id)).status == "open"
        desk.clock.advance(timedelta(hours=2))  # P0 is due within an hour
        queue = await (await browser.get("/console/queue")).text()
    assert 'class="overdue"' in queue and "overdue</span>" in queue


async def test_whatsapp_outside_the_24_hour_window_offers_the_template(desk: Desk) -> None:
    number = "+6281234567899"
    conversation_id = await desk.enroll("en", channel="whatsapp", number=number)
    await desk.worker_says("HELP", channel="whatsapp", sender=number)
    case = await desk.case_of(conversation_id)
    desk.clock.advance(timedelta(hours=25))
    async with desk.client() as browser:
        token = await log_in(browser, "admin@callers.test")
        await post(browser, f"/console/cases/{case.id}/reassign", token, to=str(desk.staff["admin@callers.test"]))
        page = await (await browser.get(f"/console/cases/{case.id}")).text()
        assert "only lets us send the approved template" in page and "Send the approved template" in page
        status, text = await post(browser, f"/console/cases/{case.id}/reply", token, text="hello")
        assert status == 409 and "only the approved template" in text
        assert (await post(browser, f"/console/cases/{case.id}/template", token))[0] == 303
        await settle(desk.runtime)
    last = [m for m in desk.fake.messages if m.to == f"whatsapp:{number}"][-1]
    assert last.content_sid == "HX" + "e" * 32


async def test_a_new_worker_message_is_announced_on_the_case_stream(desk: Desk) -> None:
    _, case = await _p0_case(desk)
    async with desk.client() as browser:
        token = await log_in(browser, "my@callers.test")
        await post(browser, f"/console/cases/{case.id}/take", token)
        async with browser.get(f"/console/cases/{case.id}/stream") as stream:
            assert stream.headers["Content-Type"].startswith("text/event-stream")
            await desk.worker_says("ကူညီပါ")
            line = await asyncio.wait_for(_next_event(stream), timeout=10)
        assert line == "event: refresh"
        live = await (await browser.get(f"/console/cases/{case.id}/live")).text()
    assert "ကူညီပါ" in live


async def _next_event(stream: object) -> str:
    content = stream.content  # type: ignore[attr-defined]
    while True:
        line = (await content.readline()).decode().strip()
        if line.startswith("event:"):
            return str(line)


async def test_logins_are_throttled_per_account(desk: Desk) -> None:
    async with desk.client() as browser:
        for _ in range(5):
            page = await browser.get("/login")
            response = await browser.post(
                "/login",
                data={"csrf_token": csrf_in(await page.text()), "email": "my@callers.test", "password": "wrong"},
            )
            assert response.status == 401
        page = await browser.get("/login")
        response = await browser.post(
            "/login",
            data={
                "csrf_token": csrf_in(await page.text()),
                "email": "my@callers.test",
                "password": "correct horse battery",
            },
        )
        assert response.status == 429 and "Too many failed logins" in await response.text()


async def test_a_disabled_user_is_logged_out_and_logout_ends_the_session(desk: Desk) -> None:
    async with desk.client() as browser:
        token = await log_in(browser, "my@callers.test")
        assert (await browser.get("/console")).status == 200
        await disable(desk.runtime.db, desk.clock, "my@callers.test")
        response = await browser.get("/console", headers={"Accept": "text/html"}, allow_redirects=False)
        assert response.status == 303 and response.headers["Location"].startswith("/login")
        assert token
    async with desk.client() as browser:
        token = await log_in(browser, "my2@callers.test")
        assert (await post(browser, "/logout", token))[0] == 303
        assert (await browser.get("/console")).status == 401


async def test_every_page_carries_the_security_headers(desk: Desk) -> None:
    async with desk.client() as browser:
        await log_in(browser, "my@callers.test")
        for path in ("/login", "/console", "/console/cases/999", "/health"):
            headers = (await browser.get(path)).headers
            csp = headers["Content-Security-Policy"]
            assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
            assert headers["Referrer-Policy"] == "no-referrer" and headers["X-Content-Type-Options"] == "nosniff"
        cookie = next(c for c in browser.cookie_jar if c.key == "callbacks_session")
        assert cookie["httponly"] and cookie["samesite"] == "Strict"


async def test_the_session_cookie_is_secure_behind_https(database_url: str) -> None:
    from bot.web.sessions import cookies_must_be_secure

    assert cookies_must_be_secure("https://callbacks.example.org")
    assert not cookies_must_be_secure("http://127.0.0.1:8080")
    assert cookies_must_be_secure("http://callbacks.example.org")


async def _held_by(desk: Desk, case_id: int) -> list[int | None]:
    async with desk.runtime.db.sessions() as session:
        return list((await session.exec(select(Case.claimed_by).where(col(Case.id) == case_id))).all())


PHOTO = b"\xff\xd8\xff\xe0 a photo of a locked gate"


async def test_a_photo_is_shown_through_the_authenticated_proxy_only(desk: Desk) -> None:
    _, case = await _p0_case(desk)
    await desk.worker_says("", media=((PHOTO, "image/jpeg"),))
    async with desk.client() as browser:
        token = await log_in(browser, "my@callers.test")
        await post(browser, f"/console/cases/{case.id}/take", token)
        page = await (await browser.get(f"/console/cases/{case.id}")).text()
        assert desk.api_url not in page and "/Media/ME" not in page  # never the provider's URL
        src = page.split('<img src="', 1)[1].split('"', 1)[0]
        assert src.startswith(f"/console/cases/{case.id}/media/")
        photo = await browser.get(src)
        assert photo.status == 200 and await photo.read() == PHOTO and photo.content_type == "image/jpeg"
    async with desk.client() as stranger:
        assert (await stranger.get(src)).status == 401  # not logged in
        await log_in(stranger, "my2@callers.test")
        assert (await stranger.get(src)).status == 404  # the case is held by someone else


async def test_case_deadlines_are_configurable(database_url: str, clock: VirtualClock) -> None:
    from bot.settings import Settings

    settings = Settings(case_deadline_hours={"P0": 2})
    assert settings.case_deadlines()[Severity.P0] == timedelta(hours=2)
    assert settings.case_deadlines()[Severity.P1] == timedelta(hours=72)  # the default stays for the others
    assert settings.case_deadlines()[Severity.P2] == timedelta(days=14)
    async with open_desk(database_url, clock, case_deadline_hours={"P0": 2}) as desk:
        _, case = await _p0_case(desk)
    assert case.due_at - case.opened_at == timedelta(hours=2)


NO_COMPLAINT = ["1", "1", "2", "1", "2", "1", "2", "1", "2", "1", "2", "2", "2", "1", "2"]  # gate ... wants_contact


async def _open_answers(desk: Desk, number: str, language: str, *answers: str) -> int:
    conversation_id = await desk.enroll(language, number=number)
    for answer in NO_COMPLAINT:
        await desk.worker_says(answer, sender=number)
    for answer in answers:  # the two open questions: each waits a minute for more messages
        await desk.worker_says(answer, sender=number)
        await run_until_next_timer(desk.runtime, desk.clock)
    return conversation_id


async def test_open_answers_nobody_flagged_go_to_the_reading_list_of_their_language(desk: Desk) -> None:
    number = "+6281234567001"
    conversation_id = await _open_answers(desk, number, "en", "the canteen food could be better", "no, thanks")
    async with desk.runtime.db.sessions() as session:
        items = (await session.exec(select(ReadingItem).where(ReadingItem.conversation_id == conversation_id))).all()
    assert [i.text for i in items] == ["the canteen food could be better"]  # "no, thanks" says nothing more
    async with desk.client() as thai:
        await log_in(thai, "th@callers.test")
        assert "the canteen food" not in await (await thai.get("/console")).text()
        token = csrf_in(await (await thai.get("/console")).text())
        assert (await post(thai, f"/console/reading/{items[0].id}/read", token))[0] == 404
    async with desk.client() as admin:
        token = await log_in(admin, "admin@callers.test")
        page = await (await admin.get("/console")).text()
        assert "the canteen food could be better" in page and "Reading list (1 unread: English 1)" in page
        assert (await post(admin, f"/console/reading/{items[0].id}/read", token))[0] == 303
        assert "Reading list (0 unread" in await (await admin.get("/console")).text()


async def test_a_caller_flags_an_open_answer_and_a_case_opens(desk: Desk) -> None:
    number = "+6281234567002"
    words = "the boss makes us clean the toilets when he is angry"
    conversation_id = await _open_answers(desk, number, "en", words, "nothing")
    async with desk.runtime.db.sessions() as session:
        [item] = (await session.exec(select(ReadingItem).where(ReadingItem.conversation_id == conversation_id))).all()
    async with desk.client() as admin:
        token = await log_in(admin, "admin@callers.test")
        status, _ = await post(admin, f"/console/reading/{item.id}/flag", token, category="harassment", severity="P1")
        assert status == 303
        again, _ = await post(admin, f"/console/reading/{item.id}/flag", token, category="harassment", severity="P1")
        assert again == 303  # acted on once: one case
    await settle(desk.runtime)
    case = await desk.case_of(conversation_id)
    assert (case.severity, case.categories, case.status) == ("P1", ["harassment"], "open")
    async with desk.runtime.db.sessions() as session:
        conversation = await session.get(ConversationRow, conversation_id)
    assert conversation is not None and conversation.status == "with_caller"
    assert "A person from our team" in desk.texts_to(number)[-1]
