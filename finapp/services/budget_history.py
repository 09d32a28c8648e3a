"""The budgets of the months an import's lines fall in, for what the import found in the
history (:func:`~finapp.core.history_findings.over_budget`): a month's statements downloaded
after it ended take its budget over where no budget alert, of the month it runs in, looks.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from finapp.core.history_findings import BudgetHistory
from finapp.services.budgets import spent_by_month
from finapp.services.categories import category_paths
from finapp.store.schema import Budget, Transaction


def budget_histories(session: Session, added: Iterable[range]) -> list[BudgetHistory]:
    """Each budget with its category's spending by month, all of it and the lines ``added``
    (the ids an import wrote, :attr:`~finapp.services.import_results.FileResult.lines`): two
    grouped reads a budget, none without budgets or lines added."""
    budgets = session.scalars(select(Budget)).all()
    spans = [ids for ids in added if ids]
    if not budgets or not spans:
        return []
    among = or_(*(Transaction.id.between(ids.start, ids.stop - 1) for ids in spans))
    paths = category_paths(session)
    return [
        BudgetHistory(
            budget.category_id,
            paths[budget.category_id],
            budget.currency,
            budget.amount_minor,
            budget.rollover,
            budget.since,
            spent_by_month(session, budget.category_id, budget.currency, among=_since(budget)),
            spent_by_month(session, budget.category_id, budget.currency, among=among),
        )
        for budget in budgets
    ]


def _since(budget: Budget) -> ColumnElement[bool] | None:
    """The lines from the month the budget was set: no month before it is judged by it, and a
    rollover carries from it (ten years of history are not read for a budget set this year)."""
    return None if budget.since is None else Transaction.posted >= budget.since
