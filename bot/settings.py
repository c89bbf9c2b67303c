"""Configuration from ``CALLBACKS_*`` environment variables (DESIGN.md section 8)."""

from __future__ import annotations

from datetime import timedelta

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.ratelimit import DEFAULT_PACES, Pace
from conversations.vocabulary import Severity
from storage.steps import CASE_DEADLINES

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./callbacks.db"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CALLBACKS_", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    secret_key: SecretStr | None = None
    public_url: str = "http://127.0.0.1:8080"

    telegram_token: SecretStr | None = None
    telegram_webhook_secret: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org"

    twilio_account_sid: str | None = None
    twilio_auth_token: SecretStr | None = None
    twilio_sms_from: str | None = None
    twilio_whatsapp_from: str | None = None
    twilio_api_url: str = "https://api.twilio.com"
    twilio_whatsapp_templates: dict[str, str] = {}  # JSON: {"en": "HX...", "id": "HX..."} approved ContentSids
    twilio_whatsapp_template_fallback: str | None = "en"  # used (and noted on the message) when a language has none

    telegram_link_days: int = 30  # how long a Telegram enrollment link works

    # Sending pace per channel: {"telegram": [30, 1.0]} = 30 messages/s and 1 s between two to one recipient.
    send_paces: dict[str, tuple[float, float]] = {}
    give_up_after_hours: float = 24  # a message still unsent after this is marked failed, with the reason

    # How soon a case must be worked, per severity, in hours: {"P0": 1, "P1": 72, "P2": 336}.
    case_deadline_hours: dict[Severity, float] = {}
    callers_telegram_chat: str | None = None  # a Telegram chat where unclaimed P0 cases are announced
    results_delay_days: int = 0  # clients see a campaign's results this many days after its contact period ends

    # Operations: /metrics answers only with this bearer token (404 without one), or on its own port.
    metrics_token: SecretStr | None = None
    metrics_port: int | None = None  # a separate listener serving only /metrics, without a token
    metrics_host: str = "127.0.0.1"
    log_format: str = "text"  # text | json (one JSON object per line)
    log_level: str = "INFO"

    def require_secret_key(self) -> str:
        if self.secret_key is None or not self.secret_key.get_secret_value():
            raise SystemExit(
                "CALLBACKS_SECRET_KEY is not set. It encrypts workers' phone numbers and chat ids; set it to a long "
                "random value (e.g. `python -c 'import secrets; print(secrets.token_urlsafe(32))'`) and keep it."
            )
        return self.secret_key.get_secret_value()

    @property
    def telegram_configured(self) -> bool:
        return self.telegram_token is not None and bool(self.telegram_token.get_secret_value())

    @property
    def twilio_configured(self) -> bool:
        return bool(self.twilio_account_sid and self.twilio_auth_token and self.twilio_auth_token.get_secret_value())

    def case_deadlines(self) -> dict[Severity, timedelta]:
        hours = {**{s: d.total_seconds() / 3600 for s, d in CASE_DEADLINES.items()}, **self.case_deadline_hours}
        return {severity: timedelta(hours=h) for severity, h in hours.items()}

    def paces(self) -> dict[str, Pace]:
        paces = dict(DEFAULT_PACES)
        for channel, (per_second, gap) in self.send_paces.items():
            paces[channel] = Pace(per_second=per_second, per_recipient_gap=gap)
        return paces
