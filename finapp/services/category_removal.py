"""What deleting or merging a category takes with it besides its transactions, so the user is
told: a budget that goes (its category deleted, or merged into one that keeps its own budget)
and the rules that filed into a deleted category (future lines they matched stay uncategorized).

A merge keeps the target's budget rather than adding the two: a budget is a plan the user made
for that category (its amount, rollover and first month), and summing two plans silently would
make one the user never chose. The dropped one is named, and ``undo`` brings it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.money import from_minor
from finapp.store.schema import Budget, Rule


@dataclass(frozen=True, slots=True)
class BudgetDropped:
    category: str
    amount: Decimal  # a month
    currency: str
    #: the category merged into, which keeps its own budget (None: the category was deleted)
    kept_by: str | None = None


@dataclass(frozen=True, slots=True)
class Removed:
    """A category deleted or merged: where it went and what went with it."""

    path: str  # the category deleted, or the one merged into
    transactions: int  # lines filed in it (and its sub-categories): moved or now uncategorized
    budgets: tuple[BudgetDropped, ...] = ()
    #: the patterns of the rules that filed into it, removed with it
    rules: tuple[str, ...] = ()


def budget_of(session: Session, category_id: int) -> Budget | None:
    return session.scalars(select(Budget).where(Budget.category_id == category_id)).first()


def dropped(budget: Budget, category: str, kept_by: str | None = None) -> BudgetDropped:
    amount = from_minor(budget.amount_minor, budget.currency)
    return BudgetDropped(category, amount, budget.currency, kept_by)


def rules_into(session: Session, category_id: int) -> tuple[str, ...]:
    """The patterns of the rules filing into the category, first-run first."""
    query = select(Rule.pattern).where(Rule.category_id == category_id)
    return tuple(session.scalars(query.order_by(Rule.priority, Rule.id)))
