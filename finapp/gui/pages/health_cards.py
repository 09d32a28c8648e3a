"""Health page → Cards: each card's limit, what it owes, its utilisation, the next payment due
and the subscriptions it pays (to move when the card is replaced), with Set limit… per card."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from finapp.core.limit_sources import LimitSource
from finapp.core.money import from_minor
from finapp.gui import bus
from finapp.gui.account_names import joined_accounts, shown_account_name
from finapp.gui.context import AppContext
from finapp.gui.dialogs.card_limit import ask_card_limit
from finapp.gui.list_words import clauses, joined
from finapp.gui.models.formatting import format_date
from finapp.gui.name_words import shown_name
from finapp.gui.pages.health_rows import clear_rows, money
from finapp.gui.pages.health_section import HealthSection
from finapp.gui.pages.health_totals import (
    left_out_text,
    marked_money,
    show_total,
    total_heading,
    total_label,
)
from finapp.gui.widgets.gauge import Gauge
from finapp.services.alerts import evaluate_alerts
from finapp.services.cards import CardStatus, list_cards, set_credit_limit
from finapp.services.changes import Changes
from finapp.services.health_totals import CardTotals, card_totals, converting_for
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

COLUMNS = 6
#: how the Limit column marks a limit by who set it: the user's is shown as it is
_LIMIT_MARKS: dict[LimitSource, str | None] = {
    LimitSource.USER: None,
    LimitSource.STATEMENT: QT_TRANSLATE_NOOP("CardsSection", "%1 (statement)"),
}


def limit_text(limit: str, source: LimitSource) -> str:
    """A card's limit (already worded as money) as the Limit column shows it: a limit the user
    did not set says where it came from, so the user knows Set limit… can correct it."""
    marked = _LIMIT_MARKS[source]
    return (
        limit
        if marked is None
        else fill(QCoreApplication.translate("CardsSection", marked), (limit,))
    )


class CardsSection(HealthSection):
    """One row per credit card."""

    TITLE = QT_TRANSLATE_NOOP("HealthSection", "Credit cards")
    WATCHES = frozenset({bus.ACCOUNTS, bus.TRANSACTIONS, bus.SUBSCRIPTIONS, bus.SETTINGS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(COLUMNS - 2, 1)
        self._as_of = date.today()
        #: each card's Set limit… button, by card name
        self.limit_buttons: dict[str, QPushButton] = {}

    def reload(self, as_of: date) -> None:
        self._as_of = as_of
        super().reload(as_of)

    def load(self, as_of: date) -> tuple[list[CardStatus], CardTotals | None]:
        cards = list_cards(self.ctx.store, as_of)
        return cards, card_totals(cards, converting_for(self.ctx.store, as_of))

    def show_loaded(self, loaded: tuple[list[CardStatus], CardTotals | None]) -> None:
        cards, totals = loaded
        clear_rows(self.grid)
        self.limit_buttons = {}
        if not cards:
            self.grid.addWidget(QLabel(self.tr("No credit cards."), self), 0, 0)
            return
        headers = (self.tr("Card"), self.tr("Limit"), self.tr("Owed"), self.tr("Used"),
                   self.tr("Next payment"))  # fmt: skip
        for column, header in enumerate(headers):
            self.grid.addWidget(QLabel(f"<b>{header}</b>", self), 0, column)
        for row, card in enumerate(cards, start=1):
            self._add_row(row * 2 - 1, card)
        if totals is not None:
            self._add_totals(len(cards) * 2 + 1, totals)

    def _add_totals(self, row: int, totals: CardTotals) -> None:
        """All cards' limits and what they owe, in the base currency ("≈" when converted);
        a card whose figure is not known, or whose currency has no rate, is said to be left
        out."""
        self.grid.addWidget(total_heading(self, self.tr("All cards")), row, 0)
        for column, total in ((1, totals.limit), (2, totals.owed)):
            cell = total_label(self, f"cards-total-{column}")
            show_total(cell, f"<b>{marked_money(total)}</b>", totals.rates_on, total)
            self.grid.addWidget(cell, row, column)
        left_out = left_out_text(totals.limit, totals.owed)
        notes = [left_out] if left_out else []
        if totals.unknown_limit:
            unknown = joined_accounts(totals.unknown_limit)
            notes.append(fill(self.tr("Limit not known, not counted: %1"), (unknown,)))
        if totals.unknown_owed:
            unknown = joined_accounts(totals.unknown_owed)
            notes.append(fill(self.tr("Balance not known, not counted: %1"), (unknown,)))
        if notes:
            note = total_label(self, "cards-total-note")
            note.setText(clauses(notes))
            self.grid.addWidget(note, row + 1, 0, 1, COLUMNS)

    def _add_row(self, row: int, card: CardStatus) -> None:
        used = Gauge(self)
        used.setObjectName("card-utilisation")
        used.setRange(0, 100)
        name = shown_account_name(card.account)
        used.setAccessibleName(fill(self.tr("Utilisation of %1"), (name,)))
        if card.percent is None:
            used.setValue(0)
            used.setFormat(self.tr("limit unknown"))
        else:
            used.setValue(min(card.percent, 100))
            used.setFormat(f"{card.percent}%")
        button = QPushButton(self.tr("Set limit…"), self)
        button.setAccessibleName(fill(self.tr("Set the credit limit of %1"), (name,)))
        button.clicked.connect(lambda _checked=False, c=card: self.ask_limit(c))
        self.limit_buttons[card.account] = button
        cells = (QLabel(name, self), QLabel(self._limit_text(card), self),
                 QLabel(self._owed_text(card), self), used, QLabel(self._due_text(card), self),
                 button)  # fmt: skip
        for column, cell in enumerate(cells):
            cell.setObjectName(cell.objectName() or f"card-cell-{column}")
            self.grid.addWidget(cell, row, column)
        pays = joined(shown_name(s.name) for s in card.subscriptions)
        paid = QLabel(
            fill(self.tr("Pays: %1"), (pays,)) if pays else self.tr("Pays no subscriptions"),
            self,
        )
        paid.setObjectName("card-subscriptions")
        paid.setWordWrap(True)
        self.grid.addWidget(paid, row + 1, 0, 1, COLUMNS)

    def _limit_text(self, card: CardStatus) -> str:
        if card.limit_minor is None or card.limit_source is None:
            return self.tr("not known")
        return limit_text(money(card.limit_minor, card.currency), card.limit_source)

    def _owed_text(self, card: CardStatus) -> str:
        return (
            self.tr("unknown") if card.owed_minor is None else money(card.owed_minor, card.currency)
        )

    def _due_text(self, card: CardStatus) -> str:
        if card.due_on is None:
            return self.tr("not on the statement")
        if card.minimum_due_minor is None:
            return format_date(card.due_on)
        return fill(
            self.tr("%1, minimum %2"),
            (format_date(card.due_on), money(card.minimum_due_minor, card.currency)),
        )

    def ask_limit(self, card: CardStatus) -> None:
        """Set limit…: the dialog opens without blocking; the store is written on OK."""
        current = (
            from_minor(card.limit_minor, card.currency)
            if card.limit_source == LimitSource.USER and card.limit_minor is not None
            else None
        )
        ask_card_limit(self, card.account, card.currency, current,
                       lambda limit: self._save_limit(card.account, limit))  # fmt: skip

    def _save_limit(self, name: str, limit: Decimal | None) -> None:
        """Store the limit, then evaluate alerts (a new limit may put the card over a threshold)."""
        store, as_of = self.ctx.store, self._as_of

        def work(_progress: object, _cancel: object) -> Changes:
            set_credit_limit(store, name, limit, as_of)
            raised = evaluate_alerts(store, as_of)
            return Changes(frozenset({bus.ACCOUNTS, bus.ALERTS}), tuple(a.id for a in raised))

        self.ctx.tasks.run(work, self.ctx.bus.data_changed.emit)
