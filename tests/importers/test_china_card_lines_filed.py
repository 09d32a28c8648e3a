"""Lines of Chinese bank and card exports that no shipped rule knew, filed where they belong.

工商银行's credit card prints McDonald's in China by its company's name
(``支付宝-金拱门(中国)有限公司``), a motorway toll by the ETC operator
(``广东联合电子收费股份``) with 摘要 ``消费`` rather than ``ETC``, and a top-up of
Shanghai's transit card by its issuer (``上海公共交通卡股份有限公司``); 交通银行's debit
card pays its own credit card as ``信用卡转账还款`` to the holder by name and buys a fund as
``基金理财产品申购`` from 京东肯特瑞: the first three were Uncategorized, the card's
repayment Person to Person and the fund Shopping:Online.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store


def _cell(text: str, width: int) -> str:
    """A cell as ICBC pads it: the text, spaces to its width, a tab."""
    return f"{text:<{width}}\t"


def _icbc_credit(folder: Path) -> Path:
    """工商银行's credit card 明细查询文件下载 (GBK, padded cells, newest first)."""
    rows = [
        ("2026-11-21", "消费", "上海公共交通卡股份有限公司", "100.00"),
        ("2026-11-14", "消费", "广东联合电子收费股份", "29.45"),
        ("2026-11-05", "消费", "支付宝-金拱门(中国)有限公司", "26.00"),
    ]
    lines = [
        "明细查询文件下载",
        "",
        '卡号: 6222****5678,"卡别名: "',
        "",
        "子账户类别:",
        "",
        "交易日期,记账日期,摘要,交易场所,交易国家或地区简称,交易金额(收入),交易金额(支出),交易币种,"
        "记账金额(收入),记账金额(支出),记账币种,余额,对方户名",
    ]
    balance = Decimal("0.00")
    for day, kind, place, amount in rows:
        balance -= Decimal(amount)
        owed = f"{balance:,.2f}"
        cells = [_cell(day, 15), _cell(day, 15), f'"{_cell(kind, 30)}"', f'"{_cell(place, 40)}"',
                 f'"{_cell("CHN", 20)}"', f'"{_cell("", 20)}"', f'"{_cell(amount, 20)}"',
                 _cell("人民币", 20), f'"{_cell("", 20)}"', f'"{_cell(amount, 20)}"',
                 _cell("人民币", 20), f'"{_cell(owed, 20)}"', f'"{_cell("", 20)}"']  # fmt: skip
        lines.append(",".join(cells) + ",")
    path = folder / "工商银行信用卡_明细_5678.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return path


def _bocom_debit(folder: Path) -> Path:
    """交通银行's debit card export: 借贷 says the side, 对方账号 and 对方户名 the other party."""
    lines = [
        "序号,交易日期,交易时间,交易类型,借贷,交易金额,余额,对方账号,对方户名,交易地点,摘要",
        "1,2026-11-02,09:12:40,信用卡转账还款,借 Dr,3000.00,12450.20,6222530112345678,李娜,其他,",
        "2,2026-11-06,20:02:11,网上支付,借 Dr,1000.00,11450.20,110060149018000321,"
        "京东肯特瑞基金销售有限公司,网上支付,基金理财产品申购 订单编号2026110620021100031",
    ]
    path = folder / "交通银行_交易明细_20261101-20261130.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    return path


def test_chinese_card_lines_no_rule_knew_are_filed(store: Store, tmp_path: Path) -> None:
    result = import_files(store, [_icbc_credit(tmp_path), _bocom_debit(tmp_path)])
    assert all(f.error is None for f in result.files)
    filed = {t.payee: t.category for t in list_transactions(store)}
    assert filed == {
        "支付宝-金拱门(中国)有限公司": "Food:Dining",
        "广东联合电子收费股份": "Transport:Parking & Tolls",
        "上海公共交通卡股份有限公司": "Transport:Public Transit",
        "李娜": "Transfers:Card Payment",
        "京东肯特瑞基金销售有限公司": "Transfers:Savings",
    }
