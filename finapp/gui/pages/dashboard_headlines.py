"""The dashboard's headline figures: a month's income, spending and net for the household.

In the base currency they are the household's totals (:mod:`finapp.services.household_totals`):
money in other currencies converted at the user's rates, the figure marked "≈" with a line
saying it was converted, and a tooltip naming each rate used and each currency's own figure. A
currency without a rate is left out and said to be, never converted at a guessed rate. Charted
in another currency (the dashboard's currency choice), the figures are that currency's own.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from finapp.core.conversion import Total
from finapp.core.money import from_minor
from finapp.gui.currency_words import currency_word
from finapp.gui.list_words import clauses, joined
from finapp.gui.models.formatting import format_day, format_money
from finapp.gui.rate_texts import rate_line
from finapp.services.household_totals import HouseholdTotals
from finapp.tr_marks import fill


class Headline(QFrame):
    """A headline number with its caption, and a note under it when the number needs one.

    A total that left a currency out for want of a rate offers "Add a rate…":
    ``rates_wanted`` asks the page to open the exchange rates."""

    rates_wanted = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(self)
        self.value = QLabel("—", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        small = self.note.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.note.setFont(small)
        self.note.hide()
        self.add_rate = QLabel(
            '<a href="rates">' + html.escape(self.tr("Add a rate…")) + "</a>", self
        )
        self.add_rate.setFont(small)
        self.add_rate.linkActivated.connect(lambda _link: self.rates_wanted.emit())
        self.add_rate.hide()
        self.set_caption(caption)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addWidget(self.add_rate)
        layout.addStretch(1)  # figures with a note and without stay level with each other

    def set_caption(self, caption: str) -> None:
        self.caption.setText(caption)
        self.value.setAccessibleName(caption)

    def show_figure(
        self, text: str, note: str = "", tooltip: str = "", *, rate_missing: bool = False
    ) -> None:
        self.value.setText(text)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.add_rate.setVisible(rate_missing)
        for widget in (self, self.value, self.note):
            widget.setToolTip(tooltip)
        self.value.setAccessibleDescription(" ".join(part for part in (note, tooltip) if part))


def show_household_totals(headlines: Sequence[Headline], totals: HouseholdTotals) -> None:
    """Income, spending and net (``headlines`` in that order) as the household's totals."""
    for headline, total in zip(
        headlines, (totals.income, totals.spending, totals.net), strict=True
    ):
        headline.show_figure(
            marked_money(total),
            _note(total),
            total_tooltip(total, totals.rates_on),
            rate_missing=bool(total.missing),
        )


def show_own_figures(
    headlines: Sequence[Headline],
    currency: str,
    income: Decimal,
    spent: Decimal,
    others: Sequence[str] = (),
) -> None:
    """Income, spending and net in one currency, as that currency's own figures; ``others``:
    the household's other currencies, which these figures leave out (said under each)."""
    note = (
        fill(
            QCoreApplication.translate("DashboardHeadline", "%1 only; not included: %2"),
            (currency, joined(others)),
        )
        if others
        else ""
    )
    for headline, amount in zip(headlines, (income, spent, income - spent), strict=True):
        headline.show_figure(format_money(amount, currency), note)


def marked_money(total: Total) -> str:
    """A total as it reads: "≈ $2,021.10" when any of it was converted from another currency."""
    money = format_money(total.amount, total.currency)
    return f"≈ {money}" if total.converted else money


def _note(total: Total) -> str:
    parts = []
    if total.converted:
        parts.append(
            fill(
                QCoreApplication.translate("DashboardHeadline", "≈ converted to %1"),
                (currency_word(total.currency),),
            )
        )
    return clauses([*parts, *missing_parts(total)])


def missing_parts(total: Total) -> list[str]:
    """ "¥350.00 not included: no CNY rate", for each currency left out for want of a rate."""
    return [
        fill(
            QCoreApplication.translate("DashboardHeadline", "%1 not included: no %2 rate"),
            (format_money(from_minor(minor, currency), currency), currency),
        )
        for currency, minor in total.missing.items()
    ]


def total_tooltip(total: Total, rates_on: date, *more: Total) -> str:
    """What a converted total is made of: the rates used (of ``more`` totals shown with it
    too) as of ``rates_on``, and each currency's own figure; "" for a total nothing went into
    by conversion."""
    everything = (total, *more)
    if not any(t.converted or t.missing for t in everything):
        return ""
    lines = []
    rates = tuple(dict.fromkeys(rate for one in everything for rate in one.rates))
    if rates:
        lines.append(
            fill(
                QCoreApplication.translate(
                    "DashboardHeadline", "Converted at the latest rates on or before %1:"
                ),
                (format_day(rates_on),),
            )
        )
        lines += [f"  {rate_line(rate)}" for rate in rates]
    lines.append(QCoreApplication.translate("DashboardHeadline", "By currency:"))
    for part in total.parts:
        lines.append(f"  {format_money(from_minor(part.source_minor, part.source), part.source)}")
    for currency, minor in total.missing.items():
        amount = format_money(from_minor(minor, currency), currency)
        lines.append(
            "  "
            + fill(
                QCoreApplication.translate("DashboardHeadline", "%1 (not included: no rate)"),
                (amount,),
            )
        )
    if any(one.missing for one in everything):
        lines.append(
            QCoreApplication.translate(
                "DashboardHeadline", "Add rates in Settings → Exchange rates…"
            )
        )
    return "\n".join(lines)
