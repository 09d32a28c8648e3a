"""Expressions screened by the words they look for match what each one run alone matches.

Rules' expressions on Python's engine are not run on a text that holds none of the words every
match contains (``finapp.core.regex_screen``). Here expressions of many shapes — look-arounds,
choices, groups, repeats, anchors, optional and empty choices, case flags — meet texts built of
the same words in other cases, split, glued to letters, and with characters Python matches
case-blind to ASCII letters (the Kelvin sign, dotless i, long s): the screened index finds
exactly what running every expression finds.
"""

from __future__ import annotations

import re
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from finapp.core.regex_screen import screen_words
from finapp.core.rule_index import CASE_TWINS, TextIndex
from finapp.services.shipped_rules import shipped_specs

_WORDS = ("BP", "MOBIL", "IRS", "kel", "sq *", "AB")
_PIECES = (
    r"(?<![A-Z])",
    r"(?![A-Z])",
    r"\b",
    r"^",
    r"$",
    r"\d+",
    r".*",
    r"[A-Z]",
    r"(?:BP|MOBIL)",
    r"(BP|)",
    r"(A|B)",
    r"(?:IRS)?",
    r"(?=IRS)",
    r"\s+",
    *(re.escape(w) for w in _WORDS),
)
_PATTERN = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5).map("".join)
_TEXT = st.lists(
    st.one_of(
        st.sampled_from((*_WORDS, "bp", "Mobil", "ırs", "\u212ael", "ſq *", "XBPX", " ", "12")),
        st.text(alphabet="ABIKLMOPRSbiklmoprs *1", max_size=4),
    ),
    max_size=5,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(
    patterns=st.lists(_PATTERN, min_size=1, max_size=3),
    texts=st.lists(_TEXT, min_size=1, max_size=8),
    blind=st.booleans(),
)
@example(patterns=[r"(BP|)"], texts=["GAS"], blind=True)
@example(patterns=[r"K"], texts=["\u212a"], blind=True)  # the Kelvin sign: upper case already
def test_screened_expressions_match_what_each_expression_run_alone_matches(
    patterns: list[str], texts: list[str], blind: bool
) -> None:
    expressions = []
    for pattern in patterns:
        try:
            expressions.append(re.compile(pattern, re.IGNORECASE if blind else 0))
        except re.error:
            continue
    index = TextIndex((key, "regex", e) for key, e in enumerate(expressions))
    for text in texts:
        alone = {key for key, expression in enumerate(expressions) if expression.search(text)}
        assert index.regex_hits(text) == alone, (patterns, text)


def test_the_shipped_expressions_are_screened_by_the_names_they_look_for() -> None:
    """What makes lines no rule names cheap: every shipped expression has its screen."""
    expressions = [s.pattern for s in shipped_specs(first_id=1) if s.match_type == "regex"]
    screens = {p: screen_words(re.compile(p, re.IGNORECASE)) for p in expressions}
    assert expressions and all(screens.values()), screens
    assert screens[r"(?<![A-Z])(BP|MOBIL)(?![A-Z])"] == ("BP", "MOBIL")


def test_the_case_twins_are_every_character_matched_case_blind_to_an_ascii_letter() -> None:
    """Chinese and other non-ASCII lines are screened unless they hold one of ``CASE_TWINS``:
    the set must hold every character Python's case-blind matching takes for an ASCII
    letter."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    twins = {c for c in map(chr, range(128, sys.maxunicode + 1)) if letter.fullmatch(c)}
    assert twins == CASE_TWINS


def test_a_chinese_line_runs_only_the_expressions_its_words_let_through() -> None:
    """A payment app's line meets a screen as an ASCII one does, with the same answers."""
    expressions = [re.compile(p, re.IGNORECASE) for p in (r"(?<![A-Z])BP(?![A-Z])", r"滴滴|UBER")]
    index = TextIndex((key, "regex", e) for key, e in enumerate(expressions))
    assert index.regex_hits("支付宝-罗森 bp加油") == frozenset({0})
    assert index.regex_hits("滴滴出行") == frozenset({1})
    assert index.regex_hits("支付宝-罗森") == frozenset()
    assert index.regex_hits("\u212a BP 加油") == frozenset({0})
