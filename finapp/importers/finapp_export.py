"""Read finapp's own ``transactions.csv`` export back, every account as it was.

A generic CSV profile would put all rows into one account; the export names the account of
each row, so this reader groups rows by account and keeps names, numbers and bank ids (FITIDs)
exactly, which makes an export → import round trip give the same transactions. The file is
recognised by its first header cell, ``finapp_transaction_id``. Text cells lose the ``'`` the
export put before formula-like text (see :mod:`finapp.core.spreadsheet_cells`).
"""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal, InvalidOperation

from finapp.core.spreadsheet_cells import restore
from finapp.errors import StatementError
from finapp.importers.base import ParsedAccount, ParsedFile, ParsedStatement, ParsedTransaction

MARKER = b"finapp_transaction_id,"
_NEEDED = ("date", "amount", "currency", "payee", "memo", "account", "fitid")


def looks_like_finapp_export(data: bytes) -> bool:
    return data.removeprefix(b"\xef\xbb\xbf").startswith(MARKER)


def _row(name: str, line: int, cells: dict[str, str]) -> tuple[ParsedAccount, ParsedTransaction]:
    row = {header: restore(cell) for header, cell in cells.items()}
    try:
        posted = date.fromisoformat(row["date"])
        amount = Decimal(row["amount"])
    except (ValueError, InvalidOperation):
        raise StatementError(name, "not a date or amount finapp wrote", line) from None
    if not amount.is_finite():
        raise StatementError(name, "not an amount finapp wrote", line)
    account = ParsedAccount(
        number=row.get("account_number") or "",
        institution=row.get("institution") or "",
        type=row.get("account_type") or "checking",
        currency=row["currency"] or "USD",
        name=row["account"],
    )
    txn = ParsedTransaction(
        posted=posted,
        amount=amount,
        payee=row["payee"],
        memo=row["memo"],
        fitid=row["fitid"] or None,
        line=line,
    )
    return account, txn


def read_finapp_export(name: str, data: bytes) -> ParsedFile:
    """One statement per account named in the export, in the order the file shows them."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise StatementError(name, "a finapp export must be UTF-8") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in _NEEDED if c not in (reader.fieldnames or [])]
    if missing:
        raise StatementError(name, f"finapp export without column(s) {', '.join(missing)}", 1)
    groups: dict[ParsedAccount, list[ParsedTransaction]] = {}
    try:
        for row in reader:
            if None in row or any(v is None for v in row.values()):
                raise StatementError(name, "a row has the wrong number of cells", reader.line_num)
            account, txn = _row(name, reader.line_num, row)
            groups.setdefault(account, []).append(txn)
    except csv.Error as exc:
        raise StatementError(name, f"not a readable CSV ({exc})", reader.line_num) from None
    if not groups:
        raise StatementError(name, "the finapp export holds no transactions")
    statements = tuple(ParsedStatement(acct, tuple(txns)) for acct, txns in groups.items())
    return ParsedFile(path=name, format="csv:finapp-export", statements=statements)
