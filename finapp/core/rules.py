"""Categorization rules as plain data: does a transaction match, and which rule wins.

A rule tests text (payee, memo, merchant identity, or any of them) with contains / starts /
equals / regex, optionally an amount range on the absolute amount, the sign (money in or out) and
the account. Rules are ordered by priority then id; the first match wins. Text matching ignores
case and runs of spaces, because bank payees change case and spacing from one statement to the
next.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from finapp.errors import InvalidInputError

# "any" tries payee, memo and merchant identity: a bank that truncates the payee keeps the full
# name in the memo, and the merchant identity knows aliases ("PGANDE" is PG&E).
MATCH_FIELDS = ("payee", "memo", "merchant", "any")
_ANY = ("payee", "memo", "merchant")
MATCH_TYPES = ("contains", "starts", "equals", "regex")
SIGNS = ("in", "out")


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class RuleSpec:
    """One rule. ``amount_min``/``amount_max`` bound the absolute amount in minor units."""

    id: int
    category_id: int | None
    pattern: str
    match_type: str = "contains"
    match_field: str = "payee"
    priority: int = 100
    amount_min: int | None = None
    amount_max: int | None = None
    sign: str | None = None
    account_id: int | None = None
    rename_to: str | None = None
    origin: str = "user"

    @cached_property
    def _matcher(self) -> re.Pattern[str] | str:
        if self.match_type == "regex":
            return re.compile(self.pattern, re.IGNORECASE)
        return _normal(self.pattern)

    def matches(self, txn: RuleSubject) -> bool:
        """Whether this rule applies to ``txn``."""
        if self.account_id is not None and txn.account_id != self.account_id:
            return False
        if self.sign == "in" and txn.amount_minor <= 0:
            return False
        if self.sign == "out" and txn.amount_minor >= 0:
            return False
        size = abs(txn.amount_minor)
        if self.amount_min is not None and size < self.amount_min:
            return False
        if self.amount_max is not None and size > self.amount_max:
            return False
        fields = _ANY if self.match_field == "any" else (self.match_field,)
        matcher = self._matcher
        if isinstance(matcher, re.Pattern):
            return any(matcher.search(getattr(txn, name)) for name in fields)
        return any(self._matches_text(txn.normal[name]) for name in fields)

    def _matches_text(self, text: str) -> bool:
        matcher = self._matcher
        if self.match_type == "equals":
            return text == matcher
        if self.match_type == "starts":
            return text.startswith(matcher)
        return matcher in text


@dataclass(frozen=True)
class RuleSubject:
    """What a rule can look at in a transaction."""

    payee: str
    memo: str
    merchant: str
    amount_minor: int
    account_id: int

    @cached_property
    def normal(self) -> dict[str, str]:
        """Each text field folded once, however many rules look at it."""
        return {name: _normal(getattr(self, name)) for name in _ANY}


def validate_rule(
    pattern: str,
    match_type: str,
    match_field: str,
    sign: str | None,
    amount_min: int | None,
    amount_max: int | None,
) -> None:
    """Refuse a rule that could never work, with a message saying why."""
    if not pattern.strip():
        raise InvalidInputError("A rule needs a pattern to match")
    if match_type not in MATCH_TYPES:
        raise InvalidInputError(
            f"Unknown match type {match_type!r} (one of {', '.join(MATCH_TYPES)})"
        )
    if match_field not in MATCH_FIELDS:
        raise InvalidInputError(f"Unknown field {match_field!r} (one of {', '.join(MATCH_FIELDS)})")
    if sign is not None and sign not in SIGNS:
        raise InvalidInputError(f"Unknown sign {sign!r} (in or out)")
    if match_type == "regex":
        try:
            re.compile(pattern)
        except re.error as exc:
            raise InvalidInputError(f"Not a valid regular expression {pattern!r}: {exc}") from None
    if amount_min is not None and amount_max is not None and amount_min > amount_max:
        raise InvalidInputError("The minimum amount is above the maximum")


class RuleBook:
    """Rules in the order they are tried (priority, then age), ready to find the first match.

    Two indexes keep this fast with hundreds of shipped rules and thousands of learned ones:
    "merchant equals X" rules (every learned rule) by merchant, and every other plain-text rule
    by the first three letters of its pattern (two for 京东), which must appear in the
    transaction's text for it to match. Only regular expressions are tried on every line.
    """

    def __init__(self, rules: Iterable[RuleSpec]) -> None:
        self.rules = sorted(rules, key=_order)
        self._by_merchant: dict[str, RuleSpec] = {}
        self._by_gram: dict[str, list[RuleSpec]] = defaultdict(list)
        self._always: list[RuleSpec] = []
        for rule in self.rules:
            key = _normal(rule.pattern)
            if _merchant_equals(rule):
                self._by_merchant.setdefault(key, rule)
            elif rule.match_type != "regex" and len(key) >= min(_GRAMS):
                self._by_gram[key[: max(_GRAMS)]].append(rule)
            else:
                self._always.append(rule)

    def first_match(self, txn: RuleSubject) -> RuleSpec | None:
        """The winning rule for ``txn``, or None."""
        found = self._by_merchant.get(txn.normal["merchant"])
        if found is not None and not found.matches(txn):
            found = None
        grams = {t[i : i + n] for t in txn.normal.values() for n in _GRAMS for i in range(len(t))}
        candidates = [r for g in grams & self._by_gram.keys() for r in self._by_gram[g]]
        for rule in sorted([*candidates, *self._always], key=_order):
            if found is not None and _order(rule) > _order(found):
                break
            if rule.matches(txn):
                return rule
        return found


_GRAMS = (2, 3)  # a pattern is indexed by its first three letters, or both of two (京东)


def _order(rule: RuleSpec) -> tuple[int, int]:
    return (rule.priority, rule.id)


def _merchant_equals(rule: RuleSpec) -> bool:
    return (
        rule.match_field == "merchant"
        and rule.match_type == "equals"
        and rule.account_id is None
        and rule.sign is None
        and rule.amount_min is None
        and rule.amount_max is None
    )
