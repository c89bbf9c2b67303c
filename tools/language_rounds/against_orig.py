"""The flags a workspace's word list raises on texts, beside those its starting list (words.toml.orig) raised: which
flags a change added. Run from the workspace (words only, no model):

    PYTHONPATH=. .venv/bin/python tools/language_rounds/against_orig.py ms "text one" "text two"
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bot.i18n import FluentLocales, locales_root
from conversations.lexicon import flags_in_text
from conversations.prompts import vocabularies


def main(code: str, texts: list[str]) -> None:
    root = locales_root()
    with tempfile.TemporaryDirectory() as scratch:
        before = Path(scratch) / "locales"
        shutil.copytree(root, before, ignore=shutil.ignore_patterns("flag_model.bin"))
        shutil.copy(root.parent / "words.toml.orig", before / code / "words.toml")
        readers = {"orig": vocabularies(code, FluentLocales(before)), "now": vocabularies(code, FluentLocales(root))}
        for text in texts:
            for label, known in readers.items():
                flags = [(f.category.value, f.severity.value) for f in flags_in_text(text, known)]
                print(f"{label:4} {flags} {text}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
