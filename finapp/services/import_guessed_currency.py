"""A statement whose currency was only guessed stays in the account already holding its lines.

A CSV naming no currency is read in the currency its header's language says
(:mod:`finapp.importers.csv.header_language`); finapp read such files as dollars before. An
account made then holds the same lines in dollars, and a later download of it, now read in
kronor, would open a second account beside it and list every line twice. So a statement whose
currency came from the header's language alone takes the currency of the one account of its
type, in another currency, that already holds most of its lines; the reading report says so.
So does one whose currency came from its account's IBAN alone (Santander España's, read as
dollars before).

A CSV that says nothing of its currency at all (HSBC UK's three columns, Lloyds', CommBank's)
was read as dollars, even in a household whose accounts are all in pounds or that chose pounds
as its currency. Such a statement takes, after the account holding its lines, the household's
currency (:func:`finapp.services.rates.base_currency`: the user's choice, else the one its
money moves in); only a store with no account and no choice still assumes dollars.

Whatever the guess, a statement whose lines an account already holds, or whose account (by its
number, else its name) is in another currency, takes that account's currency: the user may have
set it (:mod:`finapp.services.account_currency`), and next month's download of the card, read
as the same guess, goes on in it instead of opening a second account.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.importers.base import (
    CURRENCY_ASSUMED,
    GUESSED_CURRENCY,
    ParsedFile,
    ParsedStatement,
)
from finapp.services.accounts import currency_of_its_account
from finapp.services.held_lines_account import currency_held
from finapp.services.rates import base_currency
from finapp.services.settings import load_settings
from finapp.store.schema import Account

if TYPE_CHECKING:  # the result's type only: the import summary asks without loading the import
    from finapp.services.import_results import FileResult

#: the reading report's word for a currency kept from the account holding the lines
KEPT = "kept from the account already holding its lines"
#: and for one taken from the account the statement names (next month's download of a card
#: whose currency the user set)
OF_ITS_ACCOUNT = "kept from the account it names"
#: and for one the file never named, taken from the household
HOUSEHOLD = "the household's, as the file names none"


def with_held_currency(session: Session, parsed: ParsedFile) -> ParsedFile:
    """``parsed`` with each statement in the currency of the account holding its lines, or of
    the account it names, else the household's, where its own currency was only a guess."""
    detected = parsed.detected
    if detected is None or detected.get("currency_from") not in GUESSED_CURRENCY:
        return parsed  # the file states its currency (an OFX, a currency column): believed
    assumed = detected.get("currency_from") == CURRENCY_ASSUMED
    household = _household_currency(session) if assumed else None
    statements: list[ParsedStatement] = []
    changed: list[tuple[str, str]] = []  # each changed statement's currency and its source
    for stmt in parsed.statements:
        held, source = _its_account_currency(session, stmt)
        if held is None and household not in (None, stmt.account.currency):
            held, source = household, HOUSEHOLD
        if held is not None and held != stmt.account.currency:
            stmt = replace(stmt, account=replace(stmt.account, currency=held))
            changed.append((held, source))
        statements.append(stmt)
    if not changed:
        return parsed
    # the household's guess first: the one the summary asks the user to check
    kept, source = next((c for c in changed if c[1] == HOUSEHOLD), changed[0])
    said = {**detected, "currency": kept, "currency_from": source}
    return replace(parsed, statements=tuple(statements), detected=said)


def _its_account_currency(session: Session, stmt: ParsedStatement) -> tuple[str | None, str]:
    """The currency of the account already holding the statement's lines, else of the account
    it names (by number, else name), whatever that currency; with the report's word for it."""
    held = currency_held(session, stmt.account, stmt.transactions)
    if held is not None:
        return held, KEPT
    return currency_of_its_account(session, stmt.account), OF_ITS_ACCOUNT


def currency_guessed(file: FileResult) -> str | None:
    """The currency a file's amounts were taken in although it names none (the household's, or
    dollars in a new store), when the import opened an account for them: the one guess the user
    may have to put right (:mod:`finapp.services.account_currency`); None otherwise."""
    detected = file.detected or {}
    if detected.get("currency_from") not in (CURRENCY_ASSUMED, HOUSEHOLD):
        return None
    if not any(counts.matched_by == "new" for counts in file.accounts):
        return None
    code = detected.get("currency")
    return code if isinstance(code, str) else None


def _household_currency(session: Session) -> str | None:
    """The household's currency when it has one: chosen, or of the accounts it holds."""
    has_accounts = session.scalar(select(Account.id).limit(1)) is not None
    if not has_accounts and not load_settings(session).base_currency:
        return None
    return base_currency(session)
