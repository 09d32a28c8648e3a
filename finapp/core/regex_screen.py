"""The words a regular expression cannot match without: a screen that spares running it.

The shipped rules' few expressions (``(?<![A-Z])(BP|MOBIL)(?![A-Z])``) run on Python's engine,
which tries their look-behind at every position of a text: on the lines no plain pattern names,
most of the time spent on rules went there. Each such expression names words one of which every
match contains (``BP`` or ``MOBIL``); a text holding none of them, in any case, cannot match, and
the expression is not run. The screen only says "cannot"; a text that passes runs the expression.

Comparing case-blind by upper-casing misses the few other characters Python's case-blind
matching pairs with ASCII letters (``K`` with the Kelvin sign, ``s`` with ``ſ``), so a text
with one of them is never screened out (:data:`finapp.core.rule_index.CASE_TWINS`), nor is a
word with any character but ASCII.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

try:  # the parser of Python's own engine (no stubs: private); without it nothing is screened
    sre: Any = importlib.import_module("re._constants")
    sre_parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - every Python finapp runs on has them
    sre_parser = None

#: nodes that match no character: they narrow where a match stands, never what it holds
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT) if sre_parser is not None else ()


def screen_words(expression: object) -> tuple[str, ...] | None:
    """Upper-case ASCII words, one of which is in any text ``expression`` matches; None when
    no such words can be told (an engine other than Python's, a pattern that starts with no
    fixed word, one this reading does not follow)."""
    if sre_parser is None or not isinstance(expression, re.Pattern):
        return None
    pattern = expression.pattern
    if not isinstance(pattern, str):
        return None
    try:
        parsed = sre_parser.parse(pattern, expression.flags)
    except (re.error, RecursionError):  # pragma: no cover - it compiled, so it parses
        return None
    words = _first_words(list(parsed))
    if not words or not all(word and word.isascii() for word in words):
        return None
    return tuple(dict.fromkeys(word.upper() for word in words))


def _first_words(items: list[tuple[Any, Any]]) -> list[str] | None:
    """The words of the first text a sequence of nodes fixes: a run of literal characters or a
    choice between literal runs, after any zero-width nodes; None when another node comes
    first or a choice may match nothing."""
    for at, (op, value) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            return [_literal_run(items[at:])]
        if op is sre.SUBPATTERN:
            return _first_words(list(value[-1]))
        if op is sre.BRANCH:
            choices = [_literal_only(list(branch)) for branch in value[1]]
            words = [choice for choice in choices if choice]
            return words if len(words) == len(choices) else None
        return None
    return None


def _literal_run(items: list[tuple[Any, Any]]) -> str:
    """The characters of the literal nodes that start ``items``."""
    run = []
    for op, value in items:
        if op is not sre.LITERAL:
            break
        run.append(chr(value))
    return "".join(run)


def _literal_only(items: list[tuple[Any, Any]]) -> str | None:
    """The text of a choice made of literal characters only (zero-width nodes aside), else
    None."""
    run = []
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue
        if op is not sre.LITERAL:
            return None
        run.append(chr(value))
    return "".join(run)
