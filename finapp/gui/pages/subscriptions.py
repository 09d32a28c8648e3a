"""Subscriptions: every recurring charge, what it costs a year, and the user's decisions.

Under the table a line says how far the data behind the statuses goes: a stream is judged as
of the day its account's statements end, so "Stopped" or a next date already past can mean
"no newer statement yet" rather than "no longer charged", and the user is told which.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from finapp.errors import FinappError, InvalidInputError
from finapp.gui import bus
from finapp.gui.context import AppContext
from finapp.gui.dialogs.subscription_audit import SubscriptionAuditDialog
from finapp.gui.models.formatting import format_money
from finapp.gui.models.subscriptions_model import SubscriptionsModel
from finapp.gui.pages.base import Page, register_page
from finapp.gui.pages.subscriptions_add import AddSubscriptionDialog, ManualSubscription
from finapp.gui.pages.tables import make_table, page_shortcut, reload_rows
from finapp.gui.widgets.actions import SelectionActions
from finapp.gui.widgets.asking import ask_text, choose_save_file
from finapp.gui.widgets.empty_state import EmptyStack
from finapp.services import subscriptions as service
from finapp.services.calendar_export import export_renewals
from finapp.services.changes import Changes
from finapp.services.kept_calendar import (
    keep_calendar,
    kept_calendar_path,
    stop_keeping_calendar,
)
from finapp.services.subscriptions import SubscriptionView, Totals

COL_NAME, COL_NEXT, COL_NOTES = 0, 4, 7


def parse_offsets(text: str) -> list[int] | None:
    """``"30, 7, 1"`` → [30, 7, 1]; empty means the default reminders (None)."""
    parts = [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
    if not parts:
        return None
    try:
        return [int(part) for part in parts]
    except ValueError:
        raise InvalidInputError(f"Not a list of days: {text!r} (e.g. 30,7,1)") from None


@register_page
class SubscriptionsPage(Page):
    NAME = "subscriptions"
    TITLE = QT_TRANSLATE_NOOP("Page", "Subscriptions")
    ICON = "subscriptions"
    SORT_ORDER = 30
    SHORTCUT = "Ctrl+3"
    WATCHES = frozenset({bus.SUBSCRIPTIONS, bus.TRANSACTIONS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None):
        super().__init__(ctx, parent)
        #: the subscription asked for before its row had loaded
        self._wanted: object = None
        self._today = today
        self.kept_calendar: Path | None = None  # the .ics file kept in step, once loaded
        self.model = SubscriptionsModel(self)
        self._build()
        self.refresh()

    def today(self) -> date:
        return self._today or date.today()

    def _build(self) -> None:
        self.totals = QLabel(self)
        self.totals.setAccessibleName(self.tr("What subscriptions cost"))
        self.totals.setWordWrap(True)
        font = self.totals.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.totals.setFont(font)
        self.show_dismissed = QCheckBox(self.tr("Show dismissed"), self)
        self.show_dismissed.toggled.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.totals, 1)
        top.addWidget(self.show_dismissed)

        self.table = make_table(
            self, self.model, self.tr("Subscriptions"), stretch=(COL_NAME, COL_NOTES),
            sort=(COL_NEXT, Qt.SortOrder.AscendingOrder),  # soonest renewal first
        )  # fmt: skip
        self.table.doubleClicked.connect(self._show_charges)
        self.stack = EmptyStack(self.table, self)
        self.coverage = QLabel(self)
        self.coverage.setObjectName("subscriptions-coverage")
        self.coverage.setAccessibleName(self.tr("How far the statements go"))
        self.coverage.setWordWrap(True)
        self.coverage.hide()

        first = QHBoxLayout()
        second = QHBoxLayout()
        on_selection: list[QPushButton] = []
        self.buttons: dict[str, QPushButton] = {}
        for row, name, text, slot, needs_row in (
            (first, "confirm", self.tr("Confirm"), lambda: self._act(service.confirm), True),
            (first, "dismiss", self.tr("Dismiss"), lambda: self._act(service.dismiss), True),
            (first, "cancel", self.tr("Mark cancelled"), self.mark_cancelled, True),
            (first, "rename", self.tr("Rename…"), self.ask_rename, True),
            (second, "reminders", self.tr("Reminders…"), self.ask_reminders, True),
            (second, "charges", self.tr("Show charges"),
             lambda: self._show_charges(self._index()), True),
            (second, "add", self.tr("Add…"), self.ask_add, False),
            (second, "audit", self.tr("Audit…"), self.open_audit, False),
            (second, "export", self.tr("Export calendar (.ics)…"), self.ask_export, False),
            (second, "keep", self.tr("Keep a calendar file up to date…"), self.toggle_keeping,
             False),
        ):  # fmt: skip
            button = QPushButton(text, self)
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
            if needs_row:
                on_selection.append(button)
        first.addStretch(1)
        second.addStretch(1)
        self.actions = SelectionActions(self, self.table, on_selection)

        page_shortcut(self, "Return", lambda: self._show_charges(self._index()))
        page_shortcut(self, "Ctrl+N", self.ask_add)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.coverage)
        layout.addLayout(first)
        layout.addLayout(second)

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        store, dismissed = self.ctx.store, self.show_dismissed.isChecked()

        def work(_progress, _cancel):  # type: ignore[no-untyped-def]
            # reads only: detection runs when the history changes (imports), not on every look
            subs = service.stored_subscriptions(store, include_dismissed=dismissed)
            return subs, service.totals_of(subs), kept_calendar_path(store)  # dismissed: no

        self.ctx.tasks.run(work, self._loaded)

    def _loaded(self, result: tuple[list[SubscriptionView], list[Totals], Path | None]) -> None:
        subscriptions, totals, kept = result
        self._show_kept(kept)
        reload_rows(self.table, self.model, subscriptions)
        self._select_wanted()
        self.totals.setText(self._totals_text(totals))
        coverage = self.coverage_text(subscriptions)
        self.coverage.setText(coverage)
        self.coverage.setVisible(bool(coverage))
        if subscriptions:
            self.stack.show_content()
        else:
            self.stack.show_empty(
                self.tr("No recurring charges found yet. finapp finds subscriptions and bills "
                        "in a few months of statements."),
                self.tr("Import statements…"),
                self.ctx.bus.import_requested.emit,
            )  # fmt: skip

    def _totals_text(self, totals: list[Totals]) -> str:
        if not totals:
            return self.tr("No active subscriptions")
        return "   ".join(
            self.tr("%1 a month · %2 a year (%3 active)")
            .replace("%1", format_money(t.per_month, t.currency))
            .replace("%2", format_money(t.per_year, t.currency))
            .replace("%3", str(t.count))
            for t in totals
        )

    def coverage_text(self, subscriptions: list[SubscriptionView]) -> str:
        """"Judged as of 31 Oct 2026, where Sapphire Visa's statements end.": the accounts of
        the listed streams whose statements end before today, each with its last day; empty
        when every one reaches today (or the streams were added by hand)."""
        today = self.today()
        ends: dict[date, list[str]] = {}
        for sub in subscriptions:
            if sub.account and sub.covered_until is not None and sub.covered_until < today:
                names = ends.setdefault(sub.covered_until, [])
                if sub.account not in names:
                    names.append(sub.account)
        if not ends:
            return ""
        if len(ends) == 1:
            ((day, names),) = ends.items()
            if len(names) == 1:
                text = self.tr("Judged as of %1, where %2's statements end.")
            else:
                text = self.tr("Judged as of %1, where the statements of %2 end.")
            return text.replace("%1", self._day(day)).replace(
                "%2", self.tr(", ").join(sorted(names, key=str.casefold))
            )
        each = [
            self.tr("%1 on %2").replace("%1", name).replace("%2", self._day(day))
            for day, names in sorted(ends.items())
            for name in sorted(names, key=str.casefold)
        ]
        return self.tr("Judged as of where each account's statements end: %1.").replace(
            "%1", self.tr(", ").join(each)
        )

    def _day(self, day: date) -> str:
        # a QDate format: translators give their language's order, e.g. "yyyy年M月d日"
        return QLocale().toString(QDate(day.year, day.month, day.day), self.tr("d MMM yyyy"))

    def apply_filter(self, filters: dict) -> None:
        """Keys: subscription_id (selects that subscription).

        Opened from elsewhere (the tray menu, the Dashboard) the page may still be loading:
        the subscription is then selected as soon as its row arrives.
        """
        self._wanted = filters.get("subscription_id")
        self._select_wanted()

    def _select_wanted(self) -> None:
        for row, sub in enumerate(self.model.rows()):
            if sub.id == self._wanted:
                self.table.selectRow(row)
                self._wanted = None

    # -- actions -------------------------------------------------------------------------------

    def _index(self) -> QModelIndex:
        return self.table.currentIndex()

    def selected(self) -> SubscriptionView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _write(self, work: Callable[[], object]) -> None:
        self.actions.run(self.ctx.tasks, lambda _p, _c: work(), self._written)

    def _written(self, result: object) -> None:
        """The acted-on row shows its new state at once; the reload follows."""
        if isinstance(result, SubscriptionView):
            self.model.replace(result, lambda row: row.id == result.id)
        self.ctx.bus.data_changed.emit(Changes.of(bus.SUBSCRIPTIONS, bus.ALERTS))

    def _act(self, action: Callable[..., object], *args: object) -> None:
        sub = self.selected()
        if sub is None:
            self.ctx.bus.message.emit("info", self.tr("Select a subscription first."))
            return
        store = self.ctx.store
        self._write(lambda: action(store, sub.id, *args))

    def mark_cancelled(self) -> None:
        self._act(service.cancel, self.today())

    def ask_rename(self) -> None:
        sub = self.selected()
        if sub is None:
            return
        ask_text(
            self, self.tr("Rename"), self.tr("Name"), lambda name: self._act(service.rename, name),
            object_name="rename-subscription", text=sub.name,
        )  # fmt: skip

    def ask_reminders(self) -> None:
        sub = self.selected()
        if sub is None:
            return
        ask_text(
            self,
            self.tr("Reminders"),
            self.tr("Remind me this many days before each renewal (empty: the default)"),
            self.set_reminders,
            object_name="subscription-reminders",
            text=",".join(str(days) for days in sub.reminder_offsets),
        )

    def set_reminders(self, text: str) -> None:
        try:
            offsets = parse_offsets(text)
        except FinappError as exc:
            self.ctx.tasks.report(exc)
            return
        self._act(service.set_reminders, offsets)

    def ask_add(self) -> None:
        dialog = AddSubscriptionDialog(self.today(), self)
        dialog.accepted.connect(lambda: self._add_from(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _add_from(self, dialog: AddSubscriptionDialog) -> None:
        try:
            self.add_manual(dialog.value())
        except FinappError as exc:
            self.ctx.tasks.report(exc)

    def add_manual(self, new: ManualSubscription) -> None:
        store = self.ctx.store
        self._write(
            lambda: service.add_manual(
                store, new.name, new.amount, new.cadence, new.next_date, kind=new.kind
            )
        )

    def open_audit(self) -> None:
        """Each active subscription's cost, overlaps and review, to keep or cancel."""
        dialog = SubscriptionAuditDialog(self.ctx, self.today(), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def ask_export(self) -> None:
        choose_save_file(
            self, self.tr("Export renewals"), self.export_calendar,
            object_name="export-renewals", name="finapp-renewals.ics",
            filters=self.tr("Calendar (*.ics)"),
        )  # fmt: skip

    def export_calendar(self, path: Path) -> None:
        store, today = self.ctx.store, self.today()
        self.ctx.tasks.run(
            lambda _p, _c: export_renewals(store, path, today),
            lambda events: self.ctx.bus.message.emit(
                "info",
                self.tr("%n renewal(s) written to %1", "", events).replace("%1", str(path)),
            ),
        )

    # -- a calendar file kept in step ----------------------------------------------------------

    def _show_kept(self, kept: Path | None) -> None:
        """The button offers to keep a file, or names the kept one and offers to stop."""
        self.kept_calendar = kept
        button = self.buttons["keep"]
        if kept is None:
            text = self.tr("Keep a calendar file up to date…")
            button.setToolTip(
                self.tr("Choose an .ics file (e.g. in a synced folder your calendar app "
                        "subscribes to); finapp rewrites it after every change.")
            )  # fmt: skip
        else:
            text = self.tr("Stop updating %1").replace("%1", kept.name)
            button.setToolTip(self.tr("Kept up to date: %1").replace("%1", str(kept)))
        button.setText(text)
        button.setAccessibleName(text.rstrip("…"))

    def toggle_keeping(self) -> None:
        """Choose the file to keep (non-blocking chooser), or stop keeping the one kept."""
        if self.kept_calendar is None:
            choose_save_file(
                self, self.tr("Keep a calendar file up to date"), self.keep_calendar,
                object_name="keep-calendar", name="finapp-renewals.ics",
                filters=self.tr("Calendar (*.ics)"),
            )  # fmt: skip
            return
        store = self.ctx.store

        def stopped(kept: Path | None) -> None:
            self._show_kept(None)
            self.ctx.bus.message.emit(
                "info",
                self.tr("%1 is no longer kept up to date; the file stays.").replace(
                    "%1", str(kept)
                ),
            )

        self.ctx.tasks.run(lambda _p, _c: stop_keeping_calendar(store), stopped)

    def keep_calendar(self, path: Path) -> None:
        """Write ``path`` now and keep it in step from then on (the services rewrite it)."""
        store = self.ctx.store

        def kept(events: int) -> None:
            self._show_kept(path)
            self.ctx.bus.message.emit(
                "info",
                self.tr("%n event(s) written to %1; finapp rewrites it after every change.",
                        "", events).replace("%1", str(path)),
            )  # fmt: skip

        def failed(exc: Exception) -> None:
            if isinstance(exc, FinappError | OSError):
                self.ctx.bus.message.emit("warning", str(exc))
            else:
                self.ctx.tasks.report(exc)

        self.ctx.tasks.run(lambda _p, _c: keep_calendar(store, path), kept, failed)

    def _show_charges(self, index: QModelIndex) -> None:
        if index.isValid():
            sub = self.model.row(index.row())
            if sub.transaction_ids:
                filters: dict = {"transaction_ids": list(sub.transaction_ids)}
            else:  # added by hand: no linked charges, look for its name
                filters = {"text": sub.name}
            self.ctx.bus.navigate.emit("transactions", filters)
