"""Accounts: finding them by what a statement or the user says, and their thresholds.

Card and account numbers are kept as their last four characters and a keyed hash (see
:mod:`finapp.store.account_numbers`): statements are matched to accounts by the hash.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import false, or_, select
from sqlalchemy.orm import Session

from finapp.core.money import exact_minor, from_minor
from finapp.errors import NotFoundError
from finapp.importers.base import ParsedAccount
from finapp.store.account_numbers import (
    existing_secret,
    is_masked,
    last_four,
    number_hash,
    store_secret,
)
from finapp.store.engine import Store
from finapp.store.schema import Account


@dataclass(frozen=True, slots=True)
class AccountView:
    id: int
    name: str
    institution: str
    number: str  # the last four characters only: the whole number is never kept
    type: str
    currency: str
    low_balance: Decimal | None


def _view(account: Account) -> AccountView:
    threshold = (
        None
        if account.low_balance_minor is None
        else from_minor(account.low_balance_minor, account.currency)
    )
    return AccountView(
        account.id,
        account.name,
        account.institution,
        account.number_last4,
        account.type,
        account.currency,
        threshold,
    )


def find_account(session: Session, name_or_number: str) -> Account | None:
    """An account by its name or its whole number (what the CLI's ACCOUNT argument means)."""
    secret = existing_secret(session.connection())
    hashed = number_hash(secret, name_or_number) if secret else ""
    by_number = Account.number_hash == hashed if hashed else false()
    return session.scalars(
        select(Account).where(or_(Account.name == name_or_number, by_number)).order_by(Account.id)
    ).first()


def require_account(session: Session, name_or_number: str) -> Account:
    account = find_account(session, name_or_number)
    if account is None:
        raise NotFoundError(f"No account named or numbered {name_or_number!r}")
    return account


def _default_name(parsed: ParsedAccount) -> str:
    if parsed.name:
        return parsed.name
    label = parsed.institution or parsed.type.replace("_", " ").title()
    return f"{label} …{last_four(parsed.number)}" if parsed.number else label or "Account"


def _unique_name(session: Session, wanted: str) -> str:
    name, n = wanted, 2
    while session.scalars(select(Account.id).where(Account.name == name)).first() is not None:
        name, n = f"{wanted} ({n})", n + 1
    return name


def _create_account(
    session: Session, parsed: ParsedAccount, name: str, hashed: str = ""
) -> Account:
    account = Account(
        name=name,
        institution=parsed.institution,
        number_last4=last_four(parsed.number),
        number_hash=hashed,
        type=parsed.type,
        currency=parsed.currency,
    )
    session.add(account)
    session.flush()
    return account


def _statement_hash(session: Session, parsed: ParsedAccount) -> str:
    """The keyed hash of the statement's whole account number; "" without one (or masked)."""
    if not parsed.number or is_masked(parsed.number):
        return ""
    return number_hash(store_secret(session.connection()), parsed.number)


def account_for_statement(
    session: Session, parsed: ParsedAccount, chosen_name: str | None
) -> Account:
    """The account a statement belongs to: the one the user chose, else matched by number.

    A statement without a whole number (none, or masked like finapp's own export) is matched
    by the account's name.
    """
    hashed = _statement_hash(session, parsed)
    if chosen_name:
        return find_account(session, chosen_name) or _create_account(
            session, parsed, chosen_name, hashed
        )
    match = Account.number_hash == hashed if hashed else Account.name == _default_name(parsed)
    account = session.scalars(select(Account).where(match).order_by(Account.id)).first()
    if account is not None:
        return account
    return _create_account(session, parsed, _unique_name(session, _default_name(parsed)), hashed)


def list_accounts(store: Store) -> list[AccountView]:
    with store.read() as session:
        return [_view(a) for a in session.scalars(select(Account).order_by(Account.name))]


def set_low_balance_threshold(store: Store, account: str, amount: Decimal) -> AccountView:
    """Warn when ``account``'s balance falls below ``amount``."""
    with store.write() as session:
        row = require_account(session, account)
        row.low_balance_minor = exact_minor(amount, row.currency)
        session.flush()
        return _view(row)
