"""A statement whose currency was only guessed stays in the account already holding its lines.

A CSV naming no currency is read in the currency its header's language says
(:mod:`finapp.importers.csv.header_language`); finapp read such files as dollars before. An
account made then holds the same lines in dollars, and a later download of it, now read in
kronor, would open a second account beside it and list every line twice. So a statement whose
currency came from the header's language alone takes the currency of the one account of its
type, in another currency, that already holds most of its lines; the reading report says so.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from finapp.importers.base import ParsedFile, ParsedStatement
from finapp.services.held_lines_account import currency_held

#: the reading report's word for a currency kept from the account holding the lines
KEPT = "kept from the account already holding its lines"


def with_held_currency(session: Session, parsed: ParsedFile) -> ParsedFile:
    """``parsed`` with each statement in the currency of the account holding its lines, where
    its own currency was only the header language's guess."""
    detected = parsed.detected
    if detected is None:  # no CSV: an OFX import loads no CSV reader for this
        return parsed
    from finapp.importers.csv.reading_report import FROM_LANGUAGE

    if detected.get("currency_from") != FROM_LANGUAGE:
        return parsed
    statements: list[ParsedStatement] = []
    kept = None
    for stmt in parsed.statements:
        held = currency_held(session, stmt.account, stmt.transactions)
        if held is not None:
            stmt = replace(stmt, account=replace(stmt.account, currency=held))
            kept = held
        statements.append(stmt)
    if kept is None:
        return parsed
    said = {**detected, "currency": kept, "currency_from": KEPT}
    return replace(parsed, statements=tuple(statements), detected=said)
