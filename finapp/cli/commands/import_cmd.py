"""``finapp import FILE... [--account NAME] [--profile NAME] [--date-format FORMAT]
[--skip-bad-rows] [--first-row in|out] [--json]``
and ``finapp import-undo [BATCH_ID] [--json]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from finapp.cli.args import JSON_HELP, record_id
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_notice
from finapp.core.choices import FIRST_SIGNS
from finapp.progress import Stage, StageFn, no_stage

if TYPE_CHECKING:
    from finapp.core.history_findings import FoundPart
    from finapp.services.imports import AccountCounts, FileResult
    from finapp.store.engine import Store


def register(sub: Subcommands) -> None:
    p = sub.add_parser("import", help="import OFX/QFX/CSV statement files")
    p.add_argument(
        "files", nargs="+", metavar="FILE", type=Path, help="statement files as the bank gives them"
    )
    p.add_argument("--account", metavar="NAME", help="import into this account (created if new)")
    p.add_argument(
        "--profile", metavar="NAME", help="read CSV files with this saved or built-in profile"
    )
    p.add_argument(
        "--date-format",
        metavar="FORMAT",
        help="how a CSV writes its dates where day and month both fit (DD/MM/YYYY, "
        "MM/DD/YYYY, YYYY-MM-DD ...)",
    )
    p.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="leave out unreadable rows (each is listed) instead of refusing the file",
    )
    p.add_argument(
        "--first-row",
        choices=FIRST_SIGNS,
        help="whether the oldest row is money in or out, for a CSV whose amounts "
        "have no sign and whose balance column signs the others",
    )
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(run=run)
    u = sub.add_parser("import-undo", help="remove everything one import added")
    u.add_argument(
        "batch_id",
        nargs="?",
        type=record_id,
        metavar="BATCH_ID",
        help="the import's batch id (default: the last import)",
    )
    u.add_argument("--json", action="store_true", help=JSON_HELP)
    u.set_defaults(run=run_undo)


def _file_json(result: FileResult) -> dict[str, Any]:
    return {
        "file": result.path,
        "format": result.format or None,
        "batch_id": result.batch_id,
        "new": result.new,
        "duplicates": result.duplicates,
        "rejected": result.refused_rows,
        "left_out": result.left_out,
        "error": result.error,
        "accounts": [
            {
                "account": a.account,
                "new": a.new,
                "duplicates": a.duplicates,
                "matched_by": a.matched_by or None,
                "other_format": a.other_format,
                "note": a.note or None,
            }
            for a in result.accounts
        ],
        "skipped": [
            {"line": s.line, "reason": s.reason, "neutral": s.neutral} for s in result.skipped
        ],
        "repairs": list(result.repairs),
        "notes": list(result.notes),
        "detected": result.detected,
    }


def _part_json(part: FoundPart) -> dict[str, Any]:
    """A part of what the import found in the history: its findings' kind, day, facts and
    English sentence, and how many more it found than it shows."""
    from finapp.core.history_sentences import english_text

    return {
        "part": part.part.value,
        "found": [
            {
                "kind": f.kind.value,
                "date": f.date.isoformat(),
                "message": english_text(f),
                "facts": f.params,
            }
            for f in part.shown
        ],
        "more": part.more,
    }


def _how(counts: AccountCounts) -> str:
    """How the account was found and what the other format already held, when worth saying."""
    said = []
    if counts.matched_by == "last four":
        said.append("matched by the account's last four digits")
    if counts.matched_by == "lines":
        said.append("the account already holding its lines")
    if counts.other_format:
        said.append(f"{counts.other_format} already there from another format")
    return f" ({'; '.join(said)})" if said else ""


def _file_progress(done: int, total: int, label: str) -> None:
    if label and total:
        print_notice(f"importing {label} ({done + 1}/{total})")


#: the steps after a file's lines are stored, said on a terminal: on years of history each takes
#: seconds, after the file's own line (its lines' progress, chunk by chunk, would be a screenful)
_STEP_NOTICES = {
    Stage.PAIRING: "pairing transfers between your accounts…",
    Stage.DETECTING: "finding recurring charges…",
    Stage.SUMMARY: "looking through the history just imported…",
}


def _step_notice(stage: Stage, done: int, total: int) -> None:
    said = _STEP_NOTICES.get(stage)
    if said is not None:
        print_notice(said)


def _last_batch(store: Store) -> int:
    """The newest import's id before this command (0 for none): those after it are its own."""
    from sqlalchemy import func, select

    from finapp.store.schema import ImportBatch

    with store.read() as session:
        return int(session.scalar(select(func.max(ImportBatch.id))) or 0)


