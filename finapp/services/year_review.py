"""The year in review: one calendar year's income, spending, largest purchases, subscriptions,
savings rate and net worth change, for ``finapp report --year`` and the app's Year in review.

**The year is the sum of its months.** Income, spending and transfers are classified once, by
:func:`finapp.services.month_report.classified_sums` over the year's days; each month's figures
are that month's rows, so a month here equals ``finapp report --month`` of it and the year adds
its months up (transfers between own accounts are neither income nor spending).

**A year not over is reviewed as of the day its statements reach** (``as_of``): never a day
to come. A past year is as of 31 December; the current one as of where its latest statement ends
(today at the latest), so it never claims a balance or a rate on a day that has not happened.

**One currency.** Each currency keeps its own figures; the household's are converted to the
base currency at the rates in force on ``as_of`` (every month at those same rates, so the
months' bars add up to the year), a currency without a rate left out and named, as the
month report's ``converted`` block does (:func:`finapp.services.household_totals.convert_totals`).
The savings rate is (income − spending) / income of those converted totals, and only when
nothing is left out: a currency whose income or spending has no rate leaves the household
without a savings rate (:attr:`YearReview.left_out` says what is missing). A rate over part of
the money says nothing of the whole: a student paying tuition and rent in dollars from yuan
his family sends read "98.5%" of the yuan alone, and each currency's own rate would mislead as
well, since money crosses between them as transfers (a wire from yuan to dollars).

**Largest purchases** are ranked by their value in the base currency where a rate converts
them; a currency without a rate cannot be ranked with the others, so its own largest follow,
by their own amount (the dollars' tuition is listed though the dollars have no yuan rate).

**Subscriptions** come from the stored rows read as the audit reads them
(:func:`finapp.services.subscription_audit.subscription_facts` as of ``as_of``): those whose
first charge fell in the year (a billing period or more after their account's statements
begin: an earlier charge would have shown) and those cancelled in it
(:func:`finapp.core.subscription_audit.annual_review`), as the annual review tells them: a
cancellation charged again since saves nothing yet and is told with those charges, and a
subscription that stopped charging in the year without being marked cancelled is told apart,
as finapp's reading of the statements. Those two are judged on every charge the store holds,
those after the year too, as ``finapp subscriptions annual-review`` judges them (a December
cancellation charged in January saves nothing). **Price increases** are the alerts'
own (:func:`finapp.services.subscription_audit.year_price_rises`), with what each
costs a year: the review lists every rise of the year the alerts told or would have told, the
first charge at the new price included, and never a metered bill's dearer month.

**Net worth change** is read from :func:`finapp.services.net_worth.net_worth`: from the end of
the previous December to the end of this December (to ``as_of`` in a year not over), or, where
the balances finapp knows start or stop within the year, between the first and last month ends
it has in the year; ``start`` and ``end`` say which days were used.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import TypedDict

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from finapp.core import subscription_audit as audit_core
from finapp.core.cadence import BY_NAME
from finapp.core.category_kinds import CategoryKind
from finapp.core.conversion import RateBook
from finapp.core.conversion import Total as Converted
from finapp.core.dates import MAX_DATE
from finapp.core.money import from_minor
from finapp.core.subscription_states import SPENDING_KINDS, StreamKind, UserState
from finapp.errors import InvalidInputError
from finapp.services.categories import category_paths
from finapp.services.household_totals import HouseholdTotals, convert_totals
from finapp.services.month_report import (
    UNCATEGORIZED,
    CategoryAmount,
    Total,
    classified_sums,
    currency_totals,
    data_span,
    settled_spending,
)
from finapp.services.net_worth import MonthWorth, net_worth
from finapp.services.payee_names import StoreNames
from finapp.services.rates import base_currency, rate_book
from finapp.services.subscription_audit import subscription_facts, year_price_rises
from finapp.store.engine import Store
from finapp.store.schema import Account, Category, Transaction

#: how many of the year's largest purchases are listed
LARGEST = 10


@dataclass(frozen=True, slots=True)
class MonthFigures:
    """One month of the year: each currency's totals, and income and spending converted."""

    month: str  # YYYY-MM
    totals: tuple[Total, ...]
    income: Converted
    spending: Converted


