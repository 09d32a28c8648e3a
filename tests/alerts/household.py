"""A generated household imported the way a user downloads it: up to a day, account by account.

The demo generator lays out a realistic household (checking, savings, cards, a wallet; salary,
rent, metered bills, streaming, transfers, streams that stop). Each import here is one statement
per account stating the days it covers, as banks' OFX DTSTART/DTEND do.
"""

from __future__ import annotations

from datetime import date, timedelta

from finapp.demo.generator import generate_household
from finapp.demo.model import Household
from finapp.importers.base import ParsedFile, ParsedStatement
from finapp.services.imports import import_parsed
from finapp.store.engine import Store


def household(seed: int, start: date, months: int) -> Household:
    return generate_household(seed, start, months)


def import_between(store: Store, home: Household, after: date, until: date) -> None:
    """Import every account's lines posted after ``after`` up to ``until``, as statements
    covering exactly those days."""
    statements = tuple(
        ParsedStatement(
            whole.account,
            tuple(t for t in whole.transactions if after < t.posted <= until),
            start=after + timedelta(days=1),
            end=until,
        )
        for whole in home.statements
    )
    import_parsed(store, ParsedFile(f"statements-{until.isoformat()}.ofx", "ofx", statements))
