"""Workers' photos and voice notes, fetched from the provider with our credentials for the callers' console.

The webhooks keep each attachment on the inbound row as ``"<type>:<ref>"``: ``ref`` is Twilio's ``MediaUrlN``
(a URL under ``/2010-04-01/Accounts/<sid>/`` that wants HTTP Basic auth) or a Telegram ``file_id``. The console
never puts a provider URL in a page: its route calls :func:`fetch_attachment` and streams the bytes to a
logged-in caller.

Twilio media are fetched only from the configured Twilio API origin and only at a Media resource of our own
account (so an attachment can never make us send the auth token elsewhere, nor read another API resource);
Twilio's redirect to its media CDN is followed by hand, and the credentials go to the API origin only. Telegram
files go through python-telegram-bot's own ``getFile`` and download, which refuse files above the Bot API's
20 MB as we do.

:class:`MediaUnavailable` messages name no person: no URL, no file id, no token.
"""

from __future__ import annotations

import asyncio
import base64
import mimetypes
import re
from collections.abc import Mapping
from dataclasses import dataclass

import aiohttp
from telegram.error import BadRequest, Forbidden, InvalidToken, TelegramError
from yarl import URL

from bot.channels.base import Channel
from bot.channels.telegram import TelegramChannel
from bot.settings import Settings

MB = 1024 * 1024
MAX_BYTES = 20 * MB  # Telegram's download limit; Twilio media are smaller (5 MB for MMS, 16 for WhatsApp)
FETCH_TIMEOUT = 15.0  # seconds for the whole fetch, redirects included
MAX_REDIRECTS = 3
CHUNK = 64 * 1024
OCTET_STREAM = "application/octet-stream"
TWILIO_API_VERSION = "2010-04-01"

IMAGE_KINDS = frozenset({"image", "photo"})
AUDIO_KINDS = frozenset({"voice", "audio"})
VIDEO_KINDS = frozenset({"video", "video_note"})
# What the webhooks store that a provider can give back as a file: Telegram's kinds, and Twilio's (the main part
# of the MIME type, "document" when unknown). Not "location" (the ref is the coordinates) nor "edited" (a marker).
FETCHABLE_KINDS = IMAGE_KINDS | AUDIO_KINDS | VIDEO_KINDS | {"document", "sticker", "application", "text"}
# Shown in the page as they are; anything else should be served as a download (Content-Disposition: attachment).
INLINE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})
TELEGRAM_TYPES = {
    "voice": "audio/ogg",
    "photo": "image/jpeg",
    "image": "image/jpeg",
    "video": "video/mp4",
    "video_note": "video/mp4",
}

_MEDIA_PATH = re.compile(r"Messages/[A-Za-z0-9]{2,64}/Media/[A-Za-z0-9]{2,64}")


class MediaUnavailable(Exception):
    """The attachment cannot be shown. ``temporary`` when the provider or the network failed (try again later)
    rather than the attachment being unknown, gone or not ours to fetch. The message names no person."""

    def __init__(self, message: str, *, temporary: bool = False) -> None:
        super().__init__(message)
        self.temporary = temporary


@dataclass(frozen=True)
class FetchedMedia:
    content: bytes
    content_type: str

    @property
    def inline_safe(self) -> bool:
        """Whether a browser may render it in the page; anything else (HTML, SVG, PDF...) goes as a download."""
        main = self.content_type.split("/", 1)[0]
        return self.content_type in INLINE_TYPES or main in ("audio", "video")


def attachment_kind(attachment: str) -> str:
    """The type part of a stored attachment: "voice", "image", "photo", "location", "edited"..."""
    return attachment.partition(":")[0].strip().lower()


def is_image(attachment: str) -> bool:
    """Shown with ``<img>``."""
    return attachment_kind(attachment) in IMAGE_KINDS


def is_playable(attachment: str) -> bool:
    """A voice note or audio file: played with ``<audio>``."""
    return attachment_kind(attachment) in AUDIO_KINDS


