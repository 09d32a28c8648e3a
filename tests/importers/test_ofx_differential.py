"""The linear OFX path reads exactly what plain ofxparse reads, on every corpus file.

A bank or card statement's lines are finapp's (:mod:`finapp.importers.ofx_lines`), compared with
what plain ofxparse reads of each transaction as finapp keeps it: the bank's own day (the first
eight digits of DTPOSTED, which ofxparse shifts to UTC) and time, the amount, the payee (MEMO
when NAME is empty), memo, FITID and type. An investment statement's transactions stay
ofxparse's and are compared field by field.
"""

from __future__ import annotations

import html
import io
import re
import warnings
from dataclasses import replace
from datetime import date
from pathlib import Path

import ofxparse
import pytest
from bs4 import XMLParsedAsHTMLWarning
from bs4.dammit import EntitySubstitution
from hypothesis import given, settings
from hypothesis import strategies as st

from finapp.importers.ofx_lines import transactions
from finapp.importers.ofx_reading import OfxReadError, parse_ofx
from finapp.importers.time_of_day import ofx_time, real_times
from tests.conftest import CORPUS
from tests.importers.ofxgen import SGML_HEADER, Line, history, statement_ofx

FIELDS = ("payee", "type", "date", "user_date", "amount", "id", "memo", "sic", "mcc", "checknum")
BALANCES = (
    "balance",
    "balance_date",
    "available_balance",
    "available_balance_date",
    "currency",
    "start_date",
    "end_date",
)


class _PlainKeepingDates(ofxparse.OfxParser):
    """Plain ofxparse that also keeps each transaction's DTPOSTED as written, from its own tree."""

    @classmethod
    def parseTransaction(cls, txn_ofx):  # type: ignore[no-untyped-def]
        txn = super().parseTransaction(txn_ofx)
        txn.written_posted = str(txn_ofx.find("dtposted").contents[0])
        return txn


def _plain(data: bytes) -> ofxparse.Ofx | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        # ofxparse still calls bs4's old camelCase names (findAll), which bs4 marks deprecated
        warnings.filterwarnings(
            "ignore", "Call to deprecated method", DeprecationWarning, module="ofxparse"
        )
        try:
            return _PlainKeepingDates.parse(io.BytesIO(data))
        except Exception:  # plain ofxparse fails on some corpus files; those are not compared
            return None


def _txn(t: object) -> dict:
    return {f: getattr(t, f, None) for f in FIELDS} | {
        f: getattr(t, f, None) for f in ("tradeDate", "settleDate", "total", "units")
    }


def _kept(txns: list[ofxparse.Transaction]) -> list[tuple]:
    """What finapp keeps of each of a statement's transactions as plain ofxparse read them."""
    written = [t.written_posted.strip() for t in txns]
    times = real_times([ofx_time(w) for w in written])
    return [
        (
            date(int(w[:4]), int(w[4:6]), int(w[6:8])),
            when,
            t.amount,
            t.payee.strip() or t.memo.strip(),
            t.memo.strip(),
            t.id.strip() or None,
            t.type,
        )
        for t, w, when in zip(txns, written, times, strict=True)
    ]


def _lines(statement: object) -> list[tuple]:
    return [
        (t.posted, t.time, t.amount, t.payee, t.memo, t.fitid, t.kind)
        for t in transactions(statement.lines)  # type: ignore[attr-defined]
    ]


def assert_same_as_plain(data: bytes) -> int:
    plain = _plain(data)
    assert plain is not None
    ours = parse_ofx(data).ofx
    assert len(ours.accounts) == len(plain.accounts)
    compared = 0
    for mine, theirs in zip(ours.accounts, plain.accounts, strict=True):
        assert (mine.account_id, mine.type) == (theirs.account_id, theirs.type)
        if theirs.statement is None:
            continue
        for attr in BALANCES:
            assert getattr(mine.statement, attr, None) == getattr(theirs.statement, attr, None)
        if mine.type == ofxparse.AccountType.Investment:
            mine_txns = [_txn(t) for t in mine.statement.transactions]
            assert mine_txns == [_txn(t) for t in theirs.statement.transactions]
        else:
            assert not mine.statement.transactions  # all of them are its lines
            mine_txns = _lines(mine.statement)
            assert mine_txns == _kept(theirs.statement.transactions)
        compared += len(mine_txns)
    return compared


