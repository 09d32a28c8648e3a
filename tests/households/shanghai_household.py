"""A Shanghai household's fourteen months (October 2025 to November 2026) as its apps and banks
export them, and what is true of it.

张伟 is paid 代发工资 on his 工商银行 debit card (…3391), 李娜 on hers (…7720); she sends him 5,000
each month for the household. His card pays the rent (转账 to the landlord 王建国), the 物业费 each
quarter, her 招商银行信用卡 (…8812) in full each month, and tops up his 余额宝. His Alipay pays
the utilities (生活缴费), 爱奇艺, 百度网盘 (cancelled in May 2026, still charging), iCloud (¥6, then
¥21 from April 2026), Taobao orders (some refunded), 饿了么 and a 12306 trip; 花呗 is repaid from
余额宝. 李娜's WeChat Pay pays 美团外卖 with her credit card, 滴滴, QQ音乐, 中国移动, 腾讯视频's
year and 京东PLUS; the two send each other 转账 and 红包.

The layouts are the banks' and apps' own: ICBC's 明细查询文件下载 with its tab-padded cells and
人民币合计 footer (GBK), 招商银行信用卡's monthly 对账单 with MM/DD days, Alipay's app export
(GBK, the dashed preamble and its 共N笔记录 summary), WeChat Pay's CSV (李娜) and its .xlsx bill
(张伟).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from tests.households import truth_file
from tests.households.truth_file import MONTHS

D = Decimal


@dataclass
class Line:
    """One money movement as it is true: who was paid, how much, and whether it is spending."""

    day: date
    amount: Decimal  # negative = money out of the household
    payee: str
    kind: str  # "income", "spend", "transfer", "refund"
    category: str = ""


@dataclass
class Household:
    """Every file's rows before they are written, and the truth they add up to."""

    icbc_a: list[list[str]] = field(default_factory=list)  # date, 摘要, 详情, 场所, in, out, 户名
    icbc_b: list[list[str]] = field(default_factory=list)
    cmb: list[tuple[date, date | None, str, Decimal]] = field(default_factory=list)
    alipay: list[list[str]] = field(default_factory=list)
    wechat_b: list[list[str]] = field(default_factory=list)
    wechat_a: list[list[str]] = field(default_factory=list)
    truth: list[Line] = field(default_factory=list)


def _d(y: int, m: int, day: int) -> date:
    return date(y, m, day)


def _vary(base: str, month: int, habit: int) -> Decimal:
    """What a habit cost in the ``month``-th month: an order, a ride or a basket is never the
    same sum twice."""
    return D(base) + D((month * 37 + habit * 11) % 23 - 11) * D("1.30")


def _money(v: Decimal) -> str:
    return f"{v:,.2f}"


