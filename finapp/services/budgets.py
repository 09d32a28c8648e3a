"""Monthly budgets per category: set, remove, and spent vs budget including sub-categories.

Spending is money out minus refunds in the category's whole sub-tree, in the budget's currency,
leaving out transfers between the user's own accounts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from finapp.core.budgets import Standing, month_of, progress, standing
from finapp.core.category_kinds import CategoryKind
from finapp.core.money import exact_minor, from_minor
from finapp.errors import InvalidInputError, NotFoundError, Problem
from finapp.services.categories import (
    category_paths,
    descendants,
    ensure_category,
    find_category,
    require_category,
)
from finapp.services.settings import load_settings, main_currency_of
from finapp.services.undoable import undoable
from finapp.store.category_lines import category_sums
from finapp.store.engine import Store
from finapp.store.schema import Budget, Transaction


@dataclass(frozen=True, slots=True)
class BudgetView:
    category: str
    category_id: int
    amount: Decimal
    currency: str
    rollover: bool
    month: str  # YYYY-MM
    spent: Decimal
    available: Decimal
    remaining: Decimal
    percent: int | None
    standing: Standing  # under, near (the first alert threshold reached), used, over


@dataclass(frozen=True, slots=True)
class BudgetSet:
    """A budget just set, and whether its category was made for it (a typo shows, rather than
    quietly becoming a category that nothing is filed in)."""

    view: BudgetView
    created: bool


def spent_by_month(
    session: Session,
    category_id: int,
    currency: str,
    until: date | None = None,
    among: ColumnElement[bool] | None = None,
) -> dict[date, int]:
    """Net spending (positive = money out) per month in a category and its sub-categories, a
    split line's parts each in its own category; of the lines ``among`` chooses (an import's),
    else of all."""
    where = [Transaction.currency == currency, Transaction.is_transfer.is_(False)]
    if until is not None:
        where.append(Transaction.posted <= until)
    if among is not None:
        where.append(among)
    query = category_sums(
        lambda line: (func.strftime("%Y-%m", line.posted),),
        *where,
        categories=descendants(session, category_id),
    )
    return {date.fromisoformat(f"{key}-01"): -total for key, total in session.execute(query).all()}


def budget_view(session: Session, budget: Budget, month: date, as_of: date | None) -> BudgetView:
    spent = spent_by_month(session, budget.category_id, budget.currency, as_of)
    result = progress(
        budget.amount_minor, month, spent, rollover=budget.rollover, since=budget.since
    )
    cur = budget.currency
    thresholds = load_settings(session).budget_thresholds
    return BudgetView(
        category=category_paths(session)[budget.category_id],
        category_id=budget.category_id,
        amount=from_minor(budget.amount_minor, cur),
        currency=cur,
        rollover=budget.rollover,
        month=month.strftime("%Y-%m"),
        spent=from_minor(result.spent, cur),
        available=from_minor(result.available, cur),
        remaining=from_minor(result.remaining, cur),
        percent=result.percent,
        standing=standing(result.spent, result.available, thresholds),
    )


@undoable("budget_set", lambda done, *_, **__: {"category": done.view.category})
def set_budget(
    store: Store,
    category: str,
    amount: Decimal,
    *,
    rollover: bool = False,
    today: date | None = None,
) -> BudgetSet:
    """Budget ``amount`` a month for ``category`` (created when new); replaces an earlier one."""
    if amount <= 0:
        english = f"A budget must be above zero, got {amount}"
        raise InvalidInputError(Problem("budget.not_positive", english, amount=amount))
    month = month_of(today or date.today())
    with store.write() as session:
        created = find_category(session, category) is None
        row = ensure_category(session, category)
        if row.kind != CategoryKind.EXPENSE:
            english = f"{category!r} is not a spending category"
            raise InvalidInputError(Problem("budget.not_spending", english, category=category))
        currency = main_currency_of(session)
        budget = session.scalars(select(Budget).where(Budget.category_id == row.id)).first()
        if budget is None:
            budget = Budget(category_id=row.id, since=month)
            session.add(budget)
        budget.amount_minor = exact_minor(amount, currency)
        budget.currency = currency
        budget.rollover = rollover
        session.flush()
        return BudgetSet(budget_view(session, budget, month, None), created)


@undoable("budget_clear", lambda _none, _store, category, **__: {"category": category})
def remove_budget(store: Store, category: str) -> None:
    with store.write() as session:
        row = require_category(session, category)
        budget = session.scalars(select(Budget).where(Budget.category_id == row.id)).first()
        if budget is None:
            english = f"No budget for {category!r}"
            raise NotFoundError(Problem("budget.missing", english, category=category))
        session.delete(budget)


def list_budgets(
    store: Store, *, month: date | None = None, as_of: date | None = None
) -> list[BudgetView]:
    """Every budget's progress in ``month`` (default: the month of ``as_of``, else today)."""
    wanted = month_of(month or as_of or date.today())
    with store.read() as session:
        views = [budget_view(session, b, wanted, as_of) for b in session.scalars(select(Budget))]
    return sorted(views, key=lambda v: v.category.casefold())


@dataclass(frozen=True, slots=True)
class BudgetTotals:
    """The month's budgets in one currency, what is left kept apart from what is overspent:
    added together, three budgets over hid behind two with money left (¥122.44 "left" in a
    month where most of the plan had failed)."""

    left: Decimal  # what the budgets not yet spent still have
    left_in: int  # how many budgets have something left
    over: Decimal  # how far the overspent budgets are over, together
    over_in: int  # how many budgets are over


def budget_totals(views: Iterable[BudgetView]) -> BudgetTotals:
    """What is left and what is overspent over ``views`` (all in one currency)."""
    remaining = [v.remaining for v in views]
    left = [r for r in remaining if r > 0]
    over = [-r for r in remaining if r < 0]
    return BudgetTotals(sum(left, Decimal(0)), len(left), sum(over, Decimal(0)), len(over))


def new_budget_currency(store: Store) -> str:
    """The currency a new budget is kept in (the one most accounts use), shown beside the
    amount being typed so that "500" is read as what it will mean."""
    with store.read() as session:
        return main_currency_of(session)
