"""A bank export that names its account only in its preamble still pays for wallet purchases.

招商银行's PC export (``交易日期,交易时间,收入,支出,余额,交易类型,交易备注``) has no column of
the card's number: it says ``# 帐    号: [6214********5566]`` above its header. A WeChat Pay
bill paid with ``招商银行(5566)`` names that card, and the statement lists the same money as
``财付通-腾讯音乐娱乐`` and ``财付通-微信转账``: without the preamble's number the account was a
plain "Checking" no paying source could name, and each payment counted twice (the ¥4,500 rent
two large charges, QQ音乐 two subscriptions).

November, counted by hand from ``wallet_funding/wechat_2026_11.csv`` and
``cmb_debit_pc_2026_11.csv``: spending 9,030.00 (QQ音乐 15, 瑞幸 15, rent 4,500 to 房东刘先生,
4,500 to 张伟 paid with the credit card, whose statement is not imported), income 18,500.00.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import aliased

from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Transaction

HERE = Path(__file__).parent / "wallet_funding"
WECHAT, DEBIT = HERE / "wechat_2026_11.csv", HERE / "cmb_debit_pc_2026_11.csv"


@pytest.mark.parametrize("order", [(WECHAT, DEBIT), (DEBIT, WECHAT)], ids=["wallet", "bank"])
def test_the_card_a_preamble_names_funds_the_wechat_payments_once(store: Store, order) -> None:
    result = import_files(store, list(order))
    assert all(f.error is None for f in result.files)

    (total,) = month_report(store, date(2026, 11, 1)).totals
    assert (total.income, total.expenses) == (Decimal("18500.00"), Decimal("9030.00"))

    lines = list_transactions(store)
    assert not any(t.is_transfer for t in lines if t.account.startswith("WeChat"))
    # each bank line funds the row paid with the card, not the equal one paid otherwise
    funding = aliased(Transaction)
    with store.read() as session:
        funded = dict(
            session.execute(
                select(Transaction.payee, funding.payee).join(
                    funding, funding.transfer_peer_id == Transaction.id
                )
            ).all()
        )
    assert funded == {"腾讯音乐娱乐": "财付通-腾讯音乐娱乐", "房东刘先生": "财付通-微信转账"}
