"""A bank's corrections of lines it sent before (OFX ``CORRECTACTION`` with ``CORRECTFITID``).

A bank may send, in a later statement, ``<CORRECTACTION>REPLACE`` (this line replaces the one
whose id is ``<CORRECTFITID>``: a restaurant's 100.00 pre-authorisation become 90.00 with the
tip) or ``<CORRECTACTION>DELETE`` (the line of that id was never real; the record's own amount,
often 0.00, is no transaction). Read as plain lines they were stored as new ones, a deleted
charge's 0.00 among them, and nothing said.

Within one file a correction is applied: the corrected line goes, a DELETE record is no line.
A line stored by an earlier import is not changed by a statement (finapp never deletes what it
stored on a file's word): the import keeps the replacing line and says, per correction, which
stored line the bank corrected, so the user knows why the books count both.
"""

from __future__ import annotations

from dataclasses import dataclass

from finapp.importers import ofx_problems
from finapp.importers.base import ParsedTransaction
from finapp.importers.ofx_records import StatementRecords, unescaped

_ACTIONS = frozenset({"REPLACE", "DELETE"})


@dataclass(frozen=True, slots=True)
class Correction:
    """One correcting record: its action, the id it corrects, and where it stands."""

    action: str  # REPLACE or DELETE
    corrected: str  # the CORRECTFITID
    line: int


def corrections(part: StatementRecords) -> list[Correction]:
    """The correcting records of a statement (never in the usual shape: read by names)."""
    out = []
    for record in part.records.values():
        action = unescaped(record.get("CORRECTACTION", "")).strip().upper()
        corrected = unescaped(record.get("CORRECTFITID", "")).strip()
        if action in _ACTIONS and corrected:
            out.append(Correction(action, corrected, record.line or 0))
    return out


def corrected(
    lines: tuple[ParsedTransaction, ...], found: list[Correction], account: str
) -> tuple[tuple[ParsedTransaction, ...], list[str]]:
    """``lines`` with the file's own corrections applied, and a note per correction of a line
    the file does not hold (one stored before, left as it is)."""
    if not found:
        return lines, []
    deleting = {c.line for c in found if c.action == "DELETE"}
    correcting = {c.line for c in found}
    targets = {c.corrected for c in found}
    here = {t.fitid for t in lines if t.line not in correcting}
    kept = tuple(
        t
        for t in lines
        if t.line not in deleting and (t.line in correcting or t.fitid not in targets)
    )
    notes: list[str] = [
        ofx_problems.correction(c.line, c.action, c.corrected, account)
        for c in found
        if c.corrected not in here
    ]
    return kept, notes
