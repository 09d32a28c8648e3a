"""The Health page's totals across currencies, in the household's base currency.

A household with a dollar checking account, a yuan Alipay wallet and a euro account has one
emergency fund, one set of cards and one subscription bill, not three. Each total that spans
currencies is converted here to the base currency (:func:`finapp.services.rates.base_currency`)
at the rates in force on the day judged (:func:`finapp.services.rates.rate_book`), by
:meth:`finapp.core.conversion.RateBook.total`: each currency's own sum converted once, a
currency without a rate left out and named (never converted at a guessed rate). Each
currency's own figure stays with its section; these are the lines that add them up.

A total is only made where there is something to add: two or more currencies (the emergency
fund), or two or more cards or goals (their totals, converted when they span currencies).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.alert_facts import money_fact
from finapp.core.alerts import Candidate, Kind
from finapp.core.conversion import RateBook, Total
from finapp.core.health import months_covered
from finapp.core.money import from_minor, to_minor
from finapp.core.severity import Severity
from finapp.core.subscription_audit import CurrencyCost
from finapp.services.cards import CardStatus
from finapp.services.coverage import coverage_by_account, statements_end
from finapp.services.goals import GoalStatus
from finapp.services.rates import base_currency, rate_book, rate_fields
from finapp.services.reserves import EmergencyFund, emergency_fund, monthly_essentials
from finapp.services.settings import Settings
from finapp.store.engine import Store
from finapp.store.schema import Account


@dataclass(frozen=True, slots=True)
class Converting:
    """The base currency and the rates in force on ``rates_on``: what the totals convert with."""

    base: str
    rates_on: date
    book: RateBook

    def total(self, amounts: Iterable[tuple[int, str]]) -> Total:
        """The sum of ``amounts`` ((minor units, currency) pairs) in the base currency."""
        sums: dict[str, int] = defaultdict(int)
        for minor, currency in amounts:
            sums[currency] += minor
        return self.book.total(sums, self.base)


def converting(session: Session, as_of: date) -> Converting:
    """The base currency and the rates in force on ``as_of``."""
    return Converting(base_currency(session), as_of, rate_book(session, as_of))


def converting_for(store: Store, as_of: date) -> Converting:
    with store.read() as session:
        return converting(session, as_of)


def total_json(total: Total) -> dict[str, Any]:
    """A converted total as JSON: decimal strings, the rates used, the currencies left out."""
    return {
        "currency": total.currency,
        "amount": str(total.amount),
        "converted": total.converted,
        "rates": [rate_fields(rate) for rate in total.rates],
        "missing": {code: str(from_minor(minor, code)) for code, minor in total.missing.items()},
    }


@dataclass(frozen=True, slots=True)
class FundTotal:
    """The emergency fund of every currency held: liquid money and monthly essential spending,
    both converted to the base currency, and the months the one covers of the other."""

    liquid: Total
    monthly: Total
    #: None without a counted liquid balance or a month of essential spending to divide by, or
    #: while a currency without a rate has essential spending and no money of its own
    #: (:attr:`unrated_essentials`)
    months: Decimal | None
    rates_on: date
    #: a currency without a rate whose own money runs out first: :attr:`months` are its own
    #: ("" when the currencies with a rate run out first)
    limited_by: str = ""
    #: currencies with essential spending, no rate and no liquid money of their own, by
    #: currency (minor units a month): nothing tells how long the fund pays them
    unrated_essentials: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "liquid": total_json(self.liquid),
            "monthly_essentials": total_json(self.monthly),
            "months": None if self.months is None else str(self.months),
            "rates_on": self.rates_on.isoformat(),
            "limited_by": self.limited_by or None,
            "essentials_without_rate": {
                code: str(from_minor(minor, code))
                for code, minor in self.unrated_essentials.items()
            },
        }


def fund_total(session: Session, fund: EmergencyFund, conv: Converting) -> FundTotal | None:
    """The fund of every currency converted (``fund`` counts its main currency only); None when
    the household's liquid money and essential spending are all in that one currency.

    Essential spending in a currency without liquid money counts too (rent paid by a euro card
    is still rent). A currency without a rate is left out of both sides, so the months compare
    like with like; but its essentials are still paid from its own money, which may run out
    first: then the months are its own (:attr:`FundTotal.limited_by`). Left out alone, a
    student's rent and groceries in dollars made his yuan savings cover "1,916.8 months" of the
    34.91 yuan he spends at home; his dollars last 3.5. A currency without a rate that has
    essentials and no money of its own leaves the months unknown."""
    currencies = set(session.scalars(select(Account.currency).distinct())) - {fund.currency}
    held = {fund.currency: fund.liquid_minor, **fund.other_currencies}
    monthly = {fund.currency: fund.monthly_minor}
    for currency in currencies:
        monthly[currency] = monthly_essentials(session, conv.rates_on, currency)[0]
    if not any(held.get(c) or monthly.get(c) for c in currencies):
        return None
    # a currency without a rate is missing from both totals alike: the months stay like for like
    liquid = conv.total((minor, currency) for currency, minor in held.items())
    spent = conv.total((minor, currency) for currency, minor in monthly.items())
    counted = fund.months is not None or any(c not in liquid.missing for c in fund.other_currencies)
    months = months_covered(liquid.minor, spent.minor) if counted else None
    unrated = {c: minor for c, minor in sorted(spent.missing.items()) if minor > 0}
    limited_by = ""
    for code, minor in unrated.items():
        own = months_covered(held.get(code, 0), minor) if held.get(code, 0) > 0 else None
        if own is not None and (months is None or own < months):
            months, limited_by = own, code
    broke = {c: m for c, m in unrated.items() if held.get(c, 0) <= 0}
    if broke:
        months, limited_by = None, ""
    return FundTotal(liquid, spent, months, conv.rates_on, limited_by, broke)


@dataclass(frozen=True, slots=True)
class FundFigure:
    """The emergency fund as one figure: the months the window's Health page shows, and the
    money they are of. Every output tells this one (``finapp health`` and ``--json``, the
    report, the ``emergency_fund`` alert): the main currency's own months beside it read
    "1,916.8 months" for a student whose rent is paid from dollars lasting 3.5."""

    months: Decimal | None
    target_months: int
    #: the liquid money and the monthly essential spending the months are of, in ``currency``
    liquid_minor: int
    monthly_minor: int
    currency: str
    #: either sum converted from another currency (told "≈")
    converted: bool = False
    #: a currency without a rate whose own money runs out first (:attr:`FundTotal.limited_by`)
    limited_by: str = ""

    @property
    def below_target(self) -> bool:
        return self.months is not None and self.months < self.target_months


def fund_figure(fund: EmergencyFund, household: FundTotal | None) -> FundFigure:
    """The fund of every currency when money or essentials are in several (``household``),
    else the main currency's own; with a currency without a rate running out first, that
    currency's own money and essentials."""
    target = fund.target_months
    if household is None:
        return FundFigure(fund.months, target, fund.liquid_minor, fund.monthly_minor, fund.currency)
    if code := household.limited_by:
        held, spent = household.liquid.missing[code], household.monthly.missing[code]
        return FundFigure(household.months, target, held, spent, code, limited_by=code)
    liquid, monthly = household.liquid, household.monthly
    converted = liquid.converted or monthly.converted
    return FundFigure(
        household.months, target, liquid.minor, monthly.minor, liquid.currency, converted
    )


