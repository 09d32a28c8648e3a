"""Undo and redo of the user's edits, kept in the store's edit journal.

An edit service function wears :func:`undoable` (:mod:`finapp.services.undoable`): while it
runs, :mod:`finapp.store.journal` records the inverse of every row it changes, and afterwards
the edit is remembered with a code naming the action and the facts each face words it with
("Undo Category of Netflix"). Undoing runs the recorded statements backwards, which records the
statements that redo it, and back.
The journal lives in the encrypted store, so the command line and the window share it and a
mistaken edit can still be undone after a restart — until an import, undoing an import, a
restore, a wipe or the demo rewrite the rows its statements point at (:func:`forget_edits`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, load_only

from finapp.errors import FinappError, Problem
from finapp.services.changes import Changes, Kind
from finapp.services.kept_calendar import refresh_kept_calendar
from finapp.services.undoable import forget_edits, undoable
from finapp.store import journal
from finapp.store.engine import Store
from finapp.store.journal import ChangedSinceError
from finapp.store.schema import EditJournal

__all__ = [
    "EditEntry",
    "EditOutcome",
    "edit_undone",
    "forget_edits",
    "list_edits",
    "next_redo",
    "next_undo",
    "redo",
    "undo",
    "undoable",
]

#: edits of what no alert reads (a line's note, its tags): undoing or redoing one judges no
#: alerts, which on ten years of history take a few tenths of a second. An alert kind that comes
#: to read notes or tags takes its edit out of here.
_UNREAD_BY_ALERTS = frozenset({"note", "tags"})
#: the table whose rows hold the day an account closed, which subscriptions are judged by
_CLOSING_DAY_READ = "accounts"
#: what a change to each journaled table means to the pages; alerts are judged again anyway
_KINDS: dict[str, tuple[Kind, ...]] = {
    "accounts": (Kind.ACCOUNTS,),
    "balances": (Kind.ACCOUNTS,),
    "statement_periods": (Kind.ACCOUNTS,),
    "categories": (Kind.CATEGORIES,),
    "rules": (Kind.CATEGORIES, Kind.TRANSACTIONS),
    "transactions": (Kind.TRANSACTIONS, Kind.BUDGETS),
    "transaction_splits": (Kind.TRANSACTIONS, Kind.BUDGETS),
    "transaction_tags": (Kind.TRANSACTIONS,),
    "merchant_names": (Kind.TRANSACTIONS, Kind.SUBSCRIPTIONS),
    "merchant_aliases": (Kind.TRANSACTIONS, Kind.SUBSCRIPTIONS),
    "subscriptions": (Kind.SUBSCRIPTIONS,),
    "subscription_members": (Kind.SUBSCRIPTIONS,),
    "budgets": (Kind.BUDGETS,),
    "goals": (Kind.GOALS,),
    "goal_accounts": (Kind.GOALS,),
    "settings": (Kind.SETTINGS,),
    "csv_profiles": (Kind.SETTINGS,),
    "exchange_rates": (Kind.SETTINGS,),
}


@dataclass(frozen=True, slots=True)
class EditEntry:
    """One remembered edit: its code and the facts that name it."""

    id: int
    action: str
    params: dict[str, str]


@dataclass(frozen=True, slots=True)
class EditOutcome:
    """What an undo or redo did: the edit, and what it changed (alerts judged again, but
    after an edit of what no alert reads)."""

    entry: EditEntry
    changes: Changes


def _entry(row: EditJournal) -> EditEntry:
    return EditEntry(row.id, row.action, dict(json.loads(row.params or "{}")))


#: what names an edit, without its statements (a large edit's run to megabytes): the menu and
#: the list ask for this after every change
_NAMING = load_only(EditJournal.id, EditJournal.action, EditJournal.params, EditJournal.undone)


def _next(session: Session, *, undone: bool, naming_only: bool = False) -> EditJournal | None:
    order = EditJournal.id.asc() if undone else EditJournal.id.desc()
    query = select(EditJournal).where(EditJournal.undone.is_(undone)).order_by(order).limit(1)
    return session.scalars(query.options(_NAMING) if naming_only else query).first()


def next_undo(store: Store) -> EditEntry | None:
    """The edit Undo would take back: the newest not undone."""
    with store.read() as session:
        row = _next(session, undone=False, naming_only=True)
        return _entry(row) if row is not None else None


def next_redo(store: Store) -> EditEntry | None:
    """The edit Redo would do again: the oldest undone."""
    with store.read() as session:
        row = _next(session, undone=True, naming_only=True)
        return _entry(row) if row is not None else None


def edit_undone(store: Store, edit_id: int) -> bool | None:
    """Whether edit ``edit_id`` is undone now; None once the journal no longer holds it (an
    import cleared it, or a hundred later edits pushed it out). A note about an edit ("Filed 60
    transactions…", with Undo) asks this to know whether what it says is still true."""
    with store.read() as session:
        return session.scalar(select(EditJournal.undone).where(EditJournal.id == edit_id))


def list_edits(store: Store) -> list[tuple[EditEntry, bool]]:
    """The journal newest first, each edit with whether it is undone."""
    with store.read() as session:
        newest_first = select(EditJournal).order_by(EditJournal.id.desc()).options(_NAMING)
        rows = session.scalars(newest_first).all()
        return [(_entry(row), row.undone) for row in rows]


def undo(store: Store) -> EditOutcome:
    """Take back the newest edit not undone; refused when there is none or its rows changed."""
    return _turn(store, undoing=True)


def redo(store: Store) -> EditOutcome:
    """Do again the oldest undone edit; refused when there is none or its rows changed."""
    return _turn(store, undoing=False)


def _turn(store: Store, *, undoing: bool) -> EditOutcome:
    try:
        with store.write() as session:
            row = _next(session, undone=not undoing)
            if row is None:
                raise _nothing(undoing)
            statements = json.loads(row.undo_sql if undoing else row.redo_sql)
            opposite = journal.applied(session, statements)
            session.execute(
                update(EditJournal)
                .where(EditJournal.id == row.id)
                .values(
                    undone=undoing,
                    **(
                        {"redo_sql": json.dumps(opposite, ensure_ascii=False)}
                        if undoing
                        else {"undo_sql": json.dumps(opposite, ensure_ascii=False)}
                    ),
                )
            )
            entry = _entry(row)
    except ChangedSinceError:
        _drop_stale(store, undoing)
        raise
    tables = journal.tables_of(statements)
    kinds = {kind for table in tables for kind in _KINDS.get(table, ())}
    if entry.action in _UNREAD_BY_ALERTS:
        return EditOutcome(entry, Changes(frozenset(kinds)))
    # imported here: listing the edits (``finapp edits``, the Edit menu) judges no alerts
    from finapp.services.alerts import evaluate_alerts, refresh_alerts

    if Kind.SUBSCRIPTIONS in kinds:
        refresh_kept_calendar(store)  # as every subscription decision does
    if _CLOSING_DAY_READ in tables:  # an account closed or opened again: its streams judged
        kinds.add(Kind.SUBSCRIPTIONS)
        raised = refresh_alerts(store)
    else:
        raised = evaluate_alerts(store)
    return EditOutcome(
        entry, Changes(frozenset({*kinds, Kind.ALERTS}), tuple(a.id for a in raised))
    )


def _nothing(undoing: bool) -> FinappError:
    if undoing:
        return FinappError(Problem("edit.nothing_to_undo", "there is no edit to undo"))
    return FinappError(Problem("edit.nothing_to_redo", "there is no undone edit to redo"))


def _drop_stale(store: Store, undoing: bool) -> None:
    """After a refusal, forget the edit that cannot be taken back and every older one (their
    statements lie under it); a redo refused leaves no branch to redo either: all goes."""
    if not undoing:
        forget_edits(store)
        return
    with store.write() as session:
        newest = _next(session, undone=False)
        if newest is not None:
            session.execute(delete(EditJournal).where(EditJournal.id <= newest.id))
