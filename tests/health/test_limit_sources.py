"""Every source a card's limit can come from is told apart on the Health page: a source cannot
be added half-done.

The checks run over every :class:`LimitSource` member, so a new source that the Cards section
has no mark for, or marks like another, fails here.
"""

from __future__ import annotations

import pytest

from finapp.core.limit_sources import LimitSource
from finapp.gui.pages.health_cards import limit_text


@pytest.mark.parametrize("source", list(LimitSource))
def test_the_health_page_shows_a_limit_of_each_source(qapp, source: LimitSource) -> None:  # type: ignore[no-untyped-def]
    assert "$8,500.00" in limit_text("$8,500.00", source)


def test_the_health_page_tells_every_source_apart(qapp) -> None:  # type: ignore[no-untyped-def]
    """The user's own limit is shown as it is; any other says where it came from."""
    shown = {source: limit_text("$8,500.00", source) for source in LimitSource}
    assert len(set(shown.values())) == len(LimitSource)
    assert shown[LimitSource.USER] == "$8,500.00"
    assert shown[LimitSource.STATEMENT] == "$8,500.00 (statement)"
