"""Pick the importer for a file from its content, not its name."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from finapp.errors import StatementError
from finapp.importers.base import ParsedFile
from finapp.importers.ofx import looks_like_ofx, read_ofx

#: Files above this size are refused before parsing (ten years of daily history is far less).
MAX_FILE_BYTES = 200 * 1024 * 1024


def read_statement_file(path: Path) -> ParsedFile:
    """Read ``path`` into statements, or raise :class:`StatementError` naming the file."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise StatementError(str(path), f"cannot read the file ({exc.strerror})") from None
    if size == 0:
        raise StatementError(str(path), "the file is empty")
    if size > MAX_FILE_BYTES:
        raise StatementError(str(path), "the file is too large to be a statement")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if looks_like_ofx(data):
        return replace(read_ofx(path, data), sha256=digest)
    raise StatementError(str(path), "not a statement format finapp can read (OFX, QFX or CSV)")
