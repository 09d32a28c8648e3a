"""Pure draw functions: ``draw(fig, data, theme) -> hits``. No Qt, so tests run them under Agg.

Each returns the artists a user can point at (:class:`Hit`): a label for the hover annotation
and, where the chart can drill down, the filters of the transactions behind it. Money becomes a
float only as a bar height or a line's y coordinate; every number a user reads is formatted from
the ``Decimal``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from matplotlib.artist import Artist
from matplotlib.dates import AutoDateLocator, num2date
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, StrMethodFormatter
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from finapp.gui.category_names import display_category
from finapp.gui.charts.summary import (
    UNCATEGORISED,
    AccountBalance,
    BalancePoint,
    CategorySpend,
    MonthFlow,
)

# Marked for lupdate here; _tr() translates them when drawn (context "Charts").
_WORDS = (
    QT_TRANSLATE_NOOP("Charts", "No data yet"),
    QT_TRANSLATE_NOOP("Charts", "Spending by category"),
    QT_TRANSLATE_NOOP("Charts", "Uncategorized"),
    QT_TRANSLATE_NOOP("Charts", "Income vs expenses"),
    QT_TRANSLATE_NOOP("Charts", "Income"),
    QT_TRANSLATE_NOOP("Charts", "Expenses"),
    QT_TRANSLATE_NOOP("Charts", "Balance over time"),
    QT_TRANSLATE_NOOP("Charts", "Spending vs budget"),
)

#: axis numbers grouped by thousands (axis ticks are positions, not money a user copies)
THOUSANDS = StrMethodFormatter("{x:,.0f}")


def _tr(text: str) -> str:
    assert text in _WORDS, text
    return QCoreApplication.translate("Charts", text)


def _plain_money(amount: Decimal, currency: str) -> str:
    return f"{amount:,.2f} {currency}"


@dataclass(frozen=True)
class Theme:
    background: str = "#ffffff"
    foreground: str = "#202020"
    grid: str = "#c8c8c8"
    accent: str = "#3874cb"
    tooltip_bg: str = "#ffffdc"
    tooltip_fg: str = "#000000"
    dark: bool = False
    #: formats money for labels; the GUI passes a QLocale-aware one
    money: Callable[[Decimal, str], str] = field(default=_plain_money)
    #: the month (1-12) as a short axis label; the GUI passes the locale's ("Nov", "11月")
    month: Callable[[int], str] = field(default=lambda m: f"{m:02d}")

    @property
    def income(self) -> str:
        return "#5cc27a" if self.dark else "#2e8b57"

    @property
    def expense(self) -> str:
        return "#ef7a6a" if self.dark else "#c8453a"

    def series(self, n: int) -> list[str]:
        """Distinct colours for slices, readable on the background."""
        light = ["#3874cb", "#e8912d", "#3a9e5c", "#c8453a", "#8a63c7", "#8c5a44", "#d065a8",
                 "#6b7280", "#a8a430", "#25a6b8"]  # fmt: skip
        dark = ["#6aa0f0", "#f4a94e", "#5cc27a", "#ef7a6a", "#ab8ae6", "#c08a70", "#ef8ccb",
                "#a3acb9", "#d6d160", "#4fd0e0"]  # fmt: skip
        colours = dark if self.dark else light
        return [colours[i % len(colours)] for i in range(n)]


@dataclass(frozen=True)
class Hit:
    """Something under the mouse: what to show, and where a click leads (None: nowhere)."""

    artist: Artist
    label: str
    filters: dict[str, Any] | None = None
    #: which of the artist's points this is, when one artist carries many (a line's markers)
    index: int | None = None


def style_axes(ax, theme: Theme, title: str) -> None:  # type: ignore[no-untyped-def]
    """The house look of a chart's axes (colours from the palette, light grid, no box): every
    chart in the app, the Health page's forecast included, calls this one."""
    ax.set_facecolor(theme.background)
    ax.set_title(title, color=theme.foreground, fontsize=11, loc="left")
    ax.tick_params(colors=theme.foreground, labelsize=8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(theme.grid)
    ax.grid(axis="y", color=theme.grid, alpha=0.5, linewidth=0.6)
    ax.set_axisbelow(True)


def _empty(fig: Figure, theme: Theme, title: str) -> list[Hit]:
    ax = fig.add_subplot()
    ax.set_facecolor(theme.background)
    ax.set_axis_off()
    ax.set_title(title, color=theme.foreground, fontsize=11, loc="left")
    ax.text(0.5, 0.5, _tr("No data yet"), ha="center", va="center", color=theme.grid,
            transform=ax.transAxes)  # fmt: skip
    return []


@dataclass(frozen=True)
class DonutData:
    month: str
    currency: str
    slices: tuple[CategorySpend, ...]


def draw_category_donut(fig: Figure, data: DonutData | None, theme: Theme) -> list[Hit]:
    """The month's spending by top-level category; a slice drills into its transactions."""
    title = _tr("Spending by category")
    if data is None or not data.slices:
        return _empty(fig, theme, title)
    slices = sorted(data.slices, key=lambda s: s.spent, reverse=True)
    ax = fig.add_subplot()
    ax.set_title(title, color=theme.foreground, fontsize=11, loc="left")
    wedges, _texts = ax.pie(
        [float(s.spent) for s in slices],
        colors=theme.series(len(slices)),
        startangle=90,
        counterclock=False,
        wedgeprops={"width": 0.38, "edgecolor": theme.background, "linewidth": 1.5},
    )
    total = sum((s.spent for s in slices), Decimal(0))
    ax.text(0, 0, theme.money(total, data.currency), ha="center", va="center",
            color=theme.foreground, fontsize=11, fontweight="bold")  # fmt: skip
    ax.set_aspect("equal")
    names = [
        _tr("Uncategorized") if s.category == UNCATEGORISED else display_category(s.category)
        for s in slices
    ]
    legend = ax.legend(wedges, names, loc="center left", bbox_to_anchor=(1.0, 0.5),
                       frameon=False, fontsize=8, labelcolor=theme.foreground)  # fmt: skip
    legend.set_in_layout(True)
    hits = []
    for wedge, spend, name in zip(wedges, slices, names, strict=True):
        share = spend.spent / total * 100 if total else Decimal(0)
        label = f"{name}\n{theme.money(spend.spent, data.currency)} ({share:.0f}%)"
        category = "" if spend.category == UNCATEGORISED else spend.category
        filters = {"category": category, "month": data.month, "sign": "out"}
        hits.append(Hit(wedge, label, filters))
    return hits


@dataclass(frozen=True)
class FlowData:
    currency: str
    flows: tuple[MonthFlow, ...]


def draw_income_expense_bars(fig: Figure, data: FlowData | None, theme: Theme) -> list[Hit]:
    """Income and expenses side by side per month; a bar drills into that month's in or out."""
    title = _tr("Income vs expenses")
    if data is None or not any(f.income or f.expenses for f in data.flows):
        return _empty(fig, theme, title)
    ax = fig.add_subplot()
    style_axes(ax, theme, title)
    positions = range(len(data.flows))
    width = 0.4
    income_bars = ax.bar([p - width / 2 for p in positions], [float(f.income) for f in data.flows],
                         width, color=theme.income, label=_tr("Income"))  # fmt: skip
    expense_bars = ax.bar([p + width / 2 for p in positions],
                          [float(f.expenses) for f in data.flows], width, color=theme.expense,
                          label=_tr("Expenses"))  # fmt: skip
    ax.set_xticks(list(positions), _month_ticks([f.month for f in data.flows], theme))
    ax.yaxis.set_major_formatter(THOUSANDS)
    # the legend sits in headroom above the tallest bar, never over the title in a narrow window
    ax.margins(y=0.18)
    ax.legend(frameon=False, fontsize=8, labelcolor=theme.foreground, ncols=2, loc="upper left")
    income_word, expense_word = _tr("Income"), _tr("Expenses")
    hits = []
    for flow, inc, exp in zip(data.flows, income_bars, expense_bars, strict=True):
        money_in = theme.money(flow.income, data.currency)
        money_out = theme.money(flow.expenses, data.currency)
        hits.append(Hit(inc, f"{flow.month}\n{income_word}: {money_in}",
                        {"month": flow.month, "sign": "in"}))  # fmt: skip
        hits.append(Hit(exp, f"{flow.month}\n{expense_word}: {money_out}",
                        {"month": flow.month, "sign": "out"}))  # fmt: skip
    return hits


def _month_ticks(months: list[str], theme: Theme) -> list[str]:
    """Short month names; the year under the first month and under each January."""
    labels = []
    for n, month in enumerate(months):
        year, mon = month.split("-")
        name = theme.month(int(mon))
        labels.append(f"{name}\n{year}" if n == 0 or mon == "01" else name)
    return labels


@dataclass(frozen=True)
class BalanceData:
    currency: str
    accounts: tuple[AccountBalance, ...]


def draw_balance(fig: Figure, data: BalanceData | None, theme: Theme) -> list[Hit]:
    """Each account's balance over time; hovering shows a day's balance, a click that day."""
    title = _tr("Balance over time")
    if data is None or not any(a.points for a in data.accounts):
        return _empty(fig, theme, title)
    ax = fig.add_subplot()
    style_axes(ax, theme, title)
    hits = []
    for account, colour in zip(data.accounts, theme.series(len(data.accounts)), strict=True):
        days = [p.day for p in account.points]
        values = [float(p.balance) for p in account.points]
        ax.step(days, values, where="post", color=colour, linewidth=1.6, label=account.account)
        if len(data.accounts) == 1:
            ax.fill_between(days, values, min(0.0, *values), step="post", color=colour,
                            alpha=0.12)  # fmt: skip
        # one invisible marker line over the (thinned) points, a hit per point: hovering near
        # the line finds the day (one artist, not hundreds, keeps the chart quick to draw)
        points = _thin(account.points, 120)
        (markers,) = ax.plot([p.day for p in points], [float(p.balance) for p in points],
                             marker="o", alpha=0.0, linestyle="none", pickradius=6)  # fmt: skip
        for index, point in enumerate(points):
            label = (f"{account.account}\n{point.day.isoformat()}\n"
                     f"{theme.money(point.balance, data.currency)}")  # fmt: skip
            day = point.day.isoformat()
            hits.append(Hit(markers, label, {"account": account.account, "since": day,
                                             "until": day}, index))  # fmt: skip
    if len(data.accounts) > 1:
        ax.legend(frameon=False, fontsize=8, labelcolor=theme.foreground, loc="upper left")
    ax.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=7))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, pos: _day_tick(x, pos, theme)))
    ax.yaxis.set_major_formatter(THOUSANDS)
    return hits


