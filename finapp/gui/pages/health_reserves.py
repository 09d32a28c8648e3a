"""Health page → Emergency fund and Institutions: months of essentials the liquid money covers
against the target, and how much of it each institution holds. Balances are where the
statements end: when that is more than a few days back, each says its day ("latest
statement"), so a month-old figure does not read as the money held today."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from finapp.core.balance_alerts import balance_is_old
from finapp.core.bank_names import shown_bank
from finapp.gui import bus
from finapp.gui.account_names import joined_accounts, shown_account_name
from finapp.gui.context import AppContext
from finapp.gui.currency_words import currency_word
from finapp.gui.i18n import language_in_use
from finapp.gui.list_words import joined
from finapp.gui.models.formatting import format_day
from finapp.gui.pages.health_rows import clear_rows, money
from finapp.gui.pages.health_section import HealthSection
from finapp.gui.pages.health_totals import (
    left_out_text,
    marked_money,
    own_figures,
    own_money,
    show_total,
)
from finapp.gui.widgets.gauge import Gauge
from finapp.services.health_totals import FundTotal, fund_totals
from finapp.services.reserves import EmergencyFund, InstitutionShare, reserves_of
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

_WATCHES = frozenset({bus.ACCOUNTS, bus.TRANSACTIONS, bus.CATEGORIES, bus.SETTINGS})


class EmergencyFundSection(HealthSection):
    """Months covered, a bar towards the target, and what was counted."""

    TITLE = QT_TRANSLATE_NOOP("HealthSection", "Emergency fund")
    WATCHES = _WATCHES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._as_of: date | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("emergency-fund-summary")
        self.summary.setWordWrap(True)
        self.bar = Gauge(self)
        self.bar.setAccessibleName(self.tr("Months of essential spending covered"))
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.bar, self.details):
            layout.addWidget(widget)

    def reload(self, as_of: date) -> None:
        self._as_of = as_of  # the day a balance's age is judged on
        super().reload(as_of)

    def load(self, as_of: date) -> tuple[EmergencyFund, FundTotal | None]:
        fund = reserves_of(self.ctx.store, as_of)[0]
        return fund, fund_totals(self.ctx.store, as_of, fund)

    def show_loaded(self, loaded: tuple[EmergencyFund, FundTotal | None]) -> None:
        fund, household = loaded
        self.summary.setToolTip("")
        self.summary.setAccessibleDescription("")
        if household is not None:
            self._show_household(fund, household)
            return
        target = fund.target_months
        if fund.months is None:
            self.summary.setText(self._not_known())
        else:
            self.summary.setText(
                fill(
                    self.tr(
                        "%1 months of essential spending (%2 for %3 a month); target %4 months."
                    ),
                    (
                        str(fund.months),
                        money(fund.liquid_minor, fund.currency),
                        money(fund.monthly_minor, fund.currency),
                        str(target),
                    ),
                )
            )
        self._show_bar(fund.months, target)
        notes = [
            fill(self.tr("Also held in %1, not counted: %2"), (code, money(minor, code)))
            for code, minor in fund.other_currencies.items()
        ]
        self._show_notes(notes, fund)

    def _not_known(self) -> str:
        return self.tr(
            "Not known yet: it needs the balance of a checking or savings account and a full "
            "month of essential spending."
        )

    def _show_notes(self, notes: list[str], fund: EmergencyFund) -> None:
        if (on := old_balance_day(fund.balances_on, self._as_of)) is not None:
            notes.insert(
                0,
                fill(
                    self.tr("Balances of %1 (latest statements): newer ones not imported yet."),
                    (format_day(on),),
                ),
            )
        if fund.unknown_balances:
            notes.append(
                fill(
                    self.tr("No balance known, not counted: %1"),
                    (joined_accounts(fund.unknown_balances),),
                )
            )
        self.details.setText("\n".join(notes))
        self.details.setVisible(bool(notes))

    def _show_bar(self, months: Decimal | None, target: int) -> None:
        if months is None:
            self.bar.hide()
            return
        self.bar.setRange(0, target * 10)
        self.bar.setValue(min(int(months * 10), target * 10))
        self.bar.setFormat(fill(self.tr("%1 of %2 months"), (str(months), str(target))))
        self.bar.show()

    def _show_household(self, fund: EmergencyFund, household: FundTotal) -> None:
        """Every currency's liquid money against every currency's essential spending, in the
        base currency; then each currency's own figures, and what was left out."""
        liquid, monthly = household.liquid, household.monthly
        left_out = left_out_text(liquid, monthly)
        if household.unrated_essentials:
            text = fill(
                self.tr("Not known: essential spending in %1, with no money held in it and no "
                        "exchange rate to %2 (add one in Settings → Exchange rates…)."),
                (joined(map(currency_word, household.unrated_essentials)),
                 currency_word(liquid.currency)),
            )  # fmt: skip
            self.summary.setText(text)
        elif household.months is None:
            self.summary.setText(self._not_known())
        elif code := household.limited_by:
            text = fill(
                self.tr("%1 months of essential spending, as long as the money in %2 lasts (%2 "
                        "has no exchange rate to %3); target %4 months."),
                (str(household.months), currency_word(code), currency_word(liquid.currency),
                 str(fund.target_months)),
            )  # fmt: skip
            self.summary.setText(text)
        else:
            converted = liquid.converted or monthly.converted
            months = f"≈ {household.months}" if converted else str(household.months)
            # "every currency" only when none was left out for want of a rate (named below)
            wording = (
                self.tr("%1 months of essential spending in %2, counting the currencies with a "
                        "rate (%3 for %4 a month); target %5 months.")
                if left_out
                else self.tr("%1 months of essential spending, every currency in %2 (%3 for %4 "
                             "a month); target %5 months.")
            )  # fmt: skip
            text = fill(
                wording,
                (months, currency_word(liquid.currency), marked_money(liquid),
                 marked_money(monthly), str(fund.target_months)),
            )  # fmt: skip
            show_total(self.summary, text, household.rates_on, liquid, monthly)
        self._show_bar(household.months, fund.target_months)
        held, spent = own_figures(liquid), own_figures(monthly)
        notes = [
            fill(
                self.tr("In %1: %2 held, %3 a month of essential spending"),
                (
                    currency_word(code),
                    own_money(liquid, code) or money(0, code),
                    own_money(monthly, code) or money(0, code),
                ),
            )
            for code in sorted(held.keys() | spent.keys())
        ]
        if left_out:
            notes.append(left_out)
        self._show_notes(notes, fund)


