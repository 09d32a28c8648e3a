"""The kind of row an export names in a column of its own, kept as the line's ``kind``.

Revolut (``Type``: ``EXCHANGE``, ``TOPUP``; ``Product``: ``Current``, ``Savings``), Monzo
(``Pot transfer``) and PayPal (``General Card Deposit``) say what each row is. The words are
kept as the line's ``kind`` (stored as its ``source_kind``, as an OFX's ``TRNTYPE`` is), the
product after the type (``TRANSFER Savings``), so a move of the user's own money between their
pots is known by what the app calls it (:mod:`finapp.core.own_moves`), not guessed from a
payee the user may have named (a Monzo pot called ``Holiday``).

Wise has no type column: its row ids say what a row is (``BALANCE-2207341122`` a move within
the user's balances, ``CARD-…`` a card payment, ``TRANSFER-…`` money sent or received), and a
conversion fills ``Exchange From`` and ``Exchange To`` with two currencies. Its kind is the id's
word, with ``EXCHANGE`` after it for a conversion: ``BALANCE EXCHANGE`` is the user's euros
become their dollars, written in each currency's statement; ``CARD EXCHANGE`` a card payment
abroad, spending like any other.
"""

from __future__ import annotations

import functools

from finapp.importers.csv.cells import Row, cell
from finapp.importers.csv.mapping import CsvMapping, normalise_name

#: Header names of the column naming the kind of row, and of the one naming its product
_TYPE, _PRODUCT = "type", "product"
#: Wise's header names of its row id and of the two currencies of a conversion
_WISE_ID, _EXCHANGE = ("transferwise id", "id"), ("exchange from", "exchange to")


@functools.lru_cache(maxsize=64)
def _columns(header: tuple[str, ...]) -> tuple[int | None, int | None]:
    """The type and product columns of a header (looked up once per file, not per row)."""
    names = [normalise_name(h) for h in header]
    kind = names.index(_TYPE) if _TYPE in names else None
    return kind, names.index(_PRODUCT) if _PRODUCT in names else None


@functools.lru_cache(maxsize=64)
def _wise_columns(header: tuple[str, ...]) -> tuple[int, int, int] | None:
    """Wise's id, Exchange From and Exchange To columns; None for another bank's header."""
    names = [normalise_name(h) for h in header]
    ids = [names.index(name) for name in _WISE_ID if name in names]
    if not ids or not all(name in names for name in _EXCHANGE):
        return None
    return ids[0], names.index(_EXCHANGE[0]), names.index(_EXCHANGE[1])


def type_columns(mapping: CsvMapping) -> tuple[int | None, ...]:
    """The columns :func:`row_type` reads: (type, product), None where the export has none;
    Wise's id and exchange columns for its export."""
    if not mapping.has_header:
        return (None, None)
    kind, product = _columns(mapping.header)
    if kind is None and (wise := _wise_columns(mapping.header)) is not None:
        return wise
    return kind, product


def row_type(row: Row, mapping: CsvMapping) -> str:
    """``EXCHANGE Current``, ``Pot transfer``: the row's type and product; "" for an export
    naming neither."""
    if not mapping.has_header:
        return ""
    kind, product = _columns(mapping.header)
    if kind is None and (wise := _wise_columns(mapping.header)) is not None:
        return _wise_kind(row, *wise)
    return " ".join(v for v in (cell(row, kind).strip(), cell(row, product).strip()) if v)


def _wise_kind(row: Row, id_column: int, exchange_from: int, exchange_to: int) -> str:
    """``BALANCE EXCHANGE``, ``CARD``: the word of a Wise row's id, and EXCHANGE for a
    conversion between two currencies."""
    word, dash, _ = cell(row, id_column).strip().partition("-")
    if not dash:
        return ""
    source, target = (cell(row, c).strip().upper() for c in (exchange_from, exchange_to))
    return f"{word.upper()} EXCHANGE" if source and target and source != target else word.upper()
