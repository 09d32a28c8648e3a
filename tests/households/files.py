"""A household's statements written as the files a user downloads, and the way back from
finapp's stored transactions to the true lines."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from tests.households.generator import (
    _CHASE_CATEGORY,
    Household,
    Line,
    add_months,
    month_starts,
    on_day,
)
from tests.importers.ofxgen import SGML_HEADER

#: Days after a statement's last day until the user can download it.
AVAILABLE_AFTER = 4


@dataclass(frozen=True)
class StatementFile:
    path: Path
    account: str
    start: date
    end: date

    @property
    def available(self) -> date:
        return self.end + timedelta(days=AVAILABLE_AFTER)


def _sgml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _ofx(
    hh: Household, account: str, start: date, end: date, lines: list[Line], balance: Decimal
) -> str:
    acct = hh.accounts[account]
    rows = []
    for ln in lines:
        kind = "CREDIT" if ln.amount > 0 else "DEBIT"
        if ln.payee.startswith("CHECK #"):
            kind = "CHECK"
        name, memo = ln.payee[:32], ln.payee if len(ln.payee) > 32 else ""
        rows.append(
            f"<STMTTRN><TRNTYPE>{kind}<DTPOSTED>{ln.posted:%Y%m%d}120000[0:GMT]"
            f"<TRNAMT>{ln.amount}<FITID>{ln.fitid}<NAME>{_sgml_text(name)}"
            + (f"<MEMO>{_sgml_text(memo)}" if memo else "")
            + "</STMTTRN>"
        )
    tranlist = (
        f"<BANKTRANLIST><DTSTART>{start:%Y%m%d}<DTEND>{end:%Y%m%d}\n"
        + "\n".join(rows)
        + "\n</BANKTRANLIST>"
    )
    ledger = f"<LEDGERBAL><BALAMT>{balance}<DTASOF>{end:%Y%m%d}120000</LEDGERBAL>"
    signon = (
        "<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        f"<DTSERVER>{end + timedelta(days=AVAILABLE_AFTER):%Y%m%d}080000<LANGUAGE>ENG"
        "<FI><ORG>B1<FID>10898</FI><INTU.BID>10898</SONRS></SIGNONMSGSRSV1>\n"
    )
    if acct.kind == "CREDITCARD":
        body = (
            f"<CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO"
            f"</STATUS><CCSTMTRS><CURDEF>{acct.currency}<CCACCTFROM><ACCTID>{acct.number}"
            f"</CCACCTFROM>\n{tranlist}\n{ledger}</CCSTMTRS></CCSTMTTRNRS>"
            "</CREDITCARDMSGSRSV1>"
        )
    else:
        body = (
            f"<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>"
            f"<STMTRS><CURDEF>{acct.currency}<BANKACCTFROM><BANKID>053000196<ACCTID>"
            f"{acct.number}<ACCTTYPE>{acct.kind}</BANKACCTFROM>\n{tranlist}\n{ledger}"
            "</STMTRS></STMTTRNRS></BANKMSGSRSV1>"
        )
    return SGML_HEADER + "<OFX>\n" + signon + body + "\n</OFX>\n"


def _chase_csv(lines: list[Line]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(
        ["Transaction Date", "Post Date", "Description", "Category", "Type", "Amount", "Memo"]
    )
    for ln in sorted(lines, key=lambda x: (x.posted, x.id), reverse=True):  # newest first
        kind = (
            "Payment"
            if ln.category.startswith("Transfers")
            else ("Return" if ln.amount > 0 else "Sale")
        )
        cat = (
            ""
            if kind == "Payment"
            else _CHASE_CATEGORY.get(
                ln.category, _CHASE_CATEGORY.get(ln.category.split(":")[0], "Shopping")
            )
        )
        w.writerow(
            [
                f"{ln.txn_date:%m/%d/%Y}",
                f"{ln.posted:%m/%d/%Y}",
                ln.csv_payee,
                cat,
                kind,
                f"{ln.amount}",
                "",
            ]
        )
    return out.getvalue()


def _alipay_csv(start: date, end: date, lines: list[Line]) -> bytes:
    pre = [
        "------------------------------------------------------------------------------------",
        "导出信息：",
        "姓名：张伟",
        "支付宝账户：zhang***@163.com",
        f"起始时间：[{start:%Y-%m-%d} 00:00:00]    终止时间：[{end:%Y-%m-%d} 23:59:59]",
        "导出交易类型：[全部]",
        f"共{len(lines)}笔记录",
        "特别提示：",
        "1.本回单内容可表明支付宝受理了相关交易申请，但不代表交易已成功。",
        "-" * 24 + "支付宝（中国）网络技术有限公司  电子客户回单" + "-" * 24,
    ]
    out = io.StringIO()
    for p in pre:
        out.write(p + "\n")
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
    for ln in sorted(lines, key=lambda x: (x.posted, x.id), reverse=True):
        hh, mm = 8 + ln.id % 12, ln.id % 60
        w.writerow(
            [
                f"{ln.posted:%Y-%m-%d} {hh:02d}:{mm:02d}:{(ln.id * 7) % 60:02d}",
                "餐饮美食" if "Food" in ln.category else "日用百货",
                ln.payee,
                "",
                ln.memo,
                "支出" if ln.amount < 0 else "收入",
                f"{abs(ln.amount)}",
                "余额宝",
                "交易成功",
                ln.fitid,
                f"T{ln.fitid[::-1]}",
                "",
                "",
            ]
        )
    return out.getvalue().encode("gb18030")


def _wechat_csv(start: date, end: date, lines: list[Line]) -> bytes:
    pre = [
        "微信支付账单明细,,,,,,,,",
        "微信昵称：[小张],,,,,,,,",
        f"起始时间：[{start:%Y-%m-%d} 00:00:00] 终止时间：[{end:%Y-%m-%d} 23:59:59],,,,,,,,",
        "导出类型：[全部],,,,,,,,",
        f"导出时间：[{end + timedelta(days=AVAILABLE_AFTER):%Y-%m-%d} 10:00:00],,,,,,,,",
        ",,,,,,,,",
        f"共{len(lines)}笔记录,,,,,,,,",
        "收入：0笔 0.00元,,,,,,,,",
        f"支出：{len(lines)}笔 {sum(-ln.amount for ln in lines)}元,,,,,,,,",
        ",,,,,,,,",
        "----------------------微信支付账单明细列表--------------------,,,,,,,,",
    ]
    out = io.StringIO()
    for p in pre:
        out.write(p + "\n")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(
        [
            "交易时间",
            "交易类型",
            "交易对方",
            "商品",
            "收/支",
            "金额(元)",
            "支付方式",
            "当前状态",
            "交易单号",
            "商户单号",
            "备注",
        ]
    )
    for ln in sorted(lines, key=lambda x: (x.posted, x.id), reverse=True):
        kind = "微信红包" if ln.payee == "微信红包" else "商户消费"
        w.writerow(
            [
                f"{ln.posted:%Y-%m-%d} {9 + ln.id % 12:02d}:{ln.id % 60:02d}:00",
                kind,
                ln.payee,
                ln.memo,
                "支出",
                f"¥{abs(ln.amount)}",
                "零钱",
                "支付成功",
                ln.fitid,
                f"{ln.fitid}0",
                "/",
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def write_statements(hh: Household, folder: Path, *, card_csv: bool = True) -> list[StatementFile]:
    """Every statement file of the household, in the order they become available."""
    folder.mkdir(parents=True, exist_ok=True)
    by_account: dict[str, list[Line]] = defaultdict(list)
    for ln in hh.lines:
        by_account[ln.account].append(ln)
    files: list[StatementFile] = []
    for key, acct in hh.accounts.items():
        mine = by_account[key]
        if acct.kind == "wallet":
            # wallets: one export per quarter, the last one up to the data's end
            starts = month_starts(hh.start, hh.end)[::3]
            for s in starts:
                e = min(on_day(add_months(s, 2), 31), hh.end)
                rows = [ln for ln in mine if s <= ln.posted <= e]
                path = folder / f"{key}_{s:%Y%m%d}_{e:%Y%m%d}.csv"
                writer = _alipay_csv if key == "alipay" else _wechat_csv
                path.write_bytes(writer(s, e, rows))
                files.append(StatementFile(path, key, s, e))
            continue
        bal = acct.opening
        for m in month_starts(hh.start, hh.end):
            e = on_day(m, 31)
            rows = [ln for ln in mine if m <= ln.posted <= e]
            bal += sum((ln.amount for ln in rows), Decimal(0))
            path = folder / f"{key}_{m:%Y-%m}.ofx"
            path.write_text(_ofx(hh, key, m, e, rows, bal), encoding="ascii")
            files.append(StatementFile(path, key, m, e))
            if key == "card" and card_csv and m in hh.csv_months:
                last4 = acct.number[-4:]
                cpath = folder / (
                    f"Chase{last4}_Activity{m:%Y%m%d}_{e:%Y%m%d}_"
                    f"{e + timedelta(days=AVAILABLE_AFTER):%Y%m%d}.CSV"
                )
                cpath.write_text(_chase_csv(rows), encoding="utf-8")
                files.append(StatementFile(cpath, key, m, e))
    files.sort(key=lambda f: (f.end, f.path.suffix.lower() != ".ofx", f.path.name))
    return files


class Truth:
    """Finds the true line behind a stored transaction: by FITID (OFX, wallets), else by the
    card CSV's purchase date, amount and payee."""

    def __init__(self, hh: Household) -> None:
        self.hh = hh
        self.by_fitid = {ln.fitid: ln for ln in hh.lines}
        self.by_csv: dict[tuple[date, Decimal, str], list[Line]] = defaultdict(list)
        for ln in hh.lines:
            if ln.account == "card":
                self.by_csv[(ln.txn_date, ln.amount, ln.csv_payee)].append(ln)

    def line(self, txn: object) -> Line | None:
        fitid = getattr(txn, "fitid", None)
        if fitid and fitid in self.by_fitid:
            return self.by_fitid[fitid]
        key = (txn.date, txn.amount, txn.payee)  # type: ignore[attr-defined]
        found = self.by_csv.get(key)
        if not found:
            memo = getattr(txn, "memo", "")
            found = self.by_csv.get((txn.date, txn.amount, memo))  # type: ignore[attr-defined]
        return found[0] if found else None
