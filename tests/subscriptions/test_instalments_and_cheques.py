"""Pay-in-4 instalments and cheques are no subscriptions.

An Australian household buys with Afterpay: each purchase is paid in four instalments a
fortnight apart on its Mastercard (162.25 four times for a sofa, 74.99 four times for boots,
purchases overlapping). They were listed as fortnightly subscriptions costing 4,218.50 a year,
"lapsed" when a plan was paid off. A US household pays its housekeeper 140.00 by cheque every
fourteen days and its church 200.00 a month: they counted as subscriptions on the Health page;
a cheque is a payment to a person, a bill, nothing to cancel in an app.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, import_months, write_months

AS_OF = date(2026, 11, 30)


def _plan(first: date, instalment: str) -> list[Entry]:
    return [
        Entry(first + timedelta(days=14 * n), Decimal(f"-{instalment}"), "AFTERPAY SYDNEY AU")
        for n in range(4)
    ]


def test_afterpay_instalments_are_no_subscription(store: Store, tmp_path: Path) -> None:
    lines = _plan(date(2026, 3, 3), "162.25") + _plan(date(2026, 3, 24), "74.99")
    lines += _plan(date(2026, 6, 9), "162.25") + _plan(date(2026, 8, 18), "41.50")
    lines += _plan(date(2026, 9, 1), "74.99") + _plan(date(2026, 10, 13), "162.25")
    lines += [
        Entry(date(2026, m, 19), Decimal("-15.99"), "SPOTIFY P1A2B3C4D5") for m in range(3, 12)
    ]
    import_months(store, write_months(tmp_path / "card", lines))
    listed = subs.list_subscriptions(store, AS_OF)

    assert [v.name for v in listed] == ["Spotify"]


def test_cheques_to_a_housekeeper_and_a_church_are_bills(store: Store, tmp_path: Path) -> None:
    lines, number = [], 2031
    day = date(2026, 1, 9)
    while day <= AS_OF:
        lines.append(Entry(day, Decimal("-140.00"), f"CHECK # {number}"))
        number, day = number + 1, day + timedelta(days=14)
    for month in range(1, 12):
        lines.append(Entry(date(2026, month, 7), Decimal("-200.00"), f"CHECK # {number}"))
        lines.append(Entry(date(2026, month, 17), Decimal("-24.99"), "NETFLIX.COM"))
        number += 1
    import_months(store, write_months(tmp_path / "chk", sorted(lines, key=lambda e: e.posted)))
    listed = subs.list_subscriptions(store, AS_OF)

    assert sorted((v.kind, v.cadence, v.amount) for v in listed) == [
        ("bill", "biweekly", Decimal("-140.00")),
        ("bill", "monthly", Decimal("-200.00")),
        ("subscription", "monthly", Decimal("-24.99")),
    ]
