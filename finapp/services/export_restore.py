"""What finapp's own export holds beside its lines, brought back when its ``transactions.csv``
is imported.

An export is the user's way to rebuild the books after ``wipe``: importing it must give back
the household as it was, not only its lines. Here, within the import's own write (a damaged
file refuses the whole import: nothing of it is written), onto what the import stored now:

* which lines were transfers, and their other sides: a 招商银行 card line that paid an Alipay
  purchase is the purchase's funding, not spending of its own (without this the round trip
  counted each such purchase twice);
* the days each account's statements covered (``periods.csv``), gaps included: a WeChat Pay
  export stating November whose last payment was on the 15th still covers November;
* the balances statements stated and those the user entered (``balances.csv``);
* the user's decisions: thresholds, budgets, rules, what they said of each subscription
  (:mod:`finapp.services.export_decisions`);
* the savings goals (:mod:`finapp.services.export_goals`);
* the settings the user set, the exchange rates and the CSV layouts the user saved
  (:mod:`finapp.services.export_settings`);
* which alerts the user read or dismissed, put on each as it is raised again
  (:mod:`finapp.services.export_alerts`).

The categories the user made come first, each of its kind, before the lines filed under them,
with the payees the user named and merged (:func:`restore_before_lines`). Only lines the
import stored now are touched (a line the store held keeps its own state), and the periods and
balances belong to the import's batch, so undoing the import takes them back.
Importing the export again adds nothing: its lines are known, and nothing is written twice.
"""

from __future__ import annotations

from collections import Counter
from functools import partial
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from finapp.core.balance_kinds import BalanceKind
from finapp.core.category_kinds import CategoryKind
from finapp.core.money import exact_minor
from finapp.importers.base import ParsedFile
from finapp.importers.finapp_export_files import amount, cell, day, export_rows, transfer_links
from finapp.services.categories import ensure_category
from finapp.services.export_alerts import restore_alert_states
from finapp.services.export_decisions import restore_decisions
from finapp.services.export_goals import restore_goals
from finapp.services.export_settings import restore_profiles, restore_rates, restore_settings
from finapp.services.import_keys import statement_keys
from finapp.store.schema import (
    Account,
    BalanceSnapshot,
    MerchantAlias,
    MerchantName,
    StatementPeriod,
    Transaction,
)

PERIODS_FILE, BALANCES_FILE = "periods.csv", "balances.csv"
CATEGORIES_FILE, PAYEES_FILE = "categories.csv", "payees.csv"
_KINDS = frozenset(kind.value for kind in BalanceKind)


def restore_before_lines(session: Session, parsed: ParsedFile) -> None:
    """What must be in the store before the export's lines are written: the categories the
    user made, each of its kind (a transfer category, "Sparen" for a Sparrate to the user's own
    savings elsewhere, made again as a spending one would count the money twice), and the
    payees the user named or merged (a line is keyed under the payee it was merged into as it
    is written). What the store has keeps its own kind, name or merge."""
    folder = Path(parsed.path).parent
    for row in export_rows(folder, CATEGORIES_FILE):
        path, kind = cell(folder, CATEGORIES_FILE, row, _category)
        ensure_category(session, path, kind)
    names = set(session.scalars(select(MerchantName.merchant)))
    merged = set(session.scalars(select(MerchantAlias.merchant)))
    for row in export_rows(folder, PAYEES_FILE):
        key, name, into = cell(folder, PAYEES_FILE, row, _payee)
        if name and key not in names:
            session.add(MerchantName(merchant=key, name=name))
        if into and key not in merged:
            session.add(MerchantAlias(merchant=key, target=into))


def _payee(c: dict[str, str]) -> tuple[str, str, str]:
    if not c["merchant"]:
        raise ValueError(c["merchant"])
    return c["merchant"], " ".join(c["name"].split()), c["merged_into"]


def _category(c: dict[str, str]) -> tuple[str, CategoryKind]:
    if not c["path"]:
        raise ValueError(c["path"])
    return c["path"], CategoryKind(c["kind"])


def restore_from_export(session: Session, parsed: ParsedFile, batch_id: int | None) -> None:
    """Bring back what the export beside ``parsed`` (its ``transactions.csv``) holds; the
    import wrote its new lines as the batch ``batch_id`` (None: it added nothing)."""
    folder = Path(parsed.path).parent
    accounts: dict[str, int] = {}
    ids: dict[str, int] = {}
    if batch_id is not None:
        lines, accounts = _stored_now(session, parsed, batch_id)
        ids = _restore_transfers(session, Path(parsed.path), lines)
        _restore_periods(session, folder, accounts, batch_id)
        _restore_balances(session, folder, accounts, batch_id)
    restore_decisions(session, folder, accounts)
    restore_goals(session, folder)
    restore_settings(session, folder)
    restore_rates(session, folder)
    restore_profiles(session, folder)
    restore_alert_states(session, folder, ids)


