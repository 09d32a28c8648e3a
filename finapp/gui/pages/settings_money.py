"""Settings → Money: the currency household totals are shown in, and the exchange rates.

The base currency is picked from a list rather than typed: the currencies the household holds
come first (its own money is one click away), then the ones people most often hold, each with
its name in the interface's language; "Automatic" names the currency it picks today. A choice
is kept as soon as it is made, as the language is, and every converted total follows at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from finapp.gui import bus
from finapp.gui.context import AppContext
from finapp.gui.currency_words import COMMON, currency_label
from finapp.gui.dialogs.exchange_rates import open_exchange_rates
from finapp.gui.errors_shown import show_failure
from finapp.services.changes import Changes
from finapp.services.rates import BaseChoice, base_choice
from finapp.services.settings import set_setting

#: the setting's value for "the one most money moves in"
AUTOMATIC = "auto"


class MoneyPanel(QWidget):
    """The base currency list and the Exchange rates… button."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.base = QComboBox(self)
        self.base.setObjectName("settings-base-currency")
        self.base.setAccessibleName(self.tr("Show household totals in"))
        self.base.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.base.setMaximumWidth(420)  # a list to pick from, not a line across a wide window
        self.base.activated.connect(self._chosen)
        self.rates_button = QPushButton(self.tr("Exchange rates…"), self)
        self.rates_button.setObjectName("settings-exchange-rates")
        self.rates_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.rates_button.clicked.connect(lambda: open_exchange_rates(self.ctx, self))
        about = QLabel(
            self.tr(
                "Totals of money held in several currencies are converted to this one with "
                "the exchange rates you keep; each converted figure is marked ≈."
            ),
            self,
        )
        about.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Show household totals in"), self.base)
        form.addRow("", self.rates_button)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def refresh(self) -> None:
        store = self.ctx.store
        self.ctx.tasks.run(lambda _p, _c: base_choice(store), self._show)

    def _show(self, choice: BaseChoice) -> None:
        self.base.clear()
        self.base.addItem(
            self.tr("Automatic: the one most money moves in (now %1)").replace(
                "%1", choice.automatic
            ),
            AUTOMATIC,
        )
        codes = list(choice.held)
        codes += [code for code in COMMON if code not in codes]
        if choice.chosen and choice.chosen not in codes:
            codes.insert(len(choice.held), choice.chosen)
        for code in codes:
            self.base.addItem(currency_label(code), code)
        if choice.held:
            self.base.insertSeparator(len(choice.held) + 1)
        self.base.setCurrentIndex(max(0, self.base.findData(choice.chosen or AUTOMATIC)))

    def _chosen(self, index: int) -> None:
        """Keep the currency picked; converted totals everywhere follow."""
        value = str(self.base.itemData(index))
        store = self.ctx.store

        def done(_result: object) -> None:
            self.note.setText(self.tr("Saved."))
            self.ctx.bus.data_changed.emit(Changes.of(bus.SETTINGS))

        def failed(exc: Exception) -> None:
            show_failure(exc, self.note.setText)
            self.refresh()

        self.ctx.tasks.run(lambda _p, _c: set_setting(store, "base_currency", value), done, failed)
