"""Exchange rates the user keeps, and the household's base currency: what totals are shown in.

The use cases behind ``finapp rates`` and the Settings page's "Exchange rates…" dialog: list,
enter, remove and read rates from the European Central Bank's file
(:mod:`finapp.importers.ecb_rates`). Converting is :mod:`finapp.core.conversion`'s job; this
module picks the rates in force on a day from the store.

For a view that converts (a chart, a total), the whole recipe is::

    with store.read() as session:
        base = base_currency(session)          # the Settings page's choice, else the main one
        book = rate_book(session, day)         # the latest rate of each pair on or before day
    total = book.total({"USD": 120000, "EUR": 5000}, base)   # finapp.core.conversion.Total
    total.minor, total.converted, total.rates, total.missing

``book.convert(minor, currency, base)`` converts one amount (None: no rate, never a guess).
A :class:`~finapp.core.conversion.Total` marks itself ``converted`` when any rate was used:
show it as converted ("≈") and name ``total.rates``; ``total.missing`` lists currencies that
had no rate and were left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import CursorResult, delete, func, or_, select
from sqlalchemy.orm import Session

from finapp.core.conversion import ENTERED, Rate, RateBook
from finapp.core.money import parse_decimal
from finapp.errors import InvalidInputError, Problem
from finapp.services.automatic_currency import automatic_currency
from finapp.services.read_once import read_once
from finapp.services.settings import load_settings
from finapp.store.engine import Store
from finapp.store.schema import Account, ExchangeRate


def base_currency(session: Session) -> str:
    """The currency household totals are shown in: the user's setting, else the one most
    money moves in (income and spending, transfers aside), else the one most accounts use."""
    chosen = load_settings(session).base_currency
    return chosen or read_once(
        session, "automatic base currency", lambda: automatic_currency(session)
    )


def get_base_currency(store: Store) -> str:
    with store.read() as session:
        return base_currency(session)


@dataclass(frozen=True, slots=True)
class BaseChoice:
    """What the base currency setting offers: the setting (None: automatic), the currency
    automatic picks now, and the household's own currencies, most accounts first."""

    chosen: str | None
    automatic: str
    held: tuple[str, ...]


def base_choice(store: Store) -> BaseChoice:
    """The Settings page's base currency list: the currencies the household holds come first,
    so its own money is one click away."""
    with store.read() as session:
        chosen = load_settings(session).base_currency
        currencies = list(session.scalars(select(Account.currency)))
        held = sorted(set(currencies), key=lambda code: (-currencies.count(code), code))
        automatic = automatic_currency(session)
    return BaseChoice(chosen, automatic, tuple(held))


def _rate(row: ExchangeRate) -> Rate:
    return Rate(row.currency, row.base, Decimal(row.rate), row.as_of, row.source)


def rate_book(session: Session, day: date) -> RateBook:
    """The rates in force on ``day``: the latest of each pair on or before it."""
    return rate_books(session, [day])[day]


def rate_books(session: Session, days: Iterable[date]) -> dict[date, RateBook]:
    """The rates in force on each of ``days`` (a chart's month ends): the pairs are found
    once, then each pair's latest row on a day is one index seek, so a history file's
    thousands of days cost little more than the day's file."""
    pairs = session.execute(select(ExchangeRate.currency, ExchangeRate.base).distinct()).all()
    books = {}
    for day in days:
        ids = [
            select(ExchangeRate.id)
            .where(ExchangeRate.currency == currency, ExchangeRate.base == base)
            .where(ExchangeRate.as_of <= day)
            .order_by(ExchangeRate.as_of.desc())
            .limit(1)
            .scalar_subquery()
            for currency, base in pairs
        ]
        query = select(ExchangeRate).where(ExchangeRate.id.in_(ids))
        books[day] = RateBook(map(_rate, session.scalars(query)) if ids else ())
    return books


def rates_in_force(store: Store, day: date) -> RateBook:
    with store.read() as session:
        return rate_book(session, day)


def rate_fields(rate: Rate) -> dict[str, str]:
    """A rate as JSON fields: the rate as decimal text, exactly as kept."""
    return {"currency": rate.currency, "base": rate.base, "rate": str(rate.rate),
            "as_of": rate.as_of.isoformat(), "source": rate.source}  # fmt: skip


@dataclass(frozen=True, slots=True)
class KeptRate:
    """A pair's latest rate, with how many earlier days of it are kept."""

    rate: Rate
    earlier: int


