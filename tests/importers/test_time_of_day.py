"""The time of day a statement gives is kept; a time a bank only writes as a placeholder is not.

Statements are written as the banks write them: a card OFX whose DTPOSTED carries the moment of
each purchase, checking OFX files whose every line says 12:00 or 00:00 or the minute the
bank's batch ran, Alipay and WeChat Pay exports with a timestamp per line, and an Agricultural
Bank of China export whose separate 交易时间 column is empty for lines booked by its system.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from sqlalchemy import select

from finapp.importers.registry import read_statement_file
from finapp.services.export import export_all
from finapp.services.imports import import_files
from finapp.store.schema import Transaction
from tests.conftest import another_store
from tests.helpers import cli_json, run_cli
from tests.importers.ofxgen import Line, statement_ofx

CARD_OFX = """OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20261105083000
<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1><CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>1
<STATUS><CODE>0<SEVERITY>INFO</STATUS><CCSTMTRS><CURDEF>USD<CCACCTFROM><ACCTID>4147202212349012
</CCACCTFROM><BANKTRANLIST><DTSTART>20261101<DTEND>20261104
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261103143012.000[-5:EST]<TRNAMT>-6.45
<FITID>2026110324692163070000412<NAME>BLUE BOTTLE COFFEE OAKLAND CA</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261103234107.000[-5:EST]<TRNAMT>-38.17
<FITID>2026110324692163070000413<NAME>UBER *TRIP HELP.UBER.COM CA</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261104071955.000[-5:EST]<TRNAMT>-112.89
<FITID>2026110424692163070000518<NAME>SAFEWAY #1711 OAKLAND CA</STMTTRN>
</BANKTRANLIST><LEDGERBAL><BALAMT>-157.51<DTASOF>20261104</LEDGERBAL>
</CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>
"""

ALIPAY = (
    "------------------------------------------------------------------------------------\n"
    "导出信息：\n"
    "姓名：王芳\n"
    "支付宝账户：wangfang1987@163.com\n"
    "起始时间：[2026-10-01 00:00:00]    终止时间：[2026-10-31 23:59:59]\n"
    "导出交易类型：[全部]\n"
    "导出时间：[2026-11-02 09:12:52]\n"
    "共4笔记录\n"
    "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------\n"
    "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注\n"
    "2026-10-28 23:47:05,餐饮美食,美团外卖,/,美团订单-黄焖鸡米饭,支出,31.80,余额宝,"
    "交易成功,2026102822001447391412258813,M20261028234700011,\n"
    "2026-10-15 08:02:41,交通出行,杭州地铁,/,地铁乘车码,支出,4.00,余额,交易成功,"
    "2026101522001447391409911530,T20261015080241993,\n"
    "2026-10-15 08:02:41,交通出行,杭州地铁,/,地铁乘车码,支出,4.00,余额,交易成功,"
    "2026101522001447391409911531,T20261015080241994,\n"
    "2026-10-09 12:31:18,转账红包,李娜,lina***@qq.com,转账,收入,200.00,余额,"
    "交易成功,20261009200040011100470081554629,,\n"
)

WECHAT = (
    "微信支付账单明细,,,,,,,,,,\n"
    "微信昵称：[阿芳],,,,,,,,,,\n"
    "起始时间：[2026-10-01 00:00:00] 终止时间：[2026-10-31 23:59:59],,,,,,,,,,\n"
    "导出时间：[2026-11-01 10:05:22],,,,,,,,,,\n"
    ",,,,,,,,,,\n"
    "----------------------微信支付账单明细列表--------------------,,,,,,,,,,\n"
    "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注\n"
    "2026-10-30 19:42:13,商户消费,瑞幸咖啡(西溪店),生椰拿铁,支出,¥13.90,零钱,支付成功,"
    "4200002196202610301642231551,LK20261030194213,/\n"
    "2026-10-30 08:15:37,商户消费,瑞幸咖啡(西溪店),生椰拿铁,支出,¥13.90,零钱,支付成功,"
    "4200002196202610300815371552,LK20261030081537,/\n"
    "2026-10-02 01:12:09,转账,张伟,/,支出,¥1850.00,零钱通,对方已收钱,"
    "1000050001202610020112094422,/,/\n"
)

ABC = """交易日期,交易时间,交易摘要,交易金额,本次余额,对手信息,日志号,交易渠道,交易附言
20261003,094512,转存,+3500.00,8214.37,王芳,369396693,超级网银,转账
20261005,213307,财付通,-58.60,8155.77,微信支付-滴滴出行,369333999,电子商务,滴滴快车
20261021,,结息,+2.14,8157.91,--,0000000000,,个人活期结息
"""


def _stored_times(store) -> list[tuple[str, str, time | None]]:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return sorted(
            (t.posted.isoformat(), t.payee, t.posted_time)
            for t in session.scalars(select(Transaction))
        )


def _times(path) -> list[time | None]:  # type: ignore[no-untyped-def]
    parsed = read_statement_file(path)
    return [t.time for s in parsed.statements for t in s.transactions]


def test_a_card_ofx_keeps_each_purchase_time_as_the_statement_prints_it(store, write) -> None:
    path = write("Chase9012_20261104.qfx", CARD_OFX)
    assert import_files(store, [path]).new == 3
    # the -5:EST zone is not applied: 23:41 stays on 3 November, as the bank printed it
    assert _stored_times(store) == [
        ("2026-11-03", "BLUE BOTTLE COFFEE OAKLAND CA", time(14, 30, 12)),
        ("2026-11-03", "UBER *TRIP HELP.UBER.COM CA", time(23, 41, 7)),
        ("2026-11-04", "SAFEWAY #1711 OAKLAND CA", time(7, 19, 55)),
    ]


def test_a_time_the_bank_stamps_in_gmt_is_the_users_local_time_of_day(write, monkeypatch) -> None:
    """A bank whose server writes GMT: a 4,800.00 transfer made at 21:40 in New York is stamped
    02:40 GMT the next day. Read as written it would be a transfer in the middle of the night;
    it is the evening's time, on the day the statement lists it."""
    import time as clock

    monkeypatch.setenv("TZ", "America/New_York")
    clock.tzset()
    try:
        gmt = "[0:GMT]"
        lines = [
            Line(date(2026, 11, 25), "-4800.00", "ZELLE TO SUMMIT ROOFING", "Z1",
                 time="024000.000" + gmt),
            Line(date(2026, 11, 20), "2850.00", "ACME CORP PAYROLL", "Z2",
                 time="153100.000" + gmt),
            Line(date(2026, 11, 21), "-61.20", "SAFEWAY #1711", "Z3", time="181544[-5:EST]"),
        ]  # fmt: skip
        assert _times(write("gmt.ofx", statement_ofx(lines))) == [
            time(21, 40), time(10, 31), time(18, 15, 44)
        ]  # fmt: skip
    finally:
        monkeypatch.delenv("TZ")
        clock.tzset()


