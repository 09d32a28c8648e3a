"""The same visible passphrase opens the store however it arrives: an ``é`` composed or as ``e``
plus a combining accent (input methods, macOS paths and clipboards differ), with or without a
space picked up at either end when pasting. A passphrase store has no recovery key, so a
passphrase that cannot be typed again the same way strands the data.

New keys are derived from the passphrase normalised (NFC, no spaces at either end); a store an
earlier finapp made from the text exactly as typed still opens with that text.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import sqlcipher3

from finapp.errors import WrongKeyError
from finapp.services.backup import backup
from finapp.services.encrypted_file import opens_with
from finapp.services.keys_admin import change_passphrase
from finapp.services.opening import open_store
from finapp.store.engine import Store
from finapp.store.key_stretching import forget_keys, stretched
from finapp.store.keys import StoreKey
from finapp.store.schema import Account
from tests.conftest import PASSPHRASE
from tests.helpers import run_cli

pytestmark = pytest.mark.passphrase

NFC = unicodedata.normalize("NFC", "café passphrase")
NFD = unicodedata.normalize("NFD", "café passphrase")


def _accounts(data_dir: Path, passphrase: str) -> list[str]:
    """The accounts the store in ``data_dir`` holds, opened with ``passphrase`` as typed."""
    store = open_store(data_dir, passphrase=passphrase)
    try:
        with store.read() as session:
            return [name for (name,) in session.query(Account.name).all()]
    finally:
        store.close()


def _new_store(data_dir: Path, passphrase: str) -> Path:
    store = open_store(data_dir, passphrase=passphrase)
    with store.write() as session:
        session.add(Account(name="Everyday checking", type="checking", currency="USD"))
    store.close()
    return data_dir


def _made_by_old_finapp(store: Store, folder: Path, typed: str) -> Path:
    """A copy of ``store`` in ``folder`` encrypted as finapp did before passphrases were
    normalised: SQLCipher's key derived from ``typed`` exactly as it was typed."""
    store.close()
    folder.mkdir()
    conn = sqlcipher3.connect(str(store.path))
    literal = "'" + typed.replace("'", "''") + "'"
    try:
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"ATTACH DATABASE '{folder / 'finapp.db'}' AS copy KEY {literal}")
        conn.execute("SELECT sqlcipher_export('copy')")
        conn.execute(f"PRAGMA copy.user_version = {version}")
        conn.execute("DETACH DATABASE copy")
    finally:
        conn.close()
    forget_keys()
    return folder


def test_a_store_made_with_a_trailing_space_opens_without_it(tmp_path: Path) -> None:
    made = _new_store(tmp_path / "data", "probe passphrase ")
    assert _accounts(made, "probe passphrase") == ["Everyday checking"]
    assert _accounts(made, " probe passphrase ") == ["Everyday checking"]


def test_a_store_made_with_a_composed_accent_opens_with_a_combining_one(tmp_path: Path) -> None:
    assert NFC != NFD
    made = _new_store(tmp_path / "data", NFC)
    assert _accounts(made, NFD) == ["Everyday checking"]


def test_the_cli_opens_a_store_made_with_a_trailing_space_without_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    made = run_cli(data_dir, "accounts", passphrase="probe passphrase ")
    assert made.returncode == 0, made.stderr
    typed = run_cli(data_dir, "accounts", passphrase="probe passphrase")
    assert typed.returncode == 0, typed.stderr
    assert "wrong passphrase" not in typed.stderr


def test_a_store_an_earlier_finapp_made_with_a_trailing_space_opens_as_typed_then(
    store: Store, tmp_path: Path
) -> None:
    old = _made_by_old_finapp(store, tmp_path / "old", "probe passphrase ")
    with pytest.raises(WrongKeyError):  # the old file's key is not the normalised text's
        open_store(old, passphrase="another passphrase").close()
    assert _accounts(old, "probe passphrase ") == []


def test_a_store_an_earlier_finapp_made_from_a_combining_accent_opens_either_way(
    store: Store, tmp_path: Path
) -> None:
    old = _made_by_old_finapp(store, tmp_path / "old", NFD)
    assert _accounts(old, NFD) == []
    assert _accounts(old, NFC) == []


def test_a_backup_of_an_old_store_opens_with_what_opens_the_store(
    store: Store, tmp_path: Path
) -> None:
    old = _made_by_old_finapp(store, tmp_path / "old", "probe passphrase ")
    reopened = open_store(old, passphrase="probe passphrase ")
    made = Path(backup(reopened).path)
    reopened.close()
    assert opens_with(made, StoreKey.from_passphrase("probe passphrase "))


def test_a_passphrase_changed_to_one_with_spaces_opens_without_them(store: Store) -> None:
    store.close()
    change_passphrase(store.data_dir, store.key, "  a much better passphrase ")
    assert _accounts(store.data_dir, "a much better passphrase") == []


def test_a_store_made_by_an_older_finapp_can_move_to_a_new_passphrase(
    store: Store, tmp_path: Path
) -> None:
    old = _made_by_old_finapp(store, tmp_path / "old", "probe passphrase ")
    change_passphrase(old, StoreKey.from_passphrase("probe passphrase "), "a new passphrase")
    assert _accounts(old, "a new passphrase") == []


def test_the_right_passphrase_derives_its_key_once(store: Store) -> None:
    """The other forms of a passphrase are tried only when the first does not open the file:
    a user typing the right passphrase waits for one derivation, as before."""
    store.close()
    forget_keys()
    open_store(store.data_dir, passphrase=f"{PASSPHRASE} ").close()
    assert stretched.cache_info().misses == 1
