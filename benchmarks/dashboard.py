"""The clients' dashboard on a big campaign: 100,000 workers and 1,000,000 answers (plus flags and cases), on
SQLite and on PostgreSQL. Times the campaign page and its CSV export through the real aiohttp app, logged in as
the campaign's client. Target: under 500 ms each.

    python benchmarks/dashboard.py [--workers 100000] [--runs 5] [--only sqlite|postgresql]

The fixture is bulk-inserted straight into the tables (a benchmark fixture only: the product writes every row
through ``step()``). PostgreSQL: a throw-away database on CALLBACKS_BENCH_POSTGRES_URL (default
postgresql://postgres@127.0.0.1:5432/postgres), dropped afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
from aiohttp import ClientSession, CookieJar
from aiohttp.test_utils import TestServer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.accounts import NewUser, create_users
from bot.clock import VirtualClock
from bot.runtime import Runtime
from bot.scripts import load_builtin_script
from bot.serve import web_app
from bot.settings import Settings
from storage.migrate import upgrade

POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres"
TARGET_MS = 500
PASSWORD = "benchmark password"
CLIENT = "client@bench.test"
START = datetime(2026, 9, 7, 1, 0, tzinfo=UTC)  # a Monday
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
STATUSES = (("completed", 0.62), ("with_caller", 0.05), ("opted_out", 0.08), ("expired", 0.2), ("scheduled", 0.05))
CATEGORIES = ("wages", "hours", "documents", "recruitment_fees", "harassment", "contact_request", "movement")


def fixture_rows(workers: int, seed: int = 1) -> dict[str, list[tuple[Any, ...]]]:
    """Rows for one closed campaign (id 1) of organisation 1, as tuples in each table's column order below. A
    worker who completed answered every closed question and the last one (16 answers); one who stopped or was
    handed to a caller, three."""
    rng = random.Random(seed)
    script = load_builtin_script("default")
    closed = [q for q in script.questions if q.is_closed]
    final = script.questions[-1]
    statuses = [s for s, share in STATUSES for _ in range(int(share * 100))]
    worker_rows, conversation_rows, answer_rows, flag_rows, case_rows = [], [], [], [], []
    for n in range(1, workers + 1):
        at = START + timedelta(minutes=rng.randrange(0, 60 * 24 * 70))
        status = rng.choice(statuses)
        replied = at + timedelta(minutes=30) if status not in ("scheduled", "expired") else None
        worker_rows.append((n, 1, "sms", "id", "[]", "[]", True, START))
        conversation_rows.append((n, n, 1, "sms", "id", "default", status, "{}", 1, at, replied))
        if replied is None:
            continue
        asked = [*closed, final] if status == "completed" else closed[:3]
        for question in asked:
            values = question.values() or ("text",)
            value = values[0] if rng.random() < 0.8 else rng.choice(values)
            answer_rows.append((n, 1, question.id, value, value, at + timedelta(minutes=40)))
        if rng.random() < 0.12:
            category = rng.choice(CATEGORIES)
            source = rng.choice(("answer", "text", "request"))
            flag_rows.append((n, 1, category, rng.choice(("P1", "P2")), source, at + timedelta(minutes=45)))
        if status == "with_caller" or (status == "completed" and rng.random() < 0.03):
            opened = at + timedelta(minutes=50)
            closed_at = opened + timedelta(hours=rng.uniform(1, 72)) if status == "completed" else None
            state = "closed" if closed_at else "open"
            case_rows.append((n, 1, "P1", "id", "[]", "bench", state, opened, opened, closed_at))
    return {
        "worker": worker_rows,
        "conversation": conversation_rows,
        "answer": answer_rows,
        "flag": flag_rows,
        "handoff_case": case_rows,
    }


COLUMNS = {
    "worker": ("id", "campaign_id", "channel", "language", "windows", "tags", "consent", "created_at"),
    "conversation": (
        "id", "worker_id", "campaign_id", "channel", "language", "script", "status", "state", "version",
        "updated_at", "last_inbound_at",
    ),
    "answer": ("conversation_id", "campaign_id", "question", "value", "text", "answered_at"),
    "flag": ("conversation_id", "campaign_id", "category", "severity", "source", "raised_at"),
    "handoff_case": (
        "conversation_id", "campaign_id", "severity", "language", "categories", "reason", "status", "opened_at",
        "due_at", "closed_at",
    ),
}  # fmt: skip


def campaign_rows() -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    organisation = (1, "Bench brand", START)
    campaign = (
        1, 1, "Big factory callbacks", "default", "Asia/Jakarta", START, "PT Besar, Bekasi", "ID", "[]",
        date(2026, 9, 7), date(2026, 11, 20), "closed",
    )  # fmt: skip
    return organisation, campaign


CAMPAIGN_COLUMNS = (
    "id", "organisation_id", "name", "script", "timezone", "created_at", "facility", "country", "languages",
    "contact_starts_on", "contact_ends_on", "status",
)  # fmt: skip


def load_sqlite(path: Path, rows: dict[str, list[tuple[Any, ...]]]) -> None:
    def stamp(value: Any) -> Any:  # stored as SQLAlchemy stores UTC datetimes on SQLite
        return value.strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(value, datetime) else value

    connection = sqlite3.connect(path)
    organisation, campaign = campaign_rows()
    connection.execute(
        "INSERT INTO organisation (id, name, created_at) VALUES (?, ?, ?)", tuple(map(stamp, organisation))
    )
    marks = ", ".join("?" * len(CAMPAIGN_COLUMNS))
    connection.execute(
        f"INSERT INTO campaign ({', '.join(CAMPAIGN_COLUMNS)}) VALUES ({marks})", tuple(map(stamp, campaign))
    )
    for table, columns in COLUMNS.items():
        marks = ", ".join("?" * len(columns))
        connection.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
            (tuple(map(stamp, row)) for row in rows[table]),
        )
    connection.commit()
    connection.execute("ANALYZE")
    connection.close()


async def load_postgres(url: str, rows: dict[str, list[tuple[Any, ...]]]) -> None:
    connection = await asyncpg.connect(url)
    try:
        organisation, campaign = campaign_rows()
        await connection.copy_records_to_table(
            "organisation", records=[organisation], columns=["id", "name", "created_at"]
        )
        await connection.copy_records_to_table("campaign", records=[campaign], columns=list(CAMPAIGN_COLUMNS))
        for table, columns in COLUMNS.items():
            await connection.copy_records_to_table(table, records=rows[table], columns=list(columns))
        for table in ("organisation", "campaign", "worker", "conversation"):
            await connection.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
            )
        # What autovacuum does after a bulk insert (PostgreSQL 13+): statistics and the visibility map, without
        # which the answer counts cannot be read from the index alone.
        await connection.execute("VACUUM ANALYZE")
    finally:
        await connection.close()


async def time_pages(database_url: str, runs: int) -> dict[str, list[float]]:
    clock = VirtualClock(NOW)
    runtime = Runtime.build(database_url, "benchmark-secret-key-long-enough-for-hkdf", {}, clock)
    await create_users(
        runtime.db, clock, [NewUser(CLIENT, "client", PASSWORD, organisation="Bench brand")], runtime.locales.languages
    )
    timings: dict[str, list[float]] = {"page": [], "csv": []}
    async with (
        TestServer(web_app(Settings(), runtime), host="127.0.0.1") as server,
        ClientSession(base_url=server.make_url("/"), cookie_jar=CookieJar(unsafe=True)) as client,
    ):
        login = await (await client.get("/login")).text()
        token = login.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
        await client.post("/login", data={"csrf_token": token, "email": CLIENT, "password": PASSWORD})
        for _ in range(runs + 1):  # the first run warms the caches and is not counted
            for kind, path in (("page", "/dashboard/campaigns/1"), ("csv", "/dashboard/campaigns/1.csv")):
                started = time.perf_counter()
                response = await client.get(path, headers={"Accept": "text/html"})
                body = await response.text()
                elapsed = (time.perf_counter() - started) * 1000
                assert response.status == 200 and "Enrolled" in body, body[:300]
                timings[kind].append(elapsed)
        for kind in timings:
            timings[kind] = timings[kind][1:]
    await runtime.close()
    return timings


async def bench_sqlite(rows: dict[str, list[tuple[Any, ...]]], runs: int) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "dashboard.db"
        url = f"sqlite:///{path}"
        await asyncio.to_thread(upgrade, url)
        started = time.perf_counter()
        await asyncio.to_thread(load_sqlite, path, rows)
        print(f"  sqlite: fixture loaded in {time.perf_counter() - started:.1f} s", flush=True)
        return await time_pages(url, runs)


async def bench_postgres(rows: dict[str, list[tuple[Any, ...]]], runs: int, admin_url: str) -> dict[str, list[float]]:
    name = f"callbacks_bench_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(admin_url)
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = admin_url.rsplit("/", 1)[0] + f"/{name}"
    try:
        await asyncio.to_thread(upgrade, url)
        started = time.perf_counter()
        await load_postgres(url, rows)
        print(f"  postgresql: fixture loaded in {time.perf_counter() - started:.1f} s", flush=True)
        return await time_pages(url, runs)
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--postgres-url", default=POSTGRES)
    args = parser.parse_args()
    started = time.perf_counter()
    rows = fixture_rows(args.workers)
    counts = {table: len(found) for table, found in rows.items()}
    print(f"fixture: {json.dumps(counts)} (built in {time.perf_counter() - started:.1f} s)", flush=True)
    results: dict[str, dict[str, list[float]]] = {}
    if args.only in (None, "sqlite"):
        results["SQLite"] = await bench_sqlite(rows, args.runs)
    if args.only in (None, "postgresql"):
        results["PostgreSQL"] = await bench_postgres(rows, args.runs, args.postgres_url)
    failed = False
    print("\n| database | workers | answers | page median (max) | CSV median (max) |")
    print("|---|---|---|---|---|")
    for database, timings in results.items():
        page, csv = timings["page"], timings["csv"]
        print(
            f"| {database} | {counts['conversation']:,} | {counts['answer']:,} "
            f"| {statistics.median(page):.0f} ms ({max(page):.0f}) | {statistics.median(csv):.0f} ms ({max(csv):.0f}) |"
        )
        failed |= statistics.median(page) > TARGET_MS or statistics.median(csv) > TARGET_MS
    print(f"\ntarget: under {TARGET_MS} ms each (median): {'MISSED' if failed else 'met'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
