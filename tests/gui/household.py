"""A small synthetic household written as an OFX statement and imported the real way.

Page tests need months of varied spending (salary, rent, groceries, subscriptions) that the
public corpus does not have in one file; going through ``import_files`` keeps the data honest.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.importers.base import ParsedAccount, ParsedStatement, ParsedTransaction
from finapp.services.categorize import set_category
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.subscriptions.statements import write_ofx

#: (payee, amount, day of month) charged every month
MONTHLY = [
    ("ACME PAYROLL", Decimal("3200.00"), 1),
    ("OAKWOOD APARTMENTS RENT", Decimal("-1250.00"), 2),
    ("NETFLIX.COM", Decimal("-15.49"), 9),
    ("SPOTIFY USA", Decimal("-10.99"), 14),
    ("CITY POWER & LIGHT", Decimal("-84.20"), 20),
]
#: (payee, amount) on every 7th day
WEEKLY = [("WHOLE FOODS MARKET", Decimal("-92.35")), ("BLUE BOTTLE COFFEE", Decimal("-6.75"))]
CATEGORIES = {
    "ACME PAYROLL": "Income:Salary",
    "OAKWOOD APARTMENTS RENT": "Housing:Rent",
    "NETFLIX.COM": "Entertainment:Streaming",
    "SPOTIFY USA": "Entertainment:Streaming",
    "WHOLE FOODS MARKET": "Food:Groceries",
    "BLUE BOTTLE COFFEE": "Food:Coffee",
}


def statement_lines(today: date, months: int = 4) -> list[tuple[date, str, Decimal]]:
    """Every line of the household's last ``months`` months up to ``today``."""
    start = date(today.year, today.month, 1)
    for _ in range(months - 1):
        start = (start - timedelta(days=1)).replace(day=1)
    lines = []
    day = start
    while day <= today:
        for payee, amount, dom in MONTHLY:
            if day.day == dom:
                lines.append((day, payee, amount))
        if (day - start).days % 7 == 3:
            lines.extend((day, payee, amount) for payee, amount in WEEKLY)
        day += timedelta(days=1)
    return lines


def fill_household(store: Store, workdir: Path, today: date, months: int = 4) -> None:
    """Import the household into ``store`` as account "Checking" and categorise most payees.

    One correction per payee is enough: finapp learns the merchant and categorises the rest.
    """
    lines = tuple(
        ParsedTransaction(day, amount, payee, fitid=str(n))
        for n, (day, payee, amount) in enumerate(statement_lines(today, months))
    )
    statement = ParsedStatement(ParsedAccount(number="5550001234"), lines)
    ofx = write_ofx(workdir / "household.ofx", statement)  # its ledger balance is 100.00
    result = import_files(store, [ofx], account_name="Checking")
    assert result.new > 0, result
    taught: set[str] = set()
    for txn in list_transactions(store):
        path = CATEGORIES.get(txn.payee)
        if path and txn.category != path and txn.payee not in taught:
            set_category(store, txn.id, path)
            taught.add(txn.payee)


#: the card the household pays from checking each month, and what it charges
CARD_PAYMENT = (Decimal("-500.00"), 25)  # from checking; arrives on the card a day later
#: (payee, amount, amount from the fourth month on, day of month): a card charge and a pay rise
CARD_CHARGE = ("HULU", Decimal("-7.99"), Decimal("-8.99"), 5)
RAISED_PAY = ("GLOBEX PAYROLL", Decimal("2000.00"), Decimal("2150.00"), 15)


def add_card_and_raise(store: Store, workdir: Path, today: date, months: int = 6) -> None:
    """A Visa card paid from Checking every month (an own-account transfer, seen on both
    accounts), a Hulu charge on the card whose price rose, and a second pay that rose."""
    start = date(today.year, today.month, 1)
    for _ in range(months - 1):
        start = (start - timedelta(days=1)).replace(day=1)
    checking: list[ParsedTransaction] = []
    card: list[ParsedTransaction] = []
    month = start
    for number in range(months):
        days = [
            (dom, lines, payee, before if number < 3 else after)
            for (payee, before, after, dom), lines in ((RAISED_PAY, checking), (CARD_CHARGE, card))
        ]
        days.append((CARD_PAYMENT[1], checking, "CHASE CARD AUTOPAY", CARD_PAYMENT[0]))
        days.append((CARD_PAYMENT[1] + 1, card, "PAYMENT THANK YOU", -CARD_PAYMENT[0]))
        for dom, lines, name, amount in days:
            day = month.replace(day=dom)
            if day <= today:
                lines.append(ParsedTransaction(day, amount, name, fitid=f"x{number}-{dom}"))
        month = (month + timedelta(days=32)).replace(day=1)
    for name, number, lines in (("Checking", "5550001234", checking), ("Visa card", "4111", card)):
        statement = ParsedStatement(ParsedAccount(number=number), tuple(lines))
        ofx = write_ofx(workdir / f"{number}-extra.ofx", statement)
        assert import_files(store, [ofx], account_name=name).new == len(lines)
