"""What the dashboard's charts show: which currency, and how much history.

The history charts (income vs expenses, balance over time) show the last 3 or 12 months up to
the month picked, or the whole history: one old statement then no longer squashes the recent
months into the right edge. A household with accounts in several currencies sees all of them
converted to the base currency (marked as converted, the currencies without a rate named), as
the headlines' totals are, or picks one currency to chart on its own (the main one first).
Both choices are remembered (:class:`~finapp.gui.ui_state.UiState`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from finapp.gui.charts.converted import CONVERTED
from finapp.gui.currency_words import currency_word
from finapp.gui.list_words import joined
from finapp.gui.ui_state import UiState
from finapp.tr_marks import fill

#: months of history to chart; None: all of it
HISTORY_CHOICES: tuple[int | None, ...] = (3, 12, None)
DEFAULT_HISTORY = 12
_HISTORY_KEY = "dashboard/history"
_CURRENCY_KEY = "dashboard/currency"


class ChartOptions(QWidget):
    """Two drop-downs: the currency charted and the months of history; ``changed`` on a pick."""

    changed = Signal()

    def __init__(self, ui_state: UiState | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui_state = ui_state
        self.currency = QComboBox(self)
        self.currency.setAccessibleName(self.tr("Currency charted"))
        self.currency.setToolTip(
            self.tr("The currency charted: each on its own, or all converted to the base one")
        )
        self.history = QComboBox(self)
        self.history.setAccessibleName(self.tr("History charted"))
        self.history.setToolTip(self.tr("How far back income vs expenses and balances go"))
        for months in HISTORY_CHOICES:
            text = (
                self.tr("All history") if months is None else self.tr("Last %n months", "", months)
            )
            self.history.addItem(text, months)
        self.history.setCurrentIndex(HISTORY_CHOICES.index(self._remembered_history()))
        self.missing = QLabel(self)
        self.missing.setAccessibleName(self.tr("Currencies not converted"))
        self.missing.setToolTip(
            self.tr("These currencies have no exchange rate to convert them with; add rates to "
                    "include them")
        )  # fmt: skip
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # no captions: "USD", "All, converted to USD" and "Last 12 months" say what they are,
        # and the row beside the month picker stays narrow enough for a 1024-pixel window
        for widget in (self.missing, self.currency, self.history):
            layout.addWidget(widget)
        self._wanted_currency = ui_state.view_choice(_CURRENCY_KEY) if ui_state else ""
        self.currency.activated.connect(self._currency_picked)
        self.history.activated.connect(self._history_picked)
        self.show_currencies((), "", "")

    def _remembered_history(self) -> int | None:
        kept = self._ui_state.view_choice(_HISTORY_KEY) if self._ui_state else ""
        if kept == "all":
            return None
        return int(kept) if kept.isdigit() and int(kept) in HISTORY_CHOICES else DEFAULT_HISTORY

    @property
    def months(self) -> int | None:
        """Months of history to chart (None: all)."""
        return self.history.currentData()

    @property
    def wanted_currency(self) -> str | None:
        """The currency the user picked (None: the household's default, every currency
        converted when it holds several)."""
        return self._wanted_currency or None

    def show_currencies(
        self, currencies: Sequence[str], shown: str, base: str, missing: Sequence[str] = ()
    ) -> None:
        """Offer ``currencies`` (the main one first) and all of them converted to ``base``,
        with ``shown`` selected (:data:`CONVERTED` for the converted view); one currency needs
        no choice, so the drop-down hides. ``missing``: currencies a converted view left out."""
        self.currency.clear()
        for code in currencies:
            self.currency.addItem(code, code)
        several = len(currencies) > 1
        if several and base:
            shown_base = currency_word(base)
            self.currency.addItem(fill(self.tr("All, converted to %1"), (shown_base,)), CONVERTED)
        self.currency.setCurrentIndex(max(0, self.currency.findData(shown)))
        self.currency.setVisible(several)
        self.missing.setText(
            fill(self.tr("Left out, no exchange rate: %1"), (joined(missing),)) if missing else ""
        )
        self.missing.setVisible(bool(missing))

    def _currency_picked(self) -> None:
        self._wanted_currency = str(self.currency.currentData() or "")
        if self._ui_state is not None:
            self._ui_state.set_view_choice(_CURRENCY_KEY, self._wanted_currency)
        self.changed.emit()

    def _history_picked(self) -> None:
        if self._ui_state is not None:
            months = self.months
            self._ui_state.set_view_choice(_HISTORY_KEY, "all" if months is None else str(months))
        self.changed.emit()
