"""One month's income, spending by category and subscription cost, without pandas.

What counts as income, spending or a transfer is decided here once (:func:`classified_sums`), for
this report and for the dashboard's frames (:mod:`finapp.services.reports`). Transfers between
the user's own accounts are neither spending nor income. A transaction counts as income when its
category is an income category (or, uncategorized, when money came in); everything else is
spending, so a refund in Groceries lowers Groceries.

A month report reads only that month's sums: a few grouped rows, where the whole history's sums
and importing pandas took most of ``finapp report``'s time.

A month report defaults to the latest month with data (:func:`data_span`), not the calendar's:
statements that end on 31 October, read in November, are about October.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from finapp.core.budgets import month_of, next_month
from finapp.core.category_kinds import CategoryKind
from finapp.core.charges import Charge
from finapp.core.money import from_minor
from finapp.core.subscription_states import SPENDING_KINDS, UserState
from finapp.services.budgets import BudgetView, list_budgets
from finapp.services.categories import SEPARATOR, category_paths
from finapp.services.coverage import coverage_by_account
from finapp.services.refunded_charges import CHARGE_COLUMNS, refunded_charges
from finapp.services.subscription_groups import group_kinds
from finapp.store.category_lines import Line, category_sums
from finapp.store.engine import Store
from finapp.store.schema import Category, Subscription, SubscriptionMember, Transaction

UNCATEGORIZED = "Uncategorized"

#: (month ``YYYY-MM``, currency, category path, class, amount_minor): see :func:`classified_sums`
ClassifiedSum = tuple[str, str, str, str, int]


@dataclass(frozen=True, slots=True)
class DataSpan:
    """The days the household's data covers: its first transaction to where it ends."""

    first: date
    #: where the latest statement ends (or, for accounts imported before statements recorded
    #: their days, the latest transaction), never later than the day asked
    until: date

    @property
    def latest_month(self) -> date:
        return month_of(self.until)

    @property
    def first_month(self) -> date:
        return month_of(min(self.first, self.until))

    def stops_within(self, month: date, today: date) -> bool:
        """Whether days of ``month`` up to ``today`` have passed beyond the data: what the
        month's budgets show as spent then leaves those days out (November's budgets read
        0.00 spent, 600.00 left, from statements that end on Oct 31)."""
        return self.until < min(next_month(month) - timedelta(days=1), today)


def data_span(store: Store, as_of: date | None = None) -> DataSpan | None:
    """How far the data goes as of ``as_of`` (default today); None before any import."""
    as_of = as_of or date.today()
    with store.read() as session:
        first, last = session.execute(
            select(func.min(Transaction.posted), func.max(Transaction.posted))
        ).one()
        ends = [c.covered_until for c in coverage_by_account(session).values()]
    if first is None and not ends:
        return None
    until = min(max([*ends, *([last] if last else [])]), as_of)
    return DataSpan(first or until, until)


def _class(transfer: bool, kind: str | None, inflow: bool) -> CategoryKind:
    """income, expense or transfer, for transactions of one category (``kind``) and flags."""
    if transfer or kind == CategoryKind.TRANSFER:
        return CategoryKind.TRANSFER
    if kind == CategoryKind.INCOME or (kind is None and inflow):
        return CategoryKind.INCOME
    return CategoryKind.EXPENSE


def _classified_keys(line: Line) -> tuple[ColumnElement[Any], ...]:
    """What :func:`classified_sums` groups by: month, currency, category, transfer, money in."""
    month = func.strftime("%Y-%m", line.posted)
    return (month, line.currency, line.category_id, line.is_transfer, line.amount_minor > 0)


def classified_sums(session: Session, *where: ColumnElement[bool]) -> list[ClassifiedSum]:
    """(month ``YYYY-MM``, currency, category path, class, amount_minor) summed per group.

    Every monthly report sums within (month, currency, category, class), so it reads these sums
    from one grouped query — a few hundred rows where each transaction would be 100k. Money in
    and money out are summed apart: an uncategorized line's class follows its sign. A split
    line counts by its parts (:func:`~finapp.store.category_lines.category_sums`). ``where``
    narrows the transactions summed (a month's days).
    """
    paths = category_paths(session)
    kinds = dict(session.execute(select(Category.id, Category.kind)).all())
    rows = session.execute(category_sums(_classified_keys, *where)).all()
    return [
        (
            row_month,
            currency,
            UNCATEGORIZED if category_id is None else paths[category_id],
            _class(bool(transfer), kinds.get(category_id), bool(incoming)),
            int(total),
        )
        for row_month, currency, category_id, transfer, incoming, total in rows
    ]


