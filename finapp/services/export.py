"""Export everything as documented plain files: the user's data is theirs to take anywhere.

Each table is described once, column by column (header, meaning, value), and that one
description writes the CSV, the JSON and the ``README.txt`` that documents them, so the files
and their documentation cannot drift apart. Values are UTF-8, dates ISO ``YYYY-MM-DD``, money
signed decimal strings in the row's currency. ``transactions.csv`` starts with the column
``finapp_transaction_id``, by which finapp recognises its own export when it is imported again.
Text cells of the CSV files are neutralised against spreadsheet formulas (a payee such as
``=HYPERLINK(…)`` is written ``'=HYPERLINK(…)``), which finapp's importer undoes; JSON keeps the
text exact.

An export is all or nothing. The files are written into a hidden sibling folder
(``.NAME.partial-XXXX``, owner-only: folder 0700, files 0600), flushed to the disk, described in
``manifest.json`` (format version, time, and each file's rows and SHA-256), and only then
renamed to the folder asked for. A full disk or a refusal removes the partial folder and leaves
nothing behind; one a killed export left is removed by the next export there and by ``wipe``. An
existing folder is used only when it is empty or a previous finapp export (nothing in it but the
names an export writes); the previous export is swapped out whole. Importing
``transactions.csv`` checks it against the manifest beside it, so a cut or changed file is
refused instead of read as fewer transactions.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.choices import EXPORT_FORMATS as FORMATS
from finapp.errors import InvalidInputError, Problem, StorageError
from finapp.importers.finapp_export import MANIFEST_FILE
from finapp.paths import ensure_private_dir
from finapp.services import export_leftovers
from finapp.services.export_files import (
    Written,
    manifest_text,
    readme_text,
    write_csv,
    write_json,
    write_private,
    write_text,
)
from finapp.services.export_settings import exported_settings
from finapp.services.export_tables import TABLE_NAMES, Names, exported_tables
from finapp.services.splits import splits_by_transaction
from finapp.services.subscription_groups import PlacedStream, place
from finapp.services.subscriptions import list_subscriptions
from finapp.store.engine import Store
from finapp.store.schema import (
    MerchantAlias,
    MerchantName,
    Setting,
    Subscription,
    Transaction,
    TransactionSplit,
)


@dataclass(frozen=True, slots=True)
class ExportResult:
    folder: str
    format: str
    files: dict[str, int]  # file name -> rows written


#: Every name an export writes; a folder holding nothing else is a previous export.
EXPORT_NAMES = frozenset(
    {f"{table}.{ext}" for table in TABLE_NAMES for ext in FORMATS} | {"README.txt", MANIFEST_FILE}
)


def _subscriptions(store: Store) -> list[PlacedStream]:
    """The subscriptions as ``finapp subscriptions`` and the window list them (dismissed ones
    too), each with the next charge they show: the export says what the user reads."""
    views = list_subscriptions(store, include_dismissed=True)
    return place(store, views, date.today())


def _payees(session: Session) -> list[tuple[str, str | None, str | None]]:
    """Each merchant the user named or merged into another: (key, name, merged into)."""
    named = select(MerchantName.merchant, MerchantName.name)
    names = {row.merchant: row.name for row in session.execute(named)}
    aliases = select(MerchantAlias.merchant, MerchantAlias.target)
    merged = {row.merchant: row.target for row in session.execute(aliases)}
    return [(key, names.get(key), merged.get(key)) for key in sorted(names.keys() | merged)]


def _write_tables(store: Store, folder: Path, fmt: str) -> dict[str, Written]:
    """Write every table, README.txt and manifest.json into ``folder``."""
    written: dict[str, Written] = {}
    subscriptions = _subscriptions(store)
    with store.read() as session:
        tables = exported_tables(Names(session))
        for name, (model, columns) in tables.items():
            # Plain rows, not ORM objects: columns are read by the same names, 5x faster.
            table = model.metadata.tables[model.__tablename__]
            rows: Sequence[Any]
            if model is TransactionSplit:  # the parts of each line, by the lines' ids
                split = splits_by_transaction(session).items()
                rows = [(txn_id, part) for txn_id, parts in split for part in parts]
            elif model is Subscription:
                rows = subscriptions
            elif model is MerchantName:
                rows = _payees(session)
            elif model is Setting:
                rows = exported_settings(session)
            else:
                first = table.c.posted if model is Transaction else table.c.id
                rows = session.execute(select(table).order_by(first, table.c.id)).all()
            writers = [(fmt, write_csv if fmt == "csv" else write_json)]
            if fmt == "json" and name in {"transactions", "splits", "subscriptions"}:
                writers.append(("csv", write_csv))
            for ext, write in writers:
                produce = partial(write, columns=columns, rows=rows)
                written[f"{name}.{ext}"] = write_private(folder / f"{name}.{ext}", produce)
    readme = readme_text(tables, fmt)
    written["README.txt"] = write_private(
        folder / "README.txt", lambda sink: write_text(sink, readme)
    )
    manifest = manifest_text(fmt, written)
    write_private(folder / MANIFEST_FILE, lambda sink: write_text(sink, manifest))
    return written


def _previous_export(folder: Path) -> bool:
    """True when ``folder`` holds only files an export writes, README.txt or the manifest
    among them: replacing it loses nothing the user put there."""
    entries = list(folder.iterdir())
    names = {p.name for p in entries}
    return (
        all(p.is_file() and not p.is_symlink() for p in entries)
        and names <= EXPORT_NAMES
        and bool(names & {"README.txt", MANIFEST_FILE})
    )


def _usable_destination(folder: Path) -> bool:
    """Whether ``folder`` already exists; refuses one holding anything but a previous export."""
    if not folder.exists():
        return False
    if not folder.is_dir():
        english = f"{folder} is a file; export into a folder"
        raise InvalidInputError(Problem("export.is_file", english, folder=folder))
    if any(folder.iterdir()) and not _previous_export(folder):
        inside = folder / "finapp-export"
        english = (
            f"{folder} holds files that are not a finapp export; export into an empty or new "
            f"folder (e.g. {inside}) or into a previous export to replace it"
        )
        raise InvalidInputError(Problem("export.not_empty", english, folder=folder, inside=inside))
    return True


@contextlib.contextmanager
def _staged(folder: Path, data_dir: Path) -> Iterator[Path]:
    """A hidden owner-only folder beside ``folder``, removed whole unless renamed into place;
    what exports there cut short left is removed first (:mod:`.export_leftovers`)."""
    parent = ensure_private_dir(folder.parent)
    export_leftovers.remove_beside(folder)
    staging: Path | None = None
    try:
        # made inside the try: Ctrl-C or SIGTERM the moment the folder exists (while it is
        # being recorded) must still remove it
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.partial-", dir=parent))
        export_leftovers.remember(data_dir, staging)
        yield staging
    finally:
        if staging is None:  # stopped inside mkdtemp, its folder made but not yet named
            export_leftovers.remove_beside(folder)
        else:
            shutil.rmtree(staging, ignore_errors=True)  # gone already when it became the export
            export_leftovers.forget(data_dir, staging)


def _swap_in(staging: Path, folder: Path, existed: bool) -> None:
    """Put the finished export at ``folder``; a previous one is set aside and then deleted."""
    aside = None
    if existed:
        aside = staging.with_name(staging.name.replace(".partial-", ".replaced-", 1))
        os.replace(folder, aside)
    try:
        os.replace(staging, folder)
    except OSError:
        if aside is not None:
            os.replace(aside, folder)  # the previous export goes back where it was
        raise
    with contextlib.suppress(OSError):  # the rename is durable where folders can be synced
        fd = os.open(folder.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    if aside is not None:
        shutil.rmtree(aside, ignore_errors=True)


def export_all(store: Store, folder: Path, fmt: str = "csv") -> ExportResult:
    """Write every table to ``folder`` as ``fmt`` files plus README.txt and manifest.json.

    With JSON, ``transactions.csv``, ``splits.csv`` and ``subscriptions.csv`` are written too:
    the first two are what finapp re-imports, the last is the list people open in a
    spreadsheet. All or nothing: see the module's documentation.
    """
    if fmt not in FORMATS:
        raise InvalidInputError(f"Unknown export format {fmt!r}; choose csv or json")
    folder = folder.expanduser().absolute()
    try:
        existed = _usable_destination(folder)
        with _staged(folder, store.data_dir) as staging:
            written = _write_tables(store, staging, fmt)
            _swap_in(staging, folder, existed)
    except OSError as exc:
        outcome = Problem("outcome.not_exported", f"nothing was exported to {folder}", path=folder)
        raise StorageError.from_os_error(exc, outcome) from None
    files = {name: w.rows for name, w in written.items() if w.rows is not None}
    return ExportResult(str(folder), fmt, files)
