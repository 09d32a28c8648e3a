"""A split line's category as the command line writes it, shared by ``finapp split`` and
``finapp transactions`` without either loading the other (a listing loads one command)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from finapp.services.splits import SplitPartView

#: a part whose category was deleted since
DELETED = "(deleted category)"


def split_words(parts: Sequence[SplitPartView]) -> str:
    """``split: Food:Groceries, Shopping:Home``: one table cell naming every part."""
    return "split: " + ", ".join(p.category or DELETED for p in parts)
