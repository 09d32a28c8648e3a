"""The account holder's own account number, where an export writes it in a column.

Many bank exports name, on every row, the account the file is of: Rabobank's ``IBAN/BBAN``
(beside ``Tegenrekening IBAN/BBAN``, the other party's), Sparkasse's CSV-CAMT ``Auftragskonto``
(beside ``Kontonummer/IBAN``, the other party's), GLS Bank's ``Kontonummer``, ING
Netherlands' ``Rekening`` (beside ``Tegenrekening``, the other party's), NatWest's
``Account Number`` (``'600000-12345678``: sort code and number) and Lloyds' ``Sort Code`` and
``Account Number``, whose number is the two together. Read, the number is the statement's, so a
statement finds its account by its number, and two accounts at one bank stay two.

RBC's ``Account Number`` (``06212-5012345``, transit and account) is its customer's too.
``Account Number`` alone is no sure sign: N26's older export names the other party's account
with it. It is the holder's only beside a ``Sort Code`` (Lloyds) or an ``Account Name``
(NatWest), the columns a UK bank writes of its customer's account; GLS Bank's ``Kontonummer``
only in its export, as DKB's older one names the other party's account so.
"""

from __future__ import annotations

import re

from finapp.importers.csv.cells import Row, text
from finapp.importers.csv.mapping import CsvMapping, normalise_name
from finapp.importers.csv.table import CsvTable

#: Header names of a column holding the whole number of the account each row is of, never the
#: other party's (Rabobank's ``Tegenrekening IBAN/BBAN``, Sparkasse's ``Kontonummer/IBAN``).
ACCOUNT_COLUMNS = frozenset({"iban/bban", "auftragskonto"})
#: Header names that are the holder's account only in one bank's export: DKB's older export
#: names the other party's account ``Kontonummer``, GLS Bank's its customer's.
#: ING Netherlands' ``Rekening`` is its customer's (``Tegenrekening`` the other party's).
_PROFILE_COLUMNS = {
    "GLS Bank": frozenset({"kontonummer"}),
    "ING Netherlands": frozenset({"rekening"}),
    "bunq": frozenset({"account"}),  # its ``Counterparty`` is the other party's
    # RBC's download of several accounts names each row's (``06212-5012345``)
    "RBC Royal Bank": frozenset({"account number"}),
    "BoursoBank": frozenset({"accountnum"}),
}
#: A UK export's account number, and the columns that make it the holder's own.
_UK_NUMBER = "account number"
_SORT_CODE = "sort code"
_ACCOUNT_NAME = "account name"


def own_account_columns(table: CsvTable, mapping: CsvMapping) -> tuple[int, ...]:
    """The columns whose cells, together, are each row's own account number: one column for
    most exports, Lloyds' sort code and account number; () for an export naming none."""
    if not mapping.has_header:
        return ()
    header = [normalise_name(h) for h in table.header]
    own = own_account_names(mapping.profile)
    whole = next((i for i, name in enumerate(header) if name in own), None)
    if whole is not None:
        return (whole,)
    if _UK_NUMBER not in header:
        return ()
    number = header.index(_UK_NUMBER)
    if _SORT_CODE in header:
        return (header.index(_SORT_CODE), number)
    return (number,) if _ACCOUNT_NAME in header else ()


def own_account_names(profile: str) -> frozenset[str]:
    """The header names of a column holding the whole number of each row's own account, in an
    export read by the built-in ``profile`` ("" for none)."""
    return ACCOUNT_COLUMNS | _PROFILE_COLUMNS.get(profile, frozenset())


def own_account(row: Row, columns: tuple[int, ...]) -> str:
    """The account number the row names in ``columns``: without Excel's keep-as-text
    apostrophe and spaces (``'30-00-00`` and ``12345678`` make ``30-00-0012345678``), else ""
    when a cell is empty."""
    parts = [re.sub(r"\s", "", text(row, i)) for i in columns]
    return "".join(parts) if parts and all(parts) else ""
