"""Writing one statement's new lines, balances and period into the batch of its file.

The hot path of an import: lines are keyed and filed once each and written with one prepared
INSERT per chunk (see :mod:`finapp.services.import_row_layout`); every chunk of lines filed or
written, the stage is reported and cancelling is checked.
"""

from __future__ import annotations

import threading
from datetime import date, time
from decimal import Decimal
from operator import itemgetter

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.money import to_minor
from finapp.errors import Problem
from finapp.importers.base import ParsedStatement
from finapp.progress import Stage, StageFn, check_cancel
from finapp.services.accounts import AccountMatch
from finapp.services.exported_lines import put_exported_on_new_lines
from finapp.services.held_keys import held_keys
from finapp.services.import_corrections import apply_corrections, without_corrected
from finapp.services.import_cross_format import without_other_format
from finapp.services.import_keys import (
    listed_twice,
    merchant_keys,
    minor_units,
    statement_keys,
)
from finapp.services.import_new_ids import without_renamed_ids
from finapp.services.import_results import AccountCounts
from finapp.services.import_reused_ids import rekey_reused_ids
from finapp.services.import_reworded import without_reworded
from finapp.services.import_row_layout import (
    COLUMNS,
    FILL_OTHER_ACCOUNT,
    FILL_TIME,
    INSERT,
    INSERT_NAMING,
    NO_CATEGORY,
    NO_SOURCE,
    NO_TIME,
    POSTED,
    Row,
)
from finapp.services.line_filing import statement_filing
from finapp.services.rule_filing import NewLineFiling
from finapp.store.account_numbers import number_hash, store_secret
from finapp.store.schema import (
    Account,
    BalanceSnapshot,
    ImportBatch,
    MerchantAlias,
    StatementPeriod,
)

#: Rows written between two progress reports / cancellation checks.
CHUNK = 10_000


def write_statement(
    session: Session,
    batch: ImportBatch,
    stmt: ParsedStatement,
    match: AccountMatch,
    filed: NewLineFiling,
    stage: StageFn,
    cancel: threading.Event | None,
) -> AccountCounts:
    account = match.account
    account.holder = account.holder or stmt.account.holder
    if stmt.account.iban and not account.iban_hash:
        account.iban_hash = number_hash(store_secret(session.connection()), stmt.account.iban)
    keys = statement_keys(stmt, account.currency)
    rows, duplicates, keys, reused, learned = _new_rows(
        session, batch, stmt, account, keys, filed, stage, cancel
    )
    new_by_key = len(rows)
    rows, renamed = without_renamed_ids(session, batch, stmt, account, rows)
    rows, reworded = without_reworded(session, batch, stmt, account, keys, rows)
    duplicates += new_by_key - len(rows)
    rows, other_format = without_other_format(session, batch, stmt, account, rows)
    new_by_format = len(rows)
    rows, corrected_since = without_corrected(session, account.id, rows)
    duplicates += new_by_format - len(rows)
    rows, corrections = apply_corrections(session, stmt, account, keys, rows)
    _in_posting_order(rows)
    for start in range(0, len(rows), CHUNK):
        check_cancel(cancel)
        chunk = rows[start : start + CHUNK]
        session.connection().exec_driver_sql(_insert_for(rows), chunk)
        stage(Stage.STORING, start + len(chunk), len(rows))
    # finapp's own export: the user's tags, categories and split parts
    put_exported_on_new_lines(session, batch.id, account.id, stmt.transactions, keys)
    corrected = corrections.finish(session, batch.id)
    _write_balances(session, batch, stmt, account)
    _write_period(session, batch, stmt, account)
    days = [r[POSTED] for r in rows]  # ISO dates: their order is the days' order
    judged = days + learned  # the lines stored before that learned their other party's account
    span = (date.fromisoformat(min(judged)), date.fromisoformat(max(judged))) if judged else None
    told = (
        *listed_twice(stmt, keys),
        *(p for p in (reused, renamed, reworded, corrected_since) if p is not None),
        *corrected,
    )
    return AccountCounts(
        account.name,
        len(rows),
        duplicates + other_format,
        match.how,
        match.note,
        other_format,
        span,
        (*told, *_after_closing(account, days)),
        len(corrected),
    )


def _after_closing(account: Account, days: list[str]) -> tuple[Problem, ...]:
    """A closed account's new lines dated after its closing: stored as any others, the user
    asked whether it is open after all (closing it was their word; finapp does not undo it)."""
    if account.closed_on is None:
        return ()
    closed = account.closed_on.isoformat()
    later = sum(1 for day in days if day > closed)
    if not later:
        return ()
    english = (
        f"{account.name} was closed on {closed}, and {later} of the lines added are later: "
        "if it is still open, reopen it on the Accounts page (finapp accounts reopen)"
    )
    return (
        Problem("import.after_closing", english, account=account.name, date=closed, count=later),
    )


