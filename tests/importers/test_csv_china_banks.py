"""Chinese bank exports as the banks write them: the right bank, account, payee and signs.

中国银行's online-banking 交易流水 names the other party in 对方账户名称 and the booking in
业务摘要; 招商银行's classic 一卡通 export names the bank and the account only in its ``#``
lines above the header; a credit card's export (建设银行's, or any saying 信用卡) writes
purchases positive and repayments negative. Read as plain signed amounts, a card's month of
spending would be income in a checking account.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.core.account_types import AccountType
from finapp.importers.csv import CsvMappingNeeded, read_csv
from finapp.services import subscriptions as subs
from finapp.services.imports import import_files
from finapp.store.engine import Store

_BOC_HEADER = (
    "交易日期,交易时间,交易类型,业务摘要,交易金额,币种,余额,对方账户名称,对方账号,交易渠道,附言"
)


def _boc_debit() -> bytes:
    """Four months of 中国银行's online-banking 交易流水 (UTF-8 with BOM, CRLF)."""
    rows = [_BOC_HEADER]
    balance = Decimal("3000.00")
    for month in (8, 9, 10, 11):
        for day, kind, summary, amount, party, note in (
            (7, "转账", "网上快捷支付", "-35.00", "支付宝（中国）网络技术有限公司", ""),
            (16, "代收代付", "Apple iCloud", "-21.00", "苹果电子产品商贸（北京）有限公司", ""),
            (25, "转账", "工资", "3000.00", "北京某某有限公司", "10月工资" if month == 10 else ""),
        ):
            balance += Decimal(amount)
            rows.append(
                f"2026/{month:02d}/{day:02d},10:0{day % 10}:00,{kind},{summary},{amount},人民币,"
                f"{balance},{party},6217********1111,网上银行,{note}"
            )
    return ("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8")


def _cmb_classic(account: str = "6214********5566") -> bytes:
    """招商银行's classic 一卡通 export: ``#`` lines, cells led by a tab, GBK, CRLF."""
    rows = [
        "# 招商银行交易记录",
        f"# 帐    号: [{account}]",
        "# 币    种: [人民币]",
        "# 起始日期: [20260801]   终止日期: [20261130]",
        "# 过滤设置: 无",
        "",
        "交易日期,交易时间,收入,支出,余额,交易类型,交易备注",
        '"\t20260802","\t06:10:11","","15.00","\t23441.78","\t快捷支付","\t财付通-腾讯音乐娱乐"',
        '"\t20260810","\t09:02:11","18500.00","","\t41941.78","\t代发工资",'
        '"\t上海某某科技有限公司 工资"',
    ]
    return ("\r\n".join(rows) + "\r\n").encode("gbk")


_CCB_CARD = (
    "交易日期,银行记账日,卡号后四位,交易描述,交易币种,交易金额,结算币种,结算金额\r\n"
    "2026-11-03,2026-11-04,7788,财付通-美团外卖,CNY,45.50,CNY,45.50\r\n"
    "2026-11-15,2026-11-15,7788,还款,CNY,-500.00,CNY,-500.00\r\n"
    "2026-11-20,2026-11-21,7788,中国石油加油站,CNY,300.00,CNY,300.00\r\n"
)


def test_boc_debit_lines_name_the_other_party_and_the_booking() -> None:
    parsed = read_csv("BOC_交易流水_20261201.csv", _boc_debit())
    (statement,) = parsed.statements
    assert statement.account.institution == "BOC 中国银行"
    lines = [(t.payee, t.memo, t.amount) for t in statement.transactions]
    assert lines[:3] == [
        ("支付宝（中国）网络技术有限公司", "网上快捷支付", Decimal("-35.00")),
        ("苹果电子产品商贸（北京）有限公司", "Apple iCloud", Decimal("-21.00")),
        ("北京某某有限公司", "工资", Decimal("3000.00")),
    ]
    assert ("北京某某有限公司", "工资 10月工资", Decimal("3000.00")) in lines


