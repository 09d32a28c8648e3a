"""Alerts: what needs attention, filterable, marked read or dismissed, each a jump to its cause.

The page opens on the inbox — the open alerts, which resolve themselves as what they tell stops
being true — and its History tab lists the rest (resolved and dismissed), each with its state.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from finapp.core.alert_kinds import Kind
from finapp.gui import bus
from finapp.gui.alert_texts import alert_text
from finapp.gui.context import AppContext
from finapp.gui.models.alerts_model import KIND_NAMES, SEVERITY_NAMES, AlertsModel, kind_name
from finapp.gui.models.alerts_model import severity_name as severity_label
from finapp.gui.pages.base import Page, register_page
from finapp.gui.pages.tables import make_table, page_shortcut, reload_rows
from finapp.gui.widgets.actions import SelectionActions
from finapp.gui.widgets.empty_state import EmptyStack
from finapp.progress import ProgressFn
from finapp.services.alerts import (
    AlertView,
    dismiss_alerts,
    evaluate_alerts,
    list_alerts,
    mark_read,
    restore,
)
from finapp.services.changes import Changes
from finapp.store.engine import Store
from finapp.tr_marks import QT_TRANSLATE_NOOP

COL_MESSAGE = 3
COL_STATE = 5  # shown in the history only: every alert of the inbox is open


def target_of(alert: AlertView) -> tuple[str, dict[str, Any]] | None:
    """The page and filters that show what ``alert`` is about (None: nothing to show)."""
    if alert.subscription_id is not None:
        return "subscriptions", {"subscription_id": alert.subscription_id}
    if alert.transaction_id is not None:
        return "transactions", {"transaction_id": alert.transaction_id}
    if alert.kind == Kind.BUDGET and alert.category:
        return "budgets", {"month": f"{alert.date:%Y-%m}", "category": alert.category}
    if alert.account:
        return "transactions", {"account": alert.account, **_days_of(alert)}
    return None


#: the pattern alerts that name the days of the lines they are about, by their facts' names
_SPAN_DAYS: dict[str, tuple[str, str]] = {
    Kind.STRUCTURING: ("first", "last"),
    Kind.NEW_COUNTERPARTIES: ("first", "last"),
    Kind.PASS_THROUGH: ("date", "date"),
    Kind.LATE_NIGHT: ("date", "date"),
}


def _days_of(alert: AlertView) -> dict[str, str]:
    """The days an account's pattern alert is about, for the transactions it opens on: the three
    deposits just under the threshold, not the account's every line. Money passing straight
    through may go out the next morning, so its day runs on one more."""
    names = _SPAN_DAYS.get(alert.kind)
    if names is None or not all(alert.params.get(name) for name in names):
        return {}
    since, until = (date.fromisoformat(alert.params[name]) for name in names)
    if alert.kind == Kind.PASS_THROUGH:
        until += timedelta(days=1)
    return {"since": since.isoformat(), "until": until.isoformat()}


def _mark_all_read(store: Store, alert_ids: list[int]) -> None:
    """Mark read: what the user has seen, no edit to take back (nothing the list hides)."""
    for alert_id in alert_ids:
        mark_read(store, alert_id)


@register_page
class AlertsPage(Page):
    NAME = "alerts"
    TITLE = QT_TRANSLATE_NOOP("Page", "Alerts")
    ICON = "alerts"
    SORT_ORDER = 50
    SHORTCUT = "Ctrl+5"
    WATCHES = frozenset({bus.ALERTS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None):
        super().__init__(ctx, parent)
        self._today = today
        #: the alert asked for before its row had loaded
        self._wanted: object = None
        # after a dismiss: the row to select once the list reloads, and whether to focus it
        self._next_row: tuple[int, bool] | None = None
        self._all: list[AlertView] = []
        self.model = AlertsModel(self)
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.kind_box = QComboBox(self)
        self.kind_box.setAccessibleName(self.tr("Alert kind filter"))

        self.kind_box.addItem(self.tr("All kinds"), None)
        for kind in KIND_NAMES:
            self.kind_box.addItem(kind_name(kind), kind)
        self.severity_box = QComboBox(self)
        self.severity_box.setAccessibleName(self.tr("Severity filter"))
        self.severity_box.addItem(self.tr("Any severity"), None)
        for severity in SEVERITY_NAMES:
            self.severity_box.addItem(severity_label(severity), severity)
        self.unread_only = QCheckBox(self.tr("Unread only"), self)
        self.view_tabs = QTabBar(self)
        self.view_tabs.setAccessibleName(self.tr("Current alerts or history"))
        self.view_tabs.addTab(self.tr("Current"))
        self.view_tabs.addTab(self.tr("History"))
        self.view_tabs.setTabToolTip(1, self.tr("Alerts that were resolved or dismissed"))
        check_now = QPushButton(self.tr("Check now"), self)
        check_now.setAccessibleName(self.tr("Check for new alerts now"))
        check_now.clicked.connect(self.check_now)
        filters = QHBoxLayout()
        filters.addWidget(self.view_tabs)
        # narrow windows: the kind list elides rather than widening the page
        self.kind_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_box.setMinimumContentsLength(7)
        for widget in (self.kind_box, self.severity_box, self.unread_only):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.kind_box.currentIndexChanged.connect(self._apply)
        self.severity_box.currentIndexChanged.connect(self._apply)
        self.unread_only.toggled.connect(self._apply)
        self.view_tabs.currentChanged.connect(self.refresh)

        self.table = make_table(
            self, self.model, self.tr("Alerts"), stretch=(COL_MESSAGE,),
            sort=(0, Qt.SortOrder.DescendingOrder), multi=True,
        )  # fmt: skip
        self.table.doubleClicked.connect(self._open_index)
        self.table.setColumnHidden(COL_STATE, True)
        self.stack = EmptyStack(self.table, self)

        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(self.tr("Show what it concerns"))
        self.open_button.setAccessibleName(self.tr("Show what it concerns"))
        self.read_button = QPushButton(self.tr("Mark read"), self)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        # History's own action: a dismissed alert brought back (a Delete pressed once too often)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setToolTip(self.tr("Bring the dismissed alert back to Current"))
        self.restore_button.setAccessibleName(self.tr("Restore the dismissed alert"))
        self.restore_button.hide()  # until History is chosen
        self.open_button.clicked.connect(self.open_selected)
        self.read_button.clicked.connect(lambda: self._act(_mark_all_read))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.count = QLabel(self)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        buttons = (self.open_button, self.read_button, self.dismiss_button, self.restore_button)
        for button in (*buttons, check_now):
            if not button.accessibleName():
                button.setAccessibleName(button.text())
            actions.addWidget(button)

        for keys, slot, button in (
            (QKeySequence.StandardKey.Delete, self.dismiss_selected, self.dismiss_button),
            ("Return", self.open_selected, self.open_button),
            ("Ctrl+R", lambda: self._act(_mark_all_read), self.read_button),
        ):
            shortcut = page_shortcut(self, keys, slot, button.accessibleName() or button.text())
            button.setToolTip(shortcut.key().toString(QKeySequence.SequenceFormat.NativeText))

        self.selection = SelectionActions(
            self, self.table, [self.open_button, self.read_button, self.dismiss_button]
        )
        # the selected alert's whole message (a table cell elides its advice), to read and copy
        self.detail = QLabel(self)
        self.detail.setAccessibleName(self.tr("Selected alert"))
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.detail.setMinimumHeight(3 * self.fontMetrics().lineSpacing())
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        self.model.modelReset.connect(self._show_detail)
        self._show_detail()
        # Tab as the eye reads: the Current/History tabs (leftmost), the filters, the list
        chain = (self.view_tabs, self.kind_box, self.severity_box, self.unread_only, self.table)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.detail)
        layout.addLayout(actions)

    def _show_detail(self) -> None:
        """The first selected alert's full message under the table, or how to see one; Restore
        only for a dismissed one (a resolved alert has nothing to come back to)."""
        chosen = self.selected()
        self.restore_button.setEnabled(any(a.state == "dismissed" for a in chosen))
        if chosen:
            self.detail.setText(alert_text(chosen[0]))
        else:
            self.detail.setText(self.tr("Select an alert to read its whole message here."))

    # -- data ----------------------------------------------------------------------------------

    @property
    def showing_history(self) -> bool:
        return self.view_tabs.currentIndex() == 1

    def show_history(self, history: bool) -> None:
        """Switch between the inbox (open alerts) and the history (resolved and dismissed)."""
        self.view_tabs.setCurrentIndex(1 if history else 0)

    def refresh(self) -> None:
        store, today, history = self.ctx.store, self.today(), self.showing_history
        self.ctx.tasks.run(
            lambda _p, _c: list_alerts(store, as_of=today, include_closed=history),
            lambda alerts: self._loaded(alerts, history),
        )

    def _loaded(self, alerts: list[AlertView], history: bool) -> None:
        if history != self.showing_history:
            return  # the other tab was chosen meanwhile: its own load follows
        self._all = [a for a in alerts if a.state != "open"] if history else alerts
        self.table.setColumnHidden(COL_STATE, not history)
        # Current's actions, or History's: what is past is restored, not read or dismissed
        self.read_button.setVisible(not history)
        self.dismiss_button.setVisible(not history)
        self.restore_button.setVisible(history)
        self._apply()

    def _apply(self) -> None:
        kind, severity = self.kind_box.currentData(), self.severity_box.currentData()
        unread = self.unread_only.isChecked()
        shown = [
            a
            for a in self._all
            if (kind is None or a.kind == kind)
            and (severity is None or a.severity == severity)
            and not (unread and a.read)
        ]
        reload_rows(self.table, self.model, shown)
        self._select_wanted()
        self._select_next()
        unread_count = sum(1 for a in self._all if not a.read and not a.dismissed)
        self.count.setText(self.tr("%n unread", "", unread_count))
        if shown:
            self.stack.show_content()
        elif self._all:
            self.stack.show_empty(
                self.tr("No alerts match these filters."), self.tr("Show all"), self.show_all
            )
        elif self.showing_history:
            self.stack.show_empty(
                self.tr("No past alerts yet. Alerts move here once they are resolved or "
                        "dismissed."),
                self.tr("Show open alerts"),
                lambda: self.show_history(False),
            )  # fmt: skip
        else:
            self.stack.show_empty(
                self.tr("Nothing needs your attention. finapp checks after each import and "
                        "every hour."),
                self.tr("Check now"),
                self.check_now,
            )  # fmt: skip

    def show_all(self) -> None:
        """Every kind and severity, read or not (the filters' starting state)."""
        for widget in (self.kind_box, self.severity_box, self.unread_only):
            widget.blockSignals(True)
        self.kind_box.setCurrentIndex(0)
        self.severity_box.setCurrentIndex(0)
        self.unread_only.setChecked(False)
        for widget in (self.kind_box, self.severity_box, self.unread_only):
            widget.blockSignals(False)
        self._apply()

    def apply_filter(self, filters: dict[str, Any]) -> None:
        """Keys: kind, severity, alert_id (selects that alert)."""
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(filters.get("kind"))))
        self.severity_box.setCurrentIndex(
            max(0, self.severity_box.findData(filters.get("severity")))
        )
        # opened from a notification the page may still be loading: selected once it arrives
        self._wanted = filters.get("alert_id")
        self._select_wanted()

    def _select_wanted(self) -> None:
        for row, alert in enumerate(self.model.rows()):
            if alert.id == self._wanted:
                self.table.selectRow(row)
                self._wanted = None

    # -- actions -------------------------------------------------------------------------------

    def selected(self) -> list[AlertView]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row(r) for r in rows]

    def dismiss_selected(self) -> None:
        """Dismiss the selected alerts; the one after them is selected next (with the keyboard
        if the list had it), as in a mail client, so Delete can go down the list."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if rows and not self.showing_history:
            self._next_row = (rows[0], self.table.hasFocus())
            # one edit: Edit ▸ Undo brings them all back, which the status bar says (the row
            # only vanished, and a dismissal by mistake looked final)
            told = self.tr(
                "Dismissed %n alert(s). Edit ▸ Undo (Ctrl+Z) undoes this; History keeps "
                "dismissed alerts.",
                "",
                len(rows),
            )
            self._act(dismiss_alerts, told)

    def restore_selected(self) -> None:
        """Bring the selected dismissed alerts back; the status bar says where they went (an
        alert that no longer holds stays in History, now as resolved)."""
        chosen = [a.id for a in self.selected() if a.state == "dismissed"]
        if not chosen:
            return
        store, today = self.ctx.store, self.today()

        def work(_progress: ProgressFn, _cancel: threading.Event) -> list[str]:
            return restore(store, chosen, today)

        def done(states: list[str]) -> None:
            back, resolved = states.count("open"), len(states) - states.count("open")
            told = [self.tr("%n alert(s) back under Current.", "", back)] if back else []
            if resolved:
                told.append(
                    self.tr("%n no longer hold: kept in History as resolved.", "", resolved)
                )
            self.ctx.bus.data_changed.emit(Changes.of(bus.ALERTS))
            self.ctx.bus.message.emit("info", " ".join(told))

        self.selection.run(self.ctx.tasks, work, done)

    def _select_next(self) -> None:
        """After a dismiss: the row that took the first dismissed one's place (else the last)."""
        if self._next_row is None or self.table.selectionModel().hasSelection():
            return
        row, focused = self._next_row
        self._next_row = None
        count = self.model.rowCount()
        if not count:
            return
        index = self.model.index(min(row, count - 1), 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().setCurrentIndex(
            index, flags | QItemSelectionModel.SelectionFlag.Rows
        )
        if focused:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _act(self, action: Callable[[Store, list[int]], object], told: str = "") -> None:
        """``action`` on the selected alerts, all at once; ``told`` said once it is done."""
        chosen = [a.id for a in self.selected()]
        if not chosen:
            return
        store = self.ctx.store

        def work(_progress: ProgressFn, _cancel: threading.Event) -> None:
            action(store, chosen)

        def done(_result: object) -> None:
            self.ctx.bus.data_changed.emit(Changes.of(bus.ALERTS))
            if told:
                self.ctx.bus.message.emit("info", told)

        self.selection.run(self.ctx.tasks, work, done)

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self.open_alert(chosen[0])

    def _open_index(self, index: QModelIndex) -> None:
        self.open_alert(self.model.row(index.row()))

    def open_alert(self, alert: AlertView) -> None:
        """Jump to what the alert concerns, and count it as read."""
        target = target_of(alert)
        if not alert.read:
            store = self.ctx.store
            self.ctx.tasks.run(
                lambda _p, _c: mark_read(store, alert.id),
                lambda _r: self.ctx.bus.data_changed.emit(Changes.of(bus.ALERTS)),
            )
        if target is not None:
            self.ctx.bus.navigate.emit(*target)

    def today(self) -> date:
        """The day the alerts are listed and judged as of: the one given, else the window's
        clock's, the day its scheduled checks judge (a list worded "renews tomorrow" by the
        check is not reworded "today" by another clock)."""
        return self._today or self.ctx.clock.today()

    def check_now(self) -> None:
        store, today = self.ctx.store, self.today()
        self.ctx.tasks.run(
            lambda _p, _c: evaluate_alerts(store, today),
            lambda _r: self.ctx.bus.data_changed.emit(Changes.of(bus.ALERTS)),
        )
