"""A backup kept away from the data folder: Settings' "Back up to…", the copy the erase dialog
offers to save first, and ``finapp wipe --yes --backup-to PATH``.

It is the backup :func:`finapp.services.backup.backup` writes into a place the user names: the
same encrypted format under the store's own key (its passphrase, or the keyring's key, which
the recovery key also opens), staged in a ``.partial`` file beside it and renamed only once
verified, so nothing of it is ever plain text on disk and a half-written copy never looks
complete. It is refused inside the data folder: "Delete all data" removes that folder with
everything finapp wrote there, and a copy meant to outlive an erase, or to carry the household
to another computer, must not go with it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.errors import InvalidInputError, Problem
from finapp.services.backup import BackupResult, backup
from finapp.store.engine import Store


def suggested_name(today: date | None = None) -> str:
    """The file name a save dialog offers: dated, and starting ``finapp-`` so the restore
    chooser's "finapp backups" filter shows it."""
    return f"finapp-backup-{(today or date.today()).isoformat()}.db"


def inside_data(data_dir: Path, to: Path) -> bool:
    """Whether a backup written to ``to`` (a file, or a folder for a dated file) would land
    in ``data_dir``, which an erase deletes. Links are followed: a folder reached through
    one is where the file ends up."""
    folder = to if to.is_dir() else to.parent
    return folder.resolve().is_relative_to(data_dir.resolve())


def backup_elsewhere(store: Store, to: Path) -> BackupResult:
    """Back the store up to ``to``, outside its data folder; the rotation is left alone."""
    if inside_data(store.data_dir, to):
        raise InvalidInputError(
            Problem(
                "backup.inside_data",
                f"{to} is inside finapp's data folder {store.data_dir}, which deleting all data "
                "removes; choose a place outside it (another folder, a USB stick)",
                path=to,
                data_dir=store.data_dir,
            )
        )
    return backup(store, to)
