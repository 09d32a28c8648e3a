"""What each account's statements cover: the days finapp knows about, and the holes between.

A household's knowledge ends where its last statement ends, not at today's date: asked on
30 November about statements that end on 31 October, a monthly rent is not "late", it is simply
not imported yet. Everything that judges time (subscription status, "expected but not charged",
lapses, low balance, the dashboard's month) asks :func:`judged_as_of` for the day to judge an
account by.

A statement that states no period (most CSVs) covers the days from its first line to its last,
so two consecutive monthly files leave the days before the second's first line uncovered: a
savings account paid interest on the 31st and next moved on the 18th seems to miss 17 days. A
hole between statements is therefore reported only when it is longer than the account's own
longest quiet spell inside one statement (the most days its files show passing without a line),
and never when a week or less (:data:`GAP_TOLERANCE`): an account that moves twice a month is
not "missing" a fortnight, while a checking account busy every few days that lacks a month is.

A card's monthly list covers its billing cycle, whatever days its lines fall on: 交通银行's
monthly credit-card lists state no period, and a card used a few times a month leaves two
weeks between one list's last line and the next one's first. When every list of a card lies
within one billing cycle, two lists in consecutive cycles leave no hole between them; lists two
cycles apart still do, so a month really missing is reported (:func:`_between_cycles`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import pairwise

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from finapp.core.account_types import AccountType
from finapp.services.open_accounts import closing_days
from finapp.services.read_once import read_once
from finapp.store.schema import (
    Account,
    BalanceSnapshot,
    ImportBatch,
    StatementPeriod,
    Transaction,
)

#: Days between two statements that are not called a gap: a week without lines is ordinary
#: where the period comes from the first and last line rather than from stated dates.
GAP_TOLERANCE = timedelta(days=7)
#: An account with fewer lines than one per this many days is quiet for weeks as a matter of
#: course: a hole its stated balances bridge is none (:func:`_not_bridged`).
SPARSE_PACE = timedelta(days=7)
#: How many statements of a card must each lie within one billing cycle before its lists are
#: taken as cycles: with one or two, a download of any few weeks would pass for a cycle.
CYCLE_LISTS = 3
#: How many lines a card's own pace must put in a hole between two cycles' lists for the hole
#: to be a list cut short rather than the quiet end of a cycle (a card used a few times a
#: month goes two weeks without a line; one used every other day does not).
CUT_SHORT_LINES = 3
#: The days of the month a card's billing cycle may start on (its statement day, 1 to 28).
_CYCLE_STARTS = range(1, 29)


#: A run of days, first and last included.
Span = tuple[date, date]


@dataclass(frozen=True, slots=True)
class Coverage:
    """The days one account's imported statements cover."""

    account_id: int
    covered_from: date
    covered_until: date
    #: holes between statements, each as (first missing day, last missing day)
    gaps: tuple[Span, ...]
    last_import: datetime | None
    #: the day the user closed the account (None: open): from it, nothing more is to come
    closed_on: date | None = None


def _merged(periods: list[Span], quiet: timedelta = GAP_TOLERANCE) -> tuple[list[Span], list[Span]]:
    """Periods joined where they overlap or the days between them are no more than ``quiet``;
    returns (spans, gaps between them)."""
    spans: list[Span] = []
    for start, end in sorted(periods):
        if spans and start <= spans[-1][1] + max(quiet, GAP_TOLERANCE):
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    gaps = [
        (before[1] + timedelta(days=1), after[0] - timedelta(days=1))
        for before, after in pairwise(spans)
    ]
    return spans, gaps


def coverage_by_account(session: Session) -> dict[int, Coverage]:
    """Every account with at least one statement period, by account id (read once while alerts
    are evaluated, where most checks ask: see :mod:`finapp.services.read_once`)."""
    return read_once(session, "coverage", lambda: _coverage(session))


def _coverage(session: Session) -> dict[int, Coverage]:
    periods: dict[int, list[Span]] = defaultdict(list)
    for account_id, start, end in session.execute(
        select(StatementPeriod.account_id, StatementPeriod.start, StatementPeriod.end)
    ):
        periods[account_id].append((start, end))
    last_imports = dict(
        session.execute(
            select(StatementPeriod.account_id, func.max(ImportBatch.imported_at))
            .join(ImportBatch, ImportBatch.id == StatementPeriod.batch_id)
            .group_by(StatementPeriod.account_id)
        ).all()
    )
    closed = closing_days(session)
    gapped = [account_id for account_id, spans in periods.items() if _merged(spans)[1]]
    quiet = _longest_quiet_spells(session, gapped, periods)
    cards = _cards(session, gapped)
    found = {}
    for account_id, spans_in in periods.items():
        spans, gaps = _merged(spans_in, quiet.get(account_id, GAP_TOLERANCE))
        if gaps and account_id in cards:
            days = (spans[-1][1] - spans[0][0]).days + 1
            gaps = _between_cycles(gaps, spans_in, cards[account_id] / days)
        if gaps:
            gaps = _not_bridged(session, account_id, gaps, (spans[0][0], spans[-1][1]))
        found[account_id] = Coverage(
            account_id=account_id,
            covered_from=spans[0][0],
            covered_until=spans[-1][1],
            gaps=tuple(gaps),
            last_import=last_imports.get(account_id),
            closed_on=closed.get(account_id),
        )
    return found


def _cards(session: Session, accounts: list[int]) -> dict[int, int]:
    """Which of ``accounts`` are credit cards, each with its number of lines (read only for
    accounts whose statements leave a hole)."""
    if not accounts:
        return {}
    query = (
        select(Account.id, func.count(Transaction.id))
        .join(Transaction, Transaction.account_id == Account.id)
        .where(Account.id.in_(accounts), Account.type == AccountType.CREDIT_CARD)
        .group_by(Account.id)
    )
    return {account_id: int(lines) for account_id, lines in session.execute(query)}


