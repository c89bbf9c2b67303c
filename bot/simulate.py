"""``callbacks simulate``: the whole system, headless, on a virtual clock, with simulated workers.

Scheduler, engine, storage and dispatcher are the real ones; only the workers and the clock are simulated.
Workers reply through the same inbound path as a channel webhook (stored first, deduplicated, then processed).
"""

from __future__ import annotations

import gc
import heapq
import itertools
import random
import resource
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select

from bot.channels.base import OutgoingMessage
from bot.channels.simulator import SimulatorChannel
from bot.clock import VirtualClock
from bot.enrollment import Enrollment, enroll, new_campaign
from bot.runtime import Runtime
from storage.inbound import IncomingMessage
from storage.reading import unread_total
from storage.tables import Case, Flag, Inbound, Outbox, Timer, outbox_waiting, table_of
from storage.tables import Conversation as ConversationRow

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # a Monday
TIMEZONE = "Asia/Jakarta"
QUANTUM = timedelta(seconds=300)  # events this close together are processed as one batch
ENROLL_BATCH = 1000
GC_YOUNG_THRESHOLD = 20_000  # objects allocated between young collections (Python's default: 700)
WINDOWS = (
    ("mon-fri 19:00-21:00",),
    ("mon-sun 08:00-10:00", "sat,sun 13:00-17:00"),
    ("mon-sun 00:00-23:59",),
    ("tue,thu 12:00-13:00",),
)
BEHAVIOURS = (
    "answers_all",
    "complains",
    "asks_person",
    "stops",
    "later_then_answers",
    "silent",
    "invalid_answers",
    "several_messages",
    "duplicates",
)
BENIGN = {
    "consent": "1",
    "retaliation": "2",
    "wages_paid": "1",
    "deductions": "2",
    "rest_day": "1",
    "overtime_forced": "2",
    "documents": "1",
    "fees_debt": "2",
    "free_to_leave": "1",
    "harassment": "2",
    "danger_now": "2",
    "child_workers": "2",
    "safe_to_complain": "1",
    "wants_contact": "2",
}
COMPLAINTS = {"retaliation": "1", "retaliation_kind": "3", "documents": "2", "fees_debt": "1", "rest_day": "3"}
OPEN_TEXTS = {
    "en": ("The canteen food is better now", "They kept my passport after the visit"),
    "id": ("Makanan kantin sekarang lebih baik", "Paspor saya ditahan oleh agen"),
    "my": ("စားသောက်ဆောင် အစားအစာ ပိုကောင်းလာတယ်", "ကျွန်တော့် နိုင်ငံကူးလက်မှတ်ကို သိမ်းထားတယ်"),
}
NATIVE_DIGITS = {"my": "၀၁၂၃၄၅၆၇၈၉"}


