"""A Shanghai couple's exports as the apps write them: 支付宝 (GBK, its header and order numbers
with a tab), 微信支付 (UTF-8 with a BOM, its summary block, 交易对方 the company and 商品 the
service) and 招商银行's 储蓄卡 detail (counterparty in 对手信息).

Each function takes the rows (newest first, as the apps list them) and writes the file; the
apps' files are named after the days they were asked for (``20261001-20261031``), and state
those days above their header, as the apps do.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

#: an Alipay row: time, 交易分类, 交易对方, 商品说明, 收/支, amount, order number
AlipayRow = tuple[str, str, str, str, str, str, str]
#: a WeChat Pay row: time, 交易类型, 交易对方, 商品, 收/支, amount, 当前状态, 交易单号
WechatRow = tuple[str, str, str, str, str, str, str, str]


def _period(name: str) -> tuple[str, str]:
    """The first and last day a file named ``20261001-20261031`` was asked for, as ISO."""
    first, last = name.split("-")
    return f"{first[:4]}-{first[4:6]}-{first[6:]}", f"{last[:4]}-{last[4:6]}-{last[6:]}"


def alipay(folder: Path, name: str, rows: list[AlipayRow]) -> Path:
    """支付宝交易明细, as the app exports it."""
    lines = [
        "-" * 84,
        "导出信息：",
        "姓名：张丽",
        "支付宝账户：138****6621",
        "起始时间：[{} 00:00:00]    终止时间：[{} 23:59:59]".format(*_period(name)),
        "导出交易类型：[全部]",
        f"共{len(rows)}笔记录",
        "",
        "------------------------支付宝（中国）网络技术有限公司  电子客户回单"
        "------------------------",
        "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,"
        "交易订单号,商家订单号,备注,",
    ]
    for when, kind, party, goods, way, amount, order in rows:
        lines.append(
            f"{when},{kind},{party},/,{goods},{way},{amount},余额宝,交易成功,{order}\t,\t,,"
        )
    path = folder / f"支付宝交易明细({name}).csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return path


def wechat(folder: Path, name: str, rows: list[WechatRow]) -> Path:
    """微信支付账单明细, as the app exports it."""
    lines = [
        "微信支付账单明细,,,,,,,,,,",
        "微信昵称：[李伟],,,,,,,,,,",
        "起始时间：[{} 00:00:00] 终止时间：[{} 23:59:59],,,,,,,,,,".format(*_period(name)),
        "导出类型：[全部],,,,,,,,,,",
        "导出时间：[2026-12-02 09:45:03],,,,,,,,,,",
        ",,,,,,,,,,",
        f"共{len(rows)}笔记录,,,,,,,,,,",
        ",,,,,,,,,,",
        "----------------------微信支付账单明细列表--------------------,,,,,,,,,,",
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注",
    ]
    for when, kind, party, goods, way, amount, status, number in rows:
        lines.append(
            f'{when},{kind},{party},"{goods}",{way},¥{amount},零钱,{status},{number}\t,/\t,/'
        )
    path = folder / f"微信支付账单({name}).csv"
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def cmb_debit(folder: Path, rows: list[tuple[str, str, str, str, str]]) -> Path:
    """招商银行储蓄卡交易明细: (date, amount, 交易摘要, 对手信息, 客户摘要), oldest first; the
    amounts and balances written as the bank does ("-3,000.00")."""
    balance = Decimal("50000.00")
    lines = ["记账日期,货币,交易金额,联机余额,交易摘要,对手信息,客户摘要"]
    for day, amount, kind, party, note in rows:
        balance += Decimal(amount)
        lines.append(f'{day},CNY,"{Decimal(amount):,.2f}","{balance:,.2f}",{kind},{party},{note}')
    path = folder / "招商银行储蓄卡交易明细_6789_20260901-20261130.csv"
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    return path
