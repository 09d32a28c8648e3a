"""A household to edit, and the two views an undo must give back exactly: what the user sees
(each line's category, note, tags and split parts, the categories, rules, budgets,
subscriptions, payee names, accounts, goals and cards) and the store's own rows."""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import text

from finapp.services.accounts import list_accounts
from finapp.services.budgets import list_budgets
from finapp.services.cards import list_cards
from finapp.services.categories import list_categories
from finapp.services.goals import list_goals
from finapp.services.payee_list import list_payees
from finapp.services.reconciliation import account_books
from finapp.services.rules import list_rules
from finapp.services.splits import splits_by_transaction
from finapp.services.subscriptions import stored_subscriptions
from finapp.services.transactions import TransactionView, list_transactions
from finapp.store.engine import Store
from finapp.store.journal import DERIVED_SETTINGS, UNJOURNALED
from finapp.store.schema import Base
from tests.annotations.statements import lines_by_payee

#: the month the household's budgets are read in
MONTH = date(2026, 2, 1)


class Household(NamedTuple):
    """A store holding the household, and its first line of each payee by the payee's first
    word."""

    store: Store
    lines: dict[str, TransactionView]


def lines(store: Store) -> dict[str, TransactionView]:
    """The household's first line of each payee, by the payee's first word."""
    return {payee.split()[0]: found[0] for payee, found in lines_by_payee(store).items()}


def seen(store: Store) -> dict[str, Any]:
    """Everything an edit can change as the user meets it."""
    txns = list_transactions(store)
    with store.read() as session:
        parts = splits_by_transaction(session, [t.id for t in txns])
    return {
        "transactions": txns,
        "splits": parts,
        "categories": list_categories(store),
        "rules": list_rules(store),
        "budgets": list_budgets(store, month=MONTH),
        "subscriptions": stored_subscriptions(store, include_dismissed=True),
        "payees": list_payees(store),
        "accounts": list_accounts(store),
        "books": account_books(store),
        "cards": list_cards(store, MONTH),
        "goals": list_goals(store, MONTH),
    }


def rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row the journal keeps, by table (rowid first)."""
    out = {}
    with store.read() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in UNJOURNALED:
                continue
            found = session.execute(text(f"SELECT rowid, * FROM {table.name} ORDER BY rowid"))
            out[table.name] = [
                tuple(row) for row in found
                if not (table.name == "settings" and row[1] in DERIVED_SETTINGS)
            ]  # fmt: skip
    return out
