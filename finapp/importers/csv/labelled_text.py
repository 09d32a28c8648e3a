"""Santander UK's text download, read as the table a CSV export gives.

Its "Text file (TXT)" download writes no columns: the period and the account first, then each
transaction as a block of labelled lines, newest first, Windows-1252, often with non-breaking
spaces after the colons::

    From: 01/09/2026 to 30/11/2026

    Account: XXXX XXXX XXXX 4417

    Date: 25/11/2026
    Description: BANK GIRO CREDIT REF ACME LTD SALARY
    Amount: 3200.00
    Balance: 5269.00

Each block becomes a row under a header of its labels (``Date:``, ``Description:``,
``Amount:``, ``Balance:``, colons kept so that no CSV's header is taken for it), its line the
line of its ``Date:``, and the lines above the first block the table's preamble; the rows then
go through the same detection and reading as a CSV's (the "Santander UK" profile), so a bad
amount is named with its line as any other.
"""

from __future__ import annotations

import re

from finapp.importers.csv.table import CsvTable, table_of_rows

#: the labels of a transaction's lines, in the order its row holds them
LABELS = ("Date", "Description", "Amount", "Balance")
_SPACE = " \t\u00a0"
_FIELD = re.compile(rf"^({'|'.join(LABELS)}):[{_SPACE}]*(.*?)[{_SPACE}]*$")
#: the download's first line: the period it covers
_PERIOD = re.compile(
    rf"\A\ufeff?\s*From:[{_SPACE}]*\d{{2}}/\d{{2}}/\d{{4}}[{_SPACE}]+to[{_SPACE}]+\d{{2}}/"
)
#: a currency's code after an amount ("-12.92 GBP"), which the amount's column does not need
_CODE_AFTER = re.compile(rf"[{_SPACE}]+[A-Z]{{3}}$")


def looks_like_labelled_text(text: str) -> bool:
    """Whether ``text`` is such a download: its period first, then labelled lines."""
    return bool(_PERIOD.match(text)) and "\nDate:" in text and "\nAmount:" in text


def labelled_table(text: str, encoding: str) -> CsvTable:
    """The download's blocks as rows (see the module's notes)."""
    preamble: list[tuple[int, tuple[str, ...]]] = []
    blocks: list[tuple[int, dict[str, str]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        field = _FIELD.match(line)
        if field is None:
            if line.strip(_SPACE) and not blocks:
                preamble.append((number, (line.strip(_SPACE),)))
            continue
        label, value = field.groups()
        if label == LABELS[0] or not blocks:
            blocks.append((number, {}))
        blocks[-1][1][label] = _CODE_AFTER.sub("", value) if label == "Amount" else value
    first = blocks[0][0] if blocks else len(preamble) + 1
    header = (first - 1, tuple(f"{label}:" for label in LABELS))
    rows = [
        *preamble,
        header,
        *((n, tuple(b.get(label, "") for label in LABELS)) for n, b in blocks),
    ]
    numbers = [n for n, _ in rows]
    return table_of_rows([r for _, r in rows], numbers, numbers, encoding=encoding, delimiter="")
