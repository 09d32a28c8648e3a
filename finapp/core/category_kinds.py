"""What a category holds, named once: spending, earnings, or money moved between the user's own
accounts.

A leaf module (it imports nothing of finapp) because the CLI's parser lists these words in
``--help`` before anything else is loaded, and because every report decides by them what counts
as income, spending or neither. A ``StrEnum`` whose values are the words the store and the
CLI's JSON have always held, so a member compares equal to a kind read back from a row.
"""

from __future__ import annotations

from enum import StrEnum


class CategoryKind(StrEnum):
    """A category's kind, and the class a report files each transaction under: a transfer is
    neither spending nor income, and an uncategorized line is income or spending by its sign.
    The GUI words each (``finapp.gui.pages.settings_categories``)."""

    EXPENSE = "expense"
    INCOME = "income"
    TRANSFER = "transfer"
