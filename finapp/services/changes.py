"""What an operation changed, so each face (window pages, tray) refreshes just what concerns it.

Every operation that writes returns its result with a :class:`Changes` (Anki's ``OpChanges``):
which kinds of data it touched, the alerts it raised and the files it could not read without a
column mapping. The desktop app hands it to every page, and a page reloads only when a kind it
shows is among them; reading never writes, so nothing else needs announcing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Kind(StrEnum):
    """A kind of data an operation can change."""

    TRANSACTIONS = "transactions"
    SUBSCRIPTIONS = "subscriptions"
    ALERTS = "alerts"
    BUDGETS = "budgets"
    CATEGORIES = "categories"
    ACCOUNTS = "accounts"
    SETTINGS = "settings"
    GOALS = "goals"


@dataclass(frozen=True, slots=True)
class Changes:
    kinds: frozenset[Kind] = frozenset()
    #: alerts the operation raised (to notify once)
    new_alert_ids: tuple[int, ...] = ()
    #: statement files refused only because their CSV layout needs a column mapping
    needs_mapping: tuple[Path, ...] = ()

    @classmethod
    def of(cls, *kinds: Kind) -> Changes:
        return cls(frozenset(kinds))

    def touches(self, watched: Iterable[Kind]) -> bool:
        """Whether any of ``watched`` changed."""
        return not self.kinds.isdisjoint(watched)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds,
            self.new_alert_ids + other.new_alert_ids,
            self.needs_mapping + other.needs_mapping,
        )

    def __bool__(self) -> bool:
        return bool(self.kinds or self.new_alert_ids or self.needs_mapping)


#: what importing statements (or undoing an import) can change
IMPORT = Changes.of(Kind.TRANSACTIONS, Kind.ACCOUNTS, Kind.SUBSCRIPTIONS, Kind.ALERTS, Kind.BUDGETS)
