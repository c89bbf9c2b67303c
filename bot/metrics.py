"""Prometheus metrics. What happens in a process (messages stored, sends, 429s, retries, reply waits) is counted
where it happens, in this process's :data:`PROCESS` registry; what describes the database (the outbox, timers,
cases, the reading list, heartbeats) is read at scrape time, so every process reports the same figures.

Labels are channel names, outcomes, severities and roles only: never an address, a chat id or a message."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector

from conversations.categories import Severity
from storage.database import Database
from storage.heartbeats import latest_beats
from storage.metrics import DatabaseGauges, database_gauges

PROCESS = CollectorRegistry()

INBOUND = Counter(
    "callbacks_inbound_messages",
    "Messages from workers stored by this process (redeliveries not counted), by channel.",
    ["channel"],
    registry=PROCESS,
)
SENDS = Counter(
    "callbacks_sends",
    "Send attempts made by this process, by channel and outcome (sent, retry, failed).",
    ["channel", "outcome"],
    registry=PROCESS,
)
RATE_LIMITED = Counter(
    "callbacks_provider_rate_limited",
    "Sends the provider refused as too many (HTTP 429, Telegram flood control), by channel.",
    ["channel"],
    registry=PROCESS,
)
RETRIES = Counter(
    "callbacks_send_retries",
    "Send attempts that were not a message's first, by channel.",
    ["channel"],
    registry=PROCESS,
)
REPLY_LATENCY = Histogram(
    "callbacks_reply_latency_seconds",
    "From a worker's message being stored to the bot's reply to it being sent (observed by the dispatcher).",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800),
    registry=PROCESS,
)


def count_inbound(channels: Iterable[str]) -> None:
    for channel in channels:
        INBOUND.labels(channel=channel).inc()


async def exposition(db: Database, now: datetime) -> bytes:
    """This process's counters and the database's gauges, in the Prometheus text format. A database that does
    not answer is reported (``callbacks_database_up 0``) rather than failing the scrape."""
    try:
        async with db.sessions() as session:
            gauges: DatabaseGauges | None = await database_gauges(session, now)
            beats = await latest_beats(session)
    except Exception:
        gauges, beats = None, {}
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Scrape(gauges, {role: (now - at).total_seconds() for role, at in beats.items()}))
    return generate_latest(registry)


class _Scrape(Collector):
    def __init__(self, gauges: DatabaseGauges | None, heartbeat_ages: dict[str, float]) -> None:
        self.gauges, self.heartbeat_ages = gauges, heartbeat_ages

    def collect(self) -> Iterator[Metric]:
        yield from PROCESS.collect()
        yield _gauge("callbacks_database_up", "1 when the database answered this scrape.", int(self.gauges is not None))
        if self.gauges is None:
            return
        g = self.gauges
        yield _gauge("callbacks_outbox_depth", "Outbox rows not sent yet (pending or being sent).", g.outbox_depth)
        yield _gauge(
            "callbacks_outbox_oldest_due_age_seconds",
            "How long the outbox row that has been due longest has waited; 0 when nothing is due.",
            g.outbox_oldest_due_seconds,
        )
        yield _gauge(
            "callbacks_inbound_unprocessed", "Workers' messages stored and not processed yet.", g.inbound_unprocessed
        )
        yield _gauge(
            "callbacks_inbound_oldest_unprocessed_age_seconds",
            "Since the oldest unprocessed message was stored; 0 when none waits.",
            g.inbound_oldest_unprocessed_seconds,
        )
        yield _gauge("callbacks_timers_due", "Timers due now and not yet taken by a scheduler.", g.timers_due)
        yield _gauge("callbacks_timers_late", "Timers due more than a minute ago and still not taken.", g.timers_late)
        open_cases = GaugeMetricFamily("callbacks_cases_open", "Open or held cases, by severity.", labels=["severity"])
        oldest = GaugeMetricFamily(
            "callbacks_case_oldest_open_age_seconds", "Age of the oldest open case, by severity.", labels=["severity"]
        )
        for severity in sorted({*Severity, *g.cases_open}):  # every severity, 0 when none is open: alerts can compare
            open_cases.add_metric([severity], g.cases_open.get(severity, 0))
            oldest.add_metric([severity], g.cases_oldest_open_seconds.get(severity, 0.0))
        yield open_cases
        yield oldest
        yield _gauge("callbacks_reading_list_unread", "Free answers waiting to be read.", g.reading_list_unread)
        ages = GaugeMetricFamily(
            "callbacks_heartbeat_age_seconds",
            "Since the freshest heartbeat of each background loop, whichever process wrote it.",
            labels=["role"],
        )
        for role in sorted(self.heartbeat_ages):
            ages.add_metric([role], self.heartbeat_ages[role])
        yield ages


def _gauge(name: str, documentation: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, value=value)
