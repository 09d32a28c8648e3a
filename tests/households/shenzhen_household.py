"""A Shenzhen household's fourteen months (October 2025 to November 2026) as its banks and apps
export them, and what is true of it.

王芳 is paid 代发工资 on her 中国银行 debit card (…5581), which pays the 房贷 on the 20th, her
中国银行信用卡 (…2875) and 广发 card (…0912) each month, the 美团月付 bill and tops up her 零钱.
Her Alipay pays 爱奇艺 (25.00, 30.00 from June 2026) on 花呗, 优酷 from the debit card and
iCloud+ 50GB (Alipay's line says ``App Store & Apple Music``) on the BOC card; 花呗 is repaid
from the debit card. Her 美团 orders are paid by the BOC card, by WeChat Pay and by 美团月付, and
she keeps the 美团外卖会员 monthly card. 陈浩 is paid on his 农业银行 card (…7788), which repays
his 交通银行信用卡 (…6207, 还款), moves 3,000.00 to his 交通银行 savings card (…4410), pays the
电费 to 南方电网 through WeChat Pay and his 京东白条. His 京东 orders (京东PLUS 198.00 each October,
a watch returned whole, a bike returned in part) go on the BOCOM card or 白条. His WeChat Pay
pays 中国移动 and sends 王芳 红包.

The layouts are those of the real exports in the corpus (double-entry-generator's examples):
BOC's 交易流水明细单 and its monthly 信用卡账单, ABC's 交易日期 ``yyyymmdd`` with signed amounts,
BOCOM's 借 Dr/贷 Cr debit list and its card's ``CNY 123.18`` cells, 广发's ``（消费）`` words,
京东's and 美团's preambles (UTF-8 with BOM, 美团 with CRLF), Alipay (GBK) and WeChat Pay (CSV).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from tests.households import truth_file
from tests.households.shanghai_household import write_alipay, write_wechat_csv
from tests.households.truth_file import MONTHS

FIRST, LAST = date(2025, 10, 1), date(2026, 11, 30)
D = Decimal


@dataclass
class Line:
    """One money movement as it is true: who was paid, how much, and what kind it is."""

    day: date
    amount: Decimal  # negative = money out of the household
    payee: str
    kind: str  # "income", "spend", "transfer", "refund" (money back: lowers spending)
    category: str = ""


@dataclass
class Household:
    """Every file's rows (with the moment each happened, for a download of a window of days)
    before they are written, and the truth they add up to."""

    boc: list[tuple[datetime, list[str]]] = field(default_factory=list)
    boc_card: list[tuple[date, date, str, Decimal]] = field(default_factory=list)  # + = spent
    cgb: list[tuple[date, str, Decimal]] = field(default_factory=list)  # + = spent
    abc: list[tuple[datetime, list[str]]] = field(default_factory=list)
    bocom: list[tuple[datetime, list[str]]] = field(default_factory=list)
    bocom_card: list[tuple[date, str, Decimal]] = field(default_factory=list)  # always positive
    jd: list[tuple[datetime, list[str]]] = field(default_factory=list)
    mt: list[tuple[datetime, list[str]]] = field(default_factory=list)
    alipay: list[list[str]] = field(default_factory=list)
    wechat_wf: list[list[str]] = field(default_factory=list)
    wechat_ch: list[list[str]] = field(default_factory=list)
    truth: list[Line] = field(default_factory=list)


def _vary(base: str, month: int, habit: int) -> Decimal:
    """What a habit cost in the ``month``-th month: never the same sum twice."""
    return D(base) + D((month * 37 + habit * 11) % 23 - 11) * D("1.30")


def _at(day: date, hms: str) -> datetime:
    return datetime.combine(day, datetime.strptime(hms, "%H:%M:%S").time())


def build() -> Household:
    """The household's rows and truth."""
    h = Household()
    seq = 0

    def nxt() -> int:
        nonlocal seq
        seq += 1
        return seq

    def truth(day: date, amount: Decimal, payee: str, kind: str, category: str = "") -> None:
        h.truth.append(Line(day, amount, payee, kind, category))

    # --- the raw rows of each export --------------------------------------------------------
    def boc(
        when: datetime,
        amt: Decimal,
        name: str,
        channel: str,
        note: str,
        party: str,
        account: str,
        bank: str = "-------------------",
    ) -> None:
        h.boc.append(
            (
                when,
                [
                    f"{when:%Y-%m-%d}",
                    f"{when:%H:%M:%S}",
                    "人民币",
                    amt,
                    name,
                    channel,
                    "-------------------",
                    note,
                    party,
                    account,
                    bank,
                    "5581",
                ],
            )
        )

    def abc(when: datetime, amt: Decimal, what: str, party: str, channel: str, note: str) -> None:
        h.abc.append(
            (
                when,
                [
                    f"{when:%Y%m%d}",
                    f"{when:%H%M%S}",
                    what,
                    amt,
                    party,
                    f"{nxt() + 369300000:09d}",
                    channel,
                    note,
                ],
            )
        )

    def bocom(
        when: datetime,
        amt: Decimal,
        kind: str,
        account: str,
        party: str,
        place: str,
        note: str = "",
    ) -> None:
        h.bocom.append((when, [kind, amt, account, party, place, note]))

    def jd(
        when: datetime,
        shop: str,
        goods: str,
        amount: str,
        method: str,
        status: str,
        side: str,
        cls: str,
        order: str,
    ) -> None:
        h.jd.append(
            (
                when,
                [
                    f"{when:%Y-%m-%d %H:%M:%S}\t",
                    shop,
                    goods,
                    amount,
                    method,
                    status,
                    side,
                    cls,
                    f"{order}\t",
                    f"{order[-10:]}88{nxt():04d}\t",
                    " ",
                    "",
                ],
            )
        )

    def mt(
        when: datetime,
        kind: str,
        title: str,
        side: str,
        method: str,
        amt: Decimal,
        paid: Decimal | None = None,
    ) -> None:
        n = nxt()
        h.mt.append(
            (
                when,
                [
                    f"{when:%Y-%m-%d %H:%M:%S}",
                    f"{when + timedelta(seconds=7):%Y-%m-%d %H:%M:%S}",
                    kind,
                    title,
                    side,
                    method,
                    f"¥{amt:.2f}",
                    f"¥{(paid or amt):.2f}",
                    f"{when:%y%m%d}111004016700{n:08d}443\t",
                    f"1KU{n:09d}04076\t",
                    "/",
                ],
            )
        )

    def alipay(
        when: datetime,
        cls: str,
        party: str,
        goods: str,
        side: str,
        amt: Decimal,
        method: str,
        status: str = "交易成功",
    ) -> None:
        n = nxt()
        h.alipay.append(
            [
                f"{when:%Y-%m-%d %H:%M:%S}",
                cls,
                party,
                "/",
                goods,
                side,
                f"{amt:.2f}",
                method,
                status,
                f"{when:%Y%m%d}22001{n:06d}5581433019562",
                f"T200P{n:09d}",
                "",
            ]
        )

    def wechat(
        rows: list[list[str]],
        when: datetime,
        kind: str,
        party: str,
        goods: str,
        side: str,
        amt: Decimal,
        method: str,
        status: str = "支付成功",
    ) -> None:
        n = nxt()
        rows.append(
            [
                f"{when:%Y-%m-%d %H:%M:%S}",
                kind,
                party,
                goods,
                side,
                f"¥{amt:.2f}",
                method,
                status,
                f"4200003{n:05d}{when:%Y%m%d}7781646471",
                f"{n:012d}",
                "/",
            ]
        )

    boc_bill: dict[tuple[int, int], Decimal] = {}
    cgb_bill: dict[tuple[int, int], Decimal] = {}
    bocom_bill: dict[tuple[int, int], Decimal] = {}
    huabei: dict[tuple[int, int], Decimal] = {}
    yuefu: dict[tuple[int, int], Decimal] = {}
    baitiao: dict[tuple[int, int], Decimal] = {}

    def add(bill: dict[tuple[int, int], Decimal], day: date, amt: Decimal) -> None:
        bill[(day.year, day.month)] = bill.get((day.year, day.month), D(0)) + amt

    def boc_card(day: date, desc: str, amt: Decimal) -> None:
        h.boc_card.append((day, day + timedelta(days=1), desc, amt))
        add(boc_bill, day, amt)

    def bocom_card(day: date, desc: str, amt: Decimal) -> None:
        """A line of the BOCOM card (its amounts all positive): what it adds to the bill."""
        h.bocom_card.append((day, desc, amt))
        owed = {"消费": amt, "退货": -amt}.get(desc.split()[0], D(0))
        add(bocom_bill, day, owed)

    for n, (y, m) in enumerate(MONTHS):

        def d(day: int) -> date:
            return date(y, m, day)  # noqa: B023 - each month's own days

        prev = MONTHS[n - 1] if n else None
        # --- 王芳 ---------------------------------------------------------------------------
        boc(
            _at(d(15), "09:30:12"),
            D("16800.00"),
            "代发工资",
            "批量",
            "工资",
            "深圳市腾晟科技有限公司",
            "7559******0188",
            "招商银行深圳分行",
        )
        truth(d(15), D("16800.00"), "深圳市腾晟科技有限公司", "income", "Income:Salary")
        boc(
            _at(d(20), "03:10:45"),
            D("-8650.00"),
            "贷款还款",
            "批量",
            "个人住房贷款",
            "中国银行深圳分行",
            "-------------------",
        )
        truth(d(20), D("-8650.00"), "中国银行 房贷", "spend", "Housing:Mortgage")
        if prev and prev in boc_bill:
            due = boc_bill[prev]
            boc(
                _at(d(6), "20:02:31"),
                -due,
                "信用卡还款",
                "手机银行",
                "----------",
                "王芳",
                "6259******2875",
            )
            h.boc_card.append((d(6), d(6), "王芳", -due))
            truth(d(6), -due, "中国银行信用卡", "transfer")
        if prev and prev in cgb_bill:
            due = cgb_bill[prev]
            boc(
                _at(d(8), "12:40:09"),
                -due,
                "无卡支付",
                "卡组织线上/无卡交易",
                "----------",
                "王芳",
                "6225******0912",
            )
            h.cgb.append((d(8), "（还款）手机银行 转账还款-王芳", -due))
            truth(d(8), -due, "广发银行信用卡", "transfer")
        if prev and prev in huabei:
            due = huabei[prev]
            alipay(
                _at(d(10), "07:30:00"),
                "信用借还",
                "花呗",
                f"花呗主动还款-{y}年{m:02d}月账单",
                "不计收支",
                due,
                "中国银行储蓄卡(5581)",
                "还款成功",
            )
            boc(
                _at(d(10), "07:30:01"),
                -due,
                "网上快捷支付",
                "银企对接",
                "支付宝-花呗",
                "支付宝-花呗",
                "Z200******010N",
            )
            truth(d(10), -due, "花呗", "transfer")
        if prev and prev in yuefu:
            due = yuefu[prev]
            mt(
                _at(d(12), "20:59:12"),
                "还款",
                f"【美团月付】主动还款{y}年{m}月账单",
                "支出",
                "中国银行储蓄卡(5581)",
                due,
            )
            boc(
                _at(d(12), "20:59:13"),
                -due,
                "网上快捷支付",
                "银企对接",
                "美团月付还款",
                "北京钱袋宝支付技术有限公司",
                "1000******6688",
            )
            truth(d(12), -due, "美团月付", "transfer")
        # 零钱 topped up from the debit card
        wechat(
            h.wechat_wf,
            _at(d(2), "08:15:00"),
            "零钱充值",
            "中国银行(5581)",
            "/",
            "/",
            D("500.00"),
            "中国银行(5581)",
            "充值完成",
        )
        boc(
            _at(d(2), "08:15:01"),
            D("-500.00"),
            "网上快捷支付",
            "银企对接",
            "财付通-微信零钱充值",
            "财付通支付科技有限公司",
            "Z300******020N",
        )
        truth(d(2), D("-500.00"), "零钱", "transfer")
        # 爱奇艺 on 花呗, 25.00 then 30.00 from June 2026
        iqiyi = D("25.00") if (y, m) < (2026, 6) else D("30.00")
        alipay(
            _at(d(9), "03:05:11"),
            "文化休闲",
            "北京爱奇艺科技有限公司",
            "爱奇艺黄金VIP会员连续包月",
            "支出",
            iqiyi,
            "花呗",
        )
        add(huabei, d(9), iqiyi)
        truth(d(9), -iqiyi, "爱奇艺", "spend", "Entertainment:Streaming")
        # 优酷 from the debit card through Alipay
        alipay(
            _at(d(17), "02:14:40"),
            "文化休闲",
            "优酷",
            "优酷VIP会员连续包月",
            "支出",
            D("20.00"),
            "中国银行储蓄卡(5581)",
        )
        boc(
            _at(d(17), "02:14:41"),
            D("-20.00"),
            "网上快捷支付",
            "银企对接",
            "支付宝-优酷",
            "支付宝-优酷",
            "Z200******010N",
        )
        truth(d(17), D("-20.00"), "优酷", "spend", "Entertainment:Streaming")
        # iCloud+ 50GB on the BOC card through Alipay
        alipay(
            _at(d(26), "11:46:02"),
            "数码电器",
            "App Store & Apple Music",
            "iCloud+ 50GB 存储空间 月度订阅",
            "支出",
            D("6.00"),
            "中国银行信用卡(2875)",
        )
        boc_card(d(26), "支付宝-App Store & Apple MusicCHN", D("6.00"))
        truth(d(26), D("-6.00"), "iCloud", "spend", "Software & Apps")
        # groceries: 华润万家 on the BOC card, 沃尔玛 on the 广发 card twice
        groceries = _vary("412.60", n, 1)
        boc_card(d(13), "华润万家深圳南山店CHN", groceries)
        truth(d(13), -groceries, "华润万家", "spend", "Food:Groceries")
        for day, habit in ((5, 2), (21, 3)):
            amt = _vary("268.30", n, habit)
            h.cgb.append((d(day), "（消费）沃尔玛深圳蛇口店", amt))
            add(cgb_bill, d(day), amt)
            truth(d(day), -amt, "沃尔玛", "spend", "Food:Groceries")
        # 美团: the monthly 会员 card by WeChat Pay, three orders paid three ways
        mt(_at(d(3), "11:02:40"), "支付", "美团外卖会员月卡", "支出", "微信支付", D("15.00"))
        wechat(
            h.wechat_wf,
            _at(d(3), "11:02:41"),
            "商户消费",
            "美团",
            "美团外卖会员月卡",
            "支出",
            D("15.00"),
            "零钱",
        )
        truth(d(3), D("-15.00"), "美团会员", "spend", "Food:Delivery")
        orders = (
            (7, "麦当劳（深圳海岸城店） 订单详情", "中国银行信用卡(2875)", _vary("46.50", n, 4)),
            (16, "隆江猪脚饭（科技园店） 订单详情", "微信支付", _vary("32.80", n, 5)),
            (24, "喜茶（深圳万象天地店） 订单详情", "美团月付", _vary("28.00", n, 6)),
        )
        for day, title, method, amt in orders:
            mt(_at(d(day), "12:18:44"), "支付", title, "支出", method, amt)
            if method == "微信支付":
                wechat(
                    h.wechat_wf,
                    _at(d(day), "12:18:45"),
                    "商户消费",
                    "美团",
                    "美团订单-" + title.split("（")[0],
                    "支出",
                    amt,
                    "零钱",
                )
            elif method == "美团月付":
                add(yuefu, d(day), amt)
            else:
                boc_card(d(day), "钱袋宝支付-美团App美团外卖CHN", amt)
            truth(d(day), -amt, "美团", "spend", "Food:Delivery")
        # --- 陈浩 ---------------------------------------------------------------------------
        abc(
            _at(d(10), "10:05:20"),
            D("14500.00"),
            "代发工资",
            "深圳华拓精密制造有限公司",
            "批量",
            f"{m}月工资",
        )
        truth(d(10), D("14500.00"), "深圳华拓精密制造有限公司", "income", "Income:Salary")
        abc(_at(d(12), "21:10:02"), D("-3000.00"), "转账", "陈浩", "掌上银行", "存款")
        bocom(
            _at(d(12), "21:10:05"),
            D("3000.00"),
            "其他交易",
            "6228******7788",
            "陈浩",
            "网络支付",
            "银联入账(陈浩/其它)转账",
        )
        truth(d(12), D("-3000.00"), "交通银行 储蓄", "transfer")
        if prev and prev in bocom_bill:
            due = bocom_bill[prev]
            abc(_at(d(5), "19:20:11"), -due, "转账", "陈浩", "掌上银行", "交通银行信用卡还款")
            bocom_card(d(5), "信用卡还款 跨行自助转账还款-陈浩 7788 跨行自助还款", due)
            truth(d(5), -due, "交通银行信用卡", "transfer")
        if prev and prev in baitiao:
            due = baitiao[prev]
            jd(
                _at(d(8), "10:00:00"),
                "京东白条",
                "白条主动还款",
                f"{due:,.2f}",
                "农业银行储蓄卡(7788)",
                "还款成功",
                "不计收支",
                "还款",
                f"3000{nxt():011d}",
            )
            abc(
                _at(d(8), "10:00:02"),
                -due,
                "京东支付",
                "网银在线（北京）科技有限公司",
                "电子商务",
                "京东白条还款",
            )
            truth(d(8), -due, "京东白条", "transfer")
        # 中国移动 and 南方电网 through WeChat Pay
        wechat(
            h.wechat_ch,
            _at(d(1), "06:00:12"),
            "商户消费",
            "中国移动",
            "中国移动话费充值",
            "支出",
            D("100.00"),
            "零钱",
        )
        truth(d(1), D("-100.00"), "中国移动", "spend", "Bills & Utilities:Phone")
        elec = D(210 + 160 * (m in (6, 7, 8, 9)) + n * 3) + D("0.45")
        wechat(
            h.wechat_ch,
            _at(d(4), "20:11:05"),
            "商户消费",
            "南方电网",
            "深圳供电局电费-户号0300****7781",
            "支出",
            elec,
            "农业银行(7788)",
        )
        abc(
            _at(d(4), "20:11:06"),
            -elec,
            "财付通",
            "微信支付南方电网",
            "电子商务",
            f"UA0{nxt():017d}微信支付-南方电网",
        )
        truth(d(4), -elec, "南方电网", "spend", "Bills & Utilities:Electricity")
        wechat(
            h.wechat_ch,
            _at(d(11), "07:55:03"),
            "零钱充值",
            "农业银行(7788)",
            "/",
            "/",
            D("200.00"),
            "农业银行(7788)",
            "充值完成",
        )
        abc(
            _at(d(11), "07:55:04"),
            D("-200.00"),
            "财付通",
            "微信零钱充值",
            "电子商务",
            f"UA0{nxt():017d}微信支付-零钱充值",
        )
        truth(d(11), D("-200.00"), "零钱", "transfer")
        # fuel and rides on the BOCOM card
        fuel = _vary("350.00", n, 7)
        bocom_card(d(14), "消费 中国石化销售股份有限公司广东深圳石油分公司", fuel)
        truth(d(14), -fuel, "中国石化", "spend", "Transport:Fuel")
        ride = _vary("38.60", n, 8)
        bocom_card(d(19), "消费 滴滴出行", ride)
        truth(d(19), -ride, "滴滴出行", "spend", "Transport:Rides & Taxis")
        # a JD order a month for the child, on the card or on 白条
        goods, price = (
            ("飞鹤星飞帆3段婴幼儿配方奶粉 700g*2罐", _vary("498.00", n, 9))
            if n % 2
            else ("得力儿童绘画套装 等2件", _vary("89.90", n, 10))
        )
        method = "交通银行信用卡(6207)" if n % 3 else "京东白条"
        jd(
            _at(d(22), "21:02:03"),
            "京东平台商户",
            goods,
            f"{price:.2f}",
            method,
            "交易成功",
            "支出",
            "母婴",
            f"3000{nxt():011d}",
        )
        if method == "京东白条":
            add(baitiao, d(22), price)
        else:
            bocom_card(d(22), "消费 京东商城平台商户", price)
        truth(d(22), -price, "京东", "spend", "Shopping:Online")
        # interest each quarter: ABC writes the tax on it as a row of 0.00
        if m in (3, 6, 9, 12):
            abc(_at(d(21), "00:00:00"), D("1.37") + D(n) / 10, "结息", "--", "", "个人活期结息")
            abc(_at(d(21), "00:00:01"), D("0.00"), "利息税", "--", "", "个人活期结息")
            truth(d(21), D("1.37") + D(n) / 10, "农业银行 结息", "income", "Income:Interest")
            bocom(
                _at(d(21), "00:00:00"),
                D("2.16") + D(n) / 10,
                "存款利息",
                "1323132313211331313",
                "应付个人活期储蓄存款利息",
                "批处理",
            )
            truth(d(21), D("2.16") + D(n) / 10, "交通银行 利息", "income", "Income:Interest")

    # 京东PLUS, a year each October, on the BOCOM card
    for y in (2025, 2026):
        jd(
            _at(date(y, 10, 18), "22:10:00"),
            "京东平台商户",
            "京东PLUS会员-年卡",
            "198.00",
            "交通银行信用卡(6207)",
            "交易成功",
            "支出",
            "会员",
            f"3000{nxt():011d}",
        )
        bocom_card(date(y, 10, 18), "消费 京东商城平台商户", D("198.00"))
        truth(date(y, 10, 18), D("-198.00"), "京东PLUS", "spend", "Shopping:Online")
    # a watch returned whole (JD books both 不计收支), a bike returned in part
    watch = f"3000{nxt():011d}"
    jd(
        _at(date(2026, 4, 2), "20:45:10"),
        "京东平台商户",
        "小天才电话手表Z7 儿童智能手表",
        "1498.00(已全额退款)",
        "交通银行信用卡(6207)",
        "交易成功",
        "不计收支",
        "数码",
        watch,
    )
    jd(
        _at(date(2026, 4, 9), "10:02:00"),
        "京东平台商户",
        "退款-小天才电话手表Z7 儿童智能手表",
        "1498.00",
        "交通银行信用卡(6207)",
        "退款成功",
        "不计收支",
        "网购",
        watch,
    )
    bocom_card(date(2026, 4, 2), "消费 京东商城平台商户", D("1498.00"))
    bocom_card(date(2026, 4, 9), "退货 京东商城平台商户", D("1498.00"))
    truth(date(2026, 4, 2), D("-1498.00"), "京东", "spend", "Shopping:Online")
    truth(date(2026, 4, 9), D("1498.00"), "京东", "refund", "Shopping:Online")
    bike = f"3000{nxt():011d}"
    jd(
        _at(date(2026, 8, 3), "14:22:10"),
        "京东平台商户",
        "永久儿童自行车16寸 等2件",
        "899.00(已退款299.00)",
        "交通银行信用卡(6207)",
        "交易成功",
        "支出",
        "运动户外",
        bike,
    )
    jd(
        _at(date(2026, 8, 11), "11:00:00"),
        "京东平台商户",
        "退款-儿童自行车辅助轮头盔套装",
        "299.00",
        "交通银行信用卡(6207)",
        "退款成功",
        "不计收支",
        "网购",
        bike,
    )
    bocom_card(date(2026, 8, 3), "消费 京东商城平台商户", D("899.00"))
    bocom_card(date(2026, 8, 11), "退货 京东商城平台商户", D("299.00"))
    truth(date(2026, 8, 3), D("-899.00"), "京东", "spend", "Shopping:Online")
    truth(date(2026, 8, 11), D("299.00"), "京东", "refund", "Shopping:Online")
    # a 美团 order refunded, paid by the BOC card
    mt(
        _at(date(2026, 3, 7), "19:40:00"),
        "退款",
        "麦当劳（深圳海岸城店） 订单详情",
        "收入",
        "中国银行信用卡(2875)",
        D("20.00"),
    )
    h.boc_card.append(
        (date(2026, 3, 7), date(2026, 3, 8), "钱袋宝支付-美团App美团外卖CHN", D("-20.00"))
    )
    add(boc_bill, date(2026, 3, 7), D("-20.00"))
    truth(date(2026, 3, 7), D("20.00"), "美团", "refund", "Food:Delivery")
    # 红包 between the spouses: 520 and the Spring Festival's 1,314
    for when, amt in (
        (_at(date(2026, 2, 17), "00:00:08"), D("1314.00")),
        (_at(date(2026, 5, 20), "20:20:00"), D("520.00")),
    ):
        wechat(h.wechat_ch, when, "微信红包", "王芳", "/", "支出", amt, "零钱", "对方已收钱")
        wechat(h.wechat_wf, when, "微信红包", "陈浩", "/", "收入", amt, "/", "已存入零钱")
        truth(when.date(), -amt, "王芳", "transfer")
    return h


