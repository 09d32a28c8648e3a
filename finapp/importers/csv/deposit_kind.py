"""Whether an export one bank writes alike for checking and savings is a savings account's.

Capital One 360 downloads 360 Checking and 360 Performance Savings with the same columns, and
the number column holds only the last four, so the layout cannot say which account a file is
of. What can: the file's name when it says ("…Savings….csv"), else its lines: a checking
account is spent from (debit card purchases, checks, ATM withdrawals, bill payments), a
savings account is not, and pays interest ("Monthly Interest Paid"). A file showing neither
(a month of one transfer) is a checking account's, as the profile says, but only a guess: it
joins the bank's account ending in the same four digits whatever that account's type is
(:attr:`ParsedAccount.type_known`), so it never opens a second account beside the savings one.

Tangerine writes chequing, savings and its card alike too (``Date,Transaction,Name,Memo,Amount``)
and names the download after the account: ``Tangerine Savings Account - 3012345678.CSV``. That
name is the account's kind and its whole number, so the file becomes "Tangerine Savings …5678",
a savings account; its lines are no guide (a Tangerine chequing account pays interest too), so a
file renamed stays the bank's account, as the profile says.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import PurePath

from finapp.core.account_types import AccountType
from finapp.importers.base import ParsedAccount, ParsedStatement

#: Profiles whose export is the same for a bank's checking and savings accounts.
BOTH_KINDS = frozenset({"Capital One 360"})
_SAVINGS_NAME = re.compile(r"saving|saver|money[\s_-]*market", re.IGNORECASE)
_CHECKING_NAME = re.compile(r"checking", re.IGNORECASE)
_SPENDING = re.compile(
    r"debit card purchase|check #|\bcheck \d|atm withdrawal|bill pay", re.IGNORECASE
)
_INTEREST = re.compile(r"\binterest paid\b", re.IGNORECASE)


#: Profiles whose download is named after the account: its kind, then its whole number.
NAMED_BY_FILE = frozenset({"Tangerine"})
#: "Tangerine Savings Account - 3012345678.CSV", "Tangerine Chequing Account - 4012345678.CSV";
#: a browser's copy of a second download of it ends " (1)"
_ACCOUNT_FILE = re.compile(
    r"^(?P<kind>.+?)(?:\s+account)?\s+-\s+(?P<number>\d{6,})(?:\s*\(\d+\))?\s*$", re.I
)
_CARD_NAME = re.compile(r"credit\s*card|mastercard|visa", re.IGNORECASE)
_CHEQUING_NAME = re.compile(r"chequing|checking", re.IGNORECASE)


def says_savings(name: str) -> bool:
    """Whether a file's or account's name says it is a savings account ("…Savings…",
    "Money Market")."""
    return bool(_SAVINGS_NAME.search(name))


def with_deposit_kind(
    statements: tuple[ParsedStatement, ...], profile: str, path: str
) -> tuple[ParsedStatement, ...]:
    """``statements`` of a profile in :data:`BOTH_KINDS` typed savings or checking as the file
    tells, of one in :data:`NAMED_BY_FILE` as its file's name says; the others unchanged."""
    if profile in NAMED_BY_FILE:
        return tuple(_named_by_file(statement, path) for statement in statements)
    if profile not in BOTH_KINDS:
        return statements
    return tuple(_typed(statement, path) for statement in statements)


def kind_said(words: str) -> str | None:
    """The kind of account ``words`` name (a file's name, an export's ``Account Type`` cell:
    "Visa", "Savings", "Chequing"), else None."""
    if _CARD_NAME.search(words):
        return AccountType.CREDIT_CARD
    if _SAVINGS_NAME.search(words):
        return AccountType.SAVINGS
    if _CHEQUING_NAME.search(words):
        return AccountType.CHECKING
    return None


def _named_by_file(statement: ParsedStatement, path: str) -> ParsedStatement:
    """``statement`` of the account its file's name gives: kind, name and number."""
    found = _ACCOUNT_FILE.match(PurePath(path).stem)
    if found is None or statement.account.number:
        return statement
    said = " ".join(found.group("kind").split())
    kind = kind_said(said)
    if kind is None:
        return statement
    bank = statement.account.institution
    said = said if bank.casefold() in said.casefold() else f"{bank} {said}"
    number = found.group("number")
    account = replace(statement.account, number=number, type=kind, name=f"{said} …{number[-4:]}")
    return replace(statement, account=account)


def _typed(statement: ParsedStatement, path: str) -> ParsedStatement:
    name = PurePath(path).name
    texts = [f"{t.payee} {t.memo}" for t in statement.transactions]
    if _SAVINGS_NAME.search(name):
        kind, known = AccountType.SAVINGS, True
    elif _CHECKING_NAME.search(name) or any(_SPENDING.search(t) for t in texts):
        kind, known = AccountType.CHECKING, True
    elif any(_INTEREST.search(t) for t in texts):
        kind, known = AccountType.SAVINGS, True
    else:
        kind, known = AccountType.CHECKING, False
    return replace(statement, account=_named(statement.account, kind, known))


def _named(account: ParsedAccount, kind: str, known: bool) -> ParsedAccount:
    """``account`` of type ``kind``, named as a person tells a bank's accounts apart: "Capital
    One Savings …7731" ("Capital One …7731" while the type is a guess)."""
    words = [account.institution]
    if known:
        words.append(kind.title())
    if account.number:
        words.append(f"…{account.number[-4:]}")  # "****7731": the export gives the last four
    return replace(account, type=kind, type_known=known, name=" ".join(words))
