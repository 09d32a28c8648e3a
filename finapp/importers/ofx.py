"""OFX/QFX statements through ofxparse."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import ofxparse

from finapp.errors import StatementError
from finapp.importers.base import (
    Balance,
    ParsedAccount,
    ParsedFile,
    ParsedStatement,
    ParsedTransaction,
)

_ACCOUNT_TYPES = {
    ofxparse.AccountType.Bank: "checking",
    ofxparse.AccountType.CreditCard: "credit_card",
    ofxparse.AccountType.Investment: "investment",
}


def looks_like_ofx(head: bytes) -> bool:
    upper = head[:4096].upper()
    return b"OFXHEADER" in upper or b"<OFX>" in upper


def _as_date(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _statement(account: ofxparse.Account) -> ParsedStatement:
    stmt = account.statement
    currency = (getattr(stmt, "currency", None) or "USD").upper()
    kind = _ACCOUNT_TYPES.get(account.type, "checking")
    if kind == "checking" and getattr(account, "account_type", "").upper() == "SAVINGS":
        kind = "savings"
    parsed_account = ParsedAccount(
        number=str(account.account_id or ""),
        institution=str(getattr(account.institution, "organization", "") or ""),
        type=kind,
        currency=currency,
    )
    transactions = tuple(
        ParsedTransaction(
            posted=_as_date(t.date),
            amount=Decimal(t.amount),
            payee=(t.payee or "").strip(),
            memo=(t.memo or "").strip(),
            fitid=(t.id or None),
            kind=(t.type or ""),
        )
        for t in stmt.transactions
    )
    balances: list[Balance] = []
    for kind_name, amount_attr, date_attr in (
        ("ledger", "balance", "balance_date"),
        ("available", "available_balance", "available_balance_date"),
    ):
        amount = getattr(stmt, amount_attr, None)
        when = getattr(stmt, date_attr, None)
        if amount is not None and when is not None:
            balances.append(Balance(kind_name, Decimal(amount), _as_date(when)))
    return ParsedStatement(parsed_account, transactions, tuple(balances))


def read_ofx(path: Path, data: bytes) -> ParsedFile:
    """Parse an OFX/QFX file into one statement per account."""
    try:
        ofx = ofxparse.OfxParser.parse(io.BytesIO(data))
    except Exception as exc:  # ofxparse raises many unrelated types on bad input
        raise StatementError(str(path), f"not a readable OFX statement ({exc})") from None
    statements = tuple(
        _statement(acct) for acct in ofx.accounts if getattr(acct, "statement", None) is not None
    )
    if not statements:
        raise StatementError(str(path), "the OFX file holds no account statement")
    return ParsedFile(path=str(path), format="ofx", statements=statements)
