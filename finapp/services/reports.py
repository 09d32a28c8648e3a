"""Reports for the dashboard charts and ``finapp report``: plain pandas frames, no Qt.

Amounts stay integer minor units (``*_minor`` columns beside ``currency``): the chart code turns
them into plot values at the last moment, and sums are exact. Transfers between the user's own
accounts are neither spending nor income. A transaction counts as income when its category is
an income category (or, uncategorized, when money came in); everything else is spending, so a
refund in Groceries lowers Groceries.

A month report defaults to the latest month with data (:func:`data_span`), not the calendar's:
statements that end on 31 October, read in November, are about October.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pandas as pd
from sqlalchemy import func, select

from finapp.core.budgets import month_of, next_month
from finapp.core.money import from_minor
from finapp.services.budgets import BudgetView, list_budgets
from finapp.services.categories import SEPARATOR, category_paths
from finapp.services.coverage import coverage_by_account
from finapp.store.engine import Store
from finapp.store.schema import (
    Account,
    BalanceSnapshot,
    Category,
    Subscription,
    SubscriptionMember,
    Transaction,
)

UNCATEGORIZED = "Uncategorized"


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


def _class(transfer: bool, kind: str | None, inflow: bool) -> str:
    """income, expense or transfer, for transactions of one category (``kind``) and flags."""
    if transfer or kind == "transfer":
        return "transfer"
    if kind == "income" or (kind is None and inflow):
        return "income"
    return "expense"


def monthly_frame(store: Store) -> pd.DataFrame:
    """Columns month, currency, category, class, amount_minor: transactions summed per group.

    Every monthly report sums within (month, currency, category, class), so it reads these sums
    from one grouped query — a few hundred rows where each transaction would be 100k. Money in
    and money out are summed apart: an uncategorized line's class follows its sign.
    """
    month = func.strftime("%Y-%m", Transaction.posted)
    inflow = Transaction.amount_minor > 0
    keys = (month, Transaction.currency, Transaction.category_id, Transaction.is_transfer, inflow)
    with store.read() as session:
        paths = category_paths(session)
        kinds = dict(session.execute(select(Category.id, Category.kind)).all())
        rows = session.execute(
            select(*keys, func.sum(Transaction.amount_minor)).group_by(*keys)
        ).all()
    frame = pd.DataFrame(
        [
            (
                row_month,
                currency,
                UNCATEGORIZED if category_id is None else paths[category_id],
                _class(bool(transfer), kinds.get(category_id), bool(incoming)),
                total,
            )
            for row_month, currency, category_id, transfer, incoming, total in rows
        ],
        columns=["month", "currency", "category", "class", "amount_minor"],
    )
    frame["amount_minor"] = frame["amount_minor"].astype("int64")
    return frame


def daily_frame(store: Store) -> pd.DataFrame:
    """Columns account_id, date, amount_minor: each account's transactions summed per day."""
    keys = (Transaction.account_id, Transaction.posted)
    with store.read() as session:
        rows = session.execute(
            select(*keys, func.sum(Transaction.amount_minor)).group_by(*keys)
        ).all()
    frame = pd.DataFrame(rows, columns=["account_id", "date", "amount_minor"])
    frame["amount_minor"] = frame["amount_minor"].astype("int64")
    return frame


