"""Health page → Accounts: each account's grade as a badge (colour and words) and its reasons.

A reason of an alert's kind is worded by the alert's own translated sentence; account health's
own reasons (overdrawn, no balance known, statements out of date) have theirs here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from finapp.core.alert_kinds import HealthReason
from finapp.core.health import AccountHealth, Grade
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

_CONTEXT = "HealthReason"
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
_OWN_SENTENCES: dict[str, str] = {
    HealthReason.NEGATIVE_BALANCE: QT_TRANSLATE_NOOP(
        "HealthReason", "%1 is overdrawn: its balance is %2."
    ),
    HealthReason.NO_BALANCE: QT_TRANSLATE_NOOP(
        "HealthReason", "No balance is known for %1: import a statement with one or set it."
    ),
    HealthReason.STATEMENTS_OLD: QT_TRANSLATE_NOOP(
        "HealthReason",
        "The statements of %1 end on %2, %3 days ago: import newer ones, or close the account "
        "if you no longer have it.",
    ),
    HealthReason.MOVED_ON: QT_TRANSLATE_NOOP(
        "HealthReason",
        "The statements of %1 end on %2; its subscriptions carry on from %3. If it was "
        "replaced, close it: its last balance still counts.",
    ),
}
#: the facts filling each own sentence's %1, %2…, in order
_OWN_FACTS: dict[str, tuple[str, ...]] = {
    HealthReason.NEGATIVE_BALANCE: ("account", "balance"),
    HealthReason.NO_BALANCE: ("account",),
    HealthReason.STATEMENTS_OLD: ("account", "date", "days"),
    HealthReason.MOVED_ON: ("account", "date", "successor"),
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
    own = _OWN_SENTENCES.get(reason.kind)
    if own is None:
        return alert_text(reason)
    try:
        p = shown_facts(reason)
    except ValueError:
        p = dict(reason.params)
    args = tuple(p.get(name, "") for name in _OWN_FACTS[reason.kind])
    text = QCoreApplication.translate(_CONTEXT, own)
    for number, value in enumerate(args, start=1):
        text = text.replace(f"%{number}", value)
    return text


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