def is_video(attachment: str) -> bool:
    """Played with ``<video>``."""
    return attachment_kind(attachment) in VIDEO_KINDS


def is_fetchable(attachment: str) -> bool:
    """Whether :func:`fetch_attachment` can try it at all (a file of a known kind with a reference)."""
    kind, _, ref = attachment.partition(":")
    return kind.strip().lower() in FETCHABLE_KINDS and bool(ref.strip())


async def fetch_attachment(
    attachment: str,
    channels: Mapping[str, Channel],
    settings: Settings,
    *,
    max_bytes: int = MAX_BYTES,
) -> FetchedMedia:
    """The attachment's bytes and content type, fetched from its provider with our credentials.

    Raises :class:`MediaUnavailable` for an attachment of no fetchable kind, one whose channel is not configured,
    a Twilio URL outside our account on the configured API, one larger than ``max_bytes``, and any provider or
    network failure. The whole fetch, redirects included, takes at most :data:`FETCH_TIMEOUT` seconds."""
    kind, _, ref = attachment.partition(":")
    kind, ref = kind.strip().lower(), ref.strip()
    if kind not in FETCHABLE_KINDS or not ref:
        raise MediaUnavailable(f"not a file that can be fetched (type {kind or 'none'!r})")
    try:
        async with asyncio.timeout(FETCH_TIMEOUT):
            if ref.lower().startswith(("http://", "https://")):
                return await _fetch_twilio(ref, settings, max_bytes)
            return await _fetch_telegram(kind, ref, channels.get("telegram"), max_bytes)
    except TimeoutError:
        raise MediaUnavailable(
            f"the provider did not deliver the file within {FETCH_TIMEOUT:g} s", temporary=True
        ) from None


# --- Twilio ----------------------------------------------------------------------------------------------------


async def _fetch_twilio(ref: str, settings: Settings, max_bytes: int) -> FetchedMedia:
    if not settings.twilio_configured or settings.twilio_account_sid is None or settings.twilio_auth_token is None:
        raise MediaUnavailable("Twilio is not configured: its attachments cannot be fetched")
    api = URL(settings.twilio_api_url)
    try:
        url = URL(ref, encoded=True)
        if not _is_own_media(url, api, settings.twilio_account_sid):
            raise MediaUnavailable("not a media file of our Twilio account on the configured Twilio API")
    except ValueError:  # not a URL yarl can read (a bad port, say)
        raise MediaUnavailable("not a media file of our Twilio account on the configured Twilio API") from None
    credentials = f"{settings.twilio_account_sid}:{settings.twilio_auth_token.get_secret_value()}"
    authorization = "Basic " + base64.b64encode(credentials.encode()).decode("ascii")
    try:
        # A session of our own, not trusting proxy variables: as the twilio library's own HTTP client does.
        async with aiohttp.ClientSession() as session:
            return await _follow(session, url, _origin(api), authorization, max_bytes)
    except aiohttp.ClientError as error:  # its message would name the URL
        raise MediaUnavailable(f"Twilio could not be reached ({type(error).__name__})", temporary=True) from None


def _is_own_media(url: URL, api: URL, account_sid: str) -> bool:
    """``url`` is on the configured API's origin (scheme, host, port), carries no credentials of its own, and is a
    Media resource of our account: ``<api path>/2010-04-01/Accounts/<our sid>/Messages/<sid>/Media/<sid>``."""
    if url.user is not None or url.password is not None or url.query_string or _origin(url) != _origin(api):
        return False
    prefix = f"{api.raw_path.rstrip('/')}/{TWILIO_API_VERSION}/Accounts/{account_sid}/"
    path = url.raw_path
    return path.startswith(prefix) and _MEDIA_PATH.fullmatch(path.removeprefix(prefix)) is not None


def _origin(url: URL) -> tuple[str, str, int | None]:
    return (url.scheme.lower(), (url.host or "").lower(), url.port)


