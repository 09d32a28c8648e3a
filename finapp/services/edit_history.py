"""Undo and redo of the user's edits, kept in the store's edit journal.

An edit service function wears :func:`undoable`: while it runs, :mod:`finapp.store.journal`
records the inverse of every row it changes, and afterwards the edit is remembered with a code
naming the action and the facts each face words it with ("Undo Category of Netflix"). Undoing
runs the recorded statements backwards, which records the statements that redo it, and back.
The journal lives in the encrypted store, so the command line and the window share it and a
mistaken edit can still be undone after a restart — until an import, undoing an import, a
restore, a wipe or the demo rewrite the rows its statements point at (:func:`forget_edits`).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from finapp.errors import FinappError, Problem
from finapp.services.alerts import evaluate_alerts
from finapp.services.changes import Changes, Kind
from finapp.store import journal
from finapp.store.engine import Store
from finapp.store.journal import ChangedSinceError
from finapp.store.schema import EditJournal

#: how many edits the journal keeps (the oldest go first)
KEPT_EDITS = 100

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
}

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class EditEntry:
    """One remembered edit: its code and the facts that name it."""

    id: int
    action: str
    params: dict[str, str]


@dataclass(frozen=True, slots=True)
class EditOutcome:
    """What an undo or redo did: the edit, and what it changed (alerts judged again)."""

    entry: EditEntry
    changes: Changes


def undoable(
    action: str, describe: Callable[..., dict[str, str]]
) -> Callable[[Callable[Concatenate[Store, P], R]], Callable[Concatenate[Store, P], R]]:
    """Make an edit service function undoable as ``action``, named by ``describe(result, store,
    *args, **kwargs)``. Called within another undoable edit, it is part of that edit. An edit
    that changed nothing is not remembered."""

    def wrap(edit: Callable[Concatenate[Store, P], R]) -> Callable[Concatenate[Store, P], R]:
        @functools.wraps(edit)
        def recorded(store: Store, *args: P.args, **kwargs: P.kwargs) -> R:
            if journal.active() is not None:
                return edit(store, *args, **kwargs)
            with journal.recording() as done:
                result = edit(store, *args, **kwargs)
            if done.statements:
                params = describe(result, store, *args, **kwargs)
                _remember(store, action, params, done.statements)
            return result

        return recorded

    return wrap


def _remember(store: Store, action: str, params: dict[str, str], statements: list[str]) -> None:
    """Keep a new edit: the undone ones (the redo branch) go, and all but the newest kept."""
    with store.write() as session:
        session.execute(delete(EditJournal).where(EditJournal.undone.is_(True)))
        session.add(
            EditJournal(
                action=action,
                params=json.dumps(params, ensure_ascii=False),
                undo_sql=json.dumps(statements, ensure_ascii=False),
                redo_sql="[]",
                undone=False,
                created_at=datetime.now(),
            )
        )
        session.flush()
        kept = select(EditJournal.id).order_by(EditJournal.id.desc()).limit(KEPT_EDITS)
        session.execute(delete(EditJournal).where(EditJournal.id.not_in(kept)))


def _entry(row: EditJournal) -> EditEntry:
    return EditEntry(row.id, row.action, dict(json.loads(row.params or "{}")))


def _next(session: Session, *, undone: bool) -> EditJournal | None:
    order = EditJournal.id.asc() if undone else EditJournal.id.desc()
    return session.scalars(
        select(EditJournal).where(EditJournal.undone.is_(undone)).order_by(order).limit(1)
    ).first()


def next_undo(store: Store) -> EditEntry | None:
    """The edit Undo would take back: the newest not undone."""
    with store.read() as session:
        row = _next(session, undone=False)
        return _entry(row) if row is not None else None


def next_redo(store: Store) -> EditEntry | None:
    """The edit Redo would do again: the oldest undone."""
    with store.read() as session:
        row = _next(session, undone=True)
        return _entry(row) if row is not None else None


def list_edits(store: Store) -> list[tuple[EditEntry, bool]]:
    """The journal newest first, each edit with whether it is undone."""
    with store.read() as session:
        rows = session.scalars(select(EditJournal).order_by(EditJournal.id.desc())).all()
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
    raised = evaluate_alerts(store)
    kinds = {kind for table in journal.tables_of(statements) for kind in _KINDS.get(table, ())}
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


def forget_edits(store: Store) -> None:
    """Clear the journal: the rows its statements point at are being rewritten (an import, an
    undone import, a restore, a wipe, the demo)."""
    with store.write() as session:
        session.execute(delete(EditJournal))
