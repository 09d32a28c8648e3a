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
``manifest.json`` (format version, time, and each file's rows and SHA-256), and only then renamed
to the folder asked for. A full disk or a refusal removes the partial folder and leaves nothing
behind. An existing folder is used only when it is empty or a previous finapp export (nothing in
it but the names an export writes); the previous export is swapped out whole. Importing
``transactions.csv`` checks it against the manifest beside it, so a cut or changed file is
refused instead of read as fewer transactions.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.choices import EXPORT_FORMATS as FORMATS
from finapp.core.money import DEFAULT_CURRENCY, exact_minor, from_minor
from finapp.core.spreadsheet_cells import neutralise, restore
from finapp.core.subscription_states import ENDED
from finapp.core.tags import shown
from finapp.errors import InvalidInputError, Problem, StatementError, StorageError
from finapp.importers.finapp_export import (
    MANIFEST_FILE,
    MANIFEST_FORMAT,
    MANIFEST_VERSION,
    verify_export,
)
from finapp.importers.finapp_export_splits import PART_OF
from finapp.paths import ensure_private_dir
from finapp.services.annotations import tags_of
from finapp.services.categories import category_paths
from finapp.services.splits import splits_by_transaction
from finapp.store.account_numbers import masked
from finapp.store.category_lines import SPLIT_SOURCE
from finapp.store.engine import Store
from finapp.store.schema import (
    Account,
    Alert,
    Base,
    Budget,
    Category,
    Goal,
    GoalAccount,
    Rule,
    Subscription,
    Transaction,
    TransactionSplit,
)

#: First header cell of ``transactions.csv``; the CSV importer recognises the export by it.
EXPORT_MARKER = "finapp_transaction_id"
#: Between the account names of a goal in ``goals.csv``: a name is one line of text.
GOAL_ACCOUNTS_SEPARATOR = "\n"
#: The exported tables, in the order they are written (one file each).
TABLE_NAMES = (
    "transactions",
    "splits",
    "accounts",
    "categories",
    "rules",
    "budgets",
    "subscriptions",
    "alerts",
    "goals",
)

#: Charges per year for each cadence, for the annual cost of a subscription.
PER_YEAR = {
    "weekly": Decimal(52),
    "biweekly": Decimal(26),
    "fortnightly": Decimal(26),
    "monthly": Decimal(12),
    "bimonthly": Decimal(6),
    "quarterly": Decimal(4),
    "semiannual": Decimal(2),
    "semiannually": Decimal(2),
    "yearly": Decimal(1),
    "annual": Decimal(1),
    "annually": Decimal(1),
}


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    meaning: str
    value: Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class ExportResult:
    folder: str
    format: str
    files: dict[str, int]  # file name -> rows written


class _Names:
    """Names for ids (account names, category paths) read once per export."""

    def __init__(self, session: Session) -> None:
        self.categories = category_paths(session)
        self.tags_by_line = tags_of(session)
        self.accounts = {a.id: a for a in session.scalars(select(Account))}
        self.goal_accounts: dict[int, list[str]] = {}
        for goal_id, name in session.execute(
            select(GoalAccount.goal_id, Account.name)
            .join(Account, Account.id == GoalAccount.account_id)
            .order_by(Account.name)
        ):
            self.goal_accounts.setdefault(goal_id, []).append(name)

    def category(self, cid: int | None) -> str | None:
        return self.categories.get(cid) if cid is not None else None

    def tags(self, tid: int) -> str:
        """A transaction's tags as one cell, as they are typed: ``#holiday-2026 #tax``."""
        return " ".join(map(shown, self.tags_by_line.get(tid, ())))

    def account(self, aid: int | None) -> str | None:
        return self.accounts[aid].name if aid in self.accounts else None

    def currency(self, aid: int | None) -> str:
        return self.accounts[aid].currency if aid in self.accounts else DEFAULT_CURRENCY


def _money(minor: int | None, currency: str) -> Decimal | None:
    return None if minor is None else from_minor(minor, currency)


def _annual(sub: Subscription) -> Decimal | None:
    per_year = PER_YEAR.get(sub.cadence.lower())
    return None if per_year is None else from_minor(sub.amount_minor, sub.currency) * per_year


def _status(sub: Subscription) -> str:
    return sub.user_state if sub.user_state in ENDED else sub.status


def _tables(n: _Names) -> dict[str, tuple[type[Base], list[Column]]]:
    """Every exported table: its ORM class and its columns."""
    txn_cols = [
        Column(EXPORT_MARKER, "finapp's id of the transaction", lambda t: t.id),
        Column("date", "posting date", lambda t: t.posted),
        Column(
            "time",
            "local time of day HH:MM:SS as the statement gave it; empty when it gave none",
            lambda t: t.posted_time,
        ),
        Column(
            "amount",
            "signed amount; negative is money out",
            lambda t: _money(t.amount_minor, t.currency),
        ),
        Column("currency", "ISO 4217 currency", lambda t: t.currency),
        Column("payee", "payee as shown (renamed by rules or by you)", lambda t: t.payee),
        Column("memo", "memo from the statement", lambda t: t.memo),
        Column("account", "account name", lambda t: n.account(t.account_id)),
        Column(
            "account_number",
            "last four characters of the account number, masked (****1234)",
            lambda t: masked(n.accounts[t.account_id].number_last4),
        ),
        Column("institution", "bank or provider", lambda t: n.accounts[t.account_id].institution),
        Column(
            "account_type",
            "checking, savings, credit_card, …",
            lambda t: n.accounts[t.account_id].type,
        ),
        Column("fitid", "the bank's transaction id, empty when it gave none", lambda t: t.fitid),
        Column(
            "category", "category path such as Food:Groceries", lambda t: n.category(t.category_id)
        ),
        Column("transfer", "true when a transfer between your accounts", lambda t: t.is_transfer),
        Column(
            "original_payee", "payee exactly as the statement had it", lambda t: t.original_payee
        ),
        Column("import_batch", "id of the import that added it", lambda t: t.batch_id),
        Column("note", "your note on it; empty when none", lambda t: t.note),
        Column("tags", "your tags, such as #holiday-2026 #tax", lambda t: n.tags(t.id)),
        Column(
            "split",
            "true when you divided it among categories: its parts are in splits.csv, and its "
            "category is its largest part's",
            lambda t: t.category_source == SPLIT_SOURCE,
        ),
    ]
    # a split's rows are (line id, SplitPartView) pairs
    split_cols = [
        Column(PART_OF, "finapp_transaction_id of the line in transactions.csv", lambda p: p[0]),
        Column("part", "the part's place in the line, 1 first", lambda p: p[1].position + 1),
        Column("category", "category path of the part", lambda p: p[1].category),
        Column(
            "amount",
            "signed as the line; the line's parts add up to its amount",
            lambda p: p[1].amount,
        ),
        Column("currency", "ISO 4217 currency, the line's", lambda p: p[1].currency),
        Column("memo", "your words on the part; empty when none", lambda p: p[1].memo),
    ]
    account_cols = [
        Column("name", "account name", lambda a: a.name),
        Column("institution", "bank or provider", lambda a: a.institution),
        Column(
            "number", "last four characters, masked (****1234)", lambda a: masked(a.number_last4)
        ),
        Column("type", "checking, savings, credit_card, …", lambda a: a.type),
        Column("currency", "ISO 4217 currency", lambda a: a.currency),
        Column(
            "low_balance_threshold",
            "warn below this balance",
            lambda a: _money(a.low_balance_minor, a.currency),
        ),
        Column(
            "reconciled_through",
            "you accepted its books up to this day (empty: never)",
            lambda a: a.reconciled_through,
        ),
    ]
    category_cols = [
        Column("path", "full category path", lambda c: n.category(c.id)),
        Column("kind", "expense, income or transfer", lambda c: c.kind),
    ]
    rule_cols = [
        Column("priority", "lower runs first; the first match wins", lambda r: r.priority),
        Column("origin", "shipped, user or learned", lambda r: r.origin),
        Column("field", "payee, memo or merchant", lambda r: r.match_field),
        Column("match", "contains, starts, regex or equals", lambda r: r.match_type),
        Column("pattern", "text matched", lambda r: r.pattern),
        Column(
            "amount_min",
            "smallest amount matched",
            lambda r: _money(r.amount_min_minor, n.currency(r.account_id)),
        ),
        Column(
            "amount_max",
            "largest amount matched",
            lambda r: _money(r.amount_max_minor, n.currency(r.account_id)),
        ),
        Column("sign", "in, out or empty for both", lambda r: r.sign),
        Column("account", "only this account, or empty", lambda r: n.account(r.account_id)),
        Column("category", "category set", lambda r: n.category(r.category_id)),
        Column("rename_to", "payee renamed to", lambda r: r.rename_to),
        Column("enabled", "true when the rule is in use", lambda r: r.enabled),
    ]
    budget_cols = [
        Column("category", "category path", lambda b: n.category(b.category_id)),
        Column("amount", "monthly budget", lambda b: _money(b.amount_minor, b.currency)),
        Column("currency", "ISO 4217 currency", lambda b: b.currency),
        Column("rollover", "true when unspent money carries over", lambda b: b.rollover),
    ]
    sub_cols = [
        Column("name", "name", lambda s: s.user_name or s.name),
        Column("amount", "amount of one charge", lambda s: _money(s.amount_minor, s.currency)),
        Column("currency", "ISO 4217 currency", lambda s: s.currency),
        Column("cadence", "weekly, monthly, yearly, …", lambda s: s.cadence),
        Column("next_date", "next expected charge", lambda s: s.next_date),
        Column("account", "account or payment method", lambda s: n.account(s.account_id)),
        Column("annual_cost", "cost over a year at this cadence", _annual),
        Column("status", "active, inactive, cancelled or dismissed", _status),
        Column("kind", "subscription, bill, …", lambda s: s.kind),
        Column("merchant", "merchant identity", lambda s: s.merchant),
        Column("cancelled_on", "when you cancelled it", lambda s: s.cancelled_on),
        Column("review_date", "when you want to review it", lambda s: s.review_date),
    ]
    alert_cols = [
        Column("date", "date the alert is about", lambda a: a.date),
        Column("kind", "kind of alert", lambda a: a.kind),
        Column("severity", "info, warning or critical", lambda a: a.severity),
        Column("message", "what the alert said", lambda a: a.message),
        Column("account", "account concerned", lambda a: n.account(a.account_id)),
        Column(
            "amount",
            "amount concerned",
            lambda a: _money(a.amount_minor, a.currency or DEFAULT_CURRENCY),
        ),
        Column("currency", "currency of the amount", lambda a: a.currency),
        Column("read", "true once read", lambda a: a.read),
        Column("dismissed", "true once dismissed", lambda a: a.dismissed),
    ]
    goal_cols = [
        Column("name", "savings goal", lambda g: g.name),
        Column("target", "amount to save", lambda g: _money(g.target_minor, g.currency)),
        Column("currency", "ISO 4217 currency", lambda g: g.currency),
        Column("target_date", "date to have saved it by", lambda g: g.target_date),
        Column("created_on", "day the goal was set", lambda g: g.created_on),
        Column(
            "accounts",
            "accounts whose balances count, one per line",
            lambda g: GOAL_ACCOUNTS_SEPARATOR.join(n.goal_accounts.get(g.id, [])),
        ),
    ]
    described = (
        (Transaction, txn_cols),
        (TransactionSplit, split_cols),
        (Account, account_cols),
        (Category, category_cols),
        (Rule, rule_cols),
        (Budget, budget_cols),
        (Subscription, sub_cols),
        (Alert, alert_cols),
        (Goal, goal_cols),
    )
    return dict(zip(TABLE_NAMES, described, strict=True))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date | Decimal | int):
        return str(value) if not isinstance(value, date) else value.isoformat()
    return str(value)


