"""Import statement files: each file whole or not at all, as one undoable batch."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from finapp.core.dedupe import assign_occurrences, fingerprint, fitid_key
from finapp.core.merchant import merchant_key
from finapp.core.money import to_minor
from finapp.errors import FinappError, ImportCancelled, NotFoundError
from finapp.importers.base import ParsedFile, ParsedStatement, SkippedRow
from finapp.importers.registry import read_statement_file
from finapp.progress import ProgressFn, check_cancel, no_progress
from finapp.services.accounts import account_for_statement
from finapp.services.rules import after_import
from finapp.store.engine import Store
from finapp.store.schema import Account, BalanceSnapshot, ImportBatch, Transaction


@dataclass(frozen=True, slots=True)
class AccountCounts:
    account: str
    new: int
    duplicates: int


@dataclass(frozen=True, slots=True)
class FileResult:
    """What one file added; ``error`` is set (and nothing was written) when it was refused."""

    path: str
    format: str = ""
    batch_id: int | None = None
    new: int = 0
    duplicates: int = 0
    rejected: int = 0
    accounts: tuple[AccountCounts, ...] = ()
    skipped: tuple[SkippedRow, ...] = ()
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ImportResult:
    files: tuple[FileResult, ...]

    @property
    def new(self) -> int:
        return sum(f.new for f in self.files)

    @property
    def duplicates(self) -> int:
        return sum(f.duplicates for f in self.files)

    @property
    def failed(self) -> tuple[FileResult, ...]:
        return tuple(f for f in self.files if f.error is not None)


def _keys(stmt: ParsedStatement, currency: str) -> list[tuple[str, int]]:
    keys = [
        fitid_key(t.fitid)
        if t.fitid
        else fingerprint(t.posted, to_minor(t.amount, currency), t.payee)
        for t in stmt.transactions
    ]
    return assign_occurrences(keys)


def _write_statement(
    session: Session, batch: ImportBatch, stmt: ParsedStatement, account: Account
) -> AccountCounts:
    currency = account.currency
    existing = set(
        session.execute(
            select(Transaction.dedupe_key, Transaction.occurrence).where(
                Transaction.account_id == account.id
            )
        ).tuples()
    )
    rows = []
    duplicates = 0
    for txn, (key, occurrence) in zip(stmt.transactions, _keys(stmt, currency), strict=True):
        if (key, occurrence) in existing:
            duplicates += 1
            continue
        rows.append(
            {
                "account_id": account.id,
                "batch_id": batch.id,
                "posted": txn.posted,
                "amount_minor": to_minor(txn.amount, currency),
                "currency": currency,
                "payee": txn.payee,
                "original_payee": txn.payee,
                "memo": txn.memo,
                "fitid": txn.fitid,
                "source_kind": txn.kind,
                "dedupe_key": key,
                "occurrence": occurrence,
                "merchant": merchant_key(txn.payee, txn.memo),
            }
        )
    if rows:
        session.execute(insert(Transaction), rows)
    for balance in stmt.balances:
        session.execute(
            delete(BalanceSnapshot).where(
                BalanceSnapshot.account_id == account.id,
                BalanceSnapshot.kind == balance.kind,
                BalanceSnapshot.as_of == balance.as_of,
            )
        )
        session.add(
            BalanceSnapshot(
                account_id=account.id,
                batch_id=batch.id,
                kind=balance.kind,
                amount_minor=to_minor(balance.amount, currency),
                as_of=balance.as_of,
            )
        )
    return AccountCounts(account.name, len(rows), duplicates)


def _store_parsed(store: Store, parsed: ParsedFile, account_name: str | None) -> FileResult:
    with store.write() as session:
        batch = ImportBatch(
            file_name=Path(parsed.path).name, file_sha256=parsed.sha256, format=parsed.format
        )
        session.add(batch)
        session.flush()
        counts = [
            _write_statement(
                session, batch, stmt, account_for_statement(session, stmt.account, account_name)
            )
            for stmt in parsed.statements
        ]
        batch.new_count = sum(c.new for c in counts)
        batch.duplicate_count = sum(c.duplicates for c in counts)
        batch.rejected_count = len(parsed.skipped)
        after_import(session, batch.id)
        return FileResult(
            path=parsed.path,
            format=parsed.format,
            batch_id=batch.id,
            new=batch.new_count,
            duplicates=batch.duplicate_count,
            rejected=batch.rejected_count,
            accounts=tuple(counts),
            skipped=parsed.skipped,
        )


def import_files(
    store: Store,
    paths: Sequence[Path],
    *,
    account_name: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: threading.Event | None = None,
) -> ImportResult:
    """Import each file atomically; a refused file is reported and leaves the store untouched."""
    results: list[FileResult] = []
    for done, path in enumerate(paths):
        check_cancel(cancel)
        progress(done, len(paths), Path(path).name)
        try:
            parsed = read_statement_file(Path(path))
            check_cancel(cancel)
            results.append(_store_parsed(store, parsed, account_name))
        except ImportCancelled:
            raise
        except FinappError as exc:
            results.append(FileResult(path=str(path), error=exc.message))
    progress(len(paths), len(paths), "")
    return ImportResult(tuple(results))


def undo_import(store: Store, batch_id: int) -> int:
    """Remove everything one import added; returns how many transactions went."""
    with store.write() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFoundError(f"No import batch {batch_id}")
        removed = batch.new_count
        session.delete(batch)
        return removed
