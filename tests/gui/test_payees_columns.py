"""The Payees page reads like a native table on any screen: the payee column is as wide as its
names (a very long one elided), so the figures sit beside their names on a wide window, and a
small window still shows every column."""

from __future__ import annotations

from finapp.services.payee_names import rename_payee
from tests.gui.test_page_payees import _page, _row_of, _shown

LONG = "Allotment and Garden Society of the Riverside Community of Greater Springfield"


def _name_width(page) -> int:  # type: ignore[no-untyped-def]
    """What the longest name shown needs, measured as the table draws it."""
    metrics = page.table.fontMetrics()
    return max(metrics.horizontalAdvance(row[0]) for row in _shown(page))


def test_figures_sit_beside_their_names_on_a_wide_window(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx, 1770, 980)  # a 1920×1080 window beside the page list
    header = page.table.horizontalHeader()
    em = page.table.fontMetrics().horizontalAdvance("M")
    assert _name_width(page) < header.sectionSize(0) <= _name_width(page) + 3 * em
    # the last column takes what is left, to the table's edge; the figures end well before
    figures_end = sum(header.sectionSize(c) for c in range(header.count() - 1))
    assert figures_end < page.table.viewport().width() // 2  # not pushed to the far edge

    page.resize(815, 560)  # a 1024×640 window: every column still on screen
    qtbot.waitUntil(lambda: page.table.horizontalScrollBar().maximum() == 0)
    assert header.sectionSize(0) >= header.sectionSizeHint(0)


def test_a_very_long_name_is_elided_not_pushing_the_figures_away(qtbot, household_ctx) -> None:
    rename_payee(household_ctx.store, "NETFLIX", LONG)
    page = _page(qtbot, household_ctx, 1770, 980)
    header = page.table.horizontalHeader()
    assert _row_of(page, LONG) == 0  # listed first, whole in the model
    em = page.table.fontMetrics().horizontalAdvance("M")
    assert header.sectionSize(0) == 28 * em < page.table.fontMetrics().horizontalAdvance(LONG)
