"""The currency the account's IBAN says, for an export that names none.

Santander España opens its export with ``Cuenta;ES43 0049 5123 9121 0034 5678`` and Intesa
Sanpaolo with ``IBAN;IT61 X030 6909 6061 0000 0012 345``; neither writes a currency, and their
headers are Spanish and Italian, languages of several currencies' countries
(:mod:`.header_language`). Read as dollars, every report split a Madrid couple's money into EUR
and USD and their transfers between the two banks never paired. An account held in a euro-area
country is a euro account; one held in Britain, Poland, Sweden, Denmark, Norway, the Czech
Republic or Hungary is in that country's money. A Swiss or Liechtenstein IBAN says nothing sure
(those banks keep euro accounts as often as franc ones), nor does an IBAN of another country.

The IBAN is looked for where an export names its own account: the lines above its header and
the column naming each row's account (:mod:`.own_account`), never a line's text, which names
the other party's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from finapp.importers.csv.mapping import normalise_name
from finapp.importers.csv.own_account import own_account_names
from finapp.importers.csv.table import CsvTable

#: the euro area's countries and the length of their IBANs
_EURO_IBANS = {
    "AT": 20, "BE": 16, "CY": 28, "DE": 22, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GR": 27,
    "HR": 21, "IE": 22, "IT": 27, "LT": 20, "LU": 20, "LV": 21, "MT": 31, "NL": 18, "PT": 25,
    "SI": 19, "SK": 24,
}  # fmt: skip
#: countries of one currency of their own, the length of their IBANs and that currency
_OTHER_IBANS = {
    "CZ": (24, "CZK"), "DK": (18, "DKK"), "GB": (22, "GBP"), "HU": (28, "HUF"),
    "NO": (15, "NOK"), "PL": (28, "PLN"), "SE": (24, "SEK"),
}  # fmt: skip
_LENGTHS = {**_EURO_IBANS, **{country: length for country, (length, _) in _OTHER_IBANS.items()}}
#: an IBAN as written, in groups of four or not: the country, its check digits, the rest of
#: the country's length in letters and digits
_IBAN = re.compile(
    "|".join(
        rf"(?<![A-Z0-9]){country}\d\d(?:\s?[A-Z0-9]){{{length - 4}}}(?![A-Z0-9])"
        for country, length in _LENGTHS.items()
    )
)
#: rows looked at in the account column
_ACCOUNT_ROWS = 200


def iban_currency(table: CsvTable, profile_name: str) -> str | None:
    """The currency of the accounts the file's IBANs are in, when they all say the same one
    (``profile_name``: the built-in profile the file is read by, which may name its account
    column), else None."""
    said = {
        _currency(iban) for iban in _IBAN.findall(" ; ".join(_account_cells(table, profile_name)))
    }
    return said.pop() if len(said) == 1 else None


def _currency(iban: str) -> str:
    country = iban[:2]
    return "EUR" if country in _EURO_IBANS else _OTHER_IBANS[country][1]


def _account_cells(table: CsvTable, profile_name: str) -> Iterable[str]:
    """The cells of the lines above the header, then of the column naming each row's own
    account, in capitals."""
    above = table.header_index if table.header_index is not None else table.data_start
    for row in table.rows[:above]:
        yield from (cell.upper() for cell in row)
    if table.header_index is None:
        return
    names = own_account_names(profile_name)
    columns = [i for i, name in enumerate(table.header) if normalise_name(name) in names]
    for row in table.rows[table.data_start : table.data_start + _ACCOUNT_ROWS]:
        yield from (row[i].upper() for i in columns if i < len(row))
