"""Read finapp's own ``transactions.csv`` export back, every account as it was.

A generic CSV profile would put all rows into one account; the export names the account of
each row, so this reader groups rows by account and keeps names, numbers and bank ids (FITIDs)
exactly, which makes an export → import round trip give the same transactions (split lines
come back with their parts from ``splits.csv`` beside it, see
:mod:`finapp.importers.finapp_export_splits`). The file is recognised by its first header
cell, ``finapp_transaction_id``. Text cells lose the ``'`` the export put before formula-like
text (see :mod:`finapp.core.spreadsheet_cells`).

An export writes ``manifest.json`` beside its files (each file's rows and SHA-256). When the
manifest is beside the file imported, the file must be exactly what was exported: a file cut
short (a copy interrupted, an export killed by an older finapp) or changed is refused, naming
the rows expected and found. Without a manifest (only the CSV was copied) the file is accepted
when it ends with a complete line, since every export does; a file edited on purpose imports
from a folder without the manifest.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import date, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from finapp.core.account_types import AccountType
from finapp.core.money import DEFAULT_CURRENCY
from finapp.core.spreadsheet_cells import restore
from finapp.core.tags import parse_tags
from finapp.errors import InvalidInputError, Problem, StatementError, problem_list
from finapp.importers.base import ParsedAccount, ParsedFile, ParsedStatement, ParsedTransaction
from finapp.importers.finapp_export_splits import splits_beside, with_parts

#: The first column of ``transactions.csv``: finapp's id of each line.
ID_COLUMN = "finapp_transaction_id"
MARKER = f"{ID_COLUMN},".encode()
#: The column naming the other side of a transfer (or the wallet payment a card line paid) by
#: its ``finapp_transaction_id``; what makes a line a transfer comes back with the line.
TRANSFER_OF = "transfer_of"
#: The column of the statement's own type of a line (a wallet payment's paying source), which
#: pairs a card statement imported later with the wallet payments it paid.
SOURCE_TYPE = "source_type"
#: The export's file of transactions: importing it brings back the whole export.
TRANSACTIONS_FILE = "transactions.csv"
#: The export's description of its files, beside them.
MANIFEST_FILE = "manifest.json"
MANIFEST_FORMAT = "finapp-export"
MANIFEST_VERSION = 1
_NEEDED = ("date", "amount", "currency", "payee", "memo", "account", "fitid")


def is_export_folder(folder: Path) -> bool:
    """Whether ``folder`` is an export finapp wrote (its ``manifest.json`` says so)."""
    try:
        described = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(described, dict) and described.get("format") == MANIFEST_FORMAT


def export_part(name: str) -> Problem | None:
    """Why ``name`` is not imported on its own: a file of finapp's export other than its
    ``transactions.csv`` (``budgets.csv``, ``subscriptions.csv``…), which comes back with the
    transactions it belongs with; None for any other file. Read as a bank's statement, a list
    of subscriptions would become a dozen invented transactions."""
    path = Path(name)
    if path.name == TRANSACTIONS_FILE or not is_export_folder(path.parent):
        return None
    try:
        described = json.loads((path.parent / MANIFEST_FILE).read_text(encoding="utf-8"))
        listed = path.name in described["files"] or path.name == MANIFEST_FILE
    except (OSError, ValueError, TypeError, KeyError):
        listed = False
    if not listed:
        return None
    whole = path.parent / TRANSACTIONS_FILE
    english = (
        f"{path.name} is part of a finapp export: import {whole} (or the export's folder), "
        f"which brings back {path.name} with everything else the export holds"
    )
    return Problem("export.part", english, file=path.name, transactions=whole)


def looks_like_finapp_export(data: bytes) -> bool:
    return data.removeprefix(b"\xef\xbb\xbf").startswith(MARKER)


def _row(name: str, line: int, cells: dict[str, str]) -> tuple[ParsedAccount, ParsedTransaction]:
    row = {header: restore(cell) for header, cell in cells.items()}
    try:
        posted = date.fromisoformat(row["date"])
        amount = Decimal(row["amount"])
        # exports from before times were kept have no time column
        at = time.fromisoformat(row["time"]) if row.get("time") else None
    except (ValueError, InvalidOperation):
        english = "not a date, time or amount finapp wrote"
        raise StatementError(name, Problem("export.bad_cell", english), line) from None
    if not amount.is_finite():
        english = "not an amount finapp wrote"
        raise StatementError(name, Problem("export.bad_amount", english), line)
    account = ParsedAccount(
        number=row.get("account_number") or "",
        institution=row.get("institution") or "",
        type=row.get("account_type") or AccountType.CHECKING,
        currency=row["currency"] or DEFAULT_CURRENCY,
        name=row["account"],
    )
    txn = ParsedTransaction(
        posted=posted,
        time=at,
        amount=amount,
        payee=row["payee"],
        memo=row["memo"],
        fitid=row["fitid"] or None,
        line=line,
        kind=row.get(SOURCE_TYPE) or "",
        note=row.get("note") or "",
        tags=_tags(name, line, row.get("tags") or ""),
        category=row.get("category") or "",
        bank_category=row.get("bank_category") or "",  # none in an older finapp's export
    )
    return account, txn


def _tags(name: str, line: int, cell: str) -> tuple[str, ...]:
    """The tags of a ``tags`` cell (exports from before tags have none); a cell edited into
    something that is no tag is refused with the row, as a bad date is."""
    try:
        return tuple(parse_tags(cell))
    except InvalidInputError as refused:
        raise StatementError(name, refused.message, line) from None


def _manifest_entry(name: str, manifest: Path) -> dict[str, Any] | None:
    """What the manifest says of the file ``name``; None when it does not list it."""
    try:
        described = json.loads(manifest.read_text(encoding="utf-8"))
        if described.get("format") != MANIFEST_FORMAT:
            return None
        entry = described["files"].get(Path(name).name)
        if entry is None:
            return None
        return {"rows": int(entry["rows"]), "sha256": str(entry["sha256"])}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        english = f"{manifest} beside it is unreadable or damaged"
        problem = Problem("export.bad_manifest", english, manifest=manifest)
        raise StatementError(name, problem) from None


def _rows_in(data: bytes) -> int:
    """Rows after the header, counted the way the reader sees them, whatever their content."""
    text = data.decode("utf-8-sig", errors="replace")
    return max(sum(1 for _ in csv.reader(io.StringIO(text, newline=""))) - 1, 0)


def verify_export(name: str, data: bytes, folder: Path | None) -> None:
    """Refuse a file cut or changed since finapp exported it (see the module's documentation)."""
    manifest = folder / MANIFEST_FILE if folder is not None else None
    entry = _manifest_entry(name, manifest) if manifest and manifest.is_file() else None
    if entry is None:
        if not data.endswith(b"\n"):
            english = "the file ends in the middle of a row: it was cut short"
            raise StatementError(name, Problem("export.cut_short", english))
        return
    if hashlib.sha256(data).hexdigest() == entry["sha256"]:
        return
    expected, found = entry["rows"], _rows_in(data)
    english = (
        f"the file was cut or changed after export: expected {expected} rows, found {found} "
        f"({MANIFEST_FILE} beside it says so; a file edited on purpose imports from a folder "
        f"without {MANIFEST_FILE})"
    )
    facts = {"expected": expected, "found": found, "manifest": MANIFEST_FILE}
    raise StatementError(name, Problem("export.changed", english, **facts))


def read_finapp_export(name: str, data: bytes, folder: Path | None = None) -> ParsedFile:
    """One statement per account named in the export, in the order the file shows them.

    ``folder`` is where the file was read: the manifest there, if any, must match it.
    """
    verify_export(name, data, folder)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        english = "a finapp export must be UTF-8"
        raise StatementError(name, Problem("export.not_utf8", english)) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in _NEEDED if c not in (reader.fieldnames or [])]
    if missing:
        english = f"finapp export without column(s) {', '.join(missing)}"
        columns = problem_list(missing, ", ", code="names")
        raise StatementError(name, Problem("export.columns", english, columns=columns), 1)
    groups: dict[ParsedAccount, list[ParsedTransaction]] = {}
    parts = splits_beside(folder, verify_export)
    try:
        for row in reader:
            if None in row or any(v is None for v in row.values()):
                english = "a row has the wrong number of cells"
                problem = Problem("export.cells", english)
                raise StatementError(name, problem, reader.line_num)
            account, txn = _row(name, reader.line_num, row)
            if row[ID_COLUMN] in parts:
                txn = with_parts(name, txn, parts[row[ID_COLUMN]])
            groups.setdefault(account, []).append(txn)
    except csv.Error as exc:
        problem = Problem("export.not_csv", f"not a readable CSV ({exc})", detail=exc)
        raise StatementError(name, problem, reader.line_num) from None
    if not groups:
        english = "the finapp export holds no transactions"
        raise StatementError(name, Problem("export.empty", english))
    statements = tuple(ParsedStatement(acct, tuple(txns)) for acct, txns in groups.items())
    return ParsedFile(path=name, format="csv:finapp-export", statements=statements)