def build() -> Household:
    """The household's rows and truth."""
    h = Household()
    order = 0

    def alipay(
        when: date, t: str, cat: str, party: str, goods: str, side: str, amt: Decimal,
        method: str, status: str = "交易成功", note: str = "", orderno: str | None = None,
    ) -> str:  # fmt: skip
        nonlocal order
        order += 1
        no = orderno or f"{when:%Y%m%d}22001{order:06d}7391433019562"
        h.alipay.append([f"{when:%Y-%m-%d} {t}", cat, party, "/", goods, side, f"{amt:.2f}",
                         method, status, no, f"T200P{order:09d}", note])  # fmt: skip
        return no

    def wechat(
        rows: list[list[str]], when: date, t: str, kind: str, party: str, goods: str, side: str,
        amt: Decimal, method: str, status: str = "支付成功",
    ) -> None:  # fmt: skip
        nonlocal order
        order += 1
        ref = f"4200002{order:05d}{when:%Y%m%d}6871646471"
        rows.append([f"{when:%Y-%m-%d} {t}", kind, party, goods, side, f"¥{amt:.2f}", method,
                     status, ref, f"{order:012d}", "/"])  # fmt: skip

    cmb_bill_total: dict[tuple[int, int], Decimal] = {}

    def cmb(when: date, desc: str, amt: Decimal) -> None:
        h.cmb.append((when, when + timedelta(days=1), desc, amt))
        key = (when.year, when.month)
        cmb_bill_total[key] = cmb_bill_total.get(key, D(0)) + amt

    for n, (y, m) in enumerate(MONTHS):
        # salaries
        h.icbc_a.append([f"{y}-{m:02d}-15", "代发工资", "工资", "", "18,600.00", "",
                         "上海云帆信息技术有限公司", "1001266309300058271"])  # fmt: skip
        h.truth.append(Line(_d(y, m, 15), D("18600.00"), "上海云帆信息技术有限公司", "income"))
        h.icbc_b.append([f"{y}-{m:02d}-10", "代发工资", "工资", "", "13,200.00", "",
                         "上海瑞康医药有限公司", "31050161373600002741"])  # fmt: skip
        h.truth.append(Line(_d(y, m, 10), D("13200.00"), "上海瑞康医药有限公司", "income"))
        # 李娜 → 张伟 household money, bank to bank
        h.icbc_b.append([f"{y}-{m:02d}-11", "网转", "家用", "手机银行", "", "5,000.00", "张伟",
                         "6222024001013393391"])  # fmt: skip
        h.icbc_a.append([f"{y}-{m:02d}-11", "网转", "家用", "", "5,000.00", "", "李娜",
                         "6222024001017727720"])  # fmt: skip
        h.truth.append(Line(_d(y, m, 11), D("-5000.00"), "张伟", "transfer"))
        # rent
        h.icbc_a.append([f"{y}-{m:02d}-05", "网转", "3月房租" if m == 3 else f"{m}月房租",
                         "手机银行", "", "6,500.00", "王建国", "6217001210043388512"])  # fmt: skip
        h.truth.append(Line(_d(y, m, 5), D("-6500.00"), "王建国", "spend", "Housing:Rent"))
        # 物业费 quarterly
        if m in (1, 4, 7, 10):
            h.icbc_a.append([f"{y}-{m:02d}-08", "跨行汇款", "物业费", "手机银行", "", "1,245.00",
                             "上海万科物业服务有限公司", "121909478310601"])  # fmt: skip
            h.truth.append(Line(_d(y, m, 8), D("-1245.00"), "上海万科物业服务有限公司", "spend"))
        # 余额宝 top-up from ICBC via Alipay
        h.icbc_a.append([f"{y}-{m:02d}-16", "消费", "", "支付宝-余额宝", "", "3,000.00",
                         "支付宝（中国）网络技术有限公司"])  # fmt: skip
        alipay(_d(y, m, 16), "09:12:40", "投资理财", "余额宝", "余额宝-单次转入", "不计收支",
               D("3000.00"), "工商银行储蓄卡(3391)")  # fmt: skip
        h.truth.append(Line(_d(y, m, 16), D("-3000.00"), "余额宝", "transfer"))
        # utilities, Alipay 生活缴费: electricity from his ICBC card (which prints only
        # 支付宝-特约商户, Alipay's "contracted merchant"), gas and water from 余额宝
        elec = D(180 + 40 * (m in (7, 8, 1, 2)) + n * 3)
        alipay(_d(y, m, 3), "20:11:05", "生活服务", "国网上海市电力公司", "电费-户号3100****5521",
               "支出", elec, "工商银行储蓄卡(3391)")  # fmt: skip
        h.icbc_a.append([f"{y}-{m:02d}-03", "消费", "", "支付宝-特约商户", "", _money(elec),
                         "支付宝（中国）网络技术有限公司", "2088****1911"])  # fmt: skip
        h.truth.append(Line(_d(y, m, 3), -elec, "国网上海市电力公司", "spend", "Bills:Electricity"))
        gas = D("58.60") + D(n * 2)
        alipay(_d(y, m, 12), "19:40:22", "生活服务", "上海燃气有限公司", "燃气费-户号8801****",
               "支出", gas, "余额宝")  # fmt: skip
        h.truth.append(Line(_d(y, m, 12), -gas, "上海燃气有限公司", "spend", "Bills:Gas"))
        if m % 2 == 0:
            water = D("46.80") + D(n)
            alipay(_d(y, m, 20), "08:02:13", "生活服务", "上海城投水务(集团)有限公司",
                   "水费-户号1203****", "支出", water, "余额宝")  # fmt: skip
            h.truth.append(Line(_d(y, m, 20), -water, "上海城投水务", "spend", "Bills:Water"))
        # 爱奇艺 monthly on 花呗
        alipay(_d(y, m, 9), "03:05:11", "文化休闲", "北京爱奇艺科技有限公司",
               "爱奇艺黄金VIP会员连续包月", "支出", D("25.00"), "花呗")  # fmt: skip
        h.truth.append(Line(_d(y, m, 9), D("-25.00"), "爱奇艺", "spend", "Entertainment"))
        # 百度网盘 SVIP monthly, cancelled in May 2026 yet still charged
        alipay(_d(y, m, 21), "00:12:31", "文化休闲", "北京百度网讯科技有限公司",
               "百度网盘超级会员SVIP连续包月", "支出", D("30.00"), "余额宝")  # fmt: skip
        h.truth.append(Line(_d(y, m, 21), D("-30.00"), "百度网盘", "spend"))
        # iCloud on the CMB card via Alipay, ¥6 then ¥21
        icloud = D("6.00") if (y, m) < (2026, 4) else D("21.00")
        alipay(_d(y, m, 26), "11:46:02", "数码电器", "App Store & Apple Music",
               "iCloud+ 月度订阅", "支出", icloud, "招商银行信用卡(8812)")  # fmt: skip
        cmb(_d(y, m, 26), "支付宝-App Store & Apple Music", icloud)
        h.truth.append(Line(_d(y, m, 26), -icloud, "Apple", "spend"))
        # 花呗 repaid from 余额宝 on the 10th (last month's bill)
        alipay(_d(y, m, 10), "07:30:00", "信用借还", "花呗", f"花呗主动还款-{y}年{m:02d}月账单",
               "不计收支", D("25.00") + D(n % 3) * 40, "余额宝", "还款成功")  # fmt: skip
        # 饿了么 twice a month
        for day, amt in ((6 + n % 3, _vary("38.50", n, 1)), (19 - n % 4, _vary("42.00", n, 2))):
            alipay(_d(y, m, day), "12:18:44", "餐饮美食", "饿了么", "饿了么外卖订单",
                   "支出", amt, "花呗")  # fmt: skip
            h.truth.append(Line(_d(y, m, day), -amt, "饿了么", "spend", "Food"))
        # 李娜's card: groceries direct, 美团 via WeChat, repayment from ICBC
        groceries = _vary("326.40", n, 3) * 2
        cmb(_d(y, m, 14), "盒马鲜生上海金桥店", groceries)
        h.truth.append(Line(_d(y, m, 14), -groceries, "盒马鲜生", "spend", "Food:Groceries"))
        for day, amt in ((4, _vary("56.30", n, 4)), (18 - n % 5, _vary("61.80", n, 5)),
                         (25 + n % 3, _vary("49.90", n, 6))):  # fmt: skip
            wechat(h.wechat_b, _d(y, m, day), "18:45:31", "商户消费", "美团",
                   "美团外卖订单-2025", "支出", amt, "招商银行信用卡(8812)")  # fmt: skip
            cmb(_d(y, m, day), "财付通-美团", amt)
            h.truth.append(Line(_d(y, m, day), -amt, "美团", "spend", "Food"))
        # 滴滴 on 零钱
        wechat(h.wechat_b, _d(y, m, 7), "08:31:02", "商户消费", "滴滴出行", "滴滴快车-行程费用",
               "支出", _vary("27.40", n, 7), "零钱")  # fmt: skip
        h.truth.append(Line(_d(y, m, 7), -_vary("27.40", n, 7), "滴滴出行", "spend", "Transport"))
        # QQ音乐 绿钻 monthly, 中国移动 话费 autopay
        wechat(h.wechat_b, _d(y, m, 2), "02:10:44", "商户消费", "QQ音乐", "QQ音乐豪华绿钻连续包月",
               "支出", D("15.00"), "零钱")  # fmt: skip
        h.truth.append(Line(_d(y, m, 2), D("-15.00"), "QQ音乐", "spend"))
        wechat(h.wechat_b, _d(y, m, 1), "06:00:12", "商户消费", "中国移动",
               "中国移动话费自动充值", "支出", D("58.00"), "零钱")  # fmt: skip
        h.truth.append(Line(_d(y, m, 1), D("-58.00"), "中国移动", "spend"))
        # 李娜 tops up her 零钱 from her ICBC card; one 美团 order a month is paid by that card
        wechat(h.wechat_b, _d(y, m, 12), "07:55:03", "零钱充值", "工商银行(7720)", "/", "/",
               D("1000.00"), "工商银行(7720)", "充值完成")  # fmt: skip
        h.icbc_b.append([f"{y}-{m:02d}-12", "消费", "", "财付通-微信零钱充值", "", "1,000.00",
                         "财付通支付科技有限公司"])  # fmt: skip
        h.truth.append(Line(_d(y, m, 12), D("-1000.00"), "零钱", "transfer"))
        late = _vary("73.60", n, 9)
        wechat(h.wechat_b, _d(y, m, 27), "20:31:40", "商户消费", "美团", "美团外卖订单-2025",
               "支出", late, "工商银行(7720)")  # fmt: skip
        h.icbc_b.append([f"{y}-{m:02d}-27", "消费", "", "财付通-美团", "", _money(late),
                         "财付通支付科技有限公司"])  # fmt: skip
        h.truth.append(Line(_d(y, m, 27), -late, "美团", "spend", "Food"))
        # 李娜 → 张伟 WeChat 转账 for groceries, each side exported
        wechat(h.wechat_b, _d(y, m, 22), "21:16:51", "转账", "张伟", "/", "支出",
               D("800.00"), "零钱", "对方已收钱")  # fmt: skip
        wechat(h.wechat_a, _d(y, m, 22), "21:16:51", "转账", "李娜", "/", "收入",
               D("800.00"), "/", "已收钱")  # fmt: skip
        h.truth.append(Line(_d(y, m, 22), D("-800.00"), "张伟", "transfer"))
        # 张伟's WeChat spends the 零钱 at 全家
        wechat(h.wechat_a, _d(y, m, 23), "08:05:10", "商户消费", "全家FamilyMart",
               "全家便利店消费", "支出", _vary("18.50", n, 8), "零钱")  # fmt: skip
        h.truth.append(Line(_d(y, m, 23), -_vary("18.50", n, 8), "全家FamilyMart", "spend", "Food"))
        # CMB repayment on the 2nd from ICBC for last month's card spending
        prev = MONTHS[n - 1] if n else None
        if prev and prev in cmb_bill_total:
            due = cmb_bill_total[prev]
            h.icbc_a.append([f"{y}-{m:02d}-02", "银联消费", "", "", "", _money(due),
                             "银联无卡支付业务((特约)掌上生活还款)"])  # fmt: skip
            h.cmb.append((_d(y, m, 2), None, "掌上生活还款", -due))
            h.truth.append(Line(_d(y, m, 2), -due, "招商银行信用卡", "transfer"))

    # Taobao: a coat bought and refunded, a kettle kept
    coat = "2025111122001447390011223344"
    alipay(_d(2025, 11, 11), "00:03:12", "服饰装扮", "优衣库官方旗舰店", "优衣库 男装 摇粒绒外套",
           "支出", D("299.00"), "花呗", "交易关闭", orderno=coat)  # fmt: skip
    alipay(_d(2025, 11, 16), "14:22:01", "退款", "优衣库官方旗舰店", "退款-优衣库 男装 摇粒绒外套",
           "不计收支", D("299.00"), "花呗", "退款成功",
           orderno=f"{coat}_1")  # fmt: skip
    alipay(_d(2026, 3, 2), "20:45:10", "家居家装", "美的官方旗舰店", "美的电热水壶 1.7L",
           "支出", D("129.00"), "花呗")  # fmt: skip
    h.truth.append(Line(_d(2026, 3, 2), D("-129.00"), "美的官方旗舰店", "spend"))
    # 12306: Spring Festival to 武汉 and back, two tickets each way
    trains = ((_d(2026, 2, 12), "火车票 上海虹桥-武汉 G1722", D("553.00")),
              (_d(2026, 2, 22), "火车票 武汉-上海虹桥 G1735", D("553.00")))  # fmt: skip
    for when, goods, amt in trains:
        alipay(
            when, "09:00:00", "交通出行", "中国铁路网络有限公司", goods, "支出", amt * 2, "余额宝"
        )
        h.truth.append(Line(when, -amt * 2, "12306", "spend", "Transport:Train"))
    # 腾讯视频 year and 京东PLUS year on WeChat
    for y in (2025, 2026):
        wechat(h.wechat_b, _d(y, 11, 3), "10:20:00", "商户消费", "腾讯视频", "腾讯视频VIP年卡",
               "支出", D("218.00"), "零钱")  # fmt: skip
        h.truth.append(Line(_d(y, 11, 3), D("-218.00"), "腾讯视频", "spend"))
    wechat(h.wechat_b, _d(2026, 3, 8), "22:10:00", "商户消费", "京东", "京东PLUS会员年卡",
           "支出", D("99.00"), "零钱")  # fmt: skip
    h.truth.append(Line(_d(2026, 3, 8), D("-99.00"), "京东PLUS", "spend"))
    # 张伟 takes his 零钱 out to his ICBC card each quarter, WeChat keeping 0.1% as 服务费
    for y, m in ((2026, 1), (2026, 4), (2026, 7), (2026, 10)):
        wechat(h.wechat_a, _d(y, m, 28), "09:00:00", "零钱提现", "工商银行(3391)", "/", "/",
               D("2000.00"), "零钱", "提现已到账")  # fmt: skip
        h.wechat_a[-1][10] = "服务费¥2.00"
        h.icbc_a.append([f"{y}-{m:02d}-28", "汇入", "", "财付通-微信零钱提现", "1,998.00", "",
                         "财付通支付科技有限公司"])  # fmt: skip
        h.truth.append(Line(_d(y, m, 28), D("-2.00"), "微信支付 服务费", "spend", "Fees"))
    # red envelopes: 张伟's parents at Spring Festival (a gift), 520 between the couple
    wechat(h.wechat_a, _d(2026, 2, 17), "00:00:08", "微信红包", "张建华", "/", "收入",
           D("2000.00"), "/", "已存入零钱")  # fmt: skip
    h.truth.append(Line(_d(2026, 2, 17), D("2000.00"), "张建华", "income"))
    wechat(h.wechat_a, _d(2026, 5, 20), "20:20:00", "微信红包", "李娜", "/", "支出",
           D("520.00"), "零钱", "对方已收钱")  # fmt: skip
    wechat(h.wechat_b, _d(2026, 5, 20), "20:20:00", "微信红包", "张伟", "/", "收入",
           D("520.00"), "/", "已存入零钱")  # fmt: skip
    return h


