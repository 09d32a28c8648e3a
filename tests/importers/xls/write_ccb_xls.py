"""Writes ``ccb_debit_2024_03.xls``: a 建设银行 debit card's March statement as its online
banking exports it, a binary Excel 97-2003 workbook (BIFF8 in an OLE2 file).

Run by hand with xlwt (``pip install xlwt==1.3.0`` in a throwaway venv; finapp does not depend
on it): ``python tests/importers/xls/write_ccb_xls.py``. The layout: a title row, the account and
period, the header, then one row a transaction, 交易日期 typed by Excel as a date, amounts as
numbers (money out negative), 账户余额 after each; a second sheet holds only the bank's notes.
"""

from datetime import datetime
from pathlib import Path

import xlwt  # type: ignore[import-not-found]

ROWS = [
    (1, "消费", "人民币", datetime(2024, 3, 2), -58.50, 12441.50, "财付通-美团外卖"),
    (2, "代发工资", "人民币", datetime(2024, 3, 5), 15800.00, 28241.50, "杭州某某科技有限公司"),
    (3, "转账支取", "人民币", datetime(2024, 3, 8), -4500.00, 23741.50, "房东 王建国"),
    (4, "消费", "人民币", datetime(2024, 3, 15), -1299.00, 22442.50, "支付宝-京东商城"),
    (5, "利息存入", "人民币", datetime(2024, 3, 21), 12.37, 22454.87, ""),
]


def main() -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("交易明细")
    day = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    money = xlwt.easyxf(num_format_str="#,##0.00")
    sheet.write(0, 0, "中国建设银行个人活期账户交易明细")
    sheet.write(1, 0, "卡号：6217 **** **** 5678")
    sheet.write(1, 3, "户名：林小雨")
    sheet.write(2, 0, "起始日期：20240301")
    sheet.write(2, 3, "结束日期：20240331")
    header = ("序号", "摘要", "币别", "交易日期", "交易金额", "账户余额", "交易地点/附言")
    for col, name in enumerate(header):
        sheet.write(4, col, name)
    for r, (number, what, currency, when, amount, balance, place) in enumerate(ROWS, 5):
        sheet.write(r, 0, number)
        sheet.write(r, 1, what)
        sheet.write(r, 2, currency)
        sheet.write(r, 3, when, day)
        sheet.write(r, 4, amount, money)
        sheet.write(r, 5, balance, money)
        sheet.write(r, 6, place)
    notes = book.add_sheet("说明")
    notes.write(0, 0, "本明细仅供参考，以银行记录为准。")
    book.save(str(Path(__file__).with_name("ccb_debit_2024_03.xls")))


if __name__ == "__main__":
    main()
