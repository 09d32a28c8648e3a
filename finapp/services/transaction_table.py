"""Every transaction as plain row tuples, in batches: what the app's transactions table is built
from.

:func:`~finapp.services.transactions.list_transactions` makes a ``TransactionView`` (with a
``Decimal``) per row, which the CLI wants; the app's table keeps columns of numbers and codes,
so with 300k transactions building those objects only to take them apart again cost most of
its load time, and holding all of them at once most of its memory. Here rows come from the
query a batch at a time, with the category ids' paths beside them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from sqlalchemy import select

from finapp.core.category_kinds import CategoryKind
from finapp.core.money import to_minor
from finapp.services.annotations import tags_of
from finapp.services.categories import category_paths
from finapp.services.payee_names import TableNames
from finapp.services.splits import splits_by_transaction
from finapp.store.engine import Store
from finapp.store.schema import Account, Category, Transaction

#: rows fetched from the store at a time
BATCH_ROWS = 20_000


class TableBatch(NamedTuple):
    """Rows of ``(id, account name, posted, posted_time, amount_minor, currency, payee, memo,
    merchant, category_id)``, oldest first (ties by id), every category's path by id, the
    names the rows' payees are shown by, and the user's notes and tags by transaction id
    (only the lines that have them: most have none); likewise the category path and money
    (minor units) of each part of each split line, so the filter by category finds a line by
    any of its parts and its net counts the parts in the category, not the whole line.

    ``transfers`` names the lines marked a transfer (money moved between the household's own
    accounts, or a card's line that paid a wallet's purchase), each with its other side's id
    (None when that side is not in the store), and ``transfer_paths`` the categories of the
    transfer kind: the table's net leaves both out as every report does, so a search for 美团
    counts the WeChat Pay order once and not again as the card line that paid it."""

    rows: Sequence[Sequence[Any]]
    category_paths: dict[int, str]
    payee_names: TableNames
    notes: dict[int, str]
    tags: dict[int, tuple[str, ...]]
    part_categories: dict[int, tuple[tuple[str, int], ...]]
    transfers: dict[int, int | None]
    transfer_paths: frozenset[str]


def table_batches(store: Store, batch_rows: int = BATCH_ROWS) -> Iterator[TableBatch]:
    """Every transaction, oldest first, a batch at a time (the store stays open meanwhile)."""
    query = (
        select(
            Transaction.id,
            Account.name,
            Transaction.posted,
            Transaction.posted_time,
            Transaction.amount_minor,
            Transaction.currency,
            Transaction.payee,
            Transaction.memo,
            Transaction.merchant,
            Transaction.category_id,
        )
        .join(Account)
        .order_by(Transaction.posted, Transaction.id)
        .execution_options(yield_per=batch_rows)
    )
    with store.read() as session:
        paths = category_paths(session)
        names = TableNames(session)
        noted = select(Transaction.id, Transaction.note).where(Transaction.note != "")
        notes: dict[int, str] = {tid: note for tid, note in session.execute(noted)}
        tags = tags_of(session)
        parts = {
            txn_id: tuple((part.category, to_minor(part.amount, part.currency)) for part in split)
            for txn_id, split in splits_by_transaction(session).items()
        }
        marked = select(Transaction.id, Transaction.transfer_peer_id).where(
            Transaction.is_transfer.is_(True)
        )
        transfers: dict[int, int | None] = {tid: peer for tid, peer in session.execute(marked)}
        kinds = select(Category.id).where(Category.kind == CategoryKind.TRANSFER)
        transfer_paths = frozenset(paths[cid] for cid in session.scalars(kinds) if cid in paths)
        # Core rows through the session's connection: the ORM's per-row loading is not needed
        for rows in session.connection().execute(query).partitions():
            yield TableBatch(rows, paths, names, notes, tags, parts, transfers, transfer_paths)
