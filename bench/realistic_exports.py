"""CSV exports the way banks and payment apps write them, for benchmarks that do not flatter.

``python -m bench.realistic_exports {chase,alipay,wechat} --rows N --out FILE [--seed S]``

A Chase card's ``Transaction Date,Post Date,Description,Category,Type,Amount,Memo``, newest
first, over the household of :mod:`bench.realistic_statements` (its dollar lines: hundreds of
merchants, references that change every time). An Alipay app export (GBK, its preamble,
space-padded cells, tab-suffixed order numbers) and a WeChat Pay export (UTF-8 with a BOM),
each with the refunds of a household that returns things: Alipay's partial refunds (an order
number with a suffix) and closed trades refunded whole, WeChat Pay's ``-退款`` rows whose
purchase says ``已退款(￥20.00)`` or ``已全额退款``: one purchase in twelve, about a thousand
a year, more than most households return, so what filing them costs shows. The same seed
gives the same bytes; there are exactly ``N`` data rows.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from bench.realistic_statements import CNY, LAST_DAY, household

#: data rows a day in a payment-app export: 100k rows make about seven years
_APP_DAILY = 40
#: one purchase in this many is refunded (a part, or whole)
_REFUND_ONE_IN = 12

# fmt: off
_APP_SHOPS = (  # (payee, goods, category, yuan cents low, high)
    ("美团平台商户", "美团订单-麻辣香锅", "餐饮美食", 1800, 9800),
    ("美团平台商户", "美团单车-骑行卡30天", "交通出行", 1500, 2500),
    ("饿了么", "饿了么外卖订单", "餐饮美食", 1900, 8800),
    ("滴滴出行", "滴滴快车-行程", "交通出行", 900, 8500),
    ("盒马鲜生", "盒马鲜生-西溪店订单", "日用百货", 2900, 32000),
    ("得物", "Nike Pegasus 41", "服饰装扮", 39900, 129900),
    ("优衣库官方旗舰店", "摇粒绒外套", "服饰装扮", 9900, 49900),
    ("京东商城", "京东自营-小米充电宝", "数码电器", 4900, 89900),
    ("拼多多", "拼多多订单-纸巾", "日用百货", 590, 12900),
    ("瑞幸咖啡", "瑞幸咖啡-生椰拿铁", "餐饮美食", 990, 3200),
    ("肯德基(文三路店)", "KFC早餐-安心油条套餐", "餐饮美食", 1500, 6800),
    ("屈臣氏", "屈臣氏-面膜", "美容美发", 2900, 19900),
    ("中国石化加油站", "92号汽油", "爱车养车", 15000, 42000),
    ("杭州地铁", "地铁乘车码", "交通出行", 200, 900),
)
_SOURCES = ("招商银行信用卡(1234)", "余额宝", "花呗", "中国银行储蓄卡(8812)", "零钱", "零钱通")
# fmt: on
_ALIPAY_COLUMNS = (
    "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,"
    "交易订单号,商家订单号,备注,"
)
_WECHAT_COLUMNS = (
    "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注"
)


def _yuan(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def chase_csv(rows: int, seed: int = 1) -> str:
    """A Chase card export of ``rows`` lines: the household's dollar lines, newest first."""
    first, txns = household(rows * 3 // 2, seed)
    dollars = sorted((t for t in txns if t.account != CNY), key=lambda t: t.day)[-rows:]
    lines = ["Transaction Date,Post Date,Description,Category,Type,Amount,Memo"]
    for t in reversed(dollars):
        day = first + timedelta(days=t.day)
        kind, category = ("Payment", "") if t.cents > 0 else ("Sale", "Shopping")
        name = f'"{t.name}"' if "," in t.name else t.name
        lines.append(
            f"{day:%m/%d/%Y},{day + timedelta(days=1):%m/%d/%Y},{name},{category},{kind},"
            f"{'-' if t.cents < 0 else ''}{_yuan(abs(t.cents))},"
        )
    return "\r\n".join(lines) + "\r\n"


@dataclass(frozen=True, slots=True)
class AppRow:
    """One payment-app row before it is written: ``what`` is ``buy``, ``part`` (bought, a part
    refunded later), ``whole`` (refunded whole), ``refund`` (of the row ``of``), ``income`` or
    ``neutral``."""

    when: datetime
    what: str
    shop: str
    cents: int
    goods: str
    category: str
    serial: int
    of: int = -1


def _app_rows(rows: int, seed: int) -> list[AppRow]:
    """``rows`` payment-app rows, oldest first."""
    rng = random.Random(seed)
    days = rows // _APP_DAILY + 1
    first = datetime.combine(LAST_DAY, datetime.min.time()) - timedelta(days=days - 1)
    found: list[AppRow] = []
    while len(found) < rows:
        when = first + timedelta(seconds=rng.randrange(days * 86400 - 3600))
        roll, serial = rng.random(), len(found)
        if roll < 0.04:
            cents = rng.randint(5000, 900000)
            found.append(
                AppRow(when, "income", "杭州云栖科技有限公司", cents, "报销款", "收入", serial)
            )
            continue
        if roll < 0.10:
            cents = rng.randint(1000, 300000)
            found.append(
                AppRow(when, "neutral", "余额宝", cents, "余额宝-自动转入", "投资理财", serial)
            )
            continue
        shop, goods, category, low, high = rng.choice(_APP_SHOPS)
        cents = rng.randint(low, high)
        if rng.randrange(_REFUND_ONE_IN) or len(found) > rows - 2:
            found.append(AppRow(when, "buy", shop, cents, goods, category, serial))
            continue
        what = rng.choice(("part", "whole"))
        back = cents if what == "whole" else max(100, cents * rng.randint(1, 9) // 1000 * 100)
        later = min(when + timedelta(days=rng.randint(0, 20), seconds=rng.randrange(1, 3600)),
                    first + timedelta(days=days, seconds=-1))  # fmt: skip
        found.append(AppRow(when, what, shop, cents, goods, category, serial))
        found.append(AppRow(later, "refund", shop, back, goods, category, serial + 1, serial))
    return sorted(found, key=lambda r: r.when)


def _order(rng: random.Random, when: datetime) -> str:
    return f"{when:%Y%m%d}22001447391{rng.randrange(10**17):017d}"


def alipay_export(rows: int, seed: int = 1) -> bytes:
    """An Alipay app export of ``rows`` data rows, GBK, newest first."""
    rng = random.Random(seed + 1)
    events = _app_rows(rows, seed)
    orders = {e.serial: _order(rng, e.when) for e in events}
    lines = []
    for e in events:
        order, goods, category = orders[e.serial], e.goods, e.category
        status, way, source = "交易成功", "支出", rng.choice(_SOURCES[:4])
        if e.what == "income":
            way, source = "收入", "余额"
        elif e.what == "neutral":
            way, source = "不计收支", "余额"
        elif e.what == "whole":
            status = "交易关闭"
        elif e.what == "refund":
            order = f"{orders[e.of]}_{e.when:%Y%m%d%H%M%S}{rng.randrange(10)}"
            way, status, goods, category = "不计收支", "退款成功", f"退款-{goods}", "退款"
        merchant_order = f"T{rng.randrange(10**20):020d}" if e.what != "income" else ""
        cells = (f"{e.when:%Y-%m-%d %H:%M:%S}", category, e.shop, "/", goods, way,
                 _yuan(e.cents), source, status)  # fmt: skip
        padded = ",".join(f"{c:<20}" for c in cells)
        lines.append(f"{padded},{order}\t,{merchant_order}\t,,")
    head = (
        "------------------------------------------------------------------------------------\n"
        "导出信息：\n姓名：王芳\n支付宝账户：wangfang1987@163.com\n"
        f"起始时间：[{events[0].when:%Y-%m-%d} 00:00:00]    "
        f"终止时间：[{events[-1].when:%Y-%m-%d} 23:59:59]\n"
        f"导出交易类型：[全部]\n导出时间：[{LAST_DAY:%Y-%m-%d} 08:30:19]\n共{rows}笔记录\n\n"
        "特别提示：\n1.本回单内容可表明支付宝受理了相应支付交易申请；\n\n"
        "------------------------支付宝（中国）网络技术有限公司  电子客户回单"
        "------------------------\n"
    )
    body = head + _ALIPAY_COLUMNS + "\n" + "\n".join(reversed(lines)) + "\n"
    return body.replace("\n", "\r\n").encode("gbk")


def wechat_export(rows: int, seed: int = 1) -> bytes:
    """A WeChat Pay export of ``rows`` data rows, UTF-8 with a BOM, newest first."""
    rng = random.Random(seed + 2)
    events = _app_rows(rows, seed)
    refunded = {e.of: e.cents for e in events if e.what == "refund"}
    whole = {e.serial for e in events if e.what == "whole"}
    lines = []
    for e in events:
        trade, way, payee, goods = "商户消费", "支出", e.shop, e.goods
        status, source = "支付成功", rng.choice(_SOURCES[3:])
        purchase = e.of if e.what == "refund" else e.serial
        if e.what == "income":
            trade, way, status, goods = "转账", "收入", "已收钱", "/"
        elif e.what == "neutral":
            trade, way, status, payee, goods = "零钱通转出-到零钱", "/", "支付成功", "/", "/"
        elif e.what == "refund":
            trade, way, goods = f"{e.shop}-退款", "收入", "/"
        if purchase in refunded:
            back = _yuan(refunded[purchase])
            status = "已全额退款" if purchase in whole else f"已退款(￥{back})"
        lines.append(
            f'{e.when:%Y-%m-%d %H:%M:%S},{trade},"{payee}","{goods}",{way},¥{_yuan(e.cents)},'
            f'"{source}",{status},{rng.randrange(10**27):028d}\t,"{rng.randrange(10**19):020d}"'
            '\t,"/"'
        )
    head = (
        "微信支付账单明细,,,,,,,,,,\n微信昵称：[阿芳],,,,,,,,,,\n"
        f"起始时间：[{events[0].when:%Y-%m-%d} 00:00:00] "
        f"终止时间：[{events[-1].when:%Y-%m-%d} 23:59:59],,,,,,,,,,\n"
        "导出类型：[全部],,,,,,,,,,\n"
        f"导出时间：[{LAST_DAY:%Y-%m-%d} 09:02:44],,,,,,,,,,\n,,,,,,,,,,\n"
        f"共{rows}笔记录,,,,,,,,,,\n,,,,,,,,,,\n"
        "----------------------微信支付账单明细列表--------------------,,,,,,,,,,\n"
    )
    text = "\ufeff" + head + _WECHAT_COLUMNS + "\n" + "\n".join(reversed(lines)) + "\n"
    return text.encode()


_WRITERS: dict[str, Callable[[int, int], bytes]] = {
    "chase": lambda rows, seed: chase_csv(rows, seed).encode(),
    "alipay": alipay_export,
    "wechat": wechat_export,
}


#: the exports :func:`write_export` writes
EXPORTS = tuple(sorted(_WRITERS))


def write_export(path: Path, kind: str, rows: int, seed: int = 1) -> Path:
    """Write the ``kind`` export (``chase``, ``alipay``, ``wechat``) of ``rows`` rows."""
    path.write_bytes(_WRITERS[kind](rows, seed))
    return path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.realistic_exports", description=__doc__.splitlines()[0]
    )
    parser.add_argument("kind", choices=EXPORTS)
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    write_export(args.out, args.kind, args.rows, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