# --- writers -----------------------------------------------------------------------------------


def _money(v: Decimal) -> str:
    return f"{v:,.2f}"


def _signed(v: Decimal) -> str:
    return f"{v:+.2f}"


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _within(rows: list[tuple[datetime, list[str]]], start: date, end: date) -> list[list[str]]:
    """Rows of a bank list with their running balance, those of ``start`` to ``end``."""
    return [r for when, r in rows if start <= when.date() <= end]


def _balanced(
    rows: list[tuple[datetime, list[str]]], amount: int, opening: str
) -> list[tuple[datetime, list[str]]]:
    """Each row with its running balance after the amount (oldest first)."""
    balance = D(opening)
    out = []
    for when, cells in sorted(rows, key=lambda r: r[0]):
        balance += cells[amount]
        out.append((when, [*cells[: amount + 1], balance, *cells[amount + 1 :]]))
    return out


def write_boc(path: Path, h: Household, start: date = FIRST, end: date = LAST) -> Path:
    """中国银行's 交易流水明细单: a title line, then newest first, amounts signed."""
    head = [
        "记账日期",
        "记账时间",
        "币别",
        "金额",
        "余额",
        "交易名称",
        "渠道",
        "网点名称",
        "附言",
        "对方账户名",
        "对方卡号/账号",
        "对方开户行",
        "借记卡号",
    ]
    rows = _within(_balanced([(w, c) for w, c in h.boc], 3, "12000.00"), start, end)
    cells = [[*r[:3], _money(r[3]), _money(r[4]), *r[5:]] for r in reversed(rows)]
    path.write_text("中国银行交易流水明细单\n" + _csv([head, *cells]).rstrip("\n"), "utf-8")
    return path


