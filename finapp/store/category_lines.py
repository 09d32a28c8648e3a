"""Money summed by category, line by line: what every sum by category reads instead of the
transactions table alone, so that a split transaction is counted by its parts everywhere alike.

A transaction the user divided among categories (a −120.00 receipt: −80.00 groceries, −40.00
household) is one bank line but two amounts in two categories. Budgets, their alerts, the month
report, the year in review and the dashboard all sum money by category; each reading the parts
on its own would be as many chances to count a receipt twice, or whole under one category.
Here the lines are of two kinds: each transaction not split, as itself, and each part of a split
one, under the part's category with the part's amount and its transaction's id, day, account,
currency and transfer flag.

A line is split exactly when its ``category_source`` is ``"split"`` (what
:mod:`finapp.services.splits` writes with the parts, and what no rule overwrites): telling the
two kinds apart by that column costs nothing per line, where asking the parts table about each
of 300k lines would cost every report a lookup per line. The parts are read first and their
transactions found by id, so a store without splits pays for one empty table.

The two kinds are summed apart and their few sums added up afterwards. A union of the lines
summed at once costs a sum over the whole history 6 % more (SQLite passes every one of 300k
rows through the union); summed apart, a store without splits sums as fast as before.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, Subquery, func, or_, select, union_all
from sqlalchemy.sql.base import ReadOnlyColumnCollection

from finapp.core.category_sources import CategorySource
from finapp.store.schema import Transaction, TransactionSplit

#: the ``category_source`` of a line counted by its parts, as the plain word SQL compares
SPLIT_SOURCE = CategorySource.SPLIT.value

#: a line's columns: ``id`` (its transaction's), ``account_id``, ``posted``, ``currency``,
#: ``is_transfer``, ``category_id``, ``amount_minor``
Line = ReadOnlyColumnCollection[str, Any]

_SHARED = (
    Transaction.id,
    Transaction.account_id,
    Transaction.posted,
    Transaction.currency,
    Transaction.is_transfer,
)


def _kinds(
    where: Sequence[ColumnElement[bool]], categories: Collection[int | None] | None
) -> tuple[Subquery, Subquery]:
    """The transactions not split, and the parts of the split ones, as lines: of the
    transactions ``where`` chooses, in ``categories`` (all when None)."""
    whole = select(*_SHARED, Transaction.category_id, Transaction.amount_minor).where(
        Transaction.category_source.is_distinct_from(SPLIT_SOURCE), *where
    )
    parts = (
        select(*_SHARED, TransactionSplit.category_id, TransactionSplit.amount_minor)
        .select_from(TransactionSplit)
        # ``+ 0``: the parts lead and each finds its transaction by id; left to itself SQLite
        # scans every transaction for the parts instead
        .join(Transaction, Transaction.id == TransactionSplit.transaction_id + 0)
        .where(Transaction.category_source == SPLIT_SOURCE, *where)
    )
    if categories is not None:
        whole = whole.where(Transaction.category_id.in_(categories))
        parts = parts.where(TransactionSplit.category_id.in_(categories))
    return whole.subquery("whole_lines"), parts.subquery("split_parts")


def _money(line: Line) -> ColumnElement[Any]:
    return func.sum(line.amount_minor)


def category_sums(
    keys: Callable[[Line], Sequence[ColumnElement[Any]]],
    *where: ColumnElement[bool],
    categories: Collection[int | None] | None = None,
    measure: Callable[[Line], ColumnElement[Any]] = _money,
) -> Select[Any]:
    """Rows of ``keys`` and the sum of ``amount_minor`` of the lines with those keys, a split
    transaction counted by its parts.

    ``keys`` is given a :data:`Line`'s columns and returns what to group by. ``where`` chooses
    the transactions (written on :class:`Transaction`'s columns: a month's days, a currency,
    no transfers); ``categories``, the categories whose lines count (a budget's sub-tree),
    each part by its own. ``measure`` is what is added up instead of the money: an aggregate
    of a group of lines of one kind (how many transactions they are).
    """
    sums = []
    for line in (kind.c for kind in _kinds(where, categories)):
        grouped = [key.label(f"key{i}") for i, key in enumerate(keys(line))]
        sums.append(select(*grouped, measure(line).label("total")).group_by(*grouped))
    both = union_all(*sums).subquery("sums")
    outer = [column for column in both.c if column.name != "total"]
    return select(*outer, func.sum(both.c.total)).group_by(*outer)


def filed_in(categories: Collection[int]) -> ColumnElement[bool]:
    """Whether a transaction is filed in one of ``categories``: by its own category or, for a
    split line, by any of its parts' (a receipt split into groceries and household is found
    under either)."""
    with_part = select(TransactionSplit.transaction_id).where(
        TransactionSplit.category_id.in_(categories)
    )
    return or_(Transaction.category_id.in_(categories), Transaction.id.in_(with_part))
