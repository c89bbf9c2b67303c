"""Benchmark: `callbacks simulate --workers N --seed 1 --json` on SQLite and on PostgreSQL.

Targets on this 2-core machine: `callbacks simulate` as a user runs it, on SQLite (issue 11): 10,000 workers (or
fewer) in at most 60 s with peak memory under 300 MB, 100,000 (or fewer) in at most 12 minutes under 1 GB; on
PostgreSQL, issue 2's: 10,000 in at most 120 s under 300 MB. Nothing lost, nothing sent twice, nothing unfinished.
Prints one JSON line per database and exits non-zero when a target is missed.
PostgreSQL is at 127.0.0.1:5432 (user postgres) unless CALLBACKS_BENCH_POSTGRES_URL.

    python benchmarks/simulate.py --workers 10000
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

POSTGRES = os.environ.get("CALLBACKS_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432")
TARGETS = {  # (workers at most, seconds, megabytes)
    "sqlite": ((10_000, 60, 300), (100_000, 720, 1024)),
    "postgresql": ((10_000, 120, 300),),
}


def targets(database: str, workers: int) -> tuple[float, float] | None:
    """The time and memory allowed for ``workers``, or None past the largest size with a target."""
    return next(((seconds, megabytes) for most, seconds, megabytes in TARGETS[database] if workers <= most), None)


def run(url: str, workers: int, seed: int) -> dict[str, object]:
    command = [sys.executable, "-m", "bot.cli", "simulate", "--workers", str(workers), "--seed", str(seed), "--json"]
    command += ["--database", url]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if not done.stdout.strip():
        raise SystemExit(f"simulate failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def psql(sql: str) -> None:
    subprocess.run(["psql", f"{POSTGRES}/postgres", "-q", "-c", sql], check=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    args = parser.parse_args()
    failures = 0
    results = {}
    if args.only in (None, "sqlite"):
        with tempfile.TemporaryDirectory() as directory:
            results["sqlite"] = run(f"sqlite:///{Path(directory) / 'bench.db'}", args.workers, args.seed)
    if args.only in (None, "postgresql"):
        name = f"callbacks_bench_{uuid.uuid4().hex[:8]}"
        psql(f'CREATE DATABASE "{name}"')
        try:
            results["postgresql"] = run(f"{POSTGRES}/{name}", args.workers, args.seed)
        finally:
            psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    for database, report in results.items():
        print(json.dumps({"database": database, **report}))
        problems = []
        allowed = targets(database, args.workers)
        if allowed is not None and float(report["wall_seconds"]) > allowed[0]:  # type: ignore[arg-type]
            problems.append(f"took {report['wall_seconds']} s (target {allowed[0]} s)")
        if allowed is not None and float(report["peak_memory_mb"]) > allowed[1]:  # type: ignore[arg-type]
            problems.append(f"peak memory {report['peak_memory_mb']} MB (target {allowed[1]} MB)")
        if report["lost"] or report["duplicates_sent"] or report["unfinished"]:
            problems.append("lost, duplicated or unfinished conversations")
        for problem in problems:
            print(f"{database}: {problem}", file=sys.stderr)
        failures += len(problems)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
