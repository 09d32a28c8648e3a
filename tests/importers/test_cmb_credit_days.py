"""A 招商银行 credit card line is dated by its 交易日, the day the user paid, as every other
card is; the 记账日 dates only a line without one (a repayment, which CMB books without a
transaction day).

``bank_exports/cmb_credit_2024_01_gbk.csv`` is a January statement as CMB's site exports it
(GBK, its title naming the month, year-less ``MM/DD`` days): a repayment with no 交易日, two
December purchases booked in January, and a January purchase and repayment.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.importers.registry import read_statement_file

FILE = Path(__file__).parent / "bank_exports" / "cmb_credit_2024_01_gbk.csv"


def test_each_line_is_dated_by_the_day_the_card_was_used() -> None:
    (statement,) = read_statement_file(FILE).statements
    lines = [(t.posted, t.amount, t.payee) for t in statement.transactions]
    assert lines == [
        (date(2023, 12, 29), Decimal("3000.00"), "掌上生活还款"),
        (date(2023, 12, 30), Decimal("-86.50"), "美团-北京三快在线科技有限公司"),
        (date(2023, 12, 31), Decimal("-23.40"), "财付通-滴滴出行"),
        (date(2024, 1, 5), Decimal("-1299.00"), "京东商城"),
        (date(2024, 1, 18), Decimal("500.00"), "银联转账还款"),
    ]
