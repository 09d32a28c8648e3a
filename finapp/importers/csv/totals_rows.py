"""Rows that add up the lines around them (``Total``, ``Summe``, ``合计``): no money movement.

Exports close a month, a page or the whole file with a row summing the lines above it, its
label where a date or a payee would be: ``Total``, ``Summe``, ``Gesamt``, ``合计金额``, ICBC's
``人民币合计 收入:… 支出:…``, ``总计``. Read as a line, it would double the period's spending;
refused, it keeps a good file out. Such a row is known by its label *and* by having no date:
a payee that merely says "total" (``Total Fitness`` on a real day) is a line like any other.
"""

from __future__ import annotations

import re

from finapp.errors import Problem
from finapp.importers.csv.cells import Row, text
from finapp.importers.csv.mapping import CsvMapping

#: what a totals row's label begins with, in the languages of the exports finapp reads
_TOTALS_LABEL = re.compile(
    r"(?:grand\s+|sub-?)?totals?\b|(?:zwischen)?summe\b|gesamt"
    r"|[\u4e00-\u9fff]{0,4}(?:合计|总计|小计|合計|總計|小計)",
    re.IGNORECASE,
)


def totals_label(row: Row, mapping: CsvMapping) -> str:
    """The totals label (``人民币合计`` of ``人民币合计 收入:9,803.21``) a row shows where its
    date, payee or memo would be, else "". Asked only of rows without a readable date: a row
    with one is never a totals row."""
    cells = (text(row, i) for i in (mapping.date, *mapping.payee, *mapping.memo))
    found = next((m for said in cells if (m := _TOTALS_LABEL.match(said))), None)
    return found.group(0) if found else ""


def totals_reason(said: str) -> str:
    """Why the row is left out, for the import summary."""
    english = f"{said!r}: a totals row adding up other lines, no money moved"
    return Problem("row.totals", english, said=said)