@dataclass(frozen=True, slots=True)
class CategorySpending:
    """What one category (its full path) cost over the year, converted."""

    category: str
    spent: Converted


@dataclass(frozen=True, slots=True)
class Purchase:
    """One of the year's largest purchases; ``converted`` is its value in the base currency
    (its ``missing`` names the currency when no rate converts it)."""

    id: int
    posted: date
    payee: str
    category: str
    account: str
    currency: str
    amount: Decimal  # positive: money out
    converted: Converted


@dataclass(frozen=True, slots=True)
class SubscriptionYear:
    """A subscription started or cancelled in the year, and what it costs a year."""

    id: int
    name: str
    currency: str
    on: date  # its first charge, or the day it was cancelled
    per_year: Decimal


@dataclass(frozen=True, slots=True)
class ChargedAgain:
    """A subscription cancelled in the year that the merchant charged again on or after that
    day: it saves nothing yet, and each charge since is told."""

    id: int
    name: str
    currency: str
    on: date  # the day the user cancelled it
    per_year: Decimal  # what it would save a year once the charges stop
    charges: tuple[tuple[date, Decimal], ...]  # (posted, amount) since ``on``, oldest first


@dataclass(frozen=True, slots=True)
class StoppedCharging:
    """A subscription whose charges stopped in the year though the user never marked it
    cancelled: what the statements show, not what the user said."""

    id: int
    name: str
    currency: str
    last_charge: date
    last_amount: Decimal
    per_year: Decimal  # what it no longer costs a year


@dataclass(frozen=True, slots=True)
class PriceIncrease:
    id: int
    name: str
    currency: str
    on: date
    old: Decimal
    new: Decimal
    extra_per_year: Decimal


@dataclass(frozen=True, slots=True)
class NetWorthChange:
    """Net worth at ``start`` and ``end`` (month ends, or the review's ``as_of`` for the month
    not over), in the base currency at each day's rates; ``whole_year`` when they are the
    previous December's end and this December's."""

    start: MonthWorth
    end: MonthWorth
    #: accounts left out of both figures because finapp knows no balance of theirs (a Monzo
    #: export states none, nor does an Amex download): said beside the figures, never silent
    no_balance: tuple[str, ...] = ()

    @property
    def change(self) -> Converted:
        first, last = self.start.total, self.end.total
        missing = {**first.missing, **last.missing}
        return Converted(last.currency, last.minor - first.minor, last.parts, missing)

    @property
    def whole_year(self) -> bool:
        year = self.end.month_end.year
        return self.start.month_end == date(year - 1, 12, 31) and self.end.month_end == date(
            year, 12, 31
        )


