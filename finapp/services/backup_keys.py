"""Which key opens a backup: the store's own, or the new key of a key change not finished yet.

A key change re-encrypts the backups one by one and the store last
(:mod:`finapp.services.keys_admin`), so until it is finished the backups it reached open with
its new key and the others, with the store, with the old one. Both are sound: a check or a
restore must try every key finapp knows before it calls a backup damaged or asks the user for
another passphrase. The new key is known when the change moves the key to the keyring (it was
saved there first) or when the user gives the new passphrase again; otherwise the backups the
change reached are known only by their names in its record, and are said to be waiting for
the change rather than damaged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from finapp.services.encrypted_file import incomplete_error, opens_with
from finapp.services.page_keys import key_fits_pages
from finapp.services.rekey_record import unfinished_change
from finapp.store.keys import StoreKey, load_keyring_key

#: The store's own key.
CURRENT = "current"
#: The new key of a key change cut short.
NEW = "new"


@dataclass(frozen=True, slots=True)
class KnownKey:
    """A key finapp knows for this data and what it is (:data:`CURRENT` or :data:`NEW`)."""

    key: StoreKey
    role: str


def known_keys(
    data_dir: Path, store_key: StoreKey, new_passphrase: str | None = None
) -> tuple[KnownKey, ...]:
    """The store's key, then the unfinished change's new key where it is known: the keyring's
    for a move to the keyring, ``new_passphrase`` (given by the user) for a passphrase change."""
    keys = [KnownKey(store_key, CURRENT)]
    change = unfinished_change(data_dir)
    new: StoreKey | None = None
    if change is not None and change.mode == "keyring":
        raw = load_keyring_key(data_dir)
        new = StoreKey.from_raw(raw, source="keyring") if raw is not None else None
    elif change is not None and new_passphrase:
        new = StoreKey.from_passphrase(new_passphrase)
    if new is not None and new != store_key:
        keys.append(KnownKey(new, NEW))
    return tuple(keys)


def waiting_for_change(data_dir: Path, keys: Sequence[KnownKey]) -> frozenset[str]:
    """Names of the backups an unfinished change re-encrypted under a new key not known here
    (a passphrase change whose new passphrase was not given): not checkable, not damaged."""
    change = unfinished_change(data_dir)
    if change is None or any(known.role == NEW for known in keys):
        return frozenset()
    return frozenset(change.rekeyed)


def opening_key(path: Path, keys: Sequence[StoreKey]) -> StoreKey | None:
    """The first of ``keys`` that opens the backup ``path``, else None (made under another key).

    A backup one of the keys is the key of, by its pages, yet which does not open is damaged or
    cut short, and raises that :class:`~finapp.errors.StoreError` rather than passing for a
    backup under another key: no passphrase would open it.
    """
    for key in keys:
        if opens_with(path, key):
            return key
    if any(key_fits_pages(path, key) for key in keys):
        raise incomplete_error(path)
    return None
