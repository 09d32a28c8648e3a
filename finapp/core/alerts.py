"""Alert evaluation as of a date: plain facts in, alert candidates out, no database.

Each candidate carries a *dedupe key* naming the occurrence (this charge, this budget month and
threshold, this renewal date and offset), so evaluating again — tomorrow, or after re-importing —
finds the same keys and raises nothing twice. Only what is current at ``as_of`` is raised:
charges within a recent window, the as-of month's budgets, the balance at ``as_of``, renewals
ahead and subscription events just past; years of imported history stay quiet.

Evaluation is one pass over the data in date order, whatever its size: each merchant and
category keeps running figures (a running median or percentile, the last charge of each amount
on each account, whether it repeats within days) that a recent charge reads instead of rescanning
the history before it, and a balance is carried day by day instead of being summed again for
each day.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from itertools import accumulate

from finapp.core.alert_messages import english_message
from finapp.core.budgets import crossed
from finapp.core.money import format_minor, to_minor


class Kind(StrEnum):
    LOW_BALANCE = "low_balance"
    BUDGET = "budget"
    LARGE_CHARGE = "large_charge"
    UNUSUAL_CHARGE = "unusual_charge"
    DUPLICATE_CHARGE = "duplicate_charge"
    NEW_MERCHANT = "new_merchant"
    RENEWAL = "renewal"
    PRICE_INCREASE = "price_increase"
    CHARGED_AFTER_CANCEL = "charged_after_cancel"
    LAPSED = "lapsed"


@dataclass(frozen=True, slots=True)
class Candidate:
    """An alert to raise unless its ``key`` was raised before."""

    kind: Kind
    key: str
    date: date
    severity: str  # info, warning, critical
    account_id: int | None = None
    category_id: int | None = None
    subscription_id: int | None = None
    transaction_id: int | None = None
    amount_minor: int | None = None
    currency: str | None = None
    #: the facts the alert tells (names, money as text, percent, days): ``message`` words them
    #: in English for the CLI and JSON, and the GUI in the interface's language
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return english_message(self.kind, self.params)


@dataclass(frozen=True, slots=True)
class Limits:
    """The user's settings that shape alerts; amounts in major units of each currency."""

    large_charge: Decimal = Decimal(500)
    new_merchant: Decimal = Decimal(100)
    unusual_factor: Decimal = Decimal(3)
    duplicate_days: int = 2
    window_days: int = 14
    subscription_window_days: int = 45
    budget_thresholds: Sequence[int] = (80, 100)
    reminder_offsets: Sequence[int] = (30, 7, 1)


@dataclass(frozen=True, slots=True)
class Charge:
    """A transaction as alerts see it (transfers between own accounts are left out before)."""

    id: int
    account_id: int
    posted: date
    amount_minor: int
    currency: str
    merchant: str
    payee: str
    category_id: int | None = None


@dataclass(frozen=True, slots=True)
class AccountBalance:
    """An account's threshold and the ledger balance one statement stated."""

    id: int
    name: str
    currency: str
    threshold_minor: int
    snapshot_date: date
    snapshot_minor: int
    movements: Sequence[tuple[date, int]]  # every transaction of the account: (posted, amount)


@dataclass(frozen=True, slots=True)
class BudgetMonth:
    """One budget in the as-of month: what is available and each day's net spending."""

    category_id: int
    category: str
    currency: str
    available_minor: int
    daily: Sequence[tuple[date, int]]  # (day, net spending that day), days on or before as_of


@dataclass(frozen=True, slots=True)
class SubscriptionFacts:
    """What the subscriptions engineer's table says about one stream."""

    id: int
    key: str  # stable across detection re-runs (the stream key), so a re-created row is no news
    name: str
    status: str
    user_state: str
    next_date: date | None
    amount_minor: int
    currency: str
    account_id: int | None
    offsets: Sequence[int] | None
    price_changes: Sequence[tuple[date, int, int]] = ()
    after_cancel: Sequence[Charge] = ()
    lapsed: bool = False
    kind: str = "subscription"  # subscription, bill, income, transfer
    period_days: int | None = None  # of its cadence (about 30 for monthly), when known


@dataclass(frozen=True, slots=True)
class Facts:
    as_of: date
    charges: Sequence[Charge]  # money out, posted on or before as_of, a year or so back
    seen_before: frozenset[str]  # merchants charged before the first of ``charges``
    history_start: date | None = None  # the oldest transaction the store holds
    balances: Sequence[AccountBalance] = ()
    budgets: Sequence[BudgetMonth] = ()
    subscriptions: Sequence[SubscriptionFacts] = ()
    limits: Limits = field(default_factory=Limits)


def _money(minor: int, currency: str) -> str:
    return f"{format_minor(abs(minor), currency)} {currency}"