def write_boc_cards(folder: Path, h: Household) -> list[Path]:
    """中国银行信用卡账单 of each month: the last month's lines, 存入 and 支出 apart."""
    paths = []
    for y, m in [*MONTHS[1:], (2026, 12)]:
        first = date(y - (m == 1), (m - 2) % 12 + 1, 1)
        end = date(y, m, 1)
        rows = [["交易日", "银行记账日", "卡号后四位", "交易描述", "存入", "支出", "币种"]]
        for when, booked, desc, amt in sorted(h.boc_card, key=lambda r: r[1]):
            if first <= booked < end:
                card = "" if desc == "王芳" else "2875"
                rows.append(
                    [
                        f"{when}",
                        f"{booked}",
                        card,
                        desc,
                        f"{-amt:.2f}" if amt < 0 else "",
                        f"{amt:.2f}" if amt > 0 else "",
                        "CNY",
                    ]
                )
        path = folder / f"中国银行信用卡账单_{y}{m:02d}.csv"
        path.write_text(f"中国银行信用卡账单({y}年{m:02d}月)\n" + _csv(rows), "utf-8")
        paths.append(path)
    return paths


def write_cgb(path: Path, h: Household) -> Path:
    """广发银行信用卡's list: ``yyyy/mm/dd``, spending positive, repayments negative."""
    rows = [["交易日期", "入账日期", "交易摘要", "交易金额", "交易货币", "入账金额", "入账货币"]]
    for day, desc, amt in sorted(h.cgb, key=lambda r: r[0], reverse=True):
        booked = day + timedelta(days=0 if amt < 0 else 1)
        rows.append(
            [
                f"{day:%Y/%m/%d}",
                f"{booked:%Y/%m/%d}",
                desc,
                f"{amt:.2f}",
                "人民币",
                f"{amt:.2f}",
                "人民币",
            ]
        )
    path.write_text(_csv(rows), "utf-8")
    return path


