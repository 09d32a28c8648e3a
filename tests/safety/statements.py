"""Statement files made up for the safety tests: large enough to be killed half-way."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

_HEADER = """OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>
<DTSERVER>20240101<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>123<ACCTID>{account}<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>20200101<DTEND>20240101
"""

_FOOTER = """</BANKTRANLIST><LEDGERBAL><BALAMT>100.00<DTASOF>20240101</LEDGERBAL>
</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
"""


def big_ofx(path: Path, count: int, account: str = "9876543210", tag: str = "A") -> Path:
    """An OFX 1 statement of ``count`` distinct transactions (FITIDs and payees prefixed with
    ``tag``: statements of two tags are different transactions, as two banks' statements are,
    never the same statement downloaded again with new ids)."""
    start = date(2020, 1, 1)
    lines = [_HEADER.format(account=account)]
    for i in range(count):
        posted = (start + timedelta(days=i % 1400)).strftime("%Y%m%d")
        lines.append(
            f"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>{posted}<TRNAMT>-{1 + i % 500}.{i % 100:02d}"
            f"<FITID>{tag}{i:08d}<NAME>{tag} SHOP {i % 97}<MEMO>ITEM {i}</STMTTRN>\n"
        )
    lines.append(_FOOTER)
    path.write_text("".join(lines), encoding="ascii")
    return path
