"""Import statement files: each file whole or not at all, as one undoable batch.

De-duplication (see also :mod:`finapp.core.dedupe`):

* A line with a bank id (OFX FITID) is known by it within its account.
* The same FITID twice **in one file** with the same date, amount and payee is the bank listing
  one transaction twice: it is imported once. The same FITID on *different* lines (banks that
  reuse ids, anonymised exports) makes each distinct line known by FITID plus its fingerprint.
* A line without a FITID (most CSVs, some OFX) is known by date + amount + payee, counted per
  file: two identical coffees on one day stay two, and an overlapping statement adds only its
  new rows.
* Across formats (the card's CSV into an account holding its OFX, or the reverse) no key is
  shared: a line new by the rules above that has the same amount, a date within a few days and
  a similar payee as a stored line of the other format is that line, one-to-one
  (:mod:`finapp.core.cross_format`). This runs only where the account holds lines of another
  format, so an ordinary import pays nothing for it.
* The time of day is no part of any key: the same statement with or without times adds
  nothing, and a re-import that gives a time to a stored line without one fills it in.
"""

from __future__ import annotations

import functools
import threading
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.cross_format import (
    BANK_FAMILIES,
    WINDOW_DAYS,
    Line,
    match_across_formats,
    source_family,
)
from finapp.core.dedupe import assign_occurrences, fingerprint, fitid_key
from finapp.core.merchant import merchant_key
from finapp.core.money import to_minor
from finapp.errors import FinappError, ImportCancelled
from finapp.importers.base import ParsedFile, ParsedStatement, ParsedTransaction, SkippedRow
from finapp.importers.csv import CsvMapping, CsvMappingNeeded
from finapp.importers.csv.profiles import Profile
from finapp.importers.registry import paused_gc, read_statement_file
from finapp.progress import ProgressFn, check_cancel, no_progress
from finapp.services import changes
from finapp.services.accounts import AccountMatch, match_statement
from finapp.services.annotations import tag_new_lines
from finapp.services.changes import Changes
from finapp.services.csv_profiles import saved_mappings
from finapp.services.export import restore_goals
from finapp.services.held_keys import held_keys
from finapp.services.rules import NewLineFiling, new_line_filing
from finapp.services.split_files import split_new_lines
from finapp.services.subscriptions import detect_subscriptions
from finapp.services.transfers import link_days_transfers
from finapp.services.undoable import forget_edits
from finapp.store.engine import Store
from finapp.store.page_cache import larger_page_cache
from finapp.store.schema import (
    Account,
    BalanceSnapshot,
    ImportBatch,
    MerchantAlias,
    StatementPeriod,
    Transaction,
)

#: Rows written between two progress reports / cancellation checks.
CHUNK = 10_000


@dataclass(frozen=True, slots=True)
class AccountCounts:
    account: str
    new: int
    duplicates: int
    #: how the account was found: "chosen", "number", "last four", "name" or "new"
    matched_by: str = ""
    #: why the statement did not go where it seemed to belong (two accounts end in 9012)
    note: str = ""
    #: of ``duplicates``, lines already stored from another format (the card's OFX vs its CSV)
    other_format: int = 0
    #: the first and last day of the lines added; None when none was
    days: tuple[date, date] | None = None


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
    #: refused only because its CSV layout is unknown: a column mapping would read it
    needs_mapping: bool = False
    #: what lenient reading of the file put right (an OFX aggregate never closed, …)
    repairs: tuple[str, ...] = ()
    #: how a CSV file was read (delimiter, header, each role's column, date format, sign)
    detected: dict[str, object] | None = None

    @property
    def days(self) -> tuple[date, date] | None:
        """The first and last day of the lines the file added; None when it added none."""
        spans = [a.days for a in self.accounts if a.days is not None]
        return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None

    @property
    def left_out(self) -> int:
        """Rows left out as neutral (no money of the user's moved): no problem of the file."""
        return sum(1 for s in self.skipped if s.neutral)

    @property
    def refused_rows(self) -> int:
        """Rows rejected for a problem (skipped at the user's choice)."""
        return self.rejected - self.left_out


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
    def rejected(self) -> int:
        return sum(f.rejected for f in self.files)

    @property
    def failed(self) -> tuple[FileResult, ...]:
        return tuple(f for f in self.files if f.error is not None)

    @property
    def changes(self) -> Changes:
        """What the import changed, and which files a column mapping would make readable."""
        unknown = tuple(Path(f.path) for f in self.files if f.needs_mapping)
        written = any(f.error is None for f in self.files)  # balances too, with no new line
        touched = changes.IMPORT if written else Changes()
        return Changes(touched.kinds, needs_mapping=unknown)