def test_ofx_placeholder_times_become_no_time(write) -> None:
    lines = [
        Line(date(2026, 10, 1), "-1450.00", "AVALON BAY RENT", "202610010001"),
        Line(date(2026, 10, 2), "-83.17", "PG&E WEB ONLINE", "202610020002"),
        Line(date(2026, 10, 15), "2816.44", "ACME CORP PAYROLL", "202610150003"),
    ]
    # noon, midnight, the minute the bank's batch ran each day, and no time part at all
    for written in ("120000.000", "000000.000[-4:EDT]", "122017.000[-5:EST]", ""):
        variant = [replace(x, time=written) for x in lines]
        path = write(f"checking{written[:6]}.ofx", statement_ofx(variant))
        assert _times(path) == [None, None, None], written


def test_ofx_real_times_stay_beside_a_midnight_placeholder(write) -> None:
    lines = [
        Line(date(2026, 10, 3), "-23.75", "SHELL OIL 57444", "A1", time="181544"),
        Line(date(2026, 10, 4), "-9.99", "NETFLIX.COM", "A2", time="000000"),
        Line(date(2026, 10, 4), "-64.20", "TRADER JOE'S #569", "A3", time="1102"),
    ]
    assert _times(write("mixed.ofx", statement_ofx(lines))) == [time(18, 15, 44), None, time(11, 2)]


def test_alipay_and_wechat_pay_lines_keep_their_timestamps(store, write) -> None:
    result = import_files(
        store,
        [
            write("alipay_record_20261102.csv", ALIPAY),
            write("微信支付账单(20261001-20261031).csv", WECHAT),
        ],
    )
    assert result.new == 7
    stored = _stored_times(store)
    assert ("2026-10-28", "美团外卖", time(23, 47, 5)) in stored
    assert [s for s in stored if s[1] == "杭州地铁"] == [
        ("2026-10-15", "杭州地铁", time(8, 2, 41))
    ] * 2
    assert ("2026-10-02", "张伟", time(1, 12, 9)) in stored
    assert sorted(s[2] for s in stored if s[1] == "瑞幸咖啡(西溪店)") == [
        time(8, 15, 37),
        time(19, 42, 13),
    ]


def test_a_separate_time_column_is_read_and_an_empty_cell_gives_no_time(write) -> None:
    path = write("abc_20261031.csv", ABC)
    assert _times(path) == [time(9, 45, 12), time(21, 33, 7), None]


def test_a_us_card_csv_with_a_12_hour_time_column(write) -> None:
    csv = (
        '"Merchant Name","Card Used For Transaction","Date","Time","Amount"\n'
        '"Esso 2231","**** 4821","11/02/2026","06:50 PM","52.18"\n'
        '"Loblaws 1012","**** 4821","11/01/2026","09:07 AM","143.62"\n'
    )
    assert _times(write("pcmastercard.csv", csv)) == [time(18, 50), time(9, 7)]


BOC_DEBIT = """中国银行交易流水明细单
记账日期,记账时间,币别,金额,余额,交易名称,渠道,网点名称,附言,对方账户名
2026-10-30,19:42:13,人民币,-13.90,"4,207.55",网上快捷支付,银企对接,----,瑞幸咖啡,瑞幸咖啡
2026-10-30,08:15:37,人民币,-13.90,"4,221.45",网上快捷支付,银企对接,----,瑞幸咖啡,瑞幸咖啡
2026-10-12,16:00:44,人民币,"5,771.00","4,235.35",工资,柜台,中国银行上海市徐汇支行,----,上海美金数据有限公司
"""


