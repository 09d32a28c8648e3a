"""Converting money between currencies at the rates the user keeps, never at a guessed one.

A :class:`Rate` says "1 ``currency`` was worth ``rate`` ``base`` on ``as_of``". A
:class:`RateBook` holds the rates in force on one day (the latest of each pair on or before it)
and converts an amount along the freshest path it has: the pair itself, either way round, or
through one shared currency — the European Central Bank publishes everything per euro, so
dollars become yuan through the euro. No path means no conversion: the amount is reported as
missing, not converted at a stale or made-up figure.

Rates stay ``Decimal``; only the result is rounded, half-even, to the target currency's unit
(:func:`finapp.core.money.to_minor`). Every converted figure carries the rates it used so the
interface can mark it as converted and show them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from finapp.core.money import from_minor, to_minor

#: the source of a rate the user typed (a file's rates carry the file's name)
ENTERED = "entered"


@dataclass(frozen=True, slots=True)
class Rate:
    """1 ``currency`` was worth ``rate`` ``base`` on ``as_of``, by ``source``."""

    currency: str
    base: str
    rate: Decimal
    as_of: date
    source: str = ENTERED


@dataclass(frozen=True, slots=True)
class Leg:
    """One rate used in a conversion, forwards (currency -> base) or inverted."""

    rate: Rate
    inverted: bool

    @property
    def factor(self) -> Decimal:
        return 1 / self.rate.rate if self.inverted else self.rate.rate


@dataclass(frozen=True, slots=True)
class Conversion:
    """``source_minor`` in ``source`` is ``minor`` in ``target``, by ``legs`` (none: same
    currency, nothing converted)."""

    source: str
    source_minor: int
    target: str
    minor: int
    legs: tuple[Leg, ...]

    @property
    def converted(self) -> bool:
        return bool(self.legs)


@dataclass(frozen=True, slots=True)
class Total:
    """A sum over several currencies in ``currency``.

    ``parts`` are each currency's own figure converted (the per-currency view stays at hand);
    ``missing`` are the currencies with no rate on the day, left out of ``minor`` and named so
    the interface can say the total is incomplete rather than silently short.
    """

    currency: str
    minor: int
    parts: tuple[Conversion, ...]
    missing: Mapping[str, int]

    @property
    def converted(self) -> bool:
        return any(part.converted for part in self.parts)

    @property
    def rates(self) -> tuple[Rate, ...]:
        """Each rate used, once, in the order first used."""
        return tuple(dict.fromkeys(leg.rate for part in self.parts for leg in part.legs))

    @property
    def amount(self) -> Decimal:
        return from_minor(self.minor, self.currency)


class RateBook:
    """The rates in force on one day: the latest of each pair on or before it.

    Built from any rates (older ones of a pair are dropped; on the same day a rate the user
    entered wins over a file's). Knows no dates itself: the caller picks the rates of the day.
    """

    def __init__(self, rates: Iterable[Rate]) -> None:
        self._pairs: dict[tuple[str, str], Rate] = {}
        for rate in rates:
            key = (rate.currency, rate.base)
            held = self._pairs.get(key)
            if held is None or _rank(rate) > _rank(held):
                self._pairs[key] = rate
        self._by_currency: dict[str, list[Leg]] = {}
        for rate in self._pairs.values():
            self._by_currency.setdefault(rate.currency, []).append(Leg(rate, inverted=False))
            self._by_currency.setdefault(rate.base, []).append(Leg(rate, inverted=True))

    @property
    def rates(self) -> tuple[Rate, ...]:
        return tuple(self._pairs.values())

    def legs(self, source: str, target: str) -> tuple[Leg, ...] | None:
        """The rates that take ``source`` to ``target``: () for the same currency, None when no
        rate connects them. Of several paths the one whose oldest rate is newest wins, then the
        shorter (a pair's own rate before a cross rate of the same day)."""
        if source == target:
            return ()
        paths: list[tuple[Leg, ...]] = [(leg,) for leg in self._from(source) if _to(leg) == target]
        paths += [
            (first, second)
            for first in self._from(source)
            if _to(first) != target
            for second in self._from(_to(first))
            if _to(second) == target
        ]
        if not paths:
            return None
        return max(paths, key=lambda path: (min(leg.rate.as_of for leg in path), -len(path)))

    def convert(self, minor: int, source: str, target: str) -> Conversion | None:
        """``minor`` units of ``source`` in ``target``, rounded half-even to its unit; None when
        no rate connects them."""
        legs = self.legs(source, target)
        if legs is None:
            return None
        if not legs:
            return Conversion(source, minor, target, minor, ())
        amount = from_minor(minor, source)
        for leg in legs:
            amount *= leg.factor
        return Conversion(source, minor, target, to_minor(amount, target), legs)

    def total(self, amounts: Mapping[str, int], target: str) -> Total:
        """The sum of ``amounts`` (minor units per currency) in ``target``: each currency's sum
        converted once, then added, so rounding happens once per currency. A currency whose
        sum is zero adds nothing and needs no rate."""
        parts: list[Conversion] = []
        missing: dict[str, int] = {}
        for currency in sorted(c for c, minor in amounts.items() if minor or c == target):
            converted = self.convert(amounts[currency], currency, target)
            if converted is None:
                missing[currency] = amounts[currency]
            else:
                parts.append(converted)
        return Total(target, sum(p.minor for p in parts), tuple(parts), missing)

    def _from(self, currency: str) -> list[Leg]:
        return self._by_currency.get(currency, [])


def _to(leg: Leg) -> str:
    return leg.rate.currency if leg.inverted else leg.rate.base


def _rank(rate: Rate) -> tuple[date, bool]:
    return rate.as_of, rate.source == ENTERED
