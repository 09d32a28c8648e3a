"""What the Health page's totals across currencies look like: each in the base currency, marked
"≈" when some of it was converted, its rates and each currency's own figure on hover, and a
currency without a rate named as left out (the dashboard's headlines read the same way, with
the same words: :mod:`finapp.gui.pages.dashboard_headlines`).

The totals themselves come from :mod:`finapp.services.health_totals`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from finapp.core.conversion import Total
from finapp.core.money import from_minor
from finapp.gui.currency_words import currency_word
from finapp.gui.list_words import joined
from finapp.gui.models.formatting import format_money
from finapp.gui.pages.dashboard_headlines import marked_money, total_tooltip
from finapp.tr_marks import fill

__all__ = ["marked_money", "own_figures", "show_total", "total_heading", "total_label"]


def own_figures(total: Total) -> dict[str, int]:
    """Each currency's own sum (minor units) that went into ``total``, or was left out of it."""
    return {part.source: part.source_minor for part in total.parts} | dict(total.missing)


def own_money(total: Total, currency: str) -> str:
    """``currency``'s own figure in ``total``, in the locale's money form ("" when none)."""
    minor = own_figures(total).get(currency)
    return "" if minor is None else format_money(from_minor(minor, currency), currency)


def total_heading(parent: QWidget, words: str) -> QLabel:
    """The heading of a total line ("All cards"), in bold; ``words`` already translated."""
    heading = QLabel(words, parent)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    return heading


def total_label(parent: QWidget, name: str) -> QLabel:
    """A label for a total line: wraps, found by ``name`` (its object name)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def show_total(label: QLabel, text: str, rates_on: date, total: Total, *more: Total) -> None:
    """``text`` (the total already worded) on ``label``, the rates of ``total`` and ``more``
    on hover and read out to a screen reader with it."""
    tooltip = total_tooltip(total, rates_on, *more)
    label.setText(text)
    label.setToolTip(tooltip)
    label.setAccessibleDescription(tooltip)
    label.show()


def left_out_text(total: Total, *more: Total) -> str:
    """ "Not included, no exchange rate to USD: CNY (…)" naming each currency the totals left
    out for want of a rate, once; "" when none was."""
    codes = sorted({code for one in (total, *more) for code in one.missing})
    if not codes:
        return ""
    return fill(
        QCoreApplication.translate(
            "HealthTotals",
            "Not included, no exchange rate to %1: %2 (add one in Settings → Exchange rates…)",
        ),
        (currency_word(total.currency), joined(map(currency_word, codes))),
    )
