"""Budgets: each category's month as a progress bar, amounts edited in place, months browsed."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from finapp.core.budgets import Standing
from finapp.core.category_kinds import CategoryKind
from finapp.core.money import parse_decimal
from finapp.errors import FinappError
from finapp.gui import bus
from finapp.gui.category_names import display_category
from finapp.gui.context import AppContext
from finapp.gui.currency_words import currency_word
from finapp.gui.error_texts import error_text
from finapp.gui.errors_shown import show_failure
from finapp.gui.models.formatting import format_day, format_money, format_month
from finapp.gui.pages.base import Page, register_page
from finapp.gui.pages.tables import page_shortcut
from finapp.gui.widgets.asking import confirm
from finapp.gui.widgets.category_completion import CategorySpellings, complete_categories
from finapp.gui.widgets.empty_state import EmptyState
from finapp.gui.widgets.page_scroll import page_scroll
from finapp.services.budgets import (
    BudgetView,
    list_budgets,
    new_budget_currency,
    remove_budget,
    set_budget,
)
from finapp.services.categories import list_categories
from finapp.services.changes import Changes
from finapp.services.month_report import DataSpan, data_span
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

#: the bar's colour and its words by where the month stands: amber from the first alert
#: threshold, red once all is spent; the words say it too, for whoever does not see the colour
_LOOKS: dict[Standing, tuple[QColor | None, str]] = {
    Standing.UNDER: (None, QT_TRANSLATE_NOOP("BudgetRow", "%1%")),
    Standing.NEAR: (QColor("#d08a10"), QT_TRANSLATE_NOOP("BudgetRow", "%1% · nearly used")),
    Standing.USED: (QColor("#c8453a"), QT_TRANSLATE_NOOP("BudgetRow", "%1% · all used")),
    Standing.OVER: (QColor("#c8453a"), QT_TRANSLATE_NOOP("BudgetRow", "%1% · over budget")),
}


def _shift(month: date, by: int) -> date:
    index = month.year * 12 + month.month - 1 + by
    return date(index // 12, index % 12 + 1, 1)


class BudgetRow(QObject):
    """The widgets of one budget line in the grid.

    A QObject of its own so that ``self.tr`` is looked up under the context lupdate files it
    in (``page.tr`` would be filed under "page" but looked up under "BudgetsPage").
    """

    def __init__(self, page: BudgetsPage, view: BudgetView) -> None:
        super().__init__(page)
        self.view = view
        shown = display_category(view.category)  # view.category stays the path saved
        self.label = QLabel(shown, page)
        self.bar = QProgressBar(page)
        self.bar.setAccessibleName(fill(self.tr("%1 budget used"), (shown,)))
        self.bar.setRange(0, 100)
        percent = view.percent or 0
        self.bar.setValue(min(percent, 100))
        colour, words = _LOOKS[view.standing]
        self.bar.setFormat(fill(QCoreApplication.translate("BudgetRow", words), (str(percent),)))
        # its words on one line: in a 1024-pixel window "125% · over budget" wrapped inside the
        # bar, "budget" cut at its bottom edge; in a window too narrow for the row, the sentence
        # beside it wraps instead
        em = self.bar.fontMetrics().horizontalAdvance("M")
        room = self.bar.fontMetrics().horizontalAdvance(self.bar.text()) + em
        self.bar.setMinimumWidth(max(room, 8 * em))
        if colour is not None:
            palette = self.bar.palette()
            palette.setColor(QPalette.ColorRole.Highlight, colour)
            self.bar.setPalette(palette)
        remaining = (
            fill(self.tr("%1 left"), (format_money(view.remaining, view.currency),))
            if view.remaining >= 0
            else fill(self.tr("%1 over"), (format_money(-view.remaining, view.currency),))
        )
        self.spent = _OneLineFirst(
            fill(
                self.tr("%1 of %2 · %3"),
                (
                    format_money(view.spent, view.currency),
                    format_money(view.available, view.currency),
                    remaining,
                ),
            ),
            page,
        )
        self.amount = QLineEdit(str(view.amount), page)
        self.amount.setAccessibleName(fill(self.tr("Monthly budget for %1"), (shown,)))
        # as wide as a month's amount needs, not more: the sentence beside it keeps the room
        self.amount.setFixedWidth(self.amount.fontMetrics().horizontalAdvance("888888.88") + em)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.editingFinished.connect(lambda: page.save_amount(view.category, self.amount))
        self.currency = currency_label(view.currency, page)
        self.rollover = QCheckBox(self.tr("Roll over"), page)
        self.rollover.setToolTip(self.tr("What is left (or overspent) carries into next month"))
        self.rollover.setAccessibleName(fill(self.tr("Roll over %1"), (shown,)))
        self.rollover.setChecked(view.rollover)
        self.rollover.toggled.connect(lambda on: page.save_rollover(view, on))
        self.remove = QPushButton(self.tr("Remove"), page)
        self.remove.setAccessibleName(fill(self.tr("Remove budget for %1"), (shown,)))
        self.remove.clicked.connect(lambda: page.remove(view.category))

    def widgets(self) -> tuple[QWidget, ...]:
        return (
            self.label,
            self.bar,
            self.spent,
            self.amount,
            self.currency,
            self.rollover,
            self.remove,
        )

    def controls(self) -> tuple[QWidget, ...]:
        """What Tab stops at in the row, left to right."""
        return (self.amount, self.rollover, self.remove)


class _OneLineFirst(QLabel):
    """A sentence on one line where the row has the room, wrapped onto more only where it has
    not: a word-wrapped label asks for a width of its own choosing (two lines of "$146.72 of
    $117.00 · $29.72 over" in a window with room for one)."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin() + 1
        return QSize(width, self.heightForWidth(width))


def currency_label(currency: str, parent: QWidget) -> QLabel:
    """The currency after an amount field, as a unit after a spin box (see :func:`unit`)."""
    label = QLabel(unit(currency), parent)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def unit(currency: str) -> str:
    """A currency as the language names it on its own: "CNY" in English, 人民币 in Chinese,
    where the code sat among amounts written ¥ and axes titled 金额（人民币）; "" for none yet."""
    return currency_word(currency) if currency else ""


@register_page
class BudgetsPage(Page):
    NAME = "budgets"
    TITLE = QT_TRANSLATE_NOOP("Page", "Budgets")
    ICON = "budgets"
    SORT_ORDER = 40
    SHORTCUT = "Ctrl+4"
    WATCHES = frozenset({bus.BUDGETS, bus.TRANSACTIONS, bus.CATEGORIES})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None):
        super().__init__(ctx, parent)
        self._today = today or date.today()
        self.month = self._today.replace(day=1)
        self.rows: list[BudgetRow] = []
        self._build()
        self.refresh()

    def _build(self) -> None:
        previous = QPushButton("◀", self)
        previous.setAccessibleName(self.tr("Previous month"))
        following = QPushButton("▶", self)
        for arrow in (previous, following):
            arrow.setFixedWidth(36)
        following.setAccessibleName(self.tr("Next month"))
        # the calendar's month by name, as the dashboard's button names the statements' latest
        # (the two differ when the statements end before today): "December 2026 (this month)"
        running = fill(self.tr("%1 (this month)"), (format_month(self._today.replace(day=1)),))
        this_month = QPushButton(running, self)
        this_month.setAccessibleName(running)
        self.month_label = QLabel(self)
        self.month_label.setAccessibleName(self.tr("Month shown"))
        font = self.month_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.month_label.setFont(font)
        previous.clicked.connect(lambda: self.show_month(_shift(self.month, -1)))
        following.clicked.connect(lambda: self.show_month(_shift(self.month, 1)))
        page_shortcut(self, "Alt+Left", previous.click, self.tr("Previous month"))
        page_shortcut(self, "Alt+Right", following.click, self.tr("Next month"))
        previous.setToolTip(self.tr("Previous month") + " (Alt+←)")
        following.setToolTip(self.tr("Next month") + " (Alt+→)")
        this_month.clicked.connect(lambda: self.show_month(self._today.replace(day=1)))
        # the key the dashboard's "Latest" has: back to the month that is running
        page_shortcut(self, "Alt+End", this_month.click, self.tr("This month"))
        this_month.setToolTip(running + " (Alt+End)")
        navigation = QHBoxLayout()
        navigation.addWidget(previous)
        navigation.addWidget(self.month_label)
        navigation.addWidget(following)
        navigation.addStretch(1)
        navigation.addWidget(this_month)

        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(10)
        self.empty = EmptyState(self)
        holder = QWidget(self)
        holder_layout = QVBoxLayout(holder)
        self.data_note = QLabel(self)
        self.data_note.setWordWrap(True)
        self.data_note.hide()
        holder_layout.addWidget(self.data_note)
        holder_layout.addWidget(self.grid_host)
        holder_layout.addWidget(self.empty)

        self.new_category = QComboBox(self)
        self.new_category.setEditable(True)
        self.new_category.setAccessibleName(self.tr("Category of the new budget"))
        # the text field inside, which a screen reader lands in, is named too
        typed = QLineEdit(self.new_category)
        typed.setAccessibleName(self.new_category.accessibleName())
        self.new_category.setLineEdit(typed)
        self.new_category.setMinimumContentsLength(24)
        self._offered = complete_categories(self.new_category)
        self._spellings = CategorySpellings(())
        self.new_category.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 30)
        self.new_amount = QLineEdit(self)
        self.new_amount.setPlaceholderText(self.tr("Amount a month"))
        self.new_amount.setAccessibleName(self.tr("Amount of the new budget"))
        self.new_amount.setMaximumWidth(140)
        self.new_currency = currency_label("", self)
        self.this_month = this_month
        add = self.add_button = QPushButton(self.tr("Add budget"), self)
        add.setAccessibleName(self.tr("Add budget"))
        add.clicked.connect(self.add_budget)
        self.new_amount.returnPressed.connect(self.add_budget)
        self.empty.set_message(
            self.tr("No budgets yet. Choose a category and an amount a month below."),
            self.tr("Add a budget"),
            self.new_category.setFocus,
        )
        adding = QHBoxLayout()
        adding.addWidget(QLabel(self.tr("New budget:"), self))
        adding.addWidget(self.new_category)
        adding.addWidget(self.new_amount)
        adding.addWidget(self.new_currency)
        adding.addWidget(add)
        adding.addStretch(1)
        # the new budget's row right under the budgets, as a list's last line, not at the foot
        # of a tall window a screen's height away from them
        holder_layout.addSpacing(8)
        holder_layout.addLayout(adding)
        holder_layout.addStretch(1)
        scroll = page_scroll(self, holder)

        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addWidget(scroll, 1)

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        store, month = self.ctx.store, self.month
        self.month_label.setText(format_month(month))
        self.ctx.tasks.run(
            lambda _p, _c: (
                list_budgets(store, month=month),
                [(c.path, c.kind == CategoryKind.EXPENSE) for c in list_categories(store)],
                data_span(store, self._today),
                new_budget_currency(store),
            ),
            self._loaded,
        )

    def _loaded(
        self, result: tuple[list[BudgetView], list[tuple[str, bool]], DataSpan | None, str]
    ) -> None:
        budgets, categories, span, currency = result
        self._show_data_note(span)
        self.new_currency.setText(unit(currency))
        kept_focus = self._focused_control()
        for row in self.rows:
            for widget in row.widgets():
                widget.deleteLater()
            row.deleteLater()
        self.rows = [BudgetRow(self, view) for view in budgets]
        for number, row in enumerate(self.rows):
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, number, column)
                widget.show()  # now, not later from the layout: a hidden one takes no focus
        self.empty.setVisible(not self.rows)
        self._order_tabs()
        if kept_focus is not None:
            self._focus_again(*kept_focus)
        budgeted = {view.category for view in budgets}
        # every category is found by what is typed (one already budgeted, or not for spending,
        # then says so), the list and its completion offer the spending ones not yet budgeted
        self._spellings = CategorySpellings(path for path, _spending in categories)
        offered = CategorySpellings(
            path for path, spending in categories if spending and path not in budgeted
        )
        current = self.new_category.currentText()
        self.new_category.clear()
        for text in offered.texts():
            path = offered.path_of(text)
            if path is not None and display_category(path) == text:
                self.new_category.addItem(text, path)
        self._offered.setStringList(offered.texts())
        self.new_category.setCurrentText(current)

    def _show_data_note(self, span: DataSpan | None) -> None:
        """Say where the statements end when days of the month shown have passed beyond them:
        spent ¥0.00 is then the data's end, not a quiet month."""
        if span is None or not span.stops_within(self.month, self._today):
            self.data_note.hide()
            return
        note = self.tr("Data up to %1: spending after that day is not counted yet.")
        self.data_note.setText(fill(note, (format_day(span.until),)))
        self.data_note.show()

    def _focused_control(self) -> tuple[str, int, int] | None:
        """The budget row control the keyboard is on (category, row, place in the row), if any.

        The rows are made anew after each change; without this, saving an amount with Return,
        ticking Roll over with Space or removing a budget dropped the keyboard's place, and the
        next Tab started again from the top of the window.
        """
        focused = self.window().focusWidget()
        for number, row in enumerate(self.rows):
            if focused in row.controls():
                return row.view.category, number, row.controls().index(focused)
        return None

    def _focus_again(self, category: str, number: int, place: int) -> None:
        """Focus the same control of the same budget; for a budget removed, the same control of
        the budget that took its place (the next, else the last), as a list's next item takes
        the selection of one deleted; with none left, the new budget's category."""
        if not self.rows:
            self.new_category.setFocus()
            return
        row = next(
            (r for r in self.rows if r.view.category == category),
            self.rows[min(number, len(self.rows) - 1)],
        )
        row.controls()[place].setFocus()

    def _order_tabs(self) -> None:
        """Tab goes down the budgets as the eye does, then to the new budget's fields below
        them (the rows, made after those fields, would otherwise come last)."""
        chain: list[QWidget] = [self.this_month]
        for row in self.rows:
            chain.extend(row.controls())
        chain.extend((self.new_category, self.new_amount, self.add_button))
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def show_month(self, month: date) -> None:
        self.month = month
        self.refresh()

    def apply_filter(self, filters: dict[str, Any]) -> None:
        """Keys: month (YYYY-MM)."""
        if filters.get("month"):
            self.show_month(date.fromisoformat(filters["month"] + "-01"))

    # -- editing -------------------------------------------------------------------------------

    def _run_write(self, work: Callable[[], object]) -> None:
        self.ctx.tasks.run(
            lambda _p, _c: work(), self._written, lambda exc: show_failure(exc, self.refuse)
        )

    def _written(self, _result: object) -> None:
        """The page shows the edit at once, and a refusal of an earlier try no longer stands
        over it; the budget's alerts are checked again after it."""
        self.settle()
        self.ctx.bus.data_changed.emit(Changes.of(bus.BUDGETS))
        self.ctx.bus.alerts_affected.emit()

    def _amount(self, edit: QLineEdit) -> Decimal | None:
        try:
            return parse_decimal(edit.text())
        except FinappError as exc:
            self.refuse(error_text(exc))
            return None

    def save_amount(self, category: str, edit: QLineEdit) -> None:
        amount = self._amount(edit)
        row = next((r for r in self.rows if r.view.category == category), None)
        if amount is None or row is None or amount == row.view.amount:
            return
        store, today, rollover = self.ctx.store, self._today, row.view.rollover
        self._run_write(lambda: set_budget(store, category, amount, rollover=rollover, today=today))

    def save_rollover(self, view: BudgetView, on: bool) -> None:
        store, today = self.ctx.store, self._today
        self._run_write(
            lambda: set_budget(store, view.category, view.amount, rollover=on, today=today)
        )

    def add_budget(self) -> None:
        """Budget the category typed or picked; a name that is no category is made one only
        once the user says so (买菜 had quietly become an empty category beside 饮食:超市买菜)."""
        typed = self.new_category.currentText().strip()
        amount = self._amount(self.new_amount)
        if not typed or amount is None:
            return
        category = self._spellings.path_of(typed)
        if category is not None:
            self._add(category, amount)
            return
        similar = self._spellings.containing(typed)[:5]
        informative = (
            fill(
                self.tr("Categories with “%1” in their name: %2"),
                (typed, self.tr(", ", "between the names of a list").join(similar)),
            )
            if similar
            else ""
        )
        confirm(
            self,
            self.tr("New category"),
            fill(self.tr("Create a new category %1?"), (typed,)),
            lambda: self._add(typed, amount),
            object_name="budget_new_category",
            informative=informative,
            yes_text=self.tr("Create"),
        )

    def _add(self, category: str, amount: Decimal) -> None:
        """Budget ``category``; the new budget's fields are emptied for the next one, the
        keyboard back on its category (the one just budgeted stayed there, offered again)."""
        store, today = self.ctx.store, self._today
        self.new_amount.clear()
        self.new_category.clearEditText()
        self.new_category.setFocus()
        self._run_write(lambda: set_budget(store, category, amount, today=today))

    def remove(self, category: str) -> None:
        store = self.ctx.store
        self._run_write(lambda: remove_budget(store, category))
