"""A store that cannot be used at start, and the backups that can bring it back.

At start the store may be missing or emptied (:func:`finapp.services.opening.refuse_vanished_store`
refuses to make a new one), or damaged: its file is there, its key is right, and it does not
open. SQLCipher reports a damaged first page exactly as it reports a wrong key, so the pages
are asked (:mod:`finapp.services.page_keys`): a key that signs them is the store's, and the
store is damaged rather than locked with another key. Telling the two apart is what lets the
app offer a restore instead of asking for a passphrase again and again.

The backups offered are those finapp keeps in the data folder, newest first, without the
copies a restore kept of a damaged store (they are what is being rescued from).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from finapp.errors import Problem, StoreDamagedError, WrongKeyError
from finapp.paths import db_path
from finapp.services.backup import backup_files, is_damaged_copy, taken_and_count
from finapp.services.encrypted_file import opens_with
from finapp.services.opening import open_store
from finapp.services.page_keys import key_fits_pages, salt_of
from finapp.services.restore import this_machine_key
from finapp.store.engine import Store
from finapp.store.key_stretching import PAGE_BYTES
from finapp.store.keys import StoreKey


@dataclass(frozen=True, slots=True)
class BackupOffer:
    """A backup a user can restore, as the list of them shows it."""

    path: Path
    taken: datetime
    size_bytes: int
    #: Verified transaction count from its name; None where the name does not record it.
    transactions: int | None


def backups_to_offer(data_dir: Path) -> list[BackupOffer]:
    """The backups in the data folder that can be restored, newest first."""
    offers = []
    for path in backup_files(data_dir):
        if is_damaged_copy(path):
            continue
        taken, transactions = taken_and_count(path)
        offers.append(BackupOffer(path, taken, path.stat().st_size, transactions))
    return sorted(offers, key=lambda offer: (offer.taken, offer.path.name), reverse=True)


def is_damaged_under(data_dir: Path, key: StoreKey) -> bool:
    """Whether the store is there, does not open with ``key``, and yet ``key`` signs its pages.

    The backups' salts are tried besides the store's own: they carry the store's salt, which a
    store whose first page is destroyed has lost.
    """
    store_file = db_path(data_dir)
    if not store_file.is_file() or store_file.stat().st_size < PAGE_BYTES:
        return False
    if opens_with(store_file, key):
        return False
    salts = [salt_of(path) for path in backup_files(data_dir)]
    return key_fits_pages(store_file, key, salts)


def open_or_find_damaged(
    data_dir: Path, passphrase: str | None = None, on_update: Callable[[], None] = lambda: None
) -> Store:
    """:func:`open_store`, raising :class:`StoreDamagedError` instead of :class:`WrongKeyError`
    when the key (keyring entry, else ``passphrase``) is right and the store is damaged."""
    try:
        return open_store(data_dir, passphrase=passphrase, on_update=on_update)
    except WrongKeyError:
        keys = [this_machine_key(data_dir, None), this_machine_key(data_dir, passphrase)]
        for key in dict.fromkeys(k for k in keys if k is not None):
            if is_damaged_under(data_dir, key):
                raise StoreDamagedError(
                    Problem(
                        "store.unopenable",
                        f"{db_path(data_dir)} is damaged and cannot be opened; the key is "
                        "right: restore a backup",
                        path=db_path(data_dir),
                    ),
                    key,
                ) from None
        raise