CORPUS_OFX = sorted((CORPUS / "ofx").glob("*.ofx"))
#: The files plain ofxparse reads (the others are refused or repaired: see test_ofx_quirks).
READABLE = [p for p in CORPUS_OFX if _plain(p.read_bytes()) is not None]


def test_plain_ofxparse_reads_most_of_the_corpus() -> None:
    assert len(READABLE) == len(CORPUS_OFX) - 4  # 3 malformed on purpose, 1 with empty tags


@pytest.mark.parametrize("path", READABLE, ids=[p.name for p in READABLE])
def test_corpus_file_reads_as_plain_ofxparse(path: Path) -> None:
    assert_same_as_plain(path.read_bytes())


@pytest.mark.parametrize("xml", [False, True], ids=["sgml", "xml"])
def test_generated_statement_reads_as_plain_ofxparse(xml: bool) -> None:
    lines = [*history(300), Line(history(1)[0].posted, "-1.00", "AT&amp;T", "X1", "memo")]
    data = statement_ofx(lines, xml=xml, ledger=("10.00", lines[0].posted)).encode()
    assert assert_same_as_plain(data) == 301


#: "&" and the name after it, as BeautifulSoup's html.parser reads an entity reference
_ENTITY = re.compile(r"&([A-Za-z][-.A-Za-z0-9]*)")


def _read_alike(text: str) -> bool:
    """Whether plain ofxparse reads ``text`` as a statement's text: BeautifulSoup resolves any
    of HTML 5's two thousand names written without its ";" ("B&DD HARDWARE" is "Bⅅ HARDWARE"
    there), where finapp resolves the references OFX files use (``&amp;``, a bare ``&GT``) as
    :func:`html.unescape` does and keeps the rest as written
    (:func:`test_an_ampersand_before_letters_stays_as_the_bank_wrote_it`)."""
    return all(
        found.group(1) not in EntitySubstitution.HTML_ENTITY_TO_CHARACTER
        or html.unescape(found.group()) != found.group()
        for found in _ENTITY.finditer(text)
    )


# No "#": plain ofxparse's html.parser reads a dangling "&#" as the start of a character
# reference and swallows the rest of the document into that field (finapp reads "&#").
_TEXT = st.text(
    alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz0123456789 &*-.,'éüñÇ", min_size=1, max_size=24
).filter(lambda t: t.strip() != "" and _read_alike(t))
_LINE = st.builds(
    Line,
    posted=st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31)),
    amount=st.decimals(min_value=-99999, max_value=99999, places=2).map(str),
    payee=_TEXT,
    fitid=st.one_of(st.none(), st.text(alphabet="ABC123", min_size=1, max_size=6)),
    memo=st.one_of(st.just(""), _TEXT),
    time=st.sampled_from(["", "120000", "235959[-5:EST]", "000000[+10:AEST]", "083000.123[0:GMT]"]),
)