# --- writers -----------------------------------------------------------------------------------


def _pad(text: str, width: int) -> str:
    return f"{text:<{width}}\t"


def write_icbc(path: Path, rows: list[list[str]], card: str) -> Path:
    """ICBC's 明细查询文件下载 (v2, with 交易详情 and 对方账户): padded, tab-ended cells, GBK."""
    out = io.StringIO()
    out.write(f'明细查询文件下载\n\n卡号: {card},"卡别名: "\n\n')
    out.write('子账户序号: 00000,子账户类别: 活期,"子账户别名: "\n\n')
    out.write("交易日期,摘要,交易详情,交易场所,交易国家或地区简称,钞/汇,交易金额(收入),"
              "交易金额(支出),交易币种,记账金额(收入),记账金额(支出),记账币种,余额,对方户名,"
              "对方账户\n")  # fmt: skip
    balance = D("25000.00")
    total_in = total_out = D(0)
    ordered = sorted(rows)
    lines = []
    for day, what, detail, place, cin, cout, party, *other in ordered:
        vin = D(cin.replace(",", "")) if cin else D(0)
        vout = D(cout.replace(",", "")) if cout else D(0)
        balance += vin - vout
        total_in += vin
        total_out += vout
        cells = [
            _pad(day, 15), f'"{_pad(what, 20)}"', f'"{_pad(detail, 30)}"', f'"{_pad(place, 60)}"',
            f'"{_pad("CHN", 20)}"', _pad("钞", 10), f'"{_pad("-", 20)}"', f'"{_pad("-", 20)}"',
            _pad("-", 15), f'"{_pad(cin, 20)}"', f'"{_pad(cout, 20)}"', _pad("人民币", 15),
            f'"{_pad(_money(balance), 20)}"', f'"{_pad(party, 140)}"',
            f'"{_pad(next(iter(other), ""), 19)}"',
        ]  # fmt: skip
        lines.append(",".join(cells) + ",\n")
    out.writelines(reversed(lines))  # newest first, as ICBC lists them
    out.write(" \n")
    sums = f'"{_pad(_money(total_in), 20)}","{_pad(_money(total_out), 20)}"'
    out.write(f"人民币合计,,,,,,,,,{sums},\n")
    path.write_bytes(out.getvalue().encode("gbk"))
    return path