def write_abc(path: Path, h: Household, start: date = FIRST, end: date = LAST) -> Path:
    """农业银行's 明细: ``yyyymmdd`` and ``hhmmss``, amounts with their sign, oldest first."""
    head = [
        "交易日期",
        "交易时间",
        "交易摘要",
        "交易金额",
        "本次余额",
        "对手信息",
        "日 志 号",
        "交易渠道",
        "交易附言",
    ]
    rows = _within(_balanced(h.abc, 3, "8200.00"), start, end)
    cells = [[*r[:3], _signed(r[3]), f"{r[4]:.2f}", *r[5:]] for r in rows]
    path.write_text(_csv([head, *cells]), "utf-8")
    return path


def write_bocom(path: Path, h: Household, start: date = FIRST, end: date = LAST) -> Path:
    """交通银行's debit list: 借 Dr / 贷 Cr and the amount apart, numbered, newest first."""
    head = [
        "序号",
        "交易日期",
        "交易时间",
        "交易类型",
        "借贷",
        "交易金额",
        "余额",
        "对方账号",
        "对方户名",
        "交易地点",
        "摘要",
    ]
    balance = D("20500.00")
    rows = []
    for when, (kind, amt, account, party, place, note) in sorted(h.bocom, key=lambda r: r[0]):
        balance += amt
        if start <= when.date() <= end:
            rows.append(
                [
                    f"{when:%Y-%m-%d}",
                    f"{when:%H:%M:%S}",
                    kind,
                    "贷 Cr" if amt > 0 else "借 Dr",
                    f"{abs(amt):.2f}",
                    f"{balance:.2f}",
                    account,
                    party,
                    place,
                    note,
                ]
            )
    cells = [[str(i), *r] for i, r in enumerate(reversed(rows), 1)]
    path.write_text(_csv([head, *cells]), "utf-8")
    return path


