"""A finished campaign for the demo's client: simulated workers run through the real service on a virtual clock
(every answer, flag and case made by ``step()``), most cases closed by a caller, then the campaign closed."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from bot.campaign_status import change_campaign_status
from bot.channels.simulator import SimulatorChannel
from bot.clock import VirtualClock
from bot.enrollment import Enrollment, enroll, new_campaign
from bot.runtime import Runtime
from bot.simulate import BEHAVIOURS, WINDOWS, SimulatedWorker, Simulation
from conversations.events import CaseClosed
from storage.cases import change_case
from storage.tables import Campaign, Case

FINISHED_WORKERS = 120
WAVES = 3
CLOSED_SHARE = 0.75  # of the cases, closed by a caller; the rest are still being worked


async def add_finished_campaign(
    url: str, secret: str, *, organisation: str, timezone: str, today: date, seed: int = 7
) -> Campaign:
    """Contacts began four weeks before ``today`` and ended a week before it."""
    zone = ZoneInfo(timezone)
    starts_on = today - timedelta(days=28)
    start = datetime.combine(starts_on, time(9, 0), tzinfo=zone)
    clock = VirtualClock(start)
    channel = SimulatorChannel(keep_log=False)
    runtime = Runtime.build(url, secret, {channel.name: channel}, clock)
    try:
        campaign = await new_campaign(
            runtime,
            name="Spring callbacks",
            timezone=timezone,
            organisation=organisation,
            facility="PT Sinar Garmen, Bekasi",
            country="ID",
            audit_date=starts_on - timedelta(days=2),
            contact_starts_on=starts_on,
            contact_ends_on=today - timedelta(days=7),
        )
        simulation = Simulation(runtime, clock, channel, campaign_id=campaign.id or 0)
        channel.subscribe(simulation.on_message)
        rng = random.Random(seed)
        for wave in range(WAVES):  # a third of the workers each week, as the auditors' visits went
            clock.advance_to(max(clock.now(), start + timedelta(weeks=wave)))
            await _enroll(simulation, campaign, rng, wave)
            await simulation.run()
        await _close_most_cases(runtime, campaign, rng)
        return await change_campaign_status(runtime, campaign.id or 0, "closed")
    finally:
        await runtime.close()


async def _enroll(simulation: Simulation, campaign: Campaign, rng: random.Random, wave: int) -> None:
    enrollments = []
    share = FINISHED_WORKERS // WAVES
    for index in range(wave * share, (wave + 1) * share):
        worker = SimulatedWorker(
            address=f"finished-{index}",
            language=rng.choice(("en", "id", "my")),
            behaviour=BEHAVIOURS[index % len(BEHAVIOURS)],
            seed=SimulatedWorker.draw_seed(rng),
            rng=simulation.draws,
        )
        worker.stop_at = rng.choice((0, 3, 8))
        simulation.workers[worker.address] = worker
        enrollments.append(Enrollment("simulator", worker.language, rng.choice(WINDOWS), address=worker.address))
    ids = await enroll(simulation.runtime, campaign, enrollments)
    for enrollment, conversation_id in zip(enrollments, ids, strict=True):
        assert enrollment.address is not None
        simulation.workers[enrollment.address].conversation_id = conversation_id


async def _close_most_cases(runtime: Runtime, campaign: Campaign, rng: random.Random) -> None:
    """A caller closes three cases in four, each a few hours to two days after it opened."""
    async with runtime.db.sessions() as session:
        cases = (
            await session.exec(select(Case).where(Case.campaign_id == campaign.id).order_by(col(Case.opened_at)))
        ).all()
    for case in cases[: int(len(cases) * CLOSED_SHARE)]:
        closed_at = case.opened_at + timedelta(hours=rng.uniform(2, 48))
        async with runtime.db.transaction() as session:
            await change_case(session, case.id or 0, status="closed", outcome="resolved", closed_at=closed_at)
            stepped = await runtime.service.step_within(
                session, [(case.conversation_id, CaseClosed(resume=False))], closed_at
            )
        runtime.service.after_commit(stepped)
    await runtime.work_once()
