"""A month's household totals (income, spending, net) in the base currency.

Each currency's own totals (:func:`finapp.services.month_report.currency_totals`) are converted
at the rates in force on the month's last day (:mod:`finapp.services.rates`): the dashboard's
headlines and ``finapp report --base`` show the same figures. A currency without a rate on that
day is left out of the total and named, so a total is never short without saying so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from finapp.core.budgets import month_of, next_month
from finapp.core.conversion import Rate, RateBook, Total
from finapp.core.money import to_minor
from finapp.services import month_report
from finapp.services.month_report import classified_sums, currency_totals
from finapp.services.rates import base_currency, rate_book, rate_fields
from finapp.store.engine import Store
from finapp.store.schema import Transaction


@dataclass(frozen=True, slots=True)
class HouseholdTotals:
    """One month's totals in ``currency``, converted at the rates of ``rates_on``."""

    month: date  # its first day
    currency: str
    rates_on: date
    income: Total
    spending: Total
    net: Total
    #: each currency's own figures, unconverted
    by_currency: tuple[month_report.Total, ...]

    @property
    def converted(self) -> bool:
        return self.income.converted or self.spending.converted

    @property
    def rates(self) -> tuple[Rate, ...]:
        """Each rate used, once."""
        return tuple(dict.fromkeys(self.income.rates + self.spending.rates))

    @property
    def missing(self) -> list[str]:
        """The currencies left out of the totals for want of a rate."""
        return sorted(self.income.missing.keys() | self.spending.missing.keys())


def household_totals(
    store: Store,
    month: date,
    *,
    currency: str | None = None,
    totals: Iterable[month_report.Total] | None = None,
) -> HouseholdTotals:
    """The totals of ``month`` (any day of it) in ``currency`` (default: the base currency).

    ``totals``: the month's per-currency totals when already read (a month report's)."""
    first = month_of(month)
    after = next_month(first)
    with store.read() as session:
        if totals is None:
            in_month = (Transaction.posted >= first, Transaction.posted < after)
            totals = currency_totals(classified_sums(session, *in_month))
        currency = currency or base_currency(session)
        book = rate_book(session, after - timedelta(days=1))
    return convert_totals(totals, first, currency, book)


def convert_totals(
    totals: Iterable[month_report.Total], month: date, currency: str, book: RateBook
) -> HouseholdTotals:
    """``totals`` (one per currency, as a month report has them) in ``currency`` by ``book``."""
    totals = tuple(totals)

    def total(figure: str) -> Total:
        amounts = {t.currency: to_minor(getattr(t, figure), t.currency) for t in totals}
        return book.total(amounts, currency)

    income, spending = total("income"), total("expenses")
    return HouseholdTotals(
        month=month_of(month),
        currency=currency,
        rates_on=next_month(month_of(month)) - timedelta(days=1),
        income=income,
        spending=spending,
        # income less spending as shown, not each currency's net rounded apart: the three
        # headlines add up to the unit
        net=replace(total("net"), minor=income.minor - spending.minor),
        by_currency=totals,
    )


def totals_fields(totals: HouseholdTotals) -> dict[str, object]:
    """The converted totals as JSON fields (``report --json``'s ``converted`` block): each
    figure as a decimal string, the rates used, and the currencies left out for want of one."""
    return {
        "currency": totals.currency,
        "converted": totals.converted,
        "rates_on": totals.rates_on.isoformat(),
        "income": str(totals.income.amount),
        "expenses": str(totals.spending.amount),
        "net": str(totals.net.amount),
        "missing": totals.missing,
        "rates": [rate_fields(rate) for rate in totals.rates],
    }
