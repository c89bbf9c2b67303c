"""`callbacks simulate` end to end, on both databases: every worker finishes, nothing lost or sent twice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bot.channels.base import OutgoingMessage
from bot.channels.simulator import SimulatorChannel
from bot.simulate import simulate
from tests.conftest import TEST_SECRET


async def test_two_hundred_workers_finish_with_nothing_lost_or_sent_twice(database_url: str) -> None:
    report = await simulate(database_url, TEST_SECRET, workers=200, seed=3)
    assert report["workers"] == 200
    finished = report["completed"] + report["escalated"] + report["opted_out"] + report["expired"]
    assert finished == 200 and report["unfinished"] == 0
    assert report["lost"] == 0
    assert report["duplicates_sent"] == 0
    assert report["duplicate_webhooks"] > 0, "the simulation really did deliver webhooks twice"
    assert report["escalated"] > 0 and report["cases_by_severity"]
    assert report["expired"] > 0 and report["opted_out"] > 0 and report["rescheduled"] > 0
    assert report["flags_by_category"]["documents"] > 0
    assert 0 < report["unread_open_answers"] < report["completed"] * 2  # open answers with no flag wait for a caller
    assert report["messages_in"] > 200 and report["messages_out"] > report["messages_in"] / 2


def test_the_command_prints_one_json_object_and_leaves_the_services_database_alone(tmp_path: Path) -> None:
    own = tmp_path / "service.db"
    env = {**os.environ, "CALLBACKS_DATABASE_URL": f"sqlite:///{own}"}
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "simulate", "--workers", "20", "--seed", "1", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["workers"] == 20 and report["lost"] == 0 and report["duplicates_sent"] == 0
    assert list(tmp_path.iterdir()) == [], "no simulated worker in the service's database, nor a file left behind"

    chosen = tmp_path / "chosen.db"
    command = [sys.executable, "-m", "bot.cli", "simulate", "--workers", "5", "--database", f"sqlite:///{chosen}"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert chosen.exists() and not own.exists()


async def test_a_second_run_on_the_same_database_reports_only_itself(database_url: str) -> None:
    counted = ("completed", "escalated", "opted_out", "expired", "messages_in", "messages_out", "lost")
    first = await simulate(database_url, TEST_SECRET, workers=30, seed=5)
    second = await simulate(database_url, TEST_SECRET, workers=30, seed=5)
    assert {k: second[k] for k in counted} == {k: first[k] for k in counted}
    assert second["lost"] == 0


async def test_the_simulator_channel_reports_a_message_delivered_twice() -> None:
    channel = SimulatorChannel(keep_log=False)
    for key in ("out-7", "out-8", "out-7", "alert-1", "alert-1", "alert-1"):
        await channel.send(OutgoingMessage(key=key, address="sim-1", text="hello"))
    assert channel.duplicates == 3
    assert channel.deliveries == {"out-7": 2, "out-8": 1, "alert-1": 3}
    assert channel.deliveries["out-9"] == 0 and await channel.find_sent(OutgoingMessage("out-9", "sim-1", "")) is None
