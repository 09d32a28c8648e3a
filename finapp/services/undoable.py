"""Making an edit service function undoable: record what it changes, and remember it.

:func:`undoable` wraps an edit (setting a category, a note, a rule, a budget…): while it runs,
:mod:`finapp.store.journal` records the inverse of every row it changes, and afterwards the
edit is kept in the store's edit journal with a code naming the action and the facts each face
words it with. Undo and redo are :mod:`finapp.services.edit_history`; this module is apart so
that any edit service can wear the decorator without importing what undo needs (the alerts).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from datetime import datetime
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import delete, select

from finapp.store import journal
from finapp.store.engine import Store
from finapp.store.schema import EditJournal

#: how many edits the journal keeps (the oldest go first)
KEPT_EDITS = 100

P = ParamSpec("P")
R = TypeVar("R")


def undoable(
    action: str,
    describe: Callable[..., dict[str, str]],
    *,
    before: Callable[..., dict[str, str]] | None = None,
) -> Callable[[Callable[Concatenate[Store, P], R]], Callable[Concatenate[Store, P], R]]:
    """Make an edit service function undoable as ``action``, named by ``describe(result, store,
    *args, **kwargs)`` and, for facts the edit itself changes (a payee's name before a rename),
    ``before(store, *args, **kwargs)`` read before it runs. Called within another undoable
    edit, it is part of that edit. An edit that changed nothing is not remembered."""

    def wrap(edit: Callable[Concatenate[Store, P], R]) -> Callable[Concatenate[Store, P], R]:
        @functools.wraps(edit)
        def recorded(store: Store, /, *args: P.args, **kwargs: P.kwargs) -> R:
            if journal.active() is not None:
                return edit(store, *args, **kwargs)
            named = before(store, *args, **kwargs) if before is not None else {}
            with journal.recording() as done:
                result = edit(store, *args, **kwargs)
            if done.statements:
                params = {**named, **describe(result, store, *args, **kwargs)}
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


def forget_edits(store: Store) -> None:
    """Clear the journal: the rows its statements point at are being rewritten (an import, an
    undone import, a restore, a wipe, the demo)."""
    with store.write() as session:
        session.execute(delete(EditJournal))
