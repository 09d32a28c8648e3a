"""Low balances: each run of days an account spent below its threshold, told once.

A balance is carried day by day from the balances known of the account (a statement's, or the
user's word) instead of being summed again for each day, so years of history are one pass.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from finapp.core.alert_facts import money_fact
from finapp.core.alert_kinds import Kind
from finapp.core.alert_model import (
    AccountBalance,
    Candidate,
    SubscriptionFacts,
    live,
    size_fact,
)
from finapp.core.severity import COMING_PAYMENT_DAYS, low_balance_severity
from finapp.core.subscription_states import SPENDING_KINDS, Status

#: how far before the day judged a dip below the threshold is still news: two monthly statements,
#: so one evaluation after importing them tells every dip they hold, recovered or not
DIP_LOOKBACK_DAYS = 62

#: a balance older than this many days is the latest statement's, not today's: it is told with
#: its day ("was 4,259.00 on Oct 31"), never as if it were the balance now
FRESH_BALANCE_DAYS = 3


def balance_is_old(on: date, today: date) -> bool:
    """Whether a balance known on ``on`` is too old on ``today`` to be worded as current."""
    return (today - on).days > FRESH_BALANCE_DAYS


@dataclass(frozen=True, slots=True)
class Dip:
    """A run of days below the threshold."""

    fell_on: date
    lowest_minor: int
    lowest_on: date  # the first day at the lowest
    last_minor: int  # the balance on the last day known of the run
    last_on: date
    recovered_on: date | None  # the first day back at or above the threshold


def daily_balances(account: AccountBalance, until: date) -> list[tuple[date, int]]:
    """End-of-day balance on each day up to ``until`` that the account knows of (a movement or a
    known balance), oldest first: one running sum, each day anchored to the latest known balance
    before it, instead of one sum per day."""
    net: dict[date, int] = defaultdict(int)
    for day, amount in account.movements:
        net[day] += amount
    known = sorted(account.snapshots)
    if not known:
        return []
    days = sorted(net.keys() | {d for d, _ in known})
    prefix = dict(zip(days, accumulate(net.get(d, 0) for d in days), strict=True))
    out: list[tuple[date, int]] = []
    anchor = 0
    for day in days:
        if day > until:
            break
        while anchor + 1 < len(known) and known[anchor + 1][0] <= day:
            anchor += 1
        anchor_day, anchor_minor = known[anchor]
        out.append((day, anchor_minor + prefix[day] - prefix[anchor_day]))
    return out


def dips(account: AccountBalance, until: date) -> list[Dip]:
    """Every run below the threshold up to ``until``, oldest first."""
    out: list[Dip] = []
    fell: date | None = None
    lowest = last = (until, 0)  # (day, balance)
    for day, balance in daily_balances(account, until):
        if balance < account.threshold_minor:
            if fell is None or balance < lowest[1]:
                lowest = (day, balance)
            fell = fell or day
            last = (day, balance)
        elif fell is not None:
            out.append(Dip(fell, lowest[1], lowest[0], last[1], last[0], day))
            fell = None
    if fell is not None:
        out.append(Dip(fell, lowest[1], lowest[0], last[1], last[0], None))
    return out


def _dip_alert(account: AccountBalance, dip: Dip, coming_minor: int = 0) -> Candidate:
    """Dated the day of the balance it tells: the lowest of a dip that is over, the latest
    known of one that is not (a dip since the statements' first day, told with the balance of
    their last, was dated seven months before its figure and sorted to the bottom)."""
    recovered = dip.recovered_on is not None
    balance, on = (dip.lowest_minor, dip.lowest_on) if recovered else (dip.last_minor, dip.last_on)
    params = {
        "account": account.name,
        "balance": money_fact(balance, account.currency),
        "threshold": size_fact(account.threshold_minor, account.currency),
    }
    params["date"] = on.isoformat()  # the day of the balance told, however old it gets
    if dip.recovered_on is not None:
        params["recovered"] = dip.recovered_on.isoformat()
    return Candidate(
        Kind.LOW_BALANCE,
        dip_key(account, dip),
        on,
        low_balance_severity(balance, coming_minor, recovered),
        account_id=account.id,
        amount_minor=balance,
        currency=account.currency,
        params=params,
    )


def dip_key(account: AccountBalance, dip: Dip) -> str:
    """One dip under one threshold: a threshold raised makes a dip of its own, told even when
    the balance fell below the old one on the same day (the statements' first day, say)."""
    return f"low_balance:{account.id}:{dip.fell_on.isoformat()}:{account.threshold_minor}"


def coming_payments(account_id: int, subs: Iterable[SubscriptionFacts], judged: date) -> int:
    """The known payments (negative minor units) leaving the account within
    :data:`~finapp.core.severity.COMING_PAYMENT_DAYS` after ``judged``: its live bills and
    subscriptions' next charges."""
    horizon = judged + timedelta(days=COMING_PAYMENT_DAYS)
    return sum(
        sub.amount_minor
        for sub in subs
        if sub.account_id == account_id and sub.kind in SPENDING_KINDS and live(sub)
        and sub.status == Status.ACTIVE and sub.amount_minor < 0
        and sub.next_date is not None and judged <= sub.next_date <= horizon
    )  # fmt: skip


def low_balance_alerts(
    account: AccountBalance, found: Sequence[Dip], judged: date, coming_minor: int = 0
) -> list[Candidate]:
    """Each of the account's dips in the days before ``judged`` (the day its statements end, at
    the latest ``as_of``), dated the day the balance fell: a dip that recovered between two
    evaluations is told too, once. ``coming_minor``: the payments known to be coming
    (:func:`coming_payments`), which make a current dip critical when it cannot cover them."""
    start = judged - timedelta(days=DIP_LOOKBACK_DAYS)
    return [
        _dip_alert(account, dip, coming_minor)
        for dip in found
        if dip.recovered_on is None or dip.recovered_on > start
    ]
