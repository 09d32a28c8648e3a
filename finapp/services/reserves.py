"""Reserves: the emergency fund and where the household's liquid money is held.

**Liquid money** is the balance of each checking, savings, payment-app and cash account at the
end of the day it is judged (where its statements end, never after the day asked; see
:func:`finapp.services.coverage.judged_as_of`), from the balances finapp knows
(:mod:`finapp.services.balances`). Credit cards and loans are never liquid: their balance is
money owed. An account without a known balance cannot be counted and is listed as such.

**Monthly essential spending** is what went out, net of refunds, in the essential categories
(:data:`ESSENTIAL_CATEGORIES` and their children) on any account, cards included (rent paid by
card is still rent), averaged over the last :data:`MONTHS_AVERAGED` full calendar months the
statements cover. A detected **bill** stream's lines count too when they are filed nowhere that
says what they were for (uncategorised, or only "Person to Person"): rent paid by Zelle, a
health-insurance premium or a mortgage the rules do not know are the largest essentials of all,
and leaving them out made a month of cover look like seven. A line filed under an essential
category is counted by its category alone, never twice; one the user filed elsewhere (a
"bill" they call Shopping) is theirs to judge and not counted. Six months hold two payments of
a quarterly insurance premium and both a winter and a milder month of heating, yet follow a
move or a new rent within half a year; fewer months are used when the statements do not reach
that far back, and the current, partial month never counts (it would make spending look smaller
than it is).

Both are in the household's main currency (:func:`finapp.services.settings.main_currency_of`);
money in other currencies is listed apart, never converted at an invented rate.

**Where money is held** compares institutions within a currency; whether a large share is
worth a note also weighs its size against all the liquid money, converted with the user's own
rates (see :func:`institution_shares`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from finapp.core.account_types import AccountType
from finapp.core.health import months_covered
from finapp.core.money import from_minor
from finapp.core.stream_groups import unfiled
from finapp.core.subscription_states import StreamKind, UserState
from finapp.services.balances import carried, known_balances, nearest_known
from finapp.services.categories import category_paths
from finapp.services.coverage import coverage_by_account, judged_as_of, statements_end
from finapp.services.open_accounts import open_on
from finapp.services.rates import base_currency, rate_book
from finapp.services.settings import Settings, load_settings, main_currency_of
from finapp.store.category_lines import SPLIT_SOURCE, category_sums
from finapp.store.category_paths import SEPARATOR
from finapp.store.engine import Store
from finapp.store.schema import Account, Subscription, SubscriptionMember, Transaction

LIQUID_TYPES = (
    AccountType.CHECKING,
    AccountType.SAVINGS,
    AccountType.PAYMENT_APP,
    AccountType.CASH,
)
ESSENTIAL_CATEGORIES = (
    "Housing", "Bills & Utilities", "Food:Groceries", "Insurance", "Transport", "Health",
)  # fmt: skip
MONTHS_AVERAGED = 6
#: the share of all liquid money (in the base currency) below which no institution is noted
MATERIAL_SHARE = 10


@dataclass(frozen=True, slots=True)
class LiquidBalance:
    """A liquid account's balance on the day it is judged; None when none is known."""

    account_id: int
    account: str
    institution: str
    currency: str
    balance_minor: int | None
    as_of: date


@dataclass(frozen=True, slots=True)
class EmergencyFund:
    """Months of essential spending the liquid money in the main currency would cover."""

    currency: str
    liquid_minor: int
    monthly_minor: int
    #: None when no liquid balance in the currency is known, or no full month of essential
    #: spending to divide by
    months: Decimal | None
    target_months: int
    #: the first day of each month averaged, oldest first
    months_averaged: tuple[date, ...]
    #: liquid money in other currencies, by currency (not converted, not counted)
    other_currencies: dict[str, int]
    #: liquid accounts whose balance is not known (not counted)
    unknown_balances: tuple[str, ...]
    #: the day of the oldest balance counted (where its statements end): a month-old one is
    #: told with its day, not as the money held today (None: none counted)
    balances_on: date | None = None

    @property
    def below_target(self) -> bool:
        return self.months is not None and self.months < self.target_months

    def as_json(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "liquid": str(from_minor(self.liquid_minor, self.currency)),
            "monthly_essentials": str(from_minor(self.monthly_minor, self.currency)),
            "months": None if self.months is None else str(self.months),
            "target_months": self.target_months,
            "below_target": self.below_target,
            "months_averaged": [f"{m:%Y-%m}" for m in self.months_averaged],
            "other_currencies": {
                code: str(from_minor(minor, code)) for code, minor in self.other_currencies.items()
            },
            "unknown_balances": list(self.unknown_balances),
            "balances_on": None if self.balances_on is None else self.balances_on.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class InstitutionShare:
    """How much of the liquid money in one currency one institution holds."""

    institution: str
    currency: str
    amount_minor: int
    #: whole percent of the currency's liquid money (negative balances count as none)
    percent: int
    #: more than the ``institution_share_limit`` setting: worth spreading
    over_limit: bool
    #: the day of its oldest balance counted (where its statements end)
    balance_on: date | None = None
    #: the names of the accounts it holds them in: an institution named as one of them (a
    #: "Bank of America" account at Bank of America) is shown as that account is
    accounts: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "institution": self.institution,
            "currency": self.currency,
            "amount": str(from_minor(self.amount_minor, self.currency)),
            "percent": self.percent,
            "over_limit": self.over_limit,
            "balance_on": None if self.balance_on is None else self.balance_on.isoformat(),
        }


