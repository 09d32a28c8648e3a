"""A household that keeps money in two currencies: the dollar household of the page tests and
a euro account whose groceries are paid in euros."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.importers.base import ParsedAccount, ParsedStatement, ParsedTransaction
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.gui.household import fill_household
from tests.subscriptions.statements import write_ofx

#: the day the household's statements end
TODAY = date(2026, 11, 27)
#: what the euro account spends in November: 250.00 EUR, 264.025 USD at 1.0561
EURO_LINES = (
    (date(2026, 11, 3), "REWE SAGT DANKE 4411", Decimal("-180.00")),
    (date(2026, 11, 10), "DM DROGERIE MARKT", Decimal("-70.00")),
)


def add_euro_account(store: Store, workdir: Path) -> None:
    lines = tuple(
        ParsedTransaction(day, amount, payee, fitid=f"eur{n}")
        for n, (day, payee, amount) in enumerate(EURO_LINES)
    )
    statement = ParsedStatement(
        ParsedAccount(number="DE44500105175407324931", currency="EUR"), lines
    )
    ofx = write_ofx(workdir / "girokonto.ofx", statement)
    assert import_files(store, [ofx], account_name="Girokonto").new == len(lines)


def two_currency_household(store: Store, workdir: Path) -> None:
    fill_household(store, workdir, TODAY)
    add_euro_account(store, workdir)
