"""Dashboard: a month at a glance, with charts that drill into the transactions behind them.

The month is the latest one with data unless the user picks another (see
:mod:`finapp.gui.pages.dashboard_period`); renewals and alerts are about today whatever month is
shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from finapp.gui import bus
from finapp.gui.alert_texts import alert_text
from finapp.gui.charts.balance_plot import BalanceData, draw_balance
from finapp.gui.charts.canvas import ChartCanvas
from finapp.gui.charts.chart_options import DEFAULT_HISTORY, ChartOptions
from finapp.gui.charts.converted import CONVERTED
from finapp.gui.charts.net_worth_plot import NetWorthData, draw_net_worth
from finapp.gui.charts.plots import (
    BudgetBar,
    BudgetData,
    DonutData,
    FlowData,
    draw_budget_progress,
    draw_category_donut,
    draw_income_expense_bars,
)
from finapp.gui.charts.summary import Summary, summarize
from finapp.gui.context import AppContext
from finapp.gui.dialogs.exchange_rates import open_exchange_rates
from finapp.gui.models.formatting import format_date, format_money
from finapp.gui.models.subscriptions_model import after_statements_text
from finapp.gui.name_words import shown_name
from finapp.gui.pages.base import Page, register_page
from finapp.gui.pages.dashboard_headlines import (
    Headline,
    show_household_totals,
    show_own_figures,
)
from finapp.gui.pages.dashboard_period import PeriodPicker, month_name
from finapp.gui.pages.dashboard_unknown_worth import UnknownWorth
from finapp.gui.pages.loading import CoalescedLoader
from finapp.gui.tasks import Work
from finapp.gui.widgets.amount_line import AmountLineDelegate, set_amount
from finapp.gui.widgets.empty_state import EmptyStack
from finapp.gui.widgets.fitted_list import FittedList
from finapp.gui.widgets.page_scroll import page_scroll
from finapp.services.alerts import AlertView, list_alerts
from finapp.services.budgets import BudgetView, budget_totals, list_budgets
from finapp.services.household_totals import HouseholdTotals, household_totals
from finapp.services.net_worth import NetWorth, net_worth
from finapp.services.rates import get_base_currency
from finapp.services.renewals_due import coming_renewals
from finapp.services.reports import DataSpan, data_span
from finapp.services.subscriptions import SubscriptionView, after_statements
from finapp.store.engine import Store
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

#: the filters a list entry's click hands to bus.navigate
_TargetRole = Qt.ItemDataRole.UserRole


#: how many entries each list shows
LIST_LENGTH = 6


@dataclass(frozen=True)
class DashboardData:
    month: date  # the month shown, its first day
    span: DataSpan | None  # how far the data goes; None before any import
    summary: Summary
    budgets: tuple[BudgetView, ...]
    #: next_date: the next renewal from today (rolled on past where the statements end)
    renewals: tuple[SubscriptionView, ...]
    #: renewals of the last few days after the statements end: expected, not in them yet
    #: (:mod:`finapp.services.renewals_due`, the tray menu's rule too)
    expected: tuple[SubscriptionView, ...]
    alerts: tuple[AlertView, ...]
    #: the month's income, spending and net in the base currency (others converted)
    totals: HouseholdTotals
    #: what the household owns less what it owes, month by month over the chosen history
    net_worth: NetWorth
    #: the day the renewals are told from
    today: date


def load_dashboard(
    store: Store,
    today: date,
    month: date | None = None,
    history: int | None = DEFAULT_HISTORY,
    currency: str | None = None,
) -> DashboardData:
    """Everything the dashboard shows for ``month`` (default: the latest month with data), its
    history charts over ``history`` months (None: all), in ``currency`` (None: the main one).

    Runs on the task runner: several queries. The charts' figures come from grouped queries (a
    few hundred rows, not every transaction). Only reads: renewals are as the last detection
    stored them (each import and the day's alert check detect, and announce the change).
    """
    span = data_span(store, today)
    shown = (month or (span.until if span else today)).replace(day=1)
    base = get_base_currency(store)  # once: the automatic one reads the whole history
    due = coming_renewals(store, today)
    return DashboardData(
        month=shown,
        span=span,
        summary=summarize(store, shown, history, currency, base),
        budgets=tuple(list_budgets(store, month=shown)),
        expected=due.expected[: LIST_LENGTH // 2],
        renewals=due.coming,
        alerts=tuple(list_alerts(store, as_of=today)[:LIST_LENGTH]),
        totals=household_totals(store, shown, currency=base),
        net_worth=net_worth(store, months=history, currency=base),
        today=today,
    )


def _coming_lines(expected: int) -> int:
    """The coming renewals listed with ``expected`` ones already due: those, and the heading
    over them, take lines of the same list, so the alerts below keep their room."""
    return LIST_LENGTH - min(expected, LIST_LENGTH // 2) - (1 if expected else 0)


def _renewal_hover(renewal: SubscriptionView, today: date) -> str | None:
    """What a past renewal after the statements end adds on hover, as the Subscriptions page
    does: its line shows the day alone (the heading above says the rest), so the narrow list
    keeps the name ("12/01/2026 — after you…" had left no room for it)."""
    if not after_statements(renewal, renewal.next_date, today):
        return None
    return after_statements_text(renewal.next_date, renewal.covered_until)


@register_page
class DashboardPage(Page):
    NAME = "dashboard"
    TITLE = QT_TRANSLATE_NOOP("Page", "Dashboard")
    ICON = "dashboard"
    SORT_ORDER = 10
    SHORTCUT = "Ctrl+1"
    WATCHES = frozenset(
        {bus.TRANSACTIONS, bus.BUDGETS, bus.SUBSCRIPTIONS, bus.ALERTS, bus.CATEGORIES, bus.SETTINGS,
         bus.ACCOUNTS}
    )  # fmt: skip

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None):
        super().__init__(ctx, parent)
        self._today = today
        self.data: DashboardData | None = None
        #: the month the user picked (its first day); None follows the latest month with data
        self.picked: date | None = None
        self._loader = CoalescedLoader(ctx.tasks, self._load_work, self.show_data)
        self._build()
        self.refresh()

    def today(self) -> date:
        return self._today or self.ctx.clock.today()

    def _build(self) -> None:
        self.period = PeriodPicker(self)
        self.period.picked.connect(self.show_month)
        self.period.install_shortcuts(self)
        self.options = ChartOptions(self.ctx.ui_state, self)
        self.options.changed.connect(self.refresh)
        self.spent = Headline(self.tr("Spent this month"), self)
        self.income = Headline(self.tr("Income this month"), self)
        self.net = Headline(self.tr("Net this month"), self)
        self.budget_left = Headline(self.tr("Budget left"), self)
        figures = QHBoxLayout()
        for figure in (self.income, self.spent, self.net, self.budget_left):
            figures.addWidget(figure)
        for figure in (self.income, self.spent, self.net):
            figure.rates_wanted.connect(lambda: open_exchange_rates(self.ctx, self))

        # made with the page as parent, in reading order: Tab then reaches them after the
        # options over them and before the lists beside them, as the eye does
        self.budget_chart = ChartCanvas(
            draw_budget_progress, self.tr("Spending vs budget chart"), self
        )
        self.donut = ChartCanvas(draw_category_donut, self.tr("Spending by category chart"), self)
        self.bars = ChartCanvas(draw_income_expense_bars, self.tr("Income vs expenses chart"), self)
        self.balance = ChartCanvas(draw_balance, self.tr("Balance over time chart"), self)
        self.balance_left_out = UnknownWorth(
            self.ctx, self, self.tr("%1 — balance not known, not drawn in this chart")
        )
        self.balance_left_out.setObjectName("balance-left-out")
        self.net_worth = ChartCanvas(draw_net_worth, self.tr("Net worth chart"), self)
        charts = QGridLayout()
        charts.addWidget(self.budget_chart, 0, 0)
        charts.addWidget(self.donut, 0, 1)
        charts.addWidget(self.bars, 1, 0)
        charts.addWidget(self.balance, 1, 1)
        charts.addWidget(self.balance_left_out, 2, 1)
        charts.addWidget(self.net_worth, 3, 0, 1, 2)
        self.net_worth_left_out = UnknownWorth(self.ctx, self)
        charts.addWidget(self.net_worth_left_out, 4, 0, 1, 2)
        for chart in (self.budget_chart, self.donut, self.bars, self.balance):
            chart.clicked.connect(self.drill_down)

        self.renewals = self._list(self.tr("Upcoming renewals"))
        # a line each: the amount in a column of its own, a long name cut short with "…"
        self.renewals.setItemDelegate(AmountLineDelegate(self.renewals))
        self.alerts = self._list(self.tr("Latest alerts"))
        # renewals are a line each: their list is as tall as they are, and the alerts, often
        # several lines each, take the rest of the column
        self.renewals.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # as tall as its entries, it never scrolls: a scroll bar shown while it grew to them
        # left its entries wrapped at the narrower width, a blank line under a long name
        self.renewals.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Upcoming renewals"), self))
        side.addWidget(self.renewals)
        side.addWidget(QLabel(self.tr("Latest alerts"), self))
        side.addWidget(self.alerts, 1)

        body = QHBoxLayout()
        # the charts' own choices at their top left, named as theirs: over the right edge of
        # the chart column they read as the renewals' beside them
        chart_column = QVBoxLayout()
        choices = QHBoxLayout()
        self.options_caption = QLabel(self.tr("Charts:"), self)
        self.options_caption.setBuddy(self.options.currency)
        choices.addWidget(self.options_caption)
        choices.addWidget(self.options)
        choices.addStretch(1)
        chart_column.addLayout(choices)
        chart_column.addLayout(charts, 1)
        body.addLayout(chart_column, 3)
        body.addLayout(side, 1)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        # never squeezed below what its rows need (each chart's own minimum height): a short
        # window scrolls instead of cutting a chart's legend off
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.period)
        layout.addLayout(figures)
        layout.addLayout(body, 1)
        scroll = page_scroll(self, content)
        content.setMinimumSize(820, 560)
        self.stack = EmptyStack(scroll, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def _list(self, name: str) -> FittedList:
        widget = FittedList(self)
        widget.setAccessibleName(name)
        widget.setMinimumWidth(220)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setSpacing(2)
        widget.itemActivated.connect(self._open_item)
        widget.itemClicked.connect(self._open_item)
        return widget

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._loader.load()

    def show_month(self, month: date | None) -> None:
        """Show ``month`` (its first day), or None: the latest month with data, from now on."""
        self.picked = month
        self.refresh()

    def _load_work(self) -> Work:
        store, today, month = self.ctx.store, self.today(), self.picked
        history, currency = self.options.months, self.options.wanted_currency
        return lambda _progress, _cancel: load_dashboard(store, today, month, history, currency)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        self.period.show_month(data.month if data.span else None, data.span)
        self._show_captions(data.month)
        summary = data.summary
        self.options.show_currencies(
            summary.currencies,
            CONVERTED if summary.converted else summary.currency,
            summary.base,
            summary.missing,
        )
        if summary.balances or summary.balances_left_out:
            self.stack.show_content()
        else:  # no account: nothing imported yet, every chart would be blank
            self.stack.show_empty(
                self.tr("Nothing to show yet. Import your bank's statements (OFX, QFX, CSV or "
                        "Excel; Alipay and WeChat Pay bills too) and finapp shows where your "
                        "money goes."),
                self.tr("Import statements…"),
                self.ctx.bus.import_requested.emit,
            )  # fmt: skip
        currency = summary.currency
        month_figures = (self.income, self.spent, self.net)
        # the headlines are about what the charts show: every currency converted, or one
        if summary.converted or summary.currencies == (data.totals.currency,):
            show_household_totals(month_figures, data.totals)
        else:
            others = [c for c in summary.currencies if c != currency]
            show_own_figures(month_figures, currency, summary.income_this_month,
                             summary.spent_this_month, others)  # fmt: skip
        budgets = [b for b in data.budgets if b.currency == currency]
        self._show_budget_left(budgets, currency)
        self.balance_left_out.show_accounts(summary.balances_left_out)
        self.net_worth_left_out.show_accounts(data.net_worth.no_balance)
        self._show_lists(data)
        # the charts last, once every line and list around them has its height: a chart is
        # plotted at the size the page then gives it (see ChartCanvas.set_data), and a list
        # filled after it resized it and drew every chart a second time
        self._show_charts(data, budgets)

    def _show_charts(self, data: DashboardData, budgets: list[BudgetView]) -> None:
        summary, currency = data.summary, data.summary.currency
        self.budget_chart.set_data(
            BudgetData(
                summary.month,
                currency,
                tuple(BudgetBar(b.category, b.spent, b.available) for b in budgets),
            )
        )
        converted = summary.approximate
        self.donut.set_data(DonutData(summary.month, currency, summary.by_category, converted))
        self.bars.set_data(FlowData(currency, summary.flows, converted))
        self.balance.set_data(
            BalanceData(currency, summary.balances, converted, summary.balances_left_out)
        )
        worth = data.net_worth
        self.net_worth.set_data(NetWorthData(worth.currency, worth.months, worth.no_balance))

    def _show_lists(self, data: DashboardData) -> None:
        self._fill_renewals(data)
        self._fill(
            self.alerts,
            [
                (f"{format_date(a.date)}  {alert_text(a)}", ("alerts", {"alert_id": a.id}))
                for a in data.alerts
            ],
            self.tr("Nothing needs your attention"),
        )

    def _fill_renewals(self, data: DashboardData) -> None:
        """A renewal a line: its day, name and amount, a click opening it on Subscriptions;
        those already due after the statements end under a heading of their own, after the
        ones coming up (they are not coming: only not in the statements yet)."""
        room = _coming_lines(len(data.expected))
        if len(data.renewals) > room:  # the last line tells how many more there are
            room -= 1
        coming = data.renewals[:room]
        shown = [*coming, *data.expected]
        self._fill(
            self.renewals,
            [
                (
                    f"{format_date(s.next_date)}  {shown_name(s.name)}  "
                    f"{format_money(abs(s.amount), s.currency)}",
                    ("subscriptions", {"subscription_id": s.id}),
                )
                for s in shown
            ],
            self.tr("No renewals in the next 30 days"),
        )
        for row, renewal in enumerate(shown):
            item = self.renewals.item(row)
            money = format_money(abs(renewal.amount), renewal.currency)
            set_amount(item, money)
            if (hover := _renewal_hover(renewal, data.today)) is not None:
                item.setToolTip(f"{hover}  {shown_name(renewal.name)}  {money}")
        self.renewals.fit()  # as tall as their words beside the amounts, now set, take
        if data.expected:
            heading = QListWidgetItem(self.tr("Expected, not in your statements yet"))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)  # nothing to open
            heading.setToolTip(heading.text())  # whole on hover where the list cuts it
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.renewals.insertItem(len(coming), heading)
            self.renewals.fit()
        self._tell_more(len(data.renewals) - len(coming), len(coming))

    def _tell_more(self, more: int, row: int) -> None:
        """A line after the coming renewals for those the list has no room for, opening the
        Subscriptions page: the tray's menu listed a third renewal the dashboard left out
        without a word."""
        if more <= 0:
            return
        item = QListWidgetItem(self.tr("%n more in the next 30 days…", "", more))
        item.setData(_TargetRole, ("subscriptions", {}))
        item.setToolTip(item.text())
        font = item.font()
        font.setItalic(True)
        item.setFont(font)
        self.renewals.insertItem(row, item)
        self.renewals.fit()

    def _show_budget_left(self, budgets: list[BudgetView], currency: str) -> None:
        """What the budgets not yet spent have left, and apart how far the others are over:
        summed, November's three overspent budgets hid behind ¥122.44 "left"."""
        if not budgets:
            self.budget_left.show_figure(self.tr("No budgets set"))
            return
        totals = budget_totals(budgets)
        parts = [self.tr("left in %n budget(s)", "", totals.left_in)]
        if totals.over_in:
            over = format_money(totals.over, currency)
            parts.append(fill(self.tr("%n over by %1", "", totals.over_in), (over,)))
        self.budget_left.show_figure(format_money(totals.left, currency), " · ".join(parts))

    def _show_captions(self, month: date) -> None:
        """The headlines name the month they are about ("Spent in October")."""
        name = month_name(month)
        self.spent.set_caption(fill(self.tr("Spent in %1"), (name,)))
        self.income.set_caption(fill(self.tr("Income in %1"), (name,)))
        self.net.set_caption(fill(self.tr("Net in %1"), (name,)))

    def _fill(self, widget: FittedList, entries: list[tuple[str, tuple]], empty: str) -> None:
        widget.clear()
        for text, target in entries:
            item = QListWidgetItem(text, widget)
            item.setToolTip(text)
            item.setData(_TargetRole, target)
        if not entries:
            item = QListWidgetItem(empty, widget)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.fit()

    def drill_down(self, filters: dict) -> None:
        """A bar or slice was clicked: show the transactions behind it."""
        self.ctx.bus.navigate.emit("transactions", filters)

    def _open_item(self, item: QListWidgetItem) -> None:
        target = item.data(_TargetRole)
        if target:
            page, filters = target
            self.ctx.bus.navigate.emit(page, filters)