def liquid_balances(session: Session, as_of: date) -> list[LiquidBalance]:
    """Each liquid account's balance where its statements end (never after ``as_of``)."""
    known = known_balances(session)
    coverage = coverage_by_account(session)
    out = []
    accounts = session.scalars(
        select(Account).where(Account.type.in_(LIQUID_TYPES), open_on(as_of)).order_by(Account.name)
    )
    for account in accounts:
        day = judged_as_of(coverage.get(account.id), as_of)
        anchor = nearest_known(known.get(account.id, []), day)
        balance = None if anchor is None else carried(session, account.id, anchor, day)
        institution = account.institution.strip() or account.name
        out.append(
            LiquidBalance(account.id, account.name, institution, account.currency, balance, day)
        )
    return out


def full_months(session: Session, as_of: date) -> list[date]:
    """The last :data:`MONTHS_AVERAGED` calendar months wholly inside the statements' days
    (a closed account's end where they do: closing it tells nothing of the months after)."""
    spans = [
        (c.covered_from, statements_end(c, as_of)) for c in coverage_by_account(session).values()
    ]
    if not spans:
        return []
    first, last = min(s for s, _ in spans), max(e for _, e in spans)
    month = (last + timedelta(days=1)).replace(day=1)  # the month after the last full one
    months: list[date] = []
    while len(months) < MONTHS_AVERAGED:
        month = (month - timedelta(days=1)).replace(day=1)
        if month < first:
            break
        months.append(month)
    return sorted(months)


def essential_category_ids(session: Session) -> set[int]:
    """The ids of :data:`ESSENTIAL_CATEGORIES` and of every category under them, from one read
    of the category tree (every alert check asks)."""
    under = tuple(path + SEPARATOR for path in ESSENTIAL_CATEGORIES)
    return {
        cid
        for cid, path in category_paths(session).items()
        if path in ESSENTIAL_CATEGORIES or path.startswith(under)
    }


def monthly_essentials(session: Session, as_of: date, currency: str) -> tuple[int, list[date]]:
    """Average net essential spending a month in ``currency`` and the months averaged."""
    months = full_months(session, as_of)
    if not months:
        return 0, []
    days = (
        Transaction.currency == currency,
        Transaction.is_transfer.is_(False),
        Transaction.posted >= months[0],
        Transaction.posted <= _month_end(months[-1]),
    )
    filed = session.scalar(  # a split line's essential parts count, its others not
        category_sums(lambda _line: (), *days, categories=essential_category_ids(session))
    )
    net = int(filed or 0) + _unfiled_bills(session, days)
    return max(-net, 0) // len(months), months


def _unfiled_bills(session: Session, days: tuple[ColumnElement[bool], ...]) -> int:
    """The money of detected bill streams' lines among ``days`` that no category says the
    purpose of (each line once, however many streams hold it; a split line is filed)."""
    unfiled_ids = [cid for cid, path in category_paths(session).items() if unfiled(path)]
    bills = (
        select(SubscriptionMember.transaction_id)
        .join(Subscription, Subscription.id == SubscriptionMember.subscription_id)
        .where(Subscription.kind == StreamKind.BILL, Subscription.user_state != UserState.DISMISSED)
    )
    total = session.scalar(
        select(func.sum(Transaction.amount_minor)).where(
            *days,
            Transaction.id.in_(bills),
            Transaction.category_source.is_distinct_from(SPLIT_SOURCE),
            or_(Transaction.category_id.is_(None), Transaction.category_id.in_(unfiled_ids)),
        )
    )
    return int(total or 0)