@dataclass(frozen=True, slots=True)
class BatchView:
    """One past import, for an undo list."""

    id: int
    file_name: str
    format: str
    imported_at: str
    new: int
    duplicates: int
    rejected: int


def statement_keys(stmt: ParsedStatement, currency: str) -> list[tuple[str, int]]:
    """The (dedupe key, occurrence) of each line; see the module docstring for the rules."""
    txns = stmt.transactions
    repeated = {f for f, n in Counter(t.fitid for t in txns if t.fitid).items() if n > 1}
    prints: dict[str, set[str]] = {}
    for t in txns:
        if t.fitid in repeated:
            prints.setdefault(t.fitid, set()).add(_fingerprint(t, currency))
    keys: list[tuple[str, int] | None] = []
    for t in txns:
        if not t.fitid:
            keys.append(None)
        elif t.fitid in repeated and len(prints[t.fitid]) > 1:
            keys.append((f"{fitid_key(t.fitid)}|{_fingerprint(t, currency)}", 0))
        else:
            keys.append((fitid_key(t.fitid), 0))
    counted = iter(
        assign_occurrences(
            _fingerprint(t, currency) for t, k in zip(txns, keys, strict=True) if k is None
        )
    )
    return [k if k is not None else next(counted) for k in keys]


def _fingerprint(txn: ParsedTransaction, currency: str) -> str:
    return fingerprint(txn.posted, _to_minor(txn.amount, currency), txn.payee)


@functools.lru_cache(maxsize=65536)
def _to_minor(amount: Decimal, currency: str) -> int:
    """``to_minor`` memoised: a statement repeats the same amounts (rent, subscriptions)."""
    return to_minor(amount, currency)


def _minor_units(stmt: ParsedStatement, currency: str) -> list[int]:
    """Each line's amount in minor units, converted once per distinct amount. A dict of this
    statement's amounts: the shared ``_to_minor`` cache keys each call by a new (amount,
    currency) tuple, which cost more than the conversions it saved."""
    known: dict[Decimal, int] = {}
    minors: list[int] = []
    for txn in stmt.transactions:
        minor = known.get(txn.amount)
        if minor is None:
            minor = known[txn.amount] = to_minor(txn.amount, currency)
        minors.append(minor)
    return minors


def _merchant_keys(aliases: Mapping[str, str]) -> Callable[[str, str], str]:
    """``merchant_key`` memoised for one statement, by payee: the memo is read only when the
    payee names no merchant, and memos vary far more than payees (ten years of history hold
    twice as many payee and memo pairs as payees). A merchant the user merged into another
    (``aliases``) is filed under the one it was merged into."""
    by_payee: dict[str, str] = {}
    by_names: dict[tuple[str, str], str] = {}

    def key(payee: str, memo: str) -> str:
        found = by_payee.get(payee)
        if found is None:
            found = by_payee[payee] = merchant_key(payee)
        if not found:
            names = (payee, memo)
            found = by_names.get(names)
            if found is None:
                found = by_names[names] = merchant_key(payee, memo)
        return aliases.get(found, found)

    return key


#: One prepared INSERT run with executemany: SQLAlchemy's per-row parameter processing (ORM or
#: Core) costs several times what SQLCipher needs to write the rows; these columns are plain
#: values (``posted`` in SQLAlchemy's ISO storage format for SQLite dates). Each line is written
#: already filed by the rules (category and payee), so it is never read back to be updated.
_COLUMNS = (
    "account_id",
    "batch_id",
    "posted",
    "amount_minor",
    "currency",
    "payee",
    "original_payee",
    "memo",
    "fitid",
    "source_kind",
    "dedupe_key",
    "occurrence",
    "merchant",
    "is_transfer",
    "posted_time",
    "category_id",
    "category_source",
    "note",
)
_INSERT = (
    f"INSERT INTO {Transaction.__tablename__} ({', '.join(_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _COLUMNS)})"
)


#: A line stored before its source gave times gets the time a re-import of it carries: the
#: line stays the same line (same key), it only learns its time of day.
_FILL_TIME = (
    f"UPDATE {Transaction.__tablename__} SET posted_time = ? "
    "WHERE account_id = ? AND dedupe_key = ? AND occurrence = ? AND posted_time IS NULL"
)

