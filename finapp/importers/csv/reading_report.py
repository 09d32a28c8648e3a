"""How a CSV file was read, in plain data a user can check (``import --json`` ``"detected"``).

Detection may now find columns by their content, so the result says which column was taken
for what, how dates and decimals were written and where the sign came from: a wrong reading
shows at a glance, and the user can force another with ``--profile`` or the mapping wizard.
"""

from __future__ import annotations

from finapp.importers.base import (
    CURRENCY_ASSUMED,
    CURRENCY_FROM_COUNTRY,
    CURRENCY_FROM_IBAN,
    CURRENCY_FROM_LANGUAGE,
    CURRENCY_FROM_MARKS,
)
from finapp.importers.csv.file_hints import currency_and_source
from finapp.importers.csv.mapping import CsvMapping, balance_column, normalise_name
from finapp.importers.csv.profiles import profile_named
from finapp.importers.csv.row_currency import currencies_written
from finapp.importers.csv.table import CsvTable

_DELIMITER_NAMES = {"\t": "tab"}
_SIGNS = {
    "as_is": "signed amounts: negative is money out",
    "negate": "positive amounts are money out (card charges)",
    "debit_credit": "from separate debit (out) and credit (in) columns",
}


def _column(mapping: CsvMapping, index: int | None) -> str | int | None:
    """A column by its header name, or by its number counting from 1 in a header-less file."""
    if index is None or index < 0:
        return None
    if mapping.has_header and index < len(mapping.header):
        return mapping.header[index]
    return index + 1


def _direction_words(table: CsvTable, index: int) -> str:
    cells = (row[index] for row in table.rows[table.data_start :] if index < len(row))
    return "/".join(list(dict.fromkeys(c for c in cells if c))[:4])


def _written_format(table: CsvTable, mapping: CsvMapping) -> str:
    """The date format with the separator the file uses: ``DD.MM.YYYY``, not ``DD/MM/YYYY``."""
    if not any(mark in mapping.date_format for mark in "/-"):
        return mapping.date_format
    first = next(
        (
            row[mapping.date]
            for row in table.rows[table.data_start :]
            if mapping.date < len(row) and row[mapping.date][:1].isdigit()  # not "offen"
        ),
        "",
    )
    mark = next((c for c in first if not c.isdigit()), "")
    if mark not in "/-.":
        return mapping.date_format
    return mapping.date_format.replace("/", mark).replace("-", mark)


def _currency_from(table: CsvTable, mapping: CsvMapping) -> str:
    """Where the currency of the rows was taken from: a column, the profile, the amount
    column's name, the amounts' marks (``£``), the header's language, or nowhere."""
    if mapping.currency is not None:
        return f"from each row's {_column(mapping, mapping.currency)!r} column"
    amount = _column(mapping, mapping.amount)
    name = amount if isinstance(amount, str) else ""
    code, source = currency_and_source(table, profile_named(mapping.profile), normalise_name(name))
    if code == mapping.default_currency and source != "assumed":
        return {
            "profile": f"from the {mapping.profile} profile",
            "preamble": "from the line above the header naming the account's currency",
            "column name": f"from the column name {name!r}",
            "iban": CURRENCY_FROM_IBAN,
            "language": CURRENCY_FROM_LANGUAGE,
            "country": CURRENCY_FROM_COUNTRY,
        }[source]
    # the first rows show how the file writes its amounts; reading all would cost a 250k-row
    # file a second
    written = currencies_written(table, mapping, rows=500)
    if any(mapping.default_currency in meant for meant in written):
        return CURRENCY_FROM_MARKS
    if code == mapping.default_currency:
        return CURRENCY_ASSUMED
    return "from the column mapping"


def reading_report(table: CsvTable, mapping: CsvMapping) -> dict[str, object]:
    """The delimiter (a workbook's sheet instead), whether a header row was there, each role's
    column, the date format, the decimal mark, how the sign is known and where the currency
    comes from."""
    roles: dict[str, object] = {
        "date": _column(mapping, mapping.date),
        "posting date": _column(mapping, mapping.booked),
        "amount": _column(mapping, mapping.amount),
        "debit": _column(mapping, mapping.debit),
        "credit": _column(mapping, mapping.credit),
        "direction": _column(mapping, mapping.direction),
        "balance": _column(mapping, balance_column(mapping)),
        "description": _column(mapping, mapping.payee[0] if mapping.payee else None),
        "currency": _column(mapping, mapping.currency),
        "fee": _column(mapping, mapping.fee),
    }
    if mapping.sign == "direction" and mapping.direction is not None:
        sign = f"from direction column {_direction_words(table, mapping.direction)}"
    elif mapping.sign == "balance":
        sign = (
            "from the balance column: a rising balance is money in; the oldest row, "
            f"which no balance before it signs, is money {mapping.first_sign} as told"
        )
    else:
        sign = _SIGNS[mapping.sign]
    where = (
        {"sheet": table.sheet}
        if table.sheet
        else {"delimiter": _DELIMITER_NAMES.get(table.delimiter, table.delimiter)}
    )
    return {
        **where,
        "encoding": table.encoding,
        "header": mapping.has_header,
        "profile": mapping.profile or None,
        "columns": {role: col for role, col in roles.items() if col is not None},
        "date_format": _written_format(table, mapping),
        "decimal": "," if mapping.decimal_comma else ".",
        "sign": sign,
        "currency": mapping.default_currency if mapping.currency is None else None,
        "currency_from": _currency_from(table, mapping),
    }
