"""A statement whose every ``DEBIT`` is money in and every ``CREDIT`` money out: said, not flipped.

OFX signs ``<TRNAMT>`` from the account holder's side (negative: money out) and ``<TRNTYPE>``
names the kind of line. Some card issuers write the amounts from their own books instead, where
a purchase is a debit that raises what is owed: ``DEBIT +45.00``, ``CREDIT -300.00``. Other
banks use the types loosely (a ``CREDIT`` on every line of either direction), and readers differ
(GnuCash and several apps offer the user an "invert amounts" choice; monetr reads the direction
from the type; ofxparse and ofxtools keep the sign). The sign is what the balance is made of, so
finapp keeps it as written and never guesses from the types; but when *both* types are used and
*every* line of them contradicts its sign, the file is most likely signed the other way round,
and the import says so, naming the lines, for the user to check before trusting the figures.
"""

from __future__ import annotations

from finapp.core.account_types import AccountType
from finapp.errors import Problem
from finapp.importers.base import ParsedStatement

#: the types whose meaning is a direction: money out, money in
_OUT, _IN = "debit", "credit"


def contradicted_signs(stmt: ParsedStatement) -> Problem | None:
    """The warning for ``stmt`` when every ``DEBIT`` line is positive and every ``CREDIT`` line
    negative, with at least one of each; None otherwise (investment statements' types are
    trades, not directions)."""
    if stmt.account.type == AccountType.INVESTMENT:
        return None
    typed = [t for t in stmt.transactions if t.kind in (_OUT, _IN) and t.amount]
    kinds = {t.kind for t in typed}
    if kinds != {_OUT, _IN} or any((t.kind == _OUT) == (t.amount < 0) for t in typed):
        return None
    debit = next(t for t in typed if t.kind == _OUT)
    credit = next(t for t in typed if t.kind == _IN)
    account = stmt.account.number or "—"
    english = (
        f"every DEBIT line of account {account} is money in and every CREDIT line money out "
        f"({len(typed)} lines; line {debit.line}: DEBIT {debit.amount:+}, line {credit.line}: "
        f"CREDIT {credit.amount:+}): stored as written; if purchases show as money in, the bank "
        "signed the file from its own side"
    )
    return Problem(
        "ofx.signs_contradict_types",
        english,
        account=account,
        count=len(typed),
        debit_line=debit.line,
        debit=f"{debit.amount:+}",
        credit_line=credit.line,
        credit=f"{credit.amount:+}",
    )
