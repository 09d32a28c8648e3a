"""The kind of row an export names in a column of its own, kept as the line's ``kind``.

Revolut (``Type``: ``EXCHANGE``, ``TOPUP``; ``Product``: ``Current``, ``Savings``), Monzo
(``Pot transfer``) and PayPal (``General Card Deposit``) say what each row is. The words are
kept as the line's ``kind`` (stored as its ``source_kind``, as an OFX's ``TRNTYPE`` is), the
product after the type (``TRANSFER Savings``), so a move of the user's own money between their
pots is known by what the app calls it (:mod:`finapp.core.own_moves`), not guessed from a
payee the user may have named (a Monzo pot called ``Holiday``).
"""

from __future__ import annotations

import functools

from finapp.importers.csv.cells import Row, cell
from finapp.importers.csv.mapping import CsvMapping, normalise_name

#: Header names of the column naming the kind of row, and of the one naming its product
_TYPE, _PRODUCT = "type", "product"


@functools.lru_cache(maxsize=64)
def _columns(header: tuple[str, ...]) -> tuple[int | None, int | None]:
    """The type and product columns of a header (looked up once per file, not per row)."""
    names = [normalise_name(h) for h in header]
    kind = names.index(_TYPE) if _TYPE in names else None
    return kind, names.index(_PRODUCT) if _PRODUCT in names else None


def type_columns(mapping: CsvMapping) -> tuple[int | None, int | None]:
    """The columns :func:`row_type` reads: (type, product), None where the export has none."""
    return _columns(mapping.header) if mapping.has_header else (None, None)


def row_type(row: Row, mapping: CsvMapping) -> str:
    """``EXCHANGE Current``, ``Pot transfer``: the row's type and product; "" for an export
    naming neither."""
    if not mapping.has_header:
        return ""
    kind, product = _columns(mapping.header)
    return " ".join(v for v in (cell(row, kind).strip(), cell(row, product).strip()) if v)
