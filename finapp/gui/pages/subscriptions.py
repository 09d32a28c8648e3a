"""Subscriptions: every recurring stream in its group, what it costs, and the user's decisions.

The streams are grouped — Subscriptions, Bills, Regular spending, Income, Transfers between own
accounts (see :mod:`finapp.core.stream_groups` for what puts a stream in which group) — each
header with its count and what its active streams come to a year and a month. Regular spending,
income and transfers are folded at first (they are not what one comes here to cut); the user's
folding is remembered. A transfer
between the user's own accounts is one row, from the paying account to the receiving one.

Every action on a stream is a button and an entry of the row's context menu (right click, the
Menu key or Shift+F10); ``page.menu.add`` (:mod:`finapp.gui.widgets.row_actions`) adds one.

Under the tree a line says how far the data behind the statuses goes: a stream is judged as of
the day its account's statements end, so "Stopped" or a next date already past can mean "no
newer statement yet" rather than "no longer charged", and the user is told which.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from finapp.core.stream_groups import BILLS, HABITS, INCOME, SUBSCRIPTIONS, TRANSFERS
from finapp.errors import FinappError, InvalidInputError
from finapp.gui import bus
from finapp.gui.context import AppContext
from finapp.gui.dialogs.subscription_audit import SubscriptionAuditDialog
from finapp.gui.models.formatting import format_money
from finapp.gui.models.grouped_model import Group
from finapp.gui.models.subscriptions_model import (
    SubscriptionsModel,
    group_hint,
    group_title,
)
from finapp.gui.name_words import shown_name
from finapp.gui.pages.base import Page, register_page
from finapp.gui.pages.payee_rename import ask_rename_payee
from finapp.gui.pages.subscriptions_add import AddSubscriptionDialog, ManualSubscription
from finapp.gui.pages.subscriptions_calendar import RenewalsCalendar
from finapp.gui.pages.subscriptions_cancel import CancelledOnDialog
from finapp.gui.pages.subscriptions_coverage import CoverageNote, coverage_text
from finapp.gui.pages.subscriptions_edit import (
    ReviewDateDialog,
    SplitDialog,
    choice_labels,
    merge_candidates,
)
from finapp.gui.pages.tables import page_shortcut
from finapp.gui.widgets.asking import ask_item, ask_text
from finapp.gui.widgets.empty_state import EmptyStack
from finapp.gui.widgets.focus_return import open_answerable
from finapp.gui.widgets.grouped_tree import GroupedTree
from finapp.gui.widgets.row_actions import RowActions
from finapp.progress import ProgressFn
from finapp.services import subscriptions as service
from finapp.services.accounts import list_accounts
from finapp.services.changes import Changes
from finapp.services.kept_calendar import kept_calendar_path
from finapp.services.subscription_charges import MemberCharge, member_charges
from finapp.services.subscription_groups import (
    PlacedStream,
    one_per_transfer,
    place,
    summaries,
)
from finapp.services.subscriptions import SubscriptionView, Totals, counted, sum_totals
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

COL_NAME, COL_CADENCE, COL_NEXT, COL_PAID_FROM, COL_NOTES = 0, 2, 3, 5, 7
#: the UiState key of the fold state, and the groups folded until the user says otherwise
FOLDS = "subscriptions"
FOLDED_AT_FIRST = (HABITS, INCOME, TRANSFERS)


@register_page
class SubscriptionsPage(Page):
    NAME = "subscriptions"
    TITLE = QT_TRANSLATE_NOOP("Page", "Subscriptions")
    ICON = "subscriptions"
    SORT_ORDER = 30
    SHORTCUT = "Ctrl+3"
    WATCHES = frozenset({bus.SUBSCRIPTIONS, bus.TRANSACTIONS})

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(ctx, parent)
        #: the subscription asked for before its row had loaded
        self._wanted: object = None
        self._today = today
        self.model = SubscriptionsModel(self)
        self._build()
        self.refresh()

    def today(self) -> date:
        return self._today or self.ctx.clock.today()

    def _build(self) -> None:
        self.totals = QLabel(self)
        self.totals.setAccessibleName(self.tr("What subscriptions cost"))
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        font = self.totals.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.totals.setFont(font)
        self.show_dismissed = QCheckBox(self.tr("Show dismissed"), self)
        self.show_dismissed.toggled.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.totals, 1)
        top.addWidget(self.show_dismissed)

        ui = self.ctx.ui_state
        self.table = GroupedTree(
            self.model, self.tr("Subscriptions"),
            folded=ui.folded(FOLDS, FOLDED_AT_FIRST) if ui else set(FOLDED_AT_FIRST),
            on_folded=self._keep_folded,
            # words that wrap in a narrow window, the figures whole; the cadence's few words
            # widened before the accounts paying ("Every 4 weeks" on one line at 1280 pixels)
            flexible=(COL_NAME, COL_CADENCE, COL_PAID_FROM, COL_NOTES),
            whole_first=(COL_NOTES,),  # the warnings (charged after cancel, price up) whole
            # wrapped between their words, never inside one (每两个 / 月, 支付宝 · 花 / 呗)
            names=(COL_NAME, COL_CADENCE, COL_PAID_FROM),
            sort=(COL_NEXT, Qt.SortOrder.AscendingOrder),  # soonest renewal first
            columns=(ui, "subscriptions"),  # widths the user dragged, as Transactions keeps its
            parent=self,
        )  # fmt: skip
        self.table.doubleClicked.connect(self._show_charges)
        self.menu = RowActions(self, self.table, "subscription")
        self.selection, self.row_actions = self.menu.selection, self.menu.on_row
        self.buttons = self.menu.buttons
        self.stack = EmptyStack(self.table, self)
        self.coverage = CoverageNote(self)

        added: dict[str, QAction] = {}
        for row, name, text, slot, needs_row in (
            (0, "confirm", self.tr("&Confirm"), lambda: self._act(service.confirm), True),
            (0, "dismiss", self.tr("&Dismiss"), lambda: self._act(service.dismiss), True),
            (0, "cancel", self.tr("&Mark cancelled"), self.mark_cancelled, True),
            (0, "rename", self.tr("&Rename…"), self.ask_rename, True),
            (0, "merge", self.tr("Mer&ge with…"), self.ask_merge, True),
            (0, "split", self.tr("&Split…"), self.ask_split, True),
            (0, "review", self.tr("Re&view date…"), self.ask_review_date, True),
            (1, "reminders", self.tr("Remi&nders…"), self.ask_reminders, True),
            (1, "charges", self.tr("Show c&harges"),
             lambda: self._show_charges(self._index()), True),
            (1, "add", self.tr("Add…"), self.ask_add, False),
            (1, "audit", self.tr("Audit…"), self.open_audit, False),
            (1, "export", self.tr("Export calendar (.ics)…"),
             lambda: self.calendar.ask_export(), False),
            (1, "keep", self.tr("Keep a calendar file up to date…"),
             lambda: self.calendar.toggle_keeping(), False),
        ):  # fmt: skip
            added[name] = self.menu.add(name, text, slot, row=row, on_row=needs_row)
        # the payee's own name, on every page (the row menu only: the buttons are full)
        payee = QAction(self.tr("Rename &payee everywhere…"), self)
        payee.setObjectName("subscription-rename-payee")
        payee.triggered.connect(self.ask_rename_payee)
        self.row_actions.insert(self.row_actions.index(added["rename"]) + 1, payee)
        self.selection.add(payee)
        self.calendar: RenewalsCalendar = RenewalsCalendar(
            self, self.ctx, self.today, self.buttons["keep"]
        )

        page_shortcut(
            self, "Return", self._open_current, self.tr("Show the subscription's charges")
        )
        # rename, as in a file manager
        page_shortcut(self, "F2", self.ask_rename, self.tr("Rename the subscription"))
        page_shortcut(self, "Ctrl+N", self.ask_add, self.tr("Add a subscription"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.coverage)
        for buttons in self.menu.button_rows:
            layout.addLayout(buttons)

    def _keep_folded(self, folded: set[str]) -> None:
        """Kept with the window's state; without one, only while the page lives."""
        if self.ctx.ui_state is not None:
            self.ctx.ui_state.set_folded(FOLDS, folded)
            self.ctx.ui_state.sync()

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        store, dismissed, today = self.ctx.store, self.show_dismissed.isChecked(), self.today()

        def work(
            _progress: ProgressFn, _cancel: threading.Event
        ) -> tuple[list[PlacedStream], Path | None]:
            # reads only: detection runs when the history changes (imports), not on every look
            subs = service.stored_subscriptions(store, include_dismissed=dismissed)
            return one_per_transfer(place(store, subs, today)), kept_calendar_path(store)

        self.ctx.tasks.run(work, self._loaded)

    def _loaded(self, result: tuple[list[PlacedStream], Path | None]) -> None:
        placed, kept = result
        self.calendar.show_kept(kept)
        groups = summaries(placed)
        self.table.reload(
            [
                Group(s.group, group_title(s), [p for p in placed if p.group == s.group],
                      group_hint(s.group))
                for s in groups
                if s.count
            ],
            key=lambda row: row.view.id,
        )  # fmt: skip
        self._select_wanted()
        spending = (p.view for p in placed if p.group in (SUBSCRIPTIONS, BILLS) and counted(p.view))
        self.totals.setText(self._totals_text(sum_totals(spending)))
        self.coverage.show_for([p.view for p in placed], self.today())
        if placed:
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
        # one currency's totals are read together: a narrow window wraps between currencies,
        # never inside one's ("… a / year")
        return "&nbsp;&nbsp; ".join(
            '<span style="white-space:nowrap">{}</span>'.format(
                html.escape(
                    fill(
                        self.tr("%1 a month · %2 a year (%3 active)"),
                        (
                            format_money(t.per_month, t.currency),
                            format_money(t.per_year, t.currency),
                            str(t.count),
                        ),
                    )
                )
            )
            for t in totals
        )

    def coverage_text(self, subscriptions: list[SubscriptionView]) -> str:
        """How far the statements behind ``subscriptions`` go, as the note under them says."""
        return coverage_text(subscriptions, self.today())

    def apply_filter(self, filters: dict[str, Any]) -> None:
        """Keys: subscription_id (selects that subscription).

        Opened from elsewhere (the tray menu, the Dashboard) the page may still be loading:
        the subscription is then selected as soon as its row arrives.
        """
        self._wanted = filters.get("subscription_id")
        self._select_wanted()

    def _select_wanted(self) -> None:
        """Select the wanted stream (or the transfer row it is the receiving side of)."""
        wanted = self._wanted
        if wanted is not None and self.table.select(
            lambda row: wanted in (row.view.id, row.other_side and row.other_side.id)
        ):
            self._wanted = None

    # -- actions -------------------------------------------------------------------------------

    def _index(self) -> QModelIndex:
        return self.table.currentIndex()

    def selected_row(self) -> PlacedStream | None:
        rows = self.table.selected_rows()
        return rows[0] if rows else None

    def selected(self) -> SubscriptionView | None:
        row = self.selected_row()
        return row.view if row else None

    def _write(self, work: Callable[[], object]) -> None:
        self.selection.run(self.ctx.tasks, lambda _p, _c: work(), self._written)

    def _written(self, result: object) -> None:
        """The acted-on row shows its new state at once and stays selected; the reload follows.
        A row the action made (split off, added) is selected once it arrives."""
        if isinstance(result, SubscriptionView):
            if self.model.find(lambda row: row.view.id == result.id).isValid():
                self.model.replace_view(result)
            else:
                self._wanted = result.id
        self.ctx.bus.data_changed.emit(Changes.of(bus.SUBSCRIPTIONS, bus.ALERTS))
        self.ctx.bus.alerts_affected.emit()

    def _act(
        self, action: Callable[..., object], *args: object, sub: SubscriptionView | None = None
    ) -> None:
        """Run ``action(store, id, *args)`` on ``sub`` (default: the selected stream)."""
        sub = sub or self.selected()
        if sub is None:
            self.ctx.bus.message.emit("info", self.tr("Select a subscription first."))
            return
        store, sub_id = self.ctx.store, sub.id
        self._write(lambda: action(store, sub_id, *args))

    def mark_cancelled(self) -> None:
        """Ask the day it was cancelled (its first charge found off the UI thread): a charge
        on or after that day is flagged."""
        sub = self.selected()
        if sub is None:
            return
        store = self.ctx.store
        self.ctx.tasks.run(
            lambda _p, _c: min((c.posted for c in member_charges(store, sub.id)), default=None),
            lambda first: self._ask_cancelled_on(sub, first),
        )

    def _ask_cancelled_on(self, sub: SubscriptionView, first_charge: date | None) -> None:
        dialog = CancelledOnDialog(sub, self.today(), first_charge, self)
        dialog.accepted.connect(lambda: self._act(service.cancel, dialog.value(), sub=sub))
        open_answerable(dialog)

    def ask_rename(self) -> None:
        sub = self.selected()
        if sub is None:
            return
        shown = shown_name(sub.name)

        def rename(name: str) -> None:
            if " ".join(name.split()) != shown:  # kept as shown: its found name, in any language
                self._act(service.rename, name)

        ask_text(self, self.tr("Rename"), self.tr("Name"), rename,
                 object_name="rename-subscription", text=shown)  # fmt: skip

    def ask_rename_payee(self) -> None:
        """Rename the selected stream's payee: its lines, this and its other streams, alerts."""
        sub = self.selected()
        if sub is not None:
            ask_rename_payee(self.ctx, self.selection, sub.merchant, sub.name)

    def ask_merge(self) -> None:
        """Choose the stream that is really the same as the selected one; the selected one
        stays (its name, its decisions) and takes the other's charges."""
        keep = self.selected_row()
        if keep is None:
            return
        others = merge_candidates(keep, self.model.rows())
        if keep.view.manual or not others:
            self.ctx.bus.message.emit(
                "info", self.tr("There is no other detected subscription to merge it with.")
            )
            return
        labels = choice_labels(others)
        ask_item(
            self, self.tr("Merge with…"),
            fill(self.tr("%1 stays and takes over the charges of:"), (shown_name(keep.view.name),)),
            labels,
            lambda label: self._act(service.merge, others[labels.index(label)].view.id,
                                    sub=keep.view),
            object_name="merge-subscription",
        )  # fmt: skip

    def ask_split(self) -> None:
        """Tick the charges that are a subscription of their own (read off the UI thread)."""
        sub = self.selected()
        if sub is None:
            return
        store = self.ctx.store
        self.ctx.tasks.run(
            lambda _p, _c: member_charges(store, sub.id),
            lambda charges: self._open_split(sub, charges),
        )

    def _open_split(self, sub: SubscriptionView, charges: list[MemberCharge]) -> None:
        if len(charges) < 2:
            self.ctx.bus.message.emit(
                "info",
                fill(self.tr("%1 has no charges to split off."), (shown_name(sub.name),)),
            )
            return
        dialog = SplitDialog(sub, charges, self)
        dialog.accepted.connect(lambda: self._act(service.split, dialog.chosen(), sub=sub))
        open_answerable(dialog)

    def ask_review_date(self) -> None:
        """The day to decide whether it should go on renewing (or none)."""
        sub = self.selected()
        if sub is None:
            return
        dialog = ReviewDateDialog(sub, self.today(), self)
        dialog.accepted.connect(lambda: self._act(service.set_review_date, dialog.value(), sub=sub))
        open_answerable(dialog)

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
        """The form, offering the user's accounts (read off the UI thread) to pay it from."""
        store = self.ctx.store
        self.ctx.tasks.run(
            lambda _p, _c: [account.name for account in list_accounts(store)], self._open_add
        )

    def _open_add(self, accounts: list[str]) -> None:
        dialog = AddSubscriptionDialog(self.today(), accounts, self)
        dialog.accepted.connect(lambda: self._add_from(dialog))
        open_answerable(dialog)

    def _add_from(self, dialog: AddSubscriptionDialog) -> None:
        try:
            self.add_manual(dialog.value())
        except FinappError as exc:
            self.ctx.tasks.report(exc)

    def add_manual(self, new: ManualSubscription) -> None:
        store = self.ctx.store
        self._write(
            lambda: service.add_manual(
                store,
                new.name,
                new.amount,
                new.cadence,
                new.next_date,
                account=new.account,
                kind=new.kind,
                payee=new.payee,
            )
        )

    def open_audit(self) -> None:
        """Each active subscription's cost, overlaps and review, to keep or cancel."""
        dialog = SubscriptionAuditDialog(self.ctx, self.today(), self)
        open_answerable(dialog)

    @property
    def kept_calendar(self) -> Path | None:
        """The .ics file kept in step, once loaded."""
        return self.calendar.kept

    def _open_current(self) -> None:
        """Enter: a stream's charges, or a group header folded or unfolded."""
        index = self._index()
        if self.model.group_of(index) is not None:
            self.table.setExpanded(index, not self.table.isExpanded(index))
        else:
            self._show_charges(index)

    def _show_charges(self, index: QModelIndex) -> None:
        """The stream's charges on the Transactions page (a transfer's, on both accounts)."""
        row = self.model.row_at(index)
        if row is None:
            return
        sub = row.view
        ids = [*sub.transaction_ids, *(row.other_side.transaction_ids if row.other_side else ())]
        if ids:
            filters: dict[str, object] = {"transaction_ids": ids}
        else:  # added by hand: no linked charges, look for its name
            filters = {"text": shown_name(sub.name)}
        self.ctx.bus.navigate.emit("transactions", filters)


def parse_offsets(text: str) -> list[int] | None:
    """``"30, 7, 1"`` → [30, 7, 1]; empty means the default reminders (None)."""
    parts = [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
    if not parts:
        return None
    try:
        return [int(part) for part in parts]
    except ValueError:
        raise InvalidInputError(f"Not a list of days: {text!r} (e.g. 30,7,1)") from None
