"""Alerts as the store grows: evaluation at 30k, 100k and 300k transactions.

Generated households (:mod:`finapp.demo`) over the same two years go into one store, each under
its own account numbers, so the merchants they share (the same coffee chain, the same streaming
services) gather longer histories as the store grows — the shape that once made each recent
charge rescan its merchant's whole history. Every account has a low-balance threshold it is
below, the costliest case for finding when the balance fell. Each size is timed three times:
the day's check on a store that has not raised these alerts yet (``evaluate_alerts``), the same
check again with nothing changed (charges are judged again only at merchants whose charges
changed: none), and what ``finapp alerts`` does (subscription detection first, then the same
evaluation).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, func, select, update

from bench.table import Figure, timed
from finapp.demo import generate_household
from finapp.importers.base import ParsedFile, ParsedStatement
from finapp.services.alert_scope import STATE_KEY
from finapp.services.alerts import evaluate_alerts, refresh_alerts
from finapp.services.budgets import set_budget
from finapp.services.imports import import_parsed
from finapp.services.opening import open_store
from finapp.store.engine import Store
from finapp.store.keys import StoreKey, new_raw_key
from finapp.store.schema import Account, Alert, Setting, Transaction

SIZES = (30_000, 100_000, 300_000)
START = date(2023, 1, 1)
MONTHS = 24
FIRST_SEED = 3000


def _own_accounts(statement: ParsedStatement, seed: int) -> ParsedStatement:
    """The statement under account numbers and names no other household uses."""
    account = dataclasses.replace(
        statement.account,
        number=f"{seed}{statement.account.number}",
        name=f"{statement.account.name} {seed}",
    )
    return dataclasses.replace(statement, account=account)


def _add_household(store: Store, seed: int) -> date:
    """Import one household; returns the last day of its history."""
    household = generate_household(seed, START, MONTHS)
    statements = tuple(_own_accounts(s, seed) for s in household.statements)
    import_parsed(store, ParsedFile(f"household-{seed}.ofx", "ofx", statements))
    return household.end


def _count(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count(Transaction.id))) or 0


def _prepare(store: Store) -> None:
    """Thresholds every account is below, and budgets, so every kind of check has work."""
    with store.write() as session:
        session.execute(update(Account).values(low_balance_minor=10**12))
        session.execute(Alert.__table__.delete())
    for category in ("Food", "Shopping"):
        set_budget(store, category, Decimal(50))


def _timings(store: Store, as_of: date) -> tuple[float, float, float]:
    """Seconds for the day's check on fresh alerts, for it again with nothing changed, then for
    what ``finapp alerts`` runs."""
    _prepare(store)
    _, evaluation = timed(lambda: evaluate_alerts(store, as_of, full=True))
    _, again = timed(lambda: evaluate_alerts(store, as_of))
    with store.write() as session:  # the command on a store that has judged nothing yet
        session.execute(Alert.__table__.delete())
        session.execute(delete(Setting).where(Setting.key == STATE_KEY))
    _, command = timed(lambda: refresh_alerts(store, as_of))
    return evaluation, again, command


def run(workdir: str) -> Iterator[Figure]:
    store = open_store(Path(workdir) / "alerts", key=StoreKey.from_raw(new_raw_key()))
    seed, as_of = FIRST_SEED, START
    try:
        for size in SIZES:
            while _count(store) < size:
                as_of = max(as_of, _add_household(store, seed))
                seed += 1
            count = _count(store)
            evaluation, again, command = _timings(store, as_of)
            label = f"{count // 1000}k transactions"
            yield Figure("alerts", f"alert evaluation, {label}", evaluation, "s", "linear")
            yield Figure("alerts", f"alert evaluation again, nothing changed, {label}", again, "s")
            yield Figure("alerts", f"finapp alerts (detection + evaluation), {label}", command,
                         "s")  # fmt: skip
    finally:
        store.close()
