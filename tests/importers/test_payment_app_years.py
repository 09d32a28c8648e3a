"""Alipay and WeChat Pay exports of every layout since 2018 import, with their neutral rows listed.

The fixtures in ``payment_apps/`` are synthetic, written from the apps' own descriptions of their
exports (the notes each file carries, e.g. "充值/提现/零钱通存取/信用卡还款等交易，将计入中性交易")
and the column lists open-source importers document for each year:

* ``alipay_web_2020.csv``: the web export of 2018–2020 (支付宝交易记录明细查询), GBK, cells padded
  with spaces and tabs, a trailing comma, a footer of totals; ``收/支`` is blank on neutral rows
  (``资金状态`` 资金转移) and there is no paying-source column;
* ``alipay_balance_2019.csv``: the web's 账务明细 of the 余额 balance, ``#`` comment lines around
  it, money in and out in two columns (``+138.60`` / ``-27.90``): a ledger of one balance, so a
  move from 余额宝 into it is money in, not a neutral row;
* ``alipay_app_2022_order.csv``: the app export of 2021–2022, columns in another order
  (``收/支`` first, ``交易时间`` last), the same December 2020 trades as the web export;
* ``alipay_app_2024.csv``: today's app export, ``不计收支`` on neutral rows, refunds booked apart;
* ``wechat_2018.csv`` and ``wechat_2024.csv``: WeChat Pay, UTF-8 with a BOM, ``¥`` amounts,
  ``/`` as the direction of neutral rows (零钱提现, 转入零钱通, 信用卡还款).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from unittest.mock import ANY

import pytest
from sqlalchemy import select

from finapp.errors import StatementError
from finapp.importers.registry import read_statement_file
from finapp.services.imports import import_files
from finapp.store.schema import Transaction
from tests.importers.helpers import counts, rows

HERE = Path(__file__).parent / "payment_apps"

NEITHER = "the export counts it as neither income nor spending"
MOVE = "(a move between your own balances and cards): " + NEITHER
REFUND = "(a refund the export books apart): " + NEITHER
CLOSED = "no money moved"

#: file -> (profile, [(date time, amount, payee, fitid, paying source)], {line: reason})
EXPECTED = {
    "alipay_web_2020.csv": (
        "Alipay 支付宝 (web export, 2018–2020)",
        [
            (
                "2020-12-31 19:05:42",
                "-86.47",
                "盒马鲜生",
                "2020123122001447390512876345",
                "",
            ),
            (
                "2020-12-28 09:14:03",
                "75.50",
                "陈晓明",
                "20201228200040011100470063182795",
                "",
            ),
            (
                "2020-12-17 08:02:41",
                "-4.00",
                "杭州地铁",
                "2020121722001447390507715501",
                "",
            ),
            (
                "2020-12-17 08:02:41",
                "-4.00",
                "杭州地铁",
                "2020121722001447390507715502",
                "",
            ),
        ],
        {
            8: "no direction in 收/支 " + MOVE,
            9: "status '交易关闭': " + CLOSED,
            12: "no direction in 收/支 " + REFUND,
        },
    ),
    "alipay_balance_2019.csv": (
        "Alipay 支付宝 余额 账务明细",
        [
            (
                "2019-06-28 21:17:36",
                "138.60",
                "转账-还你火锅钱",
                "20190628110070001506390008812457",
                "",
            ),
            (
                "2019-06-24 12:03:51",
                "-27.90",
                "饿了么-黄焖鸡米饭",
                "20190624110070001506390008733019",
                "",
            ),
            (
                "2019-06-15 09:40:02",
                "1000.00",
                "余额宝-转出到余额",
                "20190615110070001506390008519930",
                "",
            ),
            (
                "2019-06-03 18:45:11",
                "-4.00",
                "杭州地铁",
                "20190603110070001506390008201177",
                "",
            ),
        ],
        {},
    ),
    "alipay_app_2022_order.csv": (
        "Alipay 支付宝",
        [
            (
                "2020-12-31 19:05:42",
                "-86.47",
                "盒马鲜生",
                "2020123122001447390512876345",
                "收/付款方式: 招商银行信用卡(4412)",
            ),
            (
                "2020-12-28 09:14:03",
                "75.50",
                "陈晓明",
                "20201228200040011100470063182795",
                "收/付款方式: 余额",
            ),
            (
                "2020-12-17 08:02:41",
                "-4.00",
                "杭州地铁",
                "2020121722001447390507715501",
                "收/付款方式: 余额宝",
            ),
            (
                "2020-12-17 08:02:41",
                "-4.00",
                "杭州地铁",
                "2020121722001447390507715502",
                "收/付款方式: 余额宝",
            ),
        ],
        {17: "'不计收支' " + MOVE},
    ),
    "alipay_app_2024.csv": (
        "Alipay 支付宝",
        [
            (
                "2024-05-30 12:18:44",
                "-23.50",
                "肯德基(文三路店)",
                "2024053022001447391433019562",
                "收/付款方式: 招商银行信用卡(1234)",
            ),
            (
                "2024-05-15 09:00:12",
                "3250.00",
                "杭州云栖科技有限公司",
                "20240515200040011100470091246633",
                "收/付款方式: 余额",
            ),
            (
                "2024-05-03 13:27:09",
                "-47.85",
                "盒马鲜生",
                "2024050322001447391421873310",
                "收/付款方式: 余额宝",
            ),
        ],
        {
            20: "'不计收支' " + MOVE,
            21: "'不计收支' " + REFUND,
            22: "status '交易关闭': " + CLOSED,
            24: "'不计收支' " + MOVE,
        },
    ),
    "wechat_2018.csv": (
        "WeChat Pay 微信支付",
        [
            (
                "2018-11-28 19:42:13",
                "-38.80",
                "西贝莜面村(万象城店)",
                "4200000219201811284421736501",
                "支付方式: 招商银行(6214)",
            ),
            ("2018-11-24 22:05:31", "66.60", "李娜", "1000039501201811240178223196014", ""),
            # what the withdrawal left out below cost: its 服务费, money spent
            (
                "2018-11-20 12:30:00",
                "-0.30",
                "零钱提现服务费",
                "1330000201201811200012788341:fee",
                "",
            ),
            (
                "2018-11-05 07:48:02",
                "-17.50",
                "滴滴出行",
                "4200000210201811057733016942",
                "支付方式: 零钱",
            ),
        ],
        {19: "'/' " + MOVE, 20: "status '对方已退还': " + CLOSED},
    ),
    "wechat_2024.csv": (
        "WeChat Pay 微信支付",
        [
            (
                "2024-03-29 20:11:05",
                "-45.90",
                "美团平台商户",
                "4200002167202403297712398456",
                "支付方式: 招商银行信用卡(1234)",
            ),
            (
                "2024-03-29 20:48:37",
                "45.90",
                "美团平台商户",
                "50300809222024032912337701225",
                "支付方式: 招商银行信用卡(1234)",
            ),
            (
                "2024-03-18 08:05:12",
                "-12.50",
                "早餐铺子",
                "10001071012024031801187730455",
                "支付方式: 零钱通",
            ),
            (
                "2024-03-18 08:05:12",
                "-12.50",
                "早餐铺子",
                "10001071012024031801187730456",
                "支付方式: 零钱通",
            ),
            (
                "2024-03-02 11:47:20",
                "-99.80",
                "瑞幸咖啡(西溪店)",
                "4200002160202403021166004871",
                "支付方式: 零钱",
            ),
        ],
        {22: "'/' " + MOVE, 23: "'/' " + MOVE},
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_layout_reads_the_exact_lines_and_lists_what_it_leaves_out(name: str) -> None:
    profile, lines, left_out = EXPECTED[name]
    parsed = read_statement_file(HERE / name)
    assert parsed.format == f"csv:{profile}"
    (statement,) = parsed.statements
    assert statement.account.currency == "CNY"
    assert statement.account.type == "payment_app"
    read = [(f"{t.posted} {t.time}", t.amount, t.payee, t.fitid) for t in statement.transactions]
    assert read == [(when, Decimal(a), p, f) for when, a, p, f, _ in lines]
    # the paying source is kept apart from payee and memo, named as the export names it
    assert [t.kind for t in statement.transactions] == [source for *_, source in lines]
    assert not any(
        source and source.split(": ")[1] in t.memo
        for t, (*_, source) in zip(statement.transactions, lines, strict=True)
    )
    assert {s.line: s.reason for s in parsed.skipped} == left_out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_an_export_imports_without_skip_bad_rows_and_a_reimport_adds_nothing(
    name: str, store
) -> None:  # type: ignore[no-untyped-def]
    _, lines, left_out = EXPECTED[name]
    first = import_files(store, [HERE / name]).files[0]
    assert first.error is None
    assert (first.new, first.duplicates) == (len(lines), 0)
    assert sorted(s.line for s in first.skipped) == sorted(left_out)
    stored = rows(store)
    assert stored == sorted(
        (when[:10], Decimal(a), payee, fitid) for when, a, payee, fitid, _ in lines
    )
    with store.read() as session:  # the paying source is stored with the line
        kept = sorted(session.scalars(select(Transaction.source_kind)))
    assert kept == sorted(source for *_, source in lines)
    again = import_files(store, [HERE / name]).files[0]
    assert (again.new, again.duplicates) == (0, len(lines))
    assert rows(store) == stored


def test_the_same_trades_in_the_web_and_the_app_layout_are_stored_once(store) -> None:  # type: ignore[no-untyped-def]
    web = import_files(store, [HERE / "alipay_web_2020.csv"], account_name="支付宝").files[0]
    app = import_files(store, [HERE / "alipay_app_2022_order.csv"], account_name="支付宝").files[0]
    assert (web.new, app.new, app.duplicates) == (4, 0, 4)
    assert [r[1] for r in rows(store)] == [
        Decimal("-4.00"),
        Decimal("-4.00"),
        Decimal("75.50"),
        Decimal("-86.47"),
    ]


def test_a_bad_amount_in_an_old_alipay_export_refuses_the_file_at_its_line(store, write) -> None:  # type: ignore[no-untyped-def]
    text = (HERE / "alipay_web_2020.csv").read_bytes().decode("gbk")
    broken = write("alipay_record_2020.csv", text.replace("86.47", "86.4.7").encode("gbk"))
    result = import_files(store, [broken]).files[0]
    assert result.error is not None
    assert result.error.startswith(f"{broken}, line 6: ")
    assert result.batch_id is None
    assert counts(store) == (0, 0, 0)


def test_a_bank_export_with_an_empty_direction_is_still_refused(write) -> None:
    """Only payment apps mean "neither" by a blank 收/支; a bank's blank D/C is a broken row."""
    path = write(
        "statement.csv",
        "Date,Description,Amount,Type\n"
        "2024-03-01,TESCO STORES 2291,23.47,DR\n"
        "2024-03-02,SALARY ACME LTD,1850.00,CR\n"
        "2024-03-03,AMAZON MKTPLACE,12.99,\n",
    )
    with pytest.raises(StatementError, match=r"statement\.csv, line 4: '' says neither money in"):
        read_statement_file(path)


def test_a_month_of_only_balance_moves_imports_only_what_they_cost_and_says_why(
    store, write
) -> None:  # type: ignore[no-untyped-def]
    lines = (HERE / "wechat_2018.csv").read_text(encoding="utf-8-sig").splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("交易时间,"))
    moves = [line for line in lines[header + 1 :] if ",零钱提现," in line or ",转账," in line]
    path = write("微信支付账单(20181101-20181130).csv", "\n".join(lines[: header + 1] + moves))
    result = import_files(store, [path]).files[0]
    assert (result.error, result.new) == (None, 1)  # the withdrawal's 服务费¥0.30
    assert [s.reason for s in result.skipped] == ["'/' " + MOVE, "status '对方已退还': " + CLOSED]
    assert rows(store) == [("2018-11-20", Decimal("-0.30"), "零钱提现服务费", ANY)]
