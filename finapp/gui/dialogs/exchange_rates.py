"""Settings → Exchange rates…: the rates household totals are converted with, and their sources.

Each currency pair's latest rate is listed with its day and where it came from: typed here, or
read from the European Central Bank's file the user downloaded (``eurofxref.csv``, or the
history ``eurofxref-hist.csv``, or the zip either comes in). Rates are added, edited and
removed here; finapp never fetches rates by itself. Every change is announced as a settings
change, so the dashboard's totals follow at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from finapp.core.conversion import ENTERED, Rate
from finapp.gui import bus
from finapp.gui.context import AppContext
from finapp.gui.dialogs.rate_entry import Entered, ask_rate
from finapp.gui.errors_shown import show_failure
from finapp.gui.models.formatting import format_date
from finapp.gui.pages.tables import tab_leaves
from finapp.gui.rate_texts import rate_text, rates_file_problem, source_text
from finapp.gui.widgets.asking import choose_open_file
from finapp.gui.widgets.focus_return import open_answerable
from finapp.importers.ecb_rates import RatesFileError
from finapp.services.changes import Changes
from finapp.services.rates import (
    KeptRate,
    get_base_currency,
    import_rates_file,
    list_rates,
    remove_rates,
    set_rate,
)
from finapp.tr_marks import fill

#: what tests and window automation find the dialog by
OBJECT_NAME = "exchange-rates"
#: where the ECB publishes the files this dialog reads
ECB_PAGE = (
    "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/"
    "euro_reference_exchange_rates/html/index.en.html"
)


class ExchangeRatesDialog(QDialog):
    """The list of rates, with Add, Edit, Remove and Read rates file."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(self.tr("Exchange rates"))
        self.base = ""
        self.kept: list[KeptRate] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Exchange rates"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Currency"), self.tr("Rate"), self.tr("Date"), self.tr("Source")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tab_leaves(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.edit())
        self.add_button = self._button(self.tr("Add rate…"), self.add)
        self.edit_button = self._button(self.tr("Edit…"), self.edit)
        self.remove_button = self._button(self.tr("Remove"), self.remove)
        self.read_button = self._button(self.tr("Read rates file…"), self.choose_file)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.read_button)
        where = QLabel(
            fill(
                self.tr(
                    'Rates files come from the <a href="%1">European Central Bank</a>: '
                    "eurofxref.zip for the latest day, eurofxref-hist.zip for every day since 1999."
                ),
                (ECB_PAGE,),
            ),
            self,
        )
        where.setWordWrap(True)
        where.setOpenExternalLinks(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("problem")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(where)
        layout.addWidget(self.note)
        layout.addWidget(close)
        self.resize(640, 420)
        self._selection_changed()
        self.reload()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    # -- showing -------------------------------------------------------------------------------

    def reload(self) -> None:
        store = self.ctx.store
        self.ctx.tasks.run(
            lambda _p, _c: (get_base_currency(store), list_rates(store)), self._show, self._failed
        )

    def _show(self, loaded: tuple[str, list[KeptRate]]) -> None:
        self.base = loaded[0]
        self.kept = sorted(
            loaded[1], key=lambda kept: (_priced(kept.rate, self.base), kept.rate.base)
        )
        self.intro.setText(
            fill(
                self.tr(
                    "Household totals are shown in %1 (Settings: base currency). Money in other "
                    "currencies is converted at the latest rate on or before the day a total is "
                    "about; without a rate it is left out, never guessed."
                ),
                (self.base,),
            )
        )
        self.table.setRowCount(len(self.kept))
        for row, kept in enumerate(self.kept):
            rate = kept.rate
            source = source_text(rate)
            if kept.earlier:
                source = fill(self.tr("%1 (and %n earlier days)", "", kept.earlier), (source,))
            cells = (_priced(rate, self.base), rate_text(rate), format_date(rate.as_of), source)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        if not self.kept and not self.note.text():
            self.note.setText(self.tr("No rates yet: add one, or read a rates file."))
        self._selection_changed()

    def selected(self) -> KeptRate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.kept[rows[0].row()] if rows and rows[0].row() < len(self.kept) else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        # a rate is against the base currency: none can be typed until it is known
        self.add_button.setEnabled(bool(self.base))
        self.remove_button.setEnabled(chosen is not None)
        self.edit_button.setEnabled(chosen is not None and chosen.rate.source == ENTERED)
        self.edit_button.setToolTip(
            self.tr("A file's rates are changed by reading a newer file")
            if chosen is not None and chosen.rate.source != ENTERED
            else ""
        )

    # -- changing ------------------------------------------------------------------------------

    def add(self) -> None:
        ask_rate(self, self.base, self._save)

    def edit(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.rate.source != ENTERED:
            return
        old = chosen.rate
        current = (old.currency, str(old.rate), old.as_of)
        ask_rate(self, self.base, lambda entered: self._save(entered, chosen), current)

    def _save(self, entered: Entered, replacing: KeptRate | None = None) -> None:
        """Keep the rate typed; an edited rate moved to another currency or day leaves its old
        place (the new one is kept first, so a refusal loses nothing)."""
        store = self.ctx.store
        currency, text, day = entered

        def work(_progress: Any, _cancel: Any) -> str:
            kept = set_rate(store, currency, text, day)
            old = replacing.rate if replacing else None
            if old is not None and (old.currency, old.base, old.as_of) != (
                kept.currency, kept.base, kept.as_of
            ):  # fmt: skip
                remove_rates(store, old.currency, old.as_of, base=old.base)
            return rate_text(kept)

        self._change(work, lambda said: fill(self.tr("Kept: %1."), (said,)))

    def remove(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        rate = chosen.rate
        store = self.ctx.store
        self._change(
            lambda _p, _c: remove_rates(store, rate.currency, base=rate.base),
            lambda _count: fill(
                self.tr("Removed the rates of %1 in %2."), (rate.currency, rate.base)
            ),
        )

    def choose_file(self) -> None:
        choose_open_file(self, self.tr("Read rates file"), self.read_file, object_name="rates-file")

    def read_file(self, path: Path) -> None:
        """Keep every rate of the ECB file at ``path``; a bad file is named, nothing kept."""
        store = self.ctx.store
        self._change(
            lambda _p, _c: import_rates_file(store, path),
            lambda read: fill(self.tr("%1: %n rates read.", "", read.rates), (read.file,)),
        )

    def _change(self, work: Callable[[Any, Any], Any], said: Callable[[Any], str]) -> None:
        def done(result: object) -> None:
            self.note.setText(said(result))
            self.ctx.bus.data_changed.emit(Changes.of(bus.SETTINGS))
            self.reload()

        self.ctx.tasks.run(work, done, self._failed)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, RatesFileError):
            self.note.setText(rates_file_problem(exc))
        else:
            show_failure(exc, self.note.setText)


def _priced(rate: Rate, base: str) -> str:
    """The currency a row is about: the one that is not the base currency (for the ECB's
    rates per euro, the currency quoted)."""
    return rate.currency if rate.base == base else rate.base


def open_exchange_rates(ctx: AppContext, parent: QWidget) -> ExchangeRatesDialog:
    """Open the dialog window-modal without blocking; it deletes itself once closed and the
    keyboard goes back where it was."""
    dialog = ExchangeRatesDialog(ctx, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    open_answerable(dialog)
    return dialog