def _csv_cell(value: Any) -> str:
    """Text neutralised, numbers as they are: ``-12.50`` is an amount, not a formula."""
    return neutralise(value) if isinstance(value, str) else _cell(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, bool | int) or value is None:
        return value
    return _cell(value)


class _Sink:
    """A text stream onto an open binary file that hashes what it writes, so the manifest's
    checksum costs no second read of the file."""

    def __init__(self, fh: IO[bytes]) -> None:
        self._fh = fh
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, text: str) -> int:
        data = text.encode("utf-8")
        self.sha256.update(data)
        self.size += len(data)
        self._fh.write(data)
        return len(text)


@dataclass(frozen=True, slots=True)
class _Written:
    rows: int | None
    sha256: str
    size: int


def _write_csv(sink: _Sink, columns: list[Column], rows: Iterable[Any]) -> int:
    writer = csv.writer(sink)
    writer.writerow([c.header for c in columns])
    count = 0
    for row in rows:
        writer.writerow([_csv_cell(c.value(row)) for c in columns])
        count += 1
    return count


def _write_json(sink: _Sink, columns: list[Column], rows: Iterable[Any]) -> int:
    items = [{c.header: _json_value(c.value(row)) for c in columns} for row in rows]
    json.dump(items, sink, ensure_ascii=False, indent=1)
    sink.write("\n")
    return len(items)


