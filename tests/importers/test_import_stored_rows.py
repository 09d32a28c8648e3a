"""Every column of every row an import writes is what the plain reading of its line gives.

The import keys, names and files each distinct line once, decides the rules once per amount's
shape rather than per amount, screens Chinese lines before running expressions, and binds empty
columns as stand-ins that SQL turns into NULL. Here a varied household (card lines with
references, Chinese wallet lines with times of day, rules on amounts, signs, memos, expressions
and renames) is written and each stored row is compared with its line read alone: its merchant
key, the first rule in the book's order that matches it, and its fields as the bank gave them.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bench.realistic_exports import write_export
from bench.realistic_statements import write_statements
from finapp.core.merchant import merchant_key
from finapp.core.merchant_services import service_key
from finapp.core.money import to_minor
from finapp.core.rules import RuleBook, RuleSubject
from finapp.importers.base import ParsedTransaction
from finapp.importers.registry import read_statement_file
from finapp.services.imports import write_parsed
from finapp.services.rule_filing import filing, rule_book
from finapp.services.rules import add_rule
from finapp.store.engine import Store
from finapp.store.schema import Account, Transaction

Row = tuple[Any, ...]
#: where the line's own id is in a row of :data:`_STORED`
_FITID = 8
_ACCOUNT = (Account.id, Account.currency, Account.type)
_STORED = (
    Transaction.account_id,
    Transaction.posted,
    Transaction.posted_time,
    Transaction.amount_minor,
    Transaction.currency,
    Transaction.payee,
    Transaction.original_payee,
    Transaction.memo,
    Transaction.fitid,
    Transaction.source_kind,
    Transaction.merchant,
    Transaction.is_transfer,
    Transaction.transfer_peer_id,
    Transaction.category_id,
    Transaction.category_source,
    Transaction.note,
)


def _rules(store: Store) -> None:
    """User rules whose verdicts turn on amounts, signs, memos, expressions and renames."""
    add_rule(store, category="Coffee", pattern="STARBUCKS", amount_min=Decimal("6"), priority=5)
    add_rule(store, category="Small", pattern="AMZN", amount_max=Decimal("20"), priority=6)
    add_rule(store, category="Refunds", pattern="a", sign="in", amount_max=Decimal("50"))
    add_rule(store, category="Card", pattern="7781", match_field="memo", priority=7)
    add_rule(store, category="Transport", pattern=r"^(滴滴|UBER)", match_type="regex")
    add_rule(store, category=None, pattern="H-E-B", rename_to="HEB Grocery", priority=4)
    add_rule(store, category="Tea", pattern="茶", match_field="any", priority=3)


def _plain(txn: ParsedTransaction, account: tuple[int, str, str], book: RuleBook) -> Row:
    """What the line's row holds when read alone: its merchant as the merchant keys define it
    (the memo's when the payee names none, a company's service the memo names) and the first
    rule in the book's order that matches it."""
    account_id, currency, account_type = account
    amount = to_minor(txn.amount, currency)
    merchant = merchant_key(txn.payee)
    merchant = service_key(merchant, txn.memo) if merchant else merchant_key(txn.memo)
    line = RuleSubject(txn.payee, txn.memo, merchant, amount, account_id, account_type)
    rule = next((rule for rule in book.rules if rule.matches(line)), None)
    category_id, source, payee = filing(rule, None, None, txn.payee)
    return (
        account_id,
        txn.posted,
        txn.time,
        amount,
        currency,
        payee,
        txn.payee,
        txn.memo,
        txn.fitid,
        txn.kind,
        merchant,
        False,
        None,
        category_id,
        source,
        txn.note,
    )


def test_each_stored_row_is_its_line_read_alone(store: Store, tmp_path: Path) -> None:
    _rules(store)
    statements = [
        write_statements(tmp_path / "household.ofx", 4_000, seed=5),
        write_export(tmp_path / "alipay.csv", "alipay", 1_500, seed=5),
    ]
    for path in statements:
        parsed = read_statement_file(path)
        with store.write() as session:  # the rows as written, before any pairing edits them
            result = write_parsed(session, parsed)
            assert result.batch_id is not None
            stored = [
                tuple(row)
                for row in session.execute(
                    select(*_STORED)
                    .where(Transaction.batch_id == result.batch_id)
                    .order_by(Transaction.id)
                )
            ]
            accounts = {row[0]: tuple(row) for row in session.execute(select(*_ACCOUNT))}
        with store.read() as session:
            book = rule_book(session)
        lines = [txn for stmt in parsed.statements for txn in stmt.transactions]
        by_fitid = {row[_FITID]: row for row in stored}  # each line's row, whatever its id
        assert len(stored) == len(lines) == len(by_fitid)
        written = [by_fitid[txn.fitid] for txn in lines]
        plain = [_plain(t, accounts[row[0]], book) for t, row in zip(lines, written, strict=True)]
        assert written == plain
        for account in accounts:  # the ids follow the days, whichever way the file ran
            days = [row[1] for row in stored if row[0] == account]
            assert days == sorted(days)
    times = {row[2] for row in stored}
    assert None not in times and len(times) > 100  # the wallet's lines keep their times