def _name(charge: Charge) -> str:
    return charge.payee or charge.merchant or "an unknown payee"


# --- balances ---------------------------------------------------------------------------------


def balance_on(account: AccountBalance, day: date) -> int:
    """End-of-day balance on ``day``, carried forward or back from the stated ledger balance."""
    if day >= account.snapshot_date:
        return account.snapshot_minor + sum(
            a for d, a in account.movements if account.snapshot_date < d <= day
        )
    return account.snapshot_minor - sum(
        a for d, a in account.movements if day < d <= account.snapshot_date
    )


def _daily_balances(account: AccountBalance, as_of: date) -> list[tuple[date, int]]:
    """End-of-day balance on each day up to ``as_of`` that the account knows of (a movement or
    the stated balance), oldest first: one running sum, not one sum per day."""
    net: dict[date, int] = defaultdict(int)
    for day, amount in account.movements:
        net[day] += amount
    days = sorted(net.keys() | {account.snapshot_date})
    running = dict(zip(days, accumulate(net.get(d, 0) for d in days), strict=True))
    offset = account.snapshot_minor - running[account.snapshot_date]
    return [(d, running[d] + offset) for d in days if d <= as_of]


def low_balance(account: AccountBalance, as_of: date) -> Candidate | None:
    """An alert when the balance at ``as_of`` is below the threshold, keyed by when it fell."""
    balance = balance_on(account, as_of)
    if balance >= account.threshold_minor:
        return None
    daily = _daily_balances(account, as_of)
    fell_on = daily[0][0] if daily else as_of  # below for as long as we can tell
    later = as_of
    for day, amount in reversed(daily):
        if amount >= account.threshold_minor:
            fell_on = later
            break
        later = day
    return Candidate(
        Kind.LOW_BALANCE,
        f"low_balance:{account.id}:{fell_on.isoformat()}",
        fell_on,
        "critical" if balance < 0 else "warning",
        account_id=account.id,
        amount_minor=balance,
        currency=account.currency,
        params={
            "account": account.name,
            "balance": f"{format_minor(balance, account.currency)} {account.currency}",
            "threshold": _money(account.threshold_minor, account.currency),
        },
    )


# --- budgets ----------------------------------------------------------------------------------


def budget_alert(budget: BudgetMonth, thresholds: Sequence[int]) -> Candidate | None:
    """The highest threshold the month has reached, dated the day it was reached."""
    total = 0
    levels: list[tuple[date, int | None]] = []
    for day, spent in sorted(budget.daily):
        total += spent
        levels.append((day, crossed(total, budget.available_minor, thresholds)))
    level = crossed(total, budget.available_minor, thresholds)
    if level is None:
        return None
    day = next(d for d, reached in levels if reached is not None and reached >= level)
    month = day.strftime("%Y-%m")
    percent = total * 100 // budget.available_minor
    return Candidate(
        Kind.BUDGET,
        f"budget:{budget.category_id}:{month}:{level}",
        day,
        "warning" if level < 100 else "critical",
        category_id=budget.category_id,
        amount_minor=-total,
        currency=budget.currency,
        params={
            "category": budget.category,
            "state": "under" if level < 100 else "over" if total > budget.available_minor else "at",
            "percent": str(percent),
            "month": month,
            "spent": _money(total, budget.currency),
            "budget": _money(budget.available_minor, budget.currency),
        },
    )


# --- charges ----------------------------------------------------------------------------------


class RunningRank:
    """The ``rank(n)``-th smallest of a growing list of ``n`` numbers (0-based), at any time.

    A merchant's median and a category's 90th percentile are asked for at each recent charge
    while its history grows; sorting the history each time made alerts quadratic. Numbers added
    before the first question are sorted once; later ones go into two heaps split at the rank
    (``rank`` must grow by at most one with each number, as a median's or percentile's does).
    """

    def __init__(self, rank: Callable[[int], int]) -> None:
        self._rank = rank
        self._pending: list[int] = []
        self._low: list[int] = []  # the rank(n)+1 smallest, negated: a max-heap
        self._high: list[int] = []  # the others: a min-heap

    def __len__(self) -> int:
        return len(self._pending) + len(self._low) + len(self._high)

    def add(self, value: int) -> None:
        if not (self._low or self._high):
            self._pending.append(value)
            return
        if value <= -self._low[0]:
            heapq.heappush(self._low, -value)
        else:
            heapq.heappush(self._high, value)
        self._balance()

    def value(self) -> int:
        """The number at the rank; the list must not be empty."""
        if self._pending:
            ordered = sorted(self._pending)
            cut = self._rank(len(ordered)) + 1
            self._low = [-v for v in reversed(ordered[:cut])]  # descending, negated: a heap
            self._high = ordered[cut:]  # ascending: a heap
            self._pending = []
        return -self._low[0]

    def _balance(self) -> None:
        wanted = self._rank(len(self)) + 1
        while len(self._low) > wanted:
            heapq.heappush(self._high, -heapq.heappop(self._low))
        while len(self._low) < wanted:
            heapq.heappush(self._low, -heapq.heappop(self._high))


