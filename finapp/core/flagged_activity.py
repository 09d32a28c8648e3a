"""Activity a bank would flag: plain movements in, alert candidates out, no database.

Banks watch accounts for four shapes of activity and may hold an account that shows them:
money that passes straight through (``pass_through``), amounts split to stay just under a
reporting threshold (``structuring``), large transfers in the small hours (``late_night``) and a
burst of payments to many parties never paid before (``new_counterparties``). Each is told once,
keyed by its occurrence, while it is recent as of the day its account is judged (the day its
statements end, at the latest ``as_of``): occurrences older than the charge alert window stay
quiet, so years of imported history raise nothing.

Only *ordinary* movements make a pattern. Moving money between the user's own accounts (a
matched transfer, a card payment, anything in a category of kind transfer) and the routine of a
household — salary and other income, rent and mortgage, bills — never do: the service marks
them ``own`` or ``routine`` before they come here.

What counts as **large** must mean the same for a household in USD and one in CNY, and for a
student's wallet and a family's main account, so it is decided per account and currency:

* an absolute floor, a share (:data:`LARGE_FLOOR_SHARE`, a fifth) of the currency's reporting
  threshold — 2,000 USD or EUR, 10,000 CNY with the default thresholds — because the threshold
  is the one figure banks of that currency already scale their watching to, and it is far above
  a household's everyday payments in either currency;
* raised to :data:`LARGE_USUAL_FACTOR` times what the account usually moves (the 90th
  percentile of its ordinary movements before the alert window), so an account that routinely
  pays school fees or suppliers of a few thousand is not told about each of them. The usual size
  is learned only from movements before the window, so the activity being judged cannot hide
  itself by raising its own bar.

An account in a currency without a reporting threshold in the settings is not judged: nothing
would anchor "large" or "just below" there.

The rules, with the numbers chosen:

* ``pass_through``: a large sum come in — one inflow, or ordinary inflows gathered within
  :data:`POOL_HOURS` hours (many senders chipping in, the shape Chinese banks call 快进快出) —
  followed within :data:`PASS_HOURS` hours of its last part by ordinary outflows adding up to
  at least 80% of it (most of it went out), with the balance back near where it started: the
  ordinary movements from two days before the money came to two days after it add up to within
  20% of it, so a gift kept the same day, or a loan paid off with more than came in, is no
  pass-through. Only outflows above the account's usual size and of at least a hundredth of the
  sum count: the groceries bought meanwhile are not what it paid. When either side has no time
  of day, "within 48 hours" is read from the dates as every day it may reach: the same day and
  the two after (the message then tells the hours the dates allow, 24 a day). Critical when
  the sum reaches the reporting threshold, else a warning. The message never says more went
  out "of it" than came in, and counts its hours from the inflow whose 48 hours the last
  outflow fell in. A household's one-off settlement is no pass-through: a *single* inflow
  that comes from the user's own brokerage (:data:`OWN_INVESTMENTS`: Fidelity MoneyLine, a
  Schwab transfer, 证券转银行), or whose outflows all settle a debt or a purchase
  (:data:`SETTLEMENT`: a loan payoff, escrow, a title company, a closing) — a car sold and its
  loan paid off, a brokerage sold for a house deposit. Banks see these every day and do not
  hold accounts for them; money pooled from several senders is judged whatever it paid.
* ``structuring``: at least :data:`STRUCTURING_COUNT` ordinary movements the same way (deposits,
  or transfers out) within :data:`STRUCTURING_DAYS` days, each *just below* the threshold: at or
  above 90% of it and under it (9,000.00–9,999.99 USD; 45,000–49,999.99 CNY). One at 95% is a
  price; three in a week is a split. A sum split is split one way: two cheques paid in and the
  builder paid in the same week are three movements just under, but no split. Always critical:
  splitting to avoid a report is itself what banks report.
* ``late_night``: an ordinary outflow that is large, at a known time from 00:00 to before 05:00,
  and no purchase: an iPhone bought online at 00:05 is what shops see every night, a transfer
  of the same sum to a person is what a bank holds an account for. A line without a time never
  fires (no invented midnight). A warning.
* ``new_counterparties``: at least :data:`BURST_COUNT` different parties paid for the first time
  ever (on any account) within :data:`BURST_DAYS` days, each with a payment that is *notable*:
  at least :data:`NOTABLE_SHARE` of the threshold (200 USD, 1,000 CNY). What makes a burst is
  how many new parties, not how much each got (money mules pay many parties modest sums), so
  the bar only keeps out the everyday small shops; it does not rise with the account's usual
  size. Holiday shopping spreads new shops over weeks and most are small; a trip or a move
  gathers a few new ones, rarely five notable ones in three days. "Never paid before" needs
  a history to mean anything: the first :data:`HISTORY_DAYS` days of what the user imported
  are not judged. A warning.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from math import ceil
from operator import itemgetter
from typing import NamedTuple

from finapp.core.alert_facts import money_fact
from finapp.core.alerts import Candidate, Kind
from finapp.core.money import to_minor
from finapp.core.severity import Severity

#: outflows this many hours after a large inflow count towards its passing through
PASS_HOURS = 48
#: share of the inflow the outflows must reach ("most of it")
PASS_MOST = Decimal("0.8")
#: how far from where it started the balance may end, as a share of the inflow
PASS_NEAR = Decimal("0.2")
#: an outflow counts towards passing an inflow on when above the account's usual size and at
#: least this fraction of the inflow (1/100): the groceries bought meanwhile are not what it paid
PASS_SHARE_OF_INFLOW = 100
#: money that comes in within this many hours counts as one sum: one wire, or many senders
POOL_HOURS = 24
#: payees of outflows that settle a debt or a purchase: a loan payoff, escrow, a title company
SETTLEMENT = re.compile(
    r"PAY\s*OFF|ESCROW|\bTITLE\b|CLOSING|SETTLEMENT|提前还款|结清|首付|购房款", re.IGNORECASE
)
#: payees of inflows from the user's own investments: a brokerage pays only its account holder
OWN_INVESTMENTS = re.compile(
    r"BROKERAGE|MONEYLINE|FIDELITY|SCHWAB|VANGUARD|E\*?TRADE|ROBINHOOD|MERRILL|证券|基金赎回",
    re.IGNORECASE,
)
#: "just below" a threshold: at or above this share of it, and under it
JUST_BELOW = Decimal("0.9")
STRUCTURING_COUNT = 3
STRUCTURING_DAYS = 7
#: the night runs from midnight up to (not including) this time
NIGHT_ENDS = time(5, 0)
LARGE_FLOOR_SHARE = Decimal("0.2")
LARGE_USUAL_FACTOR = 3
NOTABLE_SHARE = Decimal("0.02")
BURST_COUNT = 5
BURST_DAYS = 3
HISTORY_DAYS = 60
#: ordinary movements needed before the window to tell an account's usual size
USUAL_MIN_MOVEMENTS = 10


class Movement(NamedTuple):
    """One statement line as this module sees it.

    A named tuple rather than a frozen dataclass: a year of every account's lines is made into
    movements on each evaluation, and a tuple is made several times quicker (a frozen
    dataclass sets each field through ``object.__setattr__``), just as immutable.
    """

    id: int
    posted: date
    amount_minor: int  # money in positive, out negative
    counterparty: str  # the normalised merchant key; "" when the line names none
    name: str  # the payee as the statement prints it, for the message
    time: time | None = None  # the local time of day, when the source gives one
    own: bool = False  # between the user's own accounts, or a card payment
    routine: bool = False  # salary and other income, rent, mortgage, bills
    #: filed as bought from a shop (groceries, electronics, travel…), not paid to a person
    purchase: bool = False

    @property
    def ordinary(self) -> bool:
        return not (self.own or self.routine)

    @property
    def party(self) -> str:
        return self.counterparty or self.name


#: a movement's day and amount, read in C
_DAY = itemgetter(1)
_AMOUNT = itemgetter(2)


@dataclass(frozen=True, slots=True)
class AccountActivity:
    """An account's movements (oldest first, none after ``judged``) and the day it is judged."""

    id: int
    name: str
    currency: str
    judged: date
    movements: Sequence[Movement]
    #: the ordinary ones (:attr:`Movement.ordinary`), taken once: every pattern reads only
    #: them, and each would otherwise sift a year of lines again
    ordinary: Sequence[Movement] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Movement.ordinary spelled out: a property's call, once a line of the year, cost more
        ordinary = [m for m in self.movements if not (m.own or m.routine)]
        object.__setattr__(self, "ordinary", ordinary)


