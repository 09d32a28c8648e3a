"""Replace a file the user asked for whole or not at all, readable by the user alone.

Calendars, the self-check report and the login entry are written where the user (or the
desktop) chose, outside the encrypted store. Each is written to a temporary file in the same
folder (a rename within one file system is atomic, and no copy lands anywhere else), flushed to
disk, made owner-only, then renamed over the old file; if anything fails the temporary file is
removed and the old file stays as it was. A refusal names the file the user asked for, never
the temporary one: ``.finapp-x1y2.tmp is on a read-only disk`` named a file the user never
heard of and cannot find.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def replace_privately(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, mode 0600; an :class:`OSError` names ``path``."""
    try:
        _write_and_rename(path, data)
    except OSError as exc:
        if exc.filename is None or exc.filename == str(path):
            raise
        raise _naming(exc, path) from exc


def _naming(exc: OSError, path: Path) -> OSError:
    """``exc`` as the operating system would have said it of ``path`` itself."""
    return type(exc)(exc.errno, exc.strerror, str(path))


def _write_and_rename(path: Path, data: bytes) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    handle, temp = tempfile.mkstemp(dir=folder, prefix=".finapp-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(OSError):  # no POSIX modes (Windows): mkstemp is per-user
            os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
