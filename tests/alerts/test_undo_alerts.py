"""Undoing or wiping an import takes the alerts it caused, and only those."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.accounts import set_low_balance_threshold
from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.import_undo import undo_import
from finapp.services.wipe import delete_import
from finapp.store.schema import ImportBatch
from tests.alerts.test_price_changes import monthly
from tests.categorize.statements import load

AS_OF = date(2024, 12, 12)
NETFLIX = "NETFLIX.COM 866-579-7172 CA"


def december(store, tmp_path: Path) -> set[int]:  # type: ignore[no-untyped-def]
    """Eleven months of Netflix and a big purchase, then December: a higher Netflix charge, a
    large charge and a dip below the threshold. Returns the ids of the alerts before December."""
    load(store, tmp_path, "111", [
        *monthly(NETFLIX, ["-15.49"] * 11),
        (date(2024, 11, 30), "-742.18", "BEST BUY 00012345"),
    ], ledger=("1905.00", date(2024, 11, 30)))  # fmt: skip
    set_low_balance_threshold(store, "111", Decimal("1000"))
    before = {a.id for a in refresh_alerts(store, AS_OF)}
    assert "large_charge" in {a.kind for a in list_alerts(store, as_of=AS_OF)}
    load(store, tmp_path, "111", [
        (date(2024, 12, 9), "-17.99", NETFLIX),
        (date(2024, 12, 10), "-1260.00", "DELTA AIR LINES ATLANTA"),
    ], ledger=("627.01", date(2024, 12, 10)))  # fmt: skip
    raised = {a.kind for a in refresh_alerts(store, AS_OF)}
    assert {"price_increase", "large_charge", "low_balance"} <= raised
    return before


def test_undoing_december_removes_its_alerts_and_keeps_novembers(store, tmp_path) -> None:
    before = december(store, tmp_path)
    result = undo_import(store)
    assert result.alerts_removed >= 3
    assert {a.id for a in list_alerts(store, include_closed=True)} == before


def test_wiping_decembers_import_removes_its_alerts_too(store, tmp_path) -> None:
    before = december(store, tmp_path)
    with store.read() as session:
        last = max(b.id for b in session.query(ImportBatch))
    delete_import(store, last)
    assert {a.id for a in list_alerts(store, include_closed=True)} == before
