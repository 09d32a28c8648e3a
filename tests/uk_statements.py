"""A British current account's download as Nationwide writes it, for tests of UK households:
the account named above the header ("FlexDirect ****12345"), "Paid out" and "Paid in" in
pounds, the balance after each line, Windows-1252."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

#: a line: its day, Nationwide's transaction type, the description, and the signed amount
NationwideLine = tuple[date, str, str, str]


def nationwide_csv(folder: Path, lines: list[NationwideLine], opening: str = "3000.00") -> Path:
    """The download of ``lines`` (oldest first), the balance running from ``opening``."""
    balance, rows = Decimal(opening), []
    for day, kind, what, amount in sorted(lines):
        balance += Decimal(amount)
        out, paid_in = ("£" + amount[1:], "") if amount.startswith("-") else ("", "£" + amount)
        rows.append(f'"{day:%d %b %Y}","{kind}","{what}","{out}","{paid_in}","£{balance:,}"')
    head = [
        '"Account Name:","FlexDirect ****12345"',
        f'"Account Balance:","£{balance:,}"',
        f'"Available Balance: ","£{balance:,}"',
        "",
        '"Date","Transaction type","Description","Paid out","Paid in","Balance"',
    ]
    path = folder / "Statement Download 2026-Oct-31 18-02-44.csv"
    path.write_bytes(("\r\n".join([*head, *rows]) + "\r\n").encode("cp1252"))
    return path