def test_boc_debit_icloud_and_salary_are_found_as_recurring(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "BOC_交易流水_20261201.csv"
    path.write_bytes(_boc_debit())
    import_files(store, [path])

    views = subs.list_subscriptions(store, date(2026, 12, 1))
    found = {(v.amount, v.cadence) for v in views}
    assert (Decimal("-21.00"), "monthly") in found
    assert (Decimal("3000.00"), "monthly") in found


def test_cmb_classic_export_names_its_bank_and_account_in_the_lines_above_the_header() -> None:
    parsed = read_csv("CMB_6214xxxx5566_20261201.csv", _cmb_classic())
    (statement,) = parsed.statements
    assert (statement.account.institution, statement.account.number) == (
        "CMB 招商银行",
        "****5566",
    )
    assert [(t.payee, t.memo, t.amount) for t in statement.transactions] == [
        ("财付通-腾讯音乐娱乐", "快捷支付", Decimal("-15.00")),
        ("上海某某科技有限公司 工资", "代发工资", Decimal("18500.00")),
    ]


def test_cmb_classic_export_is_imported_without_asking_for_the_account(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "CMB_6214xxxx5566_20261201.csv"
    path.write_bytes(_cmb_classic())
    (result,) = import_files(store, [path], ask_unnamed=True).files
    assert result.account_question is None
    (counts,) = result.accounts
    assert (counts.account, counts.new, counts.note) == ("CMB 招商银行", 2, "")


@pytest.mark.parametrize(
    ("line", "last_four"),
    [
        ("# 帐    号: [6214********1234 上海 陆家嘴支行]", "****1234"),  # 招商银行, with its branch
        ("卡号/账号:6217********3344", "****3344"),  # 建设银行
        ("卡号: 1234****5678,卡别名: ", "****5678"),  # 工商银行
    ],
)
def test_a_chinese_preamble_gives_the_account_its_last_four(line: str, last_four: str) -> None:
    header = "交易日期,摘要,交易金额,余额,对方户名"
    text = f"{line}\r\n{header}\r\n20260805,消费,-68.00,4932.00,联通宽带\r\n"
    (statement,) = read_csv("明细.csv", text.encode("gbk")).statements
    assert statement.account.number == last_four


def test_ccb_credit_card_purchases_are_spending_and_the_repayment_money_in() -> None:
    (statement,) = read_csv("ccb_credit_202611.csv", _CCB_CARD.encode("gbk")).statements
    assert (statement.account.institution, statement.account.type) == (
        "CCB 建设银行",
        AccountType.CREDIT_CARD,
    )
    assert statement.account.number == "****7788"
    assert [t.amount for t in statement.transactions] == [
        Decimal("-45.50"),
        Decimal("500.00"),
        Decimal("-300.00"),
    ]


_UNKNOWN_CARD = (
    "交易日期,交易说明,交易金额\r\n2026-11-03,财付通-美团外卖,45.50\r\n2026-11-15,还款,-500.00\r\n"
)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("工商银行信用卡_202611.csv", _UNKNOWN_CARD),  # the file name says it
        ("statement.csv", "某某银行信用卡账单\r\n" + _UNKNOWN_CARD),  # the title above the header
    ],
)
def test_a_chinese_file_saying_credit_card_reads_positive_amounts_as_purchases(
    name: str, text: str
) -> None:
    parsed = read_csv(name, text.encode("gbk"))
    (statement,) = parsed.statements
    assert statement.account.type == AccountType.CREDIT_CARD
    assert [t.amount for t in statement.transactions] == [Decimal("-45.50"), Decimal("500.00")]
    assert parsed.detected["sign"] == "positive amounts are money out (card charges)"


def test_an_unknown_card_layout_asks_how_its_amounts_are_signed() -> None:
    text = (
        "交易日期,记账日期,卡号后四位,交易说明,交易金额\r\n"
        "2026-11-03,2026-11-04,7788,财付通-美团外卖,45.50\r\n"
        "2026-11-15,2026-11-15,7788,还款,-500.00\r\n"
    )
    with pytest.raises(CsvMappingNeeded) as raised:
        read_csv("export.csv", text.encode("gbk"))
    assert [p.code for p in raised.value.problems] == ["csv.card_sign_unclear"]
    partial = raised.value.partial
    assert partial is not None
    assert (partial.sign, partial.account_type) == ("negate", AccountType.CREDIT_CARD)


