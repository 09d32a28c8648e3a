"""The Accounts page's Close account… and Reopen account.

Closing writes the day through :mod:`finapp.services.account_closing` off the UI thread and
judges the subscriptions and alerts again there (a subscription only the closed account paid
has stopped; its balance warning and its request for statements resolve), then tells every
page that shows balances, subscriptions or alerts. Reopening needs no dialog: it is one step,
and Edit → Undo takes either back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from finapp.gui import bus
from finapp.gui.account_names import shown_account_name
from finapp.gui.context import AppContext
from finapp.gui.dialogs.close_account import ask_closing_day
from finapp.gui.models.formatting import format_date
from finapp.gui.widgets.actions import SelectionActions
from finapp.services.account_closing import close_account, reopen_account
from finapp.services.accounts import AccountView
from finapp.services.alerts import refresh_alerts
from finapp.services.changes import Changes
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

#: what a closing changes: balances (net worth, health, the forecast), statuses, warnings
CLOSING_CHANGES = (bus.ACCOUNTS, bus.SUBSCRIPTIONS, bus.ALERTS, bus.GOALS)
_CONTEXT = "AccountClosing"
#: the status bar's words once it is done
_OPENED = QT_TRANSLATE_NOOP("AccountClosing", "%1 is open again.")
_CLOSED = QT_TRANSLATE_NOOP(
    "AccountClosing", "%1 closed on %2: its balance counts as nothing from then."
)


def _told(ctx: AppContext, view: AccountView, alert_ids: tuple[int, ...]) -> None:
    ctx.bus.data_changed.emit(Changes(frozenset(CLOSING_CHANGES), alert_ids))
    name = shown_account_name(view.name)
    if view.closed_on is None:
        text = fill(QCoreApplication.translate(_CONTEXT, _OPENED), (name,))
    else:
        closed = QCoreApplication.translate(_CONTEXT, _CLOSED)
        text = fill(closed, (name, format_date(view.closed_on)))
    ctx.bus.message.emit("info", text)


def _write(
    ctx: AppContext, selection: SelectionActions, account: str, closing: date | None
) -> None:
    """Close ``account`` on ``closing`` (None: open it again), then judge the alerts."""
    store = ctx.store

    def work() -> tuple[AccountView, tuple[int, ...]]:
        if closing is None:
            view = reopen_account(store, account)
        else:
            view = close_account(store, account, closing)
        return view, tuple(alert.id for alert in refresh_alerts(store))

    selection.run(ctx.tasks, lambda _p, _c: work(), lambda done: _told(ctx, *done))


def ask_close_account(
    page: QWidget, ctx: AppContext, selection: SelectionActions, account: AccountView
) -> None:
    """Close account…: the day it closed, asked in a dialog; written on OK."""
    ask_closing_day(page, account, lambda day: _write(ctx, selection, account.name, day))


def reopen(ctx: AppContext, selection: SelectionActions, account: AccountView) -> None:
    """Reopen account: the account counts again as it did before it was closed."""
    _write(ctx, selection, account.name, None)