def write_bocom_cards(folder: Path, h: Household) -> list[Path]:
    """交通银行信用卡's monthly lists: every amount positive, its kind first in 交易说明."""
    paths = []
    for y, m in MONTHS:
        rows = [["交易日期", "记账日期", "交易说明", "交易币种/金额", "入账币种/金额"]]
        for day, desc, amt in sorted(h.bocom_card, key=lambda r: r[0]):
            if (day.year, day.month) == (y, m):
                rows.append([f"{day}", f"{day}", desc, f"CNY {amt:.2f}", f"CNY {amt:.2f}"])
        path = folder / f"交通银行信用卡_{y}{m:02d}.csv"
        path.write_text(_csv(rows), "utf-8")
        paths.append(path)
    return paths


def write_jd(path: Path, h: Household, start: date = FIRST, end: date = LAST) -> Path:
    """京东's 交易流水: UTF-8 with BOM, its preamble and counts, tabs after times and ids."""
    rows = sorted((r for r in h.jd if start <= r[0].date() <= end), reverse=True)
    cells = [c for _, c in rows]

    def total(side: str) -> tuple[int, Decimal]:
        part = [c for c in cells if c[6] == side]
        return len(part), sum((D(c[3].split("(")[0].replace(",", "")) for c in part), D(0))

    (n_out, out), (n_neutral, neutral) = total("支出"), total("不计收支")
    pre = [
        "导出信息：",
        "京东账号名：jd_chenhao_sz",
        f"申请时间：{end + timedelta(days=1)} 11:32:42",
        f"日期区间：{start} 至 {end}",
        "导出交易类型：全部",
        "导出交易场景：全部",
        f"共：{len(cells)}笔记录",
        "收入：0笔，0.00元",
        f"支出：{n_out}笔，{out:.2f}元",
        f"不计收支：{n_neutral}笔，{neutral:.2f}元",
        "",
        "特别提示",
        "1.本明细为每笔订单支付的明细，不包括已删除的记录；",
        "2.个人资金互转、全额退款等记为【不计收支】类，部分退款的支出金额为剔除退款后的支付金额；",
        "8.本明细仅供个人对账使用。",
        "",
    ]
    head = [
        "交易时间",
        "商户名称",
        "交易说明",
        "金额",
        "收/付款方式",
        "交易状态",
        "收/支",
        "交易分类",
        "交易订单号",
        "商家订单号",
        "备注",
    ]
    text = "\n".join(pre) + "\n" + _csv([head, *cells])
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


