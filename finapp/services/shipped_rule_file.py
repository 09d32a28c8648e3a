"""The shipped rules' file (``resources/rules.json``) as read, and the conditions of its rules
that the store's rule table has no column for.

Apart from :mod:`finapp.services.shipped_rules`, which seeds them into a store, because the rule
book reads the account-type condition from here each time it is compiled: a store seeded before
a shipped rule gained that condition keeps the rule, and the rule follows the file.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources
from typing import NotRequired, TypedDict


class ShippedGroup(TypedDict):
    """Patterns of ``resources/rules.json`` filed alike; ``field`` defaults to any, ``account``
    (an ``AccountType`` value) to any type of account."""

    category: str
    match: str
    patterns: list[str]
    sign: NotRequired[str]
    field: NotRequired[str]
    account: NotRequired[str]


class ShippedRule(ShippedGroup):
    """One pattern of a group: one rule."""

    pattern: str


def load_shipped_rules() -> list[ShippedRule]:
    """The shipped rules (``resources/rules.json``), one dict per pattern."""
    text = resources.files("finapp.resources").joinpath("rules.json").read_text("utf-8")
    groups: list[ShippedGroup] = json.loads(text)["rules"]
    return [{**group, "pattern": pattern} for group in groups for pattern in group["patterns"]]


#: what names a shipped rule in a store and in every book: its pattern, match and sign (a user's
#: edit changes none of them; the field and category are what a book may change of it)
ShippedKey = tuple[str, str, str | None]
#: the field a shipped rule reads and the category path it files under
Seeded = tuple[str, str]
#: a book as a store keeps it: each rule's key and what it seeded, in the order they are tried
Book = dict[ShippedKey, Seeded]


def shipped_key(pattern: str, match_type: str, sign: str | None) -> ShippedKey:
    return (pattern, match_type, sign)


def current_book() -> Book:
    """The rules of ``resources/rules.json`` as a store keeps its book."""
    return {
        shipped_key(item["pattern"], item["match"], item.get("sign")): (
            item.get("field", "any"),
            item["category"],
        )
        for item in load_shipped_rules()
    }


@cache
def book_fingerprint() -> str:
    """A digest of :func:`current_book`: a store holding another was seeded by an older finapp.
    Only what a store keeps counts, so a reworded comment in the file changes nothing."""
    rows = [[*key, *seeded] for key, seeded in current_book().items()]
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()


def shipped_account_type(pattern: str, match_type: str, sign: str | None) -> str | None:
    """The type of account a shipped rule holds on only (None: any), known by what a store
    keeps of it: "ONLINE PAYMENT" money in is a card payment on a card only."""
    return _account_types().get((pattern, match_type, sign))


@cache
def _account_types() -> dict[tuple[str, str, str | None], str]:
    return {
        (item["pattern"], item["match"], item.get("sign")): item["account"]
        for item in load_shipped_rules()
        if "account" in item
    }