@dataclass(frozen=True, slots=True)
class Rules:
    """The settings that shape these alerts."""

    #: reporting thresholds per currency, in major units
    thresholds: Mapping[str, Decimal]
    #: how many days back from the judged day an occurrence is still news
    window_days: int = 14


def _money(minor: int, currency: str) -> str:
    return money_fact(abs(minor), currency)


@dataclass(frozen=True, slots=True)
class _Scale:
    """One account's yardsticks, in its currency's minor units."""

    threshold: int
    usual: int
    large: int
    notable: int
    window_start: date


def _scale(account: AccountActivity, threshold: Decimal, window_days: int) -> _Scale:
    start = account.judged - timedelta(days=window_days)
    ordinary = account.ordinary  # oldest first: those before the window are its beginning
    before = sorted(map(abs, map(_AMOUNT, ordinary[: bisect_left(ordinary, start, key=_DAY)])))
    usual = before[len(before) * 90 // 100] if len(before) >= USUAL_MIN_MOVEMENTS else 0
    minor = to_minor(threshold, account.currency)
    return _Scale(
        threshold=minor,
        usual=usual,
        large=max(to_minor(threshold * LARGE_FLOOR_SHARE, account.currency),
                  LARGE_USUAL_FACTOR * usual),
        notable=to_minor(threshold * NOTABLE_SHARE, account.currency),
        window_start=start,
    )  # fmt: skip


def _clusters(events: Sequence[Movement], days: int) -> Iterable[list[Movement]]:
    """Runs of ``events`` (oldest first) that fall within ``days`` days of their first, each
    as long as it can be, taken in turn so none shares an event with another."""
    i = 0
    while i < len(events):
        j = i
        while j + 1 < len(events) and (events[j + 1].posted - events[i].posted).days < days:
            j += 1
        yield list(events[i : j + 1])
        i = j + 1


# --- pass-through -----------------------------------------------------------------------------


def _within(first: Movement, then: Movement, hours: int = PASS_HOURS) -> bool:
    """Whether ``then`` happened within ``hours`` after ``first``. When either has no time,
    every day the hours may reach counts: for 48 hours the same day and the two after (money in
    at 22:00 may leave at 21:00 two days later), for 24 the same and the next day."""
    if first.time is None or then.time is None:
        return 0 <= (then.posted - first.posted).days <= hours // 24
    gap = datetime.combine(then.posted, then.time) - datetime.combine(first.posted, first.time)
    return timedelta(0) <= gap <= timedelta(hours=hours)


def _hours(first: Movement, last: Movement) -> int:
    if first.time is None or last.time is None:
        return 24 * ((last.posted - first.posted).days + 1)
    gap = datetime.combine(last.posted, last.time) - datetime.combine(first.posted, first.time)
    return max(1, -(-int(gap.total_seconds()) // 3600))


@dataclass(frozen=True, slots=True)
class _Episode:
    """Money that came in within a day (one wire, or many senders), and what left after it."""

    came: list[Movement]
    went: list[Movement]

    @property
    def incoming(self) -> int:
        return sum(m.amount_minor for m in self.came)

    @property
    def spent(self) -> int:
        return -sum(m.amount_minor for m in self.went)

    @property
    def largest(self) -> Movement:
        return max(self.came, key=lambda m: m.amount_minor)

    @property
    def settlement(self) -> bool:
        """One inflow from the user's own investments, or paid on to settle a debt or a
        purchase only (see the module's docstring)."""
        if len(self.came) != 1:
            return False
        return bool(OWN_INVESTMENTS.search(self.came[0].name)) or all(
            SETTLEMENT.search(m.name) for m in self.went
        )

    def hours(self) -> int:
        """Hours from the inflow whose :data:`PASS_HOURS` the last outflow fell in to it."""
        first, last = self.came[0], self.went[-1]
        return _hours(first if _within(first, last) else self.came[-1], last)

    def around(self, m: Movement) -> bool:
        """From two days before the first money came to two days after the last."""
        first, last = self.came[0], self.came[-1]
        return _within(m, first) or _within(first, m) or _within(last, m)


class _ByDay:
    """An account's ordinary movements (oldest first) with their days, to take the few that can
    fall within hours of a movement without reading the whole lookback for each large inflow."""

    def __init__(self, ordinary: Sequence[Movement]) -> None:
        self.ordinary = ordinary
        self.days = list(map(_DAY, ordinary))

    def between(self, first: date, last: date) -> Sequence[Movement]:
        """The movements posted from ``first`` to ``last``, in their order."""
        return self.ordinary[bisect_left(self.days, first) : bisect_right(self.days, last)]


def _reach(hours: int) -> timedelta:
    """The days ``hours`` after a movement can reach, with or without times of day."""
    return timedelta(days=-(-hours // 24))


def _episode(ordinary: _ByDay, first: Movement, scale: _Scale, used: set[int]) -> _Episode:
    """The money come in within a day of ``first`` and the outflows that may have passed it on:
    only the movements of the days those hours reach are read."""
    came = [
        m for m in ordinary.between(first.posted, first.posted + _reach(POOL_HOURS))
        if m.amount_minor > 0 and m.id not in used and _within(first, m, POOL_HOURS)
    ]  # fmt: skip
    came.sort(key=lambda m: (m.posted, m.time or time.min))
    least = max(scale.usual + 1, sum(m.amount_minor for m in came) // PASS_SHARE_OF_INFLOW)
    went = [
        m for m in ordinary.between(first.posted, came[-1].posted + _reach(PASS_HOURS))
        if -m.amount_minor >= least and m.id not in used
        and (_within(first, m) or _within(came[-1], m))
    ]  # fmt: skip
    return _Episode(came, went)


def _net_around(ordinary: _ByDay, episode: _Episode) -> int:
    """What the ordinary movements around an episode add up to (see :meth:`_Episode.around`)."""
    reach = _reach(PASS_HOURS)
    near = ordinary.between(episode.came[0].posted - reach, episode.came[-1].posted + reach)
    return sum(m.amount_minor for m in near if episode.around(m))


def pass_through(account: AccountActivity, scale: _Scale) -> list[Candidate]:
    """Each large sum come in since the window began that went out again within two days."""
    ordinary = _ByDay(account.ordinary)
    used: set[int] = set()
    out: list[Candidate] = []
    for first in ordinary.between(scale.window_start, date.max):
        if first.amount_minor <= 0 or first.id in used:
            continue
        episode = _episode(ordinary, first, scale, used)
        incoming, spent = episode.incoming, episode.spent
        if incoming < scale.large or spent < PASS_MOST * incoming or episode.settlement:
            continue
        net = _net_around(ordinary, episode)
        day = episode.largest.posted
        if abs(net) > PASS_NEAR * incoming or any(c.date == day for c in out):
            continue  # the money stayed, or went beyond it; one occurrence a day (its key)
        used |= {m.id for m in episode.came + episode.went}
        out.append(
            Candidate(
                Kind.PASS_THROUGH,
                f"pass_through:{account.id}:{day.isoformat()}",
                day,
                Severity.CRITICAL if incoming >= scale.threshold else Severity.WARNING,
                account_id=account.id,
                transaction_id=episode.largest.id,
                amount_minor=incoming,
                currency=account.currency,
                params={
                    "account": account.name,
                    "inflow": _money(incoming, account.currency),
                    "date": day.isoformat(),
                    # "of it": never more than came in (the rest left from money held before)
                    "outflow": _money(min(spent, incoming), account.currency),
                    "hours": str(episode.hours()),
                    "parties": str(len({m.party for m in episode.went})),
                },
            )
        )
    return out


# --- structuring ------------------------------------------------------------------------------


def structuring(account: AccountActivity, scale: _Scale) -> list[Candidate]:
    """Each run of three or more deposits, or of three or more payments, just below the
    threshold within a week, ending since the window began."""
    floor = ceil(JUST_BELOW * scale.threshold)  # whole minor units: no Decimal per movement
    below = [m for m in account.ordinary if floor <= abs(m.amount_minor) < scale.threshold]
    deposits = [m for m in below if m.amount_minor > 0]
    payments = [m for m in below if m.amount_minor < 0]
    out = []
    for run in [*_clusters(deposits, STRUCTURING_DAYS), *_clusters(payments, STRUCTURING_DAYS)]:
        first, last = run[0], run[-1]
        if len(run) < STRUCTURING_COUNT or last.posted < scale.window_start:
            continue
        total = sum(abs(m.amount_minor) for m in run)
        signed = total if first.amount_minor > 0 else -total  # money out is negative, as listed
        out.append(
            Candidate(
                Kind.STRUCTURING,
                f"structuring:{account.id}:{first.posted.isoformat()}:"
                + ("in" if first.amount_minor > 0 else "out"),
                last.posted,
                Severity.CRITICAL,
                account_id=account.id,
                amount_minor=signed,
                currency=account.currency,
                params={
                    "count": str(len(run)),
                    "account": account.name,
                    "first": first.posted.isoformat(),
                    "last": last.posted.isoformat(),
                    "threshold": _money(scale.threshold, account.currency),
                    "total": _money(total, account.currency),
                    "way": "in" if first.amount_minor > 0 else "out",
                },
            )
        )
    return out


# --- late at night ----------------------------------------------------------------------------


def late_night(account: AccountActivity, scale: _Scale) -> list[Candidate]:
    """Each large outflow, no purchase, since the window began at a known time before 05:00."""
    return [
        Candidate(
            Kind.LATE_NIGHT,
            f"late_night:{account.id}:{m.posted.isoformat()}T{m.time:%H:%M}",
            m.posted,
            Severity.WARNING,
            account_id=account.id,
            transaction_id=m.id,
            amount_minor=m.amount_minor,
            currency=account.currency,
            params={
                "amount": _money(m.amount_minor, account.currency),
                "account": account.name,
                "name": m.name or m.counterparty,
                "time": f"{m.time:%H:%M}",
                "date": m.posted.isoformat(),
            },
        )
        for m in account.ordinary
        if m.time is not None
        and m.time < NIGHT_ENDS
        and not m.purchase
        and m.posted >= scale.window_start
        and -m.amount_minor >= scale.large
    ]


# --- new counterparties -----------------------------------------------------------------------


def first_paid(accounts: Sequence[AccountActivity], paid_before: frozenset[str]) -> dict[str, date]:
    """The day each party was first paid, on any account (parties in ``paid_before``, paid
    before the movements begin, are left out: they are not new)."""
    first: dict[str, date] = {}
    for account in accounts:
        for m in account.movements:  # oldest first: a party's first line here is its earliest
            if m.amount_minor >= 0 or m.own:
                continue
            party = m.counterparty or m.name  # Movement.party, read once a line of the year
            if party and party not in paid_before:
                earlier = first.get(party)
                if earlier is None or m.posted < earlier:
                    first[party] = m.posted
    return first


def new_counterparties(
    account: AccountActivity, scale: _Scale, first: Mapping[str, date], history_start: date
) -> list[Candidate]:
    """Each burst since the window began of notable first payments to five or more parties."""
    judged_from = history_start + timedelta(days=HISTORY_DAYS)
    news = [
        m for m in account.ordinary
        if -m.amount_minor >= scale.notable and m.posted >= judged_from
        and first.get(m.party) == m.posted
    ]  # fmt: skip
    out = []
    for run in _clusters(news, BURST_DAYS):
        parties = {m.party for m in run}
        first_day, last_day = run[0].posted, run[-1].posted
        if len(parties) < BURST_COUNT or last_day < scale.window_start:
            continue
        total = -sum(m.amount_minor for m in run)
        out.append(
            Candidate(
                Kind.NEW_COUNTERPARTIES,
                f"new_counterparties:{account.id}:{first_day.isoformat()}",
                last_day,
                Severity.WARNING,
                account_id=account.id,
                amount_minor=-total,
                currency=account.currency,
                params={
                    "account": account.name,
                    "count": str(len(parties)),
                    "days": str((last_day - first_day).days + 1),
                    "first": first_day.isoformat(),
                    "last": last_day.isoformat(),
                    "total": _money(total, account.currency),
                },
            )
        )
    return out


# --- all of them ------------------------------------------------------------------------------


def flagged_activity(
    accounts: Sequence[AccountActivity],
    rules: Rules,
    paid_before: frozenset[str] = frozenset(),
    history_start: date | None = None,
) -> list[Candidate]:
    """Every occurrence of the four patterns that is recent on its account, oldest first.

    ``paid_before``: parties paid before the earliest movement given; ``history_start``: the
    first day the user's imported history covers (the earliest movement when not given).
    """
    starts = [a.movements[0].posted for a in accounts if a.movements]
    if not starts:
        return []
    start = history_start or min(starts)
    first = first_paid(accounts, paid_before)
    out: list[Candidate] = []
    for account in accounts:
        threshold = rules.thresholds.get(account.currency)
        if threshold is None or not account.movements:
            continue
        scale = _scale(account, threshold, rules.window_days)
        out += pass_through(account, scale)
        out += structuring(account, scale)
        out += late_night(account, scale)
        out += new_counterparties(account, scale, first, start)
    return sorted(out, key=lambda c: (c.date, c.key))
