"""A store from the version before statement periods (schema 2) gets them from its lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.store.engine import Store
from tests.conftest import PASSPHRASE
from tests.importers.ofxgen import Line, statement_ofx
from tests.old_schemas import undo_schema_4


def _as_schema_2(store: Store) -> None:
    """What the previous version wrote: no statement periods, alerts never resolved."""
    with store.engine.begin() as conn:
        undo_schema_4(conn)
        conn.exec_driver_sql("DROP TABLE statement_periods")
        conn.exec_driver_sql("ALTER TABLE alerts DROP COLUMN resolved_on")
        conn.exec_driver_sql("PRAGMA user_version = 2")
    store.close()


def test_an_upgraded_store_shows_coverage_and_gaps_from_each_imports_lines(
    store: Store, tmp_path: Path
) -> None:
    months = {
        "jan.qfx": [
            Line(date(2025, 1, 3), "-12.99", "SPOTIFY USA 877-778-1161 NY", "S1"),
            Line(date(2025, 1, 31), "3120.55", "ACME CORP PAYROLL PPD ID: 9876", "S2"),
        ],
        "apr.qfx": [
            Line(date(2025, 4, 2), "-1850.00", "AVALON APTS RENT WEB PMT", "S3"),
            Line(date(2025, 4, 29), "-64.18", "PUGET SOUND ENERGY BILLPAY", "S4"),
        ],
    }
    for name, lines in months.items():
        (tmp_path / name).write_text(statement_ofx(lines, account="000009911"), "ascii")
    assert not import_files(store, [tmp_path / n for n in months]).failed
    _as_schema_2(store)

    upgraded = open_store(store.data_dir, passphrase=PASSPHRASE)
    try:
        (account,) = list_accounts(upgraded)
        assert (account.covered_from, account.covered_until) == (
            date(2025, 1, 3),
            date(2025, 4, 29),
        )
        assert account.gaps == ((date(2025, 2, 1), date(2025, 4, 1)),)
        assert account.last_import is not None
    finally:
        upgraded.close()
