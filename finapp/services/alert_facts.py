"""The facts alerts are judged on, read from the store as it stood on a day.

Kept apart from :mod:`finapp.services.alerts`, which raises, resolves and lists the alerts:
reading the facts is most of the work and of the code (balances, budgets, subscriptions, a year
of spending), and the undo of an import reads them too, to take back what it no longer founds.
Everything posted after the day is ignored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial

from sqlalchemy import ColumnElement, Date, func, select
from sqlalchemy.orm import Session

from finapp.core import alerts as core
from finapp.core.alert_kinds import Kind
from finapp.core.balance_kinds import BalanceKind
from finapp.core.budgets import month_of, progress
from finapp.core.cadence import BY_NAME, BillingDay
from finapp.core.subscription_states import Status, UserState
from finapp.services.alert_scope import Spending, names_from, read_spending
from finapp.services.categories import category_paths, category_tree
from finapp.services.coverage import coverage_by_account, judged_as_of
from finapp.services.health_checks import health_candidates
from finapp.services.merchants_paid import spent_with_before
from finapp.services.open_accounts import open_on
from finapp.services.read_once import kept_while_evaluating
from finapp.services.settings import Settings, load_settings
from finapp.services.subscription_groups import group_kinds
from finapp.services.subscription_names import subscription_names
from finapp.store.category_lines import Line, category_sums
from finapp.store.schema import (
    Account,
    Alert,
    BalanceSnapshot,
    Budget,
    Subscription,
    SubscriptionMember,
    Transaction,
)
from finapp.store.subscription_details import read_details

#: how far back charges are read to learn what is usual for a merchant or category
LOOKBACK_DAYS = 400


def lookback_start(as_of: date) -> date:
    """The first day of the spending the facts of ``as_of`` read (a reader of the years
    before reads only up to the day before it, and takes the rest from the facts' read)."""
    return as_of - timedelta(days=LOOKBACK_DAYS)


def _limits(settings: Settings) -> core.Limits:
    return core.Limits(
        large_charge=settings.large_charge_limit,
        new_merchant=settings.new_merchant_limit,
        unusual_factor=settings.unusual_factor,
        duplicate_days=settings.duplicate_window_days,
        window_days=settings.alert_window_days,
        subscription_window_days=settings.subscription_window_days,
        budget_thresholds=tuple(settings.budget_thresholds),
        reminder_offsets=tuple(settings.reminder_offsets),
    )


#: the columns of :class:`core.Charge`, in its order: read as plain rows, not whole records,
#: because the lookback holds a year of every charge
_CHARGE_COLUMNS = (
    Transaction.id,
    Transaction.account_id,
    Transaction.posted,
    Transaction.amount_minor,
    Transaction.currency,
    Transaction.merchant,
    Transaction.payee,
    Transaction.category_id,
)


def _read_charges(session: Session, *where: ColumnElement[bool]) -> list[core.Charge]:
    return [core.Charge(*row) for row in session.execute(select(*_CHARGE_COLUMNS).where(*where))]


def _daily_movements(session: Session, account_ids: list[int]) -> dict[int, list[tuple[date, int]]]:
    """Each account's net movement per day, in one query for all of them."""
    out: dict[int, list[tuple[date, int]]] = defaultdict(list)
    rows = session.execute(
        select(Transaction.account_id, Transaction.posted, func.sum(Transaction.amount_minor))
        .where(Transaction.account_id.in_(account_ids))
        .group_by(Transaction.account_id, Transaction.posted)
    )
    for account_id, posted, amount in rows:
        out[account_id].append((posted, amount))
    return out


#: which balance of a day counts when several are known: the user's word first, then the ledger
_BALANCE_RANK: dict[str, int] = {
    BalanceKind.USER: 0,
    BalanceKind.LEDGER: 1,
    BalanceKind.AVAILABLE: 2,
}


def _snapshots(session: Session, account_ids: list[int]) -> dict[int, list[tuple[date, int]]]:
    """Each account's known balances, one a day (the best kind of that day), oldest first.

    An available balance counts only on an account that has no other: on a card it is the
    credit left, not what is owed.
    """
    best: dict[int, dict[date, tuple[int, int]]] = defaultdict(dict)
    rows = session.execute(
        select(
            BalanceSnapshot.account_id,
            BalanceSnapshot.kind,
            BalanceSnapshot.as_of,
            BalanceSnapshot.amount_minor,
        ).where(BalanceSnapshot.account_id.in_(account_ids))
    )
    for account_id, kind, day, amount in rows:
        rank = _BALANCE_RANK.get(kind)
        if rank is not None and rank < best[account_id].get(day, (99, 0))[0]:
            best[account_id][day] = (rank, amount)
    out: dict[int, list[tuple[date, int]]] = {}
    for account_id, by_day in best.items():
        ranks = {rank for rank, _ in by_day.values()}
        usable = [(d, a) for d, (r, a) in by_day.items() if r < 2 or ranks == {2}]
        out[account_id] = sorted(usable)
    return out


def _balances(session: Session, as_of: date) -> list[core.AccountBalance]:
    """The accounts with a low-balance threshold, open on ``as_of`` (a closed one holds
    nothing, which is no warning), with their known balances and movements."""
    watched = session.execute(
        select(Account.id, Account.name, Account.currency, Account.low_balance_minor).where(
            Account.low_balance_minor.is_not(None),
            open_on(as_of),
        )
    ).all()
    ids = [row.id for row in watched]
    movements, snapshots = _daily_movements(session, ids), _snapshots(session, ids)
    return [
        core.AccountBalance(
            account_id, name, currency, threshold, snapshots[account_id], movements[account_id]
        )
        for account_id, name, currency, threshold in watched
        if threshold is not None  # as the query chose them; the row's type does not know it
        and account_id in snapshots  # no known balance: the transactions alone cannot tell it
    ]


def budget_months(session: Session, as_of: date) -> list[core.BudgetMonth]:
    """Each budget in the month of ``as_of``, with its spending day by day up to ``as_of``.

    Two reads whatever the number of budgets: the net spending of every category and currency
    by month up to ``as_of`` (a budget's rollover looks back to its start), and by day in the
    month; each budget then adds up its own sub-tree.
    """
    budgets = session.scalars(select(Budget)).all()
    if not budgets:
        return []
    month = month_of(as_of)
    currencies = {budget.currency for budget in budgets}
    spending = (
        Transaction.currency.in_(currencies),
        Transaction.is_transfer.is_(False),
        Transaction.posted <= as_of,
    )
    # the month's first day, typed so each row reads as a date, as ``posted`` does
    by_month = _sums(
        session, lambda line: func.date(line.posted, "start of month", type_=Date), spending
    )
    by_day = _sums(session, lambda line: line.posted, (*spending, Transaction.posted >= month))
    paths = category_paths(session)
    tree = category_tree(session)
    out = []
    for budget in budgets:
        within = [(cid, budget.currency) for cid in tree.subtree(budget.category_id)]
        available = progress(
            budget.amount_minor,
            month,
            _spent(by_month, within),
            rollover=budget.rollover,
            since=budget.since,
        ).available
        daily_spent = sorted(_spent(by_day, within).items())
        out.append(
            core.BudgetMonth(
                budget.category_id,
                paths[budget.category_id],
                budget.currency,
                available,
                daily_spent,
            )
        )
    return out


#: net sums of lines (money in positive) by category and currency, then by date
_Sums = dict[tuple[int | None, str], dict[date, int]]


def _sums(
    session: Session,
    day_of: Callable[[Line], ColumnElement[date]],
    where: tuple[ColumnElement[bool], ...],
) -> _Sums:
    """Each category's and currency's net sum of the lines ``where`` chooses, by ``day_of``."""
    sums: _Sums = defaultdict(dict)
    query = category_sums(lambda line: (line.category_id, line.currency, day_of(line)), *where)
    for category, currency, day, total in session.execute(query):
        sums[(category, currency)][day] = total
    return sums


def _spent(sums: _Sums, within: list[tuple[int, str]]) -> dict[date, int]:
    """The net spending (money out positive) of the categories ``within``, by their dates."""
    spent: dict[date, int] = defaultdict(int)
    for key in within:
        for day, total in sums.get(key, {}).items():
            spent[day] -= total
    return dict(spent)


def _stream_charges(session: Session, as_of: date) -> dict[int, list[tuple[date, int, int]]]:
    """Each subscription's own charges up to ``as_of``, oldest first, in one query."""
    out: dict[int, list[tuple[date, int, int]]] = defaultdict(list)
    rows = session.execute(
        select(
            SubscriptionMember.subscription_id,
            Transaction.posted,
            Transaction.amount_minor,
            Transaction.id,
        )
        .join(Transaction, Transaction.id == SubscriptionMember.transaction_id)
        .where(Transaction.posted <= as_of)
        .order_by(Transaction.posted, Transaction.id)
    )
    for sub_id, posted, amount, txn in rows:
        out[sub_id].append((posted, amount, txn))
    return out


def stream_facts(session: Session, as_of: date) -> list[core.SubscriptionFacts]:
    """Every stream the user has not dismissed, as the alerts judge it, its charges up to
    ``as_of`` (what the year in review reads its price rises from, as the alerts do).

    Its kind is its group's on the Subscriptions page (:func:`group_kinds`), not the kind
    detection stored: rent the page shows under Bills is reminded as due, not as renewing, and
    a stream shown as a transfer (a savings top-up filed under Transfers) or as income raises
    no price increase. Regular spending (滴滴出行 on the 7th at whatever the ride cost) is left
    out, as a dismissed stream is: nothing renews, lapses or is charged after a cancellation."""
    out = []
    charges = _stream_charges(session, as_of)
    kinds = group_kinds(session)
    names = subscription_names(session)
    rows = select(Subscription).where(Subscription.user_state != UserState.DISMISSED)
    for sub in session.scalars(rows):
        if sub.id not in kinds:
            continue  # regular spending: no commitment
        details = read_details(sub.details)
        after_ids = details.charged_after_cancel
        after = _read_charges(session, Transaction.id.in_(after_ids)) if after_ids else []
        cadence = BY_NAME.get(sub.cadence or "")
        offsets = (
            [int(o) for o in sub.reminder_offsets.split(",") if o.strip()]
            if sub.reminder_offsets
            else None
        )
        out.append(
            core.SubscriptionFacts(
                id=sub.id,
                key=sub.stream_key or f"#{sub.id}",
                name=names[sub.id],
                status=Status(sub.status),
                user_state=UserState(sub.user_state),
                next_date=sub.next_date,
                amount_minor=sub.amount_minor,
                currency=sub.currency,
                account_id=sub.account_id,
                offsets=offsets,
                charges=charges.get(sub.id, ()),
                after_cancel=after,
                lapsed=details.lapsed,
                kind=kinds[sub.id],
                period_days=cadence.days if cadence else None,
                per_year=cadence.per_year if cadence else None,
                grace_days=cadence.grace_days if cadence else None,
                merchant=sub.merchant or "",
                cancelled_on=sub.cancelled_on,
                months_off=details.months_off,
                billing=BillingDay.kept(details.billing_day, details.weekends),
            )
        )
    return out


def gather_facts(session: Session, as_of: date) -> core.Facts:
    """Everything alerts look at, as the store stood on ``as_of`` (later lines ignored)."""
    return gather_with_spending(session, as_of)[0]


def gather_with_spending(
    session: Session, as_of: date, *, health: bool = True
) -> tuple[core.Facts, Spending]:
    """The facts, and the lookback's spending by merchant as read for them.

    Without ``health`` the health checks are not run (a sixth of the facts' work): for a
    reader of the charges' and streams' alerts only, whose keys no health finding shares.
    """
    with kept_while_evaluating(session):
        start = lookback_start(as_of)
        spending = read_spending(session, start, as_of)
        later = partial(names_from, session, spending, start, as_of)
        seen = spent_with_before(session, start, later)
        return _facts(session, as_of, spending, seen, health), spending


def _facts(
    session: Session, as_of: date, spending: Spending, seen: frozenset[str], health: bool
) -> core.Facts:
    settings = load_settings(session)
    return core.Facts(
        as_of=as_of,
        charges=spending.charges,
        seen_before=seen,
        history_start=session.scalar(select(func.min(Transaction.posted))),
        balances=_balances(session, as_of),
        budgets=budget_months(session, as_of),
        subscriptions=stream_facts(session, as_of),
        limits=_limits(settings),
        coverage=_coverage(session, as_of),
        health=health_candidates(session, as_of, settings) if health else [],
        told=_told_after_cancel(session),
        refunded=spending.refunded(),
    )


def _told_after_cancel(session: Session) -> frozenset[str]:
    """The keys of the charges after cancelling already told: a cancellation marked late
    tells only the old charges none of them told."""
    kind = Alert.kind == Kind.CHARGED_AFTER_CANCEL
    return frozenset(session.scalars(select(Alert.dedupe_key).where(kind)))


def _coverage(session: Session, as_of: date) -> list[core.Covered]:
    """Each account's statements, to the day it is judged by: a closed account's are complete
    (never "import newer ones"; a subscription it paid that went nowhere else has stopped)."""
    names = dict(session.execute(select(Account.id, Account.name)).all())
    return [
        core.Covered(account_id, names.get(account_id, ""), judged_as_of(c, as_of), c.gaps)
        for account_id, c in coverage_by_account(session).items()
    ]
