"""Health page → Balance forecast: each account's projected balance over the coming days.

One line per account (one chart per currency, the currency on its axis), the low-balance
threshold dashed in the account's colour, the lowest point marked with its amount; above it a
sentence per account (its lowest day from today on and what takes it there, and where the
forecast starts: the end of the account's statements; when that is before today, the days
between are drawn dotted and faint, today marked, and the sentence says the figures are
estimated), below it the next few events. The forecast itself is
:func:`finapp.services.forecast.forecast`; this module only shows it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from finapp.gui import bus
from finapp.gui.account_names import shown_account_name
from finapp.gui.charts.canvas import ChartCanvas
from finapp.gui.charts.plots import Hit
from finapp.gui.charts.theme import Theme, date_axis, money_axis, style_axes
from finapp.gui.context import AppContext
from finapp.gui.models.formatting import format_date, format_day, format_money
from finapp.gui.name_words import shown_name
from finapp.gui.pages.health_section import HealthSection
from finapp.gui.pages.tables import tab_leaves
from finapp.services.forecast import AccountForecast, coming_events, forecast
from finapp.tr_marks import QT_TRANSLATE_NOOP

_CONTEXT = "HealthForecast"
_WORDS = {
    "lowest": QT_TRANSLATE_NOOP(
        "HealthForecast", "%1 (from %2, where its statements end): lowest %3 on %4, after %5."
    ),
    "steady": QT_TRANSLATE_NOOP(
        "HealthForecast",
        "%1 (from %2, where its statements end): never below %3, its balance then.",
    ),
    "lowest_estimated": QT_TRANSLATE_NOOP(
        "HealthForecast",
        "%1 (from today, estimated from statements ending %2): lowest %3 on %4, after %5.",
    ),
    "steady_estimated": QT_TRANSLATE_NOOP(
        "HealthForecast",
        "%1 (from today, estimated from statements ending %2): never below %3.",
    ),
    "estimated": QT_TRANSLATE_NOOP("HealthForecast", "%1, estimated"),
    "today": QT_TRANSLATE_NOOP("HealthForecast", "Today"),
    "unknown": QT_TRANSLATE_NOOP(
        "HealthForecast",
        "%1 cannot be forecast: no balance is known. Import a statement with one or set it.",
    ),
    "below": QT_TRANSLATE_NOOP("HealthForecast", "Below its %1 threshold."),
    "threshold": QT_TRANSLATE_NOOP("HealthForecast", "%1 threshold"),
    "empty": QT_TRANSLATE_NOOP("HealthForecast", "No account with a known balance to forecast."),
    "chart": QT_TRANSLATE_NOOP("HealthForecast", "Projected balance of each account"),
}
#: how far ahead the user may look (the service accepts up to a year)
_HORIZONS = (30, 60, 90)
_DEFAULT_HORIZON = 60
#: how many coming events the list under the chart shows
_COMING = 8


def _tr(key: str) -> str:
    return QCoreApplication.translate(_CONTEXT, _WORDS[key])


def _filled(key: str, *values: str) -> str:
    text = _tr(key)
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


def summary_line(one: AccountForecast) -> str:
    """The account's lowest day and what takes it there, or why it cannot be forecast."""
    name = shown_account_name(one.account)
    if one.reason is not None:
        return _filled("unknown", name)
    assert one.start is not None and one.lowest is not None
    start, lowest = format_day(one.start), format_money(one.lowest, one.currency)
    steady, low = (
        ("steady", "lowest")
        if not one.estimated
        else (
            "steady_estimated",
            "lowest_estimated",
        )
    )
    if one.lowest_after is None or one.lowest_on is None:  # the day comes with what takes it
        return _filled(steady, name, start, lowest)
    line = _filled(
        low,
        name,
        start,
        lowest,
        format_day(one.lowest_on),
        shown_name(one.lowest_after),
    )
    if one.threshold is not None and one.lowest < one.threshold:
        line += " " + _filled("below", format_money(one.threshold, one.currency))
    return line


def draw_forecast(fig: Figure, data: Sequence[AccountForecast] | None, theme: Theme) -> list[Hit]:
    """Each account's projected balance on its own axes (its own scale, its currency on the
    axis: a checking account's dip stays visible beside a large savings balance), one date axis
    under them all."""
    known = [f for f in data or () if f.reason is None and f.daily]
    if not known:
        ax = fig.add_subplot()
        ax.set_axis_off()
        ax.text(
            0.5,
            0.5,
            _tr("empty"),
            ha="center",
            va="center",
            color=theme.grid,
            transform=ax.transAxes,
        )
        return []
    axes = fig.subplots(len(known), 1, sharex=True, squeeze=False)[:, 0]
    lows: list[Hit] = []
    points: list[Hit] = []
    for ax, one, colour in zip(axes, known, theme.series(len(known)), strict=True):
        style_axes(ax, theme, "")
        money_axis(ax.yaxis, theme, one.currency, "Balance (%1)")
        ax.margins(y=0.35)  # room for the lowest point's amount under it
        low, hover = _draw_account(ax, one, colour, theme)
        lows.append(low)
        points.extend(hover)
        # beside the plot, never over the lines
        ax.legend(
            frameon=False,
            fontsize=8,
            labelcolor=theme.foreground,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
        )
    date_axis(axes[-1].xaxis, theme)
    return lows + points  # the lowest points first: they describe the chart to a screen reader


