"""Statements with times of day, written as the files a user downloads and imported the way the
app does: a US checking account's monthly OFX (``DTPOSTED`` such as ``20261103023000``) and an
Alipay 支付宝 export (GBK, ``交易时间`` with seconds). Used by the flagged-activity tests and
``python -m bench flagged``."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.households.generator import month_starts, on_day
from tests.importers.ofxgen import Line, statement_ofx


@dataclass(frozen=True)
class Entry:
    """One statement line: money in positive, out negative."""

    posted: date
    amount: Decimal
    payee: str
    at: time | None = None
    memo: str = ""
    kind: str = ""  # the wallet's 交易分类, e.g. 转账红包


def _ofx_line(n: int, e: Entry) -> Line:
    when = f"{e.at:%H%M%S}[-5:EST]" if e.at is not None else ""
    return Line(e.posted, f"{e.amount}", e.payee, f"{e.posted:%Y%m%d}{n:06d}", e.memo, when)


def checking_ofx(entries: Sequence[Entry], account: str, balance: Decimal, end: date) -> str:
    lines = [_ofx_line(n, e) for n, e in enumerate(entries)]
    return statement_ofx(lines, account=account, ledger=(f"{balance}", end))


def alipay_csv(entries: Sequence[Entry], start: date, end: date) -> bytes:
    """An Alipay 支付宝 transaction export: a preamble, then newest first."""
    pre = [
        "-" * 84,
        "导出信息：",
        "姓名：李娜",
        "支付宝账户：lina***@126.com",
        f"起始时间：[{start:%Y-%m-%d} 00:00:00]    终止时间：[{end:%Y-%m-%d} 23:59:59]",
        "导出交易类型：[全部]",
        f"共{len(entries)}笔记录",
        "-" * 24 + "支付宝（中国）网络技术有限公司  电子客户回单" + "-" * 24,
    ]
    out = io.StringIO()
    out.write("\n".join(pre) + "\n")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(
        [
            "交易时间",
            "交易分类",
            "交易对方",
            "对方账号",
            "商品说明",
            "收/支",
            "金额",
            "收/付款方式",
            "交易状态",
            "交易订单号",
            "商家订单号",
            "备注",
            "",
        ]
    )
    numbered = sorted(enumerate(entries), key=lambda ne: (ne[1].posted, ne[1].at or time(0)))
    for n, e in reversed(numbered):
        at = e.at or time(0)
        order = f"{e.posted:%Y%m%d}22001404{n:07d}{e.posted:%m%d}"
        w.writerow(
            [
                f"{e.posted:%Y-%m-%d} {at:%H:%M:%S}",
                e.kind or "日用百货",
                e.payee,
                "",
                e.memo,
                "支出" if e.amount < 0 else "收入",
                f"{abs(e.amount)}",
                "余额宝" if e.amount < 0 else "",
                "交易成功",
                order,
                "",
                "",
                "",
            ]
        )
    return out.getvalue().encode("gb18030")


def write_months(
    folder: Path,
    entries: Sequence[Entry],
    *,
    wallet: bool = False,
    account: str = "000447120331",
    opening: Decimal = Decimal("6200.00"),
) -> list[Path]:
    """One statement a month from the first entry's month to the last's: OFX for a checking
    account, a 支付宝 export for the wallet."""
    folder.mkdir(parents=True, exist_ok=True)
    days = [e.posted for e in entries]
    balance, paths = opening, []
    for m in month_starts(min(days), max(days)):
        end = min(on_day(m, 31), max(days))
        rows = [e for e in entries if m <= e.posted <= end]
        balance += sum((e.amount for e in rows), Decimal(0))
        if wallet:
            path = folder / f"alipay_record_{m:%Y%m%d}_{end:%Y%m%d}.csv"
            path.write_bytes(alipay_csv(rows, m, end))
        else:
            path = folder / f"Statement_{account[-4:]}_{m:%Y-%m}.ofx"
            path.write_text(checking_ofx(rows, account, balance, end), encoding="ascii")
        paths.append(path)
    return paths


def import_months(store: Store, paths: Sequence[Path]) -> None:
    """Each month imported on its own, as the user downloads it."""
    for path in paths:
        result = import_files(store, [path])
        assert not result.failed, result.failed