@dataclass(frozen=True, slots=True)
class YearReview:
    year: int
    #: the day the figures are as of: 31 December, or in a year not over where its statements end
    as_of: date
    currency: str  # the base currency the converted figures are in
    first_month: str | None  # the first and last months of the year with data
    last_month: str | None
    totals: tuple[Total, ...]  # each currency's own
    converted: HouseholdTotals  # the year's totals at the rates of ``as_of``
    months: tuple[MonthFigures, ...]  # January to December
    categories: tuple[CategoryAmount, ...]  # each currency's own, spent most first
    by_category: tuple[CategorySpending, ...]  # converted, spent most first
    largest: tuple[Purchase, ...]
    subscriptions_paid: tuple[CategoryAmount, ...]  # subscriptions and bills paid, per currency
    started: tuple[SubscriptionYear, ...]
    cancelled: tuple[SubscriptionYear, ...]
    #: cancelled in the year, yet charged again since: they save nothing yet
    charged_again: tuple[ChargedAgain, ...]
    #: stopped charging in the year without being marked cancelled
    stopped: tuple[StoppedCharging, ...]
    increases: tuple[PriceIncrease, ...]
    net_worth: NetWorthChange | None

    @property
    def left_out(self) -> tuple[Total, ...]:
        """Each currency's own totals left out of the converted ones for want of a rate on
        ``as_of`` (only those with income or spending in the year)."""
        missing = set(self.converted.missing)
        return tuple(t for t in self.totals if t.currency in missing)

    @property
    def savings_rate(self) -> Decimal | None:
        """(income − spending) / income in percent, one decimal; None without income, and None
        when a currency's money is left out (:attr:`left_out`): the rest is not the year."""
        income = self.converted.income.minor
        if income <= 0 or self.left_out:
            return None
        saved = Decimal(income - self.converted.spending.minor) * 100 / income
        return saved.quantize(Decimal("0.1"))

    @property
    def cancellations(self) -> tuple[SubscriptionYear | ChargedAgain, ...]:
        """Every subscription cancelled in the year, by day: those that save
        (:attr:`cancelled`) and those charged again since (:attr:`charged_again`) alike."""
        return tuple(sorted((*self.cancelled, *self.charged_again), key=lambda c: (c.on, c.id)))

    @property
    def missing(self) -> list[str]:
        """Currencies left out of the converted figures for want of a rate on ``as_of``."""
        return sorted(
            set(self.converted.missing).union(*(c.spent.missing for c in self.by_category))
        )


def years_with_data(store: Store, as_of: date | None = None) -> list[int]:
    """The calendar years the household's data covers, latest first (none before an import)."""
    span = data_span(store, as_of)
    if span is None:
        return []
    return list(range(span.until.year, span.first_month.year - 1, -1))


def reviewed_until(store: Store, year: int, today: date) -> date:
    """The day ``year`` is reviewed as of: its 31 December once past, else the day its
    statements reach (today at the latest, and in the year)."""
    last = date(year, 12, 31)
    if today > last:
        return last
    span = data_span(store, today)
    reached = span.until if span is not None else today
    return max(date(year, 1, 1), min(reached, last))


def year_review(
    store: Store, year: int, *, currency: str | None = None, today: date | None = None
) -> YearReview:
    """The review of ``year`` in ``currency`` (default: the base currency) as known ``today``
    (default: the calendar's)."""
    if not 1 <= year <= 9998:
        raise InvalidInputError(f"Not a year: {year}")
    first, last = date(year, 1, 1), date(year, 12, 31)
    as_of = reviewed_until(store, year, today or date.today())
    in_year = (Transaction.posted >= first, Transaction.posted <= last)
    with store.read() as session:
        currency = (currency or "").strip().upper() or base_currency(session)
        book = rate_book(session, as_of)
        sums = classified_sums(session, *in_year)
        largest = _largest(session, book, currency, first, last)
        facts = subscription_facts(session, as_of)
        # every charge held: one after the year tells a cancellation charged again, or a
        # subscription that went on charging, as the annual review reads them
        held = subscription_facts(session, MAX_DATE)
        rises = year_price_rises(session, year, as_of)
        history = dict(
            session.execute(
                select(Account.name, func.min(Transaction.posted))
                .join(Transaction, Transaction.account_id == Account.id)
                .group_by(Account.name)
            ).all()
        )
    by_month: dict[str, list[tuple[str, str, str, str, int]]] = defaultdict(list)
    for row in sums:
        by_month[row[0]].append(row)
    with_data = sorted(by_month)
    totals = tuple(currency_totals(sums))
    months = []
    for number in range(1, 13):
        key = f"{year}-{number:02d}"
        converted = convert_totals(currency_totals(by_month[key]), as_of, currency, book)
        months.append(
            MonthFigures(key, converted.by_currency, converted.income, converted.spending)
        )
    spent = _spent(sums)
    return YearReview(
        year=year,
        as_of=as_of,
        currency=currency,
        first_month=with_data[0] if with_data else None,
        last_month=with_data[-1] if with_data else None,
        totals=totals,
        # the rates are those in force on ``as_of`` (the latest on or before it), and the
        # figures say so: not the month end after it, which a month report's would name
        converted=replace(convert_totals(totals, as_of, currency, book), rates_on=as_of),
        months=tuple(months),
        categories=tuple(
            CategoryAmount(category, code, from_minor(minor, code))
            for (category, code), minor in sorted(spent.items(), key=lambda i: (-i[1], i[0]))
        ),
        by_category=_by_category(spent, book, currency),
        largest=largest,
        subscriptions_paid=_paid(facts, year),
        **_subscriptions(facts, held, year, history, rises),
        net_worth=_net_worth_change(store, year, currency, as_of),
    )


