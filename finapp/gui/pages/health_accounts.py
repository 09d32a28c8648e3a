"""Health page → Accounts: each account's grade as a badge (colour and words) and its reasons.

A reason of an alert's kind is worded by the alert's own translated sentence; account health's
own reasons (overdrawn, no balance known, statements out of date) have theirs here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from finapp.core.health import AccountHealth, Grade
from finapp.core.health_reason_sentences import CONTEXT, OWN_FACTS, OWN_SENTENCES
from finapp.gui import bus
from finapp.gui.account_names import shown_account_name
from finapp.gui.alert_texts import alert_text, shown_facts
from finapp.gui.context import AppContext
from finapp.gui.list_words import joined
from finapp.gui.models.formatting import format_date
from finapp.gui.pages.health_rows import clear_rows
from finapp.gui.pages.health_section import HealthSection
from finapp.services.health import accounts_health, closed_accounts
from finapp.services.health_export_html import Worded
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

_GRADE_NAMES = {
    Grade.HEALTHY: QT_TRANSLATE_NOOP("HealthGrade", "Healthy"),
    Grade.NEEDS_ATTENTION: QT_TRANSLATE_NOOP("HealthGrade", "Needs attention"),
    Grade.AT_RISK: QT_TRANSLATE_NOOP("HealthGrade", "At risk"),
}
#: badge colours: text on a tint, readable in light and dark themes; the words say the same
_GRADE_COLOURS = {
    Grade.HEALTHY: ("#1e6b34", "#d9f2df"),
    Grade.NEEDS_ATTENTION: ("#7a4d00", "#fdecc8"),
    Grade.AT_RISK: ("#8f1d1d", "#f9d6d5"),
}


def grade_name(grade: Grade) -> str:
    return QCoreApplication.translate("HealthGrade", _GRADE_NAMES[grade])


def grade_badge(grade: Grade, parent: QWidget) -> QLabel:
    """The grade in words on its colour (never the colour alone)."""
    badge = QLabel(grade_name(grade), parent)
    badge.setObjectName("health-grade")
    text, tint = _GRADE_COLOURS[grade]
    badge.setStyleSheet(
        f"QLabel {{ color: {text}; background: {tint}; border-radius: 4px; padding: 2px 8px; }}"
    )
    badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return badge


def reason_text(reason: Worded) -> str:
    """The reason in the interface's language (an alert's kind is worded as the alert)."""
    own = OWN_SENTENCES.get(reason.kind)
    if own is None:
        return alert_text(reason)
    try:
        p = shown_facts(reason)
    except ValueError:
        p = dict(reason.params)
    args = tuple(p.get(name, "") for name in OWN_FACTS[reason.kind])
    return fill(QCoreApplication.translate(CONTEXT, own), args)


class AccountsSection(HealthSection):
    """Every account with its grade and, below it, why."""

    TITLE = QT_TRANSLATE_NOOP("HealthSection", "Accounts")
    WATCHES = frozenset({bus.ACCOUNTS, bus.TRANSACTIONS, bus.ALERTS, bus.SETTINGS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(2, 1)

    def load(self, as_of: date) -> tuple[list[AccountHealth], tuple[tuple[str, date], ...]]:
        return accounts_health(self.ctx.store, as_of), closed_accounts(self.ctx.store, as_of)

    def show_loaded(self, loaded: tuple[list[AccountHealth], tuple[tuple[str, date], ...]]) -> None:
        clear_rows(self.grid)
        graded, closed = loaded
        if not graded and not closed:
            self.grid.addWidget(QLabel(self.tr("No accounts yet."), self), 0, 0)
            return
        if closed:
            self._closed(closed, len(graded))
        for row, health in enumerate(graded):
            name = QLabel(shown_account_name(health.account), self)
            name.setObjectName("health-account")
            badge = grade_badge(health.grade, self)
            badge.setAccessibleName(f"{name.text()}: {badge.text()}")
            reasons = QLabel("\n".join(reason_text(r) for r in health.reasons), self)
            reasons.setObjectName("health-reasons")
            reasons.setWordWrap(True)
            reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(badge, row, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(reasons, row, 2)

    def _closed(self, closed: tuple[tuple[str, date], ...], row: int) -> None:
        """One line under the grades naming the closed accounts, so none just vanishes."""
        names = joined(
            fill(self.tr("%1 (closed on %2)"), (shown_account_name(name), format_date(day)))
            for name, day in closed
        )
        label = QLabel(fill(self.tr("Closed, not graded and not counted: %1"), (names,)), self)
        label.setObjectName("health-closed")
        label.setWordWrap(True)
        label.setEnabled(False)  # greyed, as their rows on the Accounts page
        self.grid.addWidget(label, row, 0, 1, 3)
