"""A two-year household imported the way a user downloads it: one statement a month per account.

The demo generator lays out a realistic household (checking, savings, two cards, an Alipay
wallet; salaries, mortgage, metered bills, streaming, transfers, streams that stopped). Here its
history is cut into calendar-month statements, each stating its first and last day as banks'
OFX DTSTART/DTEND do, so statement coverage ends where the last downloaded month ends.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from finapp.core.budgets import month_of, next_month
from finapp.demo.generator import generate_household
from finapp.demo.model import Household
from finapp.importers.base import ParsedFile, ParsedStatement
from finapp.services.imports import import_parsed
from finapp.store.engine import Store

#: The households' statements start here and, 24 months later, end on 31 October 2026.
START = date(2024, 11, 1)
END = date(2026, 10, 31)

#: Whether one account's statement of one month was downloaded: (account name, month's 1st).
Downloaded = Callable[[str, date], bool]


def monthly_statements(
    household: Household, downloaded: Downloaded = lambda _a, _m: True
) -> list[ParsedFile]:
    """Each month's statements, one file a month holding every account downloaded that month."""
    files = []
    month = month_of(household.start)
    while month <= household.end:
        last = min(next_month(month).toordinal() - 1, household.end.toordinal())
        until = date.fromordinal(last)
        statements = tuple(
            ParsedStatement(
                whole.account,
                tuple(t for t in whole.transactions if month <= t.posted <= until),
                start=month,
                end=until,
            )
            for whole in household.statements
            if downloaded(whole.account.name, month)
        )
        files.append(ParsedFile(f"statements-{month:%Y-%m}.ofx", "ofx", statements))
        month = next_month(month)
    return files


def two_year_household(seed: int = 7, months: int = 24) -> Household:
    """A household from :data:`START`: with the default 24 months, up to :data:`END`."""
    return generate_household(seed, START, months)


def import_household(
    store: Store,
    household: Household | None = None,
    downloaded: Downloaded = lambda _a, _m: True,
) -> Household:
    """Import ``household`` (default: :func:`two_year_household`) month by month."""
    household = household or two_year_household()
    for parsed in monthly_statements(household, downloaded):
        import_parsed(store, parsed)
    return household
