"""The encrypted store: key handling, wrong keys, schema and migrations."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text

from finapp.errors import PassphraseRequiredError, StoreError, WrongKeyError
from finapp.services.opening import open_store
from finapp.store import migration_steps, migrations
from finapp.store.keys import KEYRING_SERVICE
from tests.conftest import PASSPHRASE
from tests.old_schemas import undo_schema_4, upgraded

#: these tests are about the passphrase: their store is protected by one, not the keyring
pytestmark = pytest.mark.passphrase


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_database_file_is_encrypted(store) -> None:
    assert not store.path.read_bytes().startswith(b"SQLite format 3")


def test_wrong_passphrase_is_refused_and_changes_nothing(store, data_dir: Path) -> None:
    store.close()
    before = _digest(store.path)
    with pytest.raises(WrongKeyError, match=str(store.path)):
        open_store(data_dir, passphrase="not the passphrase")
    assert _digest(store.path) == before


def test_no_keyring_and_no_passphrase_asks_for_one(tmp_path: Path) -> None:
    with pytest.raises(PassphraseRequiredError, match="FINAPP_PASSPHRASE"):
        open_store(tmp_path / "d", passphrase=None)
    assert not (tmp_path / "d" / "finapp.db").exists()


def test_keyring_holds_a_random_raw_key(tmp_path: Path, memory_keyring) -> None:
    data_dir = tmp_path / "d"
    first = open_store(data_dir)
    first.close()
    (entry,) = memory_keyring.entries.items()
    assert entry[0][0] == KEYRING_SERVICE
    assert len(bytes.fromhex(entry[1])) == 32
    again = open_store(data_dir)  # no passphrase needed
    assert again.key.source == "keyring"
    again.close()


def test_store_is_wal_with_foreign_keys(store) -> None:
    with store.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_new_store_is_at_current_schema_with_default_categories(store) -> None:
    with store.read() as session:
        version = session.execute(text("PRAGMA user_version")).scalar()
        names = session.execute(text("SELECT name FROM categories")).scalars().all()
    assert version == migrations.SCHEMA_VERSION
    assert {"Food", "Groceries", "Transfers"} <= set(names)


def test_store_from_a_newer_finapp_is_refused(store, data_dir: Path) -> None:
    with store.write() as session:
        session.execute(text(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}"))
    store.close()
    with pytest.raises(StoreError, match="newer finapp"):
        open_store(data_dir, passphrase=PASSPHRASE)


def test_migration_steps_run_in_order_from_an_old_version(store, data_dir, monkeypatch) -> None:
    ran: list[int] = []
    with store.write() as session:
        session.execute(text("PRAGMA user_version = 1"))
    store.close()
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(
        migration_steps, "STEPS", {2: lambda conn: ran.append(2), 3: lambda conn: ran.append(3)}
    )
    reopened = open_store(data_dir, passphrase=PASSPHRASE)
    with reopened.read() as session:
        assert session.execute(text("PRAGMA user_version")).scalar() == 3
    reopened.close()
    assert ran == [2, 3]


def _schema(store) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The store's tables with their columns, and its indexes with the columns they order by."""
    with store.read() as session:
        run = session.connection().exec_driver_sql
        tables = run("SELECT name FROM sqlite_master WHERE type = 'table'").scalars().all()
        indexes = run("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'").all()
        return {
            "tables": {t: {c[1] for c in run(f"PRAGMA table_info('{t}')")} for t in tables},
            "indexes": {
                (table, tuple(c[2] for c in run(f"PRAGMA index_info('{name}')")))
                for name, table in indexes
            },
        }


def test_a_store_from_finapp_s_earliest_schema_is_brought_to_a_new_store_s_tables_and_indexes(
    store,
) -> None:
    """Each step brings what it changed to what a new store gets: a query planned for the
    current indexes runs as fast on a store an older finapp wrote."""
    new = _schema(store)
    with upgraded(store, undo_schema_4, PASSPHRASE) as brought_up:
        assert _schema(brought_up) == new
    assert ("transactions", ("merchant", "posted")) in new["indexes"]  # type: ignore[operator]


def test_a_read_in_progress_survives_many_worker_threads_using_the_store(store) -> None:
    """The desktop app's worker threads come and go; none may close another thread's connection
    (the window reads while the workers import, detect and evaluate alerts)."""
    import threading

    from finapp.services.transactions import list_transactions

    failures: list[BaseException] = []

    def worker() -> None:
        try:
            list_transactions(store)
        except BaseException as exc:  # reported below, with the thread's own error
            failures.append(exc)

    with store.read() as session:  # the UI thread is in the middle of a read
        assert session.execute(text("SELECT count(*) FROM transactions")).scalar() == 0
        for _ in range(4):  # waves of worker threads, as a thread pool makes and retires them
            threads = [threading.Thread(target=worker) for _ in range(6)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        assert session.execute(text("SELECT count(*) FROM categories")).scalar() > 0
    assert failures == []
    assert list_transactions(store) == []
