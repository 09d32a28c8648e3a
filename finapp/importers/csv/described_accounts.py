"""The other party's account where a bank writes it only inside its description.

ABN AMRO's ``TXT….TAB`` download has no column for the other party's account: its
description says it, labelled (``SEPA Overboeking  IBAN: NL37INGB0006839212  BIC: INGBNL2A
Naam: S. DE JONG …``) or as a SEPA field (``/TRTP/SEPA OVERBOEKING/IBAN/NL38RABO0312845517/…``).
Carried on the line as a column's number is (:mod:`.other_account`), it tells money to or from
one of the household's own accounts as a transfer whatever its words: read without it, a Utrecht
couple's 1,400.00 a month each into their shared account counted as income and as spending.
The download names its own account by its national number (``512734690``) only; the others
name it by its IBAN, which the bank's code makes of it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from finapp.importers.base import ParsedStatement
from finapp.importers.csv.cells import text
from finapp.importers.csv.mapping import CsvMapping
from finapp.importers.csv.profiles import profile_named
from finapp.importers.csv.table import CsvTable
from finapp.importers.mt940 import dutch_iban

#: an IBAN after its label or its SEPA field's key
_IBAN = re.compile(r"(?:IBAN: ?|/IBAN/)([A-Z]{2}\d{2}[A-Z0-9]{10,30})\b")


def with_described_accounts(
    statements: tuple[ParsedStatement, ...], table: CsvTable, mapping: CsvMapping
) -> tuple[ParsedStatement, ...]:
    """``statements`` whose lines name no other account take the one their description names,
    in an export whose profile says its descriptions name it; others unchanged."""
    profile = profile_named(mapping.profile) if mapping.profile else None
    if profile is None or not profile.described_account or not mapping.payee:
        return statements
    column = mapping.payee[0]
    by_line = dict(zip(table.lines, table.rows, strict=True))
    out = []
    for stmt in statements:
        stmt = _with_iban(stmt, profile.bank_code)
        lines = []
        for txn in stmt.transactions:
            found = (
                None
                if txn.other_account
                else _IBAN.search(text(by_line.get(txn.line or -1, ()), column))
            )
            lines.append(txn if found is None else replace(txn, other_account=found.group(1)))
        out.append(replace(stmt, transactions=tuple(lines)))
    return tuple(out)


def _with_iban(stmt: ParsedStatement, bank_code: str) -> ParsedStatement:
    """``stmt`` with its account's IBAN where the export writes only the national number
    (ABN AMRO's ``512734690`` is ``NL60ABNA0512734690``, as the household's other banks name
    it), as ABN AMRO's MT940 of the same account is known."""
    iban = dutch_iban(bank_code, stmt.account.number)
    if not iban or stmt.account.iban:
        return stmt
    return replace(stmt, account=replace(stmt.account, iban=iban))