class InstitutionsSection(HealthSection):
    """Each institution's share of the liquid money, with a note above the set share."""

    TITLE = QT_TRANSLATE_NOOP("HealthSection", "Where your money is held")
    WATCHES = _WATCHES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(3, 1)

    def load(self, as_of: date) -> tuple[list[InstitutionShare], date]:
        return reserves_of(self.ctx.store, as_of)[1], as_of

    def show_loaded(self, loaded_on: tuple[list[InstitutionShare], date]) -> None:
        loaded, as_of = loaded_on
        clear_rows(self.grid)
        if not loaded:
            self.grid.addWidget(QLabel(self.tr("No liquid balance known yet."), self), 0, 0)
            return
        # a share is of the money held in its own currency: with several, the bar says which,
        # else a bank holding all the yuan and one holding all the dollars both read "100%"
        several = len({share.currency for share in loaded}) > 1
        for row, share in enumerate(loaded):
            bar = Gauge(self)
            bar.setRange(0, 100)
            bar.setValue(share.percent)
            bar.setFormat(
                fill(
                    self.tr("%1% of the %2 held"),
                    (str(share.percent), currency_word(share.currency)),
                )
                if several
                else f"{share.percent}%"
            )
            bank = _institution_name(share)
            bar.setAccessibleName(bank)
            note = QLabel(
                self.tr("More than you want at one institution: consider spreading it.")
                if share.over_limit
                else "",
                self,
            )
            note.setObjectName("institution-note")
            note.setWordWrap(True)
            self.grid.addWidget(QLabel(bank, self), row, 0)
            held = money(share.amount_minor, share.currency)
            if (on := old_balance_day(share.balance_on, as_of)) is not None:
                held = fill(self.tr("%1 on %2 (latest statement)"), (held, format_day(on)))
            self.grid.addWidget(QLabel(held, self), row, 1)
            self.grid.addWidget(bar, row, 2)
            self.grid.addWidget(note, row, 3)


def old_balance_day(day: date | None, as_of: date | None) -> date | None:
    """``day`` when a balance of that day is too old on ``as_of`` to read as today's."""
    if day is None or as_of is None or not balance_is_old(day, as_of):
        return None
    return day


def _institution_name(share: InstitutionShare) -> str:
    """The institution as the reader knows it: named as one of its accounts (a student's
    "Bank of America" account), it reads as the Accounts section shows that account, never
    美国银行 beside "Bank of America"; else by the bank's name in the reader's language."""
    if share.institution in share.accounts:
        return shown_account_name(share.institution)
    return shown_bank(share.institution, language_in_use())
