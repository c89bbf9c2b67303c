"""The channels this deployment has credentials for (the simulator is always there)."""

from __future__ import annotations

from bot.channels.base import Channel
from bot.channels.simulator import SimulatorChannel
from bot.channels.telegram import TelegramChannel
from bot.channels.twilio import TwilioChannel, TwilioSettings
from bot.clock import Clock
from bot.settings import Settings


def configured_channels(settings: Settings, clock: Clock) -> dict[str, Channel]:
    channels: dict[str, Channel] = {"simulator": SimulatorChannel(keep_log=False)}
    if settings.telegram_configured:
        channels["telegram"] = telegram_channel(settings)
    if settings.twilio_configured:
        twilio = twilio_settings(settings)
        if settings.twilio_sms_from:
            channels["sms"] = TwilioChannel("sms", twilio, clock)
        if settings.twilio_whatsapp_from:
            channels["whatsapp"] = TwilioChannel("whatsapp", twilio, clock)
    return channels


def telegram_channel(settings: Settings) -> TelegramChannel:
    if not settings.telegram_configured or settings.telegram_token is None:
        raise SystemExit("Telegram is not configured: set CALLBACKS_TELEGRAM_TOKEN (and CALLBACKS_TELEGRAM_API_URL)")
    return TelegramChannel(settings.telegram_token.get_secret_value(), settings.telegram_api_url)


def twilio_settings(settings: Settings) -> TwilioSettings:
    assert settings.twilio_account_sid is not None and settings.twilio_auth_token is not None
    return TwilioSettings(
        account_sid=settings.twilio_account_sid,
        auth_token=settings.twilio_auth_token.get_secret_value(),
        api_url=settings.twilio_api_url,
        public_url=settings.public_url,
        sms_from=settings.twilio_sms_from,
        whatsapp_from=settings.twilio_whatsapp_from,
        whatsapp_templates=settings.twilio_whatsapp_templates,
        whatsapp_template_fallback=settings.twilio_whatsapp_template_fallback,
    )
