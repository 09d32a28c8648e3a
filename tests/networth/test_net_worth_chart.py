"""The net worth chart drawn from a real household: one point a month at its net worth, owned
above zero and owed below, and a month's breakdown on hover."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from matplotlib.figure import Figure

from finapp.gui.charts.net_worth_plot import NetWorthData, draw_net_worth
from finapp.gui.charts.theme import Theme
from finapp.services.net_worth import net_worth
from tests.networth.test_net_worth import _household


def test_the_chart_shows_each_month_and_breaks_it_down_on_hover(store, tmp_path: Path) -> None:
    _household(store, tmp_path)
    worth = net_worth(store)
    fig = Figure(figsize=(8, 4))
    hits = draw_net_worth(fig, NetWorthData(worth.currency, worth.months), Theme())
    fig.canvas.draw()

    [ax] = fig.axes
    line = hits[0].artist  # the net worth line (the zero line beside it answers nothing)
    assert [Decimal(str(y)) for y in line.get_ydata()] == [m.total.amount for m in worth.months]
    owed = [bar.get_height() for bar in ax.patches if bar.get_height() < 0]
    assert owed == [-700.0, -950.0, -1200.0]  # the card, from its first statement's month
    assert ax.yaxis.get_label_text() == "Amount (≈ USD)"  # the yuan wallet is converted

    april = hits[-1].label.splitlines()
    assert april[0] == "2026-04"
    assert april[1].startswith("Net worth: ≈ ") and "  Checking …3333: -1,200.00 USD" in april
    assert "  Checking …2222: 3,000.00 CNY" in april
    assert april[2] == "Owned ≈ 6,748.01 USD, owed -1,200.00 USD"  # only the yuan converted
    assert [h.index for h in hits] == [0, 1, 2, 3] and all(h.artist is line for h in hits)
    assert line in ax.get_lines()


def test_no_balances_known_is_said_not_drawn(store) -> None:
    fig = Figure(figsize=(8, 4))
    assert draw_net_worth(fig, NetWorthData("USD", net_worth(store).months), Theme()) == []
    fig.canvas.draw()
    assert any(t.get_text() == "No data yet" for t in fig.axes[0].texts)
