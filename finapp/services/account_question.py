"""Asking which account a statement naming none goes into, for the window.

A CSV of date, payee and amount says nothing of whose it is: on its own, finapp can only put
it with the earlier files that named none, and a second bank's Netflix charge on the same day
would be taken for the first's. The CLI says so in the import result (``--account`` chooses);
the window asks before anything is written: the import leaves such a file out with an
:class:`AccountQuestion`, the window asks it, and imports the file again into the account the
user chose. A file whose number or bank names its account is never asked about.

The account offered first is the one the earlier files naming none went into: by its name, or
when the user renamed it since, the one whose lines the file's lines continue.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from finapp.importers.base import ParsedFile
from finapp.services.accounts import names_no_account, place_by_name
from finapp.services.held_lines_account import account_continued
from finapp.store.engine import Store
from finapp.store.schema import Account


@dataclass(frozen=True, slots=True)
class AccountOption:
    """An existing account the statement may go into, as the question lists it."""

    name: str
    currency: str
    type: str
    last4: str  # "" when finapp knows no number of it


@dataclass(frozen=True, slots=True)
class AccountQuestion:
    """Which account a file naming none goes into: every account, those of the statement's
    currency and type first, and the one finapp would have chosen (``default``), which is a
    new account's name when ``default_is_new``."""

    currency: str
    type: str
    accounts: tuple[AccountOption, ...]
    default: str
    default_is_new: bool


def account_question(store: Store, parsed: ParsedFile) -> AccountQuestion | None:
    """The question to ask before ``parsed`` is written, or None when its statements say whose
    they are (each goes where its number or bank takes it)."""
    unnamed = [s for s in parsed.statements if names_no_account(s.account)]
    if not unnamed:
        return None
    first = unnamed[0].account
    with store.read() as session:
        found, default = place_by_name(session, first)
        if found is None:  # renamed since: the account its lines continue is the likely one
            found = account_continued(session, first, unnamed[0].transactions, parsed.format)
            default = found.name if found is not None else default
        accounts = session.scalars(select(Account).order_by(Account.name)).all()
        alike = sorted(accounts, key=lambda a: (a.currency, a.type) != (first.currency, first.type))
        options = tuple(AccountOption(a.name, a.currency, a.type, a.number_last4) for a in alike)
    return AccountQuestion(first.currency, first.type, options, default, found is None)
