"""Rotation never deletes the last good copy: a store emptied, then backed up day after day,
keeps the backup that held its transactions, and that backup restores them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from finapp.services.backup import Retention, backup, backup_files, set_retention
from finapp.services.encrypted_file import check_file
from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.services.restore import restore
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.keys import StoreKey, new_raw_key
from tests.safety.statements import big_ofx

#: a raw key, as the keyring holds: each of the many backups is checked without key derivation
KEY = StoreKey.from_raw(new_raw_key())
MORNING = datetime(2026, 3, 2, 9, 0)


@pytest.fixture
def thousand(data_dir: Path, tmp_path: Path) -> Iterator[Store]:
    """A store holding 1,000 transactions from one import."""
    store = open_store(data_dir, key=KEY)
    result = import_files(store, [big_ofx(tmp_path / "big.ofx", 1000)])
    assert result.new == 1000
    yield store
    store.close()


def _counts(data_dir: Path) -> list[int]:
    return [check_file(p, KEY).counts["transactions"] for p in backup_files(data_dir)]


def _emptied_and_backed_up(store: Store, days: int, per_day: int) -> None:
    undo_import(store)
    assert list_transactions(store) == []
    for day in range(days):
        for hour in range(per_day):
            backup(store, now=MORNING + timedelta(days=day, hours=1 + hour))


def test_an_emptied_store_never_rotates_away_the_backup_that_held_its_transactions(
    thousand: Store,
) -> None:
    good = Path(backup(thousand, now=MORNING).path)
    _emptied_and_backed_up(thousand, days=12, per_day=2)
    assert good in backup_files(thousand.data_dir)
    assert max(_counts(thousand.data_dir)) == 1000
    data_dir = thousand.data_dir
    thousand.close()
    restore(data_dir, good, KEY, KEY)
    again = open_store(data_dir, key=KEY)
    try:
        assert len(list_transactions(again)) == 1000
    finally:
        again.close()


def test_a_later_backup_the_same_day_does_not_replace_a_larger_one(thousand: Store) -> None:
    set_retention(thousand, Retention(daily=1, weekly=0, monthly=0))
    good = Path(backup(thousand, now=MORNING).path)
    _emptied_and_backed_up(thousand, days=1, per_day=1)
    assert good in backup_files(thousand.data_dir)


def test_the_rotation_still_prunes_everything_else(thousand: Store) -> None:
    set_retention(thousand, Retention(daily=2, weekly=0, monthly=0))
    good = Path(backup(thousand, now=MORNING).path)
    _emptied_and_backed_up(thousand, days=5, per_day=2)
    kept = backup_files(thousand.data_dir)
    assert len(kept) == 3 and good in kept, [p.name for p in kept]
    assert sorted(_counts(thousand.data_dir)) == [0, 0, 1000]


def test_a_backups_name_records_its_transactions(thousand: Store) -> None:
    made = backup(thousand, now=MORNING)
    assert Path(made.path).name == "finapp-20260302-090000-n1000.db"
    assert made.transactions == 1000


def test_a_backup_named_before_counts_were_recorded_is_counted_and_kept(
    thousand: Store,
) -> None:
    made = Path(backup(thousand, now=MORNING).path)
    older = made.rename(made.with_name("finapp-20260302-090000.db"))  # as earlier versions named it
    set_retention(thousand, Retention(daily=2, weekly=0, monthly=0))
    _emptied_and_backed_up(thousand, days=4, per_day=1)
    names = [p.name for p in backup_files(thousand.data_dir)]
    assert older.name not in names and "finapp-20260302-090000-n1000.db" in names


def test_two_backups_within_one_second_keep_the_newer(thousand: Store, data_dir: Path) -> None:
    """The automatic backup of the day, then the user's own in the same second: the user's is
    the one the rotation keeps, and the command reports a file that is there."""
    moment = datetime(2026, 12, 1, 1, 13, 22)
    backup(thousand, now=moment)
    second = backup(thousand, now=moment)
    assert Path(second.path).is_file()
    assert [p.name for p in backup_files(data_dir)] == [Path(second.path).name]
    assert Path(second.path).name == "finapp-20261201-011322-2-n1000.db"
