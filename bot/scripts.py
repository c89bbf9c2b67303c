"""Reading script files from disk (the pure parser lives in ``conversations.script``)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from conversations.script import Script, load_script


def builtin_scripts_dir() -> Path:
    return Path(str(resources.files("conversations") / "scripts"))


def load_script_file(path: Path) -> Script:
    return load_script(path.read_text(encoding="utf-8"), str(path))


@cache
def load_builtin_script(name: str) -> Script:
    """A script shipped with the package, by name (``default``)."""
    path = builtin_scripts_dir() / f"{name}.yaml"
    if not path.is_file():
        raise FileNotFoundError(f"no built-in script {name!r} (looked for {path})")
    return load_script_file(path)
