"""The typed facts of an alert (or an account-health reason): money, days and months.

An alert keeps its facts as a ``{name: text}`` map (stored as JSON, shown in the CLI's JSON).
Most facts are shown as they are (a payee, a percent), but three kinds must be worded by
whoever shows them, in the reader's own form:

- **money**, kept as ``"1218.50 USD"`` (a plain signed decimal and the ISO code, the form
  stored alerts have always had, so no stored alert needs rewriting): the GUI shows it in the
  locale's money format ("$1,218.50", "US$1,218.50"), the CLI as it is kept, ``"1218.50 USD"``;
- **days**, kept ISO (``"2026-11-03"``): the GUI shows the locale's medium date, the CLI ISO;
- **months**, kept ``"2026-11"``: both show the month by name ("November 2026").

:data:`TYPES` says which facts of which kind are which; :func:`worded` turns the stored facts
into the texts a sentence is filled with, by the showing side's own formatters.

The CLI writes money one way everywhere, sentences included: the plain decimal and the ISO code
(``1218.50 USD``), as its tables and JSON do. The code rather than a symbol, because "¥" is both
yuan and yen and "$" a dozen dollars; no grouping, because an amount copied from the output must
read back as an argument (``--amount 1218.50``), and grouping is the GUI's, by the locale.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from finapp.core.alert_kinds import HealthReason, Kind, kind_named
from finapp.core.money import format_minor, to_minor

MONEY, DAY, MONTH = "money", "day", "month"

#: kind → {fact: MONEY, DAY or MONTH}; facts not named here are shown as they are. Every alert
#: kind is listed (tests hold it), so a new kind is typed before it is worded
TYPES: Mapping[Kind | HealthReason, Mapping[str, str]] = {
    Kind.LOW_BALANCE: {"balance": MONEY, "threshold": MONEY, "date": DAY, "recovered": DAY},
    Kind.BUDGET: {"spent": MONEY, "budget": MONEY, "month": MONTH},
    Kind.LARGE_CHARGE: {"amount": MONEY},
    Kind.UNUSUAL_CHARGE: {"amount": MONEY, "usual": MONEY},
    Kind.NEW_MERCHANT: {"amount": MONEY},
    Kind.DUPLICATE_CHARGE: {"amount": MONEY, "first": DAY, "second": DAY},
    Kind.RENEWAL: {"amount": MONEY, "date": DAY},
    Kind.PRICE_INCREASE: {"old": MONEY, "new": MONEY, "yearly": MONEY},
    Kind.INCOME_CHANGE: {"old": MONEY, "new": MONEY, "yearly": MONEY},
    Kind.STALE_STATEMENTS: {"date": DAY},
    Kind.LAPSED: {"date": DAY},
    Kind.CHARGED_AFTER_CANCEL: {"amount": MONEY, "date": DAY, "since": DAY, "first": DAY},
    Kind.PASS_THROUGH: {"inflow": MONEY, "outflow": MONEY, "date": DAY},
    Kind.STRUCTURING: {"threshold": MONEY, "total": MONEY, "first": DAY, "last": DAY},
    Kind.LATE_NIGHT: {"amount": MONEY, "date": DAY},
    Kind.NEW_COUNTERPARTIES: {"total": MONEY, "first": DAY, "last": DAY},
    Kind.EMERGENCY_FUND: {"liquid": MONEY, "monthly": MONEY},
    Kind.GOAL_BEHIND: {"saved": MONEY, "target": MONEY, "needed": MONEY, "date": DAY},
    Kind.GOAL_BEYOND_SURPLUS: {
        "target": MONEY,
        "needed": MONEY,
        "surplus": MONEY,
        "overspent": MONEY,
        "short": MONEY,
        "taken": MONEY,
        "date": DAY,
    },
    Kind.CARD_UTILISATION: {"limit": MONEY, "owed": MONEY},
    Kind.CARD_PAYMENT_DUE: {"amount": MONEY, "date": DAY},
    Kind.SUBSCRIPTION_CAP: {"total": MONEY, "cap": MONEY},
    Kind.REVIEW_DUE: {"date": DAY},
    Kind.UNREVIEWED: {"since": DAY},
    Kind.FORECAST_LOW_BALANCE: {"balance": MONEY, "threshold": MONEY, "date": DAY},
    # account health's own reasons
    HealthReason.NEGATIVE_BALANCE: {"balance": MONEY},
    HealthReason.STATEMENTS_OLD: {"date": DAY},
    HealthReason.MOVED_ON: {"date": DAY},
    HealthReason.NO_BALANCE: {},
}


@dataclass(frozen=True, slots=True)
class Money:
    """An amount as a fact carries it: exact, with its currency."""

    amount: Decimal
    currency: str

    @classmethod
    def parse(cls, text: str) -> Money:
        """``"-12.30 USD"`` → the amount and code; ValueError for anything else."""
        number, _, code = text.strip().rpartition(" ")
        try:
            amount = Decimal(number)
        except InvalidOperation:
            raise ValueError(f"not money: {text!r}") from None
        if not amount.is_finite() or len(code) != 3 or not code.isalpha():
            raise ValueError(f"not money: {text!r}")
        return cls(amount, code.upper())

    @property
    def minor(self) -> int:
        return to_minor(self.amount, self.currency)


def money_fact(minor: int, currency: str) -> str:
    """Money as a fact keeps it: ``"-12.30 USD"`` (signed; callers pass ``abs`` for sizes)."""
    return f"{format_minor(minor, currency)} {currency}"


def english_money(money: Money) -> str:
    """The CLI's money in a sentence: ``"1218.50 USD"``, ``"-12.30 CNY"``."""
    return money_fact(money.minor, money.currency)


def month_of(text: str) -> date:
    """The first day of a ``"2026-11"`` month fact."""
    year, month = text.split("-")
    return date(int(year), int(month), 1)


def english_month(month: date) -> str:
    """``"November 2026"``."""
    return f"{calendar.month_name[month.month]} {month.year}"


@dataclass(frozen=True, slots=True)
class Formatters:
    """How one face shows each typed fact."""

    money: Callable[[Money], str]
    day: Callable[[date], str]
    month: Callable[[date], str]


#: the CLI's (and the stored English message's) own forms
ENGLISH = Formatters(english_money, date.isoformat, english_month)


def worded(kind: str, params: Mapping[str, str], shown_by: Formatters) -> dict[str, str]:
    """The facts of an alert of ``kind`` as a sentence shows them; ValueError for a fact that
    is not what its type says (the caller then falls back to the stored English message)."""
    known = kind_named(kind)
    return worded_as(TYPES.get(known, {}) if known is not None else {}, params, shown_by)


def worded_as(
    types: Mapping[str, str], params: Mapping[str, str], shown_by: Formatters
) -> dict[str, str]:
    """The facts ``params`` as a sentence shows them, each typed by ``types`` (MONEY, DAY or
    MONTH by name; others as they are): for sentences that are no alert's, such as what a
    first import found in the history (:mod:`finapp.core.history_sentences`)."""
    out = dict(params)
    for name, text in params.items():
        kind_of = types.get(name)
        if kind_of == MONEY:
            out[name] = shown_by.money(Money.parse(text))
        elif kind_of == DAY:
            out[name] = shown_by.day(date.fromisoformat(text))
        elif kind_of == MONTH:
            out[name] = shown_by.month(month_of(text))
    return out
