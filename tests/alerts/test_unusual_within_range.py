"""An order within what the household has paid a shop before is no "unusual charge".

Online orders run from a phone case to a vacuum: a household's Amazon orders are mostly $15-$45,
with a few of $90-$150 over the year. Told "unusual" at each $80 order (over three times the
usual $25), a user learns to ignore the alert; one larger than any before is still told.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.alerts.test_regular_supplier import _charge_alerts
from tests.health.flagged_statements import Entry, checking_ofx

_START = date(2025, 1, 4)
#: a year of orders, every nine days or so, as the card statement lists them
_ORDERS = (
    "23.47", "15.99", "38.12", "27.80", "112.40", "19.99", "31.06", "24.35", "44.18", "16.72",
    "89.99", "29.14", "21.60", "35.49", "18.25", "143.61", "26.93", "22.08", "41.77", "17.49",
    "33.20", "97.35", "25.64", "20.11", "36.90", "28.43", "19.02", "30.58", "23.96", "39.47",
)  # fmt: skip
_REFS = ("2K4LL8", "RT4K29", "9Q1ZV3", "MX07PA", "H3C8WD", "ZL52NE")


def _statement(tmp_path: Path, latest: str) -> tuple[Path, date]:
    entries = []
    day = _START
    for n, amount in enumerate((*_ORDERS, latest)):
        day = _START + timedelta(days=9 * n + n % 3)
        payee = f"AMAZON MKTPL*{_REFS[n % len(_REFS)]}{n:02d}"
        memo = "Amzn.com/bill WA"
        entries.append(Entry(day, -Decimal(amount), payee, memo=memo))
    for month in range(13):  # the salary that pays for it
        entries.append(
            Entry(_START + timedelta(days=30 * month), Decimal("3850.00"), "ACME PAYROLL")
        )
    entries.sort(key=lambda e: e.posted)
    ofx = tmp_path / "checking.ofx"
    ofx.write_text(checking_ofx(entries, "000123456789", Decimal("6120.55"), day))
    return ofx, day


def test_an_order_as_large_as_earlier_ones_is_not_unusual(store: Store, tmp_path: Path) -> None:
    ofx, last_day = _statement(tmp_path, "96.40")  # nearly four times the usual $26
    import_files(store, [ofx])
    assert _charge_alerts(store, last_day + timedelta(days=1)) == []


def test_an_order_larger_than_any_before_is_unusual(store: Store, tmp_path: Path) -> None:
    ofx, last_day = _statement(tmp_path, "412.80")
    import_files(store, [ofx])
    assert _charge_alerts(store, last_day + timedelta(days=1)) == [
        ("unusual_charge", Decimal("-412.80"))
    ]


def _grocer(tmp_path: Path, baskets: tuple[str, ...]) -> tuple[Path, date]:
    """A Utrecht household's card: a month of baskets at Albert Heijn, then its first ones at
    the new Jumbo down the road, the last ``baskets[-1]``."""
    start = date(2026, 8, 3)
    entries = [
        Entry(start + timedelta(days=3 * n), -Decimal(amount), "ALBERT HEIJN 1350 UTRECHT")
        for n, amount in enumerate(("24.18", "31.75", "17.42", "42.90", "28.66", "36.05"))
    ]
    day = start + timedelta(days=20)
    for n, amount in enumerate(baskets):
        day = start + timedelta(days=20 + 4 * n)
        entries.append(Entry(day, -Decimal(amount), "JUMBO UTRECHT LUNETTEN"))
    entries.append(Entry(start, Decimal("3152.40"), "GEMEENTE UTRECHT SALARIS"))
    entries.sort(key=lambda e: e.posted)
    ofx = tmp_path / "checking.ofx"
    ofx.write_text(checking_ofx(entries, "000123456789", Decimal("4120.55"), day))
    return ofx, day


def test_a_fourth_basket_at_a_new_grocer_is_judged_by_the_groceries(
    store: Store, tmp_path: Path
) -> None:
    """Three small baskets (7.20, 10.51, 12.80) say too little of a shop to call the fourth,
    34.90, "far above the usual 10.51": it is an ordinary week's shop beside the others."""
    ofx, last_day = _grocer(tmp_path, ("7.20", "10.51", "12.80", "34.90"))
    import_files(store, [ofx])
    assert _charge_alerts(store, last_day + timedelta(days=1)) == []