def _spent(sums: list[tuple[str, str, str, str, int]]) -> dict[tuple[str, str], int]:
    """What each (category path, currency) cost: spending only, a refund lowering its own
    category's month, each month settled as the month report settles it."""
    return settled_spending(sums)


def _by_category(
    spent: dict[tuple[str, str], int], book: RateBook, currency: str
) -> tuple[CategorySpending, ...]:
    per_category: dict[str, dict[str, int]] = defaultdict(dict)
    for (category, code), minor in spent.items():
        per_category[category][code] = minor
    rows = [
        CategorySpending(category, book.total(amounts, currency))
        for category, amounts in per_category.items()
    ]
    return tuple(sorted(rows, key=lambda r: (-r.spent.minor, r.category)))


def _largest(
    session: Session, book: RateBook, currency: str, first: date, last: date
) -> tuple[Purchase, ...]:
    """The year's largest purchases by their value in ``currency``.

    A purchase is money out that :func:`~finapp.services.month_report.classified_sums` counts as
    spending: not a transfer, its category neither income nor transfer. Each currency's largest
    are read, then those a rate converts are ranked together by converted value; a currency
    without a rate cannot be ranked with them, so its own largest follow, by its own amount,
    each such currency apart (alphabetically): a purchase is never left out for want of a
    rate."""
    paths = category_paths(session)
    accounts = dict(session.execute(select(Account.id, Account.name)).all())
    spending = (
        Transaction.posted >= first,
        Transaction.posted <= last,
        Transaction.amount_minor < 0,
        Transaction.is_transfer.is_(False),
        or_(
            Category.id.is_(None),
            Category.kind.not_in((CategoryKind.INCOME, CategoryKind.TRANSFER)),
        ),
    )
    codes = session.scalars(
        select(Transaction.currency)
        .outerjoin(Category, Category.id == Transaction.category_id)
        .where(*spending)
        .group_by(Transaction.currency)
    ).all()
    ranked: list[Purchase] = []
    apart: dict[str, list[Purchase]] = defaultdict(list)
    names = StoreNames(session)  # the names the app shows ("Payment to J Chen"), not the bank's
    for code in codes:
        rows = session.execute(
            select(Transaction)
            .outerjoin(Category, Category.id == Transaction.category_id)
            .where(*spending, Transaction.currency == code)
            .order_by(Transaction.amount_minor, Transaction.posted, Transaction.id)
            .limit(LARGEST)
        ).scalars()
        for txn in rows:
            value = book.total({code: -txn.amount_minor}, currency)
            (apart[code] if value.missing else ranked).append(
                Purchase(
                    txn.id,
                    txn.posted,
                    names.of_line(txn.id) or txn.payee,
                    UNCATEGORIZED if txn.category_id is None else paths[txn.category_id],
                    accounts.get(txn.account_id, ""),
                    code,
                    from_minor(-txn.amount_minor, code),
                    value,
                )
            )
    ranked.sort(key=lambda p: (-p.converted.minor, p.posted, p.id))
    return (*ranked[:LARGEST], *(p for code in sorted(apart) for p in apart[code]))


def _paid(facts: list[audit_core.SubscriptionFacts], year: int) -> tuple[CategoryAmount, ...]:
    """What subscriptions and bills took in the year per currency, as a month report counts
    them (dismissed ones were never subscriptions)."""
    paid: dict[str, int] = defaultdict(int)
    for item in facts:
        if item.kind in SPENDING_KINDS and item.user_state != UserState.DISMISSED:
            for posted, amount in item.charges:
                if posted.year == year:
                    paid[item.currency] -= amount
    return tuple(
        CategoryAmount("Subscriptions", code, from_minor(minor, code))
        for code, minor in sorted(paid.items())
    )