async def _follow(
    session: aiohttp.ClientSession, url: URL, api_origin: tuple[str, str, int | None], authorization: str, cap: int
) -> FetchedMedia:
    """GET ``url``, following Twilio's redirects by hand: the Basic auth goes to the API's origin only (never to
    the CDN it redirects to), and a redirect may not leave HTTPS for HTTP nor HTTP(S) for anything else."""
    for _ in range(MAX_REDIRECTS + 1):
        headers = {"Authorization": authorization} if _origin(url) == api_origin else {}
        async with session.get(url, headers=headers, allow_redirects=False) as response:
            if response.status in (301, 302, 303, 307, 308):
                url = _redirect_target(url, response.headers.get("Location"))
                continue
            if response.status == 401:
                raise MediaUnavailable("Twilio refused our credentials for this attachment")
            if response.status in (404, 410):
                raise MediaUnavailable("Twilio no longer has this attachment (deleted or expired)")
            if response.status != 200:
                temporary = response.status >= 500 or response.status == 429
                raise MediaUnavailable(f"Twilio answered HTTP {response.status}", temporary=temporary)
            if response.content_length is not None and response.content_length > cap:
                raise _too_large(cap)
            content = await _read_capped(response, cap)
            return FetchedMedia(content, response.content_type or OCTET_STREAM)
    raise MediaUnavailable("Twilio redirected too many times", temporary=True)


def _too_large(cap: int) -> MediaUnavailable:
    size = f"{cap // MB} MB" if cap % MB == 0 else f"{cap} bytes"
    return MediaUnavailable(f"the attachment is larger than {size}: not fetched")


def _redirect_target(current: URL, location: str | None) -> URL:
    if not location:
        raise MediaUnavailable("Twilio redirected without saying where")
    try:
        target = current.join(URL(location, encoded=True))
    except ValueError:
        raise MediaUnavailable("Twilio redirected to something that is not a URL") from None
    if target.scheme not in ("http", "https") or (current.scheme == "https" and target.scheme != "https"):
        raise MediaUnavailable("Twilio redirected to an insecure or non-HTTP location")
    return target


async def _read_capped(response: aiohttp.ClientResponse, cap: int) -> bytes:
    content = bytearray()
    async for chunk in response.content.iter_chunked(CHUNK):
        content.extend(chunk)
        if len(content) > cap:
            raise _too_large(cap)
    return bytes(content)


# --- Telegram --------------------------------------------------------------------------------------------------


async def _fetch_telegram(kind: str, file_id: str, channel: Channel | None, cap: int) -> FetchedMedia:
    if not isinstance(channel, TelegramChannel):
        raise MediaUnavailable("Telegram is not configured: its attachments cannot be fetched")
    try:
        await channel.start()
        file = await channel.bot.get_file(file_id)
        if file.file_size is not None and file.file_size > cap:
            raise _too_large(cap)
        # PTB reads a file_path that names a file on this machine from disk: only ever download from the Bot API.
        if not (file.file_path or "").startswith(f"{channel.bot.base_file_url}/"):
            raise MediaUnavailable("the Bot API gave no downloadable path for this attachment")
        data = await file.download_as_bytearray()
    except TelegramError as error:  # "Bad Request: invalid file_id", "file is too big", network errors...
        raise MediaUnavailable(
            f"Telegram could not give this attachment ({type(error).__name__})", temporary=_temporary(error)
        ) from None
    if len(data) > cap:
        raise _too_large(cap)
    return FetchedMedia(bytes(data), _telegram_type(kind, file.file_path))


def _temporary(error: TelegramError) -> bool:
    return not isinstance(error, BadRequest | Forbidden | InvalidToken)


def _telegram_type(kind: str, file_path: str | None) -> str:
    if kind in TELEGRAM_TYPES:
        return TELEGRAM_TYPES[kind]
    guessed = mimetypes.guess_type(URL(file_path).path)[0] if file_path else None
    return guessed or OCTET_STREAM
