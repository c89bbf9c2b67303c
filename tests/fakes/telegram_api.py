"""A fake Telegram Bot API on the real wire format, for tests that drive a real ``telegram.Bot`` against it.

Every call is ``POST /bot<TOKEN>/<method>`` with a form-encoded (or JSON) body whose nested objects are JSON
strings; every reply is ``{"ok": true, "result": ...}`` or ``{"ok": false, "error_code": N, "description": ...}``.
Methods: getMe, sendMessage, answerCallbackQuery, setWebhook, deleteWebhook, getWebhookInfo, getFile. Files
(``fake.add_file(file_id, content)``) are downloaded as Telegram serves them: ``GET /file/bot<TOKEN>/<file_path>``
with the ``file_path`` getFile gave; getFile refuses files above the Bot API's 20 MB ("file is too big").

    fake = FakeTelegram()
    server = TestServer(create_app(fake), host="127.0.0.1")
    bot = telegram.Bot(fake.token, base_url=f"{url}/bot", base_file_url=f"{url}/file/bot")
    fake.fail_next(43, 403)                  # the next call to chat 43: Forbidden (blocked by the user)
    fake.fail_all(500, for_seconds=30)       # every call for 30 s: an outage
    fake.lose_answer(43)                     # the next call to chat 43 works, but the connection drops
    fake.add_file("AwACAgEAAx...", b"OggS...", file_path="voice/file_3.oga")  # a voice note a worker sent
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import mimetypes
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from aiohttp import web

JSONDict = dict[str, Any]
TOKEN = "123456:TEST-fake-token"
MAX_DOWNLOAD = 20 * 1024 * 1024  # the Bot API's getFile limit

# Parameters whose form value is a JSON string; they are recorded decoded.
JSON_PARAMS = frozenset(
    {"reply_markup", "entities", "caption_entities", "link_preview_options", "reply_parameters", "allowed_updates"}
)
DESCRIPTIONS = {
    400: "Bad Request: chat not found",
    403: "Forbidden: bot was blocked by the user",
    429: "Too Many Requests: retry after {retry_after}",
    500: "Internal Server Error",
}


class BadRequest(Exception):
    """A method's own 400; the argument is the description."""


@dataclass(frozen=True)
class Call:
    """One request as the fake read it: form values stay strings, :data:`JSON_PARAMS` are decoded."""

    method: str
    params: JSONDict
    status: int  # what the fake answered

    @property
    def chat_id(self) -> str | None:
        return _key(self.params.get("chat_id"))


