"""The facts that name an edit in the Edit menu and ``finapp edits``: whose lines it touched.

An edit of one payee's lines is named by the payee as the app shows it ("Undo Category of
Netflix", the user's own name for the merchant first); an edit of several payees' lines by how
many lines ("Undo Note of 3 transactions"). Each face words the action from these facts.
"""

from __future__ import annotations

from collections.abc import Iterable

from finapp.services.payee_names import StoreNames
from finapp.store.engine import Store


def lines_named(store: Store, transaction_ids: Iterable[int]) -> dict[str, str]:
    """``{"payee": name}`` when the lines share the name shown, else ``{"count": "n"}``."""
    ids = list(dict.fromkeys(transaction_ids))
    with store.read() as session:
        shown = set(StoreNames(session).of_lines(ids).values())
    if len(shown) == 1:
        return {"payee": shown.pop()}
    return {"count": str(len(ids))}
