""" "Rename payee…": the user's own name for a merchant, asked for from any page that lists it.

The transactions page (a row's context menu) and the subscriptions page ask the same thing the
same way; the name is saved off the UI thread and every page showing payees reloads:
transactions, subscriptions, alerts (which name their payee as it is named now) and charts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from finapp.gui.context import AppContext
from finapp.gui.name_words import shown_name
from finapp.gui.widgets.actions import SelectionActions
from finapp.gui.widgets.asking import ask_text
from finapp.services.changes import Changes, Kind
from finapp.services.payee_list import payee_of
from finapp.services.payee_names import Meant, rename_payee
from finapp.store.engine import Store
from finapp.tr_marks import fill

#: what a payee's new name changes on screen
RENAMED = Changes.of(Kind.TRANSACTIONS, Kind.SUBSCRIPTIONS, Kind.ALERTS)


def _whole(store: Store, merchant: Meant) -> Meant:
    """A line's merchant key stands for its whole payee (every descriptor of DoorDash), as the
    Payees page lists it: renamed alone, the others would be left a payee of the old name."""
    return payee_of(store, merchant) if isinstance(merchant, str) else merchant


def ask_rename_payee(
    ctx: AppContext, actions: SelectionActions, merchant: Meant, shown_as: str
) -> None:
    """Ask for ``merchant``'s name (now ``shown_as``) and save it; a blank name goes back to
    the name found from its statement lines. ``merchant`` is a key, or all the keys of one
    row of the payees list."""
    if not merchant:
        ctx.bus.message.emit(
            "info", QCoreApplication.translate("PayeeRename", "This line names no payee to rename.")
        )
        return
    store = ctx.store
    shown_as = shown_name(shown_as)

    def save(name: str) -> None:
        if " ".join(name.split()) == shown_as:
            return  # kept as shown: the name found from the lines, in any language, stays it
        actions.run(
            ctx.tasks,
            lambda _p, _c: rename_payee(store, _whole(store, merchant), name),
            lambda _views: ctx.bus.data_changed.emit(RENAMED),
        )

    ask_text(
        actions.page,
        QCoreApplication.translate("PayeeRename", "Rename payee"),
        fill(
            QCoreApplication.translate(
                "PayeeRename",
                "Show “%1” everywhere as (leave empty for the name found on the statements):",
            ),
            (shown_as,),
        ),
        save,
        object_name="rename-payee",
        text=shown_as,
    )