def write_mt(path: Path, h: Household, start: date = FIRST, end: date = LAST) -> Path:
    """美团's 交易账单明细: UTF-8 with BOM and CRLF, the ``""`` lines of its preamble."""
    rows = sorted((r for r in h.mt if start <= r[0].date() <= end), reverse=True)
    cells = [c for _, c in rows]

    def total(side: str) -> str:
        part = [c for c in cells if c[4] == side]
        return f"{len(part)}笔 {sum((D(c[7].lstrip('¥')) for c in part), D(0)):.2f}元"

    pre = [
        "美团交易账单明细",
        "美团用户名：[WF_0755_1990]",
        f"起始时间：[{start}] 终止时间：[{end}]",
        "导出交易类型：[全部]",
        f"导出时间：[{end + timedelta(days=1)} 17:43:31]",
        '""',
        f"共：{len(cells)}笔记录",
        f"支出：{total('支出')}",
        f"收入：{total('收入')}",
        "不计收支：0笔 0.00元",
        '""',
        "特别提示：",
        "1. 本明细与实际交易结果不符时，以实际交易情况为准",
        '""',
        "【美团交易账单明细列表】",
    ]
    head = [
        "交易创建时间",
        "交易成功时间",
        "交易类型",
        "订单标题",
        "收/支",
        "支付方式",
        "订单金额",
        "实付金额",
        "交易单号",
        "商家单号",
        "备注",
    ]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([head, *cells])
    text = "\r\n".join(pre) + "\r\n" + out.getvalue()
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


