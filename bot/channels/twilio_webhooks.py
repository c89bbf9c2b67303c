"""Twilio webhooks: inbound SMS/WhatsApp messages, status callbacks, and the X-Twilio-Signature check.

The parsers take the posted form (a dict, or the ``MultiDictProxy`` from aiohttp's ``await request.post()``)
and never raise: anything malformed becomes :class:`Rejected` with a reason that holds no phone number or
message text. Unknown fields are ignored, since Twilio adds new ones without notice; the signature is checked
over *all* posted fields (see :func:`signature_is_valid`).
"""

from __future__ import annotations

import math
import mimetypes
import re
from collections.abc import Mapping

from twilio.request_validator import RequestValidator

from bot.channels.inbound import InboundMessage, Media, Parsed, Rejected, StatusUpdate

Form = Mapping[str, object]
"""Posted form fields. Values that are not strings (an aiohttp ``FileField``, a JSON null) count as absent."""

CHANNELS = frozenset({"sms", "whatsapp"})
WHATSAPP_PREFIX = "whatsapp:"

KNOWN_STATUSES = frozenset(
    {
        "queued",
        "accepted",
        "scheduled",
        "sending",
        "sent",
        "delivered",
        "read",
        "undelivered",
        "failed",
        "canceled",
        "partially_delivered",
        "receiving",
        "received",
    }
)
_INBOUND_STATUSES = frozenset({"receiving", "received"})

_MEDIA_URL_KEY = re.compile(r"MediaUrl(\d{1,3})")


def parse_inbound(form: Form, channel: str) -> Parsed:
    """An inbound message webhook posted to the ``channel`` ("sms" or "whatsapp") endpoint."""
    if channel not in CHANNELS:
        return Rejected("unknown Twilio channel")
    status = (_field(form, "MessageStatus") or _field(form, "SmsStatus") or "").lower()
    if status and status not in _INBOUND_STATUSES:
        return Rejected("a status callback, not an inbound message")
    provider_id = _field(form, "MessageSid") or _field(form, "SmsSid")
    if provider_id is None:
        return Rejected("no MessageSid")
    sender = _field(form, "From")
    if sender is None:
        return Rejected("no From")
    if sender.lower().startswith(WHATSAPP_PREFIX):
        if channel != "whatsapp":
            return Rejected("a WhatsApp sender posted to the SMS endpoint")
        sender = sender[len(WHATSAPP_PREFIX) :].strip()
        if not sender:
            return Rejected("an empty WhatsApp sender")

    body = _field(form, "Body", strip=False)
    button = (_field(form, "ButtonPayload") or _field(form, "ButtonText")) if channel == "whatsapp" else None
    media = (*_media(form), *_location(form))
    if body is None and button is None and not media:
        return Rejected("no Body, media or location")
    return InboundMessage(
        channel=channel, provider_id=provider_id, address=sender, text=button or body or "", media=media
    )


def parse_status(form: Form) -> Parsed:
    """A status callback for a message we sent."""
    provider_id = _field(form, "MessageSid") or _field(form, "SmsSid")
    if provider_id is None:
        return Rejected("no MessageSid")
    status = (_field(form, "MessageStatus") or _field(form, "SmsStatus") or "").lower()
    if not status:
        return Rejected("no MessageStatus")
    if status not in KNOWN_STATUSES:
        return Rejected("unknown MessageStatus")
    addresses = (_field(form, "To") or "", _field(form, "From") or "")
    is_whatsapp = _field(form, "ChannelPrefix") == "whatsapp" or any(
        address.lower().startswith(WHATSAPP_PREFIX) for address in addresses
    )
    return StatusUpdate(
        channel="whatsapp" if is_whatsapp else "sms",
        provider_id=provider_id,
        status=status,
        error_code=_field(form, "ErrorCode"),
    )


def public_url(base: str, path: str, query_string: str) -> str:
    """The URL Twilio signed: the configured public base URL plus the request's path and query string.

    Pass the raw (still percent-encoded) parts as received, e.g. ``request.rel_url.raw_path`` and
    ``request.rel_url.raw_query_string`` in aiohttp: Twilio signs the URL exactly as it was configured.
    """
    url = base.rstrip("/") + "/" + path.lstrip("/")
    return f"{url}?{query_string}" if query_string else url


def signature_is_valid(auth_token: str, url: str, form: Form, signature: str) -> bool:
    """Check ``X-Twilio-Signature`` with twilio's own RequestValidator, over all posted fields.

    Pass aiohttp's ``MultiDictProxy`` itself rather than ``dict(form)``: RequestValidator reads repeated keys
    with ``getall``, and a dict would keep only one of their values. ``url`` comes from :func:`public_url`.
    """
    if not auth_token or not signature:
        return False
    try:
        return bool(RequestValidator(auth_token).validate(url, form, signature))
    except (TypeError, ValueError, AttributeError):  # non-string values, e.g. a file upload
        return False


def _field(form: Form, name: str, *, strip: bool = True) -> str | None:
    """A posted field's value; None when it is absent or not a string, and (when stripping) when it is blank."""
    value = form.get(name)
    if not isinstance(value, str):
        return None
    if not strip:
        return value
    return value.strip() or None


def _media(form: Form) -> tuple[Media, ...]:
    """MediaUrlN/MediaContentTypeN in index order, whatever order the fields were posted in and whatever
    NumMedia says. A missing content type stays None; the type is then guessed from the URL's extension."""
    indexes = sorted({int(match.group(1)) for key in form if (match := _MEDIA_URL_KEY.fullmatch(key))})
    media = []
    for index in indexes:
        url = _field(form, f"MediaUrl{index}")
        if url is None:
            continue
        content_type = _field(form, f"MediaContentType{index}")
        guessed = content_type or mimetypes.guess_type(url.split("?", 1)[0])[0]
        kind = guessed.split("/", 1)[0].lower() if guessed else "document"
        media.append(Media(type=kind, url=url, content_type=content_type))
    return tuple(media)


def _location(form: Form) -> tuple[Media, ...]:
    """A shared WhatsApp location as ``Media(type="location", file_id="lat,lng")``, the coordinates verbatim.
    Address and Label are dropped: they are free text (possibly personal) and nothing needs them."""
    latitude, longitude = _field(form, "Latitude"), _field(form, "Longitude")
    if latitude is None or longitude is None:
        return ()
    try:
        lat, lng = float(latitude), float(longitude)
    except ValueError:
        return ()
    if not (math.isfinite(lat) and math.isfinite(lng) and -90 <= lat <= 90 and -180 <= lng <= 180):
        return ()
    return (Media(type="location", file_id=f"{latitude},{longitude}"),)