def write_cmb(folder: Path, lines: list[tuple[date, date | None, str, Decimal]]) -> list[Path]:
    """招商银行信用卡's monthly 对账单: a file a bill, days as MM/DD, repayments with no 交易日."""
    paths = []
    for y, m in MONTHS:
        first = date(y, m, 1)
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        rows = [ln for ln in lines if first <= (ln[1] or ln[0]) < nxt]
        out = io.StringIO()
        out.write(f"招商银行信用卡对账单（个人消费卡账户 {y}年{m:02d}月）\n")
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["交易日", "记账日", "交易摘要", "人民币金额", "卡号末四位", "交易地金额"])
        for when, posted, desc, amt in sorted(rows, key=lambda r: r[1] or r[0]):
            trade = "" if posted is None else f"{when:%m/%d}"
            book = f"{(posted or when):%m/%d}"
            w.writerow([trade, book, desc, _money(amt), "8812", _money(amt)])
        path = folder / f"招商银行信用卡对账单_{y}{m:02d}.csv"
        path.write_bytes(out.getvalue().encode("gbk"))
        paths.append(path)
    return paths


def write_alipay(path: Path, rows: list[list[str]]) -> Path:
    """Alipay's app export: GBK, the dashed preamble, its counts, and 12 columns ending in ','."""
    rows = sorted(rows, key=lambda r: r[0], reverse=True)
    spent = [r for r in rows if r[5] == "支出"]
    got = [r for r in rows if r[5] == "收入"]
    neutral = [r for r in rows if r[5] == "不计收支"]
    out = io.StringIO()
    dash = "-" * 84
    out.write(f"{dash}\n导出信息：\n姓名：张伟\n支付宝账户：139****2208\n")
    out.write("起始时间：[2025-10-01 00:00:00]    终止时间：[2026-11-30 23:59:59]\n")
    out.write("导出交易类型：[全部]\n导出时间：[2026-12-01 08:30:19]\n")
    out.write(f"共{len(rows)}笔记录\n")
    for label, part in (("收入", got), ("支出", spent), ("不计收支", neutral)):
        total = sum((D(r[6]) for r in part), D(0))
        out.write(f"{label}：{len(part)}笔 {total:.2f}元\n")
    out.write("\n特别提示：\n1.本回单内容可表明支付宝受理了相应支付交易申请；\n")
    out.write(
        "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；\n\n"
    )
    out.write("-" * 24 + "支付宝（中国）网络技术有限公司  电子客户回单" + "-" * 24 + "\n")
    head = ["交易时间", "交易分类", "交易对方", "对方账号", "商品说明", "收/支", "金额",
            "收/付款方式", "交易状态", "交易订单号", "商家订单号", "备注"]  # fmt: skip
    out.write(",".join(f"{c:<20}" for c in head) + ",\n")
    for r in rows:
        cells = [f"{c:<20}" for c in r]
        cells[9] = r[9] + "\t"
        cells[10] = r[10] + "\t"
        out.write(",".join(cells) + ",\n")
    path.write_bytes(out.getvalue().replace("\n", "\r\n").encode("gbk"))
    return path


