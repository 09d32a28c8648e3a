"""File → Year in review…: one calendar year at a glance, chosen from the years the data covers.

The figures are :func:`finapp.services.year_review.year_review`'s, read off the UI thread: the
headline (income, spending, net, savings rate, net worth change) in the base currency with
"≈" where another currency was converted and the currencies without a rate named, the months
and the categories drawn by the dashboard's own chart functions, then the largest purchases,
the categories and the subscriptions in tabs. The year can be saved as a web page or a CSV
file (:mod:`finapp.gui.dialogs.year_review_export`), once it is shown.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from finapp.core.conversion import Total as Converted
from finapp.core.money import from_minor
from finapp.gui.account_names import joined_accounts, shown_account_name
from finapp.gui.category_names import display_category
from finapp.gui.charts.canvas import ChartCanvas
from finapp.gui.charts.plots import (
    DonutData,
    FlowData,
    draw_category_donut,
    draw_income_expense_bars,
)
from finapp.gui.charts.summary import CategorySpend, MonthFlow
from finapp.gui.context import AppContext
from finapp.gui.currency_words import currency_word
from finapp.gui.dialogs.subscription_audit import stopped_sentence
from finapp.gui.dialogs.year_review_export import WORDS, Draw, ExportButton, wording
from finapp.gui.list_words import joined, sentences
from finapp.gui.models.formatting import format_date, format_day, format_money, format_month
from finapp.gui.models.rows_model import Column, RowsModel
from finapp.gui.name_words import shown_name
from finapp.gui.pages.tables import make_table
from finapp.gui.widgets.page_scroll import page_scroll
from finapp.services.month_report import UNCATEGORIZED
from finapp.services.year_review import (
    CategorySpending,
    ChargedAgain,
    Purchase,
    StoppedCharging,
    YearReview,
    year_review,
    years_with_data,
)
from finapp.services.year_review_export import Wording, savings_rate_text
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

CONTEXT = "YearReview"
#: what a window manager's frame and title bar take around the dialog, at most (pixels)
FRAME, TITLE_BAR = 8, 40


def converted_money(total: Converted) -> str:
    """A figure in the base currency, "≈" before it when another currency was converted."""
    text = format_money(total.amount, total.currency)
    return f"≈ {text}" if total.converted else text


def category_name(path: str) -> str:
    return (
        QCoreApplication.translate("YearReview", "Uncategorized")
        if path == UNCATEGORIZED
        else display_category(path)
    )


def purchase_order(purchase: Purchase) -> tuple[bool, str, int]:
    """How the Amount column sorts: those converted to the base currency by their value there,
    and apart from them each currency without a rate by its own amount (yuan and dollars
    compared as numbers would rank ¥1,000 over $900)."""
    apart = bool(purchase.converted.missing)
    minor = purchase.converted.missing[purchase.currency] if apart else purchase.converted.minor
    return (not apart, purchase.currency if apart else "", minor)


class PurchasesModel(RowsModel[Purchase]):
    CONTEXT = CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("YearReview", "Date"), lambda r: format_date(r.posted),
               lambda r: r.posted),
        Column(QT_TRANSLATE_NOOP("YearReview", "Payee"), lambda r: shown_name(r.payee),
               lambda r: shown_name(r.payee).casefold()),
        Column(QT_TRANSLATE_NOOP("YearReview", "Category"), lambda r: category_name(r.category),
               lambda r: category_name(r.category)),
        Column(QT_TRANSLATE_NOOP("YearReview", "Account"), lambda r: shown_account_name(r.account),
               lambda r: shown_account_name(r.account)),
        Column(QT_TRANSLATE_NOOP("YearReview", "Amount"),
               lambda r: format_money(r.amount, r.currency), purchase_order,
               right_aligned=True),
    )  # fmt: skip


class CategoriesModel(RowsModel[CategorySpending]):
    CONTEXT = CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("YearReview", "Category"), lambda r: category_name(r.category),
               lambda r: category_name(r.category)),
        Column(QT_TRANSLATE_NOOP("YearReview", "Spent"), lambda r: converted_money(r.spent),
               lambda r: r.spent.minor, right_aligned=True),
    )  # fmt: skip


def top_level_slices(review: YearReview) -> tuple[CategorySpend, ...]:
    """Spending by top-level category for the donut (refunds that outweigh spending left out)."""
    spent: dict[str, int] = defaultdict(int)
    for row in review.by_category:
        spent[row.category.split(":")[0]] += row.spent.minor
    return tuple(
        CategorySpend(name, from_minor(minor, review.currency))
        for name, minor in spent.items()
        if minor > 0
    )


def subscription_lines(review: YearReview) -> list[str]:
    """What subscriptions took, which started and which ended, and the rises met: those the
    user cancelled (one charged again since saves nothing yet), then, told apart as what the
    statements show, those that stopped charging without being marked cancelled."""
    paid = joined(format_money(c.amount, c.currency) for c in review.subscriptions_paid)
    lines = [
        QCoreApplication.translate("YearReview", "Paid for subscriptions and bills: %1").replace(
            "%1", paid
        )
        if paid
        else QCoreApplication.translate("YearReview", "Nothing paid for subscriptions or bills")
    ]
    started = QCoreApplication.translate("YearReview", "Started %1 on %2 (%3 a year)")
    saves = QCoreApplication.translate("YearReview", "Cancelled %1 on %2 (saves %3 a year)")
    lines += [
        fill(started, (shown_name(s.name), format_day(s.on), format_money(s.per_year, s.currency)))
        for s in review.started
    ]
    # every cancellation by day, saving or charged again since
    lines += [
        _charged_again_line(c)
        if isinstance(c, ChargedAgain)
        else fill(
            saves, (shown_name(c.name), format_day(c.on), format_money(c.per_year, c.currency))
        )
        for c in review.cancellations
    ]
    lines += [_stopped_line(s) for s in review.stopped]
    rise = QCoreApplication.translate(
        "YearReview", "Price increase: %1 from %2 to %3 on %4 (%5 more a year)"
    )
    lines += [
        fill(
            rise,
            (
                shown_name(i.name),
                format_money(i.old, i.currency),
                format_money(i.new, i.currency),
                format_day(i.on),
                format_money(i.extra_per_year, i.currency),
            ),
        )
        for i in review.increases
    ]
    if not (
        review.started
        or review.cancelled
        or review.charged_again
        or review.stopped
        or review.increases
    ):
        lines.append(
            QCoreApplication.translate(
                "YearReview", "No subscription started or was cancelled, and no price rose."
            )
        )
    if review.stopped:
        lines.append(
            QCoreApplication.translate(
                "YearReview",
                "“Stopped charging” is what your statements show, not a cancellation you marked: "
                "if you cancelled one, mark it cancelled on the Subscriptions page.",
            )
        )
    return lines


def _charged_again_line(item: ChargedAgain) -> str:
    """A cancellation the merchant did not heed: each charge since told, no saving claimed."""
    charge = QCoreApplication.translate("YearReview", "%1 on %2")
    charges = joined(
        fill(charge, (format_money(amount, item.currency), format_day(day)))
        for day, amount in item.charges
    )
    return fill(
        QCoreApplication.translate(
            "YearReview", "Cancelled %1 on %2, but charged again since: %3 (saves nothing yet)"
        ),
        (shown_name(item.name), format_day(item.on), charges),
    )


def _stopped_line(item: StoppedCharging) -> str:
    return stopped_sentence(
        item.name,
        format_money(item.last_amount, item.currency),
        item.last_charge,
        format_money(item.per_year, item.currency),
    )


def headline(review: YearReview) -> dict[str, str]:
    """The headline figures as the dialog shows them, by name."""
    totals = review.converted
    rate_words = {key: QCoreApplication.translate(CONTEXT, WORDS[key])
                  for key in ("no_income", "no_rate")}  # fmt: skip
    figures = {
        "income": converted_money(totals.income),
        "spending": converted_money(totals.spending),
        "net": converted_money(totals.net),
        "savings-rate": savings_rate_text(review, rate_words, format_money, joined),
        "net-worth": QCoreApplication.translate(
            "YearReview", "n/a (fewer than two month ends with known balances)"
        ),
    }
    worth = review.net_worth
    if worth is not None:
        figures["net-worth"] = fill(
            QCoreApplication.translate("YearReview", "%1 (%2 on %3 → %4 on %5)"),
            (
                converted_money(worth.change),
                converted_money(worth.start.total),
                format_day(worth.start.month_end),
                converted_money(worth.end.total),
                format_day(worth.end.month_end),
            ),
        )
    return figures


def notes(review: YearReview) -> str:
    """Which months the data covers, and which currencies had no rate on the day the year is
    reviewed as of (31 December, or where the statements of a year not over end)."""
    if review.first_month is None:
        return fill(
            QCoreApplication.translate("YearReview", "No transactions in %1."), (str(review.year),)
        )
    first, last = (date.fromisoformat(f"{m}-01") for m in (review.first_month, review.last_month))
    text = fill(
        QCoreApplication.translate("YearReview", "Data from %1 to %2."),
        (format_month(first), format_month(last)),
    )
    missing = sorted(
        {*review.missing, *(review.net_worth.change.missing if review.net_worth else ())}
    )
    if review.net_worth is not None and review.net_worth.no_balance:
        text = sentences([text, fill(
            QCoreApplication.translate(
                "YearReview", "Net worth leaves out, no balance known: %1."
            ),
            (joined_accounts(review.net_worth.no_balance),),
        )])  # fmt: skip
    conversion = (currency_word(review.currency), format_day(review.as_of))
    if missing:
        return sentences([text, fill(
            QCoreApplication.translate(
                "YearReview",
                "Not converted to %1, no rate on or before %2: %3 (left out of the totals).",
            ),
            (*conversion, joined(missing)),
        )])  # fmt: skip
    if review.converted.converted:
        return sentences([text, fill(
            QCoreApplication.translate("YearReview", "≈: converted to %1 at the rates of %2."),
            conversion,
        )])  # fmt: skip
    return text


class RoomLeft(QWidget):
    """The charts and the tabs, which share the room the figures above them leave.

    The figures wrap their words, so the scroll area makes the page as tall as each part of
    it asks to be: the tables asked for more than their least, and the review of a 1000x720
    dialog scrolled by 14 pixels in Chinese (whose lines are taller), the bottom of the tabs cut
    off. Asking only their least (the charts' least is their whole height), they fill what is
    left, and the page scrolls only when the screen cannot hold even that."""

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()


class YearReviewDialog(QDialog):
    """A year's figures, charts and lists; choosing another year reloads them."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: the day the dialog opened: a year not over is reviewed up to it at the latest
        self.today = today or date.today()
        self.review: YearReview | None = None
        self.setObjectName("year-review")
        self.setWindowTitle(self.tr("Year in review"))
        self._fit_to_screen(parent)
        self.year = QComboBox(self)
        self.year.setObjectName("year-review-year")
        self.year.setAccessibleName(self.tr("Year"))
        for year in years_with_data(ctx.store, self.today) or [self.today.year]:
            self.year.addItem(str(year), year)
        self.year.currentIndexChanged.connect(lambda _i: self.load())
        top = QHBoxLayout()
        label = QLabel(self.tr("&Year:"), self)
        label.setBuddy(self.year)
        top.addWidget(label)
        top.addWidget(self.year)
        top.addStretch(1)
        #: the charts as drawn, to draw them again into a saved page
        self.charts: list[tuple[Draw, Any]] = []
        self.save_buttons = {
            kind: ExportButton(ctx, kind, self.shown, self) for kind in ("html", "pdf", "csv")
        }
        for button in self.save_buttons.values():
            button.setEnabled(False)  # until a year is shown
            top.addWidget(button)
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        for index, (name, text) in enumerate((
            ("income", self.tr("Income")), ("spending", self.tr("Spending")),
            ("net", self.tr("Net")), ("savings-rate", self.tr("Savings rate")),
            ("net-worth", self.tr("Net worth change")),
        )):  # fmt: skip
            caption = QLabel(text, self)
            value = QLabel(self)
            value.setObjectName(f"year-{name}")
            value.setAccessibleName(text)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setStyleSheet("font-weight: 600;")
            value.setWordWrap(True)  # the net worth change names two days and two sums
            grid.addWidget(caption, index // 3 * 2, index % 3)
            # the net worth change takes the row's last two columns: it is the longest figure
            span = 2 if name == "net-worth" else 1
            grid.addWidget(value, index // 3 * 2 + 1, index % 3, 1, span)
            self.figures[name] = value
        self.notes = QLabel(self)
        self.notes.setObjectName("year-notes")
        self.notes.setWordWrap(True)
        self.by_month = ChartCanvas(
            draw_income_expense_bars, self.tr("Income and spending by month"), self
        )
        self.by_category = ChartCanvas(draw_category_donut, self.tr("Spending by category"), self)
        charts = QHBoxLayout()
        charts.addWidget(self.by_month, 4)
        charts.addWidget(self.by_category, 3)
        for chart in (self.by_month, self.by_category):
            # never shorter than a chart is drawn for: the donut's legend of a dozen categories
            # was cut at top and bottom; on a short screen the page scrolls instead
            chart.setMinimumHeight(chart.sizeHint().height())
        self.tabs = QTabWidget(self)
        self.purchases = PurchasesModel(self)
        self.purchases_table = make_table(
            self, self.purchases, self.tr("Largest purchases"), stretch=(1,),
            sort=(4, Qt.SortOrder.DescendingOrder),
        )  # fmt: skip
        self.categories = CategoriesModel(self)
        self.categories_table = make_table(self, self.categories, self.tr("Spending by category"),
                                           sort=(1, Qt.SortOrder.DescendingOrder))  # fmt: skip
        self.subscriptions = QPlainTextEdit(self)
        self.subscriptions.setObjectName("year-subscriptions")
        self.subscriptions.setAccessibleName(self.tr("Subscriptions"))
        self.subscriptions.setReadOnly(True)
        self.tabs.addTab(self.purchases_table, self.tr("Largest purchases"))
        self.tabs.addTab(self.categories_table, self.tr("Categories"))
        self.tabs.addTab(self.subscriptions, self.tr("Subscriptions"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        # the review scrolls above its Close button: on a short screen (a 1366x768 laptop at
        # 150%, 512 logical pixels high) charts and tables need more than the screen has
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(top)
        inner.addLayout(grid)
        inner.addWidget(self.notes)
        room = RoomLeft(body)
        lower = QVBoxLayout(room)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addLayout(charts, 3)
        lower.addWidget(self.tabs, 2)
        inner.addWidget(room, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_scroll(self, body), 1)
        layout.addWidget(self.buttons)
        self.load()

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        """1000x720 for both charts side by side, and never more than the screen the window is
        on has free (a 1366x768 or 1024x600 laptop, its panels taken off): not every window
        manager shrinks a dialog larger than the screen, and its buttons would be off it."""
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        # the window manager's frame and title bar go around the dialog, on the same screen
        room = screen.size() - QSize(2 * FRAME, FRAME + TITLE_BAR)
        self.setMinimumSize(QSize(760, 520).boundedTo(room))
        self.resize(QSize(1000, 720).boundedTo(room))

    def shown(self) -> tuple[YearReview, list[tuple[Draw, Any]], Wording] | None:
        """The year shown, its charts and its words, for a saved copy (None before one)."""
        if self.review is None:
            return None
        lines = subscription_lines(self.review)
        return self.review, self.charts, wording(notes(self.review), lines, category_name)

    def load(self) -> None:
        store, year = self.ctx.store, int(self.year.currentData())
        today = self.today
        self.ctx.tasks.run(lambda _p, _c: year_review(store, year, today=today), self.show_review)

    def show_review(self, review: YearReview) -> None:
        if review.year != self.year.currentData():
            return  # another year was chosen meanwhile: its review follows
        self.review = review
        for name, text in headline(review).items():
            self.figures[name].setText(text)
        self.notes.setText(notes(review))
        converted = review.converted.converted
        self.charts = [
            (draw_income_expense_bars, FlowData(review.currency, tuple(
                MonthFlow(m.month, m.income.amount, m.spending.amount) for m in review.months
            ), converted)),
            (draw_category_donut, DonutData(
                str(review.year), review.currency, top_level_slices(review), converted
            )),
        ]  # fmt: skip
        for canvas, (_draw, data) in zip(
            (self.by_month, self.by_category), self.charts, strict=True
        ):
            canvas.set_data(data)
        for button in self.save_buttons.values():
            button.setEnabled(True)
        self.purchases.set_rows(list(review.largest))
        self.categories.set_rows(list(review.by_category))
        self.subscriptions.setPlainText("\n".join(subscription_lines(review)))