class _SubscriptionsMet(TypedDict):
    """The year's subscription events, as :class:`YearReview` takes them."""

    started: tuple[SubscriptionYear, ...]
    cancelled: tuple[SubscriptionYear, ...]
    charged_again: tuple[ChargedAgain, ...]
    stopped: tuple[StoppedCharging, ...]
    increases: tuple[PriceIncrease, ...]


def _subscriptions(
    facts: list[audit_core.SubscriptionFacts],
    held: list[audit_core.SubscriptionFacts],
    year: int,
    history: dict[str, date],
    rises: tuple[audit_core.Increase, ...],
) -> _SubscriptionsMet:
    """Started, cancelled (saving, or charged again since), stopped charging and price
    increases met in ``year``.

    A subscription started in the year when its first charge fell in it at least one billing
    period after its account's transactions begin (``history``: each account's first day):
    a charge in the first month of the statements may renew one paid before them. What ended
    is the annual review's, read from ``held``: every charge the store holds."""
    review = audit_core.annual_review(held, year, rises)
    started = [
        SubscriptionYear(
            f.id,
            f.name,
            f.currency,
            f.started,
            from_minor(audit_core.annual_minor(f), f.currency),
        )
        for f in facts
        if f.kind == StreamKind.SUBSCRIPTION
        and f.user_state != UserState.DISMISSED
        and f.started is not None
        and f.started.year == year
        and _seen_start(f, f.started, history)
    ]
    return {
        "started": tuple(sorted(started, key=lambda s: (s.on, s.id))),
        "cancelled": tuple(
            SubscriptionYear(c.id, c.name, c.currency, c.on, from_minor(c.annual_minor, c.currency))
            for c in review.cancelled
        ),
        "charged_again": tuple(_charged_again(c) for c in review.cancelled_yet_charged),
        "stopped": tuple(
            StoppedCharging(
                s.id,
                s.name,
                s.currency,
                s.last_charge,
                from_minor(s.last_minor, s.currency),
                from_minor(s.annual_minor, s.currency),
            )
            for s in review.stopped
        ),
        "increases": tuple(
            PriceIncrease(
                i.id,
                i.name,
                i.currency,
                i.date,
                from_minor(i.old_minor, i.currency),
                from_minor(i.new_minor, i.currency),
                from_minor(i.extra_annual_minor, i.currency),
            )
            for i in review.increases
        ),
    }


def _charged_again(item: audit_core.CancelledYetCharged) -> ChargedAgain:
    return ChargedAgain(
        item.id,
        item.name,
        item.currency,
        item.on,
        from_minor(item.annual_minor, item.currency),
        tuple((day, from_minor(minor, item.currency)) for day, minor in item.charges),
    )


def _seen_start(facts: audit_core.SubscriptionFacts, first: date, history: dict[str, date]) -> bool:
    """Whether ``first`` is when it started, not just when the statements begin to show it."""
    begins = history.get(facts.account) if facts.account else None
    period = BY_NAME.get(facts.cadence, BY_NAME["monthly"]).days
    return begins is None or (first - begins).days >= period


def _net_worth_change(store: Store, year: int, currency: str, as_of: date) -> NetWorthChange | None:
    """From the previous December's end (else the year's first month end known) to this
    December's (else the last known in the year, ``as_of`` for a month not over: its
    balances are where the statements end); None with fewer than two month ends."""
    worth = net_worth(store, currency=currency)
    months = worth.months
    within = [m for m in months if m.month_end.year == year]
    before = [m for m in months if m.month_end == date(year - 1, 12, 31)]
    ends = before + within
    if len(ends) < 2:
        return None
    end = ends[-1]
    if end.month_end > as_of:
        end = replace(end, month_end=as_of)
    return NetWorthChange(ends[0], end, worth.no_balance)
