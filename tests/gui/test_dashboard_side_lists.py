"""The dashboard's right-hand column: "Upcoming renewals" (a line each) is as tall as its
entries, and "Latest alerts" (often several lines each) gets the rest, every alert shown whole
and wrapped again, not cut off with "…", when the window is made smaller."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QListWidget, QStyle

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.pages.dashboard import DashboardPage
from finapp.gui.ui_state import UiState
from finapp.store.engine import Store
from finapp.store.schema import Alert
from tests.gui.inline_tasks import InlineTaskRunner
from tests.gui.page_fixtures import shown_dashboard
from tests.gui.test_dashboard_months import TODAY

#: what the day's check says about a household like the demo's, longest first
ALERTS = (
    "3 deposits or transfers on Rainy Day Savings from Nov 26, 2026 to Nov 30, 2026, each just "
    "under $10,000.00 ($28,950.00 in all). Amounts split to stay under a reporting threshold "
    "are what banks must report: make one payment and keep its record.",
    "Sapphire Visa is at 33% of its $8,000.00 limit ($2,697.83 owed).",
    "Food:Groceries is over its November 2026 budget: 125% used ($83.84 of $67.00).",
    "Netflix renews in 5 days (Dec 5, 2026) for $17.99.",
    "A first charge from Harmony Music Studio: $35.00 on Nov 28, 2026.",
)


def raise_alerts(store: Store) -> None:
    with store.write() as session:
        for number, message in enumerate(ALERTS):
            session.add(Alert(dedupe_key=f"probe-{number}", kind="budget", severity="warning",
                              date=date(2026, 11, 30 - number), message=message))  # fmt: skip


def entries_bottom(widget: QListWidget) -> int:
    return max(widget.visualItemRect(widget.item(i)).bottom() for i in range(widget.count()))


def elided(widget: QListWidget) -> list[str]:
    """The entries Qt ends in "…": their text, wrapped at the width it is painted at, needs
    more lines than their box holds. Qt's common style keeps a margin each side of an entry's
    text box and insets the text by it again: the text has the box's width less four margins."""
    metrics = QFontMetricsF(widget.font())
    margin = widget.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    cut = []
    for row in range(widget.count()):
        item = widget.item(row)
        rect = widget.visualItemRect(item)
        room = QRectF(0, 0, rect.width() - 4 * margin, 10_000)
        lines = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text())
        if lines.height() > rect.height():
            cut.append(item.text())
    return cut


def below_view(widget: QListWidget) -> list[str]:
    """The entries that end below what the list shows."""
    bottom = widget.viewport().height()
    items = [widget.item(row) for row in range(widget.count())]
    return [item.text() for item in items if widget.visualItemRect(item).bottom() > bottom]


def test_renewals_take_their_lines_and_the_alerts_the_rest(  # type: ignore[no-untyped-def]
    qtbot, us_locale, two_year_store: Store, tmp_path: Path
) -> None:
    raise_alerts(two_year_store)
    ctx = AppContext(two_year_store, AppBus(), InlineTaskRunner(AppBus()), tmp_path / "data",
                     ui_state=UiState(tmp_path / "ui.ini"))  # fmt: skip
    page: DashboardPage = shown_dashboard(qtbot, ctx, TODAY, (980, 690))  # a 1180x760 window
    renewals, alerts = page.renewals, page.alerts
    # three coming up, then Disney+ and Amazon Prime, due after the statements end, under a
    # heading of their own: six lines, as before
    assert renewals.count() == 6 and alerts.count() == len(ALERTS)
    assert renewals.item(3).text() == "Expected, not in your statements yet"
    line = renewals.fontMetrics().height()
    # no more than a line's worth of empty list below the six renewals
    assert renewals.viewport().height() - entries_bottom(renewals) < 2 * line
    # a renewal keeps to one line, a long name cut short (test_dashboard_look), none below
    assert below_view(renewals) == []
    assert elided(alerts) == below_view(alerts) == [], "every alert is shown whole"

    page.resize(820, 520)  # the window made 1024x600: each alert wraps onto more lines
    QApplication.processEvents()
    qtbot.waitUntil(lambda: alerts.width() < 300)
    QApplication.processEvents()
    assert elided(alerts) == []