def emergency_fund_check(session: Session, as_of: date, settings: Settings) -> list[Candidate]:
    """``emergency_fund`` while the fund (:func:`fund_figure`) covers fewer months than the
    target: keyed by the month of the day judged, so it is told at most once a month and
    resolves once it is met. While its months are not known (essentials in a currency
    without a rate and no money of its own known: a dollar household's WeChat wallet states
    no balance), the main currency's own months are told, as they are known."""
    fund = emergency_fund(session, as_of, settings)
    figure = fund_figure(fund, fund_total(session, fund, converting(session, as_of)))
    if figure.months is None:
        figure = fund_figure(fund, None)
    if not figure.below_target or figure.months is None:
        return []
    judged = max(statements_end(c, as_of) for c in coverage_by_account(session).values())
    return [
        Candidate(
            Kind.EMERGENCY_FUND,
            f"emergency_fund:{judged:%Y-%m}",
            judged,
            Severity.WARNING if figure.months < 1 else Severity.INFO,
            # no amount: the alert is about months of cover, not one sum of money (the fund's
            # total is in its sentence; in the Amount column it read as a payment)
            params={
                "months": str(figure.months),
                "liquid": money_fact(figure.liquid_minor, figure.currency),
                "monthly": money_fact(figure.monthly_minor, figure.currency),
                "target": str(figure.target_months),
                # the liquid accounts it could not count: the cover is at least what it says
                **({"unknown": ", ".join(fund.unknown_balances)} if fund.unknown_balances else {}),
            },
        )
    ]


