"""What the household has left over a month: income minus spending over recent full months.

Income and spending are counted as the reports count them
(:func:`finapp.services.month_report.classified_sums`): money moved between the user's own
accounts (paired transfers, lines filed under a transfer category such as the monthly move to
savings) is neither, so what is put aside for a goal is still part of the surplus it is
compared with. Every account in the currency counts, cards included: a purchase on a card is
spending the month it is made.

The months are money health's (:func:`finapp.services.reserves.full_months`): the last six
full calendar months the statements cover, never the current, partial one. The surplus is only
known from three full months on (one month's bonus or yearly premium would swing fewer), and
when a checking or payment-app account in the currency is imported, where wages come in and
the household's spending goes out: a savings account on its own holds the interest and the
transfers in, which say nothing of what the household can save.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.account_types import AccountType
from finapp.core.budgets import next_month
from finapp.core.category_kinds import CategoryKind
from finapp.core.streams import average
from finapp.services.month_report import classified_sums
from finapp.services.reserves import full_months
from finapp.store.schema import Account, Transaction

#: the accounts a household's income and spending go through
_EVERYDAY_TYPES = (AccountType.CHECKING, AccountType.PAYMENT_APP)
#: the fewest full months a surplus is averaged over
_MIN_MONTHS = 3


@dataclass(frozen=True, slots=True)
class Surplus:
    """Income minus spending, on average a month, in one currency (negative: spent more)."""

    currency: str
    monthly_minor: int
    #: the first day of each month averaged, oldest first
    months: tuple[date, ...]


def monthly_surplus(session: Session, as_of: date, currency: str) -> Surplus | None:
    """The household's surplus in ``currency`` as of ``as_of``; None when it is not known (no
    three full months covered, or no everyday account in the currency)."""
    everyday = session.scalar(
        select(Account.id).where(Account.currency == currency, Account.type.in_(_EVERYDAY_TYPES))
    )
    months = full_months(session, as_of)
    if everyday is None or len(months) < _MIN_MONTHS:
        return None
    rows = classified_sums(
        session,
        Transaction.currency == currency,
        Transaction.posted >= months[0],
        Transaction.posted < next_month(months[-1]),
    )
    net: dict[str, int] = defaultdict(int)
    for month, _currency, _category, kind, amount in rows:
        if kind != CategoryKind.TRANSFER:
            net[month] += amount
    per_month = [net[f"{month:%Y-%m}"] for month in months]
    return Surplus(currency, average(per_month), tuple(months))
