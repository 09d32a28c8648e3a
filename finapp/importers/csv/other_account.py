"""The other party's account number, where an export writes it in a column of its own.

Dutch and German exports name, on every row, the account the money came from or went to:
ING Netherlands' ``Tegenrekening``, Rabobank's ``Tegenrekening IBAN/BBAN``, Sparkasse's
``Kontonummer/IBAN`` (beside its ``Auftragskonto``, the holder's own), DKB's ``IBAN``. When that
account is one of the household's own, the row is a transfer between them whatever its words
("Bijdrage gezamenlijke rekening" names no transfer), so the number is carried on the line and
kept by the import as a keyed hash (:mod:`finapp.store.account_numbers`).

``IBAN`` alone names the other party's account only where the export names its own account
elsewhere: in a column of its own (:mod:`.own_account`) or, DKB's, above the header. N26's
older export names the other party's account ``Account Number``, DKB's older one
``Kontonummer``, which GLS Bank writes of its customer's own.
"""

from __future__ import annotations

import re

from finapp.importers.csv.cells import Row, text
from finapp.importers.csv.mapping import CsvMapping, normalise_name
from finapp.importers.csv.own_account import own_account_names

#: Header names of a column holding the other party's account in any export.
_OTHER_COLUMNS = frozenset(
    {
        "tegenrekening",
        "tegenrekening iban/bban",
        "iban tegenpartij",
        "gegenkonto",
        "iban gegenkonto",
        "kontonummer/iban",
        "counterparty account",
        "counterparty iban",
        "compte de contrepartie",
    }
)
#: Names that are the other party's account only in one bank's export.
_PROFILE_COLUMNS = {
    "DKB": frozenset({"iban", "kontonummer"}),
    "N26 (2019)": frozenset({"account number"}),
}
#: ``IBAN``: the other party's beside a column of the holder's own account.
_IBAN = "iban"
#: An account number worth keeping: letters and digits, with digits enough to name an account
#: (not "NL" or "-"), as :func:`other_account` leaves it.
_NUMBER = re.compile(r"(?=(?:[A-Z]*\d){5})[A-Z0-9]{5,34}")
_SEPARATORS = re.compile(r"[\s\-'./]+")


def other_account_column(mapping: CsvMapping) -> int | None:
    """The column of ``mapping``'s header naming each row's other party's account; None when
    the export has none."""
    if not mapping.has_header:
        return None
    header = [normalise_name(h) for h in mapping.header]
    own = own_account_names(mapping.profile)
    names = _OTHER_COLUMNS | _PROFILE_COLUMNS.get(mapping.profile, frozenset())
    if own & set(header):
        names |= {_IBAN}
    return next((i for i, name in enumerate(header) if name in names and name not in own), None)


def other_account(row: Row, column: int | None) -> str:
    """The account number the row names in ``column``, spaces, dashes and Excel's apostrophe
    left out; "" when it names none (an empty cell, a card payment's ``-``)."""
    if column is None:
        return ""
    number = _SEPARATORS.sub("", text(row, column)).upper()
    return number if _NUMBER.fullmatch(number) else ""
