"""The record of a key change in progress, so that one cut short is finished, never stranded.

A change re-encrypts the backups one by one and the store last. Until the store is done, the
record beside it (``finapp.db.rekeying``) says what the change is for (a passphrase or the
keyring) and which backups already use the new key. Running the change again reads it: a switch
to the keyring reuses the key it saved there, and a passphrase change is refused a *different*
new passphrase while backups depend on the one the cut-short run was given. Every command warns
while the record is there. It holds names only, never a key.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from finapp.paths import DB_FILE
from finapp.services.encrypted_file import fsync_path, make_private

RECORD_FILE = f"{DB_FILE}.rekeying"
#: What the files re-encrypted so far use, in a sentence, by the change's target.
NEW_KEY_WORDS = {"passphrase": "the new passphrase", "keyring": "the keyring's new key"}


@dataclass(frozen=True, slots=True)
class KeyChange:
    """A key change not finished yet: its target (``passphrase`` or ``keyring``) and the
    backups, by name, already re-encrypted under the new key."""

    mode: str
    rekeyed: tuple[str, ...] = ()


def record_path(data_dir: Path) -> Path:
    return data_dir / RECORD_FILE


def unfinished_change(data_dir: Path) -> KeyChange | None:
    """The change cut short in ``data_dir``, or None; an unreadable record counts as a change
    to a passphrase (the safer reading: it refuses a different new passphrase)."""
    path = record_path(data_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        data = json.loads(text)
        return KeyChange(str(data["mode"]), tuple(str(name) for name in data["rekeyed"]))
    except (ValueError, KeyError, TypeError):
        return KeyChange("passphrase")


def record_change(data_dir: Path, change: KeyChange) -> None:
    """Write ``change`` (a new file renamed over the old, flushed) before the next file moves."""
    path = record_path(data_dir)
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(
            json.dumps({"mode": change.mode, "rekeyed": list(change.rekeyed)}), encoding="utf-8"
        )
        make_private(partial)
        fsync_path(partial)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    fsync_path(data_dir)


def finish_change(data_dir: Path) -> None:
    """The store itself uses the new key: the change is done."""
    record_path(data_dir).unlink(missing_ok=True)
    fsync_path(data_dir)


def unfinished_change_warning(data_dir: Path) -> str | None:
    """What to tell the user on every open while a change is unfinished, or None."""
    change = unfinished_change(data_dir)
    if change is None:
        return None
    if change.mode == "keyring":
        how = "run `finapp passphrase use-keyring` again to finish it"
    else:
        how = "run `finapp passphrase change` again with the same new passphrase to finish it"
    return (
        f"a change of the store's key was cut short ({len(change.rekeyed)} backups already use "
        f"{NEW_KEY_WORDS.get(change.mode, change.mode)}); {how}"
    )
