"""Enrolling many workers from a CSV file (the CLI's ``workers import`` and the auditors' upload page).

Columns ``channel,phone,language,windows,tags``, a header row first; several windows or tags are separated by
``;``. Every row is checked; a refused row is reported with its line number and reason, and the good rows are
stored in batches, each row whole (worker, conversation, first contact, Telegram code) or not at all.

Already enrolled: an address already in the campaign (the same number however it is written), and a row whose
address an earlier row of the same file has (the first one wins). A Telegram row has no address until the worker
opens their link: it is recognised by its line in the same file (its one-time code is derived from the file's
contents, the line and the secret key), so importing the same file twice enrolls nobody twice; an edited file's
Telegram rows are new workers.
"""

from __future__ import annotations

import csv
import hashlib
import io
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from bot.channels.telegram import TelegramChannel
from bot.enrollment import (
    AlreadyEnrolled,
    Enrollment,
    EnrollmentError,
    check_enrollment,
    refuse_closed,
    store_workers,
    telegram_channel,
    with_link_code,
)
from bot.runtime import Runtime
from storage.enrollment import ENROLLMENT_CODES, NewWorker, enrolled_codes, enrolled_lookups
from storage.tables import Campaign

COLUMNS = ("channel", "phone", "language", "windows", "tags")
REQUIRED_COLUMNS = ("channel", "phone", "language", "windows")
SEPARATOR = ";"
BATCH = 1000
PROGRESS_EVERY = 1000
IMPORT_CODES = "telegram-import-code"  # the HMAC purpose of the codes derived for imported Telegram rows

Row = tuple[int, Mapping[str, str]]  # the row's first line in the file (the header is line 1), and its fields
Progress = Callable[[int], None]  # told how many rows have been read so far


class CsvError(EnrollmentError):
    """The file as a whole cannot be read: nothing was imported."""


@dataclass
class ImportReport:
    imported: int = 0
    already_enrolled: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    links: list[tuple[int, str, str]] = field(default_factory=list)  # Telegram rows: (line, language, deep link)

    @property
    def summary(self) -> str:
        return f"imported {self.imported}, already enrolled {self.already_enrolled}, refused {len(self.refused)}"


@dataclass(frozen=True)
class CsvRows:
    rows: Sequence[Row]
    digest: str  # of the whole file: the same file imported again is recognised (Telegram rows)


