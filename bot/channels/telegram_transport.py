"""python-telegram-bot's HTTP backend on aiohttp, through the library's own extension point (``BaseRequest``).

``Bot`` still builds every request and reads every answer (parameters, errors, flood control); only the bytes
travel through aiohttp, the client this service already runs for its webhooks. Measured with
``benchmarks/peer.py``: httpx and httpcore took 40% of the process's CPU under load, most of it checking every
pooled connection on each request (README, "Where the time goes").
"""

from __future__ import annotations

from urllib.parse import urlencode

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
# Raised after the request was written: Telegram has the message, only its answer is missing.
ANSWER_LOST = (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError, aiohttp.SocketTimeoutError)


class AiohttpRequest(BaseRequest):
    def __init__(
        self,
        *,
        connection_pool_size: int = 256,
        connect_timeout: float = 5.0,
        read_timeout: float = 5.0,
        pool_timeout: float = 1.0,
        media_read_timeout: float = 20.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._pool_timeout = pool_timeout
        self._media_read_timeout = media_read_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        timeout = aiohttp.ClientTimeout(
            connect=_given(pool_timeout, self._pool_timeout) + _given(connect_timeout, self._connect_timeout),
            sock_read=_given(read_timeout, self._media_read_timeout if files else self._read_timeout),
        )
        try:
            body = _body(request_data)
            headers = FORM if isinstance(body, bytes) else None
            async with self._session.request(method, url, data=body, headers=headers, timeout=timeout) as response:
                return response.status, await response.read()
        except (TimeoutError, aiohttp.ServerTimeoutError) as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error


def _given(value: object, default: float) -> float:
    return default if value is BaseRequest.DEFAULT_NONE or value is None else float(value)  # type: ignore[arg-type]


def _body(request_data: RequestData | None) -> aiohttp.FormData | bytes | None:
    """A form as the Bot API takes it: urlencoded, or multipart when a file goes with it (as PTB's httpx backend).
    The urlencoded form is encoded here: aiohttp's ``FormData`` would build a multipart writer (and a random
    boundary) for every message only to urlencode it."""
    if request_data is None:
        return None
    parameters = request_data.json_parameters
    files = request_data.multipart_data
    if not files:
        return urlencode(parameters).encode() if parameters else None
    form = aiohttp.FormData()
    for name, value in parameters.items():
        form.add_field(name, value)
    for name, part in files.items():
        filename, content, *mimetype = part
        form.add_field(name, content, filename=filename, content_type=mimetype[0] if mimetype else None)
    return form
