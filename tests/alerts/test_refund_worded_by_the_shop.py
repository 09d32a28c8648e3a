"""A refund the shop words its own way gives back its purchase: no "unusual charge" left.

A Denver household orders Uber Eats a few times a month (24 to 38 dollars, ``UBER *EATS`` on
the card). On 3 October 2025 it orders 312.60 of catering for a birthday; the restaurant
cancels and the money comes back three days later as ``Uber Eats credit``. The order's key is
``UBER`` and the credit's ``UBER EATS``, so the credit was not taken for the order's refund and
the inbox kept "Uber Eats charged 312.60, far above the usual" after the money was back.

A Shanghai household's 交通银行 card: 美团外卖 orders of ¥35 to ¥80, then a ¥468.00 banquet
order, given back as ``美团退款``. A credit of another shop starting with the same word
(``BLUE BOTTLE REFUND`` beside a ``BLUE APRON`` box) gives back nothing, and a partial credit
leaves the purchase as large as it was.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, checking_ofx

_START = date(2024, 10, 2)
_ORDERED = date(2025, 10, 3)
_END = _ORDERED + timedelta(days=5)
#: a year of everyday orders, a little over two a month
_EVERYDAY = ("24.80", "31.15", "27.40", "38.05", "29.90", "33.60", "26.25", "35.10")


def _year_of(payee: str, amounts: tuple[str, ...], big: str, back: Entry) -> list[Entry]:
    entries = [
        Entry(_START + timedelta(days=13 * n + n % 4), -Decimal(amounts[n % len(amounts)]), payee)
        for n in range(28)
    ]
    entries += [
        Entry(_START + timedelta(days=30 * month + 12), Decimal("-412.00"), "XCEL ENERGY")
        for month in range(12)
    ]
    entries.append(Entry(_ORDERED, -Decimal(big), payee))
    entries.append(back)
    return sorted(entries, key=lambda e: e.posted)


def _told(store: Store, tmp_path: Path, entries: list[Entry]) -> list[tuple[str, Decimal | None]]:
    ofx = tmp_path / "card.ofx"
    ofx.write_text(checking_ofx(entries, "000447120331", Decimal("3288.40"), _END))
    import_files(store, [ofx])
    evaluate_alerts(store, _END)
    inbox = list_alerts(store, as_of=_END)
    return [(a.kind, a.amount) for a in inbox if a.transaction_id is not None]


def test_an_uber_eats_order_given_back_as_a_credit_is_no_unusual_charge(
    store: Store, tmp_path: Path
) -> None:
    back = Entry(_ORDERED + timedelta(days=3), Decimal("312.60"), "Uber Eats credit")
    entries = _year_of("UBER *EATS", _EVERYDAY, "312.60", back)

    assert _told(store, tmp_path, entries) == []


def test_a_meituan_order_given_back_as_a_refund_is_no_unusual_charge(
    store: Store, tmp_path: Path
) -> None:
    amounts = ("35.00", "52.80", "41.50", "79.90", "46.00", "63.20", "38.40", "57.60")
    back = Entry(_ORDERED + timedelta(days=2), Decimal("468.00"), "美团退款")
    entries = _year_of("美团外卖", amounts, "468.00", back)

    assert _told(store, tmp_path, entries) == []


def test_another_shop_or_part_of_the_money_gives_back_nothing(store: Store, tmp_path: Path) -> None:
    other = Entry(_ORDERED + timedelta(days=3), Decimal("312.60"), "BLUE BOTTLE REFUND")
    assert _told(store, tmp_path, _year_of("BLUE APRON", _EVERYDAY, "312.60", other)) == [
        ("unusual_charge", Decimal("-312.60"))
    ]


def test_a_partial_credit_leaves_the_order_unusual(store: Store, tmp_path: Path) -> None:
    back = Entry(_ORDERED + timedelta(days=3), Decimal("60.00"), "Uber Eats credit")
    assert _told(store, tmp_path, _year_of("UBER *EATS", _EVERYDAY, "312.60", back)) == [
        ("unusual_charge", Decimal("-312.60"))
    ]