def read_csv(data: bytes) -> CsvRows:
    """Decode and split the whole file first, so that a bad encoding or header stops the import before any row."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CsvError(f"line {line}: the file is not UTF-8 text: save it as 'CSV UTF-8' and import it again") from None
    if not text.strip():
        raise CsvError(f"the file is empty: it needs a header row {','.join(COLUMNS)} and one row per worker")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip().lower() for name in next(reader)]
        missing = [name for name in REQUIRED_COLUMNS if name not in header]
        if missing:
            raise CsvError(
                f"line 1: the header has no {', '.join(missing)} column{'s' if len(missing) > 1 else ''};"
                f" it must name {','.join(COLUMNS)}"
            )
        rows: list[Row] = []
        previous_end = reader.line_num
        for fields in reader:
            line, previous_end = previous_end + 1, reader.line_num
            if not any(value.strip() for value in fields):
                continue  # blank line
            if len(fields) > len(header):
                rows.append((line, {"": f"{len(fields)} fields where the header names {len(header)}"}))
                continue
            rows.append((line, dict(zip(header, fields, strict=False))))
    except csv.Error as error:
        raise CsvError(f"line {reader.line_num}: {error}") from None
    return CsvRows(rows, hashlib.sha256(data).hexdigest())


def enrollment_of(fields: Mapping[str, str]) -> Enrollment:
    if "" in fields:  # read_csv's note about a malformed row
        raise EnrollmentError(fields[""])
    channel = fields.get("channel", "").strip().lower()
    if not channel:
        raise EnrollmentError("no channel")
    language = fields.get("language", "").strip()
    if not language:
        raise EnrollmentError("no language")
    windows = _split(fields.get("windows", ""))
    if not windows:
        raise EnrollmentError("no contact window (e.g. mon-fri 19:00-21:00)")
    phone = fields.get("phone", "").strip() or None
    return Enrollment(channel, language, windows, phone, _split(fields.get("tags", "")))


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(SEPARATOR) if part.strip())


@dataclass
class _Pending:
    line: int
    language: str
    worker: NewWorker
    key: tuple[str, str]  # (channel, address lookup) or (ENROLLMENT_CODES, code lookup) for Telegram
    code: str | None = None


@dataclass
class _Importer:
    runtime: Runtime
    campaign: Campaign
    source: str
    report: ImportReport = field(default_factory=ImportReport)
    seen: dict[tuple[str, str], int] = field(default_factory=dict)
    telegram: TelegramChannel | None = None

    async def row(self, line: int, fields: Mapping[str, str]) -> _Pending | None:
        enrollment = enrollment_of(fields)
        runtime = self.runtime
        worker = check_enrollment(enrollment, self.campaign, runtime.locales.languages)
        if worker.channel != "simulator" and worker.channel not in runtime.channels:
            raise EnrollmentError(f"channel {worker.channel!r} is not configured: set its CALLBACKS_* variables")
        code = None
        if worker.channel == "telegram":
            if self.telegram is None:
                self.telegram = await _telegram(runtime)
            code = runtime.cipher.lookup(IMPORT_CODES, f"{self.campaign.id}:{self.source}:{line}")
            valid_for = timedelta(days=runtime.settings.telegram_link_days)
            worker = with_link_code(worker, code, runtime.clock.now() + valid_for)
            key = (ENROLLMENT_CODES, runtime.cipher.lookup(ENROLLMENT_CODES, code))
        else:
            assert worker.address is not None
            key = (worker.channel, runtime.cipher.lookup(worker.channel, worker.address))
        if key in self.seen:
            self.report.already_enrolled += 1
            return None
        self.seen[key] = line
        return _Pending(line, enrollment.language, worker, key, code)

    async def store(self, batch: list[_Pending]) -> None:
        if not batch:
            return
        async with self.runtime.db.sessions() as session:
            assert self.campaign.id is not None
            addresses = [p.key for p in batch if p.code is None]
            codes = [p.key[1] for p in batch if p.code is not None]
            known = await enrolled_lookups(session, self.campaign.id, addresses)
            known |= {(ENROLLMENT_CODES, c) for c in await enrolled_codes(session, codes)}
        fresh = [p for p in batch if p.key not in known]
        self.report.already_enrolled += len(batch) - len(fresh)
        try:
            await self._store(fresh)
        except AlreadyEnrolled:  # another import or auditor enrolled one of them meanwhile: one row at a time
            for pending in fresh:
                try:
                    await self._store([pending])
                except AlreadyEnrolled:
                    self.report.already_enrolled += 1

    async def _store(self, batch: list[_Pending]) -> None:
        if batch:
            await store_workers(self.runtime, self.campaign, [p.worker for p in batch])
        self.report.imported += len(batch)
        for pending in batch:
            if pending.code is not None and self.telegram is not None:
                self.report.links.append((pending.line, pending.language, self.telegram.deep_link(pending.code)))


async def import_workers(
    runtime: Runtime,
    campaign_id: int,
    rows: Iterable[Row],
    progress: Progress | None = None,
    *,
    source: str = "",
) -> ImportReport:
    """Check every row, store the good ones, report the rest. ``source`` names the file (e.g. its digest, see
    :func:`read_csv`): Telegram rows of the same source are recognised when it is imported again; without it,
    each import makes new Telegram workers. Raises :class:`EnrollmentError` (nothing imported) for a missing or
    closed campaign."""
    async with runtime.db.sessions() as session:
        campaign = await session.get(Campaign, campaign_id)
    if campaign is None:
        raise EnrollmentError(f"no campaign {campaign_id}")
    refuse_closed(campaign)
    importer = _Importer(runtime, campaign, source or secrets.token_hex(16))
    batch: list[_Pending] = []
    for count, (line, fields) in enumerate(rows, start=1):
        try:
            pending = await importer.row(line, fields)
        except EnrollmentError as error:
            importer.report.refused.append((line, str(error)))
            pending = None
        if pending is not None:
            batch.append(pending)
        if len(batch) >= BATCH:
            await importer.store(batch)
            batch = []
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count)
    await importer.store(batch)
    return importer.report


async def _telegram(runtime: Runtime) -> TelegramChannel:
    try:
        return await telegram_channel(runtime)
    except EnrollmentError:
        raise
    except Exception as error:  # Telegram unreachable, or the token refused: each Telegram row says so
        raise EnrollmentError(f"could not reach Telegram to make the link ({type(error).__name__})") from None