def _restate(path: Path, encoding: str, changes: dict[str, str]) -> Path:
    """The Shanghai writers' export, with this household's name and period in its preamble."""
    text = path.read_bytes().decode(encoding)
    for old, new in changes.items():
        text = text.replace(old, new)
    path.write_bytes(text.encode(encoding))
    return path


def _period(start: date, end: date, exported: str) -> dict[str, str]:
    return {
        "2025-10-01 00:00:00": f"{start} 00:00:00",
        "2026-11-30 23:59:59": f"{end} 23:59:59",
        exported: f"{end + timedelta(days=1)} 09:41:17",
    }


def write_alipay_wf(path: Path, h: Household, start: date = FIRST, end: date = LAST) -> Path:
    """王芳's Alipay app export (GBK)."""
    rows = [r for r in h.alipay if start <= date.fromisoformat(r[0][:10]) <= end]
    write_alipay(path, rows)
    changes = {"姓名：张伟": "姓名：王芳", "139****2208": "135****0755"}
    return _restate(path, "gbk", {**changes, **_period(start, end, "2026-12-01 08:30:19")})


def write_wechat(
    path: Path, name: str, rows: list[list[str]], start: date = FIRST, end: date = LAST
) -> Path:
    """One spouse's WeChat Pay CSV bill."""
    chosen = [r for r in rows if start <= date.fromisoformat(r[0][:10]) <= end]
    write_wechat_csv(path, name, chosen)
    return _restate(path, "utf-8-sig", _period(start, end, "2026-12-01 09:45:03"))


