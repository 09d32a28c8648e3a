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

An alert is *open* while what it tells is still true or still ahead, then resolved
(:meth:`Evaluation.resolved_on`): a charge alert after :attr:`Limits.window_days`, a price change
after :data:`PRICE_TERM_DAYS`, a budget alert when its month ends, a low balance when the balance
is back at the threshold, a renewal when its date passes or its charge arrives, a lapse when the
charge arrives or the stream has been quiet for the subscription window, a freshness notice when
newer statements arrive. Only open alerts are raised, except a dip below the threshold that
recovered before the day asked: it is news all the same.

Time is judged per account against what its statements cover: an account's balance and its
streams' lapses are judged as of the day its statements end (never later than ``as_of``), and an
account whose statements end earlier than its streams allow gets one freshness notice instead of
an alarm for every stream that merely has not been imported yet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from itertools import accumulate

from finapp.core.alert_facts import money_fact
from finapp.core.alert_messages import english_message
from finapp.core.budgets import crossed, next_month
from finapp.core.cadence import month_date
from finapp.core.money import to_minor
from finapp.core.running_rank import RunningRank, median_low, ninetieth
from finapp.core.severity import (
    COMING_PAYMENT_DAYS,
    INFO,
    after_cancel_severity,
    budget_severity,
    low_balance_severity,
    renewal_severity,
)
from finapp.core.streams import is_variable


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
    STALE_STATEMENTS = "stale_statements"
    INCOME_CHANGE = "income_change"
    # money health: activity a bank would flag
    PASS_THROUGH = "pass_through"
    STRUCTURING = "structuring"
    LATE_NIGHT = "late_night"
    NEW_COUNTERPARTIES = "new_counterparties"
    # money health: reserves, goals, cards, subscriptions, forecast
    EMERGENCY_FUND = "emergency_fund"
    GOAL_BEHIND = "goal_behind"
    CARD_UTILISATION = "card_utilisation"
    CARD_PAYMENT_DUE = "card_payment_due"
    SUBSCRIPTION_CAP = "subscription_cap"
    REVIEW_DUE = "review_due"
    UNREVIEWED = "unreviewed"
    FORECAST_LOW_BALANCE = "forecast_low_balance"


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
    """An account's threshold, the balances known of it and every movement of its money."""

    id: int
    name: str
    currency: str
    threshold_minor: int
    #: end-of-day balances known on dates (stated by a statement or entered by the user), one a
    #: date, oldest first; the balance of any other day is carried from the latest one before it
    #: (from the first one, carried back, for days before it)
    snapshots: Sequence[tuple[date, int]]
    movements: Sequence[tuple[date, int]]  # net movement per day: (posted, amount)


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
    #: its own charges, oldest first, none after ``as_of``: (posted, amount, transaction id)
    charges: Sequence[tuple[date, int, int]] = ()
    after_cancel: Sequence[Charge] = ()
    lapsed: bool = False
    kind: str = "subscription"  # subscription, bill, income, transfer
    period_days: int | None = None  # of its cadence (about 30 for monthly), when known
    per_year: int | None = None  # charges a year, of its cadence
    grace_days: int | None = None  # how late a charge may come before the stream is overdue
    merchant: str = ""  # whose charges it is made of


@dataclass(frozen=True, slots=True)
class Covered:
    """The last day an account's imported statements cover, and the holes between them."""

    account_id: int
    name: str
    until: date
    #: days between two imported statements that none covers: (first, last day), oldest first
    gaps: Sequence[tuple[date, date]] = ()


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
    #: accounts with imported statements (others, entered by hand, are judged as of ``as_of``)
    coverage: Sequence[Covered] = ()
    #: money-health alerts current at ``as_of``, evaluated by their own modules (flagged
    #: activity, reserves, goals, cards, subscription reviews, the forecast): each is open
    #: while it is raised again, and resolved on the first evaluation that no longer raises it
    health: Sequence[Candidate] = ()


