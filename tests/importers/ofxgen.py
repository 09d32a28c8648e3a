"""Generate OFX statements (SGML 1.x or XML 2.x) for import tests and the benchmark."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

SGML_HEADER = (
    "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\n"
    "COMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
)
XML_HEADER = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
    '<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>\n'
)


@dataclass(frozen=True)
class Line:
    posted: date
    amount: str
    payee: str
    fitid: str | None = None
    memo: str = ""
    time: str = "120000[-5:EST]"


def _leaf(tag: str, value: str, xml: bool) -> str:
    return f"<{tag}>{value}</{tag}>" if xml else f"<{tag}>{value}"


def statement_ofx(
    lines: Sequence[Line],
    *,
    account: str = "000123456",
    xml: bool = False,
    ledger: tuple[str, date] | None = None,
    available: tuple[str, date] | None = None,
    header: str | None = None,
    newline: str = "\n",
) -> str:
    """A checking-account statement holding ``lines``."""

    def leaf(tag: str, value: str) -> str:
        return _leaf(tag, value, xml)

    txns = []
    for line in lines:
        parts = [
            leaf("TRNTYPE", "DEBIT" if line.amount.startswith("-") else "CREDIT"),
            leaf("DTPOSTED", line.posted.strftime("%Y%m%d") + line.time),
            leaf("TRNAMT", line.amount),
        ]
        if line.fitid is not None:
            parts.append(leaf("FITID", line.fitid))
        parts.append(leaf("NAME", line.payee))
        if line.memo:
            parts.append(leaf("MEMO", line.memo))
        txns.append("<STMTTRN>" + "".join(parts) + "</STMTTRN>")
    days = [line.posted for line in lines] or [date(2024, 1, 1)]
    balances = ""
    for tag, value in (("LEDGERBAL", ledger), ("AVAILBAL", available)):
        if value is not None:
            balances += (
                f"<{tag}>"
                + leaf("BALAMT", value[0])
                + leaf("DTASOF", value[1].strftime("%Y%m%d"))
                + f"</{tag}>"
            )
    body = (
        "<OFX><SIGNONMSGSRSV1><SONRS><STATUS>"
        + leaf("CODE", "0")
        + leaf("SEVERITY", "INFO")
        + "</STATUS>"
        + leaf("DTSERVER", "20240101")
        + leaf("LANGUAGE", "ENG")
        + "</SONRS></SIGNONMSGSRSV1><BANKMSGSRSV1><STMTTRNRS>"
        + leaf("TRNUID", "1")
        + "<STATUS>"
        + leaf("CODE", "0")
        + leaf("SEVERITY", "INFO")
        + "</STATUS><STMTRS>"
        + leaf("CURDEF", "USD")
        + "<BANKACCTFROM>"
        + leaf("BANKID", "121000248")
        + leaf("ACCTID", account)
        + leaf("ACCTTYPE", "CHECKING")
        + "</BANKACCTFROM>"
        + "<BANKTRANLIST>"
        + leaf("DTSTART", min(days).strftime("%Y%m%d"))
        + leaf("DTEND", max(days).strftime("%Y%m%d"))
        + newline
        + newline.join(txns)
        + newline
        + "</BANKTRANLIST>"
        + balances
        + "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>"
        + newline
    )
    head = header if header is not None else (XML_HEADER if xml else SGML_HEADER)
    return head.replace("\n", newline) + body


def history(count: int, start: date = date(2016, 1, 1), seed_payees: int = 300) -> list[Line]:
    """``count`` lines over the years from ``start``, a few per day, unique FITIDs."""
    return [
        Line(
            posted=start + timedelta(days=i * 3650 // max(count, 1)),
            amount=f"-{(i * 7919) % 20000 // 100}.{(i * 7919) % 100:02d}",
            payee=f"MERCHANT {i % seed_payees}",
            fitid=f"F{i:08d}",
            memo=f"CARD PURCHASE {i % 17}",
        )
        for i in range(count)
    ]
