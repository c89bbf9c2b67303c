"""Translators' round trip: export to CSV, edit, import; a bad row rejects the file and changes nothing."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from bot.i18n import FluentLocales, locales_root
from bot.locales_io import ImportRejected, export_csv, import_csv


@pytest.fixture
def root(tmp_path: Path) -> Path:
    copy = tmp_path / "locales"
    shutil.copytree(locales_root(), copy, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    for folder in copy.iterdir():
        if folder.is_dir() and folder.name not in ("en", "id"):
            shutil.rmtree(folder)
    return copy


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _csv(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def test_export_has_every_message_with_source_translation_and_context(root: Path) -> None:
    rows = _rows(export_csv(["id"], root))
    by_id = {r["id"]: r for r in rows}
    assert by_id["answer-number"]["english"] == "Reply with a number from { $min } to { $max }."
    assert "{ $min }" in by_id["answer-number"]["translation"]
    assert by_id["q-retaliation"]["file"] == "script.ftl"
    assert all(r["language"] == "id" for r in rows)


def test_an_edited_row_is_imported(root: Path) -> None:
    rows = _rows(export_csv(["id"], root))
    for row in rows:
        if row["id"] == "stop-ok":
            row["translation"] = "Terima kasih. Kami tidak akan menghubungi Anda lagi, sesuai permintaan Anda."
    assert import_csv(_csv(rows), root) == len([r for r in rows if r["translation"].strip()])
    text = FluentLocales(root).text("id", "stop-ok")
    assert text.endswith("sesuai permintaan Anda.")
    assert FluentLocales(root).text("id", "answer-number", min=1, max=3).count("1") == 1  # others unchanged


def test_a_bad_row_names_its_line_and_nothing_changes(root: Path) -> None:
    before = (root / "id" / "bot.ftl").read_text()
    rows = _rows(export_csv(["id"], root))
    for row in rows:
        if row["id"] == "stop-ok":
            row["translation"] = "Diubah"
        if row["id"] == "answer-number":
            row["translation"] = "Balas dengan angka { $minimum } sampai { $max }."
        if row["id"] == "reprompt":
            row["translation"] = "Maaf { $"
    with pytest.raises(ImportRejected) as rejected:
        import_csv(_csv(rows), root)
    lines = {r["id"]: n for n, r in enumerate(rows, start=2)}
    assert any(
        e.startswith(f"line {lines['answer-number']}: answer-number: placeholders") for e in rejected.value.errors
    )
    assert any(e.startswith(f"line {lines['reprompt']}: reprompt: not valid Fluent") for e in rejected.value.errors)
    assert (root / "id" / "bot.ftl").read_text() == before