def _median_low(n: int) -> int:
    return (n - 1) // 2


def _ninetieth(n: int) -> int:
    return n * 90 // 100


@dataclass(slots=True)
class _MerchantSoFar:
    """What one merchant's earlier charges say, kept up to date charge by charge."""

    sizes: RunningRank = field(default_factory=lambda: RunningRank(_median_low))
    last: Charge | None = None
    #: the same amount twice within the duplicate window at least once: not news any more
    repeats: bool = False
    #: (account, amount) -> the latest earlier charge's date
    latest: dict[tuple[int, int], date] = field(default_factory=dict)

    def add(self, charge: Charge, duplicate_days: int) -> None:
        last = self.last
        if (
            last is not None
            and last.amount_minor == charge.amount_minor
            and (charge.posted - last.posted).days <= duplicate_days
        ):
            self.repeats = True
        self.sizes.add(-charge.amount_minor)
        self.latest[(charge.account_id, charge.amount_minor)] = charge.posted
        self.last = charge


def _size_alert(
    charge: Charge,
    merchant: _MerchantSoFar | None,
    category: RunningRank | None,
    seen: bool,
    lim: Limits,
) -> Candidate | None:
    """Large, else unusual, else new merchant: one size alert per charge, whatever its kind."""
    size = -charge.amount_minor
    money = _money(size, charge.currency)
    params = {"name": _name(charge), "amount": money}
    usual = None
    if merchant is not None and len(merchant.sizes) >= 3:
        usual = merchant.sizes.value()
    elif category is not None and len(category) >= 5:
        usual = category.value()
    if size > to_minor(lim.large_charge, charge.currency):
        kind, severity = Kind.LARGE_CHARGE, "warning"
    elif usual and size > lim.unusual_factor * Decimal(usual):
        kind, severity = Kind.UNUSUAL_CHARGE, "warning"
        params["usual"] = _money(usual, charge.currency)
    elif not seen and size > to_minor(lim.new_merchant, charge.currency):
        kind, severity = Kind.NEW_MERCHANT, "info"
    else:
        return None
    return Candidate(
        kind,
        f"charge:{charge.id}",
        charge.posted,
        severity,
        account_id=charge.account_id,
        category_id=charge.category_id,
        transaction_id=charge.id,
        amount_minor=charge.amount_minor,
        currency=charge.currency,
        params=params,
    )


def _duplicate_alert(
    charge: Charge, merchant: _MerchantSoFar | None, lim: Limits
) -> Candidate | None:
    """The same merchant and amount on one account within a day or two, where that is rare
    (a merchant that often charges one amount twice within days — coffee, transit — is not)."""
    if merchant is None or merchant.repeats:
        return None
    twin = merchant.latest.get((charge.account_id, charge.amount_minor))
    if twin is None or (charge.posted - twin).days > lim.duplicate_days:
        return None
    return Candidate(
        Kind.DUPLICATE_CHARGE,
        f"duplicate_charge:{charge.id}",
        charge.posted,
        "warning",
        account_id=charge.account_id,
        category_id=charge.category_id,
        transaction_id=charge.id,
        amount_minor=charge.amount_minor,
        currency=charge.currency,
        params={
            "name": _name(charge),
            "amount": _money(charge.amount_minor, charge.currency),
            "first": twin.isoformat(),
            "second": charge.posted.isoformat(),
        },
    )


#: how much history must come before a charge for its merchant to be called new: after a first
#: import of a few weeks, every merchant is "new" and saying so would only be noise
NEW_MERCHANT_HISTORY_DAYS = 60


def _long_history(facts: Facts, day: date) -> bool:
    start = facts.history_start
    return start is not None and (day - start).days >= NEW_MERCHANT_HISTORY_DAYS


