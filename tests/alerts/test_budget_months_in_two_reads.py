"""The budgets' month, read for the alert checks in two reads whatever the number of budgets,
is what each budget's own sums give: its sub-tree, its currency, a split line's parts each in
its own category, every month back for rollover, and each day of the month so far."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from finapp.core import alerts as core
from finapp.core.budgets import month_of, progress
from finapp.services.alert_facts import budget_months
from finapp.services.budgets import set_budget, spent_by_month
from finapp.services.categories import category_paths, descendants
from finapp.services.splits import SplitPart, set_splits
from finapp.services.transactions import list_transactions
from finapp.store.category_lines import category_sums
from finapp.store.schema import Budget, Transaction
from tests.realistic_stores import realistic_store


def _each_budget_on_its_own(session, as_of: date) -> list[core.BudgetMonth]:  # type: ignore[no-untyped-def]
    """The budgets' month as read one budget at a time."""
    month, paths, out = month_of(as_of), category_paths(session), []
    for budget in session.scalars(select(Budget)):
        within = descendants(session, budget.category_id)
        by_month = spent_by_month(session, budget.category_id, budget.currency, as_of)
        available = progress(
            budget.amount_minor, month, by_month, rollover=budget.rollover, since=budget.since
        ).available
        days = category_sums(
            lambda line: (line.posted,),
            Transaction.currency == budget.currency,
            Transaction.is_transfer.is_(False),
            Transaction.posted >= month,
            Transaction.posted <= as_of,
            categories=within,
        )
        daily = sorted((posted, -total) for posted, total in session.execute(days))
        out.append(
            core.BudgetMonth(
                budget.category_id, paths[budget.category_id], budget.currency, available, daily
            )
        )
    return out


@pytest.mark.parametrize("seed", [3, 11])
def test_the_budgets_month_is_what_each_budget_adds_up_alone(made_store, seed: int) -> None:
    store = realistic_store(made_store, 2500, seed)
    with store.read() as session:
        first, last = session.execute(
            select(func.min(Transaction.posted), func.max(Transaction.posted))
        ).one()
    start = month_of(first) + timedelta(days=40)
    for category, amount, rollover in [
        ("Food", "600", False),  # a parent: Groceries and Dining under it
        ("Food:Groceries", "350", True),  # rolled over from two months after the first line
        ("Shopping", "200", False),
        ("Transport", "90", True),
        ("Gifts", "50", False),  # nothing filed there
    ]:
        set_budget(store, category, Decimal(amount), rollover=rollover, today=start)
    groceries = [t for t in list_transactions(store) if t.category == "Food:Groceries"]
    for line in groceries[:: max(len(groceries) // 6, 1)]:  # receipts split into two parts
        household = (line.amount / 3).quantize(Decimal("0.01"))
        parts = [
            SplitPart("Food:Groceries", line.amount - household),
            SplitPart("Shopping", household),
        ]
        set_splits(store, line.id, parts)
    days = [last, last - timedelta(days=17), month_of(last), first + timedelta(days=75)]
    with store.read() as session:
        for as_of in days:
            read_at_once = budget_months(session, as_of)
            assert read_at_once == _each_budget_on_its_own(session, as_of), as_of
            assert any(month.daily for month in read_at_once), "spending was found"
