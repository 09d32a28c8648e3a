"""Import statement files: each file whole or not at all, as one undoable batch.

The file-level pipeline: read each file, write it as one batch in one transaction, pair the
transfers around the days it added, then re-detect subscriptions once for the whole run. How a
line is known again is in :mod:`finapp.services.import_keys`; how a statement's lines are
written, in :mod:`finapp.services.import_rows`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from finapp.errors import FinappError, ImportCancelled, StatementError
from finapp.gc_pause import paused_gc
from finapp.importers.base import ParsedFile
from finapp.importers.csv.mapping import CsvMapping
from finapp.importers.csv.mapping_needed import CsvMappingNeeded
from finapp.importers.csv.profile import Profile
from finapp.importers.registry import read_statement_file
from finapp.progress import ProgressFn, Stage, StageFn, check_cancel, no_progress, no_stage
from finapp.services import import_log
from finapp.services.account_question import NewAccountName, account_question
from finapp.services.accounts import match_statement
from finapp.services.automatic_currency import keep_automatic_currency
from finapp.services.csv_profiles import saved_mappings
from finapp.services.export_restore import restore_before_lines, restore_from_export
from finapp.services.import_corrections import forget_corrections
from finapp.services.import_empty import drop_if_empty, holds_something
from finapp.services.import_folders import statement_files, with_left_out_notes
from finapp.services.import_guessed_currency import with_held_currency
from finapp.services.import_results import AccountCounts, BatchView, FileResult, ImportResult
from finapp.services.import_rows import write_statement
from finapp.services.rule_filing import new_line_filing
from finapp.services.subscriptions import detect_subscriptions
from finapp.services.transfers import link_days_transfers
from finapp.services.undoable import forget_edits
from finapp.services.wallet_funding import link_days_funding
from finapp.services.wallet_refunds import REFUND_DAYS, file_refunds_like_purchases
from finapp.store.engine import Store
from finapp.store.page_cache import larger_page_cache, larger_page_caches
from finapp.store.schema import ImportBatch, Transaction

#: What callers (the CLI, the GUI, the bench) take from here: the results come with the
#: functions that return them.
__all__ = [
    "AccountCounts",
    "BatchView",
    "FileResult",
    "ImportResult",
    "import_files",
    "import_parsed",
    "list_batches",
    "write_parsed",
]


def write_parsed(
    session: Session,
    parsed: ParsedFile,
    account_name: str | None = None,
    *,
    stage: StageFn = no_stage,
    cancel: threading.Event | None = None,
) -> FileResult:
    """Write one parsed file as one batch inside ``session``: accounts, new lines filed by the
    rules, balances. A file that adds nothing keeps no batch (:mod:`.import_empty`)."""
    with paused_gc(), larger_page_cache(session):
        return _write_file(session, parsed, account_name, stage, cancel)


def _write_file(
    session: Session,
    parsed: ParsedFile,
    account_name: str | None,
    stage: StageFn,
    cancel: threading.Event | None,
) -> FileResult:
    batch = ImportBatch(
        file_name=Path(parsed.path).name, file_sha256=parsed.sha256, format=parsed.format
    )
    session.add(batch)
    session.flush()
    forget_corrections(session, batch.id)
    parsed = with_held_currency(session, parsed)
    currencies = {stmt.account.currency for stmt in parsed.statements}
    filed = new_line_filing(session)
    counts = [
        write_statement(
            session,
            batch,
            stmt,
            match_statement(
                session,
                stmt.account,
                _chosen_name(account_name, stmt.account.currency, len(currencies) > 1),
                stmt.transactions,
                parsed.format,
            ),
            filed,
            stage,
            cancel,
        )
        for stmt in parsed.statements
    ]
    batch.new_count = sum(c.new for c in counts)
    batch.duplicate_count = sum(c.duplicates for c in counts)
    batch.rejected_count = len(parsed.skipped)
    batch_id = None if drop_if_empty(session, batch) else batch.id
    return FileResult(
        path=parsed.path,
        format=parsed.format,
        batch_id=batch_id,
        new=batch.new_count,
        duplicates=batch.duplicate_count,
        rejected=batch.rejected_count,
        accounts=tuple(counts),
        skipped=parsed.skipped,
        repairs=parsed.repairs,
        notes=parsed.notes + tuple(note for c in counts for note in c.said),
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
    stage: StageFn = no_stage,
    cancel: threading.Event | None = None,
) -> FileResult:
    """Write one parsed file as one batch, in one transaction (all of it or nothing).

    The cyclic garbage collector waits until the batch is written, categorized and paired: with
    a large file's lines alive, each collection rescans them all (see ``paused_gc``). The pairing
    reads the pages the writing left in the larger page cache instead of decrypting them again.
    Payment-app rows are paired with the bank lines that funded them before transfers are: a
    funding bank line is no transfer's side.
    """
    with store.write() as session, paused_gc(), larger_page_cache(session):
        before = _last_line(session)
        if parsed.format == "csv:finapp-export":  # the user's categories and payee names
            restore_before_lines(session, parsed)
        result = write_parsed(session, parsed, account_name, stage=stage, cancel=cancel)
        result = replace(result, lines=range(before + 1, _last_line(session) + 1))
        if parsed.format == "csv:finapp-export":  # its transfers, periods, balances, goals…
            restore_from_export(session, parsed, result.batch_id)
        if result.days is not None:  # the batch's other sides, around the days it added
            stage(Stage.PAIRING, 0, 0)
            first, last = result.days
            funded = link_days_funding(session, first, last)
            # its refunds, and those stored before it that one of its purchases may be of
            file_refunds_like_purchases(session, first, last + timedelta(days=REFUND_DAYS))
            link_days_transfers(session, first, last)
            result = replace(result, notes=result.notes + funded.notes())
        return result


def _last_line(session: Session) -> int:
    """The highest line id so far (0 in an empty store): a batch's lines are the ones written
    after it, each given the next id, and only its lines are written while it is."""
    return session.scalar(_LAST_LINE) or 0


_LAST_LINE = select(func.max(Transaction.id))  # built once: asked twice for each file


def import_files(
    store: Store,
    paths: Sequence[Path],
    *,
    account_name: str | None = None,
    progress: ProgressFn = no_progress,
    stage: StageFn = no_stage,
    cancel: threading.Event | None = None,
    mapping: CsvMapping | None = None,
    profile: Profile | None = None,
    skip_bad_rows: bool = False,
    first_sign: str = "",
    ask_unnamed: bool = False,
    date_format: str = "",
    new_account_name: NewAccountName | None = None,
) -> ImportResult:
    """Import each file atomically; a refused file is reported and leaves the store untouched.
    A folder among ``paths`` stands for the statement files in it
    (:mod:`finapp.services.import_folders`), its other files named in a note.

    ``progress`` hears of each file as its reading starts, ``stage`` of the work on it after
    (filing, storing, pairing) and of the detection after the last one.
    ``mapping``/``profile`` say how to read CSV files (else the user's saved mappings, then
    detection); with ``skip_bad_rows`` unreadable rows are listed instead of refusing the file;
    ``first_sign`` ("in"/"out") is the oldest row's sign where a CSV's balance signs the rest;
    ``date_format`` (``DD/MM/YYYY``) reads a CSV's dates that fit both day and month first.
    With ``ask_unnamed`` and no ``account_name``, a file naming no account is left out with the
    question which account it goes into (:mod:`finapp.services.account_question`), a new
    account proposed under ``new_account_name``'s words (the window's language).
    Cancelling stops before or during a file; that file's writing is rolled back, the files
    written before it stay (the result counts those ``not_read``), and with none written
    :class:`ImportCancelled` is raised. Detection
    reads the history from the pages the writing left cached (see ``larger_page_caches``).
    """
    folders = statement_files(paths)
    with larger_page_caches(store.engine):
        result = _import_files(
            store,
            folders.files,
            account_name,
            progress,
            stage,
            cancel,
            mapping,
            profile,
            skip_bad_rows,
            first_sign,
            ask_unnamed and account_name is None,
            date_format,
            new_account_name,
        )
    if not folders.left_out:
        return result
    return replace(result, files=tuple(with_left_out_notes(result.files, folders.left_out)))


def _import_files(
    store: Store,
    paths: Sequence[Path],
    account_name: str | None,
    progress: ProgressFn,
    stage: StageFn,
    cancel: threading.Event | None,
    mapping: CsvMapping | None,
    profile: Profile | None,
    skip_bad_rows: bool,
    first_sign: str,
    ask_unnamed: bool,
    date_format: str,
    new_account_name: NewAccountName | None,
) -> ImportResult:
    saved = saved_mappings(store)
    results: list[FileResult] = []

    def read_and_write(done: int, path: Path | str, start: float) -> FileResult:
        """One file read and written. Its lines go with this call: ten years of them are a
        hundred megabytes and more, which the next file's reading and the detection after the
        last one would otherwise find still taken."""
        parsed = read_statement_file(
            Path(path),
            mapping=mapping,
            profile=profile,
            saved=saved,
            skip_bad_rows=skip_bad_rows,
            first_sign=first_sign,
            date_format=date_format,
        )
        read = time.perf_counter()
        import_log.file_read(done + 1, len(paths), parsed, read - start)
        check_cancel(cancel)
        question = account_question(store, parsed, new_account_name) if ask_unnamed else None
        if question is not None:
            return FileResult(str(path), parsed.format, account_question=question)
        result = import_parsed(store, parsed, account_name, stage=stage, cancel=cancel)
        import_log.file_stored(done + 1, result, time.perf_counter() - read)
        return result

    try:
        for done, path in enumerate(paths):
            check_cancel(cancel)
            label = Path(path).name
            progress(done, len(paths), label)
            start = time.perf_counter()
            try:
                results.append(read_and_write(done, path, start))
            except ImportCancelled:
                raise
            except FinappError as exc:
                took = time.perf_counter() - start
                import_log.file_refused(done + 1, len(paths), exc.message, took)
                unknown = isinstance(exc, CsvMappingNeeded)
                bad_row = isinstance(exc, StatementError) and exc.skippable
                results.append(
                    FileResult(
                        str(path), error=exc.message, needs_mapping=unknown, skippable=bad_row
                    )
                )
    except ImportCancelled:
        if not ImportResult(tuple(results)).imported:
            raise  # nothing was written: the cancelled file's writing was rolled back
        # the files before Cancel are stored whole: they are told, and can be undone, like a
        # finished import's; the file being read and those after it were not written
        return _finished(store, results, stage, not_read=len(paths) - len(results))
    progress(len(paths), len(paths), "")
    return _finished(store, results, stage)


def _finished(
    store: Store, results: list[FileResult], stage: StageFn, not_read: int = 0
) -> ImportResult:
    """The run's result, once what it wrote is followed through: recurring charges are
    re-detected with the new history, a stopped run's as a finished one's (its lines are in)."""
    result = ImportResult(tuple(results), not_read=not_read)
    if result.changes:  # edits' statements point at rows the new lines' filing may follow
        forget_edits(store)
    if result.new or result.corrected:  # a withdrawn charge may have been a renewal
        stage(Stage.DETECTING, 0, 0)
        with paused_gc():  # as for the import itself: the history is loaded whole
            detect_subscriptions(store)  # recurring charges re-detected with the new history
        keep_automatic_currency(store)  # while the history just written is in the page cache
    return result


def list_batches(store: Store) -> list[BatchView]:
    """Past imports, newest first; none that added nothing (an older finapp kept those)."""
    with store.read() as session:
        batches = session.scalars(
            select(ImportBatch).where(holds_something()).order_by(ImportBatch.id.desc())
        )
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