def _in_posting_order(rows: list[Row]) -> None:
    """Put ``rows`` oldest first, so their ids follow the days: a payee is named after its
    latest line, the one with the highest id, and many banks' files (Chase's CSV, Alipay's
    export) list the newest first. Such a file is turned around before the sort, so the lines
    of one day keep the order they happened in."""
    if len(rows) > 1 and rows[0][POSTED] > rows[-1][POSTED]:
        rows.reverse()
    rows.sort(key=itemgetter(POSTED))  # ISO dates: their order is the days' order


def _new_rows(
    session: Session,
    batch: ImportBatch,
    stmt: ParsedStatement,
    account: Account,
    keys: list[tuple[str, int]],
    filed: NewLineFiling,
    stage: StageFn,
    cancel: threading.Event | None,
) -> tuple[list[Row], int, list[tuple[str, int]], Problem | None, list[str]]:
    """The rows to insert for lines not yet stored by the exact rules (each line's ``keys``),
    filed by the rules, how many were stored already, the lines' keys once ids the bank gave
    to other transactions are told apart (:mod:`finapp.services.import_reused_ids`), what
    to say of those, and the days (ISO) of the lines stored before that learned the other
    party's account the statement names (:func:`_learn_other_accounts`)."""
    currency = account.currency
    # the ORM's attribute access, once per statement instead of three times a line
    account_id, batch_id = account.id, batch.id
    seen, untimed = held_keys(session, account_id, keys)  # untimed: stored without a time
    minors = minor_units(stmt, currency)
    keys, reused = rekey_reused_ids(session, account_id, stmt, keys, seen, minors)
    aliases = session.execute(select(MerchantAlias.merchant, MerchantAlias.target))
    merchant = merchant_keys({source: target for source, target in aliases})
    line = statement_filing(filed, merchant, account_id)
    naming = other_account_hashes(session, stmt)
    rows: list[Row] = []
    timed: list[tuple[str, int, str, int]] = []
    naming_stored: list[tuple[str, int, str, int, date]] = []
    duplicates = 0
    # each day's ISO text made once: ten years of lines fall on 3,650 days, and a text per line
    # is 60 bytes more a line held until the rows are written
    iso_days: dict[date, str] = {}
    lines = stmt.transactions
    for filed_so_far, (txn, key, minor) in enumerate(zip(lines, keys, minors, strict=True)):
        if filed_so_far and not filed_so_far % CHUNK:
            stage(Stage.FILING, filed_so_far, len(lines))
            check_cancel(cancel)
        if key in seen:
            duplicates += 1
            if txn.time is not None and key in untimed:
                untimed.discard(key)
                timed.append((_stored_time(txn.time), account_id, *key))
            if naming and txn.other_account:
                naming_stored.append((naming[txn.other_account], account_id, *key, txn.posted))
            continue
        seen.add(key)
        known_as, category_id, source, payee = line(txn.payee, txn.memo, minor)
        row = (
            account_id,
            batch_id,
            iso_days.get(txn.posted) or iso_days.setdefault(txn.posted, txn.posted.isoformat()),
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
            0,  # not a transfer; an int, not False: the driver binds a bool at length
            NO_TIME if txn.time is None else _stored_time(txn.time),
            NO_CATEGORY if category_id is None else category_id,
            NO_SOURCE if source is None else source,
            txn.note,
        )
        rows.append(row if not naming else (*row, naming.get(txn.other_account, "")))
    if timed:
        session.connection().exec_driver_sql(FILL_TIME, timed)
    return rows, duplicates, keys, reused, _learn_other_accounts(session, naming_stored)


def _learn_other_accounts(
    session: Session, lines: list[tuple[str, int, str, int, date]]
) -> list[str]:
    """Keep the other party's account on the stored ``lines`` (hash, account, key, occurrence,
    day) that an older finapp stored without it; the first and last of their days (ISO) when
    any learned it, so the import pairs them: a store from before finapp kept the account pairs
    the household's own transfers once their statements are imported again."""
    if not lines:
        return []
    done = session.connection().exec_driver_sql(FILL_OTHER_ACCOUNT, [line[:4] for line in lines])
    if not done.rowcount:
        return []
    days = [line[4] for line in lines]
    return [min(days).isoformat(), max(days).isoformat()]


def _insert_for(rows: list[Row]) -> str:
    """The INSERT of ``rows``: with the other party's account when they carry it."""
    return INSERT_NAMING if rows and len(rows[0]) > len(COLUMNS) else INSERT


def other_account_hashes(session: Session, stmt: ParsedStatement) -> dict[str, str]:
    """The keyed hash of each other party's account ``stmt``'s lines name, by the number: a
    statement names a few accounts over and over (the shared account, the landlord's). The
    numbers themselves are never stored (:mod:`finapp.store.account_numbers`)."""
    numbers = {txn.other_account for txn in stmt.transactions if txn.other_account}
    if not numbers:
        return {}
    secret = store_secret(session.connection())
    return {number: number_hash(secret, number) for number in numbers}


def _stored_time(when: time) -> str:
    """A time of day in SQLAlchemy's SQLite storage format for ``Time`` (rows are written
    with plain SQL, see ``INSERT``)."""
    return when.isoformat(timespec="microseconds")


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
