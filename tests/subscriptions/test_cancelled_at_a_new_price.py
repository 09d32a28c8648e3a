"""A cancelled subscription that charges again at a new price is told as charged after the
cancellation, not as a charge merely larger than usual.

A household pays Hulu 7.99 a month on the 20th and cancels it on 22 November; on 4 December
Hulu bills 89.99 (the plan renewed as an annual one). That is the cancelled subscription
charging again, whatever its amount. A store that sells other things is different: iCloud
billed as APPLE.COM/BILL cancelled, then an app bought there, is an ordinary purchase; and a
cancelled Amazon Prime says nothing of the Amazon orders that follow.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, import_months, write_months

CANCELLED = date(2026, 11, 22)
ASKED = date(2026, 12, 6)


def _until_november(payee: str, price: str) -> list[Entry]:
    lines = [Entry(date(2026, m, 20), Decimal(f"-{price}"), payee) for m in range(5, 12)]
    lines += [Entry(date(2026, m, 14), Decimal("-64.12"), "KROGER #0412") for m in range(5, 12)]
    lines += [Entry(date(2026, m, 2), Decimal("-38.40"), "SHELL OIL 57442") for m in range(5, 12)]
    return lines


def _cancel_then_import(
    store: Store, tmp_path: Path, payee: str, price: str, name: str, december: list[Entry]
) -> list[tuple[str, str]]:
    import_months(store, write_months(tmp_path / "nov", _until_november(payee, price)))
    found = next(v for v in subs.list_subscriptions(store, CANCELLED) if v.name == name)
    subs.cancel(store, found.id, CANCELLED)
    import_months(store, write_months(tmp_path / "dec", december))
    refresh_alerts(store, ASKED)
    return [(a.kind, a.message) for a in list_alerts(store, as_of=ASKED) if a.date.month == 12]


def test_hulu_back_at_an_annual_price_is_charged_after_cancelling(
    store: Store, tmp_path: Path
) -> None:
    december = [
        Entry(date(2026, 12, 4), Decimal("-89.99"), "HULU 877-8244858 CA"),
        Entry(date(2026, 12, 5), Decimal("-61.87"), "KROGER #0412"),
    ]
    told = _cancel_then_import(store, tmp_path, "HULU 877-8244858 CA", "7.99", "Hulu", december)

    assert told == [
        ("charged_after_cancel", "Hulu charged 89.99 USD on 2026-12-04 after you cancelled it.")
    ]


def test_an_app_bought_after_cancelling_icloud_is_no_icloud_charge(
    store: Store, tmp_path: Path
) -> None:
    december = [Entry(date(2026, 12, 4), Decimal("-34.99"), "APPLE.COM/BILL 866-712-7753 CA")]
    told = _cancel_then_import(
        store, tmp_path, "APPLE.COM/BILL 866-712-7753 CA", "2.99", "Apple", december
    )

    assert [kind for kind, _ in told if kind == "charged_after_cancel"] == []


def test_amazon_orders_after_cancelling_prime_are_ordinary_orders(
    store: Store, tmp_path: Path
) -> None:
    december = [
        Entry(date(2026, 12, 3), Decimal("-42.17"), "AMZN Mktp US*2K4LL8"),
        Entry(date(2026, 12, 5), Decimal("-18.99"), "AMAZON.COM*JF4737 AMZN.COM/BILL"),
    ]
    told = _cancel_then_import(
        store, tmp_path, "Amazon Prime*1A2B3C", "14.99", "Amazon Prime", december
    )

    assert [kind for kind, _ in told if kind == "charged_after_cancel"] == []