@dataclass(frozen=True, slots=True)
class Total:
    currency: str
    income: Decimal
    expenses: Decimal
    net: Decimal


@dataclass(frozen=True, slots=True)
class CategoryAmount:
    category: str
    currency: str
    amount: Decimal  # spent: positive is money out


@dataclass(frozen=True, slots=True)
class MonthReport:
    month: str
    totals: list[Total]
    categories: list[CategoryAmount]
    subscriptions: list[CategoryAmount]  # one row per currency, category "Subscriptions"
    budgets: list[BudgetView]
    data_until: date | None  # how far the data goes (see :class:`DataSpan`)


def month_report(
    store: Store, month: date | None = None, *, as_of: date | None = None
) -> MonthReport:
    """Income, expenses, spending by category, subscription cost and budgets for one month.

    ``month`` defaults to the latest month with data as of ``as_of`` (default today), else the
    month of ``as_of``. Categories are listed by what was spent, most first (equal amounts by
    category and currency); totals and subscription cost by currency.
    """
    span = data_span(store, as_of)
    first = month_of(month or (span.until if span else as_of or date.today()))
    after = next_month(first)
    in_month = (Transaction.posted >= first, Transaction.posted < after)
    with store.read() as session:
        sums = classified_sums(session, *in_month)
        subscription_rows = _bills_paid(session, first, after)
    last_day = date.fromordinal(after.toordinal() - 1)
    return MonthReport(
        month=first.strftime("%Y-%m"),
        totals=currency_totals(sums),
        categories=_spent_by_category(sums),
        subscriptions=[
            CategoryAmount("Subscriptions", currency, from_minor(-int(total), currency))
            for currency, total in sorted(subscription_rows)
        ],
        budgets=list_budgets(store, month=first, as_of=last_day),
        data_until=span.until if span else None,
    )


def _bills_paid(session: Session, first: date, after: date) -> list[tuple[str, int]]:
    """What subscriptions and bills took per currency in the month from ``first`` to before
    ``after``: the streams the Subscriptions page groups as spending
    (:func:`~finapp.services.subscription_groups.group_kinds`, as the year in review counts
    them), and of those only lines that are spending: a 3,000.00 转账 to 张丽 the user filed under
    a transfer category is no bill paid, nor in the spending it is "already in". A charge the
    merchant gave back in full (:func:`~finapp.core.refunds.refunded_in_full`: Hulu's 18.99
    refunded a fortnight on) is no more paid than it is in the month's spending."""
    spending = [sub_id for sub_id, kind in group_kinds(session).items() if kind in SPENDING_KINDS]
    rows = session.execute(
        select(*CHARGE_COLUMNS)
        .join(SubscriptionMember, SubscriptionMember.transaction_id == Transaction.id)
        .join(Subscription, Subscription.id == SubscriptionMember.subscription_id)
        .outerjoin(Category, Category.id == Transaction.category_id)
        .where(
            Transaction.posted >= first,
            Transaction.posted < after,
            Subscription.id.in_(spending),
            Subscription.user_state != UserState.DISMISSED,
            Transaction.is_transfer.is_(False),
            or_(Category.id.is_(None), Category.kind != CategoryKind.TRANSFER),
        )
    ).all()
    charges = [Charge(*row) for row in rows]
    refunded = refunded_charges(session, charges, date.max)
    paid: dict[str, int] = defaultdict(int)
    for charge in charges:
        if charge.id not in refunded:
            paid[charge.currency] += charge.amount_minor
    return list(paid.items())


#: the category of money back that says not what it came back for (a shop's refund the rules
#: could not file with its purchase): it lowers the month's spending as a whole
REFUNDS = "Refunds"