@settings(max_examples=40, deadline=None)
@given(
    lines=st.lists(_LINE, min_size=1, max_size=12),
    xml=st.booleans(),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_any_generated_statement_reads_as_plain_ofxparse(lines, xml, newline) -> None:  # type: ignore[no-untyped-def]
    # plain ofxparse requires a FITID on every line; the missing-FITID case is in test_ofx_quirks
    lines = [line if line.fitid else replace(line, fitid="X") for line in lines]
    if xml:  # plain ofxparse decodes OFX 2 as ASCII whatever its XML declaration says
        lines = [replace(x, payee=_ascii(x.payee), memo=_ascii(x.memo)) for x in lines]
    data = statement_ofx(lines, xml=xml, newline=newline).encode("cp1252")
    assert assert_same_as_plain(data) == len(lines)


def _ascii(text: str) -> str:
    return text.encode("ascii", "replace").decode("ascii")


def test_an_ampersand_before_letters_stays_as_the_bank_wrote_it() -> None:
    texts = ("B&DD HARDWARE", "AT&amp;T", "AT&T", "BED BATH &amp BEYOND", "R&D&ac WORKS")
    lines = [Line(date(2026, 3, 2), "-9.99", text, f"F{i}", text) for i, text in enumerate(texts)]
    statement = parse_ofx(statement_ofx(lines).encode()).ofx.accounts[0].statement
    read = [(t.payee, t.memo) for t in transactions(statement.lines)]
    shown = ["B&DD HARDWARE", "AT&T", "AT&T", "BED BATH & BEYOND", "R&D&ac WORKS"]
    assert read == [(text, text) for text in shown]


def test_card_and_bank_statements_in_one_file_keep_their_own_lines() -> None:
    def txn(fitid: str, amount: str, name: str) -> str:
        return (
            f"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>{amount}<FITID>{fitid}"
            f"<NAME>{name}</STMTTRN>"
        )

    card = (
        "<CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>2<CCSTMTRS><CURDEF>USD<CCACCTFROM>"
        "<ACCTID>4111</CCACCTFROM><BANKTRANLIST><DTSTART>20240101<DTEND>20240131"
        + txn("C1", "-20.00", "CARD SHOP")
        + "</BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS>"
        "</CREDITCARDMSGSRSV1>"
    )
    bank = (
        "<BANKMSGSRSV1>"
        + "".join(
            f"<STMTTRNRS><TRNUID>1<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>{acct}"
            "<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST><DTSTART>20240101<DTEND>20240131"
            + "".join(txn(f"{acct}-{i}", f"-{i}.00", f"SHOP {acct}") for i in range(1, n + 1))
            + "</BANKTRANLIST><LEDGERBAL><BALAMT>5.00<DTASOF>20240131</LEDGERBAL></STMTRS>"
            "</STMTTRNRS>"
            for acct, n in (("111", 2), ("222", 3))
        )
        + "</BANKMSGSRSV1>"
    )
    data = (SGML_HEADER + "<OFX>" + card + bank + "</OFX>").encode()
    assert assert_same_as_plain(data) == 6
    accounts = parse_ofx(data).accounts
    assert [(a.account_id, [line[3] for line in _lines(a.statement)]) for a in accounts] == [
        ("111", ["SHOP 111"] * 2),
        ("222", ["SHOP 222"] * 3),
        ("4111", ["CARD SHOP"]),
    ]


def _one_statement(records: list[str]) -> bytes:
    return (
        SGML_HEADER + "<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STMTRS><CURDEF>USD"
        "<BANKACCTFROM><BANKID>1<ACCTID>111<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST>"
        "<DTSTART>20240101<DTEND>20240131\n" + "\n".join(records) + "\n</BANKTRANLIST>"
        "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>"
    ).encode()


def _record(i: int, amount: str, extra: str = "", name: str = "SHOP") -> str:
    return (
        f"<STMTTRN><TRNTYPE>Debit <DTPOSTED>20240105120000[-5:EST]<TRNAMT>{amount}"
        f"<FITID> F{i} {extra}<NAME>{name}</STMTTRN>"
    )


def test_lines_ofxparse_reads_its_own_way_read_as_plain_ofxparse() -> None:
    """Ordinary lines are read without ofxparse's per-field lookups; every other shape (a
    user date, an SIC code, a check number, amounts it rewrites, escaped text, missing
    fields) must still come out exactly as plain ofxparse reads it."""
    shapes = [
        ("-12.50", ""),
        ("12", ""),
        ("-0.00", ""),
        ("+12.50", ""),
        ("-1,250.00", ""),
        ("-1.250,00", ""),
        ("-12,50", ""),
        ("- 12.50", ""),
        ("  -12.50  ", ""),
        (".50", ""),
        ("-12.50", "<DTUSER>20240104"),
        ("-12.50", "<SIC>5411"),
        ("-12.50", "<SIC>9999"),
        ("-12.50", "<CHECKNUM>1043"),
        ("-12.50", "<MEMO>A &amp; B"),
        ("-12.50", "<MEMO>"),
        ("1E+2", ""),
        ("-12.50", "<DTUSER>00000000"),
    ]
    records = [_record(i, amount, extra) for i, (amount, extra) in enumerate(shapes)]
    records += [
        _record(90, "-3.00", name="AT&amp;T"),
        "<STMTTRN><DTPOSTED>20240105<TRNAMT>-4.00<FITID>F91<NAME>X</STMTTRN>",
        "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-5.00<FITID>R&amp;D<NAME>X</STMTTRN>",
    ]
    assert assert_same_as_plain(_one_statement(records)) == len(records)


def test_an_amount_padded_past_the_limit_is_still_refused() -> None:
    data = _one_statement([_record(1, "-12.50" + " " * 70)])
    with pytest.raises(OfxReadError, match="too long"):
        parse_ofx(data)
