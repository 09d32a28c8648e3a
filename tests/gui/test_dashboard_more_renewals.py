"""The dashboard's renewals list has room for a few lines: a month with more renewals than that
ends the list with how many more there are, which opens the Subscriptions page, where the tray's
menu had listed one the dashboard left out without a word."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services.subscriptions import add_manual
from finapp.store.engine import Store
from tests.gui.page_fixtures import inline_ctx, shown_dashboard

#: a household's month of renewals, as people pay them: name, amount, days from today
_RENEWALS = [
    ("Netflix", "15.49", 2), ("Spotify", "11.99", 4), ("iCloud+", "2.99", 6),
    ("Planet Fitness", "24.99", 9), ("Adobe", "22.99", 12), ("NYTimes", "4.00", 15),
    ("Audible", "14.95", 19), ("Duolingo", "6.99", 24),
]  # fmt: skip


def test_renewals_beyond_the_lists_room_are_counted_and_open_subscriptions(
    qtbot, us_locale, store: Store, data_dir: Path
) -> None:
    today = date.today()  # a subscription added by hand renews from the real day on
    for name, amount, days in _RENEWALS:
        add_manual(store, name, Decimal(amount), "monthly", today + timedelta(days=days))
    ctx = inline_ctx(store, data_dir)
    page = shown_dashboard(qtbot, ctx, today)

    lines = [page.renewals.item(row).text() for row in range(page.renewals.count())]
    assert lines[0].startswith(f"{today + timedelta(days=2):%m/%d/%Y}  Netflix")
    assert lines[-1] == "3 more in the next 30 days…"  # NYTimes, Audible and Duolingo
    listed = [name for name, _amount, _days in _RENEWALS if any(name in line for line in lines)]
    assert len(listed) + 3 == len(_RENEWALS)  # every renewal of the month listed or counted

    with qtbot.waitSignal(ctx.bus.navigate) as blocker:
        page.renewals.itemClicked.emit(page.renewals.item(len(lines) - 1))
    assert blocker.args == ["subscriptions", {}]
