"""The charts' look, shared by every chart in the app: colours, axes, money and date axes.

Colours are Okabe–Ito's (distinguishable with the common colour-vision deficiencies), in a
lighter set on a dark background. Axis numbers are money as the reader counts it ("$5K,
$10K"; "5,000, 1万", see :mod:`finapp.gui.charts.money_ticks`) with the axis titled by its
currency; date axes use matplotlib's concise formatting, with month names in the user's
language. No Qt widgets: the draw functions run under Agg in tests.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from matplotlib.axes import Axes
from matplotlib.axis import Axis, XAxis
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure, SubFigure
from matplotlib.ticker import MaxNLocator
from PySide6.QtCore import QCoreApplication

from finapp.gui.charts.money_ticks import MoneyTicks, Signed, compact_amount
from finapp.tr_marks import QT_TRANSLATE_NOOP

# Marked for lupdate here; tr_chart() translates them when drawn (context "Charts").
_WORDS = (
    QT_TRANSLATE_NOOP("Charts", "No data yet"),
    QT_TRANSLATE_NOOP("Charts", "No spending in %1"),
    QT_TRANSLATE_NOOP("Charts", "Spending by category"),
    QT_TRANSLATE_NOOP("Charts", "Spending by category (%1)"),
    QT_TRANSLATE_NOOP("Charts", "Uncategorized"),
    QT_TRANSLATE_NOOP("Charts", "Income vs expenses"),
    QT_TRANSLATE_NOOP("Charts", "Income"),
    QT_TRANSLATE_NOOP("Charts", "Expenses"),
    QT_TRANSLATE_NOOP("Charts", "Balance over time"),
    QT_TRANSLATE_NOOP("Charts", "Spending vs budget"),
    QT_TRANSLATE_NOOP("Charts", "No budgets set"),
    QT_TRANSLATE_NOOP("Charts", "Amount (%1)"),
    QT_TRANSLATE_NOOP("Charts", "Balance (%1)"),
    QT_TRANSLATE_NOOP("Charts", "Budget"),
    QT_TRANSLATE_NOOP("Charts", "Spent"),
    QT_TRANSLATE_NOOP("Charts", "Over budget"),
    QT_TRANSLATE_NOOP("Charts", "Net worth"),
    QT_TRANSLATE_NOOP("Charts", "Net worth: %1"),
    QT_TRANSLATE_NOOP("Charts", "Owned"),
    QT_TRANSLATE_NOOP("Charts", "Owed"),
    QT_TRANSLATE_NOOP("Charts", "Owned %1, owed %2"),
    QT_TRANSLATE_NOOP("Charts", "Left out, no rate: %1"),
    QT_TRANSLATE_NOOP("Charts", "Net worth, leaving out %1"),
    QT_TRANSLATE_NOOP("Charts", "Left out, balance not known: %1"),
)


def tr_chart(text: str, *values: str) -> str:
    """``text`` (one of the chart words above) in the user's language, ``%1``… filled in."""
    assert text in _WORDS, text
    translated = QCoreApplication.translate("Charts", text)
    for number, value in enumerate(values, start=1):
        translated = translated.replace(f"%{number}", value)
    return translated


def _plain_money(amount: Decimal, currency: str) -> str:
    return f"{amount:,.2f} {currency}"


def _plain_signed(number: str, negative: bool, currency: str) -> str:
    return f"{'-' if negative else ''}{number} {currency}"


#: Okabe & Ito (2008): blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow
_LIGHT = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#B8A300",
          "#555555")  # fmt: skip
#: the same hues, lighter where the original is too dark to read on a dark background; the
#: blue becomes the sky blue, so the sixth is a violet rather than a second sky blue
_DARK = ("#56B4E9", "#E69F00", "#2FC29B", "#F0793A", "#E29BC4", "#A59CF0", "#F0E442",
         "#BBBBBB")  # fmt: skip