_WECHAT_HEAD = ["交易时间", "交易类型", "交易对方", "商品", "收/支", "金额(元)", "支付方式",
                "当前状态", "交易单号", "商户单号", "备注"]  # fmt: skip


def _wechat_preamble(name: str, rows: list[list[str]]) -> list[str]:
    got = [r for r in rows if r[4] == "收入"]
    spent = [r for r in rows if r[4] == "支出"]
    neutral = [r for r in rows if r[4] not in ("收入", "支出")]

    def total(part: list[list[str]]) -> str:
        return f"{sum((D(r[5].lstrip('¥')) for r in part), D(0)):.2f}"

    return [
        "微信支付账单明细", f"微信昵称：[{name}]",
        "起始时间：[2025-10-01 00:00:00] 终止时间：[2026-11-30 23:59:59]", "导出类型：[全部]",
        "导出时间：[2026-12-01 09:45:03]", "", f"共{len(rows)}笔记录",
        f"收入：{len(got)}笔 {total(got)}元", f"支出：{len(spent)}笔 {total(spent)}元",
        f"中性交易：{len(neutral)}笔 {total(neutral)}元", "注：",
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录", "3. 本明细仅供个人对账使用", "",
        "----------------------微信支付账单明细列表--------------------",
    ]  # fmt: skip


