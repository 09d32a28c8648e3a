"""A person's notes and tags on transactions, and the report by tag.

Notes and tags are the user's own words: no import, rule or re-import ever writes them, so a
statement read again over annotated lines leaves them as they were. Tags are kept as
:mod:`finapp.core.tags` writes them (no ``#``, case-folded), one row per transaction and tag.
Every edit says what it changed as a :class:`~finapp.services.changes.Changes` of
transactions, so the pages that show transactions reload.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from finapp.core.money import from_minor
from finapp.core.tags import normalize_tag
from finapp.errors import NotFoundError, Problem
from finapp.importers.base import ParsedTransaction
from finapp.services.changes import Changes, Kind
from finapp.services.edit_names import lines_named
from finapp.services.undoable import undoable
from finapp.store.engine import Store
from finapp.store.schema import Transaction, TransactionTag

#: a note or tag edit changes what the transactions pages show, nothing else
CHANGES = Changes.of(Kind.TRANSACTIONS)


@dataclass(frozen=True, slots=True)
class Annotated:
    """What an edit did: the transactions it touched and those whose note or tags changed."""

    transaction_ids: tuple[int, ...]
    changed: int

    @property
    def changes(self) -> Changes:
        return CHANGES if self.changed else Changes()


@dataclass(frozen=True, slots=True)
class Money:
    """Money out (spent, as a positive amount) and money in, in one currency."""

    spent: Decimal
    received: Decimal


@dataclass(frozen=True, slots=True)
class TagTotals:
    """One tag's lines over the report's dates: how many, and the money per currency."""

    tag: str
    count: int
    by_currency: dict[str, Money] = field(default_factory=dict)


def _require(session: Session, transaction_ids: Iterable[int]) -> tuple[int, ...]:
    """``transaction_ids`` once each, in order; NotFoundError names those not in the store."""
    wanted = tuple(dict.fromkeys(transaction_ids))
    found = set(session.scalars(select(Transaction.id).where(Transaction.id.in_(wanted))))
    missing = [str(i) for i in wanted if i not in found]
    if missing:
        english = f"No transaction with id {', '.join(missing)}"
        raise NotFoundError(Problem("transaction.missing", english, ids=", ".join(missing)))
    return wanted


def _kept(tags: Sequence[str]) -> list[str]:
    """``tags`` as written (``#Tax``, ``tax``) in their kept form, each once, in order."""
    return list(dict.fromkeys(normalize_tag(t) for t in tags))


def _named(result: Annotated, store: Store, *_: object) -> dict[str, str]:
    """A note or tags edit is named by the lines' payee, or how many lines."""
    return lines_named(store, result.transaction_ids)


@undoable("note", _named)
def set_note(store: Store, transaction_ids: Iterable[int], note: str) -> Annotated:
    """Write ``note`` on each transaction (an empty or blank note clears it)."""
    text = note.strip()
    with store.write() as session:
        ids = _require(session, transaction_ids)
        changed = (
            session.connection()
            .execute(
                update(Transaction)
                .where(Transaction.id.in_(ids), Transaction.note != text)
                .values(note=text)
            )
            .rowcount
        )
    return Annotated(ids, changed)


@undoable("tags", _named)
def add_tags(store: Store, tags: Sequence[str], transaction_ids: Iterable[int]) -> Annotated:
    """Put each of ``tags`` (as written: ``#tax`` or ``tax``) on each transaction; a tag it
    already has stays once."""
    kept = _kept(tags)
    with store.write() as session:
        ids = _require(session, transaction_ids)
        had = session.scalar(
            select(func.count()).where(
                TransactionTag.transaction_id.in_(ids), TransactionTag.tag.in_(kept)
            )
        )
        rows = [{"transaction_id": i, "tag": t} for i in ids for t in kept]
        if rows:
            session.execute(insert(TransactionTag).on_conflict_do_nothing(), rows)
    return Annotated(ids, len(rows) - (had or 0))


@undoable("tags", _named)
def remove_tags(store: Store, tags: Sequence[str], transaction_ids: Iterable[int]) -> Annotated:
    """Take each of ``tags`` off each transaction (one it does not have is no error)."""
    kept = _kept(tags)
    with store.write() as session:
        ids = _require(session, transaction_ids)
        changed = (
            session.connection()
            .execute(
                delete(TransactionTag).where(
                    TransactionTag.transaction_id.in_(ids), TransactionTag.tag.in_(kept)
                )
            )
            .rowcount
        )
    return Annotated(ids, changed)


@undoable("tags", _named)
def set_tags(store: Store, tags: Sequence[str], transaction_id: int) -> Annotated:
    """Make ``tags`` exactly the tags of one transaction (the editor's "Tags…" field)."""
    kept = _kept(tags)
    with store.write() as session:
        ids = _require(session, [transaction_id])
        had = set(tags_of(session, ids).get(transaction_id, ()))
        session.execute(
            delete(TransactionTag).where(
                TransactionTag.transaction_id == transaction_id, TransactionTag.tag.not_in(kept)
            )
        )
        added = [TransactionTag(transaction_id=transaction_id, tag=t) for t in kept if t not in had]
        session.add_all(added)
    return Annotated(ids, len(had.symmetric_difference(kept)))


@undoable("tags", _named)
def retag(
    store: Store, added: Sequence[str], removed: Sequence[str], transaction_ids: Sequence[int]
) -> Annotated:
    """Put ``added`` on and take ``removed`` off each transaction, as one edit undone as one
    (the page's "Tags…" on a selection)."""
    on = add_tags(store, added, transaction_ids) if added else None
    off = remove_tags(store, removed, transaction_ids) if removed else None
    ids = tuple(dict.fromkeys(transaction_ids))
    return Annotated(ids, sum(done.changed for done in (on, off) if done is not None))


def tag_new_lines(session: Session, stored: Sequence[tuple[ParsedTransaction, int]]) -> None:
    """Put the tags finapp's own export carries on the lines an import of it stored now, each
    given with its transaction's id (:mod:`finapp.services.exported_lines` finds them); a line
    stored before keeps the tags it has."""
    rows = [{"transaction_id": id_, "tag": tag} for line, id_ in stored for tag in line.tags]
    if rows:
        session.execute(insert(TransactionTag).on_conflict_do_nothing(), rows)


def tags_of(
    session: Session, transaction_ids: Iterable[int] | None = None
) -> dict[int, tuple[str, ...]]:
    """Each transaction's tags in order (every tagged transaction when ``transaction_ids`` is
    None); an untagged transaction is absent."""
    query = select(TransactionTag.transaction_id, TransactionTag.tag).order_by(
        TransactionTag.transaction_id, TransactionTag.tag
    )
    if transaction_ids is not None:
        query = query.where(TransactionTag.transaction_id.in_(list(transaction_ids)))
    found: dict[int, list[str]] = defaultdict(list)
    for transaction_id, tag in session.execute(query):
        found[transaction_id].append(tag)
    return {i: tuple(t) for i, t in found.items()}


def tags_in_use(store: Store) -> list[tuple[str, int]]:
    """Every tag on some transaction with how many carry it, the most used first."""
    count = func.count().label("n")
    with store.read() as session:
        rows = session.execute(
            select(TransactionTag.tag, count)
            .group_by(TransactionTag.tag)
            .order_by(count.desc(), TransactionTag.tag)
        ).all()
    return [(tag, n) for tag, n in rows]


def tagged_years(store: Store) -> list[int]:
    """The years some tagged transaction falls in, the latest first (the report's periods)."""
    year = func.strftime("%Y", Transaction.posted)
    with store.read() as session:
        found = session.scalars(
            select(year)
            .join(TransactionTag, TransactionTag.transaction_id == Transaction.id)
            .distinct()
            .order_by(year.desc())
        ).all()
    return [int(y) for y in found]


def tag_report(
    store: Store, *, since: date | None = None, until: date | None = None
) -> list[TagTotals]:
    """Per tag, over the dates (inclusive, each optional): the lines that carry it, and money
    out and in per currency; the tags with the most lines first.

    Money is never added across currencies: a holiday paid in EUR and USD shows both.
    """
    query = (
        select(
            TransactionTag.tag,
            Transaction.currency,
            func.count(),
            func.sum(func.min(Transaction.amount_minor, 0)),
            func.sum(func.max(Transaction.amount_minor, 0)),
        )
        .join(Transaction, Transaction.id == TransactionTag.transaction_id)
        .group_by(TransactionTag.tag, Transaction.currency)
    )
    if since is not None:
        query = query.where(Transaction.posted >= since)
    if until is not None:
        query = query.where(Transaction.posted <= until)
    counts: dict[str, int] = defaultdict(int)
    money: dict[str, dict[str, Money]] = defaultdict(dict)
    with store.read() as session:
        for tag, currency, n, out_minor, in_minor in session.execute(query):
            counts[tag] += n
            money[tag][currency] = Money(
                from_minor(-out_minor, currency), from_minor(in_minor, currency)
            )
    ordered = sorted(counts, key=lambda t: (-counts[t], t))
    return [TagTotals(t, counts[t], dict(sorted(money[t].items()))) for t in ordered]
