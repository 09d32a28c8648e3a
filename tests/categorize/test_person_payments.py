"""Venmo and Cash App pay people: filing what one person was paid says nothing of the next."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.categorize import set_category
from finapp.services.rules import list_rules
from finapp.services.transactions import list_transactions
from tests.categorize.statements import load

P2P = "Person to Person"


def _checking(months: range) -> list[tuple[date, str, str]]:
    """Payment-app lines on a checking account as Chase prints them: one person paid so far."""
    lines = []
    for month in months:
        lines += [
            (date(2026, month, 20), "-45.00", "VENMO *JOHN SMITH"),
            (date(2026, month, 24), "-50.00", "CASH APP*JOHN"),
        ]
    return lines


def _filed(store) -> dict[str, set[str | None]]:  # type: ignore[no-untyped-def]
    seen: dict[str, set[str | None]] = {}
    for txn in list_transactions(store):
        seen.setdefault(txn.payee, set()).add(txn.category)
    return seen


def test_a_venmo_or_cash_app_correction_is_learned_for_the_person_paid(store, tmp_path: Path):
    load(store, tmp_path, "000123456789", _checking(range(1, 4)))
    lines = list_transactions(store)
    john = next(t for t in lines if t.payee == "VENMO *JOHN SMITH")
    result = set_category(store, john.id, "Kids:Babysitting")
    assert len(result.refiled) == 2  # John's two other months
    cash_john = next(t for t in lines if t.payee == "CASH APP*JOHN")
    set_category(store, cash_john.id, "Gifts & Donations")
    later = [
        (date(2026, 12, 1), "-120.00", "VENMO *JANE DOE"),
        (date(2026, 12, 1), "-45.00", "VENMO *JOHN SMITH"),
        (date(2026, 12, 2), "-30.00", "VENMO *MIKE LEE"),
        (date(2026, 12, 3), "-50.00", "CASH APP*JOHN"),
        (date(2026, 12, 4), "-20.00", "CASH APP*MARIA"),
    ]
    load(store, tmp_path, "000123456789", later)
    assert _filed(store) == {
        "VENMO *JOHN SMITH": {"Kids:Babysitting"},
        "VENMO *JANE DOE": {P2P},
        "VENMO *MIKE LEE": {P2P},
        "CASH APP*JOHN": {"Gifts & Donations"},
        "CASH APP*MARIA": {P2P},
    }
    learned = {r.pattern for r in list_rules(store, origin="learned")}
    assert learned == {"VENMO / JOHN SMITH", "CASH APP / JOHN"}


def test_a_venmo_line_naming_nobody_teaches_nothing(store, tmp_path: Path) -> None:
    """Some banks print only "VENMO PAYMENT" and a reference: which person is not said."""
    lines = [
        (date(2026, 3, 2), "-80.00", "VENMO PAYMENT 1023456789 WEB ID: 3264681992"),
        (date(2026, 3, 9), "-15.00", "VENMO PAYMENT 1023457712 WEB ID: 3264681992"),
    ]
    load(store, tmp_path, "000123456789", lines)
    first = list_transactions(store)[0]
    assert set_category(store, first.id, "Housing:Rent").refiled == ()
    assert list_rules(store, origin="learned") == []