#: One new line's values in ``_COLUMNS`` order, as plain SQL takes them (ints, ISO text, None)
_Row = tuple[Any, ...]
_POSTED, _AMOUNT, _PAYEE, _MERCHANT = (
    _COLUMNS.index(c) for c in ("posted", "amount_minor", "original_payee", "merchant")
)


def _write_statement(
    session: Session,
    batch: ImportBatch,
    stmt: ParsedStatement,
    match: AccountMatch,
    filed: NewLineFiling,
    progress: ProgressFn,
    cancel: threading.Event | None,
) -> AccountCounts:
    account = match.account
    rows, duplicates = _new_rows(session, batch, stmt, account, filed)
    rows, other_format = _without_other_format(session, batch, stmt, account, rows)
    for start in range(0, len(rows), CHUNK):
        check_cancel(cancel)
        chunk = rows[start : start + CHUNK]
        session.connection().exec_driver_sql(_INSERT, chunk)
        progress(start + len(chunk), len(stmt.transactions), account.name)
    if any(t.tags for t in stmt.transactions):  # finapp's own export: the user's tags
        tag_new_lines(
            session, batch.id, account.id, stmt.transactions, statement_keys(stmt, account.currency)
        )
    if any(t.splits for t in stmt.transactions):  # and the parts of the lines they split
        split_new_lines(
            session, batch.id, account.id, stmt.transactions, statement_keys(stmt, account.currency)
        )
    _write_balances(session, batch, stmt, account)
    _write_period(session, batch, stmt, account)
    days = [r[_POSTED] for r in rows]  # ISO dates: their order is the days' order
    span = (date.fromisoformat(min(days)), date.fromisoformat(max(days))) if days else None
    return AccountCounts(
        account.name,
        len(rows),
        duplicates + other_format,
        match.how,
        match.note,
        other_format,
        span,
    )


def _new_rows(
    session: Session,
    batch: ImportBatch,
    stmt: ParsedStatement,
    account: Account,
    filed: NewLineFiling,
) -> tuple[list[_Row], int]:
    """The rows to insert for lines not yet stored by the exact rules, filed by the rules, and
    how many were stored already."""
    currency = account.currency
    # the ORM's attribute access, once per statement instead of three times a line
    account_id, batch_id = account.id, batch.id
    keys = statement_keys(stmt, currency)
    seen, untimed = held_keys(session, account_id, keys)  # untimed: stored without a time
    aliases = session.execute(select(MerchantAlias.merchant, MerchantAlias.target))
    merchant = _merchant_keys({source: target for source, target in aliases})
    rows: list[_Row] = []
    timed: list[tuple[str, int, str, int]] = []
    duplicates = 0
    minors = _minor_units(stmt, currency)
    for txn, key, minor in zip(stmt.transactions, keys, minors, strict=True):
        if key in seen:
            duplicates += 1
            if txn.time is not None and key in untimed:
                untimed.discard(key)
                timed.append((_stored_time(txn.time), account_id, *key))
            continue
        seen.add(key)
        known_as = merchant(txn.payee, txn.memo)
        category_id, source, payee = filed(txn.payee, txn.memo, known_as, minor, account_id)
        rows.append(
            (
                account_id,
                batch_id,
                txn.posted.isoformat(),
                minor,
                currency,
                payee,
                txn.payee,
                txn.memo,
                txn.fitid,
                txn.kind,
                key[0],
                key[1],
                known_as,
                False,
                txn.time and _stored_time(txn.time),
                category_id,
                source,
                txn.note,
            )
        )
    if timed:
        session.connection().exec_driver_sql(_FILL_TIME, timed)
    return rows, duplicates


def _stored_time(when: time) -> str:
    """A time of day in SQLAlchemy's SQLite storage format for ``Time`` (rows are written
    with plain SQL, see ``_INSERT``)."""
    return when.isoformat(timespec="microseconds")


def _without_other_format(
    session: Session,
    batch: ImportBatch,
    stmt: ParsedStatement,
    account: Account,
    rows: list[_Row],
) -> tuple[list[_Row], int]:
    """``rows`` less the lines the account already holds from another format, and their count.

    Only a bank statement (OFX or CSV) is compared, and only with the other format's lines
    around its dates: an account holding one format only costs one small query.
    """
    family = source_family(batch.format)
    if family not in BANK_FAMILIES or not rows:
        return rows, 0
    days = [r[_POSTED] for r in rows]  # ISO dates: their order is the days' order
    stored = [
        (fmt, line)
        for fmt, line in _stored_lines(
            session,
            account,
            batch.format,
            date.fromisoformat(min(days)),
            date.fromisoformat(max(days)),
        )
        if source_family(fmt) in BANK_FAMILIES - {family}
    ]
    if not stored:
        return rows, 0
    incoming = [
        Line(date.fromisoformat(r[_POSTED]), r[_AMOUNT], r[_MERCHANT], r[_PAYEE]) for r in rows
    ]
    claimed = _told_before(session, account, family, stmt, incoming)
    others = [line for _, line in stored if not claimed(line.posted)]
    same = match_across_formats(incoming, others)
    return [r for i, r in enumerate(rows) if i not in same], len(same)


