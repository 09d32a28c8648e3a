"""Where a card's credit limit comes from, named once: the user set it, or the latest statement
stating one gave it.

A leaf module (it imports nothing of finapp) because the cards service decides by it and the
Health page marks a limit by it. A ``StrEnum`` whose values are the words the CLI's JSON
(``limit_source``) has always held.
"""

from __future__ import annotations

from enum import StrEnum


class LimitSource(StrEnum):
    """A card limit's source. The user's limit wins over a statement's; clearing it lets the
    statement's count again. The Health page marks each (``finapp.gui.pages.health_cards``)."""

    USER = "user"
    STATEMENT = "statement"
