"""A bank's corrections of lines it sent before (OFX ``CORRECTACTION`` with ``CORRECTFITID``).

A bank may send, in a later statement, ``<CORRECTACTION>REPLACE`` (this line replaces the one
whose id is ``<CORRECTFITID>``: a restaurant's 100.00 pre-authorisation become 90.00 with the
tip) or ``<CORRECTACTION>DELETE`` (the line of that id was never real; the record's own amount,
often 0.00, is no transaction). Read as plain lines they were stored as new ones, a deleted
charge's 0.00 among them, and nothing said.

Within one file a correction is applied here: the corrected line goes, a DELETE record is no
line. A correction of a line the file does not hold is carried with the statement
(:class:`~finapp.importers.base.StoredCorrection`) for the import to apply to the line an
earlier import stored (:mod:`finapp.services.import_corrections`): the replacing line takes its
place, a withdrawn one goes, in the import's own write and undone with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from finapp.importers.base import ParsedTransaction, StoredCorrection
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
    lines: tuple[ParsedTransaction, ...], found: list[Correction]
) -> tuple[tuple[ParsedTransaction, ...], tuple[StoredCorrection, ...]]:
    """``lines`` with the file's own corrections applied, and the corrections of lines the file
    does not hold (stored before, for the import to correct)."""
    if not found:
        return lines, ()
    deleting = {c.line for c in found if c.action == "DELETE"}
    correcting = {c.line for c in found}
    targets = {c.corrected for c in found}
    here = {t.fitid for t in lines if t.line not in correcting}
    kept = tuple(
        t
        for t in lines
        if t.line not in deleting and (t.line in correcting or t.fitid not in targets)
    )
    stored = tuple(
        StoredCorrection(c.action, c.corrected, c.line) for c in found if c.corrected not in here
    )
    return kept, stored
