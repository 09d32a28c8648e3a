"""The last four digits of the card a CSV export belongs to, when the export says so.

Card CSVs carry no whole number, but many say which card: a column of last four digits
(Capital One's ``Card No.``, Bank of China's ``卡号后四位``, China Merchants Bank's
``卡号末四位``) or the name the bank gives the download (Chase:
``Chase1234_Activity_20261031.CSV``). With them a CSV finds the account an OFX of the same
card created. A file listing several cards (a main card and a supplementary one) names no
single card, and nothing is guessed.

The result is written masked (``****1234``), as finapp's own export writes numbers: it has only
the last four to match by and no whole number to hash.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from finapp.importers.csv.mapping import CsvMapping, normalise_name
from finapp.importers.csv.table import CsvTable

#: Header names of a column holding the card's number or its last four digits.
CARD_COLUMNS = frozenset(
    {"card no.", "card no", "card number", "card", "last 4", "卡号后四位", "卡号末四位", "卡号"}
)
#: A bank's download name: letters, then the last four, then a separator or the end
#: ("Chase1234_Activity_20261031.CSV", "Visa0912_2026-10.csv"); never a date's digits.
_FILE_NAME = re.compile(r"[A-Za-z][A-Za-z ]*?(\d{4})(?=[_\-. ]|$)")


def card_number(table: CsvTable, mapping: CsvMapping, path: str) -> str:
    """``****1234`` for the one card the export names, else ""."""
    found = _from_column(table, mapping) or _from_file_name(path)
    return f"****{found}" if found else ""


def _from_column(table: CsvTable, mapping: CsvMapping) -> str:
    if not mapping.has_header:
        return ""
    header = [normalise_name(h) for h in table.header]
    column = next((i for i, name in enumerate(header) if name in CARD_COLUMNS), None)
    if column is None:
        return ""
    cells = {row[column] for row in table.rows[table.data_start :] if column < len(row)}
    cards = {digits[-4:] for cell in cells if len(digits := re.sub(r"\D", "", cell)) >= 4}
    return cards.pop() if len(cards) == 1 else ""


def _from_file_name(path: str) -> str:
    match = _FILE_NAME.match(PurePath(path).name)
    return match.group(1) if match else ""
