"""A balance carried by the store's sum is the balance carried day by day.

``balance_on`` (a card's balance, each liquid account's for the emergency fund) sums in the store
only the lines between the nearest known balance and the day asked, instead of reading every
day the account ever moved. On generated households with balances known on random days, it
tells the same figure as the plain carry over every day's movement, on days before, between and
after the known balances, before the history begins and after it ends.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from finapp.core.balance_kinds import BalanceKind
from finapp.importers.base import ParsedFile
from finapp.services.balances import (
    account_known_balances,
    balance_on,
    carry,
    daily_movements,
    known_balances,
    nearest_known,
    set_user_balance,
)
from finapp.services.imports import import_parsed
from finapp.store.engine import Store
from finapp.store.schema import Account
from tests.alerts.household import household, import_between

START = date(2025, 1, 1)


def _plain(store: Store, account_id: int, day: date) -> int | None:
    """The balance on ``day`` carried over every day the account moved."""
    with store.read() as session:
        anchor = nearest_known(known_balances(session).get(account_id, []), day)
        if anchor is None:
            return None
        movements = daily_movements(session, account_id)
        return carry(anchor.as_of, anchor.amount_minor, movements, day)


@pytest.mark.parametrize("seed", [3, 17])
def test_the_balance_on_any_day_is_the_plain_carry(store: Store, seed: int) -> None:
    rng = random.Random(seed)
    home = household(seed, START, 8)
    end = START + timedelta(days=240)
    import_between(store, home, START - timedelta(days=1), end)
    with store.read() as session:
        accounts = list(session.execute(select(Account.id, Account.name)))
    for _, name in accounts[::2]:  # some accounts with balances the user entered too
        for _ in range(2):
            on = START + timedelta(days=rng.randrange(240))
            set_user_balance(store, name, Decimal(rng.randrange(-50_000, 900_000)) / 100, on)
    days = [START - timedelta(days=30), end + timedelta(days=30)]
    days += [START + timedelta(days=rng.randrange(240)) for _ in range(25)]
    compared = 0
    for account_id, _ in accounts:
        for day in days:
            plain = _plain(store, account_id, day)
            with store.read() as session:
                assert balance_on(session, account_id, day) == plain, (account_id, day)
            compared += plain is not None
    assert compared >= len(days) * (len(accounts) // 2)  # known balances to carry from


def test_one_accounts_balances_read_alone_are_those_every_accounts_give_it(store: Store) -> None:
    # a card's balance reads its own known balances only: the same ones, in the same order, and
    # the user's figure still beats the statement's on the day both give one
    home = household(5, START, 4)  # its statements state their closing balances
    import_parsed(store, ParsedFile("household.ofx", "ofx", home.statements))
    with store.read() as session:
        stated = next(k for known in known_balances(session).values() for k in known)
        name = session.scalar(select(Account.name).where(Account.id == stated.account_id))
    set_user_balance(store, name, Decimal("1234.56"), stated.as_of)
    with store.read() as session:
        every = known_balances(session)
        ids = list(session.scalars(select(Account.id)))
        alone = {account_id: account_known_balances(session, account_id) for account_id in ids}
    assert alone == {account_id: every.get(account_id, []) for account_id in ids}
    that_day = [k for k in alone[stated.account_id] if k.as_of == stated.as_of]
    assert [k.kind for k in that_day] == [BalanceKind.LEDGER, BalanceKind.USER]
    with store.read() as session:
        assert balance_on(session, stated.account_id, stated.as_of) == 123456