def _told_before(
    session: Session,
    account: Account,
    family: str,
    stmt: ParsedStatement,
    incoming: list[Line],
) -> Callable[[date], bool]:
    """Whether a stored line's day was already told by an earlier statement of this format.

    The October OFX matched the October CSV's lines and left them standing for its own; the
    November OFX must not take them again for its first days (a coffee bought 30 October and
    posted 1 November is not the one bought 29 October). Days inside this statement's own span
    stay open, so importing the same statement again still finds its partners.
    """
    first = stmt.start or min(line.posted for line in incoming)
    last = stmt.end or max(line.posted for line in incoming)
    spans = [
        (start, end)
        for fmt, start, end in session.execute(
            select(ImportBatch.format, StatementPeriod.start, StatementPeriod.end)
            .join(ImportBatch, StatementPeriod.batch_id == ImportBatch.id)
            .where(StatementPeriod.account_id == account.id)
        )
        if source_family(fmt) == family
    ]

    def claimed(day: date) -> bool:
        return not first <= day <= last and any(start <= day <= end for start, end in spans)

    return claimed


def _stored_lines(
    session: Session, account: Account, batch_format: str, first: date, last: date
) -> list[tuple[str, Line]]:
    """The account's lines from other imports' formats within the matching window of the days
    ``first`` to ``last``."""
    first, last = first - timedelta(days=WINDOW_DAYS), last + timedelta(days=WINDOW_DAYS)
    found = session.execute(
        select(
            ImportBatch.format,
            Transaction.posted,
            Transaction.amount_minor,
            Transaction.merchant,
            Transaction.original_payee,
        )
        .join(ImportBatch, Transaction.batch_id == ImportBatch.id)
        .where(
            Transaction.account_id == account.id,
            ImportBatch.format != batch_format,
            Transaction.posted.between(first, last),
        )
    )
    return [
        (fmt, Line(posted, amount, merchant, payee))
        for fmt, posted, amount, merchant, payee in found
    ]


def _write_period(
    session: Session, batch: ImportBatch, stmt: ParsedStatement, account: Account
) -> None:
    """The days the statement covers: its stated start and end, else its first and last line;
    with what a card statement says of the card (due date, minimum, limit) where it says so.

    A statement with no lines and no dates says nothing about any day.
    """
    days = [t.posted for t in stmt.transactions]
    start = stmt.start or (min(days) if days else stmt.end)
    end = stmt.end or (max(days) if days else stmt.start)
    if start is None or end is None:
        return
    session.add(
        StatementPeriod(
            account_id=account.id,
            batch_id=batch.id,
            start=min(start, end),
            end=max(start, end),
            payment_due_on=stmt.payment_due_on,
            minimum_due_minor=_optional_minor(stmt.minimum_due, account.currency),
            credit_limit_minor=_optional_minor(stmt.credit_limit, account.currency),
        )
    )


def _optional_minor(amount: Decimal | None, currency: str) -> int | None:
    return None if amount is None else to_minor(amount, currency)


def _write_balances(
    session: Session, batch: ImportBatch, stmt: ParsedStatement, account: Account
) -> None:
    """Stated balances, once per account, kind and date (the first import keeps it, so undoing a
    later overlapping import never removes a balance an earlier one stated)."""
    for balance in stmt.balances:
        exists = session.scalars(
            select(BalanceSnapshot.id).where(
                BalanceSnapshot.account_id == account.id,
                BalanceSnapshot.kind == balance.kind,
                BalanceSnapshot.as_of == balance.as_of,
            )
        ).first()
        if exists is None:
            session.add(
                BalanceSnapshot(
                    account_id=account.id,
                    batch_id=batch.id,
                    kind=balance.kind,
                    amount_minor=to_minor(balance.amount, account.currency),
                    as_of=balance.as_of,
                )
            )


def write_parsed(
    session: Session,
    parsed: ParsedFile,
    account_name: str | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancel: threading.Event | None = None,
) -> FileResult:
    """Write one parsed file as one batch inside ``session``: accounts, new lines filed by the
    rules, balances."""
    with paused_gc(), larger_page_cache(session):
        return _write_file(session, parsed, account_name, progress, cancel)


