"""Every Twilio webhook fixture in tests/fixtures/payloads/ against expected.json, plus status ordering and the
X-Twilio-Signature check."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
from aiohttp.test_utils import make_mocked_request
from multidict import MultiDict
from twilio.request_validator import RequestValidator

from bot.channels.inbound import InboundMessage, Media, Parsed, Rejected, StatusUpdate
from bot.channels.twilio_webhooks import (
    parse_inbound,
    parse_status,
    public_url,
    signature_is_valid,
)
from storage.delivery import STATUS_RANK, status_moves_forward

PAYLOADS = Path(__file__).parent / "fixtures" / "payloads"
EXPECTED: dict[str, dict[str, Any]] = json.loads((PAYLOADS / "expected.json").read_text(encoding="utf-8"))
TWILIO_FILES = sorted(path.name for path in PAYLOADS.glob("twilio_*"))

# Status callbacks whose form names no channel at all (only MessageSid, MessageStatus, maybe ErrorCode): the
# fixture's source was a WhatsApp test, but the parser can only say "sms". The sender knows the real channel.
CHANNEL_NOT_IN_FORM = {"twilio_status_04_wa_failed_63018.form", "twilio_status_05_read_minimal.form"}


def load_form(name: str) -> dict[str, str]:
    path = PAYLOADS / name
    if name.endswith(".fields.json"):
        fields = json.loads(path.read_text(encoding="utf-8"))
        return {key: value for key, value in fields.items() if value is not None}  # null: "not sent"
    return dict(parse_qsl(path.read_text(encoding="utf-8"), keep_blank_values=True))


def parse(name: str) -> Parsed:
    form = load_form(name)
    if name.startswith("twilio_sms_"):
        return parse_inbound(form, "sms")
    if name.startswith("twilio_wa_"):
        return parse_inbound(form, "whatsapp")
    assert name.startswith("twilio_status_")
    return parse_status(form)


def test_every_twilio_fixture_has_an_expectation() -> None:
    assert len(TWILIO_FILES) == 28
    assert set(TWILIO_FILES) == {name for name in EXPECTED if name.startswith("twilio_")}


@pytest.mark.parametrize("name", TWILIO_FILES)
def test_fixture_matches_expected(name: str) -> None:
    expected = EXPECTED[name]
    parsed = parse(name)
    kind = expected["kind"]
    if kind in {"message", "duplicate"}:
        assert isinstance(parsed, InboundMessage), parsed
        assert parsed.channel == expected["channel"].removeprefix("twilio-")
        assert parsed.address == expected["sender"].removeprefix("whatsapp:")
        assert parsed.provider_id == expected["provider_message_id"]
        assert parsed.text == (expected["text"] or "")
        files = [media for media in parsed.media if media.type != "location"]
        assert [(m.url, m.content_type) for m in files] == [(m["url"], m["content_type"]) for m in expected["media"]]
        if kind == "duplicate":
            original = parse(expected["duplicate_of"])
            assert isinstance(original, InboundMessage)
            assert parsed.provider_id == original.provider_id
            assert parsed.address == original.address
    elif kind == "status":
        assert isinstance(parsed, StatusUpdate), parsed
        assert parsed.provider_id == expected["provider_message_id"]
        assert parsed.status == expected["status"]
        assert parsed.error_code == expected["error_code"]
        assert parsed.opted_out is bool(expected.get("implies_opt_out"))
        channel = "sms" if name in CHANNEL_NOT_IN_FORM else expected["channel"].removeprefix("twilio-")
        assert parsed.channel == channel
    else:
        assert kind == "reject"
        assert isinstance(parsed, Rejected), parsed


def test_reject_reasons_hold_no_personal_data() -> None:
    form = load_form("twilio_sms_01_basic.form")
    for key in ("MessageSid", "SmsSid", "SmsMessageSid"):
        del form[key]
    parsed = parse_inbound(form, "sms")
    assert isinstance(parsed, Rejected)
    assert "+1413" not in parsed.reason and "Msg" not in parsed.reason


def test_encoded_plus_decodes_to_plus_and_plain_plus_to_space() -> None:
    base64_body = parse("twilio_sms_04_base64_looking_body.form")
    assert isinstance(base64_body, InboundMessage)
    assert base64_body.text.endswith("c+KA")
    spaced = parse("twilio_sms_05_shortcode_to.form")
    assert isinstance(spaced, InboundMessage)
    assert spaced.text == "John Cruz"


def test_non_phone_whatsapp_sender_is_kept_verbatim() -> None:
    parsed = parse("twilio_wa_08_bsuid_sender.form")
    assert isinstance(parsed, InboundMessage)
    assert parsed.address == "US.1234"


def test_button_text_counts_on_whatsapp_only() -> None:
    sms = parse("twilio_sms_06_buttontext_on_sms.form")
    whatsapp = parse("twilio_wa_07_quick_reply_buttontext.form")
    assert isinstance(sms, InboundMessage) and isinstance(whatsapp, InboundMessage)
    assert (sms.text, whatsapp.text) == ("Msg", "Confirm")


def test_button_payload_wins_over_button_text_and_body() -> None:
    form = {"MessageSid": "SM1", "From": "whatsapp:+14135550101", "Body": "Yes", "ButtonText": "Yes"}
    parsed = parse_inbound({**form, "ButtonPayload": "answer:yes"}, "whatsapp")
    assert isinstance(parsed, InboundMessage)
    assert parsed.text == "answer:yes"


def test_location_becomes_location_media() -> None:
    parsed = parse("twilio_wa_06_location.form")
    assert isinstance(parsed, InboundMessage)
    assert parsed.text == ""
    assert parsed.media == (Media(type="location", file_id="52.303897857666016,4.750025749206543"),)


@pytest.mark.parametrize(("latitude", "longitude"), [("north", "4.7"), ("91", "4.7"), ("52.3", "nan"), ("52.3", "")])
def test_bad_coordinates_are_no_location(latitude: str, longitude: str) -> None:
    form = {"MessageSid": "SM1", "From": "whatsapp:+31612345678", "Body": "", "Latitude": latitude}
    parsed = parse_inbound({**form, "Longitude": longitude}, "whatsapp")
    assert isinstance(parsed, InboundMessage)
    assert parsed.media == ()


def test_media_in_index_order_whatever_the_field_order() -> None:
    form = {
        "MediaUrl1": "https://example.org/b",
        "MessageSid": "MM1",
        "MediaContentType1": "audio/ogg",
        "From": "+14135550101",
        "NumMedia": "2",
        "MediaUrl0": "https://example.org/a",
        "MediaContentType0": "image/png",
    }
    parsed = parse_inbound(form, "sms")
    assert isinstance(parsed, InboundMessage)
    assert [(m.type, m.url) for m in parsed.media] == [
        ("image", "https://example.org/a"),
        ("audio", "https://example.org/b"),
    ]


def test_media_type_guessed_from_url_when_content_type_is_missing() -> None:
    parsed = parse("twilio_sms_03_two_media_no_body_field.form")
    assert isinstance(parsed, InboundMessage)
    assert [m.type for m in parsed.media] == ["image", "image"]


@pytest.mark.parametrize(
    ("form", "channel"),
    [
        ({"MessageSid": "SM1", "From": "+14135550101", "Body": "hi"}, "telegram"),
        ({"From": "+14135550101", "Body": "hi"}, "sms"),
        ({"MessageSid": "SM1", "Body": "hi"}, "sms"),
        ({"MessageSid": "SM1", "From": "+14135550101"}, "sms"),  # no Body, media or location
        ({"MessageSid": "SM1", "From": "whatsapp:+14135550101", "Body": "hi"}, "sms"),
        ({"MessageSid": "SM1", "From": "whatsapp:", "Body": "hi"}, "whatsapp"),
        ({"MessageSid": "SM1", "From": "+14135550101", "Body": "hi", "MessageStatus": "delivered"}, "sms"),
        ({}, "sms"),
    ],
)
def test_inbound_rejects(form: dict[str, str], channel: str) -> None:
    assert isinstance(parse_inbound(form, channel), Rejected)


def test_status_callbacks_for_whatsapp_by_channel_prefix_or_address() -> None:
    by_prefix = parse_status({"MessageSid": "SM1", "MessageStatus": "sent", "ChannelPrefix": "whatsapp"})
    by_from = parse_status({"MessageSid": "SM1", "MessageStatus": "sent", "From": "whatsapp:+14155238886"})
    sms = parse_status({"MessageSid": "SM1", "MessageStatus": "sent", "To": "+14155238886"})
    assert isinstance(by_prefix, StatusUpdate) and isinstance(by_from, StatusUpdate) and isinstance(sms, StatusUpdate)
    assert (by_prefix.channel, by_from.channel, sms.channel) == ("whatsapp", "whatsapp", "sms")


@pytest.mark.parametrize(
    "form", [{"MessageStatus": "sent"}, {"MessageSid": "SM1"}, {"MessageSid": "SM1", "MessageStatus": ""}]
)
def test_status_rejects(form: dict[str, str]) -> None:
    assert isinstance(parse_status(form), Rejected)


def test_status_falls_back_to_sms_fields() -> None:
    parsed = parse_status({"SmsSid": "SM1", "SmsStatus": "undelivered", "ErrorCode": "30034"})
    assert parsed == StatusUpdate(channel="sms", provider_id="SM1", status="undelivered", error_code="30034")


@pytest.mark.parametrize(
    ("old", "new", "forward"),
    [
        (None, "queued", True),
        (None, "delivered", True),
        ("queued", "sending", True),
        ("queued", "delivered", True),
        ("sent", "delivered", True),
        ("delivered", "read", True),
        ("read", "delivered", False),
        ("delivered", "sent", False),
        ("sent", "sent", False),
        ("queued", "failed", True),
        ("read", "undelivered", True),
        ("failed", "delivered", False),
        ("undelivered", "failed", False),
        ("failed", "failed", False),
        ("sent", "huh", False),
        ("sent", "received", False),
    ],
)
def test_status_moves_forward(old: str | None, new: str, forward: bool) -> None:
    assert status_moves_forward(old, new) is forward


def test_status_rank_orders_the_delivery_path() -> None:
    path = ["queued", "sending", "sent", "delivered", "read"]
    assert [STATUS_RANK[status] for status in path] == sorted({STATUS_RANK[status] for status in path})


@pytest.mark.parametrize(
    ("base", "path", "query", "url"),
    [
        ("https://bot.example.org", "/webhooks/twilio/sms", "", "https://bot.example.org/webhooks/twilio/sms"),
        ("https://bot.example.org/", "/webhooks/twilio/sms", "a=b", "https://bot.example.org/webhooks/twilio/sms?a=b"),
        (
            "https://example.org/bot",
            "webhooks/twilio/status",
            "x=%2B1",
            "https://example.org/bot/webhooks/twilio/status?x=%2B1",
        ),
    ],
)
def test_public_url(base: str, path: str, query: str, url: str) -> None:
    assert public_url(base, path, query) == url


def test_public_url_from_an_aiohttp_request_needs_the_raw_parts() -> None:
    signed = "https://bot.example.org/webhooks/twilio/status?key=a%2Bb%20c"
    request = make_mocked_request("POST", "/webhooks/twilio/status?key=a%2Bb%20c")
    raw = public_url("https://bot.example.org", request.rel_url.raw_path, request.rel_url.raw_query_string)
    assert raw == signed
    assert public_url("https://bot.example.org", request.path, request.query_string) != signed  # decoded


TOKEN = "12345678901234567890123456789012"
URL = "https://bot.example.org/webhooks/twilio/sms?channel=1"


def test_signature_of_a_real_fixture_validates() -> None:
    form = load_form("twilio_wa_04_quick_reply_arabic.fields.json")
    signature = RequestValidator(TOKEN).compute_signature(URL, form)
    assert signature_is_valid(TOKEN, URL, form, signature)
    assert not signature_is_valid("0" * 32, URL, form, signature)
    assert not signature_is_valid(TOKEN, URL, {**form, "Body": "Accept"}, signature)
    assert not signature_is_valid(TOKEN, URL, {**form, "NewTwilioField": "x"}, signature)
    assert not signature_is_valid(TOKEN, URL.replace("channel=1", "channel=2"), form, signature)
    assert not signature_is_valid(TOKEN, "https://other.example.org/webhooks/twilio/sms?channel=1", form, signature)
    assert not signature_is_valid(TOKEN, URL, form, "")
    assert not signature_is_valid("", URL, form, signature)


def test_signature_covers_every_value_of_a_repeated_key() -> None:
    form = MultiDict([("MessageSid", "SM1"), ("MediaUrl", "a"), ("MediaUrl", "b")])
    signature = RequestValidator(TOKEN).compute_signature(URL, form)
    assert signature_is_valid(TOKEN, URL, form, signature)
    assert not signature_is_valid(TOKEN, URL, MultiDict([("MessageSid", "SM1"), ("MediaUrl", "a")]), signature)
    assert not signature_is_valid(TOKEN, URL, dict(form), signature)  # a dict keeps only one value


def test_signature_with_non_string_values_is_invalid_not_an_error() -> None:
    signature = RequestValidator(TOKEN).compute_signature(URL, {"MessageSid": "SM1"})
    assert not signature_is_valid(TOKEN, URL, {"MessageSid": b"SM1"}, signature)
