"""Whose account an export is, as the lines above its header say.

Santander writes ``Titular;RUIZ PEREZ JAVIER``, ING España ``Titular:,MORENO GARCIA LUCIA``,
ING Germany ``Kunde;Anna Becker``, Fineco ``Conto Corrente: 3456789 Intestazione Conto Corrente:
ROSSI GIULIA`` in one cell and Intesa Sanpaolo ``Conto;1000/00012345 - BIANCHI MARCO``. The name
tells a couple's transfers between their own accounts from a friend's payment
(:mod:`finapp.core.account_holders`).
"""

from __future__ import annotations

import re

from finapp.importers.csv.mapping import normalise_name
from finapp.importers.csv.table import CsvTable

#: the labels of a line above the header whose next cell is the holder's name
_LABELS = frozenset(
    {"titular", "titulaire", "titulaire du compte", "kontoinhaber", "inhaber", "kunde",
     "account holder", "intestatario", "intestazione", "intestazione conto corrente"}
)  # fmt: skip
#: a cell of several facts naming the holder after its label (Fineco's)
_IN_CELL = re.compile(r"\b(?:intestazione conto corrente|intestatario|titular)\s*:\s*(.+)$", re.I)
#: Intesa's account line: the number, a dash, the holder
_NUMBER_THEN_NAME = re.compile(r"[\d/ .]*\d\s+-\s+(.+)")
#: a person's name: two to six words of letters
_NAME = re.compile(r"[^\W\d_][^\W\d_'.-]*(?:\s+[^\W\d_][^\W\d_'.-]*){1,5}")


def preamble_holder(table: CsvTable) -> str:
    """The one name the lines above the header give the account's holder, else "" (none, or
    several: an export of several accounts)."""
    above = table.header_index if table.header_index is not None else table.data_start
    found = {name for row in table.rows[:above] if (name := _holder_of(row))}
    return found.pop() if len(found) == 1 else ""


def _holder_of(row: tuple[str, ...]) -> str:
    cells = [cell.strip() for cell in row if cell.strip()]
    if not cells:
        return ""
    label = normalise_name(cells[0]).rstrip(" :")
    value = cells[1] if len(cells) > 1 else ""
    if label in _LABELS and value:
        written = value
    elif label == "conto" and (numbered := _NUMBER_THEN_NAME.fullmatch(value)):
        written = numbered.group(1)
    elif in_cell := _IN_CELL.search(cells[0]):
        written = in_cell.group(1)
    else:
        return ""
    name = " ".join(written.split())
    return name if _NAME.fullmatch(name) else ""