def _draw_account(
    ax: Axes, one: AccountForecast, colour: str, theme: Theme
) -> tuple[Hit, list[Hit]]:
    """The balance as steps (it changes on event days), the threshold dashed in the same
    colour, the lowest point marked with its amount; the days before today (statements not
    imported yet) dotted and faint, today a line; returns the hits to point at."""
    days = [d.date for d in one.daily]
    values = [float(d.balance) for d in one.daily]
    today = one.today or days[0]
    if one.estimated:
        past = [(d.date, float(d.balance)) for d in one.daily if d.date <= today]
        ax.step(
            [day for day, _ in past],  # type: ignore[arg-type]  # stubs omit dates (as below)
            [value for _, value in past],
            where="post",
            color=colour,
            linewidth=1.2,
            linestyle=":",
            alpha=0.55,
            label=_filled("estimated", shown_account_name(one.account)),
            gid="forecast-estimated",
        )
        ax.axvline(
            today,  # type: ignore[arg-type]  # matplotlib's stubs omit dates (as below)
            color=theme.grid,
            linewidth=1,
            label=_tr("today"),
            gid="forecast-today",
        )
    ahead = [(d.date, float(d.balance)) for d in one.daily if d.date >= today]
    ax.step(
        [day for day, _ in ahead],  # type: ignore[arg-type]  # matplotlib's stubs omit dates
        [value for _, value in ahead],
        where="post",
        color=colour,
        linewidth=1.6,
        label=shown_account_name(one.account),
        gid="forecast-line",
    )
    if one.threshold is not None:
        ax.axhline(
            float(one.threshold),
            color=colour,
            linestyle="--",
            linewidth=1,
            alpha=0.8,
            label=_filled("threshold", shown_account_name(one.account)),
            gid="forecast-threshold",
        )
    assert one.lowest is not None and one.lowest_on is not None
    low_text = format_money(one.lowest, one.currency)
    (marker,) = ax.plot(
        [one.lowest_on],  # type: ignore[arg-type]  # matplotlib's stubs omit dates (as above)
        [float(one.lowest)],
        marker="v",
        color=colour,
        linestyle="none",
        gid="forecast-lowest",
    )
    ax.annotate(
        low_text,
        xy=(one.lowest_on, float(one.lowest)),
        xytext=(0, -8),
        textcoords="offset points",
        ha="center",
        va="top",
        fontsize=8,
        color=theme.foreground,
    )
    (hover,) = ax.plot(
        days,  # type: ignore[arg-type]  # matplotlib's stubs omit dates (as above)
        values,
        marker="o",
        alpha=0.0,
        linestyle="none",
        pickradius=6,
    )
    name = shown_account_name(one.account)
    low = Hit(marker, f"{name}\n{format_date(one.lowest_on)}\n{low_text}")
    hits = [
        Hit(
            hover,
            f"{name}\n{format_date(d.date)}\n{theme.money(d.balance, one.currency)}",
            index=i,
        )
        for i, d in enumerate(one.daily)
    ]
    return low, hits


class ForecastSection(HealthSection):
    """The balance forecast: a sentence per account, the chart, and the coming events."""

    TITLE = QT_TRANSLATE_NOOP("HealthSection", "Balance forecast")
    WATCHES = frozenset({bus.ACCOUNTS, bus.TRANSACTIONS, bus.SUBSCRIPTIONS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._as_of: date | None = None
        self._days = _DEFAULT_HORIZON
        self.horizon = QComboBox(self)
        self.horizon.setObjectName("forecast-days")
        for days in _HORIZONS:
            self.horizon.addItem(self.tr("Next %n days", "", days), days)
        self.horizon.setCurrentIndex(_HORIZONS.index(_DEFAULT_HORIZON))
        self.horizon.setAccessibleName(self.tr("Forecast horizon"))
        self.horizon.currentIndexChanged.connect(self._on_horizon)
        self.summary = QLabel(self)
        self.summary.setObjectName("forecast-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = ChartCanvas(draw_forecast, _tr("chart"), self)
        self.events = QTableWidget(0, 4, self)
        self.events.setObjectName("forecast-events")
        self.events.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Account"), self.tr("Event"), self.tr("Amount")]
        )
        self.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tab_leaves(self.events)
        self.events.verticalHeader().setVisible(False)
        self.events.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.events.setAccessibleName(self.tr("Coming income, bills and transfers"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.horizon, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart)
        layout.addWidget(self.events)

    def reload(self, as_of: date) -> None:
        self._as_of = as_of
        super().reload(as_of)

    def _on_horizon(self) -> None:
        self._days = int(self.horizon.currentData())
        if self._as_of is not None:
            self.reload(self._as_of)

    def load(self, as_of: date) -> list[AccountForecast]:
        return forecast(self.ctx.store, as_of, self._days)

    def show_loaded(self, loaded: list[AccountForecast]) -> None:
        self.summary.setText("\n".join(summary_line(one) for one in loaded))
        charted = sum(1 for one in loaded if one.reason is None)
        self.chart.canvas.setMinimumHeight(max(220, 130 * charted))
        self.chart.set_data(loaded)
        coming = coming_events(loaded)[:_COMING]
        self.events.setRowCount(len(coming))
        for row, (event, one) in enumerate(coming):
            cells = (
                format_date(event.date),
                shown_account_name(one.account),
                shown_name(event.name),
                format_money(event.amount, one.currency),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.events.setItem(row, column, item)
