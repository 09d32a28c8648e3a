"""Pick the importer for a file from its content, not its name, and turn failures into messages.

Every way a file can be wrong (empty, binary, truncated, not a statement, a bad row) ends here as
a :class:`StatementError` naming the file, and the line when one row is at fault.
"""

from __future__ import annotations

import csv
import hashlib
import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from finapp.errors import Problem, StatementError
from finapp.gc_pause import paused_gc
from finapp.importers.base import ParsedFile
from finapp.importers.ofx_clean import looks_like_ofx
from finapp.importers.other_files import other_file_problem
from finapp.importers.read_error import ReadError, with_skip_hint
from finapp.importers.zero_bytes import ZeroByteError, without_padding

if TYPE_CHECKING:
    from finapp.importers.csv.mapping import CsvMapping
    from finapp.importers.csv.profile import Profile

log = logging.getLogger("finapp.import")

#: Files above this size are refused before parsing (ten years of daily history is far less).
MAX_FILE_BYTES = 200 * 1024 * 1024


def read_statement_file(
    path: Path,
    *,
    mapping: CsvMapping | None = None,
    profile: Profile | None = None,
    saved: dict[str, CsvMapping] | None = None,
    skip_bad_rows: bool = False,
    first_sign: str = "",
    date_format: str = "",
) -> ParsedFile:
    """Read ``path`` into statements, or raise :class:`StatementError` naming the file.

    ``mapping`` (a user's mapping) or ``profile`` (a built-in one) say how to read a CSV;
    ``saved`` maps header keys to the user's saved mappings, tried before detection;
    ``first_sign`` is the user's word on the oldest row of a CSV whose balance signs it,
    ``date_format`` on its dates where days and months both fit.
    """
    if path.is_dir():  # finapp's export folder: its transactions bring back all of it
        path = _export_transactions(path)
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise StatementError(name, _unreadable(exc)) from None
    if path.is_dir():
        raise StatementError(name, _folder_problem())
    if not path.is_file():
        raise StatementError(name, Problem("import.not_file", "not a file"))
    if size == 0:
        raise StatementError(name, Problem("import.empty", "the file is empty"))
    if size > MAX_FILE_BYTES:
        raise StatementError(
            name, Problem("import.too_large", "the file is too large to be a statement")
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StatementError(name, _unreadable(exc)) from None
    digest = hashlib.sha256(data).hexdigest()
    with paused_gc():
        parsed = _parse(name, data, mapping, profile, saved, skip_bad_rows, first_sign, date_format)
    return replace(parsed, sha256=digest)


def _export_transactions(folder: Path) -> Path:
    """The ``transactions.csv`` of finapp's export in ``folder``; ``folder`` when it is none
    (refused as a folder holding no statement)."""
    from finapp.importers.finapp_export import TRANSACTIONS_FILE, is_export_folder

    return folder / TRANSACTIONS_FILE if is_export_folder(folder) else folder


def _folder_problem() -> Problem:
    """A folder that reached the reader holds no statement file (the import reads those a
    folder holds, :mod:`finapp.services.import_folders`): say what it would have read."""
    return Problem(
        "import.folder_empty",
        "a folder holding no statement file: finapp imports the CSV, Excel, OFX/QFX, QIF, CAMT "
        "and MT940 files a folder holds (not those in its subfolders), or the folder of "
        "finapp's own export",
    )


def _unreadable(exc: OSError) -> Problem:
    why = exc.strerror or type(exc).__name__
    return Problem("import.unreadable", f"cannot read the file ({why})", why=why)


def _parse(
    name: str,
    data: bytes,
    mapping: CsvMapping | None,
    profile: Profile | None,
    saved: dict[str, CsvMapping] | None,
    skip_bad_rows: bool,
    first_sign: str,
    date_format: str,
) -> ParsedFile:
    other = other_file_problem(data)
    if other is not None:
        raise StatementError(name, other)
    try:
        data = without_padding(data)
    except ZeroByteError as exc:
        raise StatementError(name, exc.reason, exc.line) from None
    try:
        if looks_like_ofx(data):
            # ofxparse brings BeautifulSoup and its CSS selectors, a tenth of a second of
            # imports: loaded when an OFX is read, not by every import of a CSV
            from finapp.importers.ofx import read_ofx

            return read_ofx(name, data, skip_bad_rows)
        # and the other readers (the CSV reader alone is a twentieth of a second) are loaded
        # when a file is not OFX, not by every import of an OFX
        from finapp.importers.other_readers import read_other

        return read_other(
            name, data, mapping, profile, saved, skip_bad_rows, first_sign, date_format
        )
    except StatementError:
        raise
    except ReadError as exc:
        reason = with_skip_hint(exc.reason) if exc.skippable else exc.reason
        raise StatementError(name, reason, exc.line, skippable=exc.skippable) from None
    except (ValueError, ArithmeticError, LookupError, csv.Error, RecursionError) as exc:
        # A last guard: whatever a malformed file trips inside a parser is reported, not raised.
        log.info("import refused after %s inside a parser", type(exc).__name__)
        raise StatementError(
            name,
            Problem(
                "import.damaged", "the file is damaged or not in a statement layout finapp can read"
            ),
        ) from None
