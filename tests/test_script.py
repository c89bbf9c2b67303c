"""The script format: the default script is valid, and errors name the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.script_check import check
from bot.scripts import load_builtin_script
from conversations.script import ScriptError, load_script

GOOD_HEAD = "spec_version: 1\nname: t\nquestions:\n"


def problems(text: str) -> list[str]:
    with pytest.raises(ScriptError) as caught:
        load_script(text, "t.yaml")
    return [str(p) for p in caught.value.problems]


def test_the_default_script_is_valid_and_branches() -> None:
    script = load_builtin_script("default")
    assert script.question("retaliation_kind").ask_if == {"retaliation": ("yes",)}
    assert script.question("danger_now").flags[0].severity.value == "P0"


def test_a_flag_rule_on_an_answer_that_cannot_happen_names_its_line() -> None:
    text = GOOD_HEAD + (
        "  - id: a\n    type: yes_no\n    text: q-consent\n"
        "    flags:\n      - {when: [yes], category: wages, severity: P1}\n"
        "      - {when: [maybe], category: wages, severity: P1}\n"
    )
    assert problems(text) == ["t.yaml:9: questions.0.flags.1: 'maybe' is not an answer to this question"]


def test_an_unknown_category_and_a_forward_reference() -> None:
    text = GOOD_HEAD + (
        "  - id: a\n    type: yes_no\n    text: q-consent\n    ask_if: {b: [yes]}\n"
        "  - id: b\n    type: yes_no\n    text: q-consent\n"
    )
    assert problems(text) == ["t.yaml:7: questions.0.ask_if.b: 'b' is not an earlier question"]
    bad_category = GOOD_HEAD + (
        "  - id: a\n    type: yes_no\n    text: x\n    flags: [{when: [yes], category: pay, severity: P1}]\n"
    )
    [message] = problems(bad_category)
    assert message.startswith("t.yaml:7: questions.0.flags.0.category: Input should be")


def test_yaml_errors_and_versions() -> None:
    assert problems("spec_version: 1\nname: [unclosed\n")[0].startswith("t.yaml:3: not valid YAML")
    assert problems("spec_version: 2\nname: t\nquestions: []\n")[0].startswith("t.yaml:1: spec_version")


def test_script_check_reports_unknown_messages(tmp_path: Path) -> None:
    path = tmp_path / "custom.yaml"
    path.write_text(GOOD_HEAD + "  - id: a\n    type: yes_no\n    text: q-does-not-exist\n")
    report = check(path)
    assert not report.ok
    assert any("q-does-not-exist" in error for error in report.errors)


def test_script_check_passes_the_default_script_with_segment_counts() -> None:
    report = check(None)
    assert report.ok, report.errors
    assert set(report.segments) >= {"en", "id", "my"}
    assert report.segments["en"]["retaliation"] == 1
