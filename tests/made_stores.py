"""Stores made once a process and copied into each test that asks for the same one.

A store is a folder: copying one costs milliseconds, where importing a household's statements
into a new store (parsing, filing, pairing, detecting subscriptions, alerts) costs a large part
of a second. Tests that start from the same household therefore build it once and each get a
private copy, which they may change as they like. A recipe names what is in the store (the
statements' text, what the user taught): two tests share a made store only when they would
have built the same one.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable, Hashable
from pathlib import Path

#: the made data folders of this process, by recipe
_MADE: dict[Hashable, Path] = {}
#: where they are kept (one folder a process, removed at its exit)
_ROOT: list[Path] = []


def copy_made(data_dir: Path, recipe: Hashable, make: Callable[[Path], None]) -> None:
    """Fill ``data_dir`` with the store that ``make`` leaves (closed) in the data folder it is
    given, a ``data`` folder yet to be made in a folder of its own (for the statements it
    imports); ``make`` runs once a process for each ``recipe``."""
    made = _MADE.get(recipe)
    if made is None:
        made = Path(tempfile.mkdtemp(dir=_root())) / "data"
        make(made)
        _MADE[recipe] = made
    shutil.copytree(made, data_dir, dirs_exist_ok=True)


def _root() -> Path:
    if not _ROOT:
        _ROOT.append(Path(tempfile.mkdtemp(prefix="finapp-tests-made-stores-")))
        atexit.register(shutil.rmtree, _ROOT[0], True)
    return _ROOT[0]