@dataclass(frozen=True)
class Theme:
    background: str = "#ffffff"
    foreground: str = "#202020"
    grid: str = "#c8c8c8"
    tooltip_bg: str = "#ffffdc"
    tooltip_fg: str = "#000000"
    dark: bool = False
    #: formats money for labels; the GUI passes a QLocale-aware one
    money: Callable[[Decimal, str], str] = field(default=_plain_money)
    #: the month (1-12) as a short axis label; the GUI passes the locale's ("Nov", "11月")
    month: Callable[[int], str] = field(default=lambda m: f"{m:02d}")
    #: the locale chart numbers are written for (babel's or Qt's name); the GUI passes the user's
    locale: str = "en_US"
    #: a chart's number written for an amount (its magnitude), sign and symbol placed: the GUI
    #: places them as every other amount in the app shows them
    signed: Signed = field(default=_plain_signed)
    #: a month ("YYYY-MM") for a label; the GUI passes the locale's ("Mar 2025", "2025年3月")
    month_year: Callable[[str], str] = field(default=str)
    #: a day for a label; the GUI passes the locale's short date
    day: Callable[[date], str] = field(default=date.isoformat)
    #: a currency named in a title; the GUI passes the language's ("USD", "美元")
    currency_name: Callable[[str], str] = field(default=str)

    def compact(self, value: float, currency: str) -> str:
        """An amount alone where room is short (a donut's hole): "$1,481", "US$1.23万"."""
        return self.signed(compact_amount(value, self.locale), value < 0, currency)

    @property
    def income(self) -> str:
        """Blue: told apart from expenses by people who cannot tell green from red."""
        return self.series(1)[0]

    @property
    def within(self) -> str:
        """Spending within its budget: the palette's blue, never confused with the vermillion
        of an overspend (a desktop's highlight colour might be green)."""
        return self.series(1)[0]

    @property
    def track(self) -> str:
        """A budget's whole length behind what is spent: a neutral grey that stands out from
        the background in either theme (the desktop's mid tone vanishes on a dark one)."""
        return "#5c636e" if self.dark else "#c4c4c4"

    @property
    def expense(self) -> str:
        return _DARK[3] if self.dark else _LIGHT[3]

    def series(self, n: int) -> list[str]:
        """Distinct colour-blind-safe colours for lines and slices, readable on the background."""
        colours = _DARK if self.dark else _LIGHT
        return [colours[i % len(colours)] for i in range(n)]


def chart_title(fig: Figure | SubFigure, theme: Theme, title: str) -> None:
    """The chart's title at the figure's top left: over the tick labels too, so a long
    category name beside the axes never pushes it out of the picture."""
    fig.suptitle(title, x=0.01, ha="left", color=theme.foreground, fontsize=10)


def style_axes(ax: Axes, theme: Theme, title: str) -> None:
    """The house look of a chart's axes (colours from the palette, light grid, no box): every
    chart in the app, the Health page's forecast included, calls this one."""
    ax.set_facecolor(theme.background)
    if title:
        chart_title(ax.figure, theme, title)
    ax.tick_params(colors=theme.foreground, labelsize=TICK_SIZE)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(theme.grid)
    ax.grid(axis="y", color=theme.grid, alpha=0.5, linewidth=0.6)
    ax.set_axisbelow(True)


def money_text(theme: Theme, amount: Decimal, currency: str, converted: bool) -> str:
    """An amount as a label shows it: "≈ $1,234.50" when converted from another currency."""
    text = theme.money(amount, currency)
    return f"≈ {text}" if converted else text


def text_width(text: str) -> float:
    """About how wide ``text`` is, in font sizes (a CJK character is a whole one)."""
    return sum(1.0 if ord(char) >= 0x2E80 else 0.62 for char in text)


#: the size of every chart's tick labels, in points
TICK_SIZE = 8


