"""The transactions page's filter bar, and how a drill-down's filters dict becomes a filter.

Typing waits :data:`DEBOUNCE_MS` of quiet, or Return, before :attr:`FilterBar.changed` fires;
lists and dates fire at once. The bar never filters itself: the page hands what it reads to the
model.
"""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from finapp.core.money import parse_decimal
from finapp.errors import FinappError
from finapp.gui.account_names import account_choices, shown_account_name
from finapp.gui.category_names import display_category, reading_order
from finapp.gui.models.transaction_columns import TransactionFilter
from finapp.gui.pages.day_filter import DayFilterEdit

#: milliseconds of quiet typing before the search runs
DEBOUNCE_MS = 150


def _month_bounds(month: str) -> tuple[date, date]:
    year, mon = (int(part) for part in month.split("-"))
    return date(year, mon, 1), date(year, mon, calendar.monthrange(year, mon)[1])


def _day(value: date | str | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _ids(filters: dict) -> tuple[int, ...] | None:
    if filters.get("transaction_ids") is not None:
        return tuple(int(i) for i in filters["transaction_ids"])
    if filters.get("transaction_id") is not None:
        return (int(filters["transaction_id"]),)
    return None


def filter_from(filters: dict) -> TransactionFilter:
    """A drill-down's dict: keys text, account, category, month (YYYY-MM), since, until, sign,
    amount_min, amount_max, transaction_id, transaction_ids."""
    since, until = filters.get("since"), filters.get("until")
    if filters.get("month"):
        since, until = _month_bounds(filters["month"])
    return TransactionFilter(
        text=filters.get("text", ""),
        account=filters.get("account"),
        category=filters.get("category"),
        since=_day(since),
        until=_day(until),
        amount_min=filters.get("amount_min"),
        amount_max=filters.get("amount_max"),
        sign=filters.get("sign"),
        transaction_ids=_ids(filters),
    )


class FilterBar(QWidget):
    #: the controls ask for something else
    changed = Signal()
    #: the user pressed Clear filters
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search payee, memo, note or #tag"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search transactions"))
        self.account_box = self._combo(self.tr("Account filter"))
        self.category_box = self._combo(self.tr("Category filter"))
        self.since_edit = DayFilterEdit(self.tr("Any"), self.tr("From date"), self)
        self.until_edit = DayFilterEdit(self.tr("Any"), self.tr("To date"), self)
        self.min_edit = self._amount_edit(self.tr("Min amount"))
        self.max_edit = self._amount_edit(self.tr("Max amount"))
        clear = QPushButton(self.tr("Clear filters"), self)
        clear.setAccessibleName(self.tr("Clear filters"))
        clear.clicked.connect(self.cleared)

        # two rows, so the page still fits a narrow window
        first = QHBoxLayout()
        first.addWidget(self.search, 3)
        first.addWidget(self.account_box, 1)
        first.addWidget(self.category_box, 1)
        first.addWidget(clear)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("From"), self))
        second.addWidget(self.since_edit)
        second.addWidget(QLabel(self.tr("To"), self))
        second.addWidget(self.until_edit)
        second.addSpacing(12)
        second.addWidget(self.min_edit)
        second.addWidget(self.max_edit)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.changed)
        for edit in (self.search, self.min_edit, self.max_edit):
            edit.textChanged.connect(self.debounce.start)
            edit.returnPressed.connect(self._apply_now)
        for box in (self.account_box, self.category_box):
            box.currentIndexChanged.connect(self.changed)
        for day_edit in (self.since_edit, self.until_edit):
            day_edit.day_changed.connect(self.changed)

    def _apply_now(self) -> None:
        """Return applies what was typed without waiting for the pause, as a search field
        does; a filter already applied is not asked for again."""
        if self.debounce.isActive():
            self.debounce.stop()
            self.changed.emit()

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        return box

    def set_span(self, span: tuple[date, date] | None) -> None:
        """The first and last day of the data (None: no data): where "From" and "To" start."""
        self.since_edit.start_day, self.until_edit.start_day = span or (None, None)

    def _amount_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(name)
        edit.setAccessibleName(name)
        edit.setClearButtonEnabled(True)
        edit.setMaximumWidth(100)
        return edit

    # -- reading and showing -------------------------------------------------------------------

    def read(self, hidden: TransactionFilter) -> TransactionFilter:
        """What the controls ask for, keeping ``hidden``'s sign and ids (they have no control).

        An unreadable amount is ignored, not guessed. Picking another account or category
        lets go of the ids (a subscription's or a payee's lines): the user is looking
        elsewhere now, and those lines in another account would show an empty table.
        """
        self.debounce.stop()
        account, category = self.account_box.currentData(), self.category_box.currentData()
        ids = hidden.transaction_ids
        if (account, category) != (hidden.account, hidden.category):
            ids = None
        return TransactionFilter(
            text=self.search.text(),
            account=account,
            category=category,
            since=self.since_edit.day(),
            until=self.until_edit.day(),
            amount_min=self._amount_of(self.min_edit),
            amount_max=self._amount_of(self.max_edit),
            sign=hidden.sign,
            transaction_ids=ids,
        )

    @staticmethod
    def _amount_of(edit: QLineEdit) -> Decimal | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_decimal(text)
        except FinappError:
            return None

    def show_filter(self, spec: TransactionFilter) -> None:
        """Set the text and date controls to ``spec`` without firing ``changed``."""
        widgets = (self.search, self.min_edit, self.max_edit, self.since_edit, self.until_edit)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.setText(spec.text)
        self.min_edit.setText("" if spec.amount_min is None else str(spec.amount_min))
        self.max_edit.setText("" if spec.amount_max is None else str(spec.amount_max))
        for edit, value in ((self.since_edit, spec.since), (self.until_edit, spec.until)):
            edit.set_day(value)
        for widget in widgets:
            widget.blockSignals(False)

    def fill_choices(
        self, accounts: list[str], categories: list[str], spec: TransactionFilter
    ) -> None:
        """The lists' entries, with ``spec``'s account and category chosen (signals quiet)."""
        for box, choices, current in (
            (self.account_box, accounts, spec.account),
            (self.category_box, reading_order(categories), spec.category),
        ):
            box.blockSignals(True)
            box.clear()
            box.addItem(
                self.tr("All accounts") if box is self.account_box else self.tr("All categories"),
                None,
            )
            if box is self.category_box:
                box.addItem(self.tr("Uncategorized"), "")
            # each entry reads as the reader knows it; its data, what the filter matches, is
            # the stored category path or account name
            shown = display_category if box is self.category_box else shown_account_name
            entries = (
                list(account_choices(choices).items())
                if box is self.account_box
                else [(shown(choice), choice) for choice in choices]
            )
            for text, choice in entries:
                box.addItem(text, choice)
            position = box.findData(current) if current is not None else 0
            # a drill-down to a parent category not present as its own row
            if position < 0 and current is not None:
                box.addItem(shown(current), current)
                position = box.count() - 1
            box.setCurrentIndex(position)
            box.blockSignals(False)
