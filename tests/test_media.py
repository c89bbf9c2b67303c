"""Workers' photos and voice notes fetched for the callers' console: aiohttp against the fake Twilio API (with its
redirect to the media CDN) and python-telegram-bot's ``Bot`` against the fake Bot API. No database."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from pydantic import SecretStr

import bot.media
from bot.channels.base import Channel
from bot.channels.telegram import TelegramChannel
from bot.media import (
    MAX_BYTES,
    FetchedMedia,
    MediaUnavailable,
    attachment_kind,
    fetch_attachment,
    is_fetchable,
    is_image,
    is_playable,
    is_video,
)
from bot.settings import Settings
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.telegram_api import create_app as create_fake_telegram
from tests.fakes.twilio_api import FakeTwilio
from tests.fakes.twilio_api import create_app as create_fake_twilio

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")
ACCOUNT, AUTH_TOKEN = "AC" + "1" * 32, "twilio-test-auth-token"
OTHER_ACCOUNT = "AC" + "2" * 32
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 40
OGG = b"OggS\x00\x02" + bytes(range(256)) * 64
VOICE_ID = "AwACAgEAAxkBAAMRadxVhyDt1UzZjtRYwurtScaW1nEAAlYMAALLFOFGULCJ6FV7qZU7BA"
PHOTO_ID = "AgACAgEAAxkBAAMSadxWBmgqIAe-pSf3H4Ul8yJ1PwADrq0xG8sU4UaPXqMPO2G8bAEAAwIAA3kAAzYE"


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:  # PTB's httpx follows proxy variables, even to 127.0.0.1
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("PTB_TIMEDELTA", "1")  # restored afterwards; TelegramChannel would set it for good


@dataclass
class Bystander:
    """A server that must never be asked anything (another host, or the CDN when it records what it got)."""

    url: str
    requests: list[web.Request] = field(default_factory=list)


@pytest.fixture
async def bystander() -> AsyncIterator[Bystander]:
    seen = Bystander("")

    async def record(request: web.Request) -> web.Response:
        seen.requests.append(request)
        return web.Response(body=b"not for you", content_type="image/jpeg")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", record)
    async with TestServer(app, host="127.0.0.1") as server:
        seen.url = str(server.make_url("")).rstrip("/")
        yield seen


@dataclass
class Twilio:
    fake: FakeTwilio
    url: str
    settings: Settings

    async def fetch(self, attachment: str, *, max_bytes: int = MAX_BYTES) -> FetchedMedia:
        return await fetch_attachment(attachment, {}, self.settings, max_bytes=max_bytes)


def twilio_settings(api_url: str, auth_token: str = AUTH_TOKEN) -> Settings:
    return Settings(
        twilio_account_sid=ACCOUNT,
        twilio_auth_token=SecretStr(auth_token),
        twilio_sms_from="+15550001111",
        twilio_api_url=api_url,
        telegram_token=None,
    )


@pytest.fixture
async def twilio() -> AsyncIterator[Twilio]:
    fake = FakeTwilio(ACCOUNT, AUTH_TOKEN)
    async with TestServer(create_fake_twilio(fake), host="127.0.0.1") as server:
        url = str(server.make_url("")).rstrip("/")
        yield Twilio(fake, url, twilio_settings(url))


def unavailable_without_naming(error: pytest.ExceptionInfo[MediaUnavailable], *secrets: str) -> None:
    for secret in secrets:
        assert secret not in str(error.value)


# --- the helpers the page uses ----------------------------------------------------------------------------------


def test_kinds_tell_the_page_which_element_to_use() -> None:
    assert attachment_kind("voice:AwACAg") == "voice"
    assert attachment_kind("image:https://api.twilio.com/2010-04-01/Accounts/AC1/x") == "image"
    assert attachment_kind("edited:") == "edited"
    assert is_image("photo:AgAC") and is_image("image:https://x") and not is_image("voice:AwAC")
    assert is_playable("voice:AwAC") and is_playable("audio:https://x") and not is_playable("photo:AgAC")
    assert is_video("video_note:DQAC") and not is_video("image:https://x")
    assert is_fetchable("document:BQAC") and is_fetchable("application:https://x")
    assert not is_fetchable("edited:") and not is_fetchable("location:geo:1.5,103.8") and not is_fetchable("voice:")


def test_only_plain_images_audio_and_video_are_shown_inline() -> None:
    assert FetchedMedia(b"", "image/jpeg").inline_safe and FetchedMedia(b"", "audio/ogg").inline_safe
    assert FetchedMedia(b"", "video/mp4").inline_safe
    assert not FetchedMedia(b"", "image/svg+xml").inline_safe and not FetchedMedia(b"", "text/html").inline_safe
    assert not FetchedMedia(b"", "application/pdf").inline_safe


# --- Twilio -----------------------------------------------------------------------------------------------------


async def test_twilio_image_and_voice_note_come_through_the_redirect_with_our_credentials(twilio: Twilio) -> None:
    photo = twilio.fake.add_media(JPEG, "image/jpeg")
    voice = twilio.fake.add_media(OGG, "audio/ogg", message_sid=photo.message_sid)

    image = await twilio.fetch(f"image:{twilio.url}{photo.path}")
    note = await twilio.fetch(f"audio:{twilio.url}{voice.path}")

    assert image == FetchedMedia(JPEG, "image/jpeg")
    assert note == FetchedMedia(OGG, "audio/ogg")
    expected = "Basic " + base64.b64encode(f"{ACCOUNT}:{AUTH_TOKEN}".encode()).decode()
    api_hops = [r for r in twilio.fake.media_requests if not r.cdn]
    cdn_hops = [r for r in twilio.fake.media_requests if r.cdn]
    assert [(r.media_sid, r.authorization, r.status) for r in api_hops] == [
        (photo.sid, expected, 302),
        (voice.sid, expected, 302),
    ]
    assert [(r.media_sid, r.status) for r in cdn_hops] == [(photo.sid, 200), (voice.sid, 200)]


async def test_twilio_credentials_never_follow_the_redirect_to_another_host(twilio: Twilio) -> None:
    async with TestServer(create_fake_twilio(twilio.fake), host="127.0.0.1") as cdn:  # the CDN: another port
        twilio.fake.media_cdn_url = str(cdn.make_url("")).rstrip("/")
        voice = twilio.fake.add_media(OGG, "audio/ogg", chunked=True)

        fetched = await twilio.fetch(f"audio:{twilio.url}{voice.path}")

    assert fetched == FetchedMedia(OGG, "audio/ogg")
    [api_hop, cdn_hop] = twilio.fake.media_requests
    assert not api_hop.cdn and api_hop.authorization is not None
    assert cdn_hop.cdn and cdn_hop.authorization is None


async def test_twilio_urls_outside_our_account_on_the_api_are_never_requested(
    twilio: Twilio, bystander: Bystander
) -> None:
    media = twilio.fake.add_media(JPEG, "image/jpeg")
    own_path = media.path
    refused = [
        f"{bystander.url}{own_path}",  # another host (here: another port)
        f"{twilio.url}{own_path.replace(ACCOUNT, OTHER_ACCOUNT)}",  # another account on the API
        f"{twilio.url}/2010-04-01/Accounts/{ACCOUNT}/Messages.json",  # our account, but not a media file
        f"{twilio.url}{own_path}/../../../../Messages.json",
        f"{twilio.url}{own_path}?redirect={bystander.url}",
        f"{twilio.url.replace('http://', f'http://{ACCOUNT}:x@')}{own_path}",
        f"https://{twilio.url.removeprefix('http://')}{own_path}",  # another scheme
        f"http://localhost:{twilio.url.rpartition(':')[2]}{own_path}",  # another host name for the same server
    ]
    for url in refused:
        with pytest.raises(MediaUnavailable) as error:
            await twilio.fetch(f"image:{url}")
        unavailable_without_naming(error, url, own_path, media.sid, AUTH_TOKEN)
    assert bystander.requests == []
    assert twilio.fake.media_requests == []


async def test_twilio_refusals_and_failures_are_media_unavailable(twilio: Twilio) -> None:
    media = twilio.fake.add_media(JPEG, "image/jpeg")
    url = f"{twilio.url}{media.path}"

    with pytest.raises(MediaUnavailable, match="credentials") as error:
        await fetch_attachment(f"image:{url}", {}, twilio_settings(twilio.url, auth_token="wrong"))
    unavailable_without_naming(error, url, media.sid)
    assert not error.value.temporary
    with pytest.raises(MediaUnavailable, match="no longer has") as error:
        await twilio.fetch(f"image:{url.replace(media.sid, 'ME' + '0' * 32)}")
    assert not error.value.temporary

    not_configured = Settings(twilio_account_sid=None, twilio_auth_token=None, twilio_api_url=twilio.url)
    with pytest.raises(MediaUnavailable, match="Twilio is not configured"):
        await fetch_attachment(f"image:{url}", {}, not_configured)
    assert [r.media_sid for r in twilio.fake.media_requests] == [media.sid, "ME" + "0" * 32]


async def test_twilio_media_over_the_cap_are_refused(twilio: Twilio) -> None:
    huge = twilio.fake.add_media(b"\0" * (MAX_BYTES + 1), "video/mp4")  # Content-Length says so
    with pytest.raises(MediaUnavailable, match="larger than 20 MB"):
        await twilio.fetch(f"video:{twilio.url}{huge.path}")

    streamed = twilio.fake.add_media(OGG, "audio/ogg", chunked=True)  # no Content-Length: counted as it comes
    with pytest.raises(MediaUnavailable, match="larger than 4096 bytes"):
        await twilio.fetch(f"audio:{twilio.url}{streamed.path}", max_bytes=4096)
    assert await twilio.fetch(f"audio:{twilio.url}{streamed.path}", max_bytes=len(OGG)) == FetchedMedia(
        OGG, "audio/ogg"
    )


async def test_a_slow_twilio_cdn_times_out(twilio: Twilio, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.media, "FETCH_TIMEOUT", 0.2)  # 15 s in production
    slow = twilio.fake.add_media(JPEG, "image/jpeg", delay=2)
    with pytest.raises(MediaUnavailable, match=r"within 0\.2 s") as error:
        await twilio.fetch(f"image:{twilio.url}{slow.path}")
    assert error.value.temporary


async def test_a_missing_content_type_is_octet_stream(twilio: Twilio, bystander: Bystander) -> None:
    async def untyped(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        await response.prepare(request)
        await response.write(b"%PDF-1.7")
        await response.write_eof()
        return response

    app = web.Application()
    app.router.add_get("/media-cdn/{media_sid}", untyped)
    async with TestServer(app, host="127.0.0.1") as cdn:
        twilio.fake.media_cdn_url = str(cdn.make_url("")).rstrip("/")
        media = twilio.fake.add_media(b"", "application/pdf")
        fetched = await twilio.fetch(f"document:{twilio.url}{media.path}")
    assert fetched == FetchedMedia(b"%PDF-1.7", "application/octet-stream")


# --- Telegram ---------------------------------------------------------------------------------------------------


@dataclass
class Telegram:
    fake: FakeTelegram
    channel: TelegramChannel
    settings: Settings

    async def fetch(self, attachment: str, *, max_bytes: int = MAX_BYTES) -> FetchedMedia:
        channels: dict[str, Channel] = {"telegram": self.channel}
        return await fetch_attachment(attachment, channels, self.settings, max_bytes=max_bytes)


@pytest.fixture
async def telegram() -> AsyncIterator[Telegram]:
    fake = FakeTelegram()
    async with TestServer(create_fake_telegram(fake), host="127.0.0.1") as server:
        url = str(server.make_url("")).rstrip("/")
        channel = TelegramChannel(fake.token, url)
        try:
            yield Telegram(fake, channel, Settings(telegram_token=SecretStr(fake.token), telegram_api_url=url))
        finally:
            await channel.close()


async def test_telegram_voice_note_and_photo_come_through_get_file(telegram: Telegram) -> None:
    telegram.fake.add_file(VOICE_ID, OGG, file_path="voice/file_3.oga")
    telegram.fake.add_file(PHOTO_ID, JPEG, file_path="photos/file_4.jpg")

    assert await telegram.fetch(f"voice:{VOICE_ID}") == FetchedMedia(OGG, "audio/ogg")
    assert await telegram.fetch(f"photo:{PHOTO_ID}") == FetchedMedia(JPEG, "image/jpeg")
    assert [call.params["file_id"] for call in telegram.fake.calls_to("getFile")] == [VOICE_ID, PHOTO_ID]
    assert telegram.fake.downloads == ["voice/file_3.oga", "photos/file_4.jpg"]


async def test_telegram_other_files_take_their_type_from_the_path(telegram: Telegram) -> None:
    telegram.fake.add_file("BQACAgEAAx-doc", b"%PDF-1.7", file_path="documents/file_5.pdf")
    telegram.fake.add_file("CAACAgIAAx-sticker", b"RIFF....WEBP", file_path="stickers/file_6.webp")
    telegram.fake.add_file("BQACAgEAAx-odd", b"?", file_path="documents/file_7")

    assert await telegram.fetch("document:BQACAgEAAx-doc") == FetchedMedia(b"%PDF-1.7", "application/pdf")
    assert await telegram.fetch("sticker:CAACAgIAAx-sticker") == FetchedMedia(b"RIFF....WEBP", "image/webp")
    assert await telegram.fetch("document:BQACAgEAAx-odd") == FetchedMedia(b"?", "application/octet-stream")


async def test_telegram_files_over_the_cap_are_refused_before_download(telegram: Telegram) -> None:
    telegram.fake.add_file(VOICE_ID, OGG, file_path="voice/file_3.oga")
    with pytest.raises(MediaUnavailable, match="larger than 1024 bytes"):
        await telegram.fetch(f"voice:{VOICE_ID}", max_bytes=1024)  # file_size from getFile says so

    telegram.fake.add_file("BAACAgEAAx-huge", b"\0" * (MAX_BYTES + 1), file_path="videos/file_8.mp4")
    with pytest.raises(MediaUnavailable, match="Telegram could not give") as error:
        await telegram.fetch("video:BAACAgEAAx-huge")  # the Bot API itself refuses: "file is too big"
    assert not error.value.temporary
    assert telegram.fake.downloads == []


async def test_telegram_unknown_file_is_unavailable_without_naming_it(telegram: Telegram) -> None:
    with pytest.raises(MediaUnavailable) as error:
        await telegram.fetch(f"voice:{VOICE_ID}")
    unavailable_without_naming(error, VOICE_ID, telegram.fake.token)
    assert not error.value.temporary


async def test_a_bot_api_answer_naming_a_file_on_this_machine_is_not_read(telegram: Telegram, tmp_path: Path) -> None:
    secret = tmp_path / "secret.key"
    secret.write_bytes(b"do not serve me")
    telegram.fake.add_file(VOICE_ID, b"x", file_path=str(secret))  # PTB would read an existing local path
    with pytest.raises(MediaUnavailable, match="no downloadable path"):
        await telegram.fetch(f"voice:{VOICE_ID}")


async def test_telegram_outage_is_temporary(telegram: Telegram) -> None:
    telegram.fake.add_file(VOICE_ID, OGG, file_path="voice/file_3.oga")
    await telegram.channel.start()
    telegram.fake.fail_next(None, 500)
    with pytest.raises(MediaUnavailable) as error:
        await telegram.fetch(f"voice:{VOICE_ID}")
    assert error.value.temporary
    assert await telegram.fetch(f"voice:{VOICE_ID}") == FetchedMedia(OGG, "audio/ogg")


# --- neither ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "attachment",
    [
        "edited:",
        "edited:AwACAgEAAxk",
        "location:geo:1.5,103.8",
        "location:1.5,103.8",
        "voice:",
        "",
        "hologram:AwACAgEAAxk",
    ],
)
async def test_attachments_of_no_fetchable_kind_are_refused(attachment: str, telegram: Telegram) -> None:
    with pytest.raises(MediaUnavailable, match="not a file that can be fetched"):
        await telegram.fetch(attachment)
    assert telegram.fake.calls == [] and telegram.fake.downloads == []


async def test_telegram_files_need_a_telegram_channel() -> None:
    with pytest.raises(MediaUnavailable, match="Telegram is not configured"):
        await fetch_attachment(f"voice:{VOICE_ID}", {}, Settings())
