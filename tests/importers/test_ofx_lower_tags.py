"""Tags in lower case are found wherever they stand, though the whole file is no longer searched.

The reader looks for a tag in lower case only where the records it cut could hold one (the
text around the transactions, each ``<STMTTRN>``, the records not in the usual shape); each
case below writes one tag in lower case in one such place and compares what the user is told,
and the lines read, with the plain search of the whole text.
"""

from __future__ import annotations

import pytest

from finapp.importers.ofx import read_ofx
from finapp.importers.ofx_clean import body_start, decode_ofx
from finapp.importers.ofx_reading import parse_ofx
from finapp.importers.ofx_repairs import markup_repairs

_RECORDS = [
    "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260105<TRNAMT>-4.50<FITID>A1<NAME>Coffee</STMTTRN>",
    "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260106<TRNAMT>-12.00<FITID>A2<NAME>Books"
    "<MEMO>paperback</STMTTRN>",
    "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260107<TRNAMT>100.00<FITID>A3<NAME>Pay</STMTTRN>",
]
_PLAIN = (
    "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nENCODING:USASCII\nCHARSET:1252\n\n"
    "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
    "<DTSERVER>20260110<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>"
    "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>"
    "<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>1234<ACCTTYPE>CHECKING</BANKACCTFROM>"
    "<BANKTRANLIST><DTSTART>20260101<DTEND>20260110\n"
    + "\n".join(_RECORDS)
    + "\n</BANKTRANLIST><LEDGERBAL><BALAMT>83.50<DTASOF>20260110</LEDGERBAL>"
    "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
)


def _lines(data: bytes) -> list[object]:
    """The lines a user sees, every field of them."""
    return [s.transactions for s in read_ofx("x.ofx", data).statements]


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("<CURDEF>", "<curdef>"),  # around the transactions
        ("</BANKACCTFROM>", "</BankAcctFrom>"),
        ("<STMTTRN><TRNTYPE>CREDIT", "<stmttrn><TRNTYPE>CREDIT"),  # a usual record's opening
        ("<FITID>A2", "<fitid>A2"),  # inside a record, which is then not in the usual shape
        ("<MEMO>paperback</STMTTRN>", "<MEMO>paperback</stmttrn>"),
        ("<NAME>Pay</STMTTRN>", "<NAME>Pay</STMTTRN  ><memo  >"),
        ("<DTEND>20260110", "<DTEND>20260110< dtend >"),
        ("<CURDEF>", "<CURDEF>"),  # none at all
    ],
)
def test_a_lower_case_tag_is_said_as_the_whole_search_finds_it(upper: str, lower: str) -> None:
    assert upper in _PLAIN
    text = _PLAIN.replace(upper, lower, 1)
    data = text.encode()
    body = decode_ofx(data)[body_start(decode_ofx(data)) :]
    expected = [r for r in markup_repairs(body)[0] if r.code == "ofx.lower_tags"]
    said = [r for r in parse_ofx(data).repairs if getattr(r, "code", "") == "ofx.lower_tags"]
    assert said == expected
    assert bool(expected) == (upper != lower)
    assert _lines(data) == _lines(_PLAIN.encode())