#: The household's subscriptions and bills as they are: name, cadence, amount, next charge
#: after the last export.
SUBSCRIPTIONS = (
    ("爱奇艺", "monthly", "30.00", "2026-12-09"),
    ("优酷", "monthly", "20.00", "2026-12-17"),
    ("iCloud", "monthly", "6.00", "2026-12-26"),
    ("美团会员", "monthly", "15.00", "2026-12-03"),
    ("中国移动", "monthly", "100.00", "2026-12-01"),
    ("京东PLUS", "annual", "198.00", "2027-10-18"),
    ("中国银行 房贷", "monthly", "8650.00", "2026-12-20"),
    ("南方电网", "monthly", "varies", "2026-12-04"),
)
#: Moves of the household's own money that must pair: (from, to, amount, when)
TRANSFERS = (
    ("BOC …5581 信用卡还款", "中国银行信用卡 …2875", "last bill", "the 6th"),
    ("BOC …5581 无卡支付", "广发银行信用卡 …0912", "last bill", "the 8th"),
    ("BOC …5581 支付宝-花呗", "花呗 (Alipay, 不计收支)", "last month's 爱奇艺", "the 10th"),
    ("BOC …5581 美团月付还款", "美团月付 (美团, 还款)", "last month's orders", "the 12th"),
    ("BOC …5581 财付通-微信零钱充值", "王芳's 零钱", "500.00", "the 2nd"),
    ("ABC …7788 转账", "交通银行 …4410", "3000.00", "the 12th"),
    ("ABC …7788 转账 交通银行信用卡还款", "交通银行信用卡 …6207", "last month's", "the 5th"),
    ("ABC …7788 京东支付", "京东白条", "last month's", "the 8th"),
    ("ABC …7788 财付通", "陈浩's 零钱", "200.00", "the 11th"),
    ("陈浩's WeChat 红包", "王芳's WeChat", "1314.00, 520.00", "2026-02-17, 2026-05-20"),
)


def month_totals(h: Household) -> dict[str, tuple[Decimal, Decimal]]:
    """Each month's income and spending (refunds lower spending), as the truth says."""
    return truth_file.month_totals(h.truth)


def write_truth(path: Path, h: Household) -> Path:
    """The truth beside the exports: each month's income and spending, the subscriptions and
    bills, and the transfers that must pair."""
    return truth_file.write_streams_truth(path, h.truth, SUBSCRIPTIONS, TRANSFERS)


#: The exports a download window gives: (key, file name, writer of ``path, household, start,
#: end``)
WINDOWED: tuple[tuple[str, str, Callable[[Path, Household, date, date], Path]], ...] = (
    ("boc", "中国银行交易流水明细_5581_{}.csv", write_boc),
    ("abc", "农业银行明细_7788_{}.csv", write_abc),
    ("bocom", "交通银行明细_4410_{}.csv", write_bocom),
    ("jd", "京东交易流水_{}.csv", write_jd),
    ("mt", "美团账单_{}.csv", write_mt),
    ("alipay", "支付宝交易明细_{}.csv", write_alipay_wf),
    (
        "wechat_wf",
        "微信支付账单_王芳_{}.csv",
        lambda p, h, s, e: write_wechat(p, "王芳", h.wechat_wf, s, e),
    ),
    (
        "wechat_ch",
        "微信支付账单_陈浩_{}.csv",
        lambda p, h, s, e: write_wechat(p, "陈浩", h.wechat_ch, s, e),
    ),
)


def write_all(folder: Path) -> dict[str, list[Path]]:
    """Every file of the household over the fourteen months, by its export (and the truth
    beside the folder, not imported)."""
    h = build()
    folder.mkdir(parents=True, exist_ok=True)
    write_truth(folder.parent / "truth.tsv", h)
    span = f"{FIRST:%Y%m%d}-{LAST:%Y%m%d}"
    files = {
        key: [writer(folder / name.format(span), h, FIRST, LAST)] for key, name, writer in WINDOWED
    }
    files["boc_card"] = write_boc_cards(folder, h)
    files["bocom_card"] = write_bocom_cards(folder, h)
    files["cgb"] = [write_cgb(folder / "广发银行信用卡交易明细.csv", h)]
    return files


def monthly_downloads(folder: Path) -> list[list[Path]]:
    """What the family downloads at the start of each month: the last two months of every
    bank and app (so each overlaps the one before) and the card bills just out."""
    h = build()
    folder.mkdir(parents=True, exist_ok=True)
    write_truth(folder / "truth.tsv", h)
    (folder / "boc_cards").mkdir()
    (folder / "bocom_cards").mkdir()
    boc_cards = write_boc_cards(folder / "boc_cards", h)
    bocom_cards = write_bocom_cards(folder / "bocom_cards", h)
    out = []
    for n, (y, m) in enumerate(MONTHS):
        end = date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
        start = date(*MONTHS[max(n - 1, 0)], 1)
        batch = folder / f"{y}{m:02d}"
        batch.mkdir()
        span = f"{start:%Y%m%d}-{end:%Y%m%d}"
        paths = [writer(batch / name.format(span), h, start, end) for _, name, writer in WINDOWED]
        paths += [p for p in boc_cards if p.stem.endswith(f"{end + timedelta(days=1):%Y%m}")]
        paths += [p for p in bocom_cards if p.stem.endswith(f"{y}{m:02d}")]
        paths.append(write_cgb(batch / "广发银行信用卡交易明细.csv", _upto(h, end)))
        out.append(paths)
    return out


def _upto(h: Household, end: date) -> Household:
    """The household as its 广发 card's list knows it on ``end``."""
    return Household(cgb=[r for r in h.cgb if r[0] <= end])
