"""The balance chart: each account's balance over time, on a concise date axis.

Hovering near a line shows that day's balance; a click opens the day's transactions. The legend
names the accounts under the axes, never over their lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.figure import Figure

from finapp.gui.account_names import joined_accounts, shown_account_name
from finapp.gui.charts.plots import Hit, empty_chart, legend_below
from finapp.gui.charts.summary import AccountBalance, BalancePoint
from finapp.gui.charts.theme import (
    Theme,
    date_axis,
    money_axis,
    money_text,
    style_axes,
    tr_chart,
)

#: at most this many points of a line answer the mouse (one artist, quick to draw)
_POINTED = 120


@dataclass(frozen=True)
class BalanceData:
    currency: str
    accounts: tuple[AccountBalance, ...]
    #: balances in other currencies converted into ``currency``
    converted: bool = False
    #: the accounts charted none of whose balances finapp knows (named under the chart, each
    #: with its Set balance… button)
    left_out: tuple[str, ...] = ()


def draw_balance(fig: Figure, data: BalanceData | None, theme: Theme) -> list[Hit]:
    """Each account's balance over time; hovering shows a day's balance, a click that day."""
    title = tr_chart("Balance over time")
    if data is None or not any(a.points for a in data.accounts):
        # statements without a balance (a CSV, a payment app's export) are not "no data": the
        # chart says whose balance it lacks, the lines under it offer to set each
        why = ""
        if data is not None and data.left_out:
            why = tr_chart("Left out, balance not known: %1", joined_accounts(data.left_out))
        return empty_chart(fig, theme, title, why)
    ax = fig.add_subplot()
    style_axes(ax, theme, title)
    shown = [a for a in data.accounts if a.points]
    hits, lines = [], []
    for account, colour in zip(shown, theme.series(len(shown)), strict=True):
        days = [p.day for p in account.points]
        values = [float(p.balance) for p in account.points]
        # a balance known on one day only (a statement of a day) is a dot: a step of one point
        # draws nothing, and the chart was an empty frame
        (line,) = ax.step(
            days,  # type: ignore[arg-type]  # matplotlib's stubs omit dates; its converter plots them
            values, where="post", color=colour, linewidth=1.6,
            marker="o" if len(days) == 1 else None, markersize=5,
        )  # fmt: skip
        lines.append(line)
        if len(shown) == 1:
            ax.fill_between(
                days,  # type: ignore[arg-type]  # matplotlib's stubs omit dates (as above)
                values, min(0.0, *values), step="post", color=colour, alpha=0.12,
            )  # fmt: skip
        # one invisible marker line over the (thinned) points, a hit per point: hovering near
        # the line finds the day (one artist, not hundreds, keeps the chart quick to draw)
        points = _thin(account.points, _POINTED)
        (markers,) = ax.plot(
            [p.day for p in points],  # type: ignore[arg-type]  # matplotlib's stubs omit dates
            [float(p.balance) for p in points],
            marker="o", alpha=0.0, linestyle="none", pickradius=6,
        )  # fmt: skip
        for index, point in enumerate(points):
            amount = money_text(theme, point.balance, data.currency, data.converted)
            label = f"{shown_account_name(account.account)}\n{theme.day(point.day)}\n{amount}"
            day = point.day.isoformat()
            hits.append(Hit(markers, label, {"account": account.account, "since": day,
                                             "until": day}, index))  # fmt: skip
    date_axis(ax.xaxis, theme)
    money_axis(ax.yaxis, theme, data.currency, "Balance (%1)", data.converted)
    legend_below(fig, theme, lines, [shown_account_name(a.account) for a in shown])
    return hits


def _thin(points: tuple[BalancePoint, ...], most: int) -> list[BalancePoint]:
    step = max(1, len(points) // most)
    kept = list(points[::step])
    if kept[-1] is not points[-1]:
        kept.append(points[-1])
    return kept