def test_a_debit_export_without_card_words_is_read_as_it_stands() -> None:
    (statement,) = read_csv("export.csv", _UNKNOWN_CARD.encode("gbk")).statements
    assert statement.account.type == AccountType.CHECKING
    assert [t.amount for t in statement.transactions] == [Decimal("45.50"), Decimal("-500.00")]


def test_abc_online_banking_detail_is_read_as_its_bank_with_party_and_purpose() -> None:
    """农业银行's online-banking 账户明细 (GBK, a title and the masked account above the header):
    the bank and card are named, the party is 对方户名, a cash withdrawal naming none is called
    by its booking, and what the money was for (交易用途) is kept in the memo."""
    path = Path(__file__).parent / "bank_exports" / "abc_debit_online_2026_11_gbk.csv"
    (statement,) = read_csv(path.name, path.read_bytes()).statements
    assert (statement.account.institution, statement.account.number) == ("ABC 农业银行", "****5678")
    assert [(t.posted.isoformat(), t.amount, t.payee, t.memo) for t in statement.transactions] == [
        ("2026-11-28", Decimal("-35.00"), "支付宝（中国）网络技术有限公司", "美团外卖 网上支付"),
        ("2026-11-25", Decimal("6000.00"), "北京某某科技有限公司", "工资 代发工资"),
        ("2026-11-15", Decimal("-2000.00"), "ATM取款", "ATM取款"),
        ("2026-11-01", Decimal("-25.00"), "中国移动通信集团北京有限公司", "话费充值 快捷支付"),
    ]
    assert [(b.as_of.isoformat(), b.amount) for b in statement.balances] == [
        ("2026-11-28", Decimal("8765.43"))
    ]


def test_a_card_statement_naming_its_card_by_its_last_four_digits() -> None:
    """中信银行's card statement writes the card in 卡末四位: two cards of one household were one
    "Credit Card"."""
    text = (
        "中信银行信用卡已出账单明细\r\n"
        "交易日期,入账日期,交易描述,卡末四位,卡片类型,交易币种,结算币种,交易金额,结算金额\r\n"
        "2026-11-22,2026-11-23,滴滴出行,8821,主卡,人民币,人民币,27.60,27.60\r\n"
        "2026-11-20,2026-11-21,QQ音乐,8821,主卡,人民币,人民币,15.00,15.00\r\n"
    )
    (statement,) = read_csv("citic.csv", text.encode("gbk")).statements
    assert statement.account.number.endswith("8821")


def test_ccb_transaction_detail_keeps_its_summary_as_the_lines_memo() -> None:
    """建设银行's 交易明细 names the other party in 对方户名 and the line in 摘要 (午餐, 转账,
    工资): the summary was dropped, and with it all the file said of a payment but its payee."""
    detail = (
        "账　　号：622280*********3864\n"
        "起始日期：[20261101] 终止日期：[20261130]\n"
        "币　　种：[人民币]\n"
        "记账日,交易日期,交易时间,支出,收入,账户余额,币种,摘要,对方账号,对方户名,交易地点\n"
        "20261103,20261102,12:31:07,38.50,,5961.50,CNY,午餐,6222****0088,南京大牌档,南京\n"
        "20261110,20261110,09:02:44,,8600.00,14561.50,CNY,工资,6227****4410,南京某某科技有限公司,\n"
        "20261115,20261115,20:15:09,1200.00,,13361.50,CNY,转账,6217****7731,李华,南京\n"
    )
    parsed = read_csv("交易明细_3864_20261130.txt", detail.encode("utf-8"))
    (statement,) = parsed.statements
    assert [(t.payee, t.memo, t.amount) for t in statement.transactions] == [
        ("南京大牌档", "午餐", Decimal("-38.50")),
        ("南京某某科技有限公司", "工资", Decimal("8600.00")),
        ("李华", "转账", Decimal("-1200.00")),
    ]