def _money(minor: int, currency: str) -> str:
    return money_fact(abs(minor), currency)


def _name(charge: Charge) -> str:
    return charge.payee or charge.merchant or "an unknown payee"


# --- balances ---------------------------------------------------------------------------------

#: how far before the day judged a dip below the threshold is still news: two monthly statements,
#: so one evaluation after importing them tells every dip they hold, recovered or not
DIP_LOOKBACK_DAYS = 62


@dataclass(frozen=True, slots=True)
class Dip:
    """A run of days below the threshold."""

    fell_on: date
    lowest_minor: int
    last_minor: int  # the balance on the last day known of the run
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
    fell: tuple[date, int] | None = None
    last = 0
    for day, balance in daily_balances(account, until):
        if balance < account.threshold_minor:
            fell = (fell[0], min(balance, fell[1])) if fell else (day, balance)
            last = balance
        elif fell is not None:
            out.append(Dip(fell[0], fell[1], last, day))
            fell = None
    if fell is not None:
        out.append(Dip(fell[0], fell[1], last, None))
    return out


def _dip_alert(account: AccountBalance, dip: Dip, coming_minor: int = 0) -> Candidate:
    recovered = dip.recovered_on is not None
    balance = dip.lowest_minor if recovered else dip.last_minor
    params = {
        "account": account.name,
        "balance": money_fact(balance, account.currency),
        "threshold": _money(account.threshold_minor, account.currency),
    }
    if dip.recovered_on is not None:
        params |= {"date": dip.fell_on.isoformat(), "recovered": dip.recovered_on.isoformat()}
    return Candidate(
        Kind.LOW_BALANCE,
        dip_key(account.id, dip),
        dip.fell_on,
        low_balance_severity(balance, coming_minor, recovered),
        account_id=account.id,
        amount_minor=balance,
        currency=account.currency,
        params=params,
    )


def dip_key(account_id: int, dip: Dip) -> str:
    return f"low_balance:{account_id}:{dip.fell_on.isoformat()}"