@dataclass
class Failure:
    status: int
    chat_id: str | None  # None: any call
    remaining: int | None  # calls left to fail; None: no limit
    until: float | None  # clock time it stops; None: no limit
    retry_after: int | None = None
    description: str = field(init=False)

    def __post_init__(self) -> None:
        if self.status == 429 and self.retry_after is None:
            self.retry_after = 1  # Telegram always says how long to wait
        text = DESCRIPTIONS.get(self.status) or HTTPStatus(self.status).phrase
        self.description = text.format(retry_after=self.retry_after)

    def active(self, now: float) -> bool:
        return (self.remaining is None or self.remaining > 0) and (self.until is None or now < self.until)

    def reply(self) -> JSONDict:
        body: JSONDict = {"ok": False, "error_code": self.status, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


@dataclass
class FakeFile:
    """A file a worker sent; ``file_path`` is what getFile answers (relative to ``/file/bot<TOKEN>/``)."""

    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes

    def resource(self) -> JSONDict:
        """The File object as getFile returns it."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
            "file_path": self.file_path,
        }


@dataclass
class Webhook:
    url: str = ""
    secret_token: str | None = None
    allowed_updates: list[str] | None = None


class FakeTelegram:
    """The fake's state: what was called (:attr:`calls`), the webhook, and the failures armed for next calls."""

    def __init__(
        self, token: str = TOKEN, *, username: str = "callbacks_test_bot", clock: Callable[[], float] = time.time
    ) -> None:
        self.token = token
        self.username = username
        self.bot_id = int(token.partition(":")[0])
        self.clock = clock  # message dates and fail_all windows
        self.calls: list[Call] = []
        self.webhook = Webhook()
        self._failures: list[Failure] = []
        self._answers_to_lose: list[str | None] = []
        self._last_message_id = 0
        self.files: dict[str, FakeFile] = {}  # by file_id
        self.downloads: list[str] = []  # the file_path of every GET /file/bot<TOKEN>/..., served or not
        self._methods: dict[str, Callable[[JSONDict], Any]] = {
            "getme": lambda params: self._me(),
            "sendmessage": self._send_message,
            "answercallbackquery": lambda params: True,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "getfile": self._get_file,
        }

    def add_file(self, file_id: str, content: bytes, *, file_path: str | None = None) -> FakeFile:
        """A file a worker sent (a voice note, a photo...), which getFile and the file URL then serve."""
        unique_id = "AgAD" + hashlib.sha256(file_id.encode()).hexdigest()[:12]
        file = FakeFile(file_id, unique_id, file_path or f"documents/file_{len(self.files)}", content)
        self.files[file_id] = file
        return file

    def fail_next(
        self, chat_id: int | str | None, status: int, count: int = 1, *, retry_after: int | None = None
    ) -> None:
        """The next ``count`` calls for ``chat_id`` (any call when None) answer ``status``."""
        self._failures.append(Failure(status, _key(chat_id), count, None, retry_after))

    def fail_all(
        self,
        status: int,
        for_seconds: float | None = None,
        *,
        chat_id: int | str | None = None,
        retry_after: int | None = None,
    ) -> None:
        """Every call (for ``chat_id`` only, if given) answers ``status``: for ``for_seconds``, or until cleared."""
        until = None if for_seconds is None else self.clock() + for_seconds
        self._failures.append(Failure(status, _key(chat_id), None, until, retry_after))

    def lose_answer(self, chat_id: int | str | None) -> None:
        """The next call for ``chat_id`` is carried out, then the connection closes before the answer is sent."""
        self._answers_to_lose.append(_key(chat_id))

    def clear_failures(self) -> None:
        self._failures.clear()

    def calls_to(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method == method]

    @property
    def sent(self) -> list[Call]:
        """sendMessage calls that succeeded."""
        return [call for call in self.calls_to("sendMessage") if call.status == 200]

    def _take_failure(self, chat_id: str | None) -> Failure | None:
        now = self.clock()
        self._failures = [failure for failure in self._failures if failure.active(now)]
        matching = [failure for failure in self._failures if failure.chat_id in (None, chat_id)]
        if not matching:
            return None
        failure = min(matching, key=lambda failure: failure.chat_id is None)  # a chat's own failure first
        if failure.remaining is not None:
            failure.remaining -= 1
        return failure

    def _me(self) -> JSONDict:
        return {"id": self.bot_id, "is_bot": True, "first_name": "Callbacks Test", "username": self.username}

    def _send_message(self, params: JSONDict) -> JSONDict:
        try:
            chat_id = int(params.get("chat_id", ""))
        except ValueError:  # missing, or an "@username" chat (not modelled)
            raise BadRequest("Bad Request: chat not found") from None
        text = str(params.get("text") or "")
        if not text:
            raise BadRequest("Bad Request: message text is empty")
        self._last_message_id += 1
        message: JSONDict = {
            "message_id": self._last_message_id,
            "from": self._me(),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "date": int(self.clock()),
            "text": text,
        }
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup  # Telegram echoes inline keyboards only
        return message

    def _get_file(self, params: JSONDict) -> JSONDict:
        file = self.files.get(str(params.get("file_id") or ""))
        if file is None:
            raise BadRequest("Bad Request: invalid file_id")
        if len(file.content) > MAX_DOWNLOAD:
            raise BadRequest("Bad Request: file is too big")
        return file.resource()

    def _set_webhook(self, params: JSONDict) -> bool:
        self.webhook = Webhook(str(params.get("url", "")), params.get("secret_token"), params.get("allowed_updates"))
        return True

    def _delete_webhook(self, params: JSONDict) -> bool:
        self.webhook = Webhook()
        return True

    def _get_webhook_info(self, params: JSONDict) -> JSONDict:
        info: JSONDict = {"url": self.webhook.url, "has_custom_certificate": False, "pending_update_count": 0}
        if self.webhook.allowed_updates is not None:
            info["allowed_updates"] = self.webhook.allowed_updates
        return info

    def answer(self, method: str, params: JSONDict) -> tuple[int, JSONDict]:
        """The HTTP status and body for one call (already authenticated)."""
        handler = self._methods.get(method.lower())  # Telegram's method names ignore case
        if handler is None:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        failure = self._take_failure(_key(params.get("chat_id")))
        if failure is not None:
            return failure.status, failure.reply()
        try:
            return 200, {"ok": True, "result": handler(params)}
        except BadRequest as error:
            return 400, {"ok": False, "error_code": 400, "description": str(error)}

    async def handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)
        method = request.match_info["method"]
        params = await _read_params(request)
        status, body = self.answer(method, params)
        self.calls.append(Call(method, params, status))
        chat_id = _key(params.get("chat_id"))
        if chat_id in self._answers_to_lose or None in self._answers_to_lose:
            self._answers_to_lose.remove(chat_id if chat_id in self._answers_to_lose else None)
            return await _drop_connection(request)
        return web.json_response(body, status=status)

    async def handle_file(self, request: web.Request) -> web.Response:
        path = request.match_info["file_path"]
        self.downloads.append(path)
        file = next((file for file in self.files.values() if file.file_path == path), None)
        if request.match_info["token"] != self.token or file is None:
            return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)
        content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        return web.Response(body=file.content, headers={"Content-Type": content_type})


def create_app(fake: FakeTelegram) -> web.Application:
    app = web.Application()
    app.router.add_post("/bot{token}/{method}", fake.handle)
    app.router.add_get("/file/bot{token}/{file_path:.+}", fake.handle_file)
    return app


async def _drop_connection(request: web.Request) -> web.Response:
    """Close the socket without answering: the client sees the server disconnect mid-request."""
    assert request.transport is not None
    request.transport.close()
    raise asyncio.CancelledError


async def _read_params(request: web.Request) -> JSONDict:
    if request.content_type == "application/json":
        body = await request.json() if request.body_exists else {}
        return body if isinstance(body, dict) else {}
    form = await request.post()  # urlencoded or multipart; uploaded files are not kept
    params: JSONDict = {}
    for name, value in form.items():
        if isinstance(value, str):
            params[name] = json.loads(value) if name in JSON_PARAMS else value
    return params


def _key(chat_id: object) -> str | None:
    return None if chat_id is None else str(chat_id)


def start_update(update_id: int, chat_id: int, deep_link: str, *, date: int = 1_790_000_000) -> JSONDict:
    """The update Telegram POSTs when a person opens ``deep_link`` (``https://t.me/<bot>?start=<code>``) and
    presses Start."""
    text = f"/start {deep_link.partition('start=')[2]}"
    person = {"id": chat_id, "is_bot": False, "first_name": "Worker"}
    message = {
        "message_id": 1,
        "from": person,
        "chat": {"id": chat_id, "type": "private", "first_name": "Worker"},
        "date": date,
        "text": text,
        "entities": [{"type": "bot_command", "offset": 0, "length": len("/start")}],
    }
    return {"update_id": update_id, "message": message}
