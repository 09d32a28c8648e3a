"""兴业银行's 交易明细 workbook, as the bank writes it (the layout double-entry-generator's
``cib_debit`` reads): a title, the account's holder (账户户名), number (账户账号) and
sub-account with its currency (卡内账户 ``001 活期储蓄存款 人民币``) on lines of two cells, the
period, then 交易时间, 记账日, 支出, 收入, 账户余额, 摘要, 对方户名, 对方银行, 对方账号, 用途,
交易渠道, 备注, and a 说明 line below. One workbook a sub-account: its 港币 one comes apart.

Read as a generic export, every 兴业 workbook went into one "Checking" (with another bank's
whose lines it shared), the 港币 lines were counted as 人民币, and 用途 ("11月房租") was not
read, so the rent and the salary went unfiled.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

HEADER = ["交易时间", "记账日", "支出", "收入", "账户余额", "摘要", "对方户名", "对方银行",
          "对方账号", "用途", "交易渠道", "备注"]  # fmt: skip
CNY_ROWS = [
    ["2026-11-01 09:12:03", "2026-11-01", "4500.00", "", "15500.00", "转账支出", "王建国",
     "中国工商银行", "6222020200112233445", "11月房租", "手机银行", ""],
    ["2026-11-10 15:30:00", "2026-11-10", "", "15000.00", "30500.00", "代发工资",
     "上海星辰科技有限公司", "兴业银行", "31001234567890", "工资", "代发", ""],
    ["2026-11-12 08:05:40", "2026-11-12", "18.00", "", "30482.00", "快捷支付", "瑞幸咖啡",
     "", "", "", "支付宝", ""],
    ["2026-11-12 08:05:41", "2026-11-12", "18.00", "", "30464.00", "快捷支付", "瑞幸咖啡",
     "", "", "", "支付宝", ""],
]  # fmt: skip
HKD_ROWS = [
    ["2026-11-20 10:00:00", "2026-11-20", "1200.00", "", "3800.00", "跨境汇款", "CHAN TAI MAN",
     "HSBC", "012345678901", "学费", "手机银行", ""],
]  # fmt: skip


def _workbook(path: Path, sub_account: str, rows: list[list[str]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [["兴业银行交易明细"], [], ["账户别名"], ["账户户名", "张三"],
                ["账户账号", "622909123456789012"], ["卡内账户", sub_account],
                ["起始日期", "2026-11-01"], ["截止日期", "2026-11-30"],
                ["下载日期", "2026-12-07 10:54:19"], [], HEADER, *rows,
                ["说明", "交易明细涉及您的个人隐私，请妥善处理，避免信息篡改或泄露，交易明细内容仅供个人参考。"]]:  # fmt: skip  # noqa: E501
        sheet.append(row)
    book.save(path)
    return path


def test_each_sub_account_is_its_own_in_its_currency(store: Store, tmp_path: Path) -> None:
    cny = _workbook(tmp_path / "兴业银行交易明细.xlsx", "001 活期储蓄存款 人民币", CNY_ROWS)
    hkd = _workbook(tmp_path / "兴业银行交易明细(1).xlsx", "002 活期储蓄存款 港币 现汇", HKD_ROWS)
    result = import_files(store, [cny, hkd])
    assert [f.error for f in result.files] == [None, None]

    accounts = {a.currency: a for a in list_accounts(store)}
    assert sorted(accounts) == ["CNY", "HKD"]
    assert {a.institution for a in accounts.values()} == {"CIB 兴业银行"}
    assert accounts["HKD"].balance == Decimal("3800.00")
    lines = list_transactions(store)
    by_amount = {(t.currency, t.amount): t for t in lines}
    assert by_amount[("HKD", Decimal("-1200.00"))].account == accounts["HKD"].name
    # 用途 and 摘要 are read: the rent and the salary are filed, the two coffees stay two
    assert by_amount[("CNY", Decimal("-4500.00"))].category == "Housing:Rent"
    assert by_amount[("CNY", Decimal("15000.00"))].category == "Income:Salary"
    assert [t.amount for t in lines].count(Decimal("-18.00")) == 2
    again = import_files(store, [cny, hkd])
    assert (again.new, again.duplicates) == (0, 5)
