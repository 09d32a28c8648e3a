"""招商银行's 一卡通 export as the bank writes it, for tests of a Chinese household's debit card."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

#: a line: its day, signed amount ("-15.00": money out), 交易类型 and 交易备注
CmbLine = tuple[date, str, str, str]


def cmb_debit(folder: Path, lines: list[CmbLine], opening: str = "20000.00") -> Path:
    """The export of ``lines`` (GBK, a tab before each cell, money in under 收入 and out under
    支出, the balance after each line from ``opening``)."""
    rows = [
        "# 招商银行交易记录",
        "# 帐    号: [6214********5566]",
        "",
        "交易日期,交易时间,收入,支出,余额,交易类型,交易备注",
    ]
    balance = Decimal(opening)
    for day, amount, kind, memo in lines:
        balance += Decimal(amount)
        money_in, money_out = ("", amount[1:]) if amount.startswith("-") else (amount, "")
        rows.append(
            f'"\t{day:%Y%m%d}","\t10:00:00","{money_in}","{money_out}","\t{balance}",'
            f'"\t{kind}","\t{memo}"'
        )
    path = folder / "CMB_6214xxxx5566_20261101.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("gbk"))
    return path
