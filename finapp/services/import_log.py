"""What an import writes to the debug log (``FINAPP_LOG=debug``), for a user's bug report.

A developer reading it must see which way each file went: how it was read (format or CSV
profile), how many lines were read, stored, known already, rejected or skipped and why (as
Problem codes), what each step took, and why a file was refused. No line names the file or
quotes a statement: a file is the start of its content's SHA-256 (the import batch records
the whole), its reasons are codes (:func:`finapp.log.word`).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable

from finapp.importers.base import ParsedFile, SkippedRow
from finapp.log import LogWord, count, file_ref, problem_codes, word
from finapp.services.import_results import FileResult

log = logging.getLogger("finapp.import")


def reasons(skipped: Iterable[SkippedRow]) -> LogWord:
    """Why rows were left out, as codes with counts (``neutral 2, csv.bad_date 1``)."""
    counts = Counter(
        LogWord("neutral") if row.neutral else problem_codes(row.reason) for row in skipped
    )
    said = ", ".join(f"{code} {n}" for code, n in counts.most_common())
    return LogWord(said or "none")


def file_read(number: int, of: int, parsed: ParsedFile, seconds: float) -> None:
    lines = sum(len(statement.transactions) for statement in parsed.statements)
    log.debug(
        "file %d of %d (sha256 %s) read as %s in %.3f s: %d statements, %s lines, %d repairs; "
        "rows skipped: %s",
        number,
        of,
        file_ref(parsed.sha256),
        word(parsed.format),
        seconds,
        len(parsed.statements),
        count(lines),
        len(parsed.repairs),
        reasons(parsed.skipped),
    )


def file_stored(number: int, result: FileResult, seconds: float) -> None:
    log.debug(
        "file %d stored in %.3f s: %s new, %s already stored, %s rejected, in %d accounts",
        number,
        seconds,
        count(result.new),
        count(result.duplicates),
        count(result.rejected),
        len(result.accounts),
    )


def file_refused(number: int, of: int, message: str, seconds: float) -> None:
    log.info("file %d of %d refused after %.3f s: %s", number, of, seconds, problem_codes(message))
