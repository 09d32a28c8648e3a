"""Plain-text exports cut short: found and removed, never left hidden on the disk.

An export is written into a hidden folder beside its destination (``.NAME.partial-XXXX``) and
renamed into place when whole; a previous export is set aside as ``.NAME.replaced-XXXX`` while
the new one goes in. A process killed meanwhile leaves that folder, full of plain-text
transactions, where a file manager does not show it. Two things find it again: the next export
to the same place removes those beside it, and the data folder keeps the list of staging folders
in use (``exports.staging``, paths only), which an export clears when it is done and ``wipe``
reads to remove what a killed export left anywhere.
"""

from __future__ import annotations

import contextlib
import re
import shutil
from pathlib import Path

from finapp.services.encrypted_file import make_private

RECORD_FILE = "exports.staging"
#: The hidden folders an export writes beside its destination, and only those.
_STAGING = re.compile(r"\.(?P<name>.+)\.(?:partial|replaced)-[A-Za-z0-9_]+")


def _remove(folder: Path) -> bool:
    """Remove ``folder`` if it is an export's staging folder (by its name, not a link)."""
    if not _STAGING.fullmatch(folder.name) or folder.is_symlink() or not folder.is_dir():
        return False
    shutil.rmtree(folder, ignore_errors=True)
    return not folder.exists()


def remove_beside(destination: Path) -> list[Path]:
    """Remove what exports to ``destination`` cut short left beside it; returns those removed."""
    if not destination.parent.is_dir():
        return []
    removed = []
    for entry in sorted(destination.parent.glob(f".{_glob_escape(destination.name)}.*-*")):
        match = _STAGING.fullmatch(entry.name)
        if match and match["name"] == destination.name and _remove(entry):
            removed.append(entry)
    return removed


def _glob_escape(name: str) -> str:
    """``name`` matched literally by :meth:`Path.glob`."""
    return re.sub(r"([*?\[])", r"[\1]", name)


def _recorded(data_dir: Path) -> list[str]:
    try:
        return (data_dir / RECORD_FILE).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []


def _write(data_dir: Path, lines: list[str]) -> None:
    path = data_dir / RECORD_FILE
    if not lines:
        path.unlink(missing_ok=True)
        return
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    make_private(path)


def remember(data_dir: Path, staging: Path) -> None:
    """Note ``staging`` before plain text is written into it."""
    if data_dir.is_dir():
        _write(data_dir, [*_recorded(data_dir), str(staging)])


def forget(data_dir: Path, staging: Path) -> None:
    """``staging`` is gone (renamed into place, or removed): no longer a leftover."""
    with contextlib.suppress(OSError):
        _write(data_dir, [line for line in _recorded(data_dir) if line != str(staging)])


def remove_recorded(data_dir: Path) -> list[str]:
    """Remove every staging folder the record names (what killed exports left); clear it."""
    removed = [line for line in _recorded(data_dir) if line and _remove(Path(line))]
    (data_dir / RECORD_FILE).unlink(missing_ok=True)
    return removed
