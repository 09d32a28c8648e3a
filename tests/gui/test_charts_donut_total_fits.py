"""The donut's total stays inside its hole in a narrow window.

The demo household on 6 December 2026, its dollars and its Alipay wallet's yuan charted
together: at 1024×700 the Dashboard's donut is some hundred pixels across, and the month's total
at its fixed 9 points ("≈ $2,397") ran over the ring on both sides, printed across the coloured
slices. The total is now set as large as the hole lets it, down to a size still read, and keeps
its 9 points where there is room.
"""

from __future__ import annotations

import math
from datetime import date

from matplotlib.text import Text

from finapp.gui.pages.dashboard import DashboardPage
from finapp.services.demo import fill_demo_store
from tests.gui.page_fixtures import inline_ctx, shown_dashboard

DAY = date(2026, 12, 6)


def _total(page: DashboardPage) -> Text:
    (axes,) = page.donut.figure.axes
    (text,) = [t for t in axes.texts if t.get_position() == (0, 0)]
    return text


def _fits_the_hole(page: DashboardPage) -> bool:
    """Whether each corner of the total's box lies inside the donut's hole (the ring's inner
    radius is 0.62 of its outer one)."""
    page.donut.canvas.draw()
    axes = page.donut.figure.axes[0]
    box = _total(page).get_window_extent()
    (cx, cy), (edge, _y) = axes.transData.transform([(0, 0), (0.62, 0)])
    corners = [(box.x0, box.y0), (box.x0, box.y1), (box.x1, box.y0), (box.x1, box.y1)]
    return all(math.hypot(x - cx, y - cy) <= edge - cx for x, y in corners)


def test_the_total_stays_inside_the_donut_at_1024_by_700(  # type: ignore[no-untyped-def]
    qtbot, us_locale, store, data_dir
) -> None:
    fill_demo_store(store, DAY)
    # the page's share of a 1024×700 window beside the sidebar and under the demo's banner
    page = shown_dashboard(qtbot, inline_ctx(store, data_dir), DAY, (830, 620))
    assert _total(page).get_text() == "≈ $2,397"
    assert _fits_the_hole(page), _total(page).get_window_extent()
    assert _total(page).get_fontsize() >= 6  # still read

    page.resize(1600, 1000)  # a roomy window: the total as it always was
    qtbot.waitUntil(lambda: page.donut.width() > 500)
    assert _fits_the_hole(page)
    assert _total(page).get_fontsize() == 9
