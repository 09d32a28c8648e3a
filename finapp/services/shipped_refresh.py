"""Bringing a store's shipped rules up to the book this finapp ships, when it is opened.

A store seeded by an older finapp holds that finapp's shipped rules: without this, a release
that corrects them (UBER *EATS is food delivery, not a ride; COSTCO GAS is fuel) would reach new
stores only. It runs on open, not as a schema step, because the book changes with releases and
the schema does not: the store records the book it holds
(:mod:`finapp.services.shipped_book_record`), and an open by the finapp that recorded it reads
that one row and stops.

What the user decided stands. A shipped rule still as its book seeded it (its category renamed,
moved or merged by the user along with the whole category counts as such) is replaced by the
current book's; one the user turned off stays as it is, and one the user deleted, or whose
category the user deleted, does not come back. The user's own and learned rules are not
touched. Lines a replaced rule filed, and lines no rule filed (nothing, or only their bank),
are filed by the new book as an import would file them now: where no rule of it files a line,
the bank's own category of the line does, if it gave one. A category chosen by hand, a split
line's and a user's rule's filing stay.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from finapp.core.category_sources import CategorySource
from finapp.core.rule_origins import RuleOrigin
from finapp.core.rules import RuleBook
from finapp.services.categories import category_paths
from finapp.services.rule_filing import AUTO_SOURCES, LineRow, apply_rules, rule_book
from finapp.services.shipped_book_record import held_book, holds_current_book, record_book
from finapp.services.shipped_past_books import past_book
from finapp.services.shipped_rule_file import (
    Book,
    ShippedKey,
    current_book,
    load_shipped_rules,
    shipped_key,
)
from finapp.services.shipped_rules import insert_shipped_rules
from finapp.services.undoable import forget_edits
from finapp.store.engine import Store
from finapp.store.schema import Rule, Transaction

log = logging.getLogger("finapp.store")


def refresh_shipped_rules(store: Store) -> bool:
    """Bring the store's shipped rules to this finapp's book; whether it held another. Opening
    a store asks first, in SQL alone, whether there is anything to do
    (:func:`~finapp.services.shipped_book_record.holds_current_book`).

    The edit journal is cleared after a refresh, as after an import: its statements point at
    rules and lines the refresh rewrote.
    """
    with store.write() as session:
        if holds_current_book(session.connection()):
            return False  # another finapp opening the store brought it up to date meanwhile
        _refresh(session)
    forget_edits(store)
    return True


def _key(rule: Rule) -> ShippedKey:
    return shipped_key(rule.pattern, rule.match_type, rule.sign)


def _refresh(session: Session) -> None:
    rules = session.scalars(select(Rule).where(Rule.origin == RuleOrigin.SHIPPED)).all()
    paths = category_paths(session)
    held = {_key(rule): (rule.match_field, paths.get(rule.category_id or 0, "")) for rule in rules}
    old = held_book(session.connection()) or past_book(held)
    now = _categories_now(rules, old)
    stale = [rule for rule in rules if _as_seeded(rule, old, now)]
    stale_keys = {_key(rule) for rule in stale}
    decided = (old.keys() | held.keys()) - stale_keys  # deleted, or kept as the user left them
    category_ids = {path: cid for cid, path in paths.items()} | now
    removed = {path for _, path in old.values()} - category_ids.keys()
    new_items = [
        item
        for item in load_shipped_rules()
        if shipped_key(item["pattern"], item["match"], item.get("sign")) not in decided
        and item["category"] not in removed
    ]
    old_book = rule_book(session)
    stale_ids = {rule.id for rule in stale}
    session.execute(delete(Rule).where(Rule.id.in_(stale_ids)))
    insert_shipped_rules(session, new_items, category_ids)
    record_book(session.connection(), current_book())
    refiled = apply_rules(
        session,
        [Transaction.category_source.is_(None) | Transaction.category_source.in_(AUTO_SOURCES)],
        rule_book(session),
        picked=_filed_by_book(old_book, stale_ids),
    )
    log.info(
        "shipped rules brought to this finapp's book: %d replaced by %d, %d kept as the user "
        "left them, %d lines filed anew",
        len(stale),
        len(new_items),
        len(rules) - len(stale),
        len(refiled),
    )


def _categories_now(rules: Iterable[Rule], old: Book) -> dict[str, int]:
    """The category each of the old book's categories (by its path then) files its rules in
    now: itself, or the one the user renamed or moved it to or merged it into."""
    votes: defaultdict[str, Counter[int]] = defaultdict(Counter)
    for rule in rules:
        seeded = old.get(_key(rule))
        if seeded is not None and rule.category_id is not None:
            votes[seeded[1]][rule.category_id] += 1
    return {path: counts.most_common(1)[0][0] for path, counts in votes.items()}


def _as_seeded(rule: Rule, old: Book, now: dict[str, int]) -> bool:
    """Whether a stored shipped rule is still as the old book seeded it: on, reading the
    book's field, filing in the book's category wherever the user took that category."""
    seeded = old.get(_key(rule))
    if seeded is None or not rule.enabled:
        return False
    field, path = seeded
    return rule.match_field == field and rule.category_id == now.get(path)


def _filed_by_book(old_book: RuleBook, replaced: set[int]) -> Callable[[LineRow], bool]:
    """Whether the refresh files a line anew: no rule filed it (nothing did, or only its bank),
    or one of the ``replaced`` shipped rules did (it wins the line in the old book, and gave it
    its category)."""

    def picked(line: LineRow) -> bool:
        if line.category_source is None:
            return line.category_id is None
        if line.category_source == CategorySource.BANK:
            return True
        rule = old_book.first_match_of(
            line.original_payee or line.payee,
            line.memo,
            line.merchant,
            line.amount_minor,
            line.account_id,
        )
        return (
            rule is not None
            and rule.id in replaced
            and line.category_source == CategorySource.RULE
            and line.category_id == rule.category_id
        )

    return picked
