"""Language detection of short replies, and `callbacks classify`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conversations.language import detect_language, suggests_switch


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ရိုက်နှက်ခံရတယ်", "my"),
        ("ខ្ញុំត្រូវគេវាយ", "km"),
        ("นายจ้างยึดพาสปอร์ต", "th"),
        ("여권을 뺏겼어요", "ko"),
        ("パスポートを取られた", "ja"),
        ("护照被老板扣了", "zh"),
        ("পাসপোর্ট নিয়ে নিয়েছে", "bn"),
        ("میرا پاسپورٹ رکھ لیا", "ur"),
        ("ಪಾಸ್‌ಪೋರ್ಟ್ ತೆಗೆದುಕೊಂಡರು", "kn"),
        ("பாஸ்போர்ட் எடுத்துக்கொண்டார்கள்", "ta"),
        ("the supervisor took my passport", "en"),
        ("họ giữ hộ chiếu của tôi", "vi"),
        ("ho giu ho chieu cua toi", "vi"),
        ("meu patrão ficou com meu passaporte", "pt"),
        ("el jefe me quitó el pasaporte", "es"),
        ("kinuha ng amo ang pasaporte ko", "tl"),
        ("मालिक ने मेरा पासपोर्ट रख लिया", "hi"),
    ],
)
def test_the_language_of_a_reply(text: str, language: str) -> None:
    assert detect_language(text).language == language


def test_detection_is_deterministic() -> None:
    answers = {detect_language("saya tidak dibayar bulan ini").language for _ in range(30)}
    assert len(answers) == 1


def test_digits_and_emoji_have_no_language() -> None:
    assert detect_language("1 ၂ 😀").language is None


def test_a_switch_is_offered_only_for_a_confident_longer_reply_in_a_clearly_different_language() -> None:
    assert suggests_switch("el jefe me quitó el pasaporte", "en") == "es"
    assert suggests_switch("ok", "en") is None  # too short to say anything
    assert suggests_switch("the supervisor took my passport", "en") is None  # the worker's own language
    assert suggests_switch("saya tidak dibayar bulan ini", "ms") is None  # Indonesian and Malay: never alone
    assert suggests_switch("ရိုက်နှက်ခံရတယ်", "en") == "my"  # the script alone is enough


def test_classify_reads_lines_and_reports_bad_ones(tmp_path: object) -> None:
    lines = '{"text": "they took my passport"}\nnot json\n{"text": "saya dipukul", "language": "id"}\n'
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "classify", "--jsonl"],
        input=lines,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert results[0]["language"] == "en"
    assert results[0]["flags"] == [{"category": "documents", "severity": "P1"}]
    assert results[1] == {"error": "line 2: not JSON"}
    assert results[2]["flags"] == [{"category": "violence", "severity": "P0"}]
    assert done.returncode == 1
