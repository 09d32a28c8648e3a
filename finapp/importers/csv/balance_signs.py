"""Signs of amounts written without one, told by the running balance beside them.

Some bank exports print every amount as a positive number and let the balance column say
which way the money went: the balance rises with money in and falls with money out. Row after
row, the change of the balance is the amount with its sign, so every row's sign follows, except
the oldest one's: the balance before it is not in the file. That one the user says (the import
wizard asks, the CLI takes ``--first-row in|out``); finapp never guesses it.

The rows are listed oldest first or newest first (the order their balances chain in); a file
whose balances chain in neither order cannot be signed and is refused at the first row that
breaks the chain, since any reading of it would be a guess.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from finapp.core.choices import FIRST_SIGNS
from finapp.errors import Problem


@dataclass(frozen=True)
class SignRow:
    """One data row as the signing sees it: its line and day, the amount as written, its
    balance, and its payee to name it by when its sign is asked for."""

    line: int
    posted: date
    amount: Decimal
    balance: Decimal | None
    payee: str = ""


class BalanceSignProblem(Exception):
    """Why the balances cannot sign the rows, at the line that shows it."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


class FirstSignNeeded(Exception):
    """Every row is signed but the oldest, whose sign the user must give."""

    def __init__(self, oldest: SignRow) -> None:
        super().__init__(
            Problem(
                "balance.first_sign",
                "the amounts have no sign and the balance column tells money in from money out for "
                f"every row but the oldest (line {oldest.line}: {oldest.posted.isoformat()} "
                f"{oldest.payee} {oldest.amount}), as the balance before it is not in the file: "
                "say whether that row is money in or out (the import wizard asks; the command line "
                "takes --first-row in or --first-row out)",
                line=oldest.line,
                date=oldest.posted.isoformat(),
                payee=oldest.payee,
                amount=oldest.amount,
            )
        )
        self.oldest = oldest


def filled_rows(
    amounts: Sequence[Decimal | None], balances: Sequence[Decimal | None]
) -> list[tuple[Decimal, Decimal]] | None:
    """The (amount, balance) of each row, or None when there are fewer than two rows or a cell
    is empty: a balance chain with a gap in it says nothing about the amounts' signs."""
    rows = [
        (a, b) for a, b in zip(amounts, balances, strict=True) if a is not None and b is not None
    ]
    return rows if len(amounts) >= 2 and len(rows) == len(amounts) else None


def steps_match(amounts: Sequence[Decimal | None], balances: Sequence[Decimal | None]) -> bool:
    """Whether the balances move by exactly the amounts, up and down, in one row order: the
    mark of unsigned amounts beside a running balance (a balance that only rises could as well
    be what a card owes, so both directions must occur)."""
    rows = filled_rows(amounts, balances)
    if rows is None:
        return False
    for order in (rows, rows[::-1]):
        steps = [b - a for (_, a), (_, b) in itertools.pairwise(order)]
        if all(abs(s) == abs(r) for s, (r, _) in zip(steps, order[1:], strict=True)) and (
            any(s > 0 for s in steps) and any(s < 0 for s in steps)
        ):
            return True
    return False


def signed_amounts(rows: Sequence[SignRow], first_sign: str) -> list[Decimal]:
    """The rows' amounts with the sign their balances give, in the rows' order.

    ``first_sign`` (``"in"``/``"out"``, or ``""`` when not given) is the oldest row's.
    Raises :class:`BalanceSignProblem` when the balances do not chain and
    :class:`FirstSignNeeded` when the oldest row's sign is wanted.
    """
    if not rows:
        return []
    for row in rows:
        if row.balance is None:
            raise BalanceSignProblem(
                row.line,
                Problem("balance.missing", "no balance, which tells the sign of its amount"),
            )
    oldest_first, newest_first = _break(rows) is None, _break(rows[::-1]) is None
    if oldest_first and newest_first and rows[0].posted != rows[-1].posted:
        oldest_first = rows[0].posted < rows[-1].posted  # both chain: the dates tell the order
        newest_first = not oldest_first
    if oldest_first and newest_first:
        raise BalanceSignProblem(
            rows[0].line,
            Problem(
                "balance.both_orders",
                "the balances chain both oldest first and newest "
                "first, so the sign of the amounts cannot be told",
            ),
        )
    if oldest_first:
        return _signs(rows, first_sign)
    if newest_first:
        return _signs(rows[::-1], first_sign)[::-1]
    broken = _break(rows if rows[0].posted <= rows[-1].posted else rows[::-1])
    assert broken is not None  # neither order chains, so this one breaks somewhere
    before, row = broken
    raise BalanceSignProblem(
        row.line,
        Problem(
            "balance.broken",
            f"the balance {row.balance} does not follow from the balance before it "
            f"({before.balance}) and the amount {row.amount}, so the sign of the amounts "
            "cannot be told",
            balance=row.balance,
            before=before.balance,
            amount=row.amount,
        ),
    )


def _balance(row: SignRow) -> Decimal:
    """The row's balance: :func:`signed_amounts` has refused the rows if one has none."""
    assert row.balance is not None
    return row.balance


def _break(rows: Sequence[SignRow]) -> tuple[SignRow, SignRow] | None:
    """The first row whose balance is not the one before it moved by its amount (with that
    one before it), or None when the rows chain in this order."""
    return next(
        (
            (before, row)
            for before, row in itertools.pairwise(rows)
            if abs(_balance(row) - _balance(before)) != row.amount
        ),
        None,
    )


def _signs(oldest_first: Sequence[SignRow], first_sign: str) -> list[Decimal]:
    first = oldest_first[0]
    if first.amount and first_sign not in FIRST_SIGNS:
        raise FirstSignNeeded(first)
    out = [first.amount if first_sign == "in" else -first.amount]
    for before, row in itertools.pairwise(oldest_first):
        rising = _balance(row) > _balance(before)
        out.append(row.amount if rising else -row.amount)
    return out
