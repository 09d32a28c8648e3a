"""Which of many text patterns one text matches, found in one pass and remembered per text.

A rule book holds hundreds of shipped patterns and any number of learned ones; trying them one
by one on every line is what made an import of years of history slow. Here the plain-text
patterns of one field (contains, starts, equals) are compiled into one Aho–Corasick automaton
(``ahocorasick-rs``) and a dictionary of whole texts, so a line costs one scan of its text
whatever the number of patterns. Regular expressions cannot join the automaton and are tried one
by one, but only once per distinct text (statement lines repeat their payees and memos), and not
on a text that holds none of the words every match of it contains (:mod:`regex_screen`; a
Chinese line is screened too, unless it holds a character matched case-blind to an ASCII letter).

Plain text is compared folded (case and runs of spaces ignored, :func:`normal`); regular
expressions see the text as the bank wrote it. A plain pattern that starts with a Latin letter
is found only where a word starts (:func:`at_word_start`): "UBER" is no part of "HUBER-SCHINDLER
AG", the rent paid to a Huber, nor "SHELL" of "ROCHELLE", nor "TARGET" of "MARKETTARGET"; it
is of "UBER *TRIP", "PAYPAL *UBER" and "UBEREATS". This module knows nothing of rules: a pattern is
known by the key it was given, and a text's answer is the set of keys whose pattern it matches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from copy import copy
from functools import lru_cache
from typing import Protocol

from ahocorasick_rs import AhoCorasick

from finapp.core.regex_screen import screen_words

#: distinct texts whose answers are kept: a ten-year import meets most payees again long before
#: this many others, and the memory stays bounded whatever the history's size
REMEMBERED = 1 << 14
_NONE: frozenset[int] = frozenset()
#: the characters besides ASCII letters that Python's case-blind matching takes for one (İ and
#: ı for i, ſ for s, the Kelvin sign for k): upper-casing leaves some of them apart from the
#: letter, so only a text holding none of them is screened. Any other character matches no
#: screen's letter, so upper-casing it can only let more expressions run (ß gives SS), never fewer
CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")


class TextSearch(Protocol):
    """A compiled regular expression, from either engine."""

    def search(self, text: str) -> object | None: ...


def starts_latin(pattern: str) -> bool:
    """Whether a plain pattern starts with a Latin letter, and so is found at a word's start."""
    return _latin_letter(pattern[:1])


def at_word_start(text: str, start: int) -> bool:
    """Whether what starts at ``start`` of ``text`` starts a word: the text's start, or after
    anything but a Latin letter (a space, a digit, "*", Chinese)."""
    return start == 0 or not _latin_letter(text[start - 1])


def contains_at_word_start(text: str, pattern: str) -> bool:
    """Whether ``text`` holds ``pattern`` where a word starts, when the pattern starts with a
    Latin letter; anywhere, else (see the module's docstring)."""
    start = text.find(pattern)
    if start < 0 or not starts_latin(pattern):
        return start >= 0
    while start >= 0 and not at_word_start(text, start):
        start = text.find(pattern, start + 1)
    return start >= 0


def _latin_letter(char: str) -> bool:
    return char.isalpha() and char <= "\u024f"


def normal(text: str) -> str:
    """``text`` as plain-text patterns compare it: case-folded, runs of spaces made one."""
    return " ".join(text.casefold().split())


class TextIndex:
    """Patterns ``(key, kind, pattern)`` of one text field, ready to say which a text matches.

    ``kind`` is ``contains``, ``starts`` or ``equals`` with a pattern already folded by
    :func:`normal`, or ``regex`` with a compiled expression. Plain-text and regular-expression
    hits are asked for separately: a caller that already has a winner among the plain-text
    patterns need not run any expression. Both answers are remembered per text as written.
    """

    def __init__(self, patterns: Iterable[tuple[int, str, str | TextSearch]]) -> None:
        self._equal: dict[str, list[int]] = defaultdict(list)
        self._everywhere: list[int] = []  # an empty contains or starts pattern matches anything
        self._expressions: list[tuple[int, TextSearch]] = []
        literals: dict[str, list[tuple[int, bool]]] = defaultdict(list)
        for key, kind, pattern in patterns:
            if not isinstance(pattern, str):
                self._expressions.append((key, pattern))
            elif kind == "equals":
                self._equal[pattern].append(key)
            elif not pattern:
                self._everywhere.append(key)
            else:
                literals[pattern].append((key, kind == "starts"))
        #: per automaton pattern: the keys it gives wherever it is found, and those it gives
        #: only at the text's start (``starts``), split once here rather than on every find
        self._anywhere = [
            tuple(k for k, anchored in found if not anchored) for found in literals.values()
        ]
        self._at_start = [
            tuple(k for k, anchored in found if anchored) for found in literals.values()
        ]
        #: per automaton pattern: whether it is found only where a word starts
        self._word_start = [starts_latin(pattern) for pattern in literals]
        self._automaton = AhoCorasick(list(literals))
        self._screen, self._screened, self._unscreened = _screens(self._expressions)
        self._remember_afresh()

    def _remember_afresh(self) -> None:
        #: the keys of the plain-text patterns a text matches
        self.literal_hits: Callable[[str], frozenset[int]] = lru_cache(REMEMBERED)(self._scan)
        #: the keys of the regular expressions a text matches
        self.regex_hits: Callable[[str], frozenset[int]] = lru_cache(REMEMBERED)(self._search)

    def fresh(self) -> TextIndex:
        """This index with nothing remembered: it shares the compiled patterns, so a caller
        that keeps an index for reuse hands out copies whose memory ends with their use."""
        twin = copy(self)
        twin._remember_afresh()
        return twin

    def _search(self, text: str) -> frozenset[int]:
        candidates: Iterable[tuple[int, TextSearch]] = self._expressions
        if self._screen is not None and (text.isascii() or CASE_TWINS.isdisjoint(text)):
            found = self._screen.find_matches_as_indexes(text.upper(), overlapping=True)
            candidates = [*self._unscreened, *{p for i, _, _ in found for p in self._screened[i]}]
        return frozenset(key for key, expression in candidates if expression.search(text))

    def _scan(self, text: str) -> frozenset[int]:
        folded = normal(text)
        found = self._automaton.find_matches_as_indexes(folded, overlapping=True)
        equal = self._equal.get(folded, ())
        if not found and not equal and not self._everywhere:
            return _NONE  # most texts: no pattern of the field in them
        keys = {*self._everywhere, *equal}
        anywhere, at_start, word_start = self._anywhere, self._at_start, self._word_start
        for index, start, _ in found:
            if word_start[index] and not at_word_start(folded, start):
                continue
            keys.update(anywhere[index])
            if start == 0:
                keys.update(at_start[index])
        return frozenset(keys)


def _screens(
    expressions: list[tuple[int, TextSearch]],
) -> tuple[AhoCorasick | None, list[list[tuple[int, TextSearch]]], list[tuple[int, TextSearch]]]:
    """One automaton of the words that screen expressions (:func:`screen_words`), the
    expressions each of its words lets run, and the expressions that always run."""
    screened: dict[str, list[tuple[int, TextSearch]]] = defaultdict(list)
    unscreened: list[tuple[int, TextSearch]] = []
    for pair in expressions:
        words = screen_words(pair[1])
        if words is None:
            unscreened.append(pair)
        for word in words or ():
            screened[word].append(pair)
    automaton = AhoCorasick(list(screened)) if screened else None
    return automaton, list(screened.values()), unscreened
