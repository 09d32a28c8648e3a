"""Chinese banks' ``.xls`` statements import as their CSV twins do: a web page's table saved
with an ``.xls`` name (工商银行, 建设银行, 农业银行 online banking), and a binary Excel 97-2003
workbook, both told by their content.

* ``xls/icbc_debit_2024_03_html.xls``: ICBC's 借记卡账户历史明细 as its online banking saves
  it: an HTML page in GB2312 whose table of transactions sits in a cell of a layout table, the
  card and period above the header, ``&nbsp;`` in empty cells, a ``<br>`` in a name, amounts
  with thousands separators in 记账金额(收入)/(支出), and a 合计 line after the data.
* ``xls/ccb_debit_2024_03.xls``: CCB's 交易明细 as a binary workbook (written by
  ``xls/write_ccb_xls.py``): title, card and period rows, dates typed by Excel as dates, signed
  amounts as numbers, and a second sheet of the bank's notes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.importers.registry import read_statement_file
from finapp.services.imports import import_files
from tests.importers.helpers import counts

HERE = Path(__file__).parent / "xls"
HTML_XLS = HERE / "icbc_debit_2024_03_html.xls"
BINARY_XLS = HERE / "ccb_debit_2024_03.xls"

Write = Callable[[str, str | bytes], Path]


def _lines(path: Path) -> list[tuple[date, Decimal, str]]:
    (statement,) = read_statement_file(path).statements
    return [(t.posted, t.amount, t.payee) for t in statement.transactions]


def test_an_html_table_saved_as_xls_reads_as_the_banks_csv_would() -> None:
    parsed = read_statement_file(HTML_XLS)
    assert parsed.format == "csv:ICBC debit 工商银行"
    assert parsed.statements[0].account.currency == "CNY"
    assert _lines(HTML_XLS) == [
        (date(2024, 3, 1), Decimal("-19.90"), "财付通-瑞幸咖啡"),
        (date(2024, 3, 5), Decimal("15800.00"), "杭州某某科技 有限公司"),
        (date(2024, 3, 9), Decimal("-4500.00"), "王建国"),
        (date(2024, 3, 21), Decimal("12.37"), "结息"),
    ]
    # each line is the row Excel shows it on when it opens the page
    assert [t.line for t in parsed.statements[0].transactions] == [6, 7, 8, 9]


def test_a_binary_excel_97_workbook_reads_its_sheet_of_transactions() -> None:
    parsed = read_statement_file(BINARY_XLS)
    assert parsed.format == "csv:China Construction Bank debit 建设银行"
    assert parsed.detected is not None and parsed.detected["sheet"] == "交易明细"
    assert _lines(BINARY_XLS) == [
        (date(2024, 3, 2), Decimal("-58.50"), "财付通-美团外卖"),
        (date(2024, 3, 5), Decimal("15800.00"), "杭州某某科技有限公司"),
        (date(2024, 3, 8), Decimal("-4500.00"), "房东 王建国"),
        (date(2024, 3, 15), Decimal("-1299.00"), "支付宝-京东商城"),
        (date(2024, 3, 21), Decimal("12.37"), "利息存入"),
    ]


@pytest.mark.parametrize("path", [HTML_XLS, BINARY_XLS], ids=["html", "binary"])
def test_an_xls_imports_once_whatever_its_name(store, write: Write, path: Path) -> None:  # type: ignore[no-untyped-def]
    renamed = write("statement.csv", path.read_bytes())  # told by content, not by name
    first = import_files(store, [renamed]).files[0]
    again = import_files(store, [path]).files[0]
    assert (first.error, again.error) == (None, None)
    assert (first.new, again.new, again.duplicates) == (len(_lines(path)), 0, len(_lines(path)))


def test_a_web_page_with_no_table_is_refused_naming_the_file_and_what_it_is(
    store, write: Write
) -> None:  # type: ignore[no-untyped-def]
    signed_out = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>会话已超时</title></head>'
        "<body><p>您的会话已超时，请重新登录。</p></body></html>"
    )
    path = write("历史明细.xls", signed_out)
    result = import_files(store, [path]).files[0]
    assert result.error is not None
    assert result.error.startswith(f"{path}: a web page with no table of transactions")
    assert counts(store) == (0, 0, 0)


def test_a_damaged_xls_is_refused_and_nothing_is_written(store, write: Write) -> None:  # type: ignore[no-untyped-def]
    data = BINARY_XLS.read_bytes()  # its sheets' records overwritten, its directory kept
    path = write("交易明细.xls", data[:1000] + b"\xff" * 2000 + data[3000:])
    result = import_files(store, [path]).files[0]
    assert result.error is not None
    assert result.error.startswith(f"{path}: the workbook is damaged")
    assert counts(store) == (0, 0, 0)