def _cycle(day: date, first_day: int) -> int:
    """The billing cycle holding ``day`` (counted in months) when cycles start on the
    ``first_day`` of each month."""
    months = day.year * 12 + day.month - 1
    return months if day.day >= first_day else months - 1


def _between_cycles(gaps: list[Span], periods: list[Span], pace: float) -> list[Span]:
    """The holes of a card's statements that are holes whatever its billing cycle: when each of
    :data:`CYCLE_LISTS` or more statements lies within one cycle for the cycle starts that
    fit them all, a hole between two lines of consecutive cycles is the end of one cycle and
    the start of the next, quiet on the card (交通银行's lists: 2025-10-20 – 2025-11-04 between
    October's last line and November's first). A hole is kept when, by some cycle start that
    fits, its two sides are two cycles apart or more (a list is missing), or when the card's
    ``pace`` (lines a day) would have put :data:`CUT_SHORT_LINES` in it (a list cut short).
    With no cycle start fitting every statement (a download of several months, a period
    stated across cycles), the holes stay as they are."""
    if len(periods) < CYCLE_LISTS:
        return gaps
    starts = [
        first
        for first in _CYCLE_STARTS
        if all(_cycle(start, first) == _cycle(end, first) for start, end in periods)
    ]
    if not starts:
        return gaps
    day = timedelta(days=1)
    return [
        (first, last)
        for first, last in gaps
        if ((last - first).days + 1) * pace >= CUT_SHORT_LINES
        or any(_cycle(last + day, c) - _cycle(first - day, c) > 1 for c in starts)
    ]


def _not_bridged(session: Session, account_id: int, gaps: list[Span], covered: Span) -> list[Span]:
    """The holes of an account moving less than once a week that no stated balances bridge: a
    hole is none when the balance a statement stated before it, plus the lines stored from
    then to the balance the next one stated after it, comes to that balance, so no money moved
    in the hole that finapp lacks.

    A Venmo statement states no period and a wallet paid into once a month and paying a friend
    once lies quiet for weeks: its statements, downloaded every month, seemed to miss
    2025-10-09 – 2025-11-04 although the next statement's balance carried on from the last.
    An account busier than that quiet for a month is told of whatever its balances say: a month
    of its lines netting to nothing is likelier than a month without any."""
    lines = session.scalar(select(func.count()).where(Transaction.account_id == account_id))
    if (lines or 0) * SPARSE_PACE.days > (covered[1] - covered[0]).days:
        return gaps
    stated = [
        (day, amount)
        for day, amount in session.execute(
            select(BalanceSnapshot.as_of, BalanceSnapshot.amount_minor)
            .where(BalanceSnapshot.account_id == account_id, BalanceSnapshot.kind == "ledger")
            .order_by(BalanceSnapshot.as_of)
        )
    ]
    if len(stated) < 2:
        return gaps
    return [gap for gap in gaps if not _bridged(session, account_id, gap, stated)]


def _bridged(session: Session, account_id: int, gap: Span, stated: list[tuple[date, int]]) -> bool:
    """Whether the balances stated on either side of ``gap`` differ by the lines stored
    between them (a balance is the day's closing one: lines on its day are in it)."""
    before = [(day, amount) for day, amount in stated if day < gap[0]]
    after = [(day, amount) for day, amount in stated if day > gap[1]]
    if not before or not after:
        return False
    (since, opening), (until, closing) = before[-1], after[0]
    moved = session.scalar(
        select(func.coalesce(func.sum(Transaction.amount_minor), 0)).where(
            Transaction.account_id == account_id,
            Transaction.posted > since,
            Transaction.posted <= until,
        )
    )
    return opening + (moved or 0) == closing


def _longest_quiet_spells(
    session: Session, accounts: list[int], periods: dict[int, list[Span]]
) -> dict[int, timedelta]:
    """For each of ``accounts``, the longest run between two days with lines inside one of its
    statements (the second day less the first, as the gap between statements is measured):
    how long the account goes quiet as a matter of course. Read only for accounts whose
    statements leave a hole, so most listings read no lines."""
    if not accounts:
        return {}
    days: dict[int, list[date]] = defaultdict(list)
    for account_id, day in session.execute(
        select(Transaction.account_id, Transaction.posted)
        .where(Transaction.account_id.in_(accounts))
        .group_by(Transaction.account_id, Transaction.posted)
        .order_by(Transaction.account_id, Transaction.posted)
    ):
        days[account_id].append(day)
    longest = {}
    for account_id, posted in days.items():
        spans = periods[account_id]
        inside = [
            after - before
            for before, after in pairwise(posted)
            if any(start <= before and after <= end for start, end in spans)
        ]
        longest[account_id] = max(inside, default=GAP_TOLERANCE)
    return longest


def statements_end(coverage: Coverage, as_of: date) -> date:
    """Where the account's statements end, never later than ``as_of``: what they tell of the
    household's days, closed account or not (closing it tells nothing of the days after)."""
    return min(coverage.covered_until, as_of)


def judged_as_of(coverage: Coverage | None, as_of: date) -> date:
    """The day to judge an account by: where its statements end, never later than ``as_of``.

    An account without statements (entered by hand) is judged as of ``as_of``, and so is one
    the user closed on or before it: its statements are complete, nothing is still to come, so
    a subscription it no longer pays has stopped rather than not been imported yet.
    """
    if coverage is None or (coverage.closed_on is not None and coverage.closed_on <= as_of):
        return as_of
    return statements_end(coverage, as_of)
