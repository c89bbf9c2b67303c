"""Telegram webhook bodies: every published sample in tests/fixtures/payloads against expected.json, plus the
rules the samples do not cover (groups, forwards, membership changes, garbage)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import telegram

from bot.channels.inbound import ChatBlocked, Ignored, InboundMessage, Media, Parsed, Rejected
from bot.channels.telegram_updates import parse_update

PAYLOADS = Path(__file__).parent / "fixtures" / "payloads"
EXPECTED: dict[str, dict[str, Any]] = json.loads((PAYLOADS / "expected.json").read_text(encoding="utf-8"))
FILES = sorted(path.name for path in PAYLOADS.glob("telegram_*.json"))
BOT = telegram.Bot("123:ABC")  # de_json needs a Bot, not the network


def parse_file(name: str) -> Parsed:
    return parse_update(json.loads((PAYLOADS / name).read_bytes()), BOT)


def test_every_telegram_sample_has_an_expectation() -> None:
    assert len(FILES) == 23
    assert set(FILES) == {name for name, entry in EXPECTED.items() if entry["channel"] == "telegram"}


@pytest.mark.parametrize("name", FILES)
def test_sample_parses_as_expected(name: str) -> None:
    expected = EXPECTED[name]
    parsed = parse_file(name)
    kind = expected["kind"]
    if kind == "duplicate":
        original = parse_file(expected["duplicate_of"])
        assert isinstance(parsed, InboundMessage)
        assert parsed.provider_id == str(expected["update_id"])
        assert parsed == original  # same provider_id: stored once
    elif kind == "callback" and expected["chat_id"] is None:
        # A button under an inline-mode message has no chat to answer into; we never send those.
        assert isinstance(parsed, Ignored)
    elif kind == "callback":
        assert isinstance(parsed, InboundMessage)
        assert parsed.provider_id == str(expected["update_id"])
        assert parsed.address == str(expected["chat_id"])
        assert parsed.text == expected["callback_data"]
        assert parsed.callback_query_id == expected["callback_query_id"]
        assert (parsed.media, parsed.start_payload, parsed.edited) == ((), None, False)
    elif kind in ("message", "edit"):
        assert isinstance(parsed, InboundMessage)
        assert_message(parsed, expected)
    elif kind == "event":
        assert parsed == ChatBlocked(
            channel="telegram",
            provider_id=str(expected["update_id"]),
            address=str(expected["chat_id"]),
            blocked=expected["event"] == "blocked",
        )
    elif kind == "ignore":
        assert isinstance(parsed, Ignored)
    elif kind == "reject":
        assert isinstance(parsed, Rejected)
    else:
        pytest.fail(f"unknown kind {kind!r} in expected.json for {name}")


def assert_message(parsed: InboundMessage, expected: dict[str, Any]) -> None:
    assert parsed.channel == "telegram"
    assert parsed.provider_id == str(expected["update_id"])
    assert parsed.address == str(expected["chat_id"])
    assert parsed.text == (expected["text"] or expected.get("caption") or "")
    assert parsed.edited == (expected["kind"] == "edit")
    assert parsed.start_payload == expected.get("start_payload")
    assert parsed.callback_query_id is None
    assert [(media.type, media.file_id) for media in parsed.media] == [
        (media["type"], media["file_id"]) for media in expected["media"]
    ]
    for media, wanted in zip(parsed.media, expected["media"], strict=True):
        if "mime_type" in wanted:
            assert media.content_type == wanted["mime_type"]


def test_doc_samples_share_update_id_10000_so_they_share_a_provider_id() -> None:
    # Telegram's own doc samples reuse update_id 10000: the dedupe key is the update_id and nothing else.
    names = [name for name in FILES if EXPECTED[name]["update_id"] == 10000]
    parsed = [parse_file(name) for name in names]
    messages = [item for item in parsed if isinstance(item, InboundMessage)]
    assert len(names) == 4 and len(messages) == 3  # the fourth is the inline-mode button, ignored
    assert {message.provider_id for message in messages} == {"10000"}


@pytest.mark.parametrize(
    "data",
    [
        [],
        [{"update_id": 1}],
        "update",
        "",
        None,
        42,
        True,
        {},
        {"update_id": "x"},
        {"update_id": None},
        {"update_id": True},
        {"update_id": 1.5},
        {"message": {"text": "hi"}},
        {"update_id": 1, "message": "garbage"},
        {"update_id": 1, "message": {}},
        {"update_id": 1, "message": {"message_id": 1, "date": 1, "chat": {"id": -5}}},  # a group chat without type
        {"update_id": 1, "callback_query": []},
        {"update_id": 1, "my_chat_member": {"chat": 3}},
    ],
)
def test_garbage_is_rejected_without_raising(data: object) -> None:
    assert isinstance(parse_update(data, BOT), Rejected)


def test_rejection_reasons_carry_no_content() -> None:
    parsed = parse_update({"update_id": 1, "message": {"text": "my secret phone +6281234567"}}, BOT)
    assert isinstance(parsed, Rejected)
    assert "+62" not in parsed.reason and "secret" not in parsed.reason


def test_parsing_does_not_change_the_input() -> None:
    data = json.loads((PAYLOADS / "telegram_01_text_hello.json").read_bytes())  # lacks is_bot: defaults are filled
    before = copy.deepcopy(data)
    parse_update(data, BOT)
    assert data == before


# Modern (Bot API 7+) shapes for the rules the samples do not cover.


def user(user_id: int = 555) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": "Worker"}


def chat(chat_id: int = 555, chat_type: str = "private") -> dict[str, Any]:
    return {"id": chat_id, "type": chat_type, "first_name": "Worker"}


def message(**fields: Any) -> dict[str, Any]:
    return {"message_id": 7, "date": 1767000000, "chat": chat(), "from": user(), **fields}


def update(**fields: Any) -> dict[str, Any]:
    return {"update_id": 900, **fields}


@pytest.mark.parametrize(
    ("text", "payload"),
    [
        ("/start abc_123-XY", "abc_123-XY"),
        ("/start   abc ", "abc"),
        ("/start@callbacks_bot abc", "abc"),
        ("/start", None),
        ("/start ", None),
        ("/startle abc", None),
        ("start abc", None),
        ("hello /start abc", None),
    ],
)
def test_start_payload(text: str, payload: str | None) -> None:
    parsed = parse_update(update(message=message(text=text)), BOT)
    assert isinstance(parsed, InboundMessage)
    assert parsed.start_payload == payload
    assert parsed.text == text


@pytest.mark.parametrize("chat_type", ["group", "supergroup"])
def test_a_group_message_is_a_message_that_can_never_enrol(chat_type: str) -> None:
    parsed = parse_update(update(message=message(chat=chat(-1001234, chat_type), text="/start abc")), BOT)
    assert isinstance(parsed, InboundMessage)
    assert (parsed.address, parsed.start_payload) == ("-1001234", None)


def test_a_forwarded_start_never_enrols() -> None:
    origin = {"type": "user", "date": 1767000000, "sender_user": user(777)}
    parsed = parse_update(update(message=message(text="/start abc", forward_origin=origin)), BOT)
    assert isinstance(parsed, InboundMessage)
    assert (parsed.text, parsed.start_payload) == ("/start abc", None)


def test_media_kinds() -> None:
    photo = [
        {"file_id": "big", "file_unique_id": "b", "width": 1280, "height": 960},
        {"file_id": "small", "file_unique_id": "s", "width": 90, "height": 67},
    ]
    document = {"file_id": "doc", "file_unique_id": "d", "mime_type": "application/pdf"}
    parsed = parse_update(
        update(
            message=message(
                photo=photo, document=document, caption="payslip", location={"latitude": -6.2, "longitude": 106.8}
            )
        ),
        BOT,
    )
    assert isinstance(parsed, InboundMessage)
    assert parsed.text == "payslip"
    assert parsed.media == (
        Media(type="photo", file_id="big"),
        Media(type="document", file_id="doc", content_type="application/pdf"),
        Media(type="location", url="geo:-6.2,106.8"),
    )


def test_audio_and_video_note() -> None:
    audio = {"file_id": "a", "file_unique_id": "a", "duration": 3, "mime_type": "audio/mpeg"}
    note = {"file_id": "n", "file_unique_id": "n", "length": 240, "duration": 4}
    parsed = parse_update(update(message=message(audio=audio, video_note=note)), BOT)
    assert isinstance(parsed, InboundMessage)
    assert parsed.text == ""
    assert parsed.media == (
        Media(type="audio", file_id="a", content_type="audio/mpeg"),
        Media(type="video_note", file_id="n"),
    )


def test_a_button_under_an_inaccessible_message_still_has_its_chat() -> None:
    query = {
        "id": "42",
        "from": user(),
        "chat_instance": "1",
        "data": "q1:yes",
        "message": {"message_id": 3, "date": 0, "chat": chat()},  # date 0: too old for the bot to see
    }
    parsed = parse_update(update(callback_query=query), BOT)
    assert parsed == InboundMessage(
        channel="telegram", provider_id="900", address="555", text="q1:yes", callback_query_id="42"
    )


def member_change(new_status: str, chat_type: str = "private") -> dict[str, Any]:
    bot_user = {"id": 1, "is_bot": True, "first_name": "Bot"}
    return update(
        my_chat_member={
            "chat": chat(555 if chat_type == "private" else -555, chat_type),
            "from": user(),
            "date": 1767000000,
            "old_chat_member": {"user": bot_user, "status": "member"},
            "new_chat_member": {"user": bot_user, "status": new_status, "until_date": 0},
        }
    )


def test_membership_changes() -> None:
    assert parse_update(member_change("kicked"), BOT) == ChatBlocked("telegram", "900", "555", blocked=True)
    assert parse_update(member_change("member"), BOT) == ChatBlocked("telegram", "900", "555", blocked=False)
    assert isinstance(parse_update(member_change("left", "group"), BOT), Ignored)
    assert isinstance(parse_update(member_change("member", "group"), BOT), Ignored)


def test_other_update_types_are_ignored() -> None:
    post = {"message_id": 1, "date": 1767000000, "chat": chat(-100777, "channel"), "text": "news"}
    parsed = parse_update(update(channel_post=post), BOT)
    assert parsed == Ignored("update type not handled: channel_post")