def _write_private(path: Path, produce: Callable[[_Sink], int | None]) -> _Written:
    """Create ``path`` owner-only (0600), fill it, and flush it to the disk before returning."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as fh:
        sink = _Sink(fh)
        rows = produce(sink)
        fh.flush()
        os.fsync(fh.fileno())
    return _Written(rows, sink.sha256.hexdigest(), sink.size)


def _readme(tables: dict[str, tuple[type, list[Column]]], fmt: str) -> str:
    lines = [
        "finapp export",
        "=============",
        "",
        "Plain, unencrypted files: keep them somewhere safe. UTF-8; dates YYYY-MM-DD; amounts",
        "are signed decimal strings (negative = money out) in the row's currency. Empty or null",
        "means not set. subscriptions.csv is always written as a spreadsheet-friendly list.",
        "In the CSV files, text starting with = + - @ (or ' before one of them) has an extra",
        "leading ' so that spreadsheets show it instead of running it as a formula.",
        f"Re-import transactions with: finapp import transactions.{fmt}"
        if fmt == "csv"
        else "Re-import transactions with: finapp import transactions.csv (also written)",
        "",
    ]
    for name, (_, columns) in tables.items():
        lines.append(f"{name}.{fmt}")
        lines.extend(f"  {c.header}: {c.meaning}" for c in columns)
        lines.append("")
    return "\n".join(lines)


#: Every name an export writes; a folder holding nothing else is a previous export.
EXPORT_NAMES = frozenset(
    {f"{table}.{ext}" for table in TABLE_NAMES for ext in FORMATS} | {"README.txt", MANIFEST_FILE}
)


def _manifest(fmt: str, files: dict[str, _Written]) -> str:
    described = {
        name: {"rows": w.rows, "sha256": w.sha256, "bytes": w.size} for name, w in files.items()
    }
    return json.dumps(
        {
            "format": MANIFEST_FORMAT,
            "version": MANIFEST_VERSION,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "export_format": fmt,
            "files": described,
        },
        ensure_ascii=False,
        indent=1,
    )


def _write_tables(store: Store, folder: Path, fmt: str) -> dict[str, _Written]:
    """Write every table, README.txt and manifest.json into ``folder``."""
    written: dict[str, _Written] = {}
    with store.read() as session:
        tables = _tables(_Names(session))
        for name, (model, columns) in tables.items():
            # Plain rows, not ORM objects: columns are read by the same names, 5x faster.
            table = model.metadata.tables[model.__tablename__]
            first = table.c.posted if model is Transaction else table.c.id
            rows: Sequence[Any]
            if model is TransactionSplit:  # the parts of each line, by the lines' ids
                split = splits_by_transaction(session).items()
                rows = [(txn_id, part) for txn_id, parts in split for part in parts]
            else:
                rows = session.execute(select(table).order_by(first, table.c.id)).all()
            writers = [(fmt, _write_csv if fmt == "csv" else _write_json)]
            if fmt == "json" and name in {"transactions", "splits", "subscriptions"}:
                writers.append(("csv", _write_csv))
            for ext, write in writers:
                produce = partial(write, columns=columns, rows=rows)
                written[f"{name}.{ext}"] = _write_private(folder / f"{name}.{ext}", produce)
    readme = _readme(tables, fmt)
    written["README.txt"] = _write_private(folder / "README.txt", lambda sink: _text(sink, readme))
    manifest = _manifest(fmt, written)
    _write_private(folder / MANIFEST_FILE, lambda sink: _text(sink, manifest))
    return written


def _text(sink: _Sink, text: str) -> None:
    sink.write(text)


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
def _staged(folder: Path) -> Iterator[Path]:
    """A hidden owner-only folder beside ``folder``, removed whole unless renamed into place."""
    parent = ensure_private_dir(folder.parent)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.partial-", dir=parent))
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # gone already when it became the export


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
        with _staged(folder) as staging:
            written = _write_tables(store, staging, fmt)
            _swap_in(staging, folder, existed)
    except OSError as exc:
        outcome = Problem("outcome.not_exported", f"nothing was exported to {folder}", path=folder)
        raise StorageError.from_os_error(exc, outcome) from None
    files = {name: w.rows for name, w in written.items() if w.rows is not None}
    return ExportResult(str(folder), fmt, files)


def _restored_goal(row: dict[str, str], accounts: dict[str, Account]) -> Goal | None:
    """The goal of one ``goals.csv`` row; None when one of its accounts is not in the store."""
    names = restore(row["accounts"]).split(GOAL_ACCOUNTS_SEPARATOR)
    if not all(name in accounts for name in names):
        return None
    currency = row["currency"]
    return Goal(
        name=restore(row["name"]),
        target_minor=exact_minor(Decimal(row["target"]), currency),
        currency=currency,
        target_date=date.fromisoformat(row["target_date"]),
        created_on=date.fromisoformat(row["created_on"]),
        accounts=[GoalAccount(account_id=accounts[name].id) for name in names],
    )


def restore_goals(session: Session, folder: Path) -> int:
    """Bring back the savings goals of the export in ``folder`` when its ``transactions.csv``
    is imported (which brings their accounts back); returns how many were added.

    ``goals.csv`` is checked against the manifest like the transactions. A goal whose name is
    already taken, or one of whose accounts is not in the store, is left out.
    """
    path = folder / "goals.csv"
    if not path.is_file():
        return 0
    data = path.read_bytes()
    verify_export(str(path), data, folder)
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig", errors="replace"), newline=""))
    accounts = {a.name: a for a in session.scalars(select(Account))}
    taken = set(session.scalars(select(Goal.name)))
    added = 0
    for row in reader:
        try:
            goal = _restored_goal(row, accounts)
        except (KeyError, TypeError, ValueError, ArithmeticError, InvalidInputError):
            raise StatementError(str(path), "a goal's row is damaged", reader.line_num) from None
        if goal is not None and goal.name not in taken:
            session.add(goal)
            taken.add(goal.name)
            added += 1
    return added
