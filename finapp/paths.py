"""Where finapp keeps its files: ``--data-dir``, else ``FINAPP_DATA_DIR``, else the user dir."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

APP_NAME = "finapp"
DB_FILE = "finapp.db"
STORE_ID_FILE = "store.id"
#: In the demo household's folder: what proves it is finapp's demo, which a wipe of the store
#: beside it may erase (another household's store kept under that name is never erased)
DEMO_MARK_FILE = "finapp-demo.txt"


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The data directory in force, by precedence: argument, environment, platform default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get("FINAPP_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs  # only here: most runs name their folder, and it costs a few ms

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Make sure ``path`` exists; the folders created here are readable by the user only (0700).

    A folder that already exists keeps its mode: ``--data-dir ~/Documents/money`` or an export
    into a folder the user made must not change who else may read what the user keeps there.
    Each missing parent is created private too, so nothing finapp creates is left open.
    """
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):  # outermost first
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:  # made by another process meanwhile: not ours to change
            continue
        with contextlib.suppress(OSError):  # the umask may have narrowed it; no POSIX modes
            folder.chmod(0o700)
    if not path.is_dir():
        path.mkdir()  # raises the clear FileExistsError/NotADirectoryError of a file in the way
    return path


def db_path(data_dir: Path) -> Path:
    return data_dir / DB_FILE
