"""The net worth chart: what the household owns and owes at each month's end, and the
difference as one line (:mod:`finapp.services.net_worth`).

Owned and owed stand as bars above and below zero, in the base currency; the line is net
worth. Hovering a month lists what it is made of: each account's balance in its own currency,
and any currency left out for want of a rate. An account whose balance finapp does not know
is not in the figures: the title and each month's breakdown name it, so a total without a
card's debt never reads as the household's whole net worth.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.figure import Figure

from finapp.core.conversion import Total
from finapp.gui.account_names import joined_accounts, shown_account_name
from finapp.gui.charts.month_axis import month_axis
from finapp.gui.charts.plots import Hit, empty_chart, legend_below
from finapp.gui.charts.theme import Theme, money_axis, money_text, style_axes, tr_chart
from finapp.gui.list_words import joined
from finapp.services.net_worth import MonthWorth


@dataclass(frozen=True)
class NetWorthData:
    currency: str
    months: tuple[MonthWorth, ...]
    #: accounts not counted: their balance is not known
    left_out: tuple[str, ...] = ()


def _label(theme: Theme, month: MonthWorth, currency: str, left_out: tuple[str, ...]) -> str:
    def money(total: Total) -> str:
        return money_text(theme, total.amount, currency, total.converted)

    lines = [
        theme.month_year(month.month_end.strftime("%Y-%m")),
        tr_chart("Net worth: %1", money(month.total)),
        tr_chart("Owned %1, owed %2", money(month.assets), money(month.debts)),
    ]
    lines += [
        f"  {shown_account_name(a.account)}: {theme.money(a.balance, a.currency)}"
        for a in month.accounts
    ]
    if month.total.missing:
        lines.append(tr_chart("Left out, no rate: %1", joined(sorted(month.total.missing))))
    if left_out:
        lines.append(tr_chart("Left out, balance not known: %1", joined_accounts(left_out)))
    return "\n".join(lines)


def _none_counted(months: tuple[MonthWorth, ...]) -> str:
    """Why no month counts any balance: the currencies with no rate ("" when none is)."""
    missing = sorted({currency for month in months for currency in month.total.missing})
    return tr_chart("Left out, no rate: %1", joined(missing)) if missing else ""


def draw_net_worth(fig: Figure, data: NetWorthData | None, theme: Theme) -> list[Hit]:
    """Owned and owed per month as bars, net worth as a line; hovering a month breaks it down."""
    title = tr_chart("Net worth")
    if data is not None and data.left_out:
        title = tr_chart("Net worth, leaving out %1", joined_accounts(data.left_out))
    if data is None or not data.months:
        return empty_chart(fig, theme, title)
    if not any(month.total.parts for month in data.months):
        # every balance known is in a currency with no rate: a line at zero would read as the
        # household's net worth
        return empty_chart(fig, theme, title, _none_counted(data.months))
    ax = fig.add_subplot()
    style_axes(ax, theme, title)
    positions = list(range(len(data.months)))
    converted = any(m.total.converted for m in data.months)
    owned = ax.bar(positions, [float(m.assets.amount) for m in data.months], 0.6,
                   color=theme.income, alpha=0.35)  # fmt: skip
    owed = ax.bar(positions, [float(m.debts.amount) for m in data.months], 0.6,
                  color=theme.expense, alpha=0.35)  # fmt: skip
    (line,) = ax.plot(positions, [float(m.total.amount) for m in data.months],
                      color=theme.foreground, linewidth=1.8, marker="o", markersize=4,
                      pickradius=8)  # fmt: skip
    ax.axhline(0, color=theme.grid, linewidth=0.8)
    ax.set_xlim(-0.5, len(positions) - 0.5)
    month_axis(ax.xaxis, [m.month_end.strftime("%Y-%m") for m in data.months], theme.month)
    money_axis(ax.yaxis, theme, data.currency, converted=converted)
    legend_below(fig, theme, [line, owned, owed],
                 [tr_chart("Net worth"), tr_chart("Owned"), tr_chart("Owed")])  # fmt: skip
    return [
        Hit(line, _label(theme, month, data.currency, data.left_out), None, index)
        for index, month in enumerate(data.months)
    ]
