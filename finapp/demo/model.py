"""What the demo generator returns: statements as importers produce them, and the truth."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from finapp.core.subscription_states import Status, StreamKind
from finapp.importers.base import ParsedStatement


@dataclass(frozen=True, slots=True)
class TruthPriceChange:
    date: date  # billing date of the first charge at the new price
    old: Decimal
    new: Decimal


@dataclass(frozen=True, slots=True)
class TruthStream:
    """A recurring stream as the generator made it, seen from the last day of the history.

    ``fitids`` are the stream's transactions in its account's statement; ``next_date`` is the
    next billing date not yet posted (None once cancelled); ``amount`` is the latest (signed).
    """

    name: str
    kind: StreamKind
    cadence: str
    account: str
    amount: Decimal
    next_date: date | None
    status: Status
    fitids: tuple[str, ...]
    price_changes: tuple[TruthPriceChange, ...] = ()
    started_after_trial: bool = False


@dataclass(frozen=True, slots=True)
class Household:
    """One household's statements over ``start`` .. ``end`` and its recurring streams."""

    seed: int
    start: date
    end: date
    statements: tuple[ParsedStatement, ...]
    truth: tuple[TruthStream, ...]

    @property
    def transaction_count(self) -> int:
        return sum(len(s.transactions) for s in self.statements)