def _day_tick(value: float, position: int | None, theme: Theme) -> str:
    """A date tick in the user's language: the month, with the year on the first and Januaries."""
    day = num2date(value)
    name = theme.month(day.month) if day.day == 1 else f"{theme.month(day.month)} {day.day}"
    return f"{name}\n{day.year}" if position == 0 or day.month == 1 else name


def _thin(points: tuple[BalancePoint, ...], most: int) -> list[BalancePoint]:
    step = max(1, len(points) // most)
    kept = list(points[::step])
    if kept[-1] is not points[-1]:
        kept.append(points[-1])
    return kept


@dataclass(frozen=True)
class BudgetBar:
    category: str
    spent: Decimal
    amount: Decimal


@dataclass(frozen=True)
class BudgetData:
    month: str
    currency: str
    bars: tuple[BudgetBar, ...]


def draw_budget_progress(fig: Figure, data: BudgetData | None, theme: Theme) -> list[Hit]:
    """The month's spending against each budget: the track is the budget, the fill what's spent."""
    title = _tr("Spending vs budget")
    if data is None or not data.bars:
        return _empty(fig, theme, title)
    ax = fig.add_subplot()
    style_axes(ax, theme, title)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", color=theme.grid, alpha=0.5, linewidth=0.6)
    bars = list(reversed(data.bars))
    positions = range(len(bars))
    ax.barh(list(positions), [float(b.amount) for b in bars], color=theme.grid, alpha=0.35,
            height=0.6)  # fmt: skip
    colours = [theme.expense if b.spent > b.amount else theme.accent for b in bars]
    filled = ax.barh(list(positions), [float(min(b.spent, b.amount * 2)) for b in bars],
                     color=colours, height=0.36)  # fmt: skip
    ax.set_yticks(list(positions), [display_category(b.category) for b in bars])
    ax.xaxis.set_major_formatter(THOUSANDS)
    hits = []
    for bar, budget in zip(filled, bars, strict=True):
        percent = budget.spent / budget.amount * 100 if budget.amount else Decimal(0)
        label = (f"{display_category(budget.category)}\n"
                 f"{theme.money(budget.spent, data.currency)} / "
                 f"{theme.money(budget.amount, data.currency)} ({percent:.0f}%)")  # fmt: skip
        hits.append(Hit(bar, label, {"category": budget.category, "month": data.month,
                                     "sign": "out"}))  # fmt: skip
    return hits