def _month_end(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def emergency_fund(session: Session, as_of: date, settings: Settings) -> EmergencyFund:
    """The fund as of ``as_of``; months unknown (None) until a liquid balance in the main
    currency is known: "0 months" would tell a household whose wallets state no balance that it
    has nothing put by."""
    currency = main_currency_of(session)
    liquid, other = 0, defaultdict[str, int](int)
    unknown, counted, days = [], 0, []
    for held in liquid_balances(session, as_of):
        if held.balance_minor is None:
            unknown.append(held.account)
        elif held.currency == currency:
            liquid += held.balance_minor
            counted += 1
            days.append(held.as_of)
        else:
            other[held.currency] += held.balance_minor
    monthly, months = monthly_essentials(session, as_of, currency)
    return EmergencyFund(
        currency=currency,
        liquid_minor=liquid,
        monthly_minor=monthly,
        months=months_covered(liquid, monthly) if counted else None,
        target_months=settings.emergency_fund_months,
        months_averaged=tuple(months),
        other_currencies=dict(sorted(other.items())),
        unknown_balances=tuple(unknown),
        balances_on=min(days, default=None),
    )


def institution_shares(session: Session, as_of: date, settings: Settings) -> list[InstitutionShare]:
    """Each institution's share of the liquid money in each currency, largest first.

    A share is noted as over the ``institution_share_limit`` only when spreading it is
    something the user could act on and would care about:

    - the currency is held at more than one institution: a currency kept at one place only (the
      yuan of an Alipay wallet beside dollar accounts) has nothing to compare with, and is 100%
      of itself by construction;
    - and the amount is material: worth at least :data:`MATERIAL_SHARE` percent of all the
      household's liquid money, converted to the base currency with the exchange rates in force
      (:mod:`finapp.services.rates`). Money in a currency without a rate cannot be sized against
      the rest, so it is noted only in the base currency itself.

    Institutions are compared within a currency, not across currencies: the percentages shown
    stay exact, never depending on a rate."""
    held: dict[tuple[str, str], int] = defaultdict(int)
    oldest: dict[tuple[str, str], date] = {}
    accounts: dict[tuple[str, str], list[str]] = defaultdict(list)
    for balance in liquid_balances(session, as_of):
        if balance.balance_minor is not None:
            place = (balance.currency, balance.institution)
            held[place] += max(balance.balance_minor, 0)
            oldest[place] = min(oldest.get(place, balance.as_of), balance.as_of)
            accounts[place].append(balance.account)
    totals: dict[str, int] = defaultdict(int)
    places: dict[str, int] = defaultdict(int)
    for (currency, _), amount in held.items():
        totals[currency] += amount
        places[currency] += amount > 0
    material = _materiality(session, as_of, totals)
    shares = []
    for (currency, institution), amount in held.items():
        if totals[currency] <= 0:
            continue
        percent = amount * 100 // totals[currency]
        over = (
            amount * 100 > settings.institution_share_limit * totals[currency]
            and places[currency] > 1
            and material(amount, currency)
        )
        shares.append(
            InstitutionShare(
                institution,
                currency,
                amount,
                percent,
                over,
                oldest[(currency, institution)],
                tuple(accounts[(currency, institution)]),
            )
        )
    return sorted(shares, key=lambda s: (s.currency, -s.amount_minor, s.institution))


def _materiality(
    session: Session, as_of: date, totals: dict[str, int]
) -> Callable[[int, str], bool]:
    """Whether an amount in a currency is worth a note: at least :data:`MATERIAL_SHARE` percent
    of the household's liquid money in the base currency (see :func:`institution_shares`)."""
    base = base_currency(session)
    book = rate_book(session, as_of)
    counted = book.total(totals, base).minor  # a currency without a rate is left out

    def material(amount: int, currency: str) -> bool:
        value = book.convert(amount, currency, base)
        return value is not None and counted > 0 and value.minor * 100 >= MATERIAL_SHARE * counted

    return material


def reserves_of(store: Store, as_of: date) -> tuple[EmergencyFund, list[InstitutionShare]]:
    """The emergency fund and the institutions' shares as of ``as_of`` (for the Health page)."""
    with store.read() as session:
        settings = load_settings(session)
        return emergency_fund(session, as_of, settings), institution_shares(
            session, as_of, settings
        )
