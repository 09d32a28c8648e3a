"""Where finapp keeps its files: ``--data-dir``, else ``FINAPP_DATA_DIR``, else the user dir."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "finapp"
DB_FILE = "finapp.db"
STORE_ID_FILE = "store.id"


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The data directory in force, by precedence: argument, environment, platform default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get("FINAPP_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` readable by the user only (mode 0700 where the OS has modes)."""
    path.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # e.g. a filesystem without POSIX modes
        path.chmod(0o700)
    return path


def db_path(data_dir: Path) -> Path:
    return data_dir / DB_FILE
