"""The providers' published webhook bodies (tests/fixtures/payloads), mutated one to three fields at a time and
signed as the provider would sign them. Shared by the property-based test and ``benchmarks/webhook_fuzz.py``.

A :class:`Chooser` makes every random choice, so the same mutations come from hypothesis (which can shrink
them) and from a seeded ``random.Random`` (for the 10,000-body benchmark).
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar
from urllib.parse import parse_qsl, quote_plus

from twilio.request_validator import RequestValidator

PAYLOADS = Path(__file__).parent / "fixtures" / "payloads"
PUBLIC = "https://callbacks.example.org"
TWILIO_AUTH_TOKEN = "twilio-fuzz-auth-token"
TELEGRAM_SECRET = "telegram-fuzz-secret"
TWILIO_ROUTES = {"twilio_sms_": "/webhooks/twilio/sms", "twilio_wa_": "/webhooks/twilio/whatsapp"}
TWILIO_ROUTES["twilio_status_"] = "/webhooks/twilio/status"
TELEGRAM_ROUTE = "/webhooks/telegram"

T = TypeVar("T")

LONE_SURROGATE = "\ud83d"
HUGE = 2**63
LONG_NAME = "N" * 70_000
# Fields Twilio may post that the fixtures do not all carry: a mutation can add them too.
TWILIO_FIELDS = (
    "MessageSid",
    "SmsSid",
    "From",
    "To",
    "Body",
    "NumMedia",
    "NumSegments",
    "MediaUrl0",
    "MediaContentType0",
    "MediaUrl1",
    "Latitude",
    "Longitude",
    "ButtonPayload",
    "ButtonText",
    "MessageStatus",
    "SmsStatus",
    "ErrorCode",
    "ChannelPrefix",
    "ProfileName",
)


class Chooser(Protocol):
    def pick(self, options: Sequence[T]) -> T: ...
    def number(self, low: int, high: int) -> int: ...


class RandomChooser:
    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)

    def pick(self, options: Sequence[T]) -> T:
        return options[self._random.randrange(len(options))]

    def number(self, low: int, high: int) -> int:
        return self._random.randint(low, high)


@dataclass(frozen=True)
class Request:
    """One webhook POST, ready to send: path, body bytes and headers (with a correct signature or secret)."""

    fixture: str
    path: str
    body: bytes
    headers: dict[str, str]


def fixture_names() -> list[str]:
    """Every fixture with a route of ours (the WhatsApp Cloud API samples have none)."""
    names = sorted(p.name for p in PAYLOADS.iterdir() if p.name.startswith(("twilio_", "telegram_")))
    return [name for name in names if not name.endswith(".md")]


def load_twilio(name: str) -> dict[str, str]:
    path = PAYLOADS / name
    if name.endswith(".fields.json"):
        fields = json.loads(path.read_text(encoding="utf-8"))
        return {key: value for key, value in fields.items() if value is not None}
    return dict(parse_qsl(path.read_text(encoding="utf-8"), keep_blank_values=True))


def load_telegram(name: str) -> Any:
    return json.loads((PAYLOADS / name).read_bytes())


def mutated_request(name: str, chooser: Chooser, *, provider_id: str | None = None) -> Request:
    """The fixture ``name`` with one to three mutations, signed. ``provider_id`` replaces the message's id first,
    so that mutated copies of one fixture are not all duplicates of each other."""
    mutations = chooser.number(1, 3)
    if name.startswith("telegram_"):
        update = load_telegram(name)
        if provider_id is not None and isinstance(update, dict):
            update["update_id"] = int(provider_id)
        for _ in range(mutations):
            update = mutate_json(update, chooser)
        return telegram_request(name, update)
    form = load_twilio(name)
    if provider_id is not None:
        for key in ("MessageSid", "SmsSid", "SmsMessageSid"):
            if key in form:
                form[key] = provider_id
    for _ in range(mutations):
        form = mutate_form(form, chooser)
    return twilio_request(name, twilio_route(name), form)


def twilio_route(name: str) -> str:
    return next(route for prefix, route in TWILIO_ROUTES.items() if name.startswith(prefix))


def telegram_request(name: str, update: Any) -> Request:
    body = json.dumps(update).encode()  # ensure_ascii: a lone surrogate travels as "\ud83d", as JSON allows
    headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}
    return Request(name, TELEGRAM_ROUTE, body, headers)


def twilio_request(name: str, path: str, form: dict[str, str]) -> Request:
    """Form-encoded as Twilio does; a lone surrogate goes out as its three UTF-8-like bytes, which the server
    decodes to replacement characters, so the signature is computed over what the server will read."""
    raw = {key: value.encode("utf-8", "surrogatepass") for key, value in form.items()}
    body = "&".join(f"{quote_plus(key)}={quote_plus(value)}" for key, value in raw.items()).encode()
    as_read = {key: value.decode("utf-8", "replace") for key, value in raw.items()}
    signature = RequestValidator(TWILIO_AUTH_TOKEN).compute_signature(PUBLIC + path, as_read)
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature}
    return Request(name, path, body, headers)


# --- Twilio forms: every value is a string -----------------------------------------------------------------------


def mutate_form(form: dict[str, str], chooser: Chooser) -> dict[str, str]:
    copy = dict(form)
    key = chooser.pick(sorted({*copy, *TWILIO_FIELDS}))
    if key in copy and chooser.number(0, 3) == 0:
        del copy[key]
        return copy
    copy[key] = chooser.pick(_FORM_VALUES)(copy.get(key, ""), chooser)
    return copy


_FORM_VALUES = (
    lambda old, c: "",
    lambda old, c: " ",
    lambda old, c: str(HUGE),
    lambda old, c: str(-HUGE - 1),
    lambda old, c: "1e309",
    lambda old, c: "NaN",
    lambda old, c: '{"segments": [1, 2, {"x": null}]}',  # NumSegments as JSON
    lambda old, c: "[null, null]",
    lambda old, c: old + LONE_SURROGATE,
    lambda old, c: LONE_SURROGATE + old,
    lambda old, c: old + "\x00",
    lambda old, c: "\x00",
    lambda old, c: LONG_NAME,
    lambda old, c: old * c.number(2, 50),
    lambda old, c: "whatsapp:",
    lambda old, c: "whatsapp:" + LONE_SURROGATE,
    lambda old, c: "+" + "9" * c.number(1, 40),
    lambda old, c: "https://" + "a" * c.number(0, 3000) + ".example.org/x.jpg",
    lambda old, c: "\u202e\u200b\ufeff",
    lambda old, c: "sent",
    lambda old, c: "failed",
    lambda old, c: "received",
    lambda old, c: "21610",
    lambda old, c: "%00",
    lambda old, c: "🙂" * c.number(1, 2000),
)


# --- Telegram updates: JSON of any shape -------------------------------------------------------------------------


def mutate_json(node: Any, chooser: Chooser) -> Any:
    """``node`` with one value somewhere inside it replaced, dropped or added."""
    paths = list(_paths(node, ()))
    path = chooser.pick(paths)
    return _replace_at(node, path, chooser)


def _paths(node: Any, here: tuple[Any, ...]) -> Any:
    yield here
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*here, key))
    elif isinstance(node, list):
        for index, value in enumerate(node[:5]):
            yield from _paths(value, (*here, index))


def _replace_at(node: Any, path: tuple[Any, ...], chooser: Chooser) -> Any:
    if not path:
        return _new_value(node, chooser)
    head, rest = path[0], path[1:]
    if isinstance(node, dict):
        copy = dict(node)
        if not rest and chooser.number(0, 4) == 0:
            del copy[head]
            return copy
        copy[head] = _replace_at(node[head], rest, chooser)
        if not rest and chooser.number(0, 6) == 0:  # and a field nobody expects beside it
            copy[chooser.pick(_KEYS)] = _new_value(None, chooser)
        return copy
    copy_list = list(node)
    copy_list[head] = _replace_at(node[head], rest, chooser)
    return copy_list


_KEYS = ("text", "chat", "from", "id", "message", "photo", "entities", "caption", "location", "data", "voice")


def _new_value(old: Any, chooser: Chooser) -> Any:
    return chooser.pick(_JSON_VALUES)(old, chooser)


_JSON_VALUES = (
    lambda old, c: None,
    lambda old, c: str(old),  # an id as a string
    lambda old, c: {"id": old},  # an id as an object
    lambda old, c: {"a": None, "b": [None, {"c": None}]},  # nested nulls
    lambda old, c: HUGE,
    lambda old, c: -HUGE - 1,
    lambda old, c: 10**30,
    lambda old, c: 1.5,
    lambda old, c: True,
    lambda old, c: [],
    lambda old, c: [old] * c.number(2, 20_000),  # a huge array
    lambda old, c: {},
    lambda old, c: "",
    lambda old, c: LONE_SURROGATE,
    lambda old, c: f"{old}{LONE_SURROGATE}" if isinstance(old, str) else LONE_SURROGATE,
    lambda old, c: f"{old}\x00" if isinstance(old, str) else "\x00",
    lambda old, c: LONG_NAME,
    lambda old, c: "/start " + c.pick(("x" * 64, LONE_SURROGATE, "\x00", "AAAAbbbbCCCC")),
    lambda old, c: "9" * c.number(1, 400),
    lambda old, c: "🙂" * c.number(1, 5000),
)
