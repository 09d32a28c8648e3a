"""A Toronto household's statements as its banks and apps export them: TD chequing's headerless
CSV (date, description padded to 20, debit, credit, running balance), RBC's download (how money
went in Description 1, to or from whom in Description 2), BMO Mastercard's CSV after
its "Following data is valid as of" line (purchases positive), WeChat Pay's UTF-8 export and
Alipay's GB18030 export, each with its preamble. Amounts are Decimal text, money out negative.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

#: one line: (day, description, signed amount); payment apps: (day, (type, party, goods), amount)
Line = tuple[date, str, str]
AppLine = tuple[date, tuple[str, str, str], str]


def write_td(path: Path, lines: list[Line], opening: str = "3120.55") -> Path:
    """TD EasyWeb's "accountactivity.csv": no header, MM/DD/YYYY, a running balance."""
    balance = Decimal(opening)
    rows = []
    for day, text, amount in sorted(lines):
        value = Decimal(amount)
        balance += value
        debit, credit = (f"{-value:.2f}", "") if value < 0 else ("", f"{value:.2f}")
        rows.append(f"{day:%m/%d/%Y},{text:<20},{debit},{credit},{balance:.2f}")
    path.write_text("\n".join(rows) + "\n", newline="")
    return path


#: one line of RBC's download: (day, Description 1, Description 2, signed amount)
RbcLine = tuple[date, str, str, str]


def write_rbc(path: Path, lines: list[RbcLine]) -> Path:
    """RBC's "csv73628.csv": a header, M/D/YYYY, the chequing account's number on every row,
    the amount in the ``CAD$`` column."""
    rows = [
        '"Account Type","Account Number","Transaction Date","Cheque Number","Description 1",'
        '"Description 2","CAD$","USD$"'
    ]
    for day, how, whom, amount in sorted(lines):
        rows.append(f'Chequing,06212-5012345,{day.month}/{day.day}/{day.year},,"{how}",'
                    f'"{whom}",{amount},')  # fmt: skip
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def write_bmo(path: Path, lines: list[Line], as_of: date) -> Path:
    """BMO Mastercard's CSV: purchases positive, posted a day or three after."""
    rows = []
    for n, (day, text, amount) in enumerate(sorted(lines), 1):
        posted = day + timedelta(days=1 if day.weekday() < 4 else 3)
        purchase = -Decimal(amount)
        rows.append(f"{n},'5191230567984561',{day:%Y%m%d},{posted:%Y%m%d},{purchase:.2f},{text}")
    head = (
        f"Following data is valid as of {as_of:%Y%m%d}0942432:\n\n"
        "Item #,Card #,Transaction Date,Posting Date,Transaction Amount,Description\n"
    )
    path.write_text(head + "\n".join(rows) + "\n", newline="")
    return path


def write_wechat(path: Path, lines: list[AppLine], first: date, last: date) -> Path:
    """微信支付账单明细: its preamble, then the newest line first."""
    head = [
        "微信支付账单明细,,,,,,,,,,",
        "微信昵称：[林晓],,,,,,,,,,",
        f"起始时间：[{first} 00:00:00] 终止时间：[{last} 23:59:59],,,,,,,,,,",
        "导出类型：[全部],,,,,,,,,,",
        f"导出时间：[{last + timedelta(days=1)} 21:14:03],,,,,,,,,,",
        ",,,,,,,,,,",
        f"共{len(lines)}笔记录,,,,,,,,,,",
        "----------------------微信支付账单明细列表--------------------,,,,,,,,,,",
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注",
    ]
    rows = []
    for i, (day, (kind, party, goods), amount) in reversed(list(enumerate(sorted(lines)))):
        value = Decimal(amount)
        status = "已存入零钱" if value > 0 else "朋友已收钱"
        rows.append(
            f"{day} {9 + i % 12:02d}:{i * 13 % 60:02d}:07,{kind},{party},{goods},"
            f"{'收入' if value > 0 else '支出'},¥{abs(value):.2f},{'/' if value > 0 else '零钱'},"
            f"{status},10000498012{day:%Y%m%d}{i:08d}\t,1000049801{day:%Y%m%d}{i:06d}\t,/"
        )
    path.write_text("\n".join(head + rows) + "\n", encoding="utf-8", newline="")
    return path


def write_alipay(path: Path, lines: list[tuple[date, tuple[str, str, str, str], str]]) -> Path:
    """支付宝交易明细 in GB18030: (day, (分类, 对方, 商品说明, 收/支), amount)."""
    head = [
        "-" * 84,
        "导出信息：",
        "姓名：林晓",
        "支付宝账户：linxiao***@163.com",
        f"共{len(lines)}笔记录",
        "",
        "-" * 24 + "支付宝（中国）网络技术有限公司  电子客户回单" + "-" * 24,
        "交易时间            ,交易分类                ,交易对方                "
        ",对方账号                ,商品说明                ,收/支                 "
        ",金额                  ,收/付款方式              ,交易状态                "
        ",交易订单号     ,商家订单号           ,备注                  ,",
    ]
    rows = []
    for i, (day, (kind, party, goods, way), amount) in reversed(list(enumerate(sorted(lines)))):
        status = "退款成功" if kind == "退款" else "交易成功"
        rows.append(
            f"{day} {10 + i % 11:02d}:{i * 17 % 60:02d}:00 ,{kind},{party},/,{goods},{way},"
            f"{abs(Decimal(amount)):.2f},招商银行信用卡(6021),{status},"
            f"2025{day:%m%d}22001{i:09d}\t,T200P{day:%Y%m%d}{i:07d}\t,,"
        )
    path.write_bytes(("\r\n".join(head + rows) + "\r\n").encode("gb18030"))
    return path
