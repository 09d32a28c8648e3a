"""A payee paid regularly in a range is judged by its own charges, not by the large-charge limit.

A bakery pays its wholesaler by ACH every four to six weeks, whatever the last delivery cost
(2,000 to 3,500): too irregular for a recurring bill, every one of them was a "large charge".
Only one far above what the wholesaler is usually paid is news.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services.alerts import evaluate_alerts
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, checking_ofx

_START = date(2025, 3, 3)
#: days between the wholesaler's debits, and what each delivery cost
_GAPS = (29, 41, 24, 36, 33, 27, 44, 31)
_INVOICES = ("2310.48", "3187.20", "2045.75", "2894.10", "3466.32", "2512.09", "2768.55", "3041.90")


def _statement(tmp_path: Path, last: Decimal) -> tuple[Path, date]:
    entries, day = [], _START
    for n, (gap, invoice) in enumerate(zip(_GAPS, (*_INVOICES[:-1], str(last)), strict=True)):
        day += timedelta(days=gap)
        memo = f"SYSCO CHICAGO INC INV {7714203 + 811 * n} CCD ID: 1741234567"
        entries.append(Entry(day, -Decimal(invoice), "SYSCO CHICAGO INC", memo=memo))
    for week in range(40):  # the card takings Square pays out
        payout = _START + timedelta(days=7 * week + 1)
        entries.append(Entry(payout, Decimal(2150 + 37 * (week % 9)), "SQUARE INC SDR2K4LL8"))
    entries.sort(key=lambda e: e.posted)
    ofx = tmp_path / "bakery_checking.ofx"
    ofx.write_text(checking_ofx(entries, "000987654321", Decimal("18422.16"), day))
    return ofx, day


def _charge_alerts(store: Store, as_of: date) -> list[tuple[str, Decimal | None]]:
    return [
        (a.kind, a.amount) for a in evaluate_alerts(store, as_of) if a.transaction_id is not None
    ]


def test_the_regular_wholesaler_paid_in_its_usual_range_raises_no_alert(
    store: Store, tmp_path: Path
) -> None:
    ofx, last_day = _statement(tmp_path, Decimal("3041.90"))
    import_files(store, [ofx])
    assert _charge_alerts(store, last_day + timedelta(days=1)) == []


def test_a_payment_three_times_the_wholesalers_usual_is_still_large(
    store: Store, tmp_path: Path
) -> None:
    ofx, last_day = _statement(tmp_path, Decimal("9860.00"))
    import_files(store, [ofx])
    assert _charge_alerts(store, last_day + timedelta(days=1)) == [
        ("large_charge", Decimal("-9860.00"))
    ]
