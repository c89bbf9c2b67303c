"""Replay cases for the engine, as data: a state, then events at given times, each with the expected state
and effects. One loop runs them all.

``CALLBACKS_UPDATE_REPLAYS=1 pytest tests/test_replays.py`` rewrites every ``expect`` from what the engine does
now; read the diff before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter

from bot.i18n import default_locales
from bot.scripts import load_builtin_script
from conversations.effects import Effect
from conversations.engine import step
from conversations.events import Event
from conversations.state import Conversation

REPLAYS = sorted((Path(__file__).parent / "replays").glob("*.json"))
UPDATE = os.environ.get("CALLBACKS_UPDATE_REPLAYS") == "1"
EVENT = TypeAdapter(Event)
EFFECTS = TypeAdapter(list[Effect])
DATETIME = TypeAdapter(Any)


def _shown(state: Conversation) -> dict[str, Any]:
    """The state as the replay files show it: everything but the schedule, which the case sets once."""
    return state.model_dump(mode="json", exclude={"schedule"})


@pytest.mark.parametrize("path", REPLAYS, ids=[p.stem for p in REPLAYS])
def test_replay(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    script = load_builtin_script(case.get("script", "default"))
    state = Conversation.model_validate(case["conversation"])
    from datetime import datetime

    for number, entry in enumerate(case["steps"], start=1):
        now = datetime.fromisoformat(entry["at"])
        state, effects = step(state, EVENT.validate_python(entry["event"]), script, now=now, tr=default_locales())
        actual = {"state": _shown(state), "effects": EFFECTS.dump_python(list(effects), mode="json")}
        if UPDATE:
            entry["expect"] = actual
            continue
        expected = entry["expect"]
        assert actual["effects"] == expected["effects"], f"{path.name} step {number}: effects differ"
        subset = {k: actual["state"].get(k) for k in expected["state"]}
        assert subset == expected["state"], f"{path.name} step {number}: state differs"
    if UPDATE:
        path.write_text(json.dumps(case, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def test_there_are_replays() -> None:
    assert len(REPLAYS) >= 15
