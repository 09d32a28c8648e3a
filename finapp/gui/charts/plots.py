"""Pure draw functions: ``draw(fig, data, theme) -> hits``. No Qt widgets, so tests run them
under Agg.

Each returns the artists a user can point at (:class:`Hit`): a label for the hover annotation
and, where the chart can drill down, the filters of the transactions behind it. Money becomes a
float only as a bar height or a line's y coordinate; every number a user reads is formatted from
the ``Decimal``. Legends stand outside the plotted data (below it, or beside the donut).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.text import Text

from finapp.gui.category_names import display_category
from finapp.gui.charts.month_axis import month_axis
from finapp.gui.charts.summary import UNCATEGORISED, CategorySpend, MonthFlow
from finapp.gui.charts.theme import (
    Theme,
    chart_title,
    money_axis,
    money_text,
    style_axes,
    text_width,
    tr_chart,
)
from finapp.gui.models.formatting import format_month


@dataclass(frozen=True)
class Hit:
    """Something under the mouse: what to show, and where a click leads (None: nowhere)."""

    artist: Artist
    label: str
    filters: dict[str, Any] | None = None
    #: which of the artist's points this is, when one artist carries many (a line's markers)
    index: int | None = None


def empty_chart(fig: Figure, theme: Theme, title: str, why: str = "") -> list[Hit]:
    """The chart's title over why it is empty (``why``, already translated), "No data yet"
    unless said."""
    ax = fig.add_subplot()
    ax.set_facecolor(theme.background)
    ax.set_axis_off()
    chart_title(fig, theme, title)
    ax.text(0.5, 0.5, why or tr_chart("No data yet"), ha="center", va="center",
            color=theme.grid, transform=ax.transAxes, wrap=True)  # fmt: skip
    return []


def legend_below(fig: Figure, theme: Theme, handles: list[Any], labels: list[str]) -> None:
    """The legend in rows under the axes (under the tick labels), never over the data: as many
    columns as the chart's width holds (the canvas redraws when its width changes)."""
    size = 8
    entry = (max(text_width(label) for label in labels) + 3.4) * size  # handle and spacing
    columns = max(1, min(len(labels), int(fig.get_figwidth() * 72 // entry)))
    legend = fig.legend(handles, labels, loc="outside lower center", ncols=columns,
                              frameon=False, fontsize=size, labelcolor=theme.foreground,
                              handlelength=1.2, columnspacing=1.2)  # fmt: skip
    legend.set_in_layout(True)


@dataclass(frozen=True)
class DonutData:
    month: str
    currency: str
    slices: tuple[CategorySpend, ...]
    #: other currencies converted into ``currency``
    converted: bool = False


#: a donut's total from this many units on is written in whole units ("$1,481"), under it
#: with its cents ("$4.50")
_WHOLE_UNITS_FROM = Decimal(100)


#: the donut's ring, as a share of its radius: the hole's radius is what is left
_RING = 0.38
#: the smallest the total in the hole is set (points): smaller is not read
_SMALLEST_TOTAL = 6.0


class HoleText(Text):
    """The total in the donut's hole, set at each draw as large as the hole lets it (up to the
    size it was given): a narrow window's donut is a hundred pixels across, and "≈ $2,397" at
    9 points ran over the ring. Measured with the renderer, so the size is the one drawn."""

    def __init__(self, text: str, **kwargs: Any) -> None:
        super().__init__(0, 0, text, ha="center", va="center", **kwargs)
        self._largest = float(self.get_fontsize())

    def draw(self, renderer: Any) -> None:
        axes = self.axes
        if axes is not None and self.get_visible():
            (left, _y0), (right, _y1) = axes.transData.transform([(0, 0), (1 - _RING, 0)])
            self._fit(renderer, right - left)
        super().draw(renderer)

    def _fit(self, renderer: Any, hole: float) -> None:
        """The largest size whose box's corners lie inside the hole (radius ``hole``, pixels);
        the font's size is changed in place, not through ``set_fontsize``: the figure is being
        drawn, and marking it stale would draw it again."""
        font = self.get_fontproperties()
        size = self._largest
        while True:
            font.set_size(size)
            width, height, _descent = renderer.get_text_width_height_descent(
                self.get_text(), font, ismath=False
            )
            if size <= _SMALLEST_TOTAL or math.hypot(width / 2, height / 2) <= hole * 0.95:
                return
            size = max(_SMALLEST_TOTAL, size - 0.5)


def draw_category_donut(fig: Figure, data: DonutData | None, theme: Theme) -> list[Hit]:
    """The month's spending by top-level category; a slice drills into its transactions.

    The title names the currency ("≈ USD" when every currency was converted to it), as the
    other charts' axes do: the donut has no axis to say it."""
    if data is None:
        return empty_chart(fig, theme, tr_chart("Spending by category"))
    named = theme.currency_name(data.currency)
    title = tr_chart("Spending by category (%1)", f"≈ {named}" if data.converted else named)
    if not data.slices:
        # the household has statements, none of this period's spending: "No data yet" read as
        # if the import had come to nothing
        return empty_chart(fig, theme, title, tr_chart("No spending in %1", _period(data.month)))
    slices = sorted(data.slices, key=lambda s: s.spent, reverse=True)
    ax = fig.add_subplot()
    chart_title(fig, theme, title)
    wedges, _texts = ax.pie(
        [float(s.spent) for s in slices],
        colors=theme.series(len(slices)),
        startangle=90,
        counterclock=False,
        wedgeprops={"width": _RING, "edgecolor": theme.background, "linewidth": 1.5},
    )
    for wedge in wedges[len(set(theme.series(len(slices)))) :]:
        wedge.set_hatch("////")  # past the palette's colours: told apart by the stripes
    total = sum((s.spent for s in slices), Decimal(0))
    # compact, to fit the hole of a small donut; the exact figures are on each slice's hover.
    # A small total keeps its cents: a month's CN¥0.02 read "CN¥0" beside a ring of spending
    small = total < _WHOLE_UNITS_FROM
    centre = (
        theme.money(total, data.currency) if small else theme.compact(float(total), data.currency)
    )
    ax.add_artist(
        HoleText(f"≈ {centre}" if data.converted else centre, color=theme.foreground,
                 fontsize=9, fontweight="bold")
    )  # fmt: skip
    ax.set_aspect("equal")
    names = [
        tr_chart("Uncategorized") if s.category == UNCATEGORISED else display_category(s.category)
        for s in slices
    ]
    # the figure's, "outside": the layout gives the names their width before the donut its
    # room (a legend hung off the axes' edge was cut at the picture's: "Person to Persor")
    legend = fig.legend(wedges, names, loc="outside right center", frameon=False, fontsize=8,
                        labelcolor=theme.foreground)  # fmt: skip
    legend.set_in_layout(True)
    hits = []
    for wedge, spend, name in zip(wedges, slices, names, strict=True):
        share = spend.spent / total * 100 if total else Decimal(0)
        amount = money_text(theme, spend.spent, data.currency, data.converted)
        label = f"{name}\n{amount} ({share:.0f}%)"
        category = "" if spend.category == UNCATEGORISED else spend.category
        filters = {"category": category, "month": data.month, "sign": "out"}
        hits.append(Hit(wedge, label, filters))
    return hits


def _period(period: str) -> str:
    """A donut's period as the page above it names it: "2009-05" as "May 2009", a year as is."""
    if len(period) == len("2009-05"):
        return format_month(date(int(period[:4]), int(period[5:]), 1))
    return period


@dataclass(frozen=True)
class FlowData:
    currency: str
    flows: tuple[MonthFlow, ...]
    #: other currencies converted into ``currency``
    converted: bool = False


def draw_income_expense_bars(fig: Figure, data: FlowData | None, theme: Theme) -> list[Hit]:
    """Income and expenses side by side per month; a bar drills into that month's in or out."""
    title = tr_chart("Income vs expenses")
    if data is None or not any(f.income or f.expenses for f in data.flows):
        return empty_chart(fig, theme, title)
    ax = fig.add_subplot()
    style_axes(ax, theme, title)
    positions = range(len(data.flows))
    width = 0.4
    income_word, expense_word = tr_chart("Income"), tr_chart("Expenses")
    income_bars = ax.bar([p - width / 2 for p in positions], [float(f.income) for f in data.flows],
                         width, color=theme.income)  # fmt: skip
    expense_bars = ax.bar([p + width / 2 for p in positions],
                          [float(f.expenses) for f in data.flows], width,
                          color=theme.expense)  # fmt: skip
    ax.set_xlim(-0.5, len(data.flows) - 0.5)
    month_axis(ax.xaxis, [f.month for f in data.flows], theme.month)
    money_axis(ax.yaxis, theme, data.currency, converted=data.converted)
    legend_below(fig, theme, [income_bars, expense_bars], [income_word, expense_word])
    hits = []
    for flow, inc, exp in zip(data.flows, income_bars, expense_bars, strict=True):
        money_in = money_text(theme, flow.income, data.currency, data.converted)
        money_out = money_text(theme, flow.expenses, data.currency, data.converted)
        month = theme.month_year(flow.month)
        hits.append(Hit(inc, f"{month}\n{income_word}: {money_in}",
                        {"month": flow.month, "sign": "in"}))  # fmt: skip
        hits.append(Hit(exp, f"{month}\n{expense_word}: {money_out}",
                        {"month": flow.month, "sign": "out"}))  # fmt: skip
    return hits


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
    """The month's spending against each budget: the track is the budget, the fill what's spent
    (in the warning colour once it passes the budget)."""
    title = tr_chart("Spending vs budget")
    if data is None:
        return empty_chart(fig, theme, title)
    if not data.bars:  # the household's spending is there: what the chart lacks is a budget
        return empty_chart(fig, theme, title, tr_chart("No budgets set"))
    ax = fig.add_subplot()
    style_axes(ax, theme, title)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", color=theme.grid, alpha=0.5, linewidth=0.6)
    bars = list(reversed(data.bars))
    positions = list(range(len(bars)))
    ax.barh(positions, [float(b.amount) for b in bars], color=theme.track, height=0.6)
    colours = [theme.expense if b.spent > b.amount else theme.within for b in bars]
    shown = [float(min(b.spent, b.amount * 2)) for b in bars]
    ax.barh(positions, shown, color=colours, height=0.36)
    # what the mouse finds: the whole row, the track and the fill (an overspend reaches past it)
    reach = ax.barh(positions, [max(s, float(b.amount)) for s, b in zip(shown, bars, strict=True)],
                    height=0.6, alpha=0.0)  # fmt: skip
    ax.set_yticks(positions, [display_category(b.category) for b in bars])
    money_axis(ax.xaxis, theme, data.currency)
    keys = [Patch(color=theme.track), Patch(color=theme.within)]
    words = [tr_chart("Budget"), tr_chart("Spent")]
    if any(b.spent > b.amount for b in bars):
        keys.append(Patch(color=theme.expense))
        words.append(tr_chart("Over budget"))
    legend_below(fig, theme, keys, words)
    hits = []
    for bar, budget in zip(reach, bars, strict=True):
        percent = budget.spent / budget.amount * 100 if budget.amount else Decimal(0)
        label = (f"{display_category(budget.category)}\n"
                 f"{theme.money(budget.spent, data.currency)} / "
                 f"{theme.money(budget.amount, data.currency)} ({percent:.0f}%)")  # fmt: skip
        hits.append(Hit(bar, label, {"category": budget.category, "month": data.month,
                                     "sign": "out"}))  # fmt: skip
    return hits
