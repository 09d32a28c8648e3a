"""Dismissing an alert is an edit of the user's, undone and redone like the others, while the
alerts themselves stay derived: only their dismissed flag is journaled, so an alert read, raised
or resolved between an undo and its redo does not stop the redo, and ``finapp edits`` names it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from finapp.cli.commands.edits_cmd import edit_words
from finapp.services import edit_history
from finapp.services.accounts import set_low_balance_threshold
from finapp.services.alerts import (
    AlertView,
    dismiss,
    evaluate_alerts,
    list_alerts,
    mark_read,
    restore,
)
from finapp.store.engine import Store
from tests.undo.ledger import Household

AS_OF = date(2026, 2, 27)  # the household's last statement day


def _low_balance(store: Store) -> AlertView:
    """The warning a high threshold on the checking account raises, unread."""
    set_low_balance_threshold(store, "Checking …3456", Decimal("99999"))
    evaluate_alerts(store, AS_OF)
    edit_history.forget_edits(store)
    return next(a for a in list_alerts(store, as_of=AS_OF) if a.kind == "low_balance")


def _now(store: Store, alert_id: int) -> AlertView:
    """The alert as listed today: an undo judges the alerts as of today, and the balance still
    low is then told as of the statement's last balance (28 February), after ``AS_OF``."""
    alerts = list_alerts(store, include_closed=True)
    return next(a for a in alerts if a.id == alert_id)


def test_undo_brings_the_alert_back_read_and_redo_dismisses_it_even_after_it_was_opened(
    household: Household,
) -> None:
    store = household.store
    low = _low_balance(store)
    assert not low.read
    dismiss(store, low.id)
    entry = edit_history.next_undo(store)
    assert entry is not None and entry.action == "alert_dismiss"
    words = edit_words(entry)  # the sentence as the alert reads today, "was at … on …"
    assert words.startswith("dismissing alert “Checking …3456 ") and "4370.19 USD" in words

    edit_history.undo(store)
    back = _now(store, low.id)
    assert not back.dismissed and back.read  # seen, as a restored alert is
    mark_read(store, low.id)  # opened again meanwhile: no "changed since"
    edit_history.redo(store)
    assert _now(store, low.id).dismissed


def test_a_restore_from_history_is_undone_before_the_dismissal_under_it(
    household: Household,
) -> None:
    store = household.store
    low = _low_balance(store)
    dismiss(store, low.id)
    restore(store, [low.id], AS_OF)
    assert not _now(store, low.id).dismissed
    edit_history.undo(store)  # the restore
    assert _now(store, low.id).dismissed
    edit_history.undo(store)  # the dismissal
    assert not _now(store, low.id).dismissed
    assert edit_history.next_undo(store) is None
