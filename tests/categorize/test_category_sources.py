"""Every source a category can come from is one a rule either sets or leaves alone: a source
cannot be added half-done.

The checks run over every :class:`CategorySource` member, so a new source that rules would
silently overwrite (or never clear), or one that no rule ever writes yet is counted as a rule's,
fails here; the bank's own filing (below every rule: a rule wins, none clears it) is the one
kind that no rule writes and no rule clears, and is named as such.
"""

from __future__ import annotations

import pytest

from finapp.core.category_sources import AUTOMATIC, BELOW_RULES, KEPT, CategorySource
from finapp.core.rule_origins import RuleOrigin
from finapp.core.rules import RuleSpec
from finapp.services.rule_filing import filing

#: a rule filing "COFFEE" lines under category 10; the line was under category 7
COFFEE = RuleSpec(1, 10, "coffee")


@pytest.mark.parametrize("source", list(CategorySource))
def test_a_rule_either_refiles_each_source_or_leaves_it_alone(source: CategorySource) -> None:
    assert [source in AUTOMATIC, source in KEPT, source in BELOW_RULES].count(True) == 1
    filed = filing(COFFEE, 7, source.value, "COFFEE")[:2]
    unmatched = filing(None, 7, source.value, "COFFEE")[:2]
    if source in KEPT:  # the user's own filing: a matching rule does not touch it
        assert filed == unmatched == (7, source)
    elif source in BELOW_RULES:  # the bank's: the winning rule's, kept while no rule files it
        assert filed[0] == 10
        assert unmatched == (7, source)
    else:  # a rule's filing: the winning rule's, cleared once no rule files the line
        assert filed[0] == 10
        assert unmatched == (None, None)


def test_rules_of_every_origin_write_exactly_the_automatic_sources() -> None:
    written = {
        filing(RuleSpec(1, 10, "coffee", origin=origin), None, None, "COFFEE")[1]
        for origin in RuleOrigin
    }
    assert written == AUTOMATIC
    assert all(type(source) is str for source in written)  # bound as plain words in bulk