@dataclass(slots=True)
class SimulatedWorker:
    address: str
    language: str
    behaviour: str
    seed: int  # with the count of messages read, seeds this worker's draws: the same whatever order sends come in
    rng: random.Random  # one for all workers, reseeded per message (a Random each cost 2.4 KB per worker)
    conversation_id: int = 0
    messages_read: int = 0
    questions_seen: int = 0
    said_later: bool = False
    stop_at: int = 0
    never_clear: str = ""

    @staticmethod
    def draw_seed(rng: random.Random) -> int:
        """A worker's seed: its draws are seeded with it plus the count of messages read (fewer than 2^16)."""
        return rng.getrandbits(64) << 16

    def replies(self, message: OutgoingMessage) -> list[tuple[float, str]]:
        """(delay in seconds, text) pairs this worker sends in answer to ``message``."""
        purpose = message.purpose
        asking = purpose == "gate" or purpose.startswith(("question:", "reprompt:", "reminder"))
        if not asking or self.behaviour == "silent":
            return []
        self.messages_read += 1
        self.rng.seed(self.seed + self.messages_read)
        delay = self.rng.uniform(20, 240)
        question = purpose.split(":", 1)[1] if ":" in purpose else purpose
        if purpose.startswith("question:"):
            self.questions_seen += 1
        match self.behaviour:
            case "stops" if question == "gate" and self.stop_at == 0:
                return [(delay, "3")]
            case "stops" if self.questions_seen >= self.stop_at > 0:
                return [(delay, "STOP")]
            case "asks_person" if self.questions_seen >= 4:
                return [(delay, self.rng.choice(("HELP", "agent", "help")))]
            case "later_then_answers" if question == "gate" and not self.said_later:
                self.said_later = True
                return [(delay, self.rng.choice(("2", "later")))]
            case "invalid_answers" if purpose.startswith("question:") and self.questions_seen in (2, 5):
                if self.questions_seen == 5:
                    self.never_clear = question
                return [(delay, "hmm?"), (delay + 8, "what")]
            case "invalid_answers" if purpose.startswith("reprompt:") and question == self.never_clear:
                return [(delay, "??")]  # after two re-prompts the question is skipped
        if not message.buttons:  # an open question
            texts = OPEN_TEXTS.get(self.language, OPEN_TEXTS["en"])
            text = texts[1] if self.behaviour == "complains" else self.rng.choice((texts[0], "9"))
            if self.behaviour == "several_messages" and text != "9":
                words = text.split()
                cut = max(1, len(words) // 2)
                return [(delay, " ".join(words[:cut])), (delay + 5, " ".join(words[cut:]))]
            return [(delay, text)]
        return [(delay, self.closed_answer(question, message))]

    def closed_answer(self, question: str, message: OutgoingMessage) -> str:
        if question in ("gate", "reminder"):
            answer = "1"
        elif self.behaviour == "complains" and question in COMPLAINTS:
            answer = COMPLAINTS[question]
        elif question in BENIGN:
            answer = BENIGN[question] if self.rng.random() > 0.1 or question == "consent" else "9"
        else:
            answer = self.rng.choice([b.reply for b in message.buttons])
        digits = NATIVE_DIGITS.get(self.language)
        if digits and self.rng.random() < 0.5:
            answer = "".join(digits[int(c)] if c.isdigit() else c for c in answer)
        return answer


@dataclass
class Simulation:
    runtime: Runtime
    clock: VirtualClock
    channel: SimulatorChannel
    workers: dict[str, SimulatedWorker] = field(default_factory=dict)
    # (due, order, message, the first delivery of its provider id: a redelivery of the same webhook is not)
    queue: list[tuple[datetime, int, IncomingMessage, bool]] = field(default_factory=list)
    distinct_webhooks: int = 0  # provider ids delivered: counted, not kept (100,000 workers send 1.3 million)
    campaign_id: int = 0
    webhooks: int = 0
    counter: itertools.count[int] = field(default_factory=itertools.count)
    draws: random.Random = field(default_factory=random.Random)  # every worker's: reseeded before each reply

    def on_message(self, message: OutgoingMessage) -> None:
        worker = self.workers.get(message.address)
        if worker is None:
            return
        for delay, text in worker.replies(message):
            provider_id = f"SIM{self.campaign_id}-{next(self.counter):09d}"
            incoming = IncomingMessage("simulator", provider_id, worker.conversation_id, text)
            at = self.clock.now() + timedelta(seconds=delay)
            heapq.heappush(self.queue, (at, next(self.counter), incoming, True))
            if worker.behaviour == "duplicates":  # the provider delivers the same webhook twice
                heapq.heappush(self.queue, (at + timedelta(seconds=2), next(self.counter), incoming, False))

    async def deliver_due(self) -> int:
        now = self.clock.now()
        batch = []
        while self.queue and self.queue[0][0] <= now:
            _, _, message, first = heapq.heappop(self.queue)
            batch.append(message)
            self.distinct_webhooks += first
        if batch:
            self.webhooks += len(batch)
            await self.runtime.service.receive(batch)
        return len(batch)

    async def next_event(self) -> datetime | None:
        candidates = [self.queue[0][0]] if self.queue else []
        async with self.runtime.db.sessions() as session:
            timer = (await session.exec(select(func.min(Timer.available_at)))).one()  # indexed; a claim moves it
            outbox = (
                await session.exec(select(func.min(Outbox.next_attempt_at)).where(outbox_waiting(table_of(Outbox))))
            ).one()
        candidates += [t for t in (timer, outbox) if t is not None]
        return min(candidates) if candidates else None

    async def run(self) -> None:
        """Rounds of: workers' replies that are due, due timers, then the outbox. A round repeats only while
        a batch came back full; new replies and timers always lie in the future, so the clock then moves on."""
        batch = min(self.runtime.scheduler.batch, self.runtime.dispatcher.batch)
        while True:
            delivered = await self.deliver_due()
            fired = await self.runtime.scheduler.run_once()
            sent = await self.runtime.dispatcher.run_once()
            await self.runtime.count_work(delivered + fired + sent)
            if delivered >= 5000 or fired >= batch or sent >= batch:
                continue
            upcoming = await self.next_event()
            if upcoming is None:
                return
            self.clock.advance_to(upcoming + QUANTUM)


async def simulate(
    database_url: str, secret_key: str, *, workers: int, seed: int, sqlite_on_loop: bool = True
) -> dict[str, Any]:
    started = time.perf_counter()
    clock = VirtualClock(START)
    channel = SimulatorChannel(keep_log=False)
    # Nothing else runs on the loop (no webhooks to answer): SQLite's calls are made on it, not handed to a thread.
    runtime = Runtime.build(database_url, secret_key, {channel.name: channel}, clock, sqlite_on_loop=sqlite_on_loop)
    runtime.freeze_loaded_data()
    thresholds = gc.get_threshold()
    # A batch run, not a server answering webhooks: fewer, larger young collections (each step allocates
    # thousands of short-lived objects; with the default 700 the collector ran 3,500 times per 2,000 workers).
    gc.set_threshold(GC_YOUNG_THRESHOLD, *thresholds[1:])
    try:
        simulation = Simulation(runtime, clock, channel)
        channel.subscribe(simulation.on_message)
        await _enroll(simulation, workers, seed)
        await simulation.run()
        report = await _report(simulation, workers)
    finally:
        gc.set_threshold(*thresholds)
        await runtime.close()
    report["wall_seconds"] = round(time.perf_counter() - started, 2)
    report["messages_per_second"] = round((report["messages_in"] + report["messages_out"]) / report["wall_seconds"], 1)
    report["peak_memory_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    report["virtual_days"] = round((clock.now() - START) / timedelta(days=1), 2)
    return report


async def _enroll(simulation: Simulation, count: int, seed: int) -> None:
    runtime = simulation.runtime
    rng = random.Random(seed)
    languages = [code for code in ("en", "id", "my") if code in runtime.locales.languages] or ["en"]
    campaign = await new_campaign(runtime, name=f"Simulation seed {seed}", timezone=TIMEZONE, organisation="Simulation")
    for start in range(0, count, ENROLL_BATCH):
        batch = []
        for index in range(start, min(count, start + ENROLL_BATCH)):
            worker = SimulatedWorker(
                address=f"sim-{seed}-{index}",
                language=rng.choice(languages),
                behaviour=BEHAVIOURS[index % len(BEHAVIOURS)],
                seed=SimulatedWorker.draw_seed(rng),
                rng=simulation.draws,
            )
            worker.stop_at = rng.choice((0, 3, 8))
            simulation.workers[worker.address] = worker
            batch.append(Enrollment("simulator", worker.language, rng.choice(WINDOWS), address=worker.address))
        ids = await enroll(runtime, campaign, batch)
        simulation.campaign_id = campaign.id or 0
        for enrollment, conversation_id in zip(batch, ids, strict=True):
            assert enrollment.address is not None
            simulation.workers[enrollment.address].conversation_id = conversation_id


async def _report(simulation: Simulation, workers: int) -> dict[str, Any]:
    """Counts for this run's campaign only, so a database that already holds data reports correctly."""
    campaign = simulation.campaign_id
    ours = select(ConversationRow.id).where(ConversationRow.campaign_id == campaign)
    async with simulation.runtime.db.sessions() as session:
        statuses = dict(
            (
                await session.exec(
                    select(ConversationRow.status, func.count())
                    .where(ConversationRow.campaign_id == campaign)
                    .group_by(ConversationRow.status)
                )
            ).all()
        )
        inbound = select(func.count()).select_from(Inbound).where(col(Inbound.conversation_id).in_(ours))
        messages_in = (await session.exec(inbound)).one()
        processed = (await session.exec(inbound.where(col(Inbound.processed_at).is_not(None)))).one()
        outbound = select(func.count()).select_from(Outbox).where(col(Outbox.conversation_id).in_(ours))
        messages_out = (await session.exec(outbound.where(Outbox.status == "sent"))).one()
        rescheduled = (
            await session.exec(
                select(func.count(func.distinct(Outbox.conversation_id))).where(
                    Outbox.purpose == "later", col(Outbox.conversation_id).in_(ours)
                )
            )
        ).one()
        flags = dict(
            (
                await session.exec(
                    select(Flag.category, func.count()).where(Flag.campaign_id == campaign).group_by(Flag.category)
                )
            ).all()
        )
        cases = dict(
            (
                await session.exec(
                    select(Case.severity, func.count()).where(Case.campaign_id == campaign).group_by(Case.severity)
                )
            ).all()
        )
        to_read = await unread_total(session, campaign)
    finished = {"completed", "with_caller", "opted_out", "expired"}
    return {
        "workers": workers,
        "completed": statuses.get("completed", 0),
        "escalated": statuses.get("with_caller", 0),
        "opted_out": statuses.get("opted_out", 0),
        "expired": statuses.get("expired", 0),
        "unfinished": sum(n for status, n in statuses.items() if status not in finished),
        "rescheduled": rescheduled,
        "messages_in": messages_in,
        "messages_out": messages_out,
        "duplicates_sent": simulation.channel.duplicates,
        "duplicate_webhooks": simulation.webhooks - simulation.distinct_webhooks,
        "lost": simulation.distinct_webhooks - processed,
        "flags_by_category": dict(sorted(flags.items())),
        "cases_by_severity": dict(sorted(cases.items())),
        "unread_open_answers": to_read,
    }
