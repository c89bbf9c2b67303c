"""Compiled word lists kept between runs: reading the twenty ``words.toml`` files and compiling their phrases,
situations and negations takes seconds; a pickle of the result takes a fraction of one.

An entry is keyed by the list's own bytes and by the source of the code that compiles it (``conversations/``), so
an edited list or a new release is compiled afresh, never read stale. The cache is only a copy: one that cannot be
read or written is rebuilt or skipped, and ``CALLBACKS_CACHE_DIR=`` (empty) turns it off.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path

from conversations.vocabulary import Vocabulary

log = logging.getLogger(__name__)

CACHE_DIR_VARIABLE = "CALLBACKS_CACHE_DIR"


def cache_dir() -> Path | None:
    """``CALLBACKS_CACHE_DIR``, else ``$XDG_CACHE_HOME/worker-callbacks``, else ``~/.cache/worker-callbacks``;
    None when the variable is set empty."""
    chosen = os.environ.get(CACHE_DIR_VARIABLE)
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "worker-callbacks"


@cache
def _code_fingerprint() -> bytes:
    """The source of the package that compiles word lists, and the interpreter that pickles them."""
    digest = hashlib.sha256(sys.version.encode())
    package = resources.files("conversations")
    for name in sorted(entry.name for entry in package.iterdir() if entry.name.endswith(".py")):
        digest.update(name.encode() + b"\0" + package.joinpath(name).read_bytes())
    return digest.digest()


def load_vocabulary(code: str, source: bytes, compile_source: Callable[[], Vocabulary]) -> Vocabulary:
    """The vocabulary of ``code`` compiled from ``source`` (a ``words.toml``), from the cache when it holds it."""
    directory = cache_dir()
    if directory is None:
        return compile_source()
    key = hashlib.sha256(_code_fingerprint() + code.encode() + b"\0" + source).hexdigest()[:32]
    path = directory / f"{code}-{key}.pickle"
    try:
        vocabulary = pickle.loads(path.read_bytes())
        if isinstance(vocabulary, Vocabulary) and vocabulary.language == code:
            return vocabulary
    except FileNotFoundError:
        pass
    except Exception as error:  # a cut or foreign file: compiled again and replaced
        log.warning("word list cache %s unreadable (%s); compiling %s again", path.name, type(error).__name__, code)
    vocabulary = compile_source()
    _store(directory, code, path, vocabulary)
    return vocabulary


def _store(directory: Path, code: str, path: Path, vocabulary: Vocabulary) -> None:
    temporary: str | None = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{code}-")
        with os.fdopen(handle, "wb") as file:
            file.write(pickle.dumps(vocabulary, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)  # whole or not at all, whatever another process reads meanwhile
    except OSError as error:  # a read-only or full disk: the next start compiles again
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        log.debug("word list cache not written to %s: %s", directory, error)
        return
    for stale in directory.glob(f"{code}-*.pickle"):  # the copies of older lists and releases
        if stale != path:
            stale.unlink(missing_ok=True)
