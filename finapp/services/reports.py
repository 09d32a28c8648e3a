"""Reports for the dashboard charts: plain pandas frames, no Qt.

Amounts stay integer minor units (``*_minor`` columns beside ``currency``): the chart code turns
them into plot values at the last moment, and sums are exact. What counts as income, spending
or a transfer is :func:`finapp.services.month_report.classified_sums`' rule, shared with
``finapp report``, which reads one month without pandas (its names are kept here too).
"""

from __future__ import annotations

import pandas as pd
from sqlalchemy import func, select

from finapp.core.category_kinds import CategoryKind
from finapp.core.subscription_states import SPENDING_KINDS, UserState
from finapp.services.balances import latest_known
from finapp.services.categories import SEPARATOR
from finapp.services.month_report import (  # the report's names, kept where callers look
    UNCATEGORIZED,
    DataSpan,
    classified_sums,
    data_span,
    month_report,
)
from finapp.store.engine import Store
from finapp.store.schema import (
    Account,
    Subscription,
    SubscriptionMember,
    Transaction,
)

__all__ = [
    "UNCATEGORIZED",
    "DataSpan",
    "balance_left_out",
    "balance_over_time",
    "daily_frame",
    "data_span",
    "income_vs_expenses",
    "month_report",
    "monthly_frame",
    "spending_by_category",
    "subscription_cost",
]


def monthly_frame(store: Store) -> pd.DataFrame:
    """Columns month, currency, category, class, amount_minor: :func:`classified_sums` over
    the whole history, as a frame."""
    with store.read() as session:
        rows = classified_sums(session)
    frame = pd.DataFrame(rows, columns=["month", "currency", "category", "class", "amount_minor"])
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
    spent = frame[frame["class"] == CategoryKind.EXPENSE].copy()
    if depth is not None:
        spent["category"] = [SEPARATOR.join(p.split(SEPARATOR)[:depth]) for p in spent["category"]]
    out = (
        spent.groupby(["month", "category", "currency"], as_index=False)[["amount_minor"]]
        .sum()
        .sort_values(["month", "amount_minor"], ascending=[True, True])
    )
    out["amount_minor"] = -out["amount_minor"]
    return out.reset_index(drop=True)


def income_vs_expenses(store: Store, *, frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """Columns month, currency, income_minor, expenses_minor, net_minor (``frame``: as above)."""
    frame = monthly_frame(store) if frame is None else frame
    frame = frame[frame["class"] != CategoryKind.TRANSFER]
    amount = frame["amount_minor"]
    frame = frame.assign(
        income_minor=amount.where(frame["class"] == CategoryKind.INCOME, 0),
        expenses_minor=(-amount).where(frame["class"] == CategoryKind.EXPENSE, 0),
    )
    out = frame.groupby(["month", "currency"], as_index=False)[
        ["income_minor", "expenses_minor"]
    ].sum()
    out["net_minor"] = out["income_minor"] - out["expenses_minor"]
    return out.astype({"income_minor": "int64", "expenses_minor": "int64", "net_minor": "int64"})


def balance_left_out(store: Store) -> list[tuple[str, str]]:
    """(name, currency) of the accounts with transactions :func:`balance_over_time` leaves out
    for want of a known balance, by name: the chart says so rather than drop them silently."""
    with store.read() as session:
        known = latest_known(session)
        used = select(Transaction.account_id).distinct()
        accounts = session.execute(
            select(Account.id, Account.name, Account.currency)
            .where(Account.id.in_(used))
            .order_by(Account.name)
        ).all()
    return [(name, currency) for account_id, name, currency in accounts if account_id not in known]


def balance_over_time(store: Store, *, frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """Columns account, currency, date, balance_minor: end-of-day balance on each day it moved.

    Anchored on the latest balance finapp knows (a statement's or the user's) and carried back
    and forward by the transactions. An account without one is left out
    (:func:`balance_left_out` names them, as net worth and Health do): counted from zero, a
    card's CSV that states no balance drew a debt nobody owes, Alipay and WeChat Pay bills
    (what was paid, mostly with bank cards) sank for ever, and a checking account's pay
    cheques climbed to a "balance" of $40,000 beside Health saying its balance is unknown.
    ``frame``: a :func:`daily_frame` already read.
    """
    frame = daily_frame(store) if frame is None else frame
    with store.read() as session:
        accounts = session.execute(select(Account.id, Account.name, Account.currency)).all()
        anchors = {
            account_id: (known.as_of, known.amount_minor)
            for account_id, known in latest_known(session).items()
        }
    parts = []
    for account_id, name, currency in accounts:
        if account_id not in anchors:
            continue
        own = frame[frame["account_id"] == account_id]
        daily = own.groupby("date")["amount_minor"].sum().sort_index().cumsum()
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
                Subscription.user_state != UserState.DISMISSED,
                Subscription.kind.in_(SPENDING_KINDS),
            )
        ).all()
    frame = pd.DataFrame(rows, columns=["date", "currency", "amount_minor"])
    frame["month"] = pd.to_datetime(frame["date"]).dt.strftime("%Y-%m")
    out = frame.groupby(["month", "currency"], as_index=False)[["amount_minor"]].sum()
    out["amount_minor"] = (-out["amount_minor"]).astype("int64")
    return out