def spending_by_category(
    store: Store, *, depth: int | None = 1, frame: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Columns month, category, currency, amount_minor (positive = spent), one row per group.

    ``depth=1`` rolls sub-categories up into their top-level category (the chart's view);
    ``None`` keeps full paths. ``frame``: a :func:`monthly_frame` already read (a caller
    drawing several charts reads it once).
    """
    frame = monthly_frame(store) if frame is None else frame
    spent = frame[frame["class"] == "expense"].copy()
    if depth is not None:
        spent["category"] = [SEPARATOR.join(p.split(SEPARATOR)[:depth]) for p in spent["category"]]
    out = (
        spent.groupby(["month", "category", "currency"], as_index=False)["amount_minor"]
        .sum()
        .sort_values(["month", "amount_minor"], ascending=[True, True])
    )
    out["amount_minor"] = -out["amount_minor"]
    return out.reset_index(drop=True)


def income_vs_expenses(store: Store, *, frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """Columns month, currency, income_minor, expenses_minor, net_minor (``frame``: as above)."""
    frame = monthly_frame(store) if frame is None else frame
    frame = frame[frame["class"] != "transfer"]
    amount = frame["amount_minor"]
    frame = frame.assign(
        income_minor=amount.where(frame["class"] == "income", 0),
        expenses_minor=(-amount).where(frame["class"] == "expense", 0),
    )
    out = frame.groupby(["month", "currency"], as_index=False)[
        ["income_minor", "expenses_minor"]
    ].sum()
    out["net_minor"] = out["income_minor"] - out["expenses_minor"]
    return out.astype({"income_minor": "int64", "expenses_minor": "int64", "net_minor": "int64"})


def balance_over_time(store: Store, *, frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """Columns account, currency, date, balance_minor: end-of-day balance on each day it moved.

    Anchored on the latest ledger balance a statement stated and carried back and forward by the
    transactions; an account whose statements never stated a balance starts from zero.
    ``frame``: a :func:`daily_frame` already read.
    """
    frame = daily_frame(store) if frame is None else frame
    with store.read() as session:
        accounts = session.execute(select(Account.id, Account.name, Account.currency)).all()
        anchors = {
            row.account_id: (row.as_of, row.amount_minor)
            for row in session.execute(
                select(BalanceSnapshot)
                .where(BalanceSnapshot.kind == "ledger")
                .order_by(BalanceSnapshot.as_of)
            ).scalars()
        }
    parts = []
    for account_id, name, currency in accounts:
        own = frame[frame["account_id"] == account_id]
        daily = own.groupby("date")["amount_minor"].sum().sort_index().cumsum()
        offset = 0
        if account_id in anchors:
            as_of, amount = anchors[account_id]
            before = daily[daily.index <= as_of]
            offset = amount - (int(before.iloc[-1]) if not before.empty else 0)
        if daily.empty:
            continue
        parts.append(
            pd.DataFrame(
                {
                    "account": name,
                    "currency": currency,
                    "date": list(daily.index),
                    "balance_minor": (daily + offset).astype("int64").to_numpy(),
                }
            )
        )
    if not parts:
        return pd.DataFrame(columns=["account", "currency", "date", "balance_minor"])
    return pd.concat(parts, ignore_index=True)


def subscription_cost(store: Store) -> pd.DataFrame:
    """Columns month, currency, amount_minor: what recurring charges cost each month.

    Counts the charges of every subscription and bill the user has not dismissed, as linked by
    the subscription detector (salary and transfers between own accounts are streams too, but no
    cost).
    """
    with store.read() as session:
        rows = session.execute(
            select(Transaction.posted, Transaction.currency, Transaction.amount_minor)
            .join(SubscriptionMember, SubscriptionMember.transaction_id == Transaction.id)
            .join(Subscription, Subscription.id == SubscriptionMember.subscription_id)
            .where(
                Subscription.user_state != "dismissed",
                Subscription.kind.in_(("subscription", "bill")),
            )
        ).all()
    frame = pd.DataFrame(rows, columns=["date", "currency", "amount_minor"])
    frame["month"] = pd.to_datetime(frame["date"]).dt.strftime("%Y-%m")
    out = frame.groupby(["month", "currency"], as_index=False)["amount_minor"].sum()
    out["amount_minor"] = (-out["amount_minor"]).astype("int64")
    return out


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
    month of ``as_of``.
    """
    span = data_span(store, as_of)
    first = month_of(month or (span.until if span else as_of or date.today()))
    key = first.strftime("%Y-%m")
    totals = income_vs_expenses(store)
    totals = totals[totals["month"] == key]
    spent = spending_by_category(store, depth=None)
    spent = spent[spent["month"] == key].sort_values("amount_minor", ascending=False)
    subs = subscription_cost(store)
    subs = subs[subs["month"] == key]
    last_day = date.fromordinal(next_month(first).toordinal() - 1)
    return MonthReport(
        month=key,
        totals=[
            Total(
                r.currency,
                from_minor(int(r.income_minor), r.currency),
                from_minor(int(r.expenses_minor), r.currency),
                from_minor(int(r.net_minor), r.currency),
            )
            for r in totals.itertuples()
        ],
        categories=[
            CategoryAmount(r.category, r.currency, from_minor(int(r.amount_minor), r.currency))
            for r in spent.itertuples()
        ],
        subscriptions=[
            CategoryAmount("Subscriptions", r.currency, from_minor(int(r.amount_minor), r.currency))
            for r in subs.itertuples()
        ],
        budgets=list_budgets(store, month=first, as_of=last_day),
        data_until=span.until if span else None,
    )
