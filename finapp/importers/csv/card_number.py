"""The account or card a CSV export belongs to, when the export says so.

Many bank exports carry the account's whole number in a column of their own (see
:mod:`.own_account`) or on a line above their header (:mod:`.preamble_account`): it is the
statement's number, matched by its hash like an OFX's, so two accounts at one bank stay two.
Card CSVs carry no whole number, but many say which card: a column of last four digits
(Capital One's ``Card No.``, Bank of China's ``卡号后四位`` and its debit card's ``借记卡号``,
China Merchants Bank's ``卡号末四位``; Capital One 360's ``Account Number`` for its checking
and savings accounts), the name the bank gives the download (Chase:
``Chase1234_Activity_20261031.CSV``), or, in a Chinese bank's export, the lines above the
header (招商银行's ``# 帐    号: [6214********5566]``, 建设银行's ``卡号/账号:6217********3344``,
工商银行's ``卡号: 1234****5678``), masked there too, so only its last four count. With them a
CSV finds the account an OFX of the same card created, and a wallet's paying source
(``招商银行(5566)``) names the account (:mod:`finapp.core.wallet_funding`). A file listing
several cards (a main card and a supplementary one) names no single card, and nothing is
guessed. A file whose rows name several accounts (Rabobank's download of all accounts) is read
as one statement per account (:func:`accounts_column`), so it names no single account either.

A card's result is written masked (``****1234``), as finapp's own export writes numbers: it has
only the last four to match by and no whole number to hash.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PurePath

from finapp.importers.csv.mapping import CsvMapping, normalise_name
from finapp.importers.csv.own_account import own_account, own_account_columns
from finapp.importers.csv.preamble_account import preamble_account
from finapp.importers.csv.profiles import profile_named
from finapp.importers.csv.table import CsvTable

#: Header names of a column holding the card's number or its last four digits.
CARD_COLUMNS = frozenset(
    {
        "card no.",
        "card no",
        "card number",
        "card",
        "last 4",
        "卡号后四位",
        "卡号末四位",
        "卡末四位",
        "卡号",
        "借记卡号",
    }
)
#: Columns holding the last four of the account's number in one bank's export only: elsewhere
#: ``Account Number`` may be the other party's (N26) or a whole number (NatWest).
_PROFILE_LAST_FOUR = {"Capital One 360": frozenset({"account number"})}
#: A bank's download name: letters, then the last four, then a separator or the end
#: ("Chase1234_Activity_20261031.CSV", "Visa0912_2026-10.csv"); never a date's digits, nor a
#: date's year (Nationwide's "Statement Download 2026-Dec-01 10-12-33.csv": every download
#: would be an account of its own, each statement imported again into the next year's).
_FILE_NAME = re.compile(
    r"[A-Za-z][A-Za-z ]*?(\d{4})(?=[_\-. ]|$)(?![_\-. ](?:\d{1,2}|[A-Za-z]{3})[_\-. ]\d{1,2}\b)"
)
#: A Chinese preamble's card or account number after its label (卡号, 帐号/账号, 卡号/账号), in
#: brackets or not; a number of eight characters at least, so ``子账户序号: 00000`` is none.
_PREAMBLE_NUMBER = re.compile(
    r"(?:卡\s*号|[帐账]\s*号)(?:\s*/\s*[帐账]\s*号)?\s*[:：]\s*\[?\s*([0-9*xX]{4,}\d{4})(?!\d)"
)

#: An English preamble's masked account after its label: Nationwide's
#: ``"Account Name:","FlexDirect ****12345"``, ``Account Number: XXXX1234``, Santander UK's
#: ``Account: XXXX XXXX XXXX 4417``
_PREAMBLE_MASKED = re.compile(
    r"\baccount(?: (?:name|number|no\.?))?\s*:?[\s\",;]*[^\"\n,;]*?[*xX•]{2,}\s*(\d{4,})(?!\d)",
    re.IGNORECASE,
)


def card_number(table: CsvTable, mapping: CsvMapping, path: str) -> str:
    """The one account's whole number the export names in its rows (``NL11RABO0104955555``)
    or above its header (:mod:`.preamble_account`), else
    ``****1234`` for the one card it names, else ""."""
    accounts = _accounts_named(table, _own_columns(table, mapping))
    if len(accounts) == 1:
        return accounts.pop()
    if accounts:
        return ""
    whole = preamble_account(table)
    if whole:
        return whole
    found = (
        _one_value(
            table,
            mapping,
            CARD_COLUMNS | _PROFILE_LAST_FOUR.get(mapping.profile, frozenset()),
            _card_last_four,
        )
        or _from_preamble(table.preamble)
        or _from_file_name(path)
    )
    return f"****{found}" if found else ""


def accounts_column(table: CsvTable, mapping: CsvMapping) -> tuple[int, ...]:
    """The columns naming each row's account, when the rows name several accounts: their rows,
    sequence numbers and running balances are each account's own, so each is a statement of
    its own (as each ``<STMTRS>`` of an OFX is). () for an export of one account."""
    columns = _own_columns(table, mapping)
    return columns if len(_accounts_named(table, columns)) > 1 else ()


def _own_columns(table: CsvTable, mapping: CsvMapping) -> tuple[int, ...]:
    """The columns naming each row's own account: by their names (:mod:`.own_account`), else
    where the export's profile says: ING's savings export names it ``Rekening``
    (``V 530-71248``), and ABN AMRO's ``.TAB``, which has no header, starts each line with
    it (one download may hold all the customer's accounts)."""
    columns = own_account_columns(table, mapping)
    profile = profile_named(mapping.profile) if mapping.profile else None
    if columns or profile is None:
        return columns
    if not mapping.has_header:
        return profile.columns.get("account", ())
    header = [normalise_name(h) for h in table.header]
    named = [header.index(name) for name in profile.roles.get("account", ()) if name in header]
    return tuple(named[:1])


def _accounts_named(table: CsvTable, columns: tuple[int, ...]) -> set[str]:
    """The own account numbers the data rows name in ``columns`` (none without them)."""
    if not columns:
        return set()
    return {own_account(row, columns) for row in table.rows[table.data_start :]} - {""}


def _card_last_four(cell: str) -> str:
    digits = re.sub(r"\D", "", cell)
    return digits[-4:] if len(digits) >= 4 else ""


def _one_value(
    table: CsvTable, mapping: CsvMapping, names: frozenset[str], value: Callable[[str], str]
) -> str:
    """The one ``value`` of the first column called one of ``names``: "" when the rows give
    several (an export of two accounts or cards names no single one) or none."""
    column = _named_column(table, mapping, names)
    if column is None:
        return ""
    cells = {row[column] for row in table.rows[table.data_start :] if column < len(row)}
    values = {found for cell in cells if (found := value(cell))}
    return values.pop() if len(values) == 1 else ""


def _named_column(table: CsvTable, mapping: CsvMapping, names: frozenset[str]) -> int | None:
    """The first column called one of ``names``; None without one or without a header."""
    if not mapping.has_header:
        return None
    header = [normalise_name(h) for h in table.header]
    return next((i for i, name in enumerate(header) if name in names), None)


def _from_file_name(path: str) -> str:
    match = _FILE_NAME.match(PurePath(path).name)
    return match.group(1) if match else ""


def _from_preamble(preamble: str) -> str:
    """The last four of the one card or account number the lines above the header name."""
    found = {
        match.group(1)[-4:]
        for pattern in (_PREAMBLE_NUMBER, _PREAMBLE_MASKED)
        for match in pattern.finditer(preamble)
    }
    return found.pop() if len(found) == 1 else ""
