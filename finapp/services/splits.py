"""Dividing one bank line among categories: a supermarket receipt into groceries and household,
a mortgage payment into principal and interest.

A split line has two parts or more, each signed as the line is and none zero, adding up
exactly to the line's amount (parts have no currency of their own). Wherever money is summed
by category the line is counted by its parts; the line itself keeps the category of its
largest part, so a place that shows one category shows something sensible, with the source
``"split"``, which no rule overwrites. Every edit writes in one :meth:`Store.write`, so a
refused edit changes nothing and the edit can be undone as one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from finapp.core.category_sources import CategorySource
from finapp.core.money import decimals, exponent, format_minor, from_minor
from finapp.errors import InvalidInputError, NotFoundError, Problem
from finapp.importers.base import ParsedSplit
from finapp.services.categories import category_paths, ensure_category, split_path
from finapp.services.changes import Changes, Kind
from finapp.services.edit_names import lines_named
from finapp.services.undoable import undoable
from finapp.store.engine import Store
from finapp.store.schema import Transaction, TransactionSplit

#: a split changes what is counted under each category: budgets, their alerts, the pages
CHANGES = Changes.of(Kind.TRANSACTIONS, Kind.CATEGORIES, Kind.BUDGETS, Kind.ALERTS)

#: transaction ids asked for in one query (SQLite's limit on variables is far above it)
_CHUNK = 500


#: one part as the user gives it (a category path, an amount signed as the line, a memo): the
#: same record an import reads from finapp's own export
SplitPart = ParsedSplit


@dataclass(frozen=True, slots=True)
class SplitPartView:
    """One stored part: its category path ("" when its category was deleted since)."""

    position: int
    category: str
    amount: Decimal
    currency: str
    memo: str = ""


@dataclass(frozen=True, slots=True)
class SplitResult:
    """What an edit left: the line's parts (none once cleared) and the category it shows."""

    transaction_id: int
    payee: str
    amount: Decimal
    currency: str
    #: the line's own category now (its largest part's)
    category: str
    parts: tuple[SplitPartView, ...]

    @property
    def changes(self) -> Changes:
        return CHANGES


def signed_as_line(written: Sequence[Decimal], line: Decimal) -> list[Decimal]:
    """Amounts as a person writes the parts of a line, signed as the line: a spending line's
    parts may be written without their minus (80 and 40 of a −120 receipt).

    Written all of one sign they are taken so; written both ways they are refused, since it is
    not clear which were meant.
    """
    if any(a < 0 for a in written) and any(a > 0 for a in written):
        english = "Write the parts all with a minus or all without"
        raise InvalidInputError(Problem("split.mixed_signs", english))
    return [-abs(a) if line < 0 else a for a in written]


def _named(_result: SplitResult, store: Store, txn_id: int, *_: object) -> dict[str, str]:
    """A split, or its removal, is named by the line's payee."""
    return lines_named(store, [txn_id])


@undoable("split", _named)
def set_splits(store: Store, txn_id: int, parts: Sequence[SplitPart]) -> SplitResult:
    """Replace the parts of a transaction by ``parts`` (in that order), creating categories
    named for the first time; the line takes its largest part's category.

    Everything is checked before anything is kept: a refusal leaves the line as it was.
    """
    with store.write() as session:
        txn = _require(session, txn_id)
        amounts = _checked_amounts(txn, parts)
        session.execute(delete(TransactionSplit).where(TransactionSplit.transaction_id == txn_id))
        ids = [ensure_category(session, part.category).id for part in parts]
        memos = [part.memo.strip() for part in parts]
        file_parts(session, txn, list(zip(ids, amounts, memos, strict=True)))
        session.flush()
        return _result(session, txn)


@undoable("unsplit", _named)
def clear_splits(store: Store, txn_id: int) -> SplitResult:
    """Make a split line one line again, in its largest part's category, as a manual choice."""
    with store.write() as session:
        txn = _require(session, txn_id)
        rows = _rows(session, [txn_id]).get(txn_id, [])
        if not rows:
            english = f"Transaction {txn_id} is not split"
            raise InvalidInputError(Problem("split.not_split", english, id=txn_id))
        txn.category_id = rows[_largest([row.amount_minor for row in rows])].category_id
        txn.category_source = CategorySource.MANUAL
        session.execute(delete(TransactionSplit).where(TransactionSplit.transaction_id == txn_id))
        session.flush()
        return _result(session, txn)


def splits_of(store: Store, txn_id: int) -> tuple[SplitPartView, ...]:
    """The parts of one transaction in the user's order (none when it is not split)."""
    with store.read() as session:
        _require(session, txn_id)
        return splits_by_transaction(session, [txn_id]).get(txn_id, ())


def line_amount(store: Store, txn_id: int) -> tuple[Decimal, str]:
    """The amount and currency of the line to split, which its parts must add up to."""
    with store.read() as session:
        txn = _require(session, txn_id)
        return from_minor(txn.amount_minor, txn.currency), txn.currency


def splits_by_transaction(
    session: Session, txn_ids: Iterable[int] | None = None
) -> dict[int, tuple[SplitPartView, ...]]:
    """The parts of every split transaction among ``txn_ids`` (all when None), by id.

    For lists: one query per few hundred lines, and the category paths read once.
    """
    rows = _rows(session, txn_ids)
    if not rows:
        return {}
    paths = category_paths(session)
    return {
        txn_id: tuple(
            SplitPartView(
                row.position,
                paths.get(row.category_id, "") if row.category_id is not None else "",
                from_minor(row.amount_minor, row.currency),
                row.currency,
                row.memo,
            )
            for row in parts
        )
        for txn_id, parts in rows.items()
    }