def _refunds(category: str) -> bool:
    """Whether ``category`` (a full path) is :data:`REFUNDS` or under it."""
    return category == REFUNDS or category.startswith(REFUNDS + SEPARATOR)


def spent_per_category(sums: Iterable[ClassifiedSum]) -> dict[tuple[str, str, str], int]:
    """What each (month, currency, category path) spent, in minor units (positive: money out),
    net of what came back into the same category that month; negative where more came back.

    Money back lowers its own category's spending (a refund in Groceries, a flatmate's share of
    the rent in Person to Person) and no other: a parent's 3,000.00 转账 filed Person to Person
    is no refund of the month's coffee. What a category got back beyond what it spent is income
    (:func:`income_and_expenses`), never negative spending; only :data:`REFUNDS` lowers the
    month's spending as a whole.
    """
    spent: dict[tuple[str, str, str], int] = defaultdict(int)
    for month, currency, category, kind, amount in sums:
        if kind == CategoryKind.EXPENSE:
            spent[month, currency, category] -= amount
    return spent


def counts_as_spent(category: str, spent: int) -> bool:
    """Whether a category's month that spent ``spent`` (:func:`spent_per_category`) is listed
    among spending: what it spent, or the :data:`REFUNDS` that lower the month's spending; a
    category that got more back than it spent is that month's income instead."""
    return spent >= 0 or _refunds(category)


def settled_spending(sums: Iterable[ClassifiedSum]) -> dict[tuple[str, str], int]:
    """What each (category path, currency) spent over the months of ``sums``, each month
    settled on its own (:func:`counts_as_spent`). The categories add up to the months'
    expenses."""
    spent: dict[tuple[str, str], int] = defaultdict(int)
    for (_, currency, category), amount in spent_per_category(sums).items():
        if counts_as_spent(category, amount):
            spent[category, currency] += amount
    return spent


def income_and_expenses(sums: Iterable[ClassifiedSum]) -> dict[str, tuple[int, int]]:
    """(income, expenses) in minor units per currency that had any of either; expenses are
    positive, and transfers alone do not count.

    Money back lowers its category's spending that month (a refund, a flatmate's share of the
    rent), and :data:`REFUNDS` the month's, but never below nothing (:func:`spent_per_category`):
    in a month where a category got more back than it spent (a parent's 3,000.00 转账 filed
    Person to Person), the rest is income, and the month's coffee and meals are still spent. The
    net is the same either way; each month is settled on its own.
    """
    sums = list(sums)
    income: dict[tuple[str, str], int] = defaultdict(int)
    expenses: dict[tuple[str, str], int] = defaultdict(int)
    for month, currency, _, kind, amount in sums:
        if kind == CategoryKind.INCOME:
            income[month, currency] += amount
    for (month, currency, category), spent in spent_per_category(sums).items():
        if counts_as_spent(category, spent):
            expenses[month, currency] += spent
        else:
            income[month, currency] -= spent
    totals: dict[str, tuple[int, int]] = {}
    for key in income | expenses:
        came_back = max(0, -expenses[key])  # refunds beyond the month's spending
        earned, spent = totals.get(key[1], (0, 0))
        totals[key[1]] = (earned + income[key] + came_back, spent + expenses[key] + came_back)
    return totals


def currency_totals(sums: Iterable[ClassifiedSum]) -> list[Total]:
    """Income and expenses per currency that had any of either (transfers alone do not count)."""
    return [
        Total(
            currency,
            from_minor(income, currency),
            from_minor(expenses, currency),
            from_minor(income - expenses, currency),
        )
        for currency, (income, expenses) in sorted(income_and_expenses(sums).items())
    ]


def _spent_by_category(sums: Iterable[ClassifiedSum]) -> list[CategoryAmount]:
    """What was spent per full category path and currency, most first (:func:`settled_spending`:
    a category that only got money back that month is income, not listed)."""
    ordered = sorted(settled_spending(sums).items(), key=lambda item: (-item[1], item[0]))
    return [
        CategoryAmount(category, currency, from_minor(amount, currency))
        for (category, currency), amount in ordered
    ]
