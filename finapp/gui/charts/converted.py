"""The charts' "all currencies, converted" view: the reports' frames in the base currency.

Each month's figures convert at the rates in force at that month's end (a balance at those of
its day's month), with the rates the user keeps (:mod:`finapp.services.rates`); a currency with
no rate is never guessed at: its rows are left out and named, so the view can say so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from finapp.core.conversion import RateBook
from finapp.services.rates import rate_books
from finapp.store.engine import Store

#: the currency choice that charts every currency converted to the base one
CONVERTED = "*converted*"


@dataclass
class Converter:
    """Converts frames' minor-unit columns to ``base`` with each month's rates."""

    base: str
    books: dict[str, RateBook]  # by month, "YYYY-MM"
    #: currencies that had no rate for some month: their rows were left out
    missing: set[str] = field(default_factory=set)
    #: currencies whose rows were converted (the base's own are not): an empty set means the
    #: view holds the base currency's own figures only, nothing to mark as converted
    used: set[str] = field(default_factory=set)

    def frame(self, frame: pd.DataFrame, columns: list[str], months: pd.Series) -> pd.DataFrame:
        """``frame`` with ``columns`` in the base currency (``months``: each row's month);
        rows without a rate are dropped and their currency noted in :attr:`missing`."""
        kept: list[int] = []
        values: dict[str, list[int]] = {column: [] for column in columns}
        # read out as plain lists once: a cell read through pandas costs more than converting it
        amounts_of = [frame[column].tolist() for column in columns]
        rows = zip(frame["currency"].tolist(), months.tolist(), strict=True)
        for position, (currency, month) in enumerate(rows):
            book = self.books[month]
            converted = [book.convert(int(amounts[position]), currency, self.base)
                         for amounts in amounts_of]  # fmt: skip
            amounts = [one.minor for one in converted if one is not None]
            if len(amounts) < len(converted):
                self.missing.add(str(currency))
                continue
            kept.append(position)
            if currency != self.base:
                self.used.add(str(currency))
            for column, minor in zip(columns, amounts, strict=True):
                values[column].append(minor)
        out = frame.iloc[kept].copy()
        for column in columns:
            out[column] = pd.Series(values[column], index=out.index, dtype="int64")
        out["currency"] = self.base
        return out


def converter(store: Store, months: Iterable[str], base: str) -> Converter:
    """A converter to ``base`` (the household's base currency) with the rates in force at
    each of ``months``' ends."""
    ends = {month: pd.Period(month, "M").end_time.date() for month in set(months)}
    with store.read() as session:
        books = rate_books(session, ends.values())
    return Converter(base, {month: books[day] for month, day in ends.items()})
