"""OFX/QFX statements as finapp reads them: accounts, lines, balances and what was filled in.

:mod:`finapp.importers.ofx_reading` reads the file into ofxparse's document; this module turns
that document into finapp's :class:`~finapp.importers.base.ParsedFile`: the bank's own calendar
days, the times of day it really wrote, cash movements of investment accounts, card facts, and
the repairs said when a statement leaves something out.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import ofxparse

from finapp.core.account_types import AccountType
from finapp.core.balance_kinds import BalanceKind
from finapp.core.bank_names import bank_name
from finapp.errors import Problem
from finapp.importers import ofx_problems
from finapp.importers.base import (
    Balance,
    ParsedAccount,
    ParsedFile,
    ParsedStatement,
    ParsedTransaction,
    StoredCorrection,
    usable_amount,
)
from finapp.importers.ofx_card import CardFacts, card_facts
from finapp.importers.ofx_clean import looks_like_ofx
from finapp.importers.ofx_corrections import corrected
from finapp.importers.ofx_currency import DEFAULT_CURRENCY, statement_currency
from finapp.importers.ofx_lines import ofxparse_line, transactions
from finapp.importers.ofx_reading import OfxReadError, parse_ofx
from finapp.importers.ofx_repairs import currency_repair, stated_day_repair
from finapp.importers.ofx_signs import contradicted_signs

__all__ = ["OfxReadError", "looks_like_ofx", "read_ofx"]

_ACCOUNT_TYPES = {
    ofxparse.AccountType.Bank: AccountType.CHECKING,
    ofxparse.AccountType.CreditCard: AccountType.CREDIT_CARD,
    ofxparse.AccountType.Investment: AccountType.INVESTMENT,
}
#: a bank statement's ``<ACCTTYPE>`` that is no checking account: a line of credit (Discover's,
#: a credit union's personal line) comes in the bank message set but is debt, owed as a
#: card's balance is, so it is no overdrawn checking account and no part of the savings
_BANK_ACCOUNT_TYPES = {
    "SAVINGS": AccountType.SAVINGS,
    "CREDITLINE": AccountType.CREDIT_CARD,
}


def _as_date(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _investment_transactions(stmt: ofxparse.InvestmentStatement) -> list[ParsedTransaction]:
    """Cash movements of an investment account.

    Bank lines (``INVBANKTRAN``) are taken as they are; trades and income move ``TOTAL`` of
    cash. Unit transfers carry no cash and are not transactions of the cash balance. A line,
    trade or income whose day cannot be read (written ``00000000``) refuses the file: left out,
    the account's cash would silently miss it.
    """
    out: list[ParsedTransaction] = []
    for txn in stmt.transactions:
        if isinstance(txn, ofxparse.Transaction):  # INVBANKTRAN: not read through a record
            if txn.date is None:  # ofxparse's reading of a day of zeros
                raise OfxReadError(ofx_problems.undated_cash_line(txn.id or "", txn.amount))
            if not usable_amount(Decimal(txn.amount)):
                amount = str(txn.amount)
                raise OfxReadError(ofx_problems.unusable_amount(amount, amount))
            out += transactions([ofxparse_line(txn, None)])
            continue
        total = getattr(txn, "total", None)
        when = getattr(txn, "settleDate", None) or getattr(txn, "tradeDate", None)
        if total is None:
            continue
        fitid = getattr(txn, "id", "")  # ofxparse sets no id when FITID is missing
        if when is None:  # a day of zeros, or none: cash moved on no day finapp can keep
            raise OfxReadError(ofx_problems.undated_total(fitid, total))
        if not usable_amount(Decimal(total)):
            raise OfxReadError(ofx_problems.unusable_total(fitid, total))
        memo = (txn.memo or "").strip()
        out.append(
            ParsedTransaction(
                posted=_as_date(when),
                amount=Decimal(total),
                payee=memo or f"{txn.type} {txn.security or ''}".strip(),
                memo=memo,
                fitid=(getattr(txn, "id", None) or "").strip() or None,  # FITID may be absent
                kind=txn.type or "",
            )
        )
    return out


def _investment_cash(stmt: ofxparse.InvestmentStatement) -> tuple[Balance, ...]:
    """The cash an investment account holds (``INVBAL``'s ``AVAILCASH``) on the statement's
    ``DTASOF``: the balance its cash movements add up to, kept as its ledger balance. What its
    holdings are worth is no cash and no balance finapp keeps (the import's note says so)."""
    cash = getattr(stmt, "available_cash", None)
    day = getattr(stmt, "stated_balance_day", None) or getattr(stmt, "stated_end", None)
    if cash is None or day is None:
        return ()
    if not usable_amount(Decimal(cash)):
        raise OfxReadError(ofx_problems.unusable_balance(BalanceKind.LEDGER, cash))
    return (Balance(BalanceKind.LEDGER, Decimal(cash), day),)


def _balances(stmt: ofxparse.Statement) -> tuple[Balance, ...]:
    """The statement's balances, each on the day its bank printed (see ``_keep_balance_days``
    in :mod:`finapp.importers.ofx_reading`), not ofxparse's UTC day."""
    balances: list[Balance] = []
    for kind_name, amount_attr, date_attr, day_attr in (
        (BalanceKind.LEDGER, "balance", "balance_date", "stated_balance_day"),
        (
            BalanceKind.AVAILABLE,
            "available_balance",
            "available_balance_date",
            "stated_available_day",
        ),
    ):
        amount = getattr(stmt, amount_attr, None)
        when = getattr(stmt, date_attr, None)
        if amount is not None and when is not None:
            if not usable_amount(Decimal(amount)):
                raise OfxReadError(ofx_problems.unusable_balance(kind_name, amount))
            day = getattr(stmt, day_attr, None) or _as_date(when)
            balances.append(Balance(kind_name, Decimal(amount), day))
    return tuple(balances)


def _bank(account: ofxparse.Account, signon: object) -> str:
    """The bank's name (:mod:`finapp.core.bank_names`) from the file's ``<FI>`` and, in a
    QFX, its ``INTU.BID``."""
    institution = account.institution
    return bank_name(
        str(getattr(institution, "organization", "") or ""),
        str(getattr(institution, "fid", "") or ""),
        str(getattr(signon, "intu_bid", "") or ""),
    )


def _statement(account: ofxparse.Account, signon: object = None) -> ParsedStatement:
    """The statement of ``account``, with the bank's corrections of lines it does not hold."""
    stmt = account.statement
    currency = statement_currency(stmt)
    kind = _ACCOUNT_TYPES.get(account.type, AccountType.CHECKING)
    if kind == AccountType.CHECKING:
        stated = (getattr(account, "account_type", "") or "").strip().upper()
        kind = _BANK_ACCOUNT_TYPES.get(stated, kind)
    parsed_account = ParsedAccount(
        number=str(account.account_id or ""),
        institution=_bank(account, signon),
        type=kind,
        currency=currency,
    )
    stored: tuple[StoredCorrection, ...] = ()
    if kind == AccountType.INVESTMENT:
        lines = tuple(_investment_transactions(stmt))
        balances: tuple[Balance, ...] = _investment_cash(stmt)
    else:
        lines, stored = corrected(transactions(stmt.lines), stmt.corrections)
        balances = _balances(stmt)
    start, end = _covered(stmt, lines)
    card = CardFacts()
    if kind == AccountType.CREDIT_CARD:
        card = card_facts(getattr(stmt, "stated_card", CardFacts()), balances)
    statement = ParsedStatement(
        parsed_account,
        lines,
        balances,
        start=start,
        end=end,
        payment_due_on=card.payment_due_on,
        minimum_due=card.minimum_due,
        credit_limit=card.credit_limit,
        corrections=stored,
    )
    return statement


def _covered(
    stmt: object, transactions: tuple[ParsedTransaction, ...]
) -> tuple[date | None, date | None]:
    """The days the statement covers: its stated DTSTART…DTEND, widened to its own lines.

    Banks send lines outside the period they state (ofxparse's ``empty_balance`` fixture has a
    March line in an April–June statement); the lines are facts, so the period takes them in.
    Stated dates in the wrong order are put right.
    """
    stated = [
        d
        for d in (getattr(stmt, "stated_start", None), getattr(stmt, "stated_end", None))
        if d is not None
    ]
    days = stated + [t.posted for t in transactions]
    if not stated:
        return None, None  # nothing stated: the import takes the first and last line itself
    return min(days), max(days)


def _no_statement_reason(ofx: ofxparse.Ofx) -> str:
    status = getattr(ofx, "status", None)
    if status and status.get("code"):
        message = " ".join(str(status.get("message") or status.get("severity") or "").split())
        return ofx_problems.bank_error(message, status["code"])
    signon = getattr(ofx, "signon", None)
    if signon is not None and getattr(signon, "code", None):
        said = " ".join(str(signon.message).split())  # one line, whatever the file held
        return ofx_problems.signon_refused(said, signon.code)
    if ofx.accounts:
        return ofx_problems.ACCOUNT_LIST
    if signon is not None:
        return ofx_problems.SIGNON_REPLY
    return ofx_problems.NO_STATEMENT


def read_ofx(path: str, data: bytes, skip_bad_rows: bool = False) -> ParsedFile:
    """Parse an OFX/QFX file into one statement per account, or raise :class:`OfxReadError`."""
    reading = parse_ofx(data, skip_bad_rows)
    if not reading.accounts:
        raise OfxReadError(_no_statement_reason(reading.ofx))
    signon = getattr(reading.ofx, "signon", None)
    statements = tuple(_statement(a, signon) for a in reading.accounts)
    signs: list[str] = [
        said for stmt in statements if (said := contradicted_signs(stmt)) is not None
    ]
    held: list[str] = [
        note
        for account, stmt in zip(reading.accounts, statements, strict=True)
        if (note := _holdings(account, stmt)) is not None
    ]
    return ParsedFile(
        path=path,
        format="ofx",
        statements=statements,
        skipped=tuple(reading.skipped),
        repairs=tuple(reading.repairs + [r for a in reading.accounts for r in _unstated(a)]),
        notes=tuple(reading.notes + signs + held),
    )


def _holdings(account: ofxparse.Account, stmt: ParsedStatement) -> Problem | None:
    """What the user is told of an investment account holding shares: finapp keeps its cash
    (the stated ``AVAILCASH``), not what the shares are worth, so its balance and net worth
    are its cash alone."""
    positions = getattr(account.statement, "positions", None) or []
    if stmt.account.type != AccountType.INVESTMENT or not (positions and stmt.balances):
        return None
    worth = sum((Decimal(p.market_value or 0) for p in positions), Decimal(0))
    cash = stmt.balances[0].amount
    number = stmt.account.number
    return ofx_problems.investment_cash(f"…{number[-4:]}", cash, worth, stmt.account.currency)


def _unstated(account: ofxparse.Account) -> list[str]:
    """What a statement leaves out that finapp fills in: its currency, its first and last
    day (DTSTART/DTEND of a bank or card statement; the days then come from its lines)."""
    stmt, number = account.statement, str(account.account_id or "")
    said = []
    if not getattr(stmt, "currency", None) and not account.curdef:
        said.append(currency_repair(number, DEFAULT_CURRENCY))
    if account.type != ofxparse.AccountType.Investment:
        missing = [
            tag
            for tag, attr in (("DTSTART", "stated_start"), ("DTEND", "stated_end"))
            if getattr(stmt, attr, None) is None
        ]
        if missing:
            said.append(stated_day_repair(number, missing))
    return said
