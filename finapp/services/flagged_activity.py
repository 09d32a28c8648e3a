"""Activity a bank would flag, read from the store: the health check behind the ``pass_through``,
``structuring``, ``late_night`` and ``new_counterparties`` alerts.

The rules live in :mod:`finapp.core.flagged_activity`; this module only tells it, in a few
set-based queries, each account's movements over the lookback (as of the day the account is
judged), which of them are the user's own transfers or a household's routine, and whom the user
paid before the lookback began.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, time, timedelta
from functools import partial
from operator import itemgetter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from finapp.core import flagged_activity as core
from finapp.core.alerts import Candidate
from finapp.core.category_kinds import CategoryKind
from finapp.core.subscription_states import UserState
from finapp.services.alert_scope import read_other_lines, read_spending
from finapp.services.categories import category_paths
from finapp.services.coverage import coverage_by_account, judged_as_of
from finapp.services.merchants_paid import spent_with_before
from finapp.services.settings import Settings
from finapp.store.schema import Account, Category, Subscription, SubscriptionMember, Transaction

#: how far back movements are read: a year of usual sizes and of parties paid, like charge alerts
LOOKBACK_DAYS = 400
#: top-level categories whose lines are a household's routine (with every income category)
ROUTINE_ROOTS = ("Housing", "Bills & Utilities")
#: top-level categories of what is bought from a shop, never paid to a person
PURCHASE_ROOTS = (
    "Food", "Transport", "Shopping", "Health", "Insurance", "Entertainment", "Software & Apps",
    "Education", "Children", "Personal Care", "Travel",
)  # fmt: skip


def _category_roles(session: Session) -> tuple[set[int], set[int], set[int]]:
    """The ids of categories of kind transfer (own money moving), of routine categories, and
    of purchase categories."""
    kinds = dict(session.execute(select(Category.id, Category.kind)).all())
    own = {cid for cid, kind in kinds.items() if kind == CategoryKind.TRANSFER}
    paths = category_paths(session)
    routine = {
        cid
        for cid, path in paths.items()
        if kinds[cid] == CategoryKind.INCOME or path.split(":", 1)[0] in ROUTINE_ROOTS
    }
    purchase = {
        cid
        for cid, path in paths.items()
        if kinds[cid] == CategoryKind.EXPENSE and path.split(":", 1)[0] in PURCHASE_ROOTS
    }
    return own, routine, purchase


def _routine_stream_lines(session: Session, since: date) -> set[int]:
    """The lines of recurring streams the user has not dismissed: salary, rent, bills and
    subscriptions paid on their schedule are a household's routine, whatever their size (rent
    to a landlord whose name no rule knows is still rent after three months)."""
    return set(
        session.scalars(
            select(SubscriptionMember.transaction_id)
            .join(Subscription, Subscription.id == SubscriptionMember.subscription_id)
            .join(Transaction, Transaction.id == SubscriptionMember.transaction_id)
            .where(Subscription.user_state != UserState.DISMISSED, Transaction.posted >= since)
        )
    )


def _paid_before(session: Session, since: date) -> frozenset[str]:
    """Parties paid (not the user's own accounts) before ``since``: the merchants of spending
    then, the same pass charge alerts read (:func:`spent_with_before`)."""
    return spent_with_before(session, since) - {""}


#: a :class:`core.Movement` from the tuple of its fields, in their order
_movement = partial(tuple.__new__, core.Movement)


def _order(m: core.Movement) -> tuple[date, bool, time, int]:
    """An account's movements in the store's order of day, time of day (none first) and id."""
    return m.posted, m.time is not None, m.time or time.min, m.id


def _in_order(movements: list[core.Movement]) -> list[core.Movement]:
    """``movements`` in :func:`_order`'s order. When none has a time of day (most statements
    give none) that is by id, then by day, each sort stable and comparing in C: a Python key
    per line of the lookback, and comparing its tuples, cost four times as much."""
    if any(m.time is not None for m in movements):
        return sorted(movements, key=_order)
    movements.sort(key=itemgetter(0))  # id
    movements.sort(key=itemgetter(1))  # posted
    return movements


def _until(movements: list[core.Movement], judged: date, as_of: date) -> list[core.Movement]:
    """An account's ``movements`` (all read up to ``as_of``) posted on or before ``judged``.
    Most accounts are judged as of ``as_of`` itself, and keep every line without a pass over
    the year of them; only one whose statements end earlier is sifted."""
    if judged >= as_of:
        return movements
    return [m for m in movements if m.posted <= judged]


def gather(session: Session, as_of: date) -> tuple[list[core.AccountActivity], frozenset[str],
                                                   date | None]:  # fmt: skip
    """Each account's movements over the lookback as of its judged day, the parties paid before
    the lookback, and the first day of the imported history."""
    since = as_of - timedelta(days=LOOKBACK_DAYS)
    own, routine, purchase = _category_roles(session)
    routine_lines = _routine_stream_lines(session, since)
    coverage = coverage_by_account(session)
    by_account: dict[int, list[core.Movement]] = defaultdict(list)
    spending = read_spending(session, since, as_of)
    times = spending.times
    for charges in spending.by_merchant.values():
        for c in charges:  # spending is never the user's own money moving
            by_account[c.account_id].append(
                # made as the tuple it is (id, posted, amount, counterparty, name, time, own,
                # routine, purchase): the named tuple's own constructor is a Python call per line
                _movement((c.id, c.posted, c.amount_minor, c.merchant or "", c.payee or "",
                           times.get(c.id), False,
                           c.category_id in routine or c.id in routine_lines,
                           c.category_id in purchase))
            )  # fmt: skip
    # the lookback's lines that are no spending: money in, transfers, lines filed as transfers
    # (its spending, most of its lines, and these are each read once for charge alerts too)
    rows = read_other_lines(session, since, as_of)
    for txn, account_id, posted, at, amount, merchant, payee, transfer, category in rows:
        by_account[account_id].append(
            core.Movement(
                txn,
                date.fromisoformat(posted),
                amount,
                merchant or "",
                payee or "",
                time.fromisoformat(at) if at else None,
                bool(transfer) or category in own,
                category in routine or txn in routine_lines,
            )
        )
    accounts = []
    for account_id, name, currency in session.execute(
        select(Account.id, Account.name, Account.currency)
    ):
        judged = judged_as_of(coverage.get(account_id), as_of)
        movements = _in_order(_until(by_account.get(account_id, []), judged, as_of))
        accounts.append(core.AccountActivity(account_id, name, currency, judged, movements))
    history_start = session.scalar(select(func.min(Transaction.posted)))
    return accounts, _paid_before(session, since), history_start


def flagged_activity_check(session: Session, as_of: date, settings: Settings) -> list[Candidate]:
    """Money-health check: the flagged-activity alerts current at ``as_of``."""
    accounts, paid_before, history_start = gather(session, as_of)
    rules = core.Rules(settings.reporting_thresholds, settings.alert_window_days)
    return core.flagged_activity(accounts, rules, paid_before, history_start)