def write_wechat_csv(path: Path, name: str, rows: list[list[str]]) -> Path:
    """WeChat Pay's CSV bill: UTF-8 with BOM, 16 preamble lines padded to 11 cells."""
    rows = sorted(rows, key=lambda r: r[0], reverse=True)
    out = io.StringIO()
    for line in _wechat_preamble(name, rows):
        out.write(line + "," * 10 + "\n")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(_WECHAT_HEAD)
    for r in rows:
        w.writerow([*r[:8], r[8] + "\t", r[9] + "\t", r[10]])
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    return path


def write_wechat_xlsx(path: Path, name: str, rows: list[list[str]]) -> Path:
    """WeChat Pay's .xlsx bill (2023 on): the same preamble in column A, the table below it."""
    from openpyxl import Workbook

    rows = sorted(rows, key=lambda r: r[0], reverse=True)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "微信支付账单明细"
    for line in _wechat_preamble(name, rows):
        sheet.append([line or None])
    sheet.append(_WECHAT_HEAD)
    for r in rows:
        sheet.append(r)
    book.save(path)
    return path


#: The household's subscriptions and bills as they are: name, cadence, amount, next charge
#: after the last export (the 百度网盘 plan cancelled in May 2026 still charges).
SUBSCRIPTIONS = (
    ("爱奇艺", "monthly", "25.00", "2026-12-09"),
    ("百度网盘", "monthly", "30.00", "2026-12-21"),
    ("iCloud", "monthly", "21.00", "2026-12-26"),
    ("QQ音乐", "monthly", "15.00", "2026-12-02"),
    ("中国移动", "monthly", "58.00", "2026-12-01"),
    ("腾讯视频", "annual", "218.00", "2027-11-03"),
    ("京东PLUS", "annual", "99.00", "2027-03-08"),
    ("王建国 房租", "monthly", "6500.00", "2026-12-05"),
    ("万科物业 物业费", "quarterly", "1245.00", "2027-01-08"),
    ("国网上海市电力公司", "monthly", "varies", "2026-12-03"),
    ("上海燃气", "monthly", "varies", "2026-12-12"),
    ("城投水务", "bimonthly", "varies", "2026-12-20"),
)
#: Moves of the household's own money that must pair: (from, to, amount, when)
TRANSFERS = (
    ("ICBC …7720 网转", "ICBC …3391", "5000.00", "the 11th of each month"),
    ("ICBC …3391 掌上生活还款", "招商银行信用卡 …8812", "last month's card total", "the 2nd"),
    ("ICBC …3391 支付宝-余额宝", "余额宝 (Alipay, 不计收支)", "3000.00", "the 16th"),
    ("李娜's WeChat 转账", "张伟's WeChat", "800.00", "the 22nd"),
    ("张伟's WeChat 红包", "李娜's WeChat", "520.00", "2026-05-20"),
)


