"""The shipped rules file a Chinese household's lines where it expects them, from its bank,
card and Alipay exports as written: 山姆会员商店 is groceries, 百度网盘 a software subscription,
腾讯音乐 music, 物业 housing, 国家电网's power company of any city electricity, a 花呗 repayment a
card payment, 美团 the same whichever app or card paid it, money put into 余额宝 (paid to its
fund manager 天弘基金) the household's own savings, and a red envelope given a gift while one
received is income (it lowered gift spending)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.shipped_rule_file import ShippedGroup
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.categorize.statements import load
from tests.categorize.test_shipped_refresh import _as_older_finapp_left_it, _reopened
from tests.cmb_statements import cmb_debit


def _cmb_debit(folder: Path) -> Path:
    return cmb_debit(
        folder,
        [
            (date(2026, 10, 2), "-15.00", "快捷支付", "财付通-腾讯音乐娱乐"),
            (date(2026, 10, 9), "-1033.60", "快捷支付", "支付宝-花呗还款"),
            (date(2026, 10, 12), "-156.30", "快捷支付", "支付宝-国网北京市电力公司"),
            (date(2026, 10, 28), "-320.00", "代扣", "北京某某物业管理有限公司"),
            (
                date(2026, 10, 30),
                "-1000.00",
                "快捷支付",
                "支付宝-天弘基金管理有限公司",
            ),  # into 余额宝
        ],
    )


def _ccb_card(folder: Path) -> Path:
    rows = ["交易日期,银行记账日,卡号后四位,交易描述,交易币种,交易金额,结算币种,结算金额"]
    for day, what, amount in (
        ("2026-11-01", "山姆会员商店", "456.00"),
        ("2026-11-03", "美团支付-美团平台商户", "35.00"),
        ("2026-11-05", "支付宝-美团", "42.00"),
        ("2026-11-18", "支付宝-百度网盘", "25.00"),
    ):
        rows.append(f"{day},{day},7788,{what},CNY,{amount},CNY,{amount}")
    path = folder / "ccb_credit_202611.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("gbk"))
    return path


def _alipay(folder: Path) -> Path:
    head = (
        "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,"
    )
    rows = [
        "------------------------------------------------------------------------------------",
        "导出信息：",
        "姓名：陈小明",
        "起始时间：[2026-10-01 00:00:00]    终止时间：[2026-10-31 23:59:59]",
        "------------------------支付宝（中国）网络技术有限公司  电子客户回单"
        "------------------------",
        head,
        "2026-10-01 12:00:00,转账红包,李娜,li***@163.com,收到红包,收入,88.88,余额,交易成功,"
        "20261001200040011100470063182795\t,",
        "2026-10-06 18:00:00,转账红包,王芳,wan***@qq.com,发红包,支出,66.00,余额,交易成功,"
        "20261006200040011100470063182796\t,",
    ]
    path = folder / "支付宝交易明细(20261001-20261031).csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("gbk"))
    return path


def test_a_chinese_households_lines_are_filed_where_it_expects(
    store: Store, tmp_path: Path
) -> None:
    result = import_files(store, [_cmb_debit(tmp_path), _ccb_card(tmp_path), _alipay(tmp_path)])
    assert [f.error for f in result.files] == [None, None, None]
    got = {(t.payee, str(t.amount)): t.category for t in list_transactions(store)}
    assert got == {
        ("财付通-腾讯音乐娱乐", "-15.00"): "Entertainment:Music",
        ("支付宝-花呗还款", "-1033.60"): "Transfers:Card Payment",
        ("支付宝-国网北京市电力公司", "-156.30"): "Bills & Utilities:Electricity",
        ("北京某某物业管理有限公司", "-320.00"): "Housing",
        ("支付宝-天弘基金管理有限公司", "-1000.00"): "Transfers:Savings",
        ("山姆会员商店", "-456.00"): "Food:Groceries",
        ("美团支付-美团平台商户", "-35.00"): "Food:Dining",
        ("支付宝-美团", "-42.00"): "Food:Dining",
        ("支付宝-百度网盘", "-25.00"): "Software & Apps",
        ("李娜", "88.88"): "Income:Other",
        ("王芳", "-66.00"): "Gifts & Donations",
    }


def test_a_store_seeded_with_the_older_rules_takes_these_when_opened(
    store: Store, tmp_path: Path
) -> None:
    older: list[ShippedGroup] = [  # the releases before: a red envelope either way a gift
        {"category": "Gifts & Donations", "match": "contains", "patterns": ["红包"]},
        {"category": "Food:Dining", "match": "starts", "patterns": ["美团"]},
        {"category": "Housing", "match": "contains", "sign": "out", "patterns": ["物业费"]},
    ]
    _as_older_finapp_left_it(store, older)
    day = date(2026, 10, 5)
    lines = [
        (day, "88.88", "微信红包"),
        (day, "-66.00", "微信红包"),
        (day, "-42.00", "支付宝-美团"),
        (day, "-320.00", "北京某某物业管理有限公司"),
    ]
    load(store, tmp_path, "6214000000005566", lines, currency="CNY")
    assert {t.category for t in list_transactions(store)} == {"Gifts & Donations", None}

    store = _reopened(store)
    try:
        got = {(t.payee, str(t.amount)): t.category for t in list_transactions(store)}
        assert got == {
            ("微信红包", "88.88"): "Income:Other",
            ("微信红包", "-66.00"): "Gifts & Donations",
            ("支付宝-美团", "-42.00"): "Food:Dining",
            ("北京某某物业管理有限公司", "-320.00"): "Housing",
        }
    finally:
        store.close()


def _cmb_online(folder: Path) -> Path:
    """招商银行's newer 一卡通 download (记账日期, 货币, 交易金额, 联机余额, 交易摘要, 对手信息,
    客户摘要): the other party with its account number, the line's own words after it."""
    rows = ["记账日期,货币,交易金额,联机余额,交易摘要,对手信息,客户摘要"]
    balance = 8000
    for day, amount, kind, party, said in (
        ("2026-11-01", 1234, "代发住房公积金", "北京住房公积金管理中心11111", "11月01日约定提取"),
        ("2026-11-03", -300, "银联ATM取款", "", "银联 ATM 取款，中国银行"),
        ("2026-11-10", -83, "一网通支付", "国网电力有限公司99999999999999", "供电"),
        ("2026-11-12", -129, "快捷支付", "抖音电商商家888888888", "抖音支付-抖音电商商家"),
        ("2026-11-15", -58, "快捷支付", "财付通支付科技有限公司", "云膳过桥米线"),
        ("2026-11-20", -100, "快捷支付", "腾讯公益慈善基金会", "月捐"),
        ("2026-11-22", -499, "银联在线支付", "XX旗舰店", "天猫"),
    ):
        balance += amount
        rows.append(f'{day},CNY,"{amount:,.2f}","{balance:,.2f}",{kind},{party},{said}')
    path = folder / "招商银行一卡通交易明细.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_chinese_bank_cards_everyday_lines_are_filed(store: Store, tmp_path: Path) -> None:
    """The lines a 招商银行 card holds every month, none of them left uncategorised: the ATM,
    the power bill, the housing fund's payout, online shops, a noodle bar, a monthly donation."""
    result = import_files(store, [_cmb_online(tmp_path)])
    assert [f.error for f in result.files] == [None]
    got = {str(t.amount): t.category for t in list_transactions(store)}
    assert got == {
        "1234.00": "Income:Other",
        "-300.00": "Cash",
        "-83.00": "Bills & Utilities:Electricity",
        "-129.00": "Shopping:Online",
        "-58.00": "Food:Dining",
        "-100.00": "Gifts & Donations",
        "-499.00": "Shopping:Online",
    }
