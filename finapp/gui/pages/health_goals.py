"""Health page → Savings goals: each goal's progress (saved of target, the last month ends), the
monthly saving still needed, on track or behind, with Add goal… and Remove.

Goals share the household's monthly surplus, the one due soonest served first
(:mod:`finapp.services.goals`): a goal it does not reach says how much the goals due sooner
take of it, which they are, and how much a month is missing for this one.

Saved amounts are measured where the linked accounts' statements end (see
:mod:`finapp.services.goals`); the row says on which day, so a goal that looks short of this
month's saving is read as "not imported yet", not as "not saved".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from finapp.core.alert_facts import month_of
from finapp.core.goals import GoalState
from finapp.gui import bus
from finapp.gui.account_names import joined_accounts, shown_account_name
from finapp.gui.context import AppContext
from finapp.gui.dialogs.goal import AccountChoice, NewGoal, ask_goal
from finapp.gui.list_words import clauses, joined
from finapp.gui.models.formatting import format_day, format_money, format_month
from finapp.gui.pages.health_rows import clear_rows
from finapp.gui.pages.health_section import HealthSection
from finapp.gui.pages.health_totals import (
    left_out_text,
    marked_money,
    show_total,
    total_heading,
    total_label,
)
from finapp.gui.widgets.asking import confirm
from finapp.gui.widgets.gauge import Gauge
from finapp.services.accounts import list_accounts
from finapp.services.alerts import AlertView, evaluate_alerts
from finapp.services.changes import Changes
from finapp.services.goals import OWED_TYPES, GoalStatus, add_goal, list_goals, remove_goal
from finapp.services.health_totals import GoalTotals, converting_for, goal_totals
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

COLUMNS = 5
#: month ends shown under each goal: the last half year
MONTHS_SHOWN = 6
#: what each state is called on screen (translated in the "GoalsSection" context)
STATE_NAMES = {
    GoalState.ON_TRACK: QT_TRANSLATE_NOOP("GoalsSection", "On track"),
    GoalState.BEHIND: QT_TRANSLATE_NOOP("GoalsSection", "Behind"),
    GoalState.BEYOND_SURPLUS: QT_TRANSLATE_NOOP("GoalsSection", "More than you save"),
    GoalState.REACHED: QT_TRANSLATE_NOOP("GoalsSection", "Reached"),
    GoalState.MISSED: QT_TRANSLATE_NOOP("GoalsSection", "Date passed"),
    GoalState.UNKNOWN: QT_TRANSLATE_NOOP("GoalsSection", "Balance unknown"),
}


class GoalsSection(HealthSection):
    """One row per goal, then its last month ends; Add goal… above them."""

    TITLE = QT_TRANSLATE_NOOP("HealthSection", "Savings goals")
    # settings: the base currency and the exchange rates the goals' total converts with
    WATCHES = frozenset({bus.GOALS, bus.ACCOUNTS, bus.TRANSACTIONS, bus.SETTINGS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._as_of = date.today()
        self._goals: list[GoalStatus] = []
        self._accounts: list[AccountChoice] = []
        self.add_button = QPushButton(self.tr("Add goal…"), self)
        self.add_button.setObjectName("add-goal-button")
        self.add_button.clicked.connect(self.ask_new_goal)
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addStretch(1)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        #: each goal's Remove button, by goal name
        self.remove_buttons: dict[str, QPushButton] = {}

    def reload(self, as_of: date) -> None:
        self._as_of = as_of
        super().reload(as_of)

    def load(self, as_of: date) -> tuple[list[GoalStatus], list[AccountChoice], GoalTotals | None]:
        accounts = [
            AccountChoice(a.name, a.currency)
            for a in list_accounts(self.ctx.store)
            # a card's balance is owed, never saved; a closed account holds nothing
            if a.type not in OWED_TYPES and a.closed_on is None
        ]
        goals = list_goals(self.ctx.store, as_of)
        return goals, accounts, goal_totals(goals, converting_for(self.ctx.store, as_of))

    def show_loaded(
        self, loaded: tuple[list[GoalStatus], list[AccountChoice], GoalTotals | None]
    ) -> None:
        self._goals, self._accounts, totals = loaded
        clear_rows(self.grid)
        self.remove_buttons = {}
        if not self._goals:
            empty = QLabel(
                self.tr("No savings goals. Add one to follow what your savings accounts hold."),
                self,
            )
            empty.setObjectName("goals-empty")
            self.grid.addWidget(empty, 0, 0, 1, COLUMNS)
            return
        headers = (self.tr("Goal"), self.tr("Saved"), self.tr("Needed"), self.tr("State"))
        for column, header in enumerate(headers):
            self.grid.addWidget(QLabel(f"<b>{header}</b>", self), 0, column)
        for index, goal in enumerate(self._goals):
            self._add_row(1 + index * 2, goal)
        if totals is not None:
            self._add_totals(1 + len(self._goals) * 2, totals)

    def _add_totals(self, row: int, totals: GoalTotals) -> None:
        """What every goal has saved of what they aim at together, in the base currency ("≈"
        when converted); a goal whose saving is not known, or whose currency has no rate, is
        said to be left out."""
        self.grid.addWidget(total_heading(self, self.tr("All goals")), row, 0)
        cell = total_label(self, "goals-total")
        text = fill(
            self.tr("%1 saved of %2"), (marked_money(totals.saved), marked_money(totals.target))
        )
        show_total(cell, f"<b>{text}</b>", totals.rates_on, totals.saved, totals.target)
        self.grid.addWidget(cell, row, 1, 1, 2)
        left_out = left_out_text(totals.saved, totals.target)
        notes = [left_out] if left_out else []
        if totals.unknown:
            notes.append(
                fill(self.tr("Saving not known, not counted: %1"), (joined(totals.unknown),))
            )
        if notes:
            note = total_label(self, "goals-total-note")
            note.setText(clauses(notes))
            self.grid.addWidget(note, row + 1, 0, 1, COLUMNS)

    def _add_row(self, row: int, goal: GoalStatus) -> None:
        saved = Gauge(self)
        saved.setObjectName("goal-progress")
        saved.setRange(0, 100)
        saved.setAccessibleName(fill(self.tr("Progress of %1"), (goal.name,)))
        target = format_money(goal.target, goal.currency)
        if goal.saved is None or goal.percent is None:
            saved.setValue(0)
            saved.setFormat(fill(self.tr("? of %1"), (target,)))
        else:
            saved.setValue(min(goal.percent, 100))
            saved.setFormat(
                fill(
                    self.tr("%1 of %2 (%3%)"),
                    (format_money(goal.saved, goal.currency), target, str(goal.percent)),
                )
            )
        name = QLabel(
            fill(self.tr("%1, by %2"), (goal.name, format_day(goal.target_date))),
            self,
        )
        state = QLabel(
            QCoreApplication.translate("GoalsSection", str(STATE_NAMES[goal.state])), self
        )
        state.setObjectName(f"goal-state-{goal.state}")
        button = QPushButton(self.tr("Remove"), self)
        button.setAccessibleName(fill(self.tr("Remove the goal %1"), (goal.name,)))
        button.clicked.connect(lambda _checked=False, g=goal: self.ask_remove(g))
        self.remove_buttons[goal.name] = button
        needed = QLabel(self._needed_text(goal), self)
        # words wrap rather than widen the page: in Chinese at 1024 pixels a goal's row was
        # wider than the window, the page scrolling sideways and every section cut at its edge
        for words in (name, needed):
            words.setWordWrap(True)
        cells = (name, saved, needed, state, button)
        for column, cell in enumerate(cells):
            cell.setObjectName(cell.objectName() or f"goal-cell-{column}")
            self.grid.addWidget(cell, row, column)
        months = QLabel(self._months_text(goal), self)
        months.setObjectName("goal-months")
        months.setWordWrap(True)
        self.grid.addWidget(months, row + 1, 0, 1, COLUMNS)

    def _needed_text(self, goal: GoalStatus) -> str:
        if goal.needed_per_month is None or goal.state is GoalState.REACHED:
            return ""
        needed = format_money(goal.needed_per_month, goal.currency)
        if goal.state is GoalState.MISSED:
            return fill(self.tr("%1 short"), (needed,))
        surplus, short = goal.surplus_per_month, goal.short_per_month
        if goal.state is not GoalState.BEYOND_SURPLUS or surplus is None or short is None:
            return fill(self.tr("%1 a month"), (needed,))
        if surplus < 0:  # nothing left over: "-$631.94 left over" read as a slip
            return fill(
                self.tr("%1 a month; %2 a month more spent than came in over the last %3 "
                        "months: %4 short"),
                (needed, format_money(-surplus, goal.currency), str(goal.surplus_months),
                 format_money(short, goal.currency)),
            )  # fmt: skip
        saved = (needed, format_money(surplus, goal.currency), str(goal.surplus_months))
        if (taken := goal.taken_by_sooner) is None:
            return fill(
                self.tr("%1 a month; %2 a month left over in the last %3 months: %4 short"),
                (*saved, format_money(short, goal.currency)),
            )
        return fill(
            self.tr(
                "%1 a month; %2 a month left over in the last %3 months, of which goals due "
                "sooner (%4) take %5: %6 short"
            ),
            (
                *saved,
                QLocale().createSeparatedList(list(goal.sooner_goals)),
                format_money(taken, goal.currency),
                format_money(short, goal.currency),
            ),
        )

    def _months_text(self, goal: GoalStatus) -> str:
        closed_names = {name for name, _ in goal.closed}
        still_open = [name for name in goal.accounts if name not in closed_names]
        if still_open:
            measured = fill(
                self.tr("Measured on %1, where the statements of %2 end."),
                (format_day(goal.judged_on), joined_accounts(still_open)),
            )
        else:  # its accounts all closed: measured on the day asked, nothing of them counted
            measured = fill(self.tr("Measured on %1."), (format_day(goal.judged_on),))
        for name, day in goal.closed:  # why its saved money fell: not a loss
            closed = self.tr("%1 was closed on %2: it counts nothing from then.")
            measured += "\n" + fill(closed, (shown_account_name(name), format_day(day)))
        if not goal.months:
            return measured
        ends = " · ".join(
            f"{format_month(month_of(m.month))}: {format_money(m.saved, goal.currency)}"
            for m in goal.months[-MONTHS_SHOWN:]
        )
        return fill(self.tr("Month ends: %1. %2"), (ends, measured))

    def ask_new_goal(self) -> None:
        """Add goal…: the dialog opens without blocking; the store is written on OK."""
        ask_goal(self, self._accounts, [g.name for g in self._goals], self._as_of, self._add)

    def _add(self, goal: NewGoal) -> None:
        store, as_of = self.ctx.store, self._as_of

        def work(_progress: object, _cancel: object) -> Changes:
            add_goal(store, goal.name, goal.target, goal.target_date, goal.accounts,
                     currency=goal.currency, today=as_of)  # fmt: skip
            return self._announced(evaluate_alerts(store, as_of))

        self.ctx.tasks.run(work, self.ctx.bus.data_changed.emit)

    def ask_remove(self, goal: GoalStatus) -> None:
        """Remove: asks first (the refusing button is the default), then removes the goal."""
        confirm(
            self,
            self.tr("Remove goal"),
            fill(
                self.tr(
                    "Remove the savings goal %1? Its accounts and their money stay as they are."
                ),
                (goal.name,),
            ),
            lambda: self._remove(goal.name),
            object_name="remove-goal",
        )

    def _remove(self, name: str) -> None:
        store, as_of = self.ctx.store, self._as_of

        def work(_progress: object, _cancel: object) -> Changes:
            remove_goal(store, name)
            return self._announced(evaluate_alerts(store, as_of))

        self.ctx.tasks.run(work, self.ctx.bus.data_changed.emit)

    @staticmethod
    def _announced(raised: list[AlertView]) -> Changes:
        """A goal changed, and alerts were evaluated again: one may be raised or resolved."""
        return Changes(frozenset({bus.GOALS, bus.ALERTS}), tuple(a.id for a in raised))
