"""A text's digit shape (each ASCII digit made 0), and what of a text the rules' patterns see.

Statement lines repeat one text with other numbers in it: "CARD 7781 COSTCO WHSE #21522 …
53275187110" is one of thousands of memos that differ only in their store numbers and
references (a realistic 100k-line history holds 32k distinct memos and 9.5k shapes). A pattern
that names no ASCII digit answers a text and its shape alike; only the patterns that name a digit
("7-ELEVEN", "12306", a user's "7781") or whose engine is not read here (the user's RE2
expressions) are asked of the text itself. What is left of a text for a field's patterns, its
:class:`DigitSight`, is the same for two texts exactly when all the field's patterns answer them
alike: an import files a line like one seen before whose memo differed only in its numbers.

Why alike: the shape changes only ASCII digits, and only into another ASCII digit. A plain
pattern ``p`` without one stands at position ``i`` of a text if and only if it stands there in
the shape: the text's characters under ``p`` cannot be digits (``p`` has none), so they are the
shape's. Folding a text for plain patterns (:func:`~finapp.core.rule_index.normal`) keeps its
digits and makes no other character one, so the folded shape is the shape folded. A regular
expression is alike when every node of it treats all ten digits the same
(:func:`digit_blind`): no digit literal, no class holding some digits but not all, no
back-reference (which compares the very characters matched).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from copy import copy
from typing import Any

from finapp.core.regex_screen import sre, sre_parser
from finapp.core.rule_index import TextIndex, TextSearch, normal

_SHAPE = str.maketrans("123456789", "000000000")
_ZERO, _NINE = ord("0"), ord("9")
_ASCII_DIGIT = re.compile("[0-9]")
_NOTHING: frozenset[int] = frozenset()


def digit_shape(text: str) -> str:
    """``text`` with each ASCII digit made 0: ``"#21522"`` → ``"#00000"``."""
    return text.translate(_SHAPE)


def names_digit(pattern: str) -> bool:
    """Whether a plain pattern holds an ASCII digit, and so must see a text's own digits."""
    return _ASCII_DIGIT.search(pattern) is not None


def digit_blind(expression: object) -> bool:
    """Whether ``expression`` (compiled by Python's engine) matches a text exactly when it
    matches the text's :func:`digit_shape`; False for any node this reading does not know, and
    for other engines (the user's RE2 expressions), whose patterns are not read here."""
    if sre_parser is None or not isinstance(expression, re.Pattern):
        return False
    if not isinstance(expression.pattern, str):
        return False
    try:
        return _blind(list(sre_parser.parse(expression.pattern, expression.flags)))
    except (re.error, RecursionError):  # pragma: no cover - it compiled, so it parses
        return False


def _blind(items: list[tuple[Any, Any]]) -> bool:
    """Whether every node of ``items`` treats all ASCII digits alike."""
    for op, value in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            if _ZERO <= value <= _NINE:
                return False
        elif op is sre.IN:
            if not all(_blind_in_class(node, member) for node, member in value):
                return False
        elif op is sre.BRANCH:
            if not all(_blind(list(branch)) for branch in value[1]):
                return False
        elif op in (sre.SUBPATTERN, sre.MAX_REPEAT, sre.MIN_REPEAT, sre.ASSERT, sre.ASSERT_NOT):
            if not _blind(list(value[-1])):
                return False
        elif op not in (sre.ANY, sre.AT):
            return False  # a back-reference, a conditional, or a node not read here
    return True


def _blind_in_class(op: Any, value: Any) -> bool:
    """Whether a member of a character class holds all ten ASCII digits or none of them."""
    if op is sre.LITERAL:
        return not _ZERO <= value <= _NINE
    if op is sre.RANGE:
        low, high = int(value[0]), int(value[1])
        return high < _ZERO or low > _NINE or (low <= _ZERO and high >= _NINE)
    return op in (sre.CATEGORY, sre.NEGATE)  # \d, \w, \s and their opposites: all or none


class DigitSight:
    """What the patterns of one text field ``(key, kind, pattern)``, as a
    :class:`~finapp.core.rule_index.TextIndex` takes them, can tell of a text: its digit shape,
    and which of the patterns that need its own digits it matches (plain ones naming a digit,
    expressions not :func:`digit_blind`). Two texts of one sight match the same patterns.

    A plain pattern naming a digit is looked for in the text only when its shape is in the
    text's shape (it cannot be in the text otherwise): most shapes hold none of them.
    """

    def __init__(self, patterns: Iterable[tuple[int, str, str | TextSearch]]) -> None:
        patterns = list(patterns)
        #: the plain patterns naming a digit
        self._plain = [
            (k, kind, p) for k, kind, p in patterns if isinstance(p, str) and names_digit(p)
        ]
        expressions = [p for p in patterns if not isinstance(p[2], str) and not digit_blind(p[2])]
        #: the shapes of the plain patterns naming a digit, keyed by their place in ``_plain``
        self._shapes = TextIndex(
            (at, kind, digit_shape(pattern)) for at, (_, kind, pattern) in enumerate(self._plain)
        )
        self._expressions = TextIndex(expressions) if expressions else None

    def fresh(self) -> DigitSight:
        """This sight with nothing remembered (:meth:`TextIndex.fresh`)."""
        twin = copy(self)
        twin._shapes = self._shapes.fresh()
        twin._expressions = self._expressions.fresh() if self._expressions is not None else None
        return twin

    def __call__(self, text: str) -> Hashable:
        shape = digit_shape(text)
        maybe = self._shapes.literal_hits(shape) if "0" in shape else _NOTHING
        if not maybe and self._expressions is None:
            return shape
        folded = normal(text)
        seen = frozenset(self._plain[at][0] for at in maybe if _holds(self._plain[at], folded))
        if self._expressions is None:
            return shape, seen
        return shape, seen, self._expressions.regex_hits(text)


def _holds(pattern: tuple[int, str, str], folded: str) -> bool:
    """Whether a plain pattern ``(key, kind, folded pattern)`` matches the folded text, as the
    rule itself compares them (:meth:`~finapp.core.rules.RuleSpec.matches`)."""
    _, kind, text = pattern
    if kind == "equals":
        return folded == text
    if kind == "starts":
        return folded.startswith(text)
    return text in folded
