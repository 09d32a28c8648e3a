"""An Alipay refund is money back: spending nets to what the user paid in the end.

``wallet_funding/alipay_refund_2024_04.csv`` is an April app export (GBK, its preamble, tab-
suffixed order numbers): Nike shoes for 699 with 100 refunded later (a ``不计收支`` ``退款成功``
row whose order number is the purchase's with a suffix), and a jacket for 399 refunded whole
(the purchase ``交易关闭``, its refund row beside it). ``cmb_credit_2024_04.csv`` is the card
they were paid with: the 699 and the 100 back. ``alipay_partial_refund_2024_04.csv`` is the
tester's file; ``alipay_web_2019.csv`` the web export of 2019, whose 羽绒服 row of 599 says
成功退款 100.00.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.importers.registry import read_statement_file

HERE = Path(__file__).parent / "wallet_funding"
REFUNDS = HERE / "alipay_refund_2024_04.csv"


def test_a_partial_refund_is_a_line_of_money_back_from_the_same_merchant() -> None:
    (statement,) = read_statement_file(HERE / "alipay_partial_refund_2024_04.csv").statements
    lines = [(str(t.posted), t.amount, t.payee) for t in statement.transactions]
    assert sorted(lines) == [
        ("2024-04-08", Decimal("-200.00"), "某某旗舰店"),
        ("2024-04-12", Decimal("50.00"), "某某旗舰店"),
    ]


def test_a_whole_refund_of_a_closed_trade_counts_neither_way() -> None:
    parsed = read_statement_file(REFUNDS)
    (statement,) = parsed.statements
    assert sorted(t.amount for t in statement.transactions) == [
        Decimal("-699.00"),
        Decimal("100.00"),
    ]
    left_out = {s.line: str(s.reason) for s in parsed.skipped}
    assert "refund" in left_out[26] and "交易关闭" in left_out[28]


def test_the_web_export_nets_the_refund_its_purchase_row_states() -> None:
    (statement,) = read_statement_file(HERE / "alipay_web_2019.csv").statements
    coat = next(t for t in statement.transactions if "羽绒服" in t.memo)
    assert coat.amount == Decimal("-499.00")
    assert "成功退款: 100.00" in coat.memo
