"""Card and account numbers: only the last four and a keyed hash are kept; exports mask them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from finapp.services.accounts import list_accounts, set_low_balance_threshold
from finapp.services.export import export_all
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.store.account_numbers import SECRET_SETTING
from finapp.store.engine import Store
from finapp.store.schema import Account, Setting
from tests.conftest import PASSPHRASE
from tests.old_schemas import undo_schema_4
from tests.safety.statements import big_ofx

NUMBER = "123456789012"


def _every_cell(store: Store) -> list[str]:
    """Every value of every row of every table, as text: what someone with the key could read."""
    with store.read() as session:
        tables = inspect(session.connection()).get_table_names()
        return [
            str(value)
            for table in tables
            for row in session.execute(text(f'SELECT * FROM "{table}"'))
            for value in row
        ]


def _exported_text(folder: Path) -> str:
    return "".join(path.read_text(encoding="utf-8") for path in sorted(folder.iterdir()))


@pytest.fixture
def imported(store: Store, tmp_path: Path) -> Store:
    result = import_files(store, [big_ofx(tmp_path / "card.ofx", 12, account=NUMBER)])
    assert result.new == 12
    return store


def test_the_whole_number_is_nowhere_in_the_store_and_a_reimport_adds_nothing(
    imported: Store, tmp_path: Path
) -> None:
    assert not [cell for cell in _every_cell(imported) if NUMBER in cell]
    assert [a.number for a in list_accounts(imported)] == ["9012"]
    again = import_files(imported, [big_ofx(tmp_path / "again.ofx", 12, account=NUMBER)])
    assert (again.new, again.duplicates) == (0, 12)
    assert len(list_accounts(imported)) == 1


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_exports_show_the_number_masked(imported: Store, tmp_path: Path, fmt: str) -> None:
    export_all(imported, tmp_path / "out", fmt)
    written = _exported_text(tmp_path / "out")
    assert NUMBER not in written
    assert "****9012" in written


def test_an_export_imported_back_lands_in_the_same_account(imported: Store, tmp_path: Path) -> None:
    export_all(imported, tmp_path / "out")
    back = import_files(imported, [tmp_path / "out" / "transactions.csv"])
    assert not back.failed and back.new == 0
    assert len(list_accounts(imported)) == 1


def test_an_export_imported_into_a_new_store_keeps_the_last_four(
    imported: Store, tmp_path: Path
) -> None:
    export_all(imported, tmp_path / "out")
    fresh = open_store(tmp_path / "fresh", passphrase=PASSPHRASE)
    try:
        import_files(fresh, [tmp_path / "out" / "transactions.csv"])
        assert [(a.name, a.number) for a in list_accounts(fresh)] == [
            (a.name, a.number) for a in list_accounts(imported)
        ]
    finally:
        fresh.close()


def test_the_same_number_written_with_spaces_or_dashes_is_the_same_account(
    imported: Store, tmp_path: Path
) -> None:
    spaced = big_ofx(tmp_path / "spaced.ofx", 12, account="1234 5678-9012")
    assert import_files(imported, [spaced]).new == 0
    assert len(list_accounts(imported)) == 1


def test_the_whole_number_still_names_the_account_on_the_command_line(imported: Store) -> None:
    view = set_low_balance_threshold(imported, NUMBER, Decimal("50"))
    assert view.number == "9012" and view.low_balance == Decimal("50")


def test_two_stores_hash_the_same_number_differently(imported: Store, tmp_path: Path) -> None:
    """The hash is keyed per store: one leaking tells nothing about the other store's accounts."""
    other = open_store(tmp_path / "other", passphrase=PASSPHRASE)
    try:
        import_files(other, [big_ofx(tmp_path / "o.ofx", 3, account=NUMBER)])
        hashes = []
        for store in (imported, other):
            with store.read() as session:
                hashes.append(session.scalars(select(Account.number_hash)).one())
                assert session.get(Setting, SECRET_SETTING) is not None
        assert hashes[0] != hashes[1] and all(len(h) == 64 for h in hashes)
    finally:
        other.close()


def _as_schema_1(store: Store, number: str) -> None:
    """Turn ``store`` back into what the previous version wrote: whole numbers in clear."""
    with store.engine.begin() as conn:
        undo_schema_4(conn)
        conn.exec_driver_sql("DROP INDEX ix_accounts_number_hash")
        conn.exec_driver_sql("ALTER TABLE accounts DROP COLUMN number_last4")
        conn.exec_driver_sql("ALTER TABLE accounts DROP COLUMN number_hash")
        conn.exec_driver_sql("ALTER TABLE accounts ADD COLUMN number VARCHAR NOT NULL DEFAULT ''")
        conn.exec_driver_sql("UPDATE accounts SET number = ?", (number,))
        conn.exec_driver_sql("DELETE FROM settings WHERE key = ?", (SECRET_SETTING,))
        conn.exec_driver_sql("DROP TABLE statement_periods")  # schema 3, added later
        conn.exec_driver_sql("ALTER TABLE alerts DROP COLUMN resolved_on")
        conn.exec_driver_sql("PRAGMA user_version = 1")
    store.close()


def test_a_store_from_the_previous_version_loses_its_whole_numbers_and_still_matches(
    imported: Store, tmp_path: Path
) -> None:
    _as_schema_1(imported, NUMBER)
    upgraded = open_store(imported.data_dir, passphrase=PASSPHRASE)
    try:
        assert not [cell for cell in _every_cell(upgraded) if NUMBER in cell]
        assert [a.number for a in list_accounts(upgraded)] == ["9012"]
        again = import_files(upgraded, [big_ofx(tmp_path / "again.ofx", 12, account=NUMBER)])
        assert (again.new, again.duplicates) == (0, 12)
        assert len(list_accounts(upgraded)) == 1
    finally:
        upgraded.close()