def fund_totals(store: Store, as_of: date, fund: EmergencyFund) -> FundTotal | None:
    with store.read() as session:
        return fund_total(session, fund, converting(session, as_of))


@dataclass(frozen=True, slots=True)
class CardTotals:
    """What the cards' limits add up to and what they owe, in the base currency; ``unknown``:
    cards whose limit or balance is not known, left out of the total they lack."""

    limit: Total
    owed: Total
    rates_on: date
    unknown_limit: tuple[str, ...]
    unknown_owed: tuple[str, ...]


def card_totals(cards: Sequence[CardStatus], conv: Converting) -> CardTotals | None:
    """The cards' totals; None with fewer than two cards (a total of one is its own row)."""
    if len(cards) < 2:
        return None
    return CardTotals(
        limit=conv.total((c.limit_minor, c.currency) for c in cards if c.limit_minor is not None),
        owed=conv.total((c.owed_minor, c.currency) for c in cards if c.owed_minor is not None),
        rates_on=conv.rates_on,
        unknown_limit=tuple(c.account for c in cards if c.limit_minor is None),
        unknown_owed=tuple(c.account for c in cards if c.owed_minor is None),
    )


@dataclass(frozen=True, slots=True)
class GoalTotals:
    """What the goals have saved of what they aim at, in the base currency; ``unknown``: goals
    whose saving is not known, left out of the saved total."""

    saved: Total
    target: Total
    rates_on: date
    unknown: tuple[str, ...]


def goal_totals(goals: Sequence[GoalStatus], conv: Converting) -> GoalTotals | None:
    """The goals' totals; None with fewer than two goals."""
    if len(goals) < 2:
        return None
    return GoalTotals(
        saved=conv.total(
            (to_minor(g.saved, g.currency), g.currency) for g in goals if g.saved is not None
        ),
        target=conv.total((to_minor(g.target, g.currency), g.currency) for g in goals),
        rates_on=conv.rates_on,
        unknown=tuple(g.name for g in goals if g.saved is None),
    )


def subscriptions_total(costs: Sequence[CurrencyCost], conv: Converting) -> Total | None:
    """What every active subscription costs a month, in the base currency; None when they are
    all in one currency (the audit's own total says it)."""
    if len({c.currency for c in costs}) < 2:
        return None
    return conv.total((c.monthly_minor, c.currency) for c in costs)


@dataclass(frozen=True, slots=True)
class HealthTotals:
    """Every total of the health report that adds money up (None where there is nothing to
    add), in the base currency at the rates of ``rates_on``."""

    currency: str
    rates_on: date
    fund: FundTotal | None
    cards: CardTotals | None
    goals: GoalTotals | None
    subscriptions: Total | None

    def as_json(self) -> dict[str, Any]:
        cards, goals, subscriptions = self.cards, self.goals, self.subscriptions
        return {
            "currency": self.currency,
            "rates_on": self.rates_on.isoformat(),
            "emergency_fund": self.fund.as_json() if self.fund else None,
            "cards": None
            if cards is None
            else {"limit": total_json(cards.limit), "owed": total_json(cards.owed)},
            "goals": None
            if goals is None
            else {"saved": total_json(goals.saved), "target": total_json(goals.target)},
            "subscriptions_monthly": total_json(subscriptions) if subscriptions else None,
        }


def health_totals(
    session: Session,
    as_of: date,
    fund: EmergencyFund,
    cards: Sequence[CardStatus],
    goals: Sequence[GoalStatus],
    costs: Sequence[CurrencyCost],
) -> HealthTotals:
    """The report's totals from its sections' own figures."""
    conv = converting(session, as_of)
    return HealthTotals(
        conv.base,
        as_of,
        fund_total(session, fund, conv),
        card_totals(cards, conv),
        goal_totals(goals, conv),
        subscriptions_total(costs, conv),
    )