def coming_payments(
    account_id: int, subs: Iterable[SubscriptionFacts], judged: date
) -> int:
    """The known payments (negative minor units) leaving the account within
    :data:`~finapp.core.severity.COMING_PAYMENT_DAYS` after ``judged``: its live bills and
    subscriptions' next charges."""
    horizon = judged + timedelta(days=COMING_PAYMENT_DAYS)
    return sum(
        sub.amount_minor
        for sub in subs
        if sub.account_id == account_id and sub.kind in SPENDING_KINDS and _live(sub)
        and sub.status == "active" and sub.amount_minor < 0
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
    severity = budget_severity(total, budget.available_minor, budget.currency)
    # an overspend that grows from a notice to a warning or critical is news again (the level
    # stays last in the key: undoing an import reads it there)
    grown = "" if severity == INFO else f":{severity}"
    return Candidate(
        Kind.BUDGET,
        f"budget:{budget.category_id}:{month}{grown}:{level}",
        day,
        severity,
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


@dataclass(slots=True)
class _MerchantSoFar:
    """What one merchant's earlier charges say, kept up to date charge by charge."""

    sizes: RunningRank = field(default_factory=lambda: RunningRank(median_low))
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
    recurring: frozenset[int] = frozenset(),
) -> Candidate | None:
    """Large, else unusual, else new merchant: one size alert per charge, whatever its kind;
    none for a charge of a recurring stream at its usual price (``recurring``: the monthly
    mortgage payment is large, but it is no news)."""
    if charge.id in recurring:
        return None
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


def usual_recurring(subs: Iterable[SubscriptionFacts], since: date) -> frozenset[int]:
    """The charges since ``since`` of a known recurring stream at its usual price: no higher
    than any of the stream's charges in about a year before it (beyond a fixed price's step).

    Each stream's charges are read once, each compared with at most a year of the ones before.
    """
    out: set[int] = set()
    for sub in subs:
        if sub.user_state == "dismissed":
            continue
        sizes = [-amount for _, amount, _ in sub.charges]
        for i, (day, amount, txn) in enumerate(sub.charges):
            if day < since or amount >= 0 or i == 0:
                continue
            before = sizes[max(0, i - VARIABLE_HISTORY) : i]
            if sizes[i] - max(before) < _step(sorted(before)[median_low(len(before))]):
                out.add(txn)
    return frozenset(out)


def charge_alerts(facts: Facts) -> list[Candidate]:
    """Large, unusual, new-merchant and duplicate charges posted in the recent window.

    One pass in date order: each charge is judged against what its merchant and category showed
    before it, then added to them. A recurring charge at its usual price is no large or unusual
    one.
    """
    lim = facts.limits
    start = facts.as_of - timedelta(days=lim.window_days)
    recurring = usual_recurring(facts.subscriptions, start)
    by_merchant: dict[str, _MerchantSoFar] = defaultdict(_MerchantSoFar)
    by_category: dict[int | None, RunningRank] = defaultdict(lambda: RunningRank(ninetieth))
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
            sized = _size_alert(charge, merchant, category, seen, lim, recurring)
            out.extend(c for c in (sized, _duplicate_alert(charge, merchant, lim)) if c)
        if merchant is not None:
            merchant.add(charge, lim.duplicate_days)
        by_category[charge.category_id].add(-charge.amount_minor)
    return out


# --- subscriptions ---------------------------------------------------------------------------

#: how long a price rise (or a raise) stays in the inbox
PRICE_TERM_DAYS = 30
#: how many of a stream's latest charges tell its usual price and how much it varies
PRICE_HISTORY = 6
#: how many charges a variable bill's new charge must top to be a rise: a year of a monthly
#: one, so its seasons (last summer's electricity, last winter's gas) are part of its range
VARIABLE_HISTORY = 12
#: a fixed price's smallest rise worth telling: 1% of the price, at most this many minor units
PRICE_STEP_MINOR = 50
#: how far a charge may post from its expected day (weekends, bank lag)
SCHEDULE_SLACK_DAYS = 5
#: statements must be this many days old before finapp asks for newer ones
STALE_MIN_DAYS = 10


def _ahead(sub: SubscriptionFacts, as_of: date) -> date | None:
    """The stream's first renewal on or after ``as_of`` on its schedule, from its next date
    (for an account whose statements end before ``as_of``: the charges between are only not
    imported yet); None when its cadence is not known."""
    start = sub.next_date
    if start is None or not sub.period_days or not sub.per_year:
        return None
    if start >= as_of:
        return start
    months = 12 // sub.per_year if 12 % sub.per_year == 0 else 0
    if not months:
        k = -(-(as_of - start).days // sub.period_days)  # periods to reach as_of, rounded up
        return start + timedelta(days=k * sub.period_days)
    k = max(1, ((as_of.year - start.year) * 12 + as_of.month - start.month) // months)
    while (day := month_date(start, k * months, start.day)) < as_of:
        k += 1
    return day


def _renewal(
    sub: SubscriptionFacts,
    as_of: date,
    default: Sequence[int],
    ahead: date | None = None,
    price_rose: bool = False,
) -> Candidate | None:
    """A reminder of the stream's next charge (``ahead``, else its next date) if it is near: a
    notice, a warning when its price went up lately (``price_rose``)."""
    next_date = ahead or sub.next_date
    if next_date is None or next_date < as_of or sub.status != "active":
        return None
    days = (next_date - as_of).days
    # default reminders as far ahead as the whole period would fire after every monthly charge
    offsets = sub.offsets or [o for o in default if not sub.period_days or o < sub.period_days]
    due = [o for o in offsets if days <= o]
    if not due:
        return None
    offset = min(due)
    return Candidate(
        Kind.RENEWAL,
        f"renewal:{sub.key}:{next_date.isoformat()}:{offset}",
        next_date - timedelta(days=offset),
        renewal_severity(price_rose),
        account_id=sub.account_id,
        subscription_id=sub.id,
        amount_minor=sub.amount_minor,
        currency=sub.currency,
        params={
            "name": sub.name,
            "bill": "yes" if sub.kind == "bill" else "no",
            "days": str(days),
            "date": next_date.isoformat(),
            "amount": _money(sub.amount_minor, sub.currency),
        },
    )


def _step(usual: int) -> int:
    """A fixed price's smallest rise worth telling: 1% of it, at most 0.50."""
    return min(max(1, usual // 100), PRICE_STEP_MINOR)


def _rise(history: Sequence[int], size: int, year: Sequence[int] = ()) -> int | None:
    """How far ``size`` is above the usual of ``history`` (magnitudes), when beyond its normal
    variation: the median of the latest charges plus their spread, and at least a step of 1%
    (at most 0.50) so a fixed price's rounding is no news. None when it is not a rise.

    A variable bill (a metered utility, a phone top-up: ``year``, its charges of about a year
    before, change from one to the next) rises only when ``size`` is above every one of them:
    a summer electricity bill above spring's is its season, not a new price.
    """
    if len(history) < 2:
        return None
    usual = sorted(history)[median_low(len(history))]
    rise = size - usual
    step = _step(usual)
    if rise < step or rise <= max(history) - min(history):
        return None
    if is_variable(list(year)) and size - max(year) < step:
        return None
    return rise


def _due_charge(
    sub: SubscriptionFacts,
    at_merchant: Mapping[tuple[int | None, str], Sequence[Charge]],
    in_streams: frozenset[int] = frozenset(),
) -> list[tuple[date, int, int]]:
    """The charge that came on the stream's expected day but at a price too different for
    detection to count it in (an intro rate ending, a big rise): the first charge at its
    merchant on its account within a few days of its next date, after its last own charge,
    that no other stream holds (Apple Music is no price of iCloud's)."""
    if sub.next_date is None or not sub.charges:
        return []
    last = sub.charges[-1][0]
    slack = timedelta(days=SCHEDULE_SLACK_DAYS)
    for charge in at_merchant.get((sub.account_id, sub.merchant), ()):
        if charge.id in in_streams:
            continue
        if charge.posted > last and abs(charge.posted - sub.next_date) <= slack:
            return [(charge.posted, charge.amount_minor, charge.id)]
    return []


def _price_alerts(
    sub: SubscriptionFacts, as_of: date, due: Sequence[tuple[date, int, int]] = ()
) -> list[Candidate]:
    """A price increase (money out) or a raise (money in) at the first charge above the usual.

    One pass over the stream's charges (and ``due``, its expected charge that detection left
    out); each charge within the term is compared with the few before it, so the first higher
    charge is told at once and the next ones at the new price (now within the spread) are not
    told again.
    """
    income = sub.kind == "income"
    start = as_of - timedelta(days=PRICE_TERM_DAYS)
    out: list[Candidate] = []
    series = [*sub.charges, *due]
    sizes = [abs(amount) for _, amount, _ in series]
    for i, (day, amount, txn) in enumerate(series):
        if not start < day <= as_of or (amount > 0) != income:
            continue
        history = sizes[max(0, i - PRICE_HISTORY) : i]
        rise = _rise(history, sizes[i], sizes[max(0, i - VARIABLE_HISTORY) : i])
        if rise is None:
            continue
        old = sizes[i] - rise
        kind = Kind.INCOME_CHANGE if income else Kind.PRICE_INCREASE
        params = {"name": sub.name, "old": _money(old, sub.currency),
                  "new": _money(sizes[i], sub.currency)}  # fmt: skip
        if sub.per_year:
            params["yearly"] = _money(rise * sub.per_year, sub.currency)
        out.append(
            Candidate(
                kind,
                f"{kind.value}:{sub.key}:{day.isoformat()}",
                day,
                "info" if income else "warning",
                account_id=sub.account_id,
                subscription_id=sub.id,
                transaction_id=txn,
                amount_minor=amount,
                currency=sub.currency,
                params=params,
            )
        )
    return out


#: how early a charge may post before its expected day (the Friday before a weekend)
EARLY_DAYS = 2


def _in_gap(day: date, gaps: Sequence[tuple[date, date]]) -> bool:
    """Whether a charge expected on ``day`` could have posted on a day no statement covers."""
    late, early = timedelta(days=SCHEDULE_SLACK_DAYS), timedelta(days=EARLY_DAYS)
    return any(first - late <= day <= last + early for first, last in gaps)


def _lapse(
    sub: SubscriptionFacts,
    judged: date,
    window_days: int,
    gaps: Sequence[tuple[date, date]] = (),
    came: Sequence[tuple[date, int, int]] = (),
) -> Candidate | None:
    """A charge expected by the day its account is judged that has not come.

    It is not missing when it was due on days no imported statement covers (a month the user
    never imported): the first charge due after the gap is the one that should have come. Nor
    when a charge at the stream's merchant came on the day (``came``: at a price too different
    for detection to keep in the stream, an intro rate ending).
    """
    expected = sub.next_date
    if not sub.lapsed or expected is None or came:
        return None
    for gap in gaps:  # oldest first: step over each gap the expected day falls in
        if not _in_gap(expected, [gap]):
            continue
        if not sub.period_days:
            return None
        while _in_gap(expected, [gap]):
            expected += timedelta(days=sub.period_days)
    if not judged - timedelta(days=window_days) <= expected <= judged:
        return None
    return Candidate(
        Kind.LAPSED,
        f"lapsed:{sub.key}:{expected.isoformat()}",
        expected,
        "info",
        account_id=sub.account_id,
        subscription_id=sub.id,
        amount_minor=sub.amount_minor,
        currency=sub.currency,
        params={"name": sub.name, "date": expected.isoformat()},
    )


def _after_cancel(sub: SubscriptionFacts, recent: date, as_of: date) -> list[Candidate]:
    return [
        Candidate(
            Kind.CHARGED_AFTER_CANCEL,
            f"charged_after_cancel:{sub.key}:{charge.id}",
            charge.posted,
            after_cancel_severity(charge.amount_minor, charge.currency),
            account_id=charge.account_id,
            subscription_id=sub.id,
            transaction_id=charge.id,
            amount_minor=charge.amount_minor,
            currency=charge.currency,
            params={"name": sub.name, "amount": _money(charge.amount_minor, charge.currency)},
        )
        for charge in sub.after_cancel
        if recent <= charge.posted <= as_of
    ]


#: streams whose renewals, price rises and lapses concern the user (not salary or transfers)
SPENDING_KINDS = ("subscription", "bill")


def _live(sub: SubscriptionFacts) -> bool:
    return sub.user_state not in ("dismissed", "cancelled")


def _alive_at(sub: SubscriptionFacts, until: date | None) -> bool:
    """Whether the stream was alive where its account's statements end: its next charge not
    overdue then."""
    return (
        until is not None
        and _live(sub)
        and sub.next_date is not None
        and sub.grace_days is not None
        and sub.next_date + timedelta(days=sub.grace_days) >= until
    )


def stale_notice(
    covered: Covered, subs: Sequence[SubscriptionFacts], as_of: date
) -> Candidate | None:
    """One notice for an account whose statements end before its streams' next charges.

    The account is stale when its statements are at least :data:`STALE_MIN_DAYS` old and a
    stream alive where they end (its next charge not overdue then) should have charged again
    by ``as_of``: the charge is not missing, only not imported yet.
    """
    until = covered.until
    if (as_of - until).days < STALE_MIN_DAYS:
        return None
    due = [
        sub.next_date
        for sub in subs
        if _live(sub) and sub.next_date is not None and sub.grace_days is not None
        and sub.next_date + timedelta(days=sub.grace_days) >= until
        and sub.next_date + timedelta(days=SCHEDULE_SLACK_DAYS) < as_of
    ]  # fmt: skip
    if not due:
        return None
    since = max(
        until + timedelta(days=STALE_MIN_DAYS), min(due) + timedelta(SCHEDULE_SLACK_DAYS + 1)
    )
    return Candidate(
        Kind.STALE_STATEMENTS,
        f"stale_statements:{covered.account_id}:{until.isoformat()}",
        min(since, as_of),
        "info",
        account_id=covered.account_id,
        params={"account": covered.name, "date": until.isoformat()},
    )


def _subscription_alerts(
    facts: Facts, judged: Callable[[int | None], date], stale: set[int]
) -> list[Candidate]:
    """Renewals ahead; price changes, charges after cancelling and lapses just past."""
    lim, as_of = facts.limits, facts.as_of
    recent = as_of - timedelta(days=lim.subscription_window_days)
    gaps = {c.account_id: c.gaps for c in facts.coverage}
    until = {c.account_id: c.until for c in facts.coverage}
    # charges at each merchant as far back as a lapse or a price rise is told
    since = as_of - timedelta(
        days=max(PRICE_TERM_DAYS, lim.subscription_window_days) + SCHEDULE_SLACK_DAYS
    )
    at_merchant: dict[tuple[int | None, str], list[Charge]] = defaultdict(list)
    for charge in facts.charges:
        if charge.posted > since and charge.merchant:
            at_merchant[(charge.account_id, charge.merchant)].append(charge)
    for charges in at_merchant.values():
        charges.sort(key=lambda c: (c.posted, c.id))
    in_streams = frozenset(txn for sub in facts.subscriptions for _, _, txn in sub.charges)
    out: list[Candidate] = []
    for sub in facts.subscriptions:
        if sub.user_state == "dismissed":
            continue
        due = _due_charge(sub, at_merchant, in_streams) if sub.kind != "income" else []
        prices: list[Candidate] = []
        if sub.user_state != "cancelled" and sub.kind in (*SPENDING_KINDS, "income"):
            prices = _price_alerts(sub, as_of, due)
            out.extend(prices)
        rose = any(p.kind == Kind.PRICE_INCREASE for p in prices)
        if sub.user_state != "cancelled" and sub.kind in SPENDING_KINDS and sub.amount_minor < 0:
            ahead = None
            if sub.account_id in stale and _alive_at(sub, until.get(sub.account_id or -1)):
                ahead = _ahead(sub, as_of)  # its statements end before: roll on its schedule
            renewal = _renewal(sub, as_of, lim.reminder_offsets, ahead, rose)
            lapse = None
            if sub.account_id not in stale:
                lapse = _lapse(
                    sub,
                    judged(sub.account_id),
                    lim.subscription_window_days,
                    gaps.get(sub.account_id or -1, ()),
                    [c for c in due if c[0] <= judged(sub.account_id)],
                )
            out.extend(c for c in (renewal, lapse) if c)
        out.extend(_after_cancel(sub, recent, as_of))
    return out


# --- evaluation and resolution ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Raised:
    """An alert raised before (or just now), as resolution needs to see it."""

    key: str
    kind: str
    date: date
    subscription_id: int | None
    params: Mapping[str, str]


#: kinds open for a fixed number of days from their date (None: the charge window)
_TERMS: dict[str, int | None] = {
    Kind.LARGE_CHARGE: None,
    Kind.UNUSUAL_CHARGE: None,
    Kind.DUPLICATE_CHARGE: None,
    Kind.NEW_MERCHANT: None,
    Kind.PRICE_INCREASE: PRICE_TERM_DAYS,
    Kind.INCOME_CHANGE: PRICE_TERM_DAYS,
    Kind.CHARGED_AFTER_CANCEL: PRICE_TERM_DAYS,
}


@dataclass(frozen=True, slots=True)
class Evaluation:
    """What is current at ``facts.as_of``, and when earlier alerts stopped being so."""

    facts: Facts
    candidates: list[Candidate]
    #: every dip's key -> the day it recovered (None: still below)
    recovered: Mapping[str, date | None]
    current: frozenset[str]  # the candidates' keys
    subscriptions: Mapping[int, SubscriptionFacts]  # by id

    def resolved_on(self, alert: Raised) -> date | None:
        """The first day ``alert`` no longer holds, if that is on or before ``as_of``."""
        day = self._end(alert)
        if day is None:
            return None
        return max(alert.date, min(day, self.facts.as_of))

    def _end(self, alert: Raised) -> date | None:
        as_of = self.facts.as_of
        if alert.kind in _TERMS:
            term = _TERMS[alert.kind] or self.facts.limits.window_days
            end = alert.date + timedelta(days=term)
            return end if end <= as_of else None
        if alert.kind == Kind.BUDGET:
            end = next_month(alert.date.replace(day=1))
            return end if end <= as_of else None
        if alert.kind == Kind.LOW_BALANCE:
            return self.recovered.get(alert.key, as_of)  # an unknown dip no longer holds
        if alert.key in self.current:
            return None
        if alert.kind in (Kind.RENEWAL, Kind.LAPSED):
            return self._charged_or_passed(alert)
        return as_of  # no longer raised: superseded, cancelled, newer statements came

    def _charged_or_passed(self, alert: Raised) -> date:
        """A renewal or an expected charge ends when the charge comes, or the day after it."""
        due = date.fromisoformat(alert.params.get("date", alert.date.isoformat()))
        sub = self.subscriptions.get(alert.subscription_id or -1)
        if sub is not None and sub.charges:
            last = sub.charges[-1][0]
            if last >= due - timedelta(days=SCHEDULE_SLACK_DAYS + (sub.period_days or 0) // 2):
                return last
        if alert.kind == Kind.RENEWAL and self.facts.as_of > due:
            return due + timedelta(days=1)
        return self.facts.as_of


def assess(facts: Facts) -> Evaluation:
    """Every alert current at ``facts.as_of`` (oldest first), and how to resolve earlier ones."""
    until = {c.account_id: c.until for c in facts.coverage}

    def judged(account_id: int | None) -> date:
        return min(until.get(account_id, facts.as_of), facts.as_of) if account_id else facts.as_of

    by_account: dict[int | None, list[SubscriptionFacts]] = defaultdict(list)
    for sub in facts.subscriptions:
        by_account[sub.account_id].append(sub)
    notices = [stale_notice(c, by_account[c.account_id], facts.as_of) for c in facts.coverage]
    stale = {n.account_id for n in notices if n is not None and n.account_id is not None}
    recovered: dict[str, date | None] = {}
    lows: list[Candidate] = []
    for account in facts.balances:
        day = judged(account.id)
        found_dips = dips(account, day)
        recovered |= {dip_key(account.id, d): d.recovered_on for d in found_dips}
        coming = coming_payments(account.id, facts.subscriptions, day)
        lows += low_balance_alerts(account, found_dips, day, coming)
    found: Iterable[Candidate | None] = [
        *lows,
        *notices,
        *(budget_alert(b, facts.limits.budget_thresholds) for b in facts.budgets),
        *charge_alerts(facts),
        *_subscription_alerts(facts, judged, stale),
        *facts.health,
    ]
    candidates = sorted((c for c in found if c is not None), key=lambda c: (c.date, c.key))
    return Evaluation(
        facts,
        candidates,
        recovered,
        frozenset(c.key for c in candidates),
        {s.id: s for s in facts.subscriptions},
    )


def evaluate(facts: Facts) -> list[Candidate]:
    """Every alert current at ``facts.as_of``, oldest first."""
    return assess(facts).candidates
