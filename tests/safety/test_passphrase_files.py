"""finapp derives a passphrase's key itself, once a process, and hands SQLCipher the result: the
files are still those SQLCipher makes from the passphrase. A user who opens their store, a
backup or a re-keyed store with the ``sqlcipher`` tool and their passphrase reads their data, and
a store SQLCipher encrypted from a passphrase (as every earlier finapp did) opens in finapp with
it and with nothing else.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import sqlcipher3

from finapp.errors import WrongKeyError
from finapp.paths import db_path
from finapp.services.accounts import set_low_balance_threshold
from finapp.services.backup import backup
from finapp.services.keys_admin import change_passphrase
from finapp.services.opening import open_store
from finapp.store.engine import Store
from finapp.store.key_stretching import forget_keys, stretch_ahead, stretched
from finapp.store.schema import Account
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.passphrase

NEW = "a much better passphrase"


def _sqlcipher_reads(path: Path, passphrase: str) -> int:
    """The number of accounts SQLCipher itself reads from ``path`` given ``passphrase``, as the
    ``sqlcipher`` tool would (``PRAGMA key = '…'``: SQLCipher derives the key)."""
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        return int(conn.execute("SELECT count(*) FROM accounts").fetchone()[0])
    finally:
        conn.close()


def _with_an_account(store: Store) -> Store:
    with store.write() as session:
        session.add(Account(name="Everyday checking", type="checking", currency="USD"))
    return store


def test_a_new_store_and_its_backup_open_in_sqlcipher_with_the_passphrase(data_dir: Path) -> None:
    store = _with_an_account(open_store(data_dir, passphrase="naïve café passphrase"))
    made = Path(backup(store).path)
    store.close()
    assert _sqlcipher_reads(store.path, "naïve café passphrase") == 1
    assert _sqlcipher_reads(made, "naïve café passphrase") == 1
    with pytest.raises(sqlcipher3.DatabaseError):
        _sqlcipher_reads(store.path, "naive cafe passphrase")


def test_a_changed_passphrase_is_the_one_sqlcipher_opens_the_store_with(store: Store) -> None:
    _with_an_account(store).close()
    change_passphrase(store.data_dir, store.key, NEW)
    assert _sqlcipher_reads(store.path, NEW) == 1
    with pytest.raises(sqlcipher3.DatabaseError):
        _sqlcipher_reads(store.path, PASSPHRASE)


def test_a_store_sqlcipher_encrypted_from_the_passphrase_opens_with_it_alone(
    store: Store, tmp_path: Path
) -> None:
    set_low_balance_threshold(_with_an_account(store), "Everyday checking", Decimal("250"))
    store.close()
    copied = tmp_path / "copied"
    copied.mkdir()
    conn = sqlcipher3.connect(str(store.path))
    try:  # SQLCipher's own copy, its key derived by SQLCipher from the passphrase
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        target = copied / "finapp.db"
        conn.execute(f"ATTACH DATABASE '{target}' AS copy KEY '{PASSPHRASE}'")
        conn.execute("SELECT sqlcipher_export('copy')")
        conn.execute(f"PRAGMA copy.user_version = {version}")
        conn.execute("DETACH DATABASE copy")
    finally:
        conn.close()
    assert target.read_bytes()[:16] != store.path.read_bytes()[:16]  # a salt of its own
    with pytest.raises(WrongKeyError):
        open_store(copied, passphrase=NEW)
    reopened = open_store(copied, passphrase=PASSPHRASE)
    try:
        with reopened.read() as session:
            (account,) = session.query(Account).all()
            assert account.low_balance_minor == 25_000
    finally:
        reopened.close()


def test_a_mistyped_passphrase_leaves_no_key_in_memory(store: Store) -> None:
    store.close()
    forget_keys()  # what earlier tests of this process derived
    for _ in range(2):
        open_store(store.data_dir, passphrase=PASSPHRASE).close()
    assert stretched.cache_info().currsize == 1  # the store's key, derived once
    with pytest.raises(WrongKeyError):
        open_store(store.data_dir, passphrase="correct horse battery stapel")
    assert stretched.cache_info().currsize == 0


def test_a_key_stretched_ahead_opens_the_store_derived_once(store: Store) -> None:
    """A command given ``FINAPP_PASSPHRASE`` starts the derivation before it has imported what
    opens the store; the store then opens with that key, not with a second derivation."""
    with store.read() as session:
        accounts = session.query(Account.name).all()
    store.close()
    forget_keys()
    stretch_ahead(PASSPHRASE, db_path(store.data_dir))
    reopened = open_store(store.data_dir, passphrase=PASSPHRASE)
    try:
        with reopened.read() as session:
            assert session.query(Account.name).all() == accounts
    finally:
        reopened.close()
    assert stretched.cache_info().misses == 1


def test_a_wrong_passphrase_stretched_ahead_opens_nothing_and_is_forgotten(store: Store) -> None:
    store.close()
    forget_keys()
    stretch_ahead("correct horse battery stapel", db_path(store.data_dir))
    with pytest.raises(WrongKeyError):
        open_store(store.data_dir, passphrase="correct horse battery stapel")
    assert stretched.cache_info().currsize == 0
    open_store(store.data_dir, passphrase=PASSPHRASE).close()


def test_a_store_made_after_its_key_was_stretched_ahead_opens_with_the_passphrase(
    tmp_path: Path,
) -> None:
    """The first command of a new store starts the derivation before the store exists: the
    store is then made with the salt the key was derived for, and SQLCipher itself opens it with
    the passphrase."""
    forget_keys()
    made = tmp_path / "new store"
    stretch_ahead(PASSPHRASE, db_path(made))
    open_store(made, passphrase=PASSPHRASE).close()
    assert stretched.cache_info().misses == 1
    assert _sqlcipher_reads(db_path(made), PASSPHRASE) == 0  # no account yet, and it opens


def test_stretching_ahead_for_a_folder_does_nothing(tmp_path: Path) -> None:
    forget_keys()
    stretch_ahead(PASSPHRASE, tmp_path)
    assert stretched.cache_info().misses == 0