def write_truth(path: Path, h: Household) -> Path:
    """The truth beside the exports: each month's income and spending, the subscriptions and
    bills, and the transfers that must pair."""
    return truth_file.write_streams_truth(path, h.truth, SUBSCRIPTIONS, TRANSFERS)


def write_all(folder: Path) -> dict[str, list[Path]]:
    """Every file of the household, by its owner's export (and the truth, not imported)."""
    h = build()
    folder.mkdir(parents=True, exist_ok=True)
    write_truth(folder.parent / "truth.tsv", h)
    return {
        "icbc_a": [write_icbc(folder / "工商银行_明细_3391.csv", h.icbc_a, "6222****3391")],
        "icbc_b": [write_icbc(folder / "工商银行_明细_7720.csv", h.icbc_b, "6222****7720")],
        "cmb": write_cmb(folder, h.cmb),
        "alipay": [write_alipay(folder / "支付宝交易明细(20251001-20261130).csv", h.alipay)],
        "wechat_b": [
            write_wechat_csv(folder / "微信支付账单(20251001-20261130).csv", "李娜", h.wechat_b)
        ],
        "wechat_a": [
            write_wechat_xlsx(folder / "微信支付账单(20251001-20261130).xlsx", "张伟", h.wechat_a)
        ],
    }
