"""A keyring store whose head is destroyed is called damaged, and only by its own key.

The keyring's raw key does not need the salt (the file's first 16 bytes) to decrypt the pages,
so a store that lost it is still known as the key's own: damaged, to be restored. The same file
with another keyring entry (another computer's key, a reset keyring) is not the key's: that is
a wrong key, never a store to replace.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from finapp.errors import StoreDamagedError, WrongKeyError
from finapp.services.rescue import open_or_find_damaged
from finapp.store.engine import Store
from finapp.store.keys import new_raw_key, save_keyring_key


def _destroy_salt(store: Store) -> Path:
    """The store closed as finapp leaves it, then its first 16 bytes overwritten."""
    assert store.key.source == "keyring"
    store.close()
    store_file = store.path
    damaged = bytearray(store_file.read_bytes())
    damaged[:16] = b"\xff" * 16  # a disk's torn write over the salt
    store_file.write_bytes(bytes(damaged))
    return store.data_dir


def test_a_keyring_store_without_its_salt_is_damaged_not_locked(store: Store) -> None:
    data_dir = _destroy_salt(store)
    with pytest.raises(StoreDamagedError):
        open_or_find_damaged(data_dir)


def test_the_same_file_under_another_keyring_key_is_a_wrong_key(store: Store) -> None:
    data_dir = _destroy_salt(store)
    save_keyring_key(data_dir, new_raw_key())  # the keyring now holds another key
    with pytest.raises(WrongKeyError):  # asked for its key, never offered to be replaced
        open_or_find_damaged(data_dir)
