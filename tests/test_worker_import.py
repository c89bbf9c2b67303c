"""`callbacks workers import FILE.csv --campaign ID`: every row checked, refused rows reported with their line and
reason, good rows imported whole, nobody enrolled twice (the same file again, a repeated row, two imports at
once). Through ``bot.cli.main`` and as the installed console script, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import csv
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestServer
from sqlalchemy import func
from sqlmodel import col, select

from bot import worker_import
from bot.channels.configured import configured_channels
from bot.channels.simulator import SimulatorChannel
from bot.cli import main
from bot.clock import VirtualClock
from bot.enrollment import new_campaign
from bot.runtime import Runtime
from bot.settings import Settings
from bot.worker_import import import_workers, read_csv
from storage.crypto import AddressCipher
from storage.database import Database
from storage.tables import Conversation as ConversationRow
from storage.tables import Timer, Worker
from tests.conftest import TEST_SECRET
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.telegram_api import create_app as create_fake_telegram

HEADER = "channel,phone,language,windows,tags\n"
GOOD_AND_BAD = (
    HEADER
    + "sms,0812 3456 7890,id,mon-fri 19:00-21:00;sat 09:00-11:00,migrant;night shift\n"  # line 2
    + "whatsapp,+62 812-3456-7891,my,mon-fri 19:00-21:00,\n"  # 3
    + "sms,0812 34,id,mon-fri 19:00-21:00,\n"  # 4: too short
    + "\n"  # 5: blank, skipped
    + "fax,0812 3456 7892,id,mon-fri 19:00-21:00,\n"  # 6
    + "sms,0812 3456 7893,en,mon-fri 19:00-21:00,\n"  # 7: not one of the campaign's languages
    + "sms,0812 3456 7894,id,someday,\n"  # 8
    + 'sms,"+62 812 3456 7890",id,mon-fri 19:00-21:00,\n'  # 9: line 2's number again
    + "sms,,id,mon-fri 19:00-21:00,\n"  # 10
    + "sms,0812 3456 7895,id,mon-fri 19:00-21:00,a,b\n"  # 11: one field too many
)
REFUSED = [
    "line 4: not a valid phone number (numbers without a +country code are read as ID)",
    "line 6: unknown channel 'fax'; use one of sms, whatsapp, telegram, simulator",
    "line 7: language 'en' is not one of this campaign's: id, my",
    "line 8: not a contact window: 'someday' (expected e.g. 'mon-fri 19:00-21:00')",
    "line 10: a phone number is required for sms",
    "line 11: 6 fields where the header names 5",
]


@pytest.fixture
def operator(database_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    for key in list(os.environ):
        if key.startswith("CALLBACKS_"):
            monkeypatch.delenv(key)
    for key, value in _twilio_env(database_url).items():
        monkeypatch.setenv(key, value)
    return database_url


def _twilio_env(database_url: str) -> dict[str, str]:
    return {
        "CALLBACKS_DATABASE_URL": database_url,
        "CALLBACKS_SECRET_KEY": TEST_SECRET,
        "CALLBACKS_TWILIO_ACCOUNT_SID": "AC" + "1" * 32,
        "CALLBACKS_TWILIO_AUTH_TOKEN": "token",
        "CALLBACKS_TWILIO_SMS_FROM": "+15550001111",
        "CALLBACKS_TWILIO_WHATSAPP_FROM": "+15550002222",
    }


def _campaign(capsys: pytest.CaptureFixture[str]) -> str:
    args = ["--name", "Bekasi", "--timezone", "Asia/Jakarta", "--country", "ID", "--language", "id"]
    assert main(["campaigns", "create", *args, "--language", "my"]) == 0
    return capsys.readouterr().out.strip()


def _import(path: Path, campaign: str, *more: str) -> int:
    return main(["workers", "import", str(path), "--campaign", campaign, *more])


StoredWorker = tuple[str, str | None, str, list[str], list[str]]


async def _read_workers(url: str) -> list[StoredWorker]:
    db, cipher = Database(url), AddressCipher(TEST_SECRET)
    try:
        async with db.sessions() as session:
            rows = (await session.exec(select(Worker).order_by(col(Worker.id)))).all()
    finally:
        await db.dispose()
    return [
        (w.channel, cipher.decrypt(w.address_cipher) if w.address_cipher else None, w.language, w.windows, w.tags)
        for w in rows
    ]


def _workers(url: str) -> list[StoredWorker]:
    return asyncio.run(_read_workers(url))


def test_bad_rows_are_reported_with_their_line_and_the_good_ones_imported(
    operator: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    campaign = _campaign(capsys)
    path = tmp_path / "workers.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    assert _import(path, campaign) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [*REFUSED, "imported 2, already enrolled 1, refused 6"]
    assert err == ""
    assert _workers(operator) == [
        ("sms", "+6281234567890", "id", ["mon-fri 19:00-21:00", "sat 09:00-11:00"], ["migrant", "night shift"]),
        ("whatsapp", "+6281234567891", "my", ["mon-fri 19:00-21:00"], []),
    ]

    assert _import(path, campaign) == 1  # the same file again: nobody twice
    out, _ = capsys.readouterr()
    assert out.splitlines()[-1] == "imported 0, already enrolled 3, refused 6"
    assert len(_workers(operator)) == 2

    fixed = tmp_path / "fixed.csv"  # the auditor fixes the refused rows and imports only those
    fixed.write_text(HEADER + "sms,0812 3456 7892,id,mon-fri 19:00-21:00,\nsms,+6281234567890,id,sun 10:00-12:00,\n")
    assert _import(fixed, campaign) == 0
    out, _ = capsys.readouterr()
    assert out == "imported 1, already enrolled 1, refused 0\n"
    assert len(_workers(operator)) == 3


def test_files_that_cannot_be_read_import_nothing(
    operator: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    campaign = _campaign(capsys)
    files = {
        "empty.csv": (b"", "error: the file is empty: it needs a header row channel,phone,language,windows,tags"),
        "no-header.csv": (
            b"sms,0812 3456 7890,id,mon-fri 19:00-21:00,\n",
            "error: line 1: the header has no channel, phone, language, windows columns",
        ),
        "columns.csv": (b"channel,phone,language\nsms,0812 3456 7890,id\n", "error: line 1: the header has no windows"),
        "latin1.csv": (
            HEADER.encode() + "sms,0812 3456 7890,id,mon-fri 19:00-21:00,migrant é\n".encode("latin-1"),
            "error: line 2: the file is not UTF-8 text: save it as 'CSV UTF-8' and import it again",
        ),
    }
    for name, (content, message) in files.items():
        (tmp_path / name).write_bytes(content)
        assert _import(tmp_path / name, campaign) == 2, name
        out, err = capsys.readouterr()
        assert out == "" and err.startswith(message), (name, err)
    assert _import(tmp_path / "missing.csv", campaign) == 2
    assert (
        capsys.readouterr().err
        == "error: cannot read " + str(tmp_path / "missing.csv") + ": No such file or directory\n"
    )
    (tmp_path / "good.csv").write_text(HEADER + "sms,0812 3456 7890,id,mon-fri 19:00-21:00,\n")
    assert _import(tmp_path / "good.csv", "999") == 2
    assert capsys.readouterr().err == "error: no campaign 999\n"
    assert _workers(operator) == []


def test_a_byte_order_mark_and_windows_line_ends_are_fine_and_progress_goes_to_stderr(
    operator: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker_import, "PROGRESS_EVERY", 2)
    campaign = _campaign(capsys)
    rows = "".join(f"sms,0812 3456 78{i:02d},id,mon-fri 19:00-21:00,\r\n" for i in range(5))
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbf" + HEADER.replace("\n", "\r\n").encode() + rows.encode())
    assert _import(path, campaign) == 0
    out, err = capsys.readouterr()
    assert out == "imported 5, already enrolled 0, refused 0\n"
    assert err.splitlines() == ["2 of 5 rows checked", "4 of 5 rows checked"]


def _runtime(url: str, clock: VirtualClock) -> Runtime:
    return Runtime.build(url, TEST_SECRET, {"simulator": SimulatorChannel()}, clock)


def _rows(count: int) -> Iterator[tuple[int, dict[str, str]]]:
    for i in range(count):
        yield i + 2, {"channel": "simulator", "phone": f"sim-{i}", "language": "en", "windows": "mon-fri 19:00-21:00"}


async def test_two_imports_of_the_same_rows_at_once_enroll_each_worker_once(
    database_url: str, clock: VirtualClock
) -> None:
    """Both look the addresses up before anyone has stored them: the unique index settles it, row by row."""
    first, second = _runtime(database_url, clock), _runtime(database_url, clock)
    try:
        campaign = await new_campaign(first, name="Bekasi", timezone="Asia/Jakarta")
        assert campaign.id is not None
        reports = await asyncio.gather(
            import_workers(first, campaign.id, _rows(40)), import_workers(second, campaign.id, _rows(40))
        )
        assert sorted(r.imported for r in reports) != [0, 0]
        assert sum(r.imported for r in reports) == 40
        assert sum(r.already_enrolled for r in reports) == 40
        async with first.db.sessions() as session:
            workers = (await session.exec(select(func.count()).select_from(Worker))).one()
            conversations = (await session.exec(select(func.count()).select_from(ConversationRow))).one()
            timers = (await session.exec(select(func.count()).select_from(Timer))).one()
        assert (workers, conversations, timers) == (40, 40, 40)  # each row whole: worker, conversation, contact
    finally:
        await first.close()
        await second.close()


async def test_the_web_page_can_hand_over_rows_it_read_itself(database_url: str, clock: VirtualClock) -> None:
    runtime = _runtime(database_url, clock)
    try:
        campaign = await new_campaign(runtime, name="Bekasi", timezone="Asia/Jakarta")
        assert campaign.id is not None
        rows = read_csv(HEADER.encode() + b"simulator,sim-1,en,mon-fri 19:00-21:00,\nsimulator,sim-2,xx,,\n")
        seen: list[int] = []
        report = await import_workers(runtime, campaign.id, rows.rows, seen.append, source=rows.digest)
        assert (report.imported, report.already_enrolled, report.refused) == (
            1,
            0,
            [(3, "no contact window (e.g. mon-fri 19:00-21:00)")],
        )
    finally:
        await runtime.close()


async def test_the_console_script_imports_telegram_rows_and_hands_out_their_links_once(
    sqlite_template: Path, tmp_path: Path, clock: VirtualClock
) -> None:
    """The installed ``callbacks`` command as a process, Telegram answered by the local fake Bot API."""
    database = tmp_path / "callbacks.db"
    shutil.copy(sqlite_template, database)
    url = f"sqlite:///{database}"
    script = Path(sys.executable).parent / "callbacks"
    telegram = FakeTelegram()
    async with TestServer(create_fake_telegram(telegram), host="127.0.0.1") as telegram_api:
        proxies = {"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"}
        env = {k: v for k, v in os.environ.items() if k not in proxies and not k.startswith("CALLBACKS_")}
        env |= _twilio_env(url) | {
            "NO_PROXY": "127.0.0.1,localhost",
            "CALLBACKS_TELEGRAM_TOKEN": telegram.token,
            "CALLBACKS_TELEGRAM_API_URL": str(telegram_api.make_url("")).rstrip("/"),
        }
        settings = Settings(**{k.removeprefix("CALLBACKS_").lower(): v for k, v in env.items() if "CALLBACKS_" in k})
        runtime = Runtime.build(url, TEST_SECRET, configured_channels(settings, clock), clock, settings)
        try:
            campaign = await new_campaign(runtime, name="Mae Sot", timezone="Asia/Bangkok", country="TH")
            path = tmp_path / "workers.csv"
            path.write_text(
                HEADER
                + "telegram,,my,mon-sun 19:00-21:00,migrant\n"
                + "telegram,,my,mon-sun 19:00-21:00,migrant\n"  # another worker, with the same details
                + "sms,081 234 5678,th,mon-fri 19:00-21:00,\n"
                + "telegram,+66 81 234 5678,my,mon-sun 19:00-21:00,\n"
            )
            links = tmp_path / "workers-telegram-links.csv"
            process = await asyncio.create_subprocess_exec(
                str(script),
                *("workers", "import", str(path), "--campaign", str(campaign.id)),
                env=env,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
            out, err = (text.decode() for text in await asyncio.wait_for(process.communicate(), timeout=60))
            assert process.returncode == 1, err
            assert out.splitlines() == [
                "line 5: Telegram workers enroll by link; no phone number is stored",
                f"Telegram links for 2 workers added to {links}: hand each worker theirs",
                "imported 3, already enrolled 0, refused 1",
            ]
            assert "+66" not in out + err and "5678" not in err
            with links.open(newline="") as file:
                handed = list(csv.DictReader(file))
            assert [(row["line"], row["language"]) for row in handed] == [("2", "my"), ("3", "my")]
            assert all(row["link"].startswith("https://t.me/callbacks_test_bot?start=") for row in handed)
            assert handed[0]["link"] != handed[1]["link"]
            assert links.stat().st_mode & 0o077 == 0  # one-time links are secrets until used

            again = read_csv(path.read_bytes())  # the same file, from the upload page this time
            assert campaign.id is not None
            report = await import_workers(runtime, campaign.id, again.rows, source=again.digest)
            assert (report.imported, report.already_enrolled, len(report.refused), report.links) == (0, 3, 1, [])
        finally:
            await runtime.close()
    assert len(await _read_workers(url)) == 3