def list_rates(store: Store) -> list[KeptRate]:
    """Each pair's latest rate, by currency then base (what the dialog and ``finapp rates``
    list; a history file's thousands of days stay behind as ``earlier``)."""
    with store.read() as session:
        book = rate_book(session, date.max)
        counts = dict(
            (tuple(key), count)
            for *key, count in session.execute(
                select(ExchangeRate.currency, ExchangeRate.base, func.count()).group_by(
                    ExchangeRate.currency, ExchangeRate.base
                )
            )
        )
    return [
        KeptRate(rate, counts[rate.currency, rate.base] - 1)
        for rate in sorted(book.rates, key=lambda r: (r.currency, r.base))
    ]


def _code(text: str) -> str:
    code = text.strip().upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        english = f"Not a currency code: {text!r} (expected e.g. EUR)"
        raise InvalidInputError(Problem("rate.bad_code", english, value=text))
    return code


def set_rate(store: Store, currency: str, rate: str, as_of: date | None = None) -> Rate:
    """Keep "1 ``currency`` = ``rate`` base currency" from ``as_of`` (default today), replacing
    a rate of the same pair and day. Bad input changes nothing."""
    code = _code(currency)
    value = parse_decimal(rate)
    if value <= 0:
        english = f"A rate must be above zero, got {rate!r}"
        raise InvalidInputError(Problem("rate.not_positive", english, value=rate))
    with store.write() as session:
        base = base_currency(session)
        if code == base:
            english = f"{code} is the base currency: its rate is always 1"
            raise InvalidInputError(Problem("rate.base", english, currency=code))
        kept = Rate(code, base, value, as_of or date.today(), ENTERED)
        _keep(session, [kept])
    return kept


def remove_rates(
    store: Store, currency: str, as_of: date | None = None, *, base: str | None = None
) -> int:
    """Forget every rate of ``currency`` (either side of a pair; with ``base``, that pair's
    only), or only those of ``as_of``; returns how many were removed. None kept is the user's
    mistake (a mistyped code), said."""
    code = _code(currency)
    if base is None:
        query = delete(ExchangeRate).where(
            or_(ExchangeRate.currency == code, ExchangeRate.base == code)
        )
    else:
        query = delete(ExchangeRate).where(
            ExchangeRate.currency == code, ExchangeRate.base == _code(base)
        )
    if as_of is not None:
        query = query.where(ExchangeRate.as_of == as_of)
    with store.write() as session:
        result = session.execute(query)
        assert isinstance(result, CursorResult)  # what a DELETE gives: it counts its rows
        removed = result.rowcount
    if not removed:
        on = f" on {as_of.isoformat()}" if as_of else ""
        raise InvalidInputError(f"No rate of {code}{on} is kept (see `finapp rates`)")
    return removed


@dataclass(frozen=True, slots=True)
class RatesRead:
    """What reading a rates file kept."""

    file: str
    rates: int
    currencies: tuple[str, ...]
    first: date
    last: date


def import_rates_file(store: Store, path: Path) -> RatesRead:
    """Keep every rate of the ECB file at ``path``, replacing those of the same pair and day.

    The file is read whole first: a bad line raises
    :class:`~finapp.importers.ecb_rates.RatesFileError` and keeps nothing."""
    from finapp.importers.ecb_rates import read_ecb_file  # the file's reader: only this reads one

    try:
        rates = read_ecb_file(path)
    except OSError as exc:
        why = exc.strerror or str(exc)
        english = f"Cannot read {path}: {why}"
        raise InvalidInputError(Problem("rate.unreadable", english, path=path, why=why)) from None
    with store.write() as session:
        _keep(session, rates)
    days = [r.as_of for r in rates]
    return RatesRead(
        path.name, len(rates), tuple(sorted({r.base for r in rates})), min(days), max(days)
    )


def _keep(session: Session, rates: list[Rate]) -> None:
    """Insert ``rates``, replacing a kept rate of the same pair and day.

    One driver-level statement for every row: a history file holds a quarter of a million
    rates, which the ORM's per-row bookkeeping took several times longer to write."""
    session.connection().exec_driver_sql(
        "INSERT INTO exchange_rates (currency, base, rate, as_of, source) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (currency, base, as_of) DO UPDATE SET rate = excluded.rate, "
        "source = excluded.source",
        [(r.currency, r.base, str(r.rate), r.as_of.isoformat(), r.source) for r in rates],
    )