class _FittingMoneyLocator(MaxNLocator):
    """Round money ticks, at most five, fewer where their labels would not stand apart on a
    horizontal axis ("$0, $1,000" on a narrow chart rather than four labels that touch)."""

    def __init__(self) -> None:
        super().__init__(nbins=5, steps=[1, 2, 2.5, 5, 10])

    def tick_values(self, vmin: float, vmax: float) -> Sequence[float]:
        for bins in range(5, 0, -1):
            self.set_params(nbins=bins)
            ticks = super().tick_values(vmin, vmax)
            if self._labels_fit(ticks):
                break
        return ticks

    def _labels_fit(self, ticks: Sequence[float]) -> bool:
        axis = self.axis
        if not isinstance(axis, XAxis):
            return True  # a vertical axis stacks its labels: five always fit
        low, high = sorted(axis.get_view_interval())
        shown = [tick for tick in ticks if low <= tick <= high]
        em = TICK_SIZE * axis.figure.dpi / 72  # pixels
        per_unit = axis.axes.bbox.width / ((high - low) or 1)
        labels = axis.get_major_formatter().format_ticks(shown)
        widths = [text_width(label) * em for label in labels]
        return all(
            (right - left) * per_unit >= (one + other) / 2 + em  # a space between them
            for left, right, one, other in zip(shown, shown[1:], widths, widths[1:], strict=False)
        )


def money_axis(
    axis: Axis, theme: Theme, currency: str, title: str = "Amount (%1)", converted: bool = False
) -> None:
    """Ticks in compact money, few enough never to crowd, the axis titled with its currency
    ("Amount (≈ USD)" when other currencies were converted to it: short enough to stand beside
    a small chart's axis)."""
    axis.set_major_locator(_FittingMoneyLocator())
    axis.set_major_formatter(MoneyTicks(currency, theme.locale, theme.signed))
    named = theme.currency_name(currency)
    unit = f"≈ {named}" if converted else named
    axis.set_label_text(tr_chart(title, unit), color=theme.foreground, fontsize=8)


#: stands for a month name in the formats strftime fills (its %b is the C library's English)
_MONTH = "@M%m@"
_MONTH_FILLED = re.compile(r"@M(\d\d)@")


class _FittingDateLocator(AutoDateLocator):
    """matplotlib's automatic date ticks, as many as the axis has room for (a wide window gets
    more, a narrow one fewer, never overlapping)."""

    def __call__(self) -> Sequence[float]:
        if self.axis is None:
            return super().__call__()
        # a concise label is at most about six characters ("Jun 05", "2026")
        room = max(2, min(self.axis.get_tick_space() // 2, 8))
        with warnings.catch_warnings():
            # with little room matplotlib falls back to its longest step (six months), saying
            # so; that is the step wanted here, the warning is noise
            warnings.filterwarnings("ignore", "AutoDateLocator was unable", UserWarning)
            for most in range(room, 9):
                # one tick alone is labelled with a time of day ("00:00"): take a shorter step
                self.maxticks = dict.fromkeys(self.maxticks, most)
                ticks = super().__call__()
                if len(ticks) >= 2:
                    break
        return ticks


class _LocaleConciseFormatter(ConciseDateFormatter):
    """ConciseDateFormatter with the user's month names ("Jun", "6月"), not the C library's."""

    def __init__(self, locator: AutoDateLocator, month: Callable[[int], str]) -> None:
        super().__init__(
            locator,
            formats=["%Y", _MONTH, "%d", "%H:%M", "%H:%M", "%S.%f"],
            zero_formats=["", "%Y", _MONTH, f"{_MONTH} %d", "%H:%M", "%H:%M"],
            offset_formats=["", "%Y", f"%Y {_MONTH}", f"%Y {_MONTH} %d", "", ""],
        )
        self._month_name = month

    def _named(self, text: str) -> str:
        return _MONTH_FILLED.sub(lambda match: self._month_name(int(match.group(1))), text)

    def format_ticks(self, values: list[float]) -> list[str]:
        labels = [self._named(label) for label in super().format_ticks(values)]
        self._offset_string = self._named(self._offset_string)
        return labels


def date_axis(axis: Axis, theme: Theme) -> None:
    """Concise date ticks in the user's language: "2025", "Feb", "Mar" …, never overlapping."""
    locator = _FittingDateLocator(minticks=2, maxticks=8)
    axis.set_major_locator(locator)
    axis.set_major_formatter(_LocaleConciseFormatter(locator, theme.month))
    axis.get_offset_text().set_color(theme.foreground)
    axis.get_offset_text().set_fontsize(8)