def read_splits(
    store: Store, txn_ids: Iterable[int] | None = None
) -> dict[int, tuple[SplitPartView, ...]]:
    """:func:`splits_by_transaction` in a read session of its own."""
    with store.read() as session:
        return splits_by_transaction(session, txn_ids)


# --- checking and reading ---------------------------------------------------------------------


def _require(session: Session, txn_id: int) -> Transaction:
    txn = session.get(Transaction, txn_id)
    if txn is None:
        english = f"No transaction with id {txn_id}"
        raise NotFoundError(Problem("transaction.missing", english, ids=txn_id))
    return txn


def _checked_amounts(txn: Transaction, parts: Sequence[SplitPart]) -> list[int]:
    """Each part's amount in minor units, once the parts are known to make a split of
    ``txn``: two or more, each a category path and an amount of the line's sign and currency,
    adding up to the line."""
    currency = txn.currency
    line = format_minor(txn.amount_minor, currency)
    if len(parts) < 2:
        english = "A split needs two parts or more"
        raise InvalidInputError(Problem("split.too_few_parts", english, count=len(parts)))
    if txn.amount_minor == 0:
        english = f"A line of {line} {currency} has nothing to split"
        raise InvalidInputError(Problem("split.zero_line", english, currency=currency))
    amounts = []
    for part in parts:
        split_path(part.category)
        amounts.append(_minor(part.amount, currency))
        if amounts[-1] == 0:
            english = f"The part of {part.category} is zero: remove it or give it an amount"
            raise InvalidInputError(Problem("split.zero_part", english, category=part.category))
        if (amounts[-1] < 0) != (txn.amount_minor < 0):
            english = (
                f"The part of {part.category} ({part.amount}) is not signed as the line ({line})"
            )
            facts = {"category": part.category, "amount": part.amount, "line": line}
            raise InvalidInputError(Problem("split.wrong_sign", english, **facts))
    if sum(amounts) != txn.amount_minor:
        total = format_minor(sum(amounts), currency)
        english = f"The parts add up to {total}, not to the line's {line} {currency}"
        facts = {"total": total, "line": line, "currency": currency}
        raise InvalidInputError(Problem("split.sum_mismatch", english, **facts))
    return amounts


def _minor(amount: Decimal, currency: str) -> int:
    """Minor units of a part's amount; finer than the currency allows is refused."""
    places = decimals(currency)
    if not amount.is_finite() or amount.scaleb(places) != amount.scaleb(places).to_integral_value():
        english = f"{amount} has more decimals than {currency} allows ({places})"
        facts = {"amount": amount, "currency": currency, "places": places}
        raise InvalidInputError(Problem("split.too_many_decimals", english, **facts))
    return int(amount.scaleb(exponent(currency)))


def file_parts(
    session: Session, txn: Transaction, parts: Sequence[tuple[int | None, int, str]]
) -> None:
    """Store ``parts`` of ``txn`` in their order, each (category id, amount in minor units,
    memo), and file the line under its largest part's category as a split no rule refiles."""
    session.add_all(
        TransactionSplit(
            transaction_id=txn.id,
            position=position,
            category_id=category_id,
            amount_minor=minor,
            memo=memo,
        )
        for position, (category_id, minor, memo) in enumerate(parts)
    )
    txn.category_id = parts[_largest([minor for _, minor, _ in parts])][0]
    txn.category_source = CategorySource.SPLIT


def _largest(amounts: Sequence[int]) -> int:
    """The position of the largest part by size, the first of equals."""
    return max(range(len(amounts)), key=lambda i: (abs(amounts[i]), -i))


@dataclass(frozen=True, slots=True)
class _Row:
    position: int
    category_id: int | None
    amount_minor: int
    currency: str
    memo: str


def _rows(session: Session, txn_ids: Iterable[int] | None) -> dict[int, list[_Row]]:
    """The stored parts of ``txn_ids`` (all when None) in order, with their line's currency."""
    query = (
        select(
            TransactionSplit.transaction_id,
            TransactionSplit.position,
            TransactionSplit.category_id,
            TransactionSplit.amount_minor,
            Transaction.currency,
            TransactionSplit.memo,
        )
        .join(Transaction, Transaction.id == TransactionSplit.transaction_id)
        .order_by(TransactionSplit.transaction_id, TransactionSplit.position)
    )
    if txn_ids is None:
        batches = [query]
    else:
        wanted = list(dict.fromkeys(txn_ids))
        batches = [
            query.where(TransactionSplit.transaction_id.in_(wanted[i : i + _CHUNK]))
            for i in range(0, len(wanted), _CHUNK)
        ]
    found: dict[int, list[_Row]] = defaultdict(list)
    for batch in batches:
        for txn_id, position, category_id, minor, currency, memo in session.execute(batch):
            found[txn_id].append(_Row(position, category_id, minor, currency, memo))
    return dict(found)


def _result(session: Session, txn: Transaction) -> SplitResult:
    paths = category_paths(session)
    return SplitResult(
        txn.id,
        txn.payee,
        from_minor(txn.amount_minor, txn.currency),
        txn.currency,
        paths.get(txn.category_id, "") if txn.category_id is not None else "",
        splits_by_transaction(session, [txn.id]).get(txn.id, ()),
    )
