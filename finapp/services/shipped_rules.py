"""The rules finapp ships (``resources/rules.json``): read, seeded into a new store, and seen by
the rule book before any store holds them.

Apart from the user's rules (:mod:`finapp.services.rules`) because they come from a resource
file, not from the database, and change only with a release.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import insert
from sqlalchemy.orm import Session

from finapp.core.rule_origins import RuleOrigin
from finapp.core.rules import RuleSpec
from finapp.services.categories import category_paths, ensure_category
from finapp.services.rules import SHIPPED_PRIORITY
from finapp.services.shipped_book_record import record_book
from finapp.services.shipped_rule_file import ShippedRule, current_book, load_shipped_rules
from finapp.store.schema import Rule


def shipped_specs(first_id: int = 1) -> list[RuleSpec]:
    """The shipped rules as the rule book sees them before a store holds them (for benchmarks
    and checks of the book itself); their category ids are left unset."""
    return [
        RuleSpec(
            first_id + i,
            None,
            item["pattern"],
            match_type=item["match"],
            match_field=item.get("field", "any"),
            priority=SHIPPED_PRIORITY,
            sign=item.get("sign"),
            origin=RuleOrigin.SHIPPED,
            account_type=item.get("account"),
        )
        for i, item in enumerate(load_shipped_rules())
    ]


def seed_shipped_rules(session: Session) -> None:
    """Write the shipped rules into a new store, where the user can see and disable them, and
    record the book they came from."""
    ids = {path: cid for cid, path in category_paths(session).items()}
    insert_shipped_rules(session, load_shipped_rules(), ids)
    record_book(session.connection(), current_book())


def insert_shipped_rules(
    session: Session, items: Iterable[ShippedRule], category_ids: dict[str, int]
) -> None:
    """Write ``items`` as shipped rules in their order (the order they are tried), each under
    the category ``category_ids`` gives its path; a path it lacks is created, and added."""
    rows = []
    for item in items:
        if item["category"] not in category_ids:
            category_ids[item["category"]] = ensure_category(session, item["category"]).id
        rows.append(
            {
                "priority": SHIPPED_PRIORITY,
                "origin": RuleOrigin.SHIPPED,
                "match_field": item.get("field", "any"),
                "match_type": item["match"],
                "pattern": item["pattern"],
                "sign": item.get("sign"),
                "category_id": category_ids[item["category"]],
            }
        )
    if rows:
        session.execute(insert(Rule), rows)
