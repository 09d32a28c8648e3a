"""Pick the importer for a file from its content, not its name, and turn failures into messages.

Every way a file can be wrong (empty, binary, truncated, not a statement, a bad row) ends here as
a :class:`StatementError` naming the file, and the line when one row is at fault.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import replace
from pathlib import Path

from finapp.errors import StatementError
from finapp.importers.base import ParsedFile
from finapp.importers.csv import CsvMapping, NotTextError, RowProblem, read_csv
from finapp.importers.csv.profiles import Profile
from finapp.importers.ofx import OfxReadError, looks_like_ofx, read_ofx

#: Files above this size are refused before parsing (ten years of daily history is far less).
MAX_FILE_BYTES = 200 * 1024 * 1024


def read_statement_file(
    path: Path,
    *,
    mapping: CsvMapping | None = None,
    profile: Profile | None = None,
    saved: dict[str, CsvMapping] | None = None,
    skip_bad_rows: bool = False,
) -> ParsedFile:
    """Read ``path`` into statements, or raise :class:`StatementError` naming the file.

    ``mapping`` (a user's mapping) or ``profile`` (a built-in one) say how to read a CSV;
    ``saved`` maps header keys to the user's saved mappings, tried before detection.
    """
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise StatementError(name, f"cannot read the file ({exc.strerror})") from None
    if not path.is_file():
        raise StatementError(name, "not a file")
    if size == 0:
        raise StatementError(name, "the file is empty")
    if size > MAX_FILE_BYTES:
        raise StatementError(name, "the file is too large to be a statement")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StatementError(name, f"cannot read the file ({exc.strerror})") from None
    digest = hashlib.sha256(data).hexdigest()
    return replace(_parse(name, data, mapping, profile, saved, skip_bad_rows), sha256=digest)


def _parse(
    name: str,
    data: bytes,
    mapping: CsvMapping | None,
    profile: Profile | None,
    saved: dict[str, CsvMapping] | None,
    skip_bad_rows: bool,
) -> ParsedFile:
    try:
        if looks_like_ofx(data):
            return read_ofx(name, data, skip_bad_rows)
        return read_csv(name, data, mapping, saved, skip_bad_rows, profile)
    except StatementError:
        raise
    except OfxReadError as exc:
        raise StatementError(name, exc.reason, exc.line) from None
    except RowProblem as exc:
        hint = " (use --skip-bad-rows to import the other rows)" if not skip_bad_rows else ""
        raise StatementError(name, exc.reason + hint, exc.line) from None
    except NotTextError as exc:
        raise StatementError(name, f"not a statement: {exc}") from None
    except (ValueError, ArithmeticError, LookupError, csv.Error, RecursionError) as exc:
        # A last guard: whatever a malformed file trips inside a parser is reported, not raised.
        raise StatementError(name, f"not a readable statement ({type(exc).__name__})") from None