def test_times_change_no_deduplication(store, write) -> None:
    first = import_files(store, [write("boc_1.csv", BOC_DEBIT)])
    # the two lattes of 30 October: same day, amount and shop, still two purchases
    assert (first.new, first.duplicates) == (3, 0)
    again = import_files(store, [write("boc_2.csv", BOC_DEBIT)])
    assert (again.new, again.duplicates) == (0, 3)
    without_times = (
        BOC_DEBIT.replace("19:42:13", "").replace("08:15:37", "").replace("16:00:44", "")
    )
    third = import_files(store, [write("boc_3.csv", without_times)])
    assert (third.new, third.duplicates) == (0, 3)
    assert [s[2] for s in _stored_times(store)] == [
        time(16, 0, 44),
        time(8, 15, 37),
        time(19, 42, 13),
    ]


def test_lines_stored_without_times_learn_them_from_a_reimport_without_fitids(store, write) -> None:
    without_times = (
        BOC_DEBIT.replace("19:42:13", "").replace("08:15:37", "").replace("16:00:44", "")
    )
    assert import_files(store, [write("boc_old.csv", without_times)]).new == 3
    assert [s[2] for s in _stored_times(store)] == [None, None, None]
    again = import_files(store, [write("boc_new.csv", BOC_DEBIT)])
    assert (again.new, again.duplicates) == (0, 3)
    assert sorted(s[2] for s in _stored_times(store)) == [
        time(8, 15, 37),
        time(16, 0, 44),
        time(19, 42, 13),
    ]


def test_a_reimport_with_times_fills_in_lines_stored_without_one(store, write) -> None:
    lines = [
        Line(
            date(2026, 11, 3),
            "-6.45",
            "BLUE BOTTLE COFFEE OAKLAND CA",
            "2026110324692163070000412",
            time="120000",
        ),
        Line(
            date(2026, 11, 3),
            "-38.17",
            "UBER *TRIP HELP.UBER.COM CA",
            "2026110324692163070000413",
            time="120000",
        ),
        Line(
            date(2026, 11, 4),
            "-112.89",
            "SAFEWAY #1711 OAKLAND CA",
            "2026110424692163070000518",
            time="120000",
        ),
    ]
    before = import_files(store, [write("old.ofx", statement_ofx(lines, account="4147"))])
    assert before.new == 3
    assert [s[2] for s in _stored_times(store)] == [None, None, None]
    timed = [
        replace(x, time=t)
        for x, t in zip(
            lines, ("143012.000[-5:EST]", "234107.000[-5:EST]", "071955.000[-5:EST]"), strict=True
        )
    ]
    after = import_files(store, [write("new.ofx", statement_ofx(timed, account="4147"))])
    assert (after.new, after.duplicates) == (0, 3)
    assert [s[2] for s in _stored_times(store)] == [
        time(14, 30, 12),
        time(23, 41, 7),
        time(7, 19, 55),
    ]


def test_a_reimport_never_overwrites_a_stored_time(store, write) -> None:
    import_files(store, [write("a.csv", ALIPAY)])
    moved = ALIPAY.replace("2026-10-28 23:47:05", "2026-10-28 23:59:00")
    assert import_files(store, [write("b.csv", moved)]).new == 0
    assert ("2026-10-28", "美团外卖", time(23, 47, 5)) in _stored_times(store)


def test_cli_lists_the_time_where_known_and_null_where_not(tmp_path, write) -> None:
    data = tmp_path / "d"
    for name, text in (("alipay.csv", ALIPAY), ("abc.csv", ABC)):
        imported = run_cli(data, "import", str(write(name, text)))
        assert imported.returncode == 0, imported.stderr
    listed = {(t["date"], t["payee"]): t["time"] for t in cli_json(data, "transactions")}
    assert listed[("2026-10-28", "美团外卖")] == "23:47"
    assert listed[("2026-10-05", "微信支付-滴滴出行")] == "21:33"
    assert listed[("2026-10-21", "--")] is None  # ABC books interest without a time
    text = run_cli(data, "transactions").stdout
    assert "23:47" in text and "00:00" not in text


def test_the_csv_export_keeps_times_through_its_own_import(tmp_path, store, write) -> None:
    import_files(store, [write("card.qfx", CARD_OFX), write("abc.csv", ABC)])
    export_all(store, tmp_path / "out")
    fresh = another_store(tmp_path / "fresh")
    try:
        result = import_files(fresh, [tmp_path / "out" / "transactions.csv"])
        assert not result.failed and result.new == 6
        assert _stored_times(fresh) == _stored_times(store)
        assert ("2026-11-03", "UBER *TRIP HELP.UBER.COM CA", time(23, 41, 7)) in _stored_times(
            fresh
        )
        assert ("2026-10-21", "--", None) in _stored_times(fresh)
    finally:
        fresh.close()
