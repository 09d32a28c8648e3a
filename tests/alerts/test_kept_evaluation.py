"""An alerts check that finds nothing changed since the last one leaves what an evaluation would.

A second ``finapp alerts`` on the same day, the tray's daily check and a page refreshed skip the
evaluation when nothing it reads changed (:mod:`finapp.services.alert_inputs`). Two stores go
through the same steps a user takes — a budget set, a line filed by hand into it, a split, a
payee renamed, an alert dismissed and brought back, a card's limit, a goal, a setting, an edit
undone, the next day — and after each one store is checked the usual way and the other
evaluated afresh (``full``): every stored alert, column by column, is the same in both, and the
usual check reads the facts again after every step but where nothing changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from finapp.services import alert_facts, edit_history
from finapp.services.alerts import dismiss, list_alerts, refresh_alerts, restore
from finapp.services.budgets import set_budget
from finapp.services.cards import set_credit_limit
from finapp.services.categorize import set_category
from finapp.services.goals import add_goal
from finapp.services.imports import import_files
from finapp.services.payee_names import rename_payee
from finapp.services.settings import set_setting
from finapp.services.splits import SplitPart, line_amount, set_splits
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Account, Transaction
from tests.alerts.test_incremental_alerts import _stored
from tests.calls import Calls
from tests.conftest import PASSPHRASE, new_passphrase_store
from tests.households.files import write_statements
from tests.households.generator import generate
from tests.old_schemas import undo_schema_13, upgraded


class _Pair:
    """The same steps in two stores: one checked the usual way, one evaluated afresh."""

    def __init__(self, folder: Path, evaluations: Calls) -> None:
        self.usual = new_passphrase_store(folder / "usual")
        self.afresh = new_passphrase_store(folder / "afresh")
        self.evaluations = evaluations

    def both(self, step: Callable[[Store], object]) -> None:
        step(self.usual)
        step(self.afresh)

    def check(self, day: date, *, changed: bool = True) -> None:
        """Both stores' alerts as of ``day``: the same; the usual check evaluated only if
        ``changed`` (the store afresh always evaluates)."""
        before = self.evaluations.count
        refresh_alerts(self.usual, day)
        refresh_alerts(self.afresh, day, full=True)
        assert self.evaluations.count - before == (2 if changed else 1)
        assert _stored(self.usual) == _stored(self.afresh)

    def close(self) -> None:
        self.usual.close()
        self.afresh.close()


def _kinds(store: Store, day: date) -> list[tuple[str, str | None]]:
    return [(a.kind, a.category) for a in list_alerts(store, as_of=day)]


def _spending_in_month(store: Store, day: date) -> list[int]:
    """The month's money out that is no transfer, largest first."""
    month = (day.year, day.month)
    spent = [
        t
        for t in list_transactions(store)
        if t.amount < 0 and not t.is_transfer and (t.date.year, t.date.month) == month
    ]
    return [t.id for t in sorted(spent, key=lambda t: t.amount)]


def test_a_check_with_nothing_changed_leaves_what_an_evaluation_leaves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = write_statements(generate(17, months=6), tmp_path / "files", card_csv=True)
    day = max(f.end for f in files)
    evaluations = Calls(monkeypatch, alert_facts, "gather_with_spending")
    pair = _Pair(tmp_path, evaluations)
    try:
        pair.both(lambda store: import_files(store, [f.path for f in files]))
        pair.check(day)
        pair.check(day, changed=False)
        pair.check(day, changed=False)

        pair.both(lambda store: set_budget(store, "Shopping:Gifts", Decimal(60), today=day))
        pair.check(day)
        assert ("budget", "Shopping:Gifts") not in _kinds(pair.usual, day)
        # a line filed by hand is seen, though what the line is did not change: the budget is
        # spent past its limit at once
        line = _spending_in_month(pair.usual, day)[0]
        pair.both(lambda store: set_category(store, line, "Shopping:Gifts"))
        pair.check(day)
        assert ("budget", "Shopping:Gifts") in _kinds(pair.usual, day)
        pair.check(day, changed=False)
        # a budget for a category spent in already, nothing else changed: it is over at once
        spent = {t.id: t.category for t in list_transactions(pair.usual)}
        filed = next(spent[i] for i in _spending_in_month(pair.usual, day)[1:] if spent[i])
        assert filed is not None
        pair.both(lambda store: set_budget(store, filed, Decimal(1), today=day))
        pair.check(day)
        assert ("budget", filed) in _kinds(pair.usual, day)

        amount, _ = line_amount(pair.usual, line)
        half = (amount / 2).quantize(Decimal("0.01"))
        parts = [SplitPart("Shopping:Gifts", half), SplitPart("Food", amount - half)]
        pair.both(lambda store: set_splits(store, line, parts))
        pair.check(day)

        with pair.usual.read() as session:
            merchant = session.scalars(select(Transaction.merchant).where(Transaction.id == line))
            key = merchant.one()
        pair.both(lambda store: rename_payee(store, key, "Corner shop (mine)"))
        pair.check(day)

        first = list_alerts(pair.usual, as_of=day)[0].id
        pair.both(lambda store: dismiss(store, first))
        pair.check(day)
        pair.both(lambda store: restore(store, [first], day))
        pair.check(day, changed=False)  # restoring evaluated already

        with pair.usual.read() as session:
            kinds = dict(session.execute(select(Account.type, Account.name)).all())
        pair.both(lambda store: set_credit_limit(store, kinds["credit_card"], Decimal(500), day))
        pair.check(day)
        checking = kinds["checking"]
        later = day + timedelta(days=400)
        pair.both(
            lambda store: add_goal(store, "Roof", Decimal(40000), later, [checking], today=day)
        )
        pair.check(day)
        pair.both(lambda store: set_setting(store, "budget_thresholds", "50,100"))
        pair.check(day)
        pair.both(lambda store: set_category(store, line, "Travel"))
        pair.check(day)
        pair.both(edit_history.undo)
        pair.check(day)

        pair.check(day + timedelta(days=1))
        pair.check(day + timedelta(days=1), changed=False)
        pair.check(day)
    finally:
        pair.close()


def test_a_store_written_before_the_filing_stamp_gets_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = write_statements(generate(3, months=4), tmp_path / "files")
    day = max(f.end for f in files)
    store = new_passphrase_store(tmp_path / "data")
    import_files(store, [f.path for f in files])
    refresh_alerts(store, day)
    with upgraded(store, undo_schema_13, PASSPHRASE) as again:
        evaluations = Calls(monkeypatch, alert_facts, "gather_with_spending")
        refresh_alerts(again, day)
        refresh_alerts(again, day)
        assert evaluations.count == 1
        set_budget(again, "Shopping:Gifts", Decimal(60), today=day)
        refresh_alerts(again, day)
        set_category(again, _spending_in_month(again, day)[0], "Shopping:Gifts")
        refresh_alerts(again, day)
        assert evaluations.count == 3
        assert ("budget", "Shopping:Gifts") in _kinds(again, day)
