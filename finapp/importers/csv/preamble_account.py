"""The account a European or Chinese export names in the lines above its header.

ING Germany opens its export with a page of the account's details, ``IBAN;DE10 5001 0517 5419
8765 43`` among them, Crédit Agricole with ``Numéro de compte;12345678901`` and Santander with
``Cuenta;ES12 0049 5123 9121 0034 5678``; no row names the account. Read, the number is the
statement's, as a column's is (:mod:`.own_account`), so two accounts at one bank, or one bank's
accounts in two countries, stay two. Nationwide names its account there too (``"Account
Name:","FlexDirect ****12345"``): the new account is called so, not "Checking …2345".
兴业银行's workbook gives its number on a line of two cells (``账户账号 | 622909123456789012``).
"""

from __future__ import annotations

import re

from finapp.importers.csv.mapping import normalise_name
from finapp.importers.csv.table import CsvTable

#: the labels of a line above the header giving the account's whole number (Santander's
#: ``Cuenta;ES12 0049 …``, ING España's ``Número de cuenta:,ES91 1465 …``, 兴业银行's
#: ``账户账号 | 622909…``)
_LABELS = frozenset(
    {
        "iban",
        "numéro de compte",
        "cuenta",
        "número de cuenta",
        "numero de cuenta",
        "kontonummer",
        "账户账号",
        "账号",
        "帐号",
    }
)
#: an IBAN (country, check digits, the national number) or a national account number
_NUMBER = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}|\d{8,}")


def preamble_account(table: CsvTable) -> str:
    """The one whole account number the lines above the header give, spaces left out, else
    "" (none, or several: an export of several accounts names no single one)."""
    above = table.header_index if table.header_index is not None else table.data_start
    found = {
        number
        for row in table.rows[:above]
        if len(row) > 1 and normalise_name(row[0]).rstrip(" :") in _LABELS
        if _NUMBER.fullmatch(number := re.sub(r"\s", "", row[1]).upper())
    }
    return found.pop() if len(found) == 1 else ""


#: the label of a line above the header naming the account, and a masked number after the name
_NAME_LABELS = frozenset({"account name"})
_MASKED = re.compile(r"\s*[*xX•]{2,}\s*\d*\s*$")


def preamble_account_name(table: CsvTable) -> str:
    """The name the lines above the header give the account ("FlexDirect"), its masked
    number left out; "" when they give none, or several."""
    above = table.header_index if table.header_index is not None else table.data_start
    found = {
        name
        for row in table.rows[:above]
        if len(row) > 1 and normalise_name(row[0]).rstrip(" :") in _NAME_LABELS
        if (name := " ".join(_MASKED.sub("", row[1]).split()))
    }
    return found.pop() if len(found) == 1 else ""
