"""An account's currency, set by the user where finapp had to guess it.

A CSV that names no currency anywhere is read in the household's currency
(:mod:`finapp.services.import_guessed_currency`): a US card's download dropped beside a German
bank's statements reads as euros. The amounts the bank wrote are right; only what they are
counted in was guessed. So the user's correction relabels and converts nothing: the account, its
lines and its subscriptions take the new code, every figure stays as the statement wrote it.

Alerts about the account follow at their next evaluation
(:func:`finapp.services.alert_currency.tell_in_account_currency`), which the GUI and the CLI run
right after, and after an undo too. A later download of the same account keeps to the corrected
currency: a statement whose currency was a guess takes the currency of the account already
holding its lines.

Refused when the two currencies are not counted in the same unit (a yen has no cents: 15.49 would
become another amount, and every stored key of a line without a bank id holds its amount in
minor units), and when the new currency's amounts are whole (the CFA franc's) and a line's is not.
"""

from __future__ import annotations

from babel.numbers import is_currency
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from finapp.core.money import decimals, exponent
from finapp.errors import InvalidInputError, Problem
from finapp.services.accounts import AccountView, account_named, require_account, view_of
from finapp.services.undoable import undoable
from finapp.store.engine import Store
from finapp.store.schema import Account, Subscription, Transaction


def currency_code(text: str) -> str:
    """``text`` as an ISO 4217 code ("usd" is USD); refused when it names no currency."""
    code = text.strip().upper()
    if len(code) != 3 or not code.isascii() or not is_currency(code):
        raise InvalidInputError(
            Problem(
                "account.bad_currency",
                f"{text!r} is not a currency code (three letters, such as EUR)",
                value=text,
            )
        )
    return code


@undoable(
    "account_currency", lambda view, *_, **__: {"currency": view.currency}, before=account_named
)
def set_account_currency(store: Store, account: str, currency: str) -> AccountView:
    """Count ``account`` (a name or number) and its lines in ``currency``, the amounts as they
    are; see the module docstring for what is refused."""
    code = currency_code(currency)
    with store.write() as session:
        row = require_account(session, account)
        old = row.currency
        if code == old:
            return view_of(session, row)
        _require_same_unit(session, row, code)
        row.currency = code
        for table in (Transaction, Subscription):
            session.execute(
                update(table)
                .where(table.account_id == row.id, table.currency == old)
                .values(currency=code)
            )
        session.flush()
        return view_of(session, row)


def _require_same_unit(session: Session, account: Account, code: str) -> None:
    old = account.currency
    facts = {"account": account.name, "old": old, "new": code}
    if exponent(code) != exponent(old):
        english = (
            f"{account.name} cannot change from {old} to {code}: the two are not written with "
            f"the same number of decimals, so its amounts would change"
        )
        raise InvalidInputError(Problem("account.currency_unit", english, **facts))
    finer = 10 ** (exponent(code) - decimals(code))
    if finer == 1:
        return
    fractional = session.scalar(
        select(func.count())
        .select_from(Transaction)
        .where(Transaction.account_id == account.id, Transaction.amount_minor % finer != 0)
    )
    if fractional:
        english = (
            f"{fractional} transactions of {account.name} have cents, which {code} does not have"
        )
        raise InvalidInputError(
            Problem("account.currency_whole", english, count=str(fractional), **facts)
        )
