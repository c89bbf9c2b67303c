"""`callbacks users add|list|disable`: the real commands, through ``bot.cli.main`` and the installed console
script, on SQLite and PostgreSQL. No ``CALLBACKS_SECRET_KEY`` is set: accounts do not need it."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from bot.accounts import all_users, verify_password
from bot.cli import main
from storage.database import Database
from storage.tables import User

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _database(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("CALLBACKS_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("CALLBACKS_DATABASE_URL", database_url)


def _users(url: str) -> Sequence[User]:
    async def read() -> Sequence[User]:
        db = Database(url)
        try:
            return await all_users(db)
        finally:
            await db.dispose()

    return asyncio.run(read())


def _add(*args: str, stdin: str | None = None, monkeypatch: pytest.MonkeyPatch | None = None) -> int:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["users", "add", *args])


def test_add_reads_the_password_from_stdin_and_stores_only_its_argon2_hash(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("--email", "Thiri@Example.org", "--role", "caller", "--languages", "my,th", "--password-stdin")
    more = ("--timezone", "Asia/Yangon", "--interface-language", "my")
    assert _add(*args, *more, stdin=f"{PASSWORD}\nnot part of it\n", monkeypatch=monkeypatch) == 0
    out, err = capsys.readouterr()
    [user] = _users(database_url)
    assert out == f"{user.id}\n", "only the id: the password was not generated, so it is not printed"
    assert err == ""
    assert user.email == "thiri@example.org"
    assert (user.role, user.languages, user.timezone, user.interface_language) == (
        "caller",
        ["my", "th"],
        "Asia/Yangon",
        "my",
    )
    assert user.organisation_id is None and user.disabled_at is None
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash
    assert verify_password(user.password_hash, PASSWORD)
    assert not verify_password(user.password_hash, PASSWORD + "\n")
    assert not verify_password(user.password_hash, "not part of it")


def test_add_without_a_password_generates_one_and_prints_it(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _add("--email", "admin@example.org", "--role", "admin") == 0
    out, _ = capsys.readouterr()
    [user] = _users(database_url)
    id_line, password_line = out.splitlines()
    assert id_line == str(user.id)
    assert password_line.startswith("password: ")
    password = password_line.removeprefix("password: ")
    assert len(password) >= 10
    assert password not in user.password_hash
    assert verify_password(user.password_hash, password)


@pytest.mark.parametrize("email", ["auditor@example.org", "Auditor@EXAMPLE.org"])
def test_an_existing_email_is_refused_and_nothing_is_added(
    database_url: str, capsys: pytest.CaptureFixture[str], email: str
) -> None:
    assert _add("--email", "auditor@example.org", "--role", "auditor") == 0
    [first] = _users(database_url)
    capsys.readouterr()
    assert _add("--email", email, "--role", "admin") == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "error: a user auditor@example.org already exists\n"
    [still] = _users(database_url)
    assert (still.id, still.role, still.password_hash) == (first.id, "auditor", first.password_hash)


def test_a_caller_without_languages_is_refused(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _add("--email", "caller@example.org", "--role", "caller") == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("error: a caller needs --languages")
    assert _users(database_url) == []


def test_an_unknown_language_is_refused(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _add("--email", "caller@example.org", "--role", "caller", "--languages", "my,xx") == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("error: no locale for xx; available: ")
    assert _users(database_url) == []


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("--email", "boss@example.org", "--role", "boss"), "unknown role 'boss'"),
        (("--email", "not-an-email", "--role", "admin"), "'not-an-email' is not an email address"),
        (("--email", "a@example.org", "--role", "admin", "--timezone", "Mars/Base"), "unknown timezone 'Mars/Base'"),
        (("--email", "a@example.org", "--role", "admin", "--interface-language", "xx"), "interface language 'xx'"),
        (("--email", "a@example.org", "--role", "client"), "a client needs --org"),
    ],
)
def test_bad_input_is_refused_with_the_reason(
    database_url: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], reason: str
) -> None:
    assert _add(*args) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("error: ") and reason in err
    assert _users(database_url) == []


@pytest.mark.parametrize("stdin", ["short\n", "", "\n"])
def test_a_too_short_password_is_refused(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str
) -> None:
    args = ("--email", "a@example.org", "--role", "admin", "--password-stdin")
    assert _add(*args, stdin=stdin, monkeypatch=monkeypatch) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "error: a password needs at least 10 characters\n"
    assert _users(database_url) == []


def test_list_shows_every_user_and_who_is_disabled(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _add("--email", "admin@example.org", "--role", "admin") == 0
    assert _add("--email", "caller@example.org", "--role", "caller", "--languages", "my,th") == 0
    assert _add("--email", "client@example.org", "--role", "client", "--org", "Brand Co") == 0
    capsys.readouterr()
    ids = {u.email: u.id for u in _users(database_url)}

    assert main(["users", "list"]) == 0
    out, _ = capsys.readouterr()
    assert "$argon2" not in out
    assert out.splitlines() == [
        f"{ids['admin@example.org']}\tadmin@example.org\tadmin\t\t\t",
        f"{ids['caller@example.org']}\tcaller@example.org\tcaller\tmy,th\t\t",
        f"{ids['client@example.org']}\tclient@example.org\tclient\t\tBrand Co\t",
    ]

    [caller] = [u for u in _users(database_url) if u.email == "caller@example.org"]
    assert main(["users", "disable", "Caller@Example.org"]) == 0
    out, _ = capsys.readouterr()
    assert out == "caller@example.org disabled; their sessions have ended\n"
    [disabled] = [u for u in _users(database_url) if u.email == "caller@example.org"]
    assert disabled.disabled_at is not None
    assert disabled.session_epoch == caller.session_epoch + 1, "its sessions end"

    assert main(["users", "list"]) == 0
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert lines[1] == f"{ids['caller@example.org']}\tcaller@example.org\tcaller\tmy,th\t\tdisabled"
    assert [line.endswith("\tdisabled") for line in lines] == [False, True, False]


def test_list_of_no_users_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["users", "list"]) == 0
    assert capsys.readouterr().out == ""


def test_disabling_an_unknown_email_is_an_error(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _add("--email", "admin@example.org", "--role", "admin") == 0
    capsys.readouterr()
    assert main(["users", "disable", "nobody@example.org"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "error: no user nobody@example.org\n"
    [admin] = _users(database_url)
    assert admin.disabled_at is None


def test_the_installed_console_script_adds_a_user(database_url: str) -> None:
    script = Path(sys.executable).parent / "callbacks"
    assert script.exists(), f"no console script at {script}: run pip install -e '.[dev]'"
    env = {key: value for key, value in os.environ.items() if not key.startswith("CALLBACKS_")}
    env["CALLBACKS_DATABASE_URL"] = database_url
    args = ["users", "add", "--email", "ops@example.org", "--role", "auditor", "--password-stdin"]
    done = subprocess.run(
        [str(script), *args], input=f"{PASSWORD}\n", env=env, capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    [user] = _users(database_url)
    assert done.stdout == f"{user.id}\n"
    assert verify_password(user.password_hash, PASSWORD)

    again = subprocess.run(
        [str(script), *args], input=f"{PASSWORD}\n", env=env, capture_output=True, text=True, check=False, timeout=60
    )
    assert again.returncode == 2
    assert again.stderr == "error: a user ops@example.org already exists\n"


def test_a_malformed_setting_is_named_in_one_line_and_nothing_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CALLBACKS_METRICS_PORT", "")
    code = main(["users", "add", "--email", "x@example.org", "--role", "admin"])
    monkeypatch.delenv("CALLBACKS_METRICS_PORT")
    assert code == 2
    assert capsys.readouterr().err.startswith("error: CALLBACKS_METRICS_PORT: ")
    assert not [u for u in _users(os.environ["CALLBACKS_DATABASE_URL"]) if u.email == "x@example.org"]
