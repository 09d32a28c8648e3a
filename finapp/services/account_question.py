"""Asking which account a statement naming none goes into, for the window.

A CSV of date, payee and amount says nothing of whose it is: on its own, finapp can only put
it with the earlier files that named none, and a second bank's Netflix charge on the same day
would be taken for the first's. The CLI says so in the import result (``--account`` chooses);
the window asks before anything is written: the import leaves such a file out with an
:class:`AccountQuestion`, the window asks it, and imports the file again into the account the
user chose. A file whose number or bank names its account is never asked about.

The account offered first is the one already holding most of the file's lines (the same
download imported again, into the account the user named then: importing it adds nothing),
else the one the earlier files naming none went into: by its name, or when the user renamed it
since, the one whose lines the file's lines continue.

**A new account's name is the household's.** With none to offer, the question proposes a new
account called by its type as the window says it, after the file's bank where that is known:
"Checking" in English and 活期账户 in Chinese, "Chase Checking" for a Chase download
(``Chase7788_Activity_20261204.CSV``) and "招商银行 活期账户" for a 招商银行 export. The words
are the window's (its :data:`NewAccountName`), so this module, like the rest of the core, knows
no language; the CLI, which asks nothing, keeps English ("Checking", :mod:`.accounts`). The
file's bank is the statement's, else the one its file's name gives (a bank's download named
after it, or a file the user named so): a file naming no account names no bank in its rows.
An account the window named so before, holding earlier files that named none, is offered
again for the next such file of that bank.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.bank_names import BY_FID, BY_ORG, CHINESE_NAMES
from finapp.core.display_names import title_case
from finapp.importers.base import ParsedAccount, ParsedFile
from finapp.services.accounts import names_no_account, place_by_name
from finapp.services.held_lines_account import account_already_holding, account_continued
from finapp.store.engine import Store
from finapp.store.schema import Account

#: a new account's name in the household's words, from its type (an ``AccountType``) and its
#: bank ("" when the file's bank is not known): "Chase Checking", "招商银行 活期账户", 活期账户
NewAccountName = Callable[[str, str], str]

#: banks by the Latin name a file of theirs may be called by, case-folded, to the name shown:
#: those finapp reads from OFX downloads and those it knows a Chinese name for, each a whole
#: word (a code of three letters or fewer, "boc" or "abc", names too many other things)
_LATIN_BANKS: dict[str, str] = {
    **{name.casefold(): name for name in (*BY_ORG.values(), *BY_FID.values())},
    **{
        name: title_case(name.upper().split())
        for name, chinese in CHINESE_NAMES.items()
        if chinese.endswith("银行") and len(name) > 3
    },
}
#: banks by their Chinese name, longest first: the more exact name wins
_CHINESE_BANKS = sorted(
    {name for name in CHINESE_NAMES.values() if name.endswith("银行")}, key=len, reverse=True
)


@dataclass(frozen=True, slots=True)
class AccountOption:
    """An existing account the statement may go into, as the question lists it."""

    name: str
    currency: str
    type: str
    last4: str  # "" when finapp knows no number of it


@dataclass(frozen=True, slots=True)
class AccountQuestion:
    """Which account a file naming none goes into: every account, those of the statement's
    currency and type first, and the one finapp would have chosen (``default``), which is a
    new account's name when ``default_is_new``."""

    currency: str
    type: str
    accounts: tuple[AccountOption, ...]
    default: str
    default_is_new: bool


def account_question(
    store: Store, parsed: ParsedFile, new_name: NewAccountName | None = None
) -> AccountQuestion | None:
    """The question to ask before ``parsed`` is written, or None when its statements say whose
    they are (each goes where its number or bank takes it). ``new_name`` words a new account's
    name in the household's language; without it, the name the command line would give."""
    unnamed = [s for s in parsed.statements if names_no_account(s.account)]
    if not unnamed:
        return None
    first, lines = unnamed[0].account, unnamed[0].transactions
    with store.read() as session:
        found = account_already_holding(session, first, lines)  # the same file again
        default = found.name if found is not None else ""
        if found is None:
            found, default = place_by_name(session, first)
        if found is None:  # renamed since: the account its lines continue is the likely one
            found = account_continued(session, first, lines, parsed.format)
            default = found.name if found is not None else default
        if found is None and new_name is not None:
            wanted = new_name(first.type, file_bank(first, parsed.path))
            found, default = _by_household_name(session, first, wanted)
        accounts = session.scalars(select(Account).order_by(Account.name)).all()
        alike = sorted(accounts, key=lambda a: (a.currency, a.type) != (first.currency, first.type))
        options = tuple(AccountOption(a.name, a.currency, a.type, a.number_last4) for a in alike)
    return AccountQuestion(first.currency, first.type, options, default, found is None)


def file_bank(parsed: ParsedAccount, path: str) -> str:
    """The bank of a statement: its own, else the one its file's name gives ("Chase" for
    ``Chase7788_Activity_20261204.CSV``, 招商银行 for ``招商银行交易明细.csv``), else ""."""
    if parsed.institution:
        return parsed.institution
    stem = Path(path).stem
    chinese = next((name for name in _CHINESE_BANKS if name in stem), None)
    if chinese is not None:
        return chinese
    words = " ".join(re.findall(r"[^\W\d_]+", stem.casefold()))
    latin = sorted((n for n in _LATIN_BANKS if re.search(rf"\b{re.escape(n)}\b", words)), key=len)
    return _LATIN_BANKS[latin[-1]] if latin else ""


def _by_household_name(
    session: Session, parsed: ParsedAccount, wanted: str
) -> tuple[Account | None, str]:
    """The account called ``wanted`` that holds earlier files naming none (no bank, no number,
    of the statement's currency and type), else None and a name no account has: ``wanted``,
    then with the statement's currency, then numbered."""
    held = {
        a.name: a
        for a in session.scalars(
            select(Account).where(Account.name.startswith(wanted, autoescape=True))
        )
    }
    same = held.get(wanted)
    if (
        same is not None
        and not (same.institution or same.number_last4)
        and (same.currency, same.type) == (parsed.currency, parsed.type)
    ):
        return same, same.name
    names = [wanted, f"{wanted} ({parsed.currency})"]
    number = 2
    while all(name in held for name in names):
        names.append(f"{wanted} ({number})")
        number += 1
    return None, next(name for name in names if name not in held)
