"""Fluent messages and word lists, one folder per language code. Data only; ``bot.i18n`` loads them."""
