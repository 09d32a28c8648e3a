"""The book of shipped rules a store seeded before stores recorded theirs, told from its rows.

``resources/shipped_rules_past.json`` lists every book finapp released until then. A store's
shipped rules are one of them less the rules the user deleted (an edit changes a rule's
category or turns it off, never its pattern, match or sign): the book that holds every one of
them and lacks the fewest is the one it was seeded from. Apart from the refresh
(:mod:`finapp.services.shipped_refresh`) because it is read for such a store once, ever.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from importlib import resources

from finapp.services.shipped_rule_file import Book, Seeded, ShippedKey, shipped_key


def past_book(held: Mapping[ShippedKey, Seeded]) -> Book:
    """The released book a store holding the shipped rules ``held`` was seeded from; ``held``
    itself when no book holds them all (then no rule counts as deleted by the user)."""
    books = _past_books()
    fitting = [book for book in books if held.keys() <= book.keys()]
    if not fitting:
        return dict(held)
    return min(
        reversed(fitting),  # of two books alike, the later
        key=lambda book: (
            len(book.keys() - held.keys()),
            sum(book[key] != seeded for key, seeded in held.items()),
        ),
    )


def _past_books() -> list[Book]:
    text = (
        resources.files("finapp.resources").joinpath("shipped_rules_past.json").read_text("utf-8")
    )
    data = json.loads(text)
    books: list[Book] = [{} for _ in range(data["books"])]
    for pattern, match, sign, field, category, (first, last) in data["rules"]:
        for book in books[first - 1 : last]:
            book[shipped_key(pattern, match, sign)] = (field, category)
    return books