def charge_alerts(facts: Facts) -> list[Candidate]:
    """Large, unusual, new-merchant and duplicate charges posted in the recent window.

    One pass in date order: each charge is judged against what its merchant and category showed
    before it, then added to them.
    """
    lim = facts.limits
    start = facts.as_of - timedelta(days=lim.window_days)
    by_merchant: dict[str, _MerchantSoFar] = defaultdict(_MerchantSoFar)
    by_category: dict[int | None, RunningRank] = defaultdict(lambda: RunningRank(_ninetieth))
    out: list[Candidate] = []
    for charge in sorted(facts.charges, key=lambda c: (c.posted, c.id)):
        if charge.posted > facts.as_of or charge.amount_minor >= 0:
            continue
        merchant = by_merchant[charge.merchant] if charge.merchant else None
        if charge.posted >= start:
            seen = (
                (merchant is not None and merchant.last is not None)
                or charge.merchant in facts.seen_before
                or not charge.merchant
                or not _long_history(facts, charge.posted)
            )
            category = by_category[charge.category_id] if charge.category_id is not None else None
            sized = _size_alert(charge, merchant, category, seen, lim)
            out.extend(c for c in (sized, _duplicate_alert(charge, merchant, lim)) if c)
        if merchant is not None:
            merchant.add(charge, lim.duplicate_days)
        by_category[charge.category_id].add(-charge.amount_minor)
    return out


# --- subscriptions ----------------------------------------------------------------------------


def _renewal(sub: SubscriptionFacts, as_of: date, default: Sequence[int]) -> Candidate | None:
    if sub.next_date is None or sub.next_date < as_of or sub.status != "active":
        return None
    days = (sub.next_date - as_of).days
    # default reminders as far ahead as the whole period would fire after every monthly charge
    offsets = sub.offsets or [o for o in default if not sub.period_days or o < sub.period_days]
    due = [o for o in offsets if days <= o]
    if not due:
        return None
    offset = min(due)
    return Candidate(
        Kind.RENEWAL,
        f"renewal:{sub.key}:{sub.next_date.isoformat()}:{offset}",
        sub.next_date - timedelta(days=offset),
        "warning" if offset <= 1 else "info",
        account_id=sub.account_id,
        subscription_id=sub.id,
        amount_minor=sub.amount_minor,
        currency=sub.currency,
        params={
            "name": sub.name,
            "bill": "yes" if sub.kind == "bill" else "no",
            "days": str(days),
            "date": sub.next_date.isoformat(),
            "amount": _money(sub.amount_minor, sub.currency),
        },
    )


#: streams whose renewals, price rises and lapses concern the user (not salary or transfers)
SPENDING_KINDS = ("subscription", "bill")


def subscription_alerts(facts: Facts) -> list[Candidate]:
    """Renewals ahead; price increases, charges after cancelling and lapses just past."""
    lim, as_of = facts.limits, facts.as_of
    recent = as_of - timedelta(days=lim.subscription_window_days)
    out: list[Candidate] = []
    for sub in facts.subscriptions:
        if sub.user_state == "dismissed":
            continue
        common = dict(account_id=sub.account_id, subscription_id=sub.id, currency=sub.currency)
        if sub.user_state != "cancelled" and sub.kind in SPENDING_KINDS and sub.amount_minor < 0:
            renewal = _renewal(sub, as_of, lim.reminder_offsets)
            out.extend([renewal] if renewal else [])
            for day, old, new in sub.price_changes:
                if recent <= day <= as_of and abs(new) > abs(old):
                    out.append(
                        Candidate(
                            Kind.PRICE_INCREASE,
                            f"price_increase:{sub.key}:{day.isoformat()}",
                            day,
                            "warning",
                            amount_minor=-abs(new),
                            params={
                                "name": sub.name,
                                "old": _money(old, sub.currency),
                                "new": _money(new, sub.currency),
                            },
                            **common,
                        )
                    )
            if sub.lapsed and sub.next_date is not None and recent <= sub.next_date <= as_of:
                out.append(
                    Candidate(
                        Kind.LAPSED,
                        f"lapsed:{sub.key}:{sub.next_date.isoformat()}",
                        sub.next_date,
                        "info",
                        amount_minor=sub.amount_minor,
                        params={"name": sub.name, "date": sub.next_date.isoformat()},
                        **common,
                    )
                )
        for charge in sub.after_cancel:
            if recent <= charge.posted <= as_of:
                out.append(
                    Candidate(
                        Kind.CHARGED_AFTER_CANCEL,
                        f"charged_after_cancel:{sub.key}:{charge.id}",
                        charge.posted,
                        "critical",
                        account_id=charge.account_id,
                        subscription_id=sub.id,
                        transaction_id=charge.id,
                        amount_minor=charge.amount_minor,
                        currency=charge.currency,
                        params={
                            "name": sub.name,
                            "amount": _money(charge.amount_minor, charge.currency),
                        },
                    )
                )
    return out


def evaluate(facts: Facts) -> list[Candidate]:
    """Every alert current at ``facts.as_of``, oldest first."""
    found: Iterable[Candidate | None] = [
        *(low_balance(b, facts.as_of) for b in facts.balances),
        *(budget_alert(b, facts.limits.budget_thresholds) for b in facts.budgets),
        *charge_alerts(facts),
        *subscription_alerts(facts),
    ]
    return sorted((c for c in found if c is not None), key=lambda c: (c.date, c.key))
