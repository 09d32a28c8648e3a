"""The line under the subscriptions saying how far the statements behind their statuses go.

A stream is judged as of the day its account's statements end, so "Stopped" or a next date
already past can mean "no newer statement yet" rather than "no longer charged"; this line says
which. Worded in the page's translation context ("SubscriptionsPage"), where these sentences
were first translated.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from finapp.gui.account_names import shown_account_name
from finapp.gui.models.formatting import format_day
from finapp.services.subscriptions import SubscriptionView
from finapp.tr_marks import fill


class CoverageNote(QLabel):
    """Hidden while every listed stream's statements reach today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subscriptions-coverage")
        self.setAccessibleName(
            QCoreApplication.translate("SubscriptionsPage", "How far the statements go")
        )
        self.setWordWrap(True)
        self.hide()

    def show_for(self, subscriptions: Sequence[SubscriptionView], today: date) -> None:
        text = coverage_text(subscriptions, today)
        self.setText(text)
        self.setVisible(bool(text))


def coverage_text(subscriptions: Sequence[SubscriptionView], today: date) -> str:
    """ "Judged as of Oct 31, 2026, where the statements of Sapphire Visa end.": the accounts of
    the listed streams whose statements end before today, each with its last day; empty when every
    one reaches today (or the streams were added by hand)."""
    ends: dict[date, list[str]] = {}
    for sub in subscriptions:
        if sub.account and sub.covered_until is not None and sub.covered_until < today:
            names = ends.setdefault(sub.covered_until, [])
            name = shown_account_name(sub.account)
            if name not in names:
                names.append(name)
    if not ends:
        return ""
    comma = QCoreApplication.translate("SubscriptionsPage", ", ")
    if len(ends) == 1:
        ((day, names),) = ends.items()
        # never "%2's": an account's name is the user's, and "Rainy Day Savings's" reads wrong
        text = QCoreApplication.translate(
            "SubscriptionsPage", "Judged as of %1, where the statements of %2 end."
        )
        return fill(text, (format_day(day), comma.join(sorted(names, key=str.casefold))))
    each = [
        fill(QCoreApplication.translate("SubscriptionsPage", "%1 on %2"), (name, format_day(day)))
        for day, names in sorted(ends.items())
        for name in sorted(names, key=str.casefold)
    ]
    return fill(
        QCoreApplication.translate(
            "SubscriptionsPage", "Judged as of where each account's statements end: %1."
        ),
        (comma.join(each),),
    )
