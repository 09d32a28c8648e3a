"""Health page → Emergency fund and Institutions: months of essentials the liquid money covers
against the target, and how much of it each institution holds."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from finapp.gui import bus
from finapp.gui.context import AppContext
from finapp.gui.pages.health_rows import clear_rows, money
from finapp.gui.pages.health_section import HealthSection
from finapp.services.reserves import EmergencyFund, InstitutionShare, reserves_of

_WATCHES = frozenset({bus.ACCOUNTS, bus.TRANSACTIONS, bus.CATEGORIES, bus.SETTINGS})


class EmergencyFundSection(HealthSection):
    """Months covered, a bar towards the target, and what was counted."""

    TITLE = QT_TRANSLATE_NOOP("HealthSection", "Emergency fund")
    WATCHES = _WATCHES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("emergency-fund-summary")
        self.summary.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Months of essential spending covered"))
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.bar, self.details):
            layout.addWidget(widget)

    def load(self, as_of: date) -> EmergencyFund:
        return reserves_of(self.ctx.store, as_of)[0]

    def show_loaded(self, loaded: EmergencyFund) -> None:
        fund = loaded
        target = fund.target_months
        if fund.months is None:
            self.summary.setText(
                self.tr(
                    "Not known yet: it needs the balance of a checking or savings account and "
                    "a full month of essential spending."
                )
            )
            self.bar.hide()
        else:
            self.summary.setText(
                self.tr("%1 months of essential spending (%2 for %3 a month); target %4 months.")
                .replace("%1", str(fund.months))
                .replace("%2", money(fund.liquid_minor, fund.currency))
                .replace("%3", money(fund.monthly_minor, fund.currency))
                .replace("%4", str(target))
            )
            self.bar.setRange(0, target * 10)
            self.bar.setValue(min(int(fund.months * 10), target * 10))
            self.bar.setFormat(
                self.tr("%1 of %2 months")
                .replace("%1", str(fund.months))
                .replace("%2", str(target))
            )
            self.bar.show()
        notes = [
            self.tr("Also held in %1, not counted: %2")
            .replace("%1", code)
            .replace("%2", money(minor, code))
            for code, minor in fund.other_currencies.items()
        ]
        if fund.unknown_balances:
            notes.append(
                self.tr("No balance known, not counted: %1").replace(
                    "%1", ", ".join(fund.unknown_balances)
                )
            )
        self.details.setText("\n".join(notes))
        self.details.setVisible(bool(notes))


class InstitutionsSection(HealthSection):
    """Each institution's share of the liquid money, with a note above the set share."""

    TITLE = QT_TRANSLATE_NOOP("HealthSection", "Where your money is held")
    WATCHES = _WATCHES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(3, 1)

    def load(self, as_of: date) -> list[InstitutionShare]:
        return reserves_of(self.ctx.store, as_of)[1]

    def show_loaded(self, loaded: list[InstitutionShare]) -> None:
        clear_rows(self.grid)
        if not loaded:
            self.grid.addWidget(QLabel(self.tr("No liquid balance known yet."), self), 0, 0)
            return
        for row, share in enumerate(loaded):
            bar = QProgressBar(self)
            bar.setRange(0, 100)
            bar.setValue(share.percent)
            bar.setFormat(f"{share.percent}%")
            bar.setAccessibleName(share.institution)
            note = QLabel(
                self.tr("More than you want at one institution: consider spreading it.")
                if share.over_limit
                else "",
                self,
            )
            note.setObjectName("institution-note")
            note.setWordWrap(True)
            self.grid.addWidget(QLabel(share.institution, self), row, 0)
            self.grid.addWidget(QLabel(money(share.amount_minor, share.currency), self), row, 1)
            self.grid.addWidget(bar, row, 2)
            self.grid.addWidget(note, row, 3)