def _interrupted(store: Store, before: int, read: int, total: int) -> str:
    """What an import stopped by Ctrl-C left, as the window says it of a stopped import: how
    many of the files went in (``read``: those finished before the one being read) and, each
    file being one transaction, the ones it stored whole (named with their batch); the one it
    was writing is not there."""
    from sqlalchemy import select

    from finapp.store.schema import ImportBatch

    with store.read() as session:
        stored = session.scalars(
            select(ImportBatch).where(ImportBatch.id > before).order_by(ImportBatch.id)
        ).all()
        done = [f"{b.file_name} (import {b.id}, {b.new_count} new)" for b in stored]
        new = sum(b.new_count for b in stored)
    if not done:
        return "interrupted; nothing was written: the file being imported was rolled back"
    imported = max(read, len(done))
    return (
        f"interrupted: {imported} of {total} files imported, {new} new transactions; the rest "
        f"not read. Stored whole: {'; '.join(done)}; what was still being written was rolled "
        "back (`finapp import-undo` takes an import back)"
    )


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.core.history_sentences import english_lines
    from finapp.importers.csv import CsvMapping
    from finapp.services.csv_profiles import known_date_format, resolve_profile
    from finapp.services.history_findings import history_findings
    from finapp.services.import_guessed_currency import currency_guessed
    from finapp.services.imports import import_files

    store = ctx.store
    before = _last_batch(store)
    reached = [0]  # the file being read: those before it are finished
    shown = _silent if args.json else _file_progress
    # the steps are told to a person at a terminal, not to a script reading stderr
    steps: StageFn = _step_notice if not args.json and sys.stderr.isatty() else no_stage

    def progress(done: int, total: int, label: str) -> None:
        reached[0] = done
        shown(done, total, label)

    ctx.interrupted = lambda: _interrupted(store, before, reached[0], len(args.files))
    chosen = resolve_profile(store, args.profile) if args.profile else None
    date_format = known_date_format(args.date_format) if args.date_format else ""
    result = import_files(
        store,
        args.files,
        account_name=args.account,
        mapping=chosen if isinstance(chosen, CsvMapping) else None,
        profile=None if isinstance(chosen, CsvMapping) else chosen,
        skip_bad_rows=args.skip_bad_rows,
        first_sign=args.first_row or "",
        date_format=date_format,
        progress=progress,
        stage=steps,
    )
    found = history_findings(store, result, stage=steps)
    if args.json:
        print_json(
            {
                "new": result.new,
                "duplicates": result.duplicates,
                "rejected": sum(f.refused_rows for f in result.files),
                "left_out": sum(f.left_out for f in result.files),
                "failed": len(result.failed),
                "files": [_file_json(f) for f in result.files],
                "history": [_part_json(part) for part in found],
            }
        )
    else:
        for f in result.files:
            if f.error:
                continue
            neutral = f", {f.left_out} left out (neutral)" if f.left_out else ""
            kept = f"import {f.batch_id}" if f.batch_id is not None else "nothing new"
            print(
                f"{f.path}: {f.new} new, {f.duplicates} duplicate{neutral}, "
                f"{f.refused_rows} rejected ({kept})"
            )
            for a in f.accounts:
                print(f"  {a.account}: {a.new} new, {a.duplicates} duplicate{_how(a)}")
                if a.note:
                    print_notice(a.note)
            for s in f.skipped:
                said = "left out (neutral)" if s.neutral else "skipped"
                print(f"  {said} line {s.line}: {s.reason}")
            for repair in f.repairs:
                print(f"  repaired: {repair}")
            for note in f.notes:
                print(f"  note: {note}")
            if f.format == "csv:detected" and f.detected:
                print(f"  read as: {_csv_reading(f.detected)}")
            elif guessed := currency_guessed(f):
                print(
                    f"  amounts taken as {guessed}: the file names no currency "
                    f"(`finapp accounts currency ACCOUNT CODE` sets another)"
                )
        for line in english_lines(found):
            print(line)
    for f in result.files:
        if f.error is not None:
            print_notice(f.error)
    return 2 if result.failed else 0


def _csv_reading(detected: Mapping[str, object]) -> str:
    """A detected CSV layout in one line, so the user can check it (``--json``: ``detected``)."""
    by_role = detected["columns"]
    assert isinstance(by_role, dict)  # each role's column: its header, or its number
    columns = ", ".join(
        f"{role} {col!r}" if isinstance(col, str) else f"{role} column {col}"
        for role, col in by_role.items()
    )
    currency = detected.get("currency")
    said = f" {currency}" if currency else ""
    return (
        f"{columns}; dates {detected['date_format']}, decimal "
        f"{detected['decimal']!r}; {detected['sign']}; currency{said} "
        f"{detected['currency_from']}"
    )


def _silent(done: int, total: int, label: str) -> None:
    """No progress lines beside JSON output."""


def run_undo(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.import_undo import undo_import  # its alerts re-check: not for an import

    result = undo_import(ctx.store, args.batch_id)
    if args.json:
        print_json(
            {
                "batch_id": result.batch_ids[0],
                "removed": result.removed,
                "alerts_removed": result.alerts_removed,
                "accounts_removed": result.accounts_removed,
            }
        )
    else:
        print(
            f"removed {result.removed} transactions and {result.alerts_removed} alerts about them"
        )
    return 0
