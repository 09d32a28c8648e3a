"""A transaction list is cut whole up to its ``</BANKTRANLIST>`` only when nothing ends it sooner.

The walk over an OFX's structure jumps from a list's start to its end tag when the records
between show none of the tags it looks for. Each case leaves one list open in a file with a
second, closed list further on (so an end tag is there to jump to) and compares what a user is
told and the lines read with the same file whose list is closed where it ends.
"""

from __future__ import annotations

import pytest

from finapp.importers.ofx import read_ofx
from finapp.importers.ofx_reading import parse_ofx

_HEAD = (
    "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nENCODING:USASCII\nCHARSET:1252\n\n"
    "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
    "<DTSERVER>20260110<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1><BANKMSGSRSV1>\n"
)


def _record(fitid: str, day: int, usual: bool = True) -> str:
    fields = ["<TRNTYPE>DEBIT", f"<DTPOSTED>202601{day:02d}", "<TRNAMT>-4.50", f"<FITID>{fitid}"]
    if not usual:  # out of OFX's order: read by its names
        fields[1], fields[2] = fields[2], fields[1]
    return "<STMTTRN>" + "".join(fields) + f"<NAME>Shop {fitid}</STMTTRN>\n"


def _statement(account: str, records: str, list_end: str) -> str:
    return (
        f"<STMTTRNRS><TRNUID>{account}<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS>"
        f"<CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>{account}<ACCTTYPE>CHECKING</BANKACCTFROM>"
        f"<BANKTRANLIST><DTSTART>20260101<DTEND>20260110\n{records}{list_end}"
        "<LEDGERBAL><BALAMT>0<DTASOF>20260110</LEDGERBAL></STMTRS></STMTTRNRS>\n"
    )


def _file(first_records: str, first_end: str) -> bytes:
    second = _record("B1", 8) + _record("B2", 9)
    return (
        _HEAD
        + _statement("111", first_records, first_end)
        + _statement("222", second, "</BANKTRANLIST>")
        + "</BANKMSGSRSV1></OFX>\n"
    ).encode()


@pytest.mark.parametrize(
    "first_records",
    [
        _record("A1", 5) + _record("A2", 6),  # records in the usual shape
        _record("A1", 5) + _record("A2", 6, usual=False),  # the last one read by its names
        _record("A1", 5, usual=False) + _record("A2", 6),
        "",  # a list without records
    ],
)
@pytest.mark.parametrize("early_end", ["", "</banktranlist>"])
def test_a_list_left_open_ends_where_the_next_tag_ends_it(
    first_records: str, early_end: str
) -> None:
    """``early_end`` "" leaves the first list open (a repair says it was closed at
    ``<LEDGERBAL>``); ``</banktranlist>`` closes it in lower case, which the jump, looking
    for the tag as OFX writes it, must not pass over."""
    closed = _file(first_records, "</BANKTRANLIST>")
    tried = _file(first_records, early_end)
    lines = [s.transactions for s in read_ofx("x.ofx", tried).statements]
    assert lines == [s.transactions for s in read_ofx("x.ofx", closed).statements]
    codes = [getattr(r, "code", "") for r in parse_ofx(tried).repairs]
    unclosed = "ofx.unclosed_of" in codes
    assert unclosed == (early_end == "")
    assert ("ofx.lower_tags" in codes) == (early_end != "")
