"""The dashboard's net worth chart: a month per point in the base currency, its accounts on
hover, and the chart following a balance the user sets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from matplotlib.backend_bases import MouseEvent
from PySide6.QtCore import Qt

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.dialogs.set_balance import SetBalanceDialog
from finapp.gui.pages.accounts import AccountsPage
from finapp.gui.pages.dashboard import DashboardPage
from finapp.gui.ui_state import UiState
from tests.gui.answering import enter, opened
from tests.gui.inline_tasks import InlineTaskRunner
from tests.gui.page_fixtures import shown_dashboard
from tests.networth.test_net_worth import _household


def _point(page: DashboardPage, index: int) -> tuple[float, float]:
    chart = page.net_worth
    chart.canvas.draw()  # constrained layout places the axes on draw
    axes, line = chart.figure.axes[0], chart.hits[index].artist
    return tuple(axes.transData.transform((line.get_xdata()[index], line.get_ydata()[index])))


def test_net_worth_on_the_dashboard(qtbot, us_locale, store, tmp_path: Path) -> None:
    _household(store, tmp_path)
    bus = AppBus()
    ctx = AppContext(store, bus, InlineTaskRunner(bus), tmp_path / "data",
                     ui_state=UiState(tmp_path / "ui.ini"))  # fmt: skip
    page = shown_dashboard(qtbot, ctx, date(2026, 5, 3), (1280, 900))
    chart = page.net_worth
    assert len(chart.hits) == 4  # January to April

    x, y = _point(page, 3)
    MouseEvent("motion_notify_event", chart.canvas, x, y)._process()
    shown = chart._annotation.get_text().splitlines()
    assert shown[:2] == ["Apr 2026", "Net worth: ≈ $5,548.01"]
    assert "  Checking …3333: -$1,200.00" in shown

    accounts = AccountsPage(ctx)  # the card's balance, set again: the chart follows
    qtbot.addWidget(accounts)
    accounts.show()
    accounts.apply_filter({"account": "Checking …3333"})
    qtbot.mouseClick(accounts.set_balance_button, Qt.MouseButton.LeftButton)
    dialog = opened(accounts, SetBalanceDialog, "set-balance")
    qtbot.keyClicks(dialog.amount, "-200.00")
    enter(qtbot, dialog)
    qtbot.waitUntil(lambda: "Net worth: ≈ $6,548.01" in chart.hits[3].label)
