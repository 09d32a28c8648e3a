""" "Note…" and "Tags…": the user's own words and tags on the selected transactions.

Both ask without blocking (:mod:`finapp.gui.widgets.asking`), save off the UI thread, and
announce a change of transactions, so the table reloads with the note and tags in it. With
several rows selected, the note is written on each; the tags field shows the tags they all
share, and what is typed there becomes what they all share: a tag added goes on every row, a
shared tag deleted comes off every row, and a tag only some of them carry stays where it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from finapp.core.tags import parse_tags, shown
from finapp.errors import InvalidInputError
from finapp.gui.context import AppContext
from finapp.gui.error_texts import error_text
from finapp.gui.widgets.actions import SelectionActions
from finapp.gui.widgets.asking import Icon, ask_text, tell
from finapp.services import annotations as notes_service


def ask_note(
    ctx: AppContext, actions: SelectionActions, ids: Sequence[int], notes: Sequence[str]
) -> None:
    """Ask for the note of the transactions ``ids`` (their notes now: ``notes``); an empty
    note clears it."""
    store, ids = ctx.store, list(ids)
    current = notes[0] if len(set(notes)) == 1 else ""

    def save(text: str) -> None:
        if text.strip() == current and len(set(notes)) == 1:
            return
        actions.run(
            ctx.tasks,
            lambda _p, _c: notes_service.set_note(store, ids, text),
            lambda done: ctx.bus.data_changed.emit(done.changes),
        )

    ask_text(
        actions.page,
        QCoreApplication.translate("TransactionNotes", "Note"),
        QCoreApplication.translate(
            "TransactionNotes",
            "Your note on %n transaction(s) (leave empty for none):",
            "",
            len(ids),
        ),
        save,
        object_name="transaction-note",
        text=current,
    )


def ask_tags(
    ctx: AppContext, actions: SelectionActions, ids: Sequence[int], tags: Sequence[str]
) -> None:
    """Ask for the tags of the transactions ``ids`` (each one's tags now, as shown, in
    ``tags``): what they all share is shown and edited."""
    store, ids = ctx.store, list(ids)
    shared = set.intersection(*(set(parse_tags(t)) for t in tags)) if tags else set()
    ordered = sorted(shared)

    def save(text: str) -> None:
        try:
            typed = parse_tags(text)
        except InvalidInputError as refused:  # said, then asked again with the text as typed
            tell(actions.page, QCoreApplication.translate("TransactionNotes", "Tags"),
                 error_text(refused), object_name="tags-refused",
                 icon=Icon.Warning, then=lambda: ask_again(text))  # fmt: skip
            return
        added, removed = [t for t in typed if t not in shared], sorted(shared - set(typed))
        if added or removed:
            actions.run(ctx.tasks, lambda _p, _c: notes_service.retag(store, added, removed, ids),
                        lambda _done: ctx.bus.data_changed.emit(notes_service.CHANGES))  # fmt: skip

    def ask_again(text: str) -> None:
        ask_text(
            actions.page,
            QCoreApplication.translate("TransactionNotes", "Tags"),
            QCoreApplication.translate(
                "TransactionNotes",
                "Tags of %n transaction(s), separated by spaces, such as #holiday-2026 #tax:",
                "",
                len(ids),
            ),
            save,
            object_name="transaction-tags",
            text=text,
        )

    ask_again(" ".join(map(shown, ordered)))
