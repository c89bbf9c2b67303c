"""Benchmark: signed inbound Twilio SMS webhooks against `callbacks serve` on SQLite, driven by wrk.

Target (issue 3): at least 1,500 messages per second sustained with p99 under 100 ms, every message recorded
exactly once. Three wrk runs: `callbacks serve` paced at the target rate (each connection waits between
requests, so the rate holds and the latency is that of a server under that load, not of a queue the load tool
builds); `callbacks serve` as fast as it goes (its capacity); and a bare aiohttp handler that only parses the
form, as fast as it goes. The report gives all three and the ratio of the two capacities. Needs `wrk` (Debian
package). Replies go to a local fake Twilio API.

    python benchmarks/webhooks.py --seconds 20 --connections 64 --rate 1500
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parent.parent
PUBLIC = "https://callbacks.example.org"
ACCOUNT, TOKEN = "AC" + "2" * 32, "bench-auth-token"
WORKERS = 1000
WARM_UP_SECONDS = 8
LUA = """
local threads = 0
function setup(thread)
  thread:set("offset", threads * 100000)
  threads = threads + 1
end
local requests = {}
local i = 0
local pause = 0
function init(args)
  i = offset
  pause = tonumber(args[2]) or 0
  for line in io.lines(args[1]) do
    local body, signature = line:match("([^\\t]+)\\t([^\\t]+)")
    requests[#requests + 1] = wrk.format("POST", "/webhooks/twilio/sms",
      {["Content-Type"] = "application/x-www-form-urlencoded", ["X-Twilio-Signature"] = signature}, body)
  end
end
function request()
  i = i + 1
  if i > #requests then i = 1 end
  return requests[i]
end
function delay()
  return pause
end
"""


def signed_bodies(path: Path, count: int, prefix: str) -> None:
    from urllib.parse import urlencode

    validator = RequestValidator(TOKEN)
    with path.open("w") as out:
        for n in range(count):
            form = {
                "MessageSid": f"SM{prefix}{n:030d}",
                "AccountSid": ACCOUNT,
                "From": f"+62812{n % WORKERS:08d}",
                "To": "+15550001111",
                "Body": "9",
                "NumMedia": "0",
            }
            signature = validator.compute_signature(f"{PUBLIC}/webhooks/twilio/sms", form)
            out.write(f"{urlencode(form)}\t{signature}\n")


def wrk(url: str, script: Path, bodies: Path, seconds: int, connections: int, pause_ms: float = 0) -> dict[str, float]:
    """``pause_ms``: how long each connection waits after an answer before its next request (0: none)."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script), url]
    done = subprocess.run(
        [*command, "--", str(bodies), str(round(pause_ms))],
        capture_output=True,
        text=True,
        check=True,
    )
    text = done.stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))  # type: ignore[union-attr]
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", text)
    assert p99 is not None, text
    mean = re.search(r"Latency\s+([\d.]+)(us|ms|s)", text)
    assert mean is not None, text
    total = int(re.search(r"(\d+) requests in", text).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return {
        "requests_per_second": rate,
        "p99_ms": _milliseconds(p99),
        "mean_ms": _milliseconds(mean),
        "requests": total,
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def _milliseconds(match: re.Match[str]) -> float:
    """wrk's "12.34ms" / "850.00us" / "1.20s" as milliseconds."""
    return float(match.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[match.group(2)]


def wait_for(url: str) -> None:
    import urllib.request

    for _ in range(200):
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"{url} did not come up")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--rate", type=int, default=1500, help="requests per second of the paced run")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    script = work / "signed.lua"
    script.write_text(LUA)
    bodies = work / "bodies.tsv"
    signed_bodies(bodies, 200_000, prefix="w")
    db = work / "bench.db"
    env = {
        **os.environ,
        "CALLBACKS_DATABASE_URL": f"sqlite:///{db}",
        "CALLBACKS_SECRET_KEY": "bench-secret-key-0123456789",
        "CALLBACKS_PUBLIC_URL": PUBLIC,
        "CALLBACKS_TWILIO_ACCOUNT_SID": ACCOUNT,
        "CALLBACKS_TWILIO_AUTH_TOKEN": TOKEN,
        "CALLBACKS_TWILIO_SMS_FROM": "+15550001111",
        "CALLBACKS_TWILIO_API_URL": "http://127.0.0.1:18091",
    }
    callbacks = [sys.executable, "-m", "bot.cli"]
    subprocess.run([*callbacks, "db", "upgrade"], env=env, check=True, capture_output=True)
    campaign = subprocess.run(
        [*callbacks, "campaigns", "create", "--name", "Bench", "--timezone", "UTC"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    enroll = "\n".join(f"+62812{n:08d}" for n in range(WORKERS))  # valid numbers: enrollment checks
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "enroll_many.py"), campaign],
        input=enroll,
        env=env,
        check=True,
        text=True,
    )
    fake = subprocess.Popen(
        [sys.executable, str(ROOT / "benchmarks" / "fake_twilio_server.py"), "18091", ACCOUNT, TOKEN]
    )
    bare = subprocess.Popen([sys.executable, str(ROOT / "benchmarks" / "bare_handler.py"), "18092"])
    server = subprocess.Popen([*callbacks, "serve", "--port", "18090"], env=env, stderr=subprocess.DEVNULL)
    try:
        wait_for("http://127.0.0.1:18090/health")
        wait_for("http://127.0.0.1:18092/health")
        # Warm up first: the first message of each worker starts its conversation, and caches fill. This run
        # is paced too: each connection waits for its answer, so its wait is the interval minus the mean latency.
        interval_ms = 1000 * args.connections / args.rate
        warm_up = wrk("http://127.0.0.1:18090", script, bodies, WARM_UP_SECONDS, args.connections, interval_ms)
        signed_bodies(bodies, 200_000, prefix="a")
        pause_ms = max(0.0, interval_ms - warm_up["mean_ms"]) * 0.95
        paced = wrk("http://127.0.0.1:18090", script, bodies, args.seconds, args.connections, pause_ms)
        signed_bodies(bodies, 200_000, prefix="b")
        result = wrk("http://127.0.0.1:18090", script, bodies, args.seconds, args.connections)
        signed_bodies(bodies, 200_000, prefix="c")
        baseline = wrk("http://127.0.0.1:18092", script, bodies, args.seconds, args.connections)
        time.sleep(2)
    finally:
        for process in (server, fake, bare):
            process.terminate()
            process.wait(timeout=30)
    with sqlite3.connect(db) as connection:
        stored = connection.execute("SELECT count(*), count(DISTINCT provider_id) FROM inbound").fetchone()
    # wrk counts the requests it saw answered; the ones still in flight when it stopped were stored too.
    answered = sum(run["requests"] - run["non_2xx"] for run in (warm_up, paced, result))
    in_flight = 3 * args.connections
    report = {
        "callbacks_paced": paced,
        "callbacks": result,
        "bare_aiohttp": baseline,
        "ratio": round(result["requests_per_second"] / baseline["requests_per_second"], 3),
        "answered_200": answered,
        "stored": stored[0],
        "stored_distinct": stored[1],
        "recorded_exactly_once": stored[0] == stored[1] and answered <= stored[0] <= answered + in_flight,
    }
    print(json.dumps(report))
    ok = paced["requests_per_second"] >= args.rate and paced["p99_ms"] < 100 and report["recorded_exactly_once"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
