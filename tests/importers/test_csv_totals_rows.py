"""A row adding up the lines around it (``Total``, ``Summe``, ``合计``) is left out and listed,
wherever it stands; a line whose payee merely says "total" is imported like any other.

Monthly exports of several months close each month with a totals row between the lines, and
Chinese bank exports close with ``合计``/``总计``: such a row has its label where the date
would be and an amount that is the sum. It refused the whole file at its line.
"""

from __future__ import annotations

from decimal import Decimal

from finapp.importers.csv import read_csv
from finapp.services.imports import import_files
from tests.importers.helpers import rows

#: a UK current account's export of two months, each closed by a totals row the bank adds
_MONTHS = (
    "Date,Description,Amount,Balance\n"
    "05/01/2024,TESCO STORES 1234,-23.45,976.55\n"
    "25/01/2024,ACME LTD SALARY,2000.00,2976.55\n"
    "Total,,1976.55,\n"
    "03/02/2024,TOTAL FITNESS MEMBERSHIP,-35.00,2941.55\n"
    "15/02/2024,LANDLORD RENT,-850.00,2091.55\n"
    "Total,,-885.00,\n"
)

#: a Chinese bank's export with a month's 合计 between the lines and the 总计 at its end
_CHINESE = (
    "交易日期,摘要,记账金额(收入),记账金额(支出),余额,对方户名\n"
    "2024-03-02,消费,,88.00,5912.00,盒马鲜生\n"
    "2024-03-10,工资,9800.00,,15712.00,上海某某科技有限公司\n"
    "合计,,9800.00,88.00,,\n"
    "2024-04-02,消费,,36.50,15675.50,瑞幸咖啡\n"
    "总计,,9800.00,124.50,,\n"
)


def test_totals_rows_between_and_after_the_lines_are_left_out_and_listed(store, write) -> None:  # type: ignore[no-untyped-def]
    result = import_files(store, [write("statement.csv", _MONTHS)]).files[0]
    assert result.error is None and result.new == 4
    assert [(s.line, s.reason, s.neutral) for s in result.skipped] == [
        (4, "'Total': a totals row adding up other lines, no money moved", True),
        (7, "'Total': a totals row adding up other lines, no money moved", True),
    ]
    assert result.left_out == 2
    assert [(r[0], r[1]) for r in rows(store)] == [
        ("2024-01-05", Decimal("-23.45")),
        ("2024-01-25", Decimal("2000.00")),
        ("2024-02-03", Decimal("-35.00")),
        ("2024-02-15", Decimal("-850.00")),
    ]


def test_a_payee_saying_total_on_a_real_day_is_imported() -> None:
    (statement,) = read_csv("statement.csv", _MONTHS.encode()).statements
    assert [t.payee for t in statement.transactions if "TOTAL" in t.payee] == [
        "TOTAL FITNESS MEMBERSHIP"
    ]
    text = "Date,Description,Amount\n2024-03-01,Total,-12.00\n2024-03-02,Grocer,-5.00\n"
    (statement,) = read_csv("dated.csv", text.encode()).statements
    assert [(t.payee, t.amount) for t in statement.transactions] == [
        ("Total", Decimal("-12.00")),
        ("Grocer", Decimal("-5.00")),
    ]


def test_chinese_totals_rows_are_left_out_and_listed() -> None:
    parsed = read_csv("明细.csv", _CHINESE.encode("gbk"))
    (statement,) = parsed.statements
    assert [t.amount for t in statement.transactions] == [
        Decimal("-88.00"),
        Decimal("9800.00"),
        Decimal("-36.50"),
    ]
    assert [(s.line, s.reason) for s in parsed.skipped] == [
        (4, "'合计': a totals row adding up other lines, no money moved"),
        (6, "'总计': a totals row adding up other lines, no money moved"),
    ]