def _stored_now(
    session: Session, parsed: ParsedFile, batch_id: int
) -> tuple[dict[int, int], dict[str, int]]:
    """The lines the batch stored, by the file's line each was read from, and the account each
    of the export's account names went into. A line is known by its (dedupe key, occurrence) in
    its account, as the import stored it; each statement's account is the one holding its
    lines."""
    stored: dict[tuple[str, int], list[tuple[int, int]]] = {}
    query = select(
        Transaction.id, Transaction.account_id, Transaction.dedupe_key, Transaction.occurrence
    ).where(Transaction.batch_id == batch_id)
    for row in session.execute(query):
        stored.setdefault((row.dedupe_key, row.occurrence), []).append((row.account_id, row.id))
    lines: dict[int, int] = {}
    accounts: dict[str, int] = {}
    for stmt in parsed.statements:
        keys = statement_keys(stmt, stmt.account.currency)
        votes = Counter(account for key in keys for account, _ in stored.get(key, []))
        if not votes:
            continue
        account_id = votes.most_common(1)[0][0]
        accounts[stmt.account.name] = account_id
        for txn, stmt_key in zip(stmt.transactions, keys, strict=True):
            held = stored.get(stmt_key, [])
            found = [line for account, line in held if account == account_id]
            if found and txn.line is not None:
                lines[txn.line] = found[0]
    return lines, accounts


def _restore_transfers(session: Session, path: Path, lines: dict[int, int]) -> dict[str, int]:
    """Each new line a transfer or not as the export says, paired with its other side where
    the import stored that too (a side the store held before is left to the pairing); returns
    the new lines' ids by their ``finapp_transaction_id``."""
    links = transfer_links(path)
    ids = {links[line][0]: stored for line, stored in lines.items() if line in links}
    marks = [
        {"id": stored, "is_transfer": transfer, "transfer_peer_id": ids.get(peer)}
        for line, stored in lines.items()
        if line in links
        for _, transfer, peer in (links[line],)
    ]
    if marks:
        session.execute(update(Transaction), marks)
    return ids


def _restore_periods(
    session: Session, folder: Path, accounts: dict[str, int], batch_id: int
) -> None:
    """The days each account's statements covered, in place of the first to last line the
    import read for it."""
    currencies = _currencies(session, accounts)
    spans: dict[int, list[StatementPeriod]] = {}
    for row in export_rows(folder, PERIODS_FILE):
        account_id = accounts.get(row[1].get("account", ""))
        if account_id is not None:
            read = partial(_period, account_id, currencies[account_id], batch_id)
            spans.setdefault(account_id, []).append(cell(folder, PERIODS_FILE, row, read))
    for account_id, periods in spans.items():
        session.execute(
            delete(StatementPeriod).where(
                StatementPeriod.batch_id == batch_id, StatementPeriod.account_id == account_id
            )
        )
        session.add_all(periods)


def _period(account_id: int, currency: str, batch_id: int, c: dict[str, str]) -> StatementPeriod:
    """One row of ``periods.csv``."""
    minimum, limit = amount(c["minimum_due"]), amount(c["credit_limit"])
    start, end = day(c["start"]), day(c["end"])
    if start is None or end is None or end < start:
        raise ValueError(c["start"])
    return StatementPeriod(
        account_id=account_id,
        batch_id=batch_id,
        start=start,
        end=end,
        payment_due_on=day(c["payment_due_on"]),
        minimum_due_minor=None if minimum is None else exact_minor(minimum, currency),
        credit_limit_minor=None if limit is None else exact_minor(limit, currency),
    )


def _restore_balances(
    session: Session, folder: Path, accounts: dict[str, int], batch_id: int
) -> None:
    """The balances statements stated and those the user entered, each once per account, kind
    and day (one the store holds already stays as it is)."""
    currencies = _currencies(session, accounts)
    held = {
        (row.account_id, row.kind, row.as_of)
        for row in session.execute(
            select(BalanceSnapshot.account_id, BalanceSnapshot.kind, BalanceSnapshot.as_of)
        )
    }
    for row in export_rows(folder, BALANCES_FILE):
        account_id = accounts.get(row[1].get("account", ""))
        if account_id is None:
            continue
        read = partial(_balance, account_id, currencies[account_id], batch_id)
        found = cell(folder, BALANCES_FILE, row, read)
        if (account_id, found.kind, found.as_of) not in held:
            held.add((account_id, found.kind, found.as_of))
            session.add(found)


def _balance(account_id: int, currency: str, batch_id: int, c: dict[str, str]) -> BalanceSnapshot:
    """One row of ``balances.csv``."""
    on, value = day(c["date"]), amount(c["amount"])
    if c["kind"] not in _KINDS or on is None or value is None:
        raise ValueError(c["kind"])
    minor = exact_minor(value, currency)
    return BalanceSnapshot(
        account_id=account_id, batch_id=batch_id, kind=c["kind"], amount_minor=minor, as_of=on
    )


def _currencies(session: Session, accounts: dict[str, int]) -> dict[int, str]:
    """The currency of each account the import went into."""
    ids = list(accounts.values())
    query = select(Account.id, Account.currency).where(Account.id.in_(ids))
    return {account_id: currency for account_id, currency in session.execute(query)}
