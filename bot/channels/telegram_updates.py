"""Telegram webhook bodies -> :mod:`bot.channels.inbound` values.

python-telegram-bot reads the update (``Update.de_json``); this module only decides what it means for us:

- ``message`` / ``edited_message`` -> :class:`InboundMessage` (``edited=True`` for an edit). Text is the text or
  the caption (``""`` when neither). Attachments become :class:`Media`: the largest ``photo``, ``voice``,
  ``audio``, ``video``, ``video_note``, ``document``, ``sticker`` (by ``file_id``) and ``location`` (a ``geo:``
  URI). ``/start <payload>`` sets ``start_payload``.
- ``callback_query`` (an inline button) -> :class:`InboundMessage` whose text is the button's data, with
  ``callback_query_id`` set (it must be answered). A button under an inline-mode message has no chat to answer
  into and is :class:`Ignored` (we never send inline-mode messages).
- ``my_chat_member`` in a private chat: ``kicked`` -> :class:`ChatBlocked` ``blocked=True`` (the worker blocked
  the bot), ``member`` -> ``blocked=False``; any other change is :class:`Ignored`.
- anything else (inline queries, channel posts, an update with nothing in it) -> :class:`Ignored`.
- not a JSON object, no integer ``update_id``, a chat id that is no integer, or a body PTB cannot read ->
  :class:`Rejected`.

``provider_id`` is always ``str(update_id)``: Telegram redelivers an update with the same ``update_id``.

**Chats that are not private.** Messages and button presses from groups, supergroups and channels are still
returned as :class:`InboundMessage` (the payload corpus expects a group photo to parse as a message), with the
chat id as ``address``. Such ids are negative and are never a worker's address, so they match nobody; and they
never carry a ``start_payload``, so a group can never enrol. Forwarded messages never carry one either.

**Old samples.** Telegram has sent ``User.is_bot``, ``Chat.type``, ``CallbackQuery.chat_instance`` and the
modern ``Sticker`` fields for years, and PTB 22 requires them; published samples from before that (including
Telegram's own webhook guide) lack them. :func:`_with_legacy_defaults` fills only what is missing, so real
updates reach PTB unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import telegram
from telegram.constants import ChatMemberStatus, ChatType

from bot.channels.inbound import ChatBlocked, Ignored, InboundMessage, Media, Parsed, Rejected

CHANNEL = "telegram"

# Fields PTB 22 requires that old captures lack, by the JSON key that holds the object: setdefault only.
_LEGACY_DEFAULTS: Mapping[str, Mapping[str, object]] = {
    "from": {"is_bot": False},
    "user": {"is_bot": False},
    "callback_query": {"chat_instance": ""},
    "sticker": {"file_unique_id": "", "is_animated": False, "is_video": False, "type": "regular"},
}


def parse_update(data: object, bot: telegram.Bot) -> Parsed:
    """Classify one decoded webhook body. Never raises."""
    if not isinstance(data, dict):
        return Rejected("update is not a JSON object")
    update_id = data.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        return Rejected("update has no integer update_id")
    try:
        update = telegram.Update.de_json(_with_legacy_defaults(data), bot)
        return _classify(update, str(update_id))
    except Exception as error:  # a body PTB cannot read; the reason names no personal data
        return Rejected(f"malformed update ({type(error).__name__})")


def _classify(update: telegram.Update, provider_id: str) -> Parsed:
    if update.message is not None:
        return _message(update.message, provider_id, edited=False)
    if update.edited_message is not None:
        return _message(update.edited_message, provider_id, edited=True)
    if update.callback_query is not None:
        return _callback(update.callback_query, provider_id)
    if update.my_chat_member is not None:
        return _membership(update.my_chat_member, provider_id)
    kinds = [key for key in update.to_dict() if key != "update_id"]
    return Ignored(f"update type not handled: {', '.join(kinds) or 'empty'}")


def _message(message: telegram.Message, provider_id: str, *, edited: bool) -> Parsed:
    if not _is_id(message.chat.id):
        return Rejected("chat id is not an integer")
    private = message.chat.type == ChatType.PRIVATE
    forwarded = message.forward_origin is not None or "forward_date" in message.api_kwargs  # legacy forwards
    return InboundMessage(
        channel=CHANNEL,
        provider_id=provider_id,
        address=str(message.chat.id),
        text=message.text or message.caption or "",
        media=_media(message),
        start_payload=_start_payload(message.text) if private and not forwarded else None,
        edited=edited,
    )


def _callback(query: telegram.CallbackQuery, provider_id: str) -> Parsed:
    if query.message is None:
        return Ignored("button under an inline-mode message: no chat")
    if not _is_id(query.message.chat.id):
        return Rejected("chat id is not an integer")
    return InboundMessage(
        channel=CHANNEL,
        provider_id=provider_id,
        address=str(query.message.chat.id),
        text=query.data or "",
        callback_query_id=query.id,
    )


def _membership(change: telegram.ChatMemberUpdated, provider_id: str) -> Parsed:
    if change.chat.type != ChatType.PRIVATE:
        return Ignored("bot membership changed in a chat that is not private")
    if not _is_id(change.chat.id):
        return Rejected("chat id is not an integer")
    status = change.new_chat_member.status
    if status not in (ChatMemberStatus.BANNED, ChatMemberStatus.MEMBER):  # BANNED is "kicked"
        return Ignored(f"bot membership changed to {status}")
    return ChatBlocked(
        channel=CHANNEL,
        provider_id=provider_id,
        address=str(change.chat.id),
        blocked=status == ChatMemberStatus.BANNED,
    )


def _is_id(value: object) -> bool:
    """Telegram ids are integers (below 2^52); anything else in their place is no chat we could write to."""
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**63


def _start_payload(text: str | None) -> str | None:
    """``"/start abc"`` -> ``"abc"``; a bare ``/start`` (or any other text) -> None."""
    command, _, rest = (text or "").partition(" ")
    if command != "/start" and not command.startswith("/start@"):
        return None
    return rest.strip() or None


def _media(message: telegram.Message) -> tuple[Media, ...]:
    found: list[Media] = []
    if message.photo:
        largest = max(message.photo, key=lambda size: size.width * size.height)
        found.append(Media(type="photo", file_id=largest.file_id))
    for kind, item in (
        ("voice", message.voice),
        ("audio", message.audio),
        ("video", message.video),
        ("video_note", message.video_note),
        ("document", message.document),
        ("sticker", message.sticker),
    ):
        if item is not None:
            found.append(Media(type=kind, file_id=item.file_id, content_type=getattr(item, "mime_type", None)))
    if message.location is not None:
        found.append(Media(type="location", url=f"geo:{message.location.latitude},{message.location.longitude}"))
    return tuple(found)


def _with_legacy_defaults(node: Any, key: str | None = None) -> Any:
    """A copy of ``node`` with :data:`_LEGACY_DEFAULTS` (and ``Chat.type`` of a user's chat) filled in."""
    if isinstance(node, list):
        return [_with_legacy_defaults(item) for item in node]
    if not isinstance(node, dict):
        return node
    copy = {name: _with_legacy_defaults(value, name) for name, value in node.items()}
    for name, default in _LEGACY_DEFAULTS.get(key or "", {}).items():
        copy.setdefault(name, default)
    chat_id = copy.get("id")
    if key == "chat" and "type" not in copy and isinstance(chat_id, int) and chat_id > 0:
        copy["type"] = ChatType.PRIVATE.value  # positive chat ids are users, and a user's chat is private
    return copy
