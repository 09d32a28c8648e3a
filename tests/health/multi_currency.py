"""A household that keeps money in three currencies, for the totals that add them up.

Dollars at a US bank (checking, savings, a Visa card), yuan in an Alipay wallet with a China
Merchants Bank card, and euros in a German current account with its own card. Six months of
statements end on :data:`TODAY`, each stating its balance there; rent, groceries and the
wallet's 盒马 shopping are essential spending. Subscriptions are paid in each currency and a
savings goal is kept in dollars and in euros. The euro has a rate; the yuan has none.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

import pytest

from finapp.importers.base import (
    Balance,
    ParsedAccount,
    ParsedFile,
    ParsedStatement,
    ParsedTransaction,
)
from finapp.services.categorize import set_category
from finapp.services.goals import add_goal
from finapp.services.imports import import_parsed
from finapp.services.opening import open_store
from finapp.services.rates import set_rate
from finapp.services.settings import set_setting
from finapp.services.subscriptions import add_manual
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.keys import StoreKey, new_raw_key

D = Decimal
TODAY = date(2026, 11, 27)
FIRST = date(2026, 6, 1)
#: the euro's rate, and the day of the rates file it came from
EUR_RATE = D("1.0561")
RATE_DAY = date(2026, 5, 29)  # before the first statement: every month converts

CHECKING, SAVINGS, VISA = "Chase checking", "Ally savings", "Chase Visa"
ALIPAY, CMB = "支付宝", "招商银行信用卡"
GIRO, EUR_CARD = "Girokonto", "DKB Visa"

#: (account, type, currency, balance at TODAY, credit limit, monthly lines (day, amount,
#: payee, category or ""))
ACCOUNTS = (
    (CHECKING, "checking", "USD", D("8200.00"), None, (
        (1, D("5200.00"), "ACME PAYROLL", "Income:Salary"),
        (3, D("-2100.00"), "OAKRIDGE PROPERTY RENT", "Housing:Rent"),
    )),
    (SAVINGS, "savings", "USD", D("3800.00"), None, ()),
    (VISA, "credit_card", "USD", D("-1250.40"), D("6000"), (
        (9, D("-412.60"), "SAFEWAY #1432", "Food:Groceries"),
    )),
    (ALIPAY, "payment_app", "CNY", D("17000.00"), None, (
        (5, D("-2600.00"), "盒马鲜生", "Food:Groceries"),
    )),
    (CMB, "credit_card", "CNY", D("-2300.00"), D("20000"), (
        (12, D("-480.00"), "美团外卖", "Food:Dining"),
    )),
    (GIRO, "checking", "EUR", D("4100.00"), None, (
        (2, D("-950.00"), "MIETE WOHNUNG", "Housing:Rent"),
        (6, D("-280.00"), "REWE SAGT DANKE", "Food:Groceries"),
    )),
    (EUR_CARD, "credit_card", "EUR", D("-310.00"), D("2500"), (
        (15, D("-85.00"), "DEUTSCHE BAHN", "Transport"),
    )),
)  # fmt: skip

#: (name, amount, currency, account)
SUBSCRIPTIONS = (
    ("Netflix", D("15.49"), VISA),
    ("Spotify", D("10.99"), EUR_CARD),
    ("爱奇艺", D("25.00"), ALIPAY),
)
#: (name, target, accounts)
GOALS = (("House", D("30000"), (SAVINGS,)), ("Holiday", D("6000"), (GIRO,)))


def _months() -> list[date]:
    months, month = [], FIRST
    while month <= TODAY:
        months.append(month)
        month = (month + timedelta(days=32)).replace(day=1)
    return months


def _statement(name: str, kind: str, currency: str, balance: Decimal, limit: Decimal | None,
               lines: tuple) -> ParsedStatement:  # type: ignore[type-arg]  # fmt: skip
    transactions = tuple(
        ParsedTransaction(month.replace(day=day), amount, payee, fitid=f"{name}-{month}-{day}")
        for month in _months()
        for day, amount, payee, _category in lines
        if month.replace(day=day) <= TODAY
    )
    return ParsedStatement(
        ParsedAccount(number=f"{abs(hash(name)) % 10**8:08d}", institution=name.split()[0],
                      type=kind, currency=currency, name=name),
        transactions,
        balances=(Balance("ledger", balance, TODAY),),
        start=FIRST,
        end=TODAY,
        credit_limit=limit,
    )  # fmt: skip


def three_currency_household(store: Store) -> None:
    """Import the household, file its spending, add its subscriptions, goals and the euro's
    rate; the base currency is the dollar."""
    categories: dict[str, str] = {}
    for name, kind, currency, balance, limit, lines in ACCOUNTS:
        statement = _statement(name, kind, currency, balance, limit, lines)
        import_parsed(store, ParsedFile(f"{name}.ofx", "ofx", (statement,)), account_name=name)
        categories |= {payee: category for _day, _amount, payee, category in lines}
    for txn in list_transactions(store):
        if categories.get(txn.payee):
            set_category(store, txn.id, categories[txn.payee])
    for name, amount, account in SUBSCRIPTIONS:
        add_manual(store, name, amount, "monthly", TODAY + timedelta(days=10), account=account)
    for name, target, accounts in GOALS:
        add_goal(store, name, target, date(2027, 12, 31), accounts, today=FIRST)
    set_setting(store, "base_currency", "USD")
    set_rate(store, "EUR", str(EUR_RATE), as_of=RATE_DAY)


CENT = Decimal("0.01")


def in_dollars(amounts: dict[str, Decimal], cny_rate: Decimal | None = None) -> Decimal:
    """What the page should show: each currency's sum converted once at its rate, rounded
    half-even to the cent, then added (a currency without a rate adds nothing)."""
    rates = {"USD": Decimal(1), "EUR": EUR_RATE, "CNY": cny_rate}
    return sum(
        ((amount * rates[code]).quantize(CENT, ROUND_HALF_EVEN) for code, amount in
         amounts.items() if rates[code] is not None),
        Decimal(0),
    )  # fmt: skip


def by_currency(rows: list[tuple[str, Decimal]]) -> dict[str, Decimal]:
    sums: dict[str, Decimal] = {}
    for code, amount in rows:
        sums[code] = sums.get(code, Decimal(0)) + amount
    return sums


@pytest.fixture(scope="module")
def three_currency_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """The household built once per test module."""
    folder, raw = tmp_path_factory.mktemp("three-currencies"), new_raw_key()
    store = open_store(folder / "data", key=StoreKey.from_raw(raw))
    try:
        three_currency_household(store)
    finally:
        store.close()
    return folder / "data", raw


@pytest.fixture
def three_currency_store(
    three_currency_template: tuple[Path, bytes], tmp_path: Path
) -> Iterator[Store]:
    """A copy of the household of one's own to change."""
    template, raw = three_currency_template
    shutil.copytree(template, tmp_path / "data")
    opened = open_store(tmp_path / "data", key=StoreKey.from_raw(raw))
    yield opened
    opened.close()