def _write_file(
    session: Session,
    parsed: ParsedFile,
    account_name: str | None,
    progress: ProgressFn,
    cancel: threading.Event | None,
) -> FileResult:
    batch = ImportBatch(
        file_name=Path(parsed.path).name, file_sha256=parsed.sha256, format=parsed.format
    )
    session.add(batch)
    session.flush()
    currencies = {stmt.account.currency for stmt in parsed.statements}
    filed = new_line_filing(session)
    counts = [
        _write_statement(
            session,
            batch,
            stmt,
            match_statement(
                session,
                stmt.account,
                _chosen_name(account_name, stmt.account.currency, len(currencies) > 1),
            ),
            filed,
            progress,
            cancel,
        )
        for stmt in parsed.statements
    ]
    batch.new_count = sum(c.new for c in counts)
    batch.duplicate_count = sum(c.duplicates for c in counts)
    batch.rejected_count = len(parsed.skipped)
    return FileResult(
        path=parsed.path,
        format=parsed.format,
        batch_id=batch.id,
        new=batch.new_count,
        duplicates=batch.duplicate_count,
        rejected=batch.rejected_count,
        accounts=tuple(counts),
        skipped=parsed.skipped,
        repairs=parsed.repairs,
        detected=parsed.detected,
    )


def _chosen_name(name: str | None, currency: str, several: bool) -> str | None:
    """The account the user named; with lines in several currencies, one account per currency
    (an account's amounts are in one currency)."""
    return f"{name} ({currency})" if name and several else name


def import_parsed(
    store: Store,
    parsed: ParsedFile,
    account_name: str | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancel: threading.Event | None = None,
) -> FileResult:
    """Write one parsed file as one batch, in one transaction (all of it or nothing).

    The cyclic garbage collector waits until the batch is written, categorized and paired: with
    a large file's lines alive, each collection rescans them all (see ``paused_gc``).
    """
    with store.write() as session, paused_gc():
        result = write_parsed(session, parsed, account_name, progress=progress, cancel=cancel)
        if result.days is not None:  # the batch's other sides, around the days it added
            link_days_transfers(session, *result.days)
        if parsed.format == "csv:finapp-export":  # the goals of the export come back with it
            restore_goals(session, Path(parsed.path).parent)
        return result


def import_files(
    store: Store,
    paths: Sequence[Path],
    *,
    account_name: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: threading.Event | None = None,
    mapping: CsvMapping | None = None,
    profile: Profile | None = None,
    skip_bad_rows: bool = False,
    first_sign: str = "",
) -> ImportResult:
    """Import each file atomically; a refused file is reported and leaves the store untouched.

    ``mapping``/``profile`` say how to read CSV files (else the user's saved mappings, then
    detection); with ``skip_bad_rows`` unreadable rows are listed instead of refusing the file;
    ``first_sign`` ("in"/"out") is the oldest row's sign where a CSV's balance signs the rest.
    Cancelling stops before or during a file; that file's writing is rolled back.
    """
    saved = saved_mappings(store)
    results: list[FileResult] = []
    for done, path in enumerate(paths):
        check_cancel(cancel)
        label = Path(path).name
        progress(done, len(paths), label)
        try:
            parsed = read_statement_file(
                Path(path),
                mapping=mapping,
                profile=profile,
                saved=saved,
                skip_bad_rows=skip_bad_rows,
                first_sign=first_sign,
            )
            check_cancel(cancel)
            results.append(import_parsed(store, parsed, account_name, cancel=cancel))
        except ImportCancelled:
            raise
        except FinappError as exc:
            unknown = isinstance(exc, CsvMappingNeeded)
            results.append(FileResult(path=str(path), error=exc.message, needs_mapping=unknown))
    progress(len(paths), len(paths), "")
    result = ImportResult(tuple(results))
    if result.changes:  # edits' statements point at rows the new lines' filing may follow
        forget_edits(store)
    if result.new:
        with paused_gc():  # as for the import itself: the history is loaded whole
            detect_subscriptions(store)  # recurring charges re-detected with the new history
    return result


def list_batches(store: Store) -> list[BatchView]:
    """Past imports, newest first."""
    with store.read() as session:
        batches = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
        return [
            BatchView(
                b.id,
                b.file_name,
                b.format,
                b.imported_at.isoformat(timespec="seconds"),
                b.new_count,
                b.duplicate_count,
                b.rejected_count,
            )
            for b in batches
        ]
