"""The charts' "all currencies, converted" view: the reports' rows in the base currency.

Each month's figures convert at the rates in force at that month's end (a balance at those of
its day's month), with the rates the user keeps (:mod:`finapp.services.rates`); a currency with
no rate is never guessed at: its rows are left out and named, so the view can say so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Protocol, TypeVar

from finapp.core.budgets import next_month
from finapp.core.conversion import RateBook
from finapp.services.rates import rate_books
from finapp.store.engine import Store

#: the currency choice that charts every currency converted to the base one
CONVERTED = "*converted*"


class _Row(Protocol):
    """A report's row (a named tuple): its currency and minor-unit fields."""

    @property
    def currency(self) -> str: ...

    @property  # a named tuple's own, whose keywords are its fields
    def _replace(self) -> Callable[..., Any]: ...


R = TypeVar("R", bound=_Row)


@dataclass
class Converter:
    """Converts report rows' minor-unit fields to ``base`` with each month's rates."""

    base: str
    books: dict[str, RateBook]  # by month, "YYYY-MM"
    #: currencies that had no rate for some month: their rows were left out
    missing: set[str] = field(default_factory=set)
    #: currencies whose rows were converted (the base's own are not): an empty set means the
    #: view holds the base currency's own figures only, nothing to mark as converted
    used: set[str] = field(default_factory=set)

    def rows(self, rows: Sequence[R], fields: Sequence[str], months: Iterable[str]) -> list[R]:
        """``rows`` with ``fields`` in the base currency (``months``: each row's month); rows
        without a rate are left out and their currency noted in :attr:`missing`."""
        out: list[R] = []
        for row, month in zip(rows, months, strict=True):
            book = self.books[month]
            converted = [
                book.convert(getattr(row, name), row.currency, self.base) for name in fields
            ]
            if any(one is None for one in converted):
                self.missing.add(row.currency)
                continue
            if row.currency != self.base:
                self.used.add(row.currency)
            amounts = {
                name: one.minor
                for name, one in zip(fields, converted, strict=True)
                if one is not None
            }
            out.append(row._replace(currency=self.base, **amounts))
        return out


def month_end(month: str) -> date:
    """The last day of ``month`` (``YYYY-MM``)."""
    return next_month(date.fromisoformat(f"{month}-01")) - timedelta(days=1)


def converter(store: Store, months: Iterable[str], base: str) -> Converter:
    """A converter to ``base`` (the household's base currency) with the rates in force at
    each of ``months``' ends."""
    ends = {month: month_end(month) for month in set(months)}
    with store.read() as session:
        books = rate_books(session, ends.values())
    return Converter(base, {month: books[day] for month, day in ends.items()})
