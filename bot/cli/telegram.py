"""``callbacks telegram set-webhook``: register the webhook with its secret token."""

from __future__ import annotations

import argparse
import asyncio

from bot.settings import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    telegram = commands.add_parser("telegram", help="Telegram").add_subparsers(title="telegram commands")
    webhook = telegram.add_parser("set-webhook", help="register CALLBACKS_PUBLIC_URL/webhooks/telegram with a secret")
    webhook.set_defaults(run=_telegram_set_webhook)


def _telegram_set_webhook(args: argparse.Namespace) -> int:
    from bot.admin import set_telegram_webhook

    print(f"webhook set: {asyncio.run(set_telegram_webhook(Settings()))}")
    return 0
