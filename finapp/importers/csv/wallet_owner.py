"""Whose Alipay or WeChat Pay wallet an export is, as the lines above its header say.

A couple each keep a wallet: WeChat Pay's bill opens with ``微信昵称：[李娜]``, Alipay's with
``姓名：张伟``. Neither names a card or account number, so without the owner every wallet of an
app went into one account: a 转账 from one spouse's 零钱 to the other's, or a 红包, was money out
and money in of the same wallet, and nobody could tell whose 美团 order was whose. The owner is
the statement's holder (:attr:`finapp.importers.base.ParsedAccount.holder`): a wallet of another
holder is another account (:func:`finapp.services.accounts.match_statement`).
"""

from __future__ import annotations

import re

from finapp.core.account_types import AccountType
from finapp.importers.csv.mapping import CsvMapping
from finapp.importers.csv.table import CsvTable

#: WeChat Pay's nickname line (``微信昵称：[李娜]``) and Alipay's name line (``姓名：张伟``)
_OWNER = re.compile(r"(?:微信昵称|姓名)\s*[:：]\s*\[?\s*([^\[\]]*?)\s*\]?")


def wallet_owner(table: CsvTable, mapping: CsvMapping) -> str:
    """The one owner a payment app's export names above its header; "" for any other export,
    or one naming none (or several)."""
    if mapping.account_type != AccountType.PAYMENT_APP:
        return ""
    above = table.header_index if table.header_index is not None else table.data_start
    found = {
        owner
        for row in table.rows[:above]
        if row and (written := _OWNER.fullmatch(row[0].strip())) and (owner := written.group(1))
    }
    return found.pop() if len(found) == 1 else ""
