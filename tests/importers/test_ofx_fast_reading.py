"""Reading records straight from their texts gives exactly what ofxparse gives record by record.

An ordinary ``<STMTTRN>`` is read from its raw texts (:mod:`finapp.importers.ofx_lines`) with
each distinct date, amount and type read once; the reference here hands every record to
ofxparse's ``parseTransaction`` instead, as finapp read them all before. The generated files
vary what banks vary: SGML and XML, LF and CRLF, lower-case tags, fields out of order, NAME
missing or empty (the payee in MEMO), amounts with a decimal comma or a plus sign, escaped
text, check numbers and user dates, records never closed, several bank and card statements,
Chinese payees in UTF-8 and GB18030, and the same texts repeated (where the caches answer).
"""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from finapp.importers.base import ParsedTransaction
from finapp.importers.ofx import read_ofx
from finapp.importers.ofx_clean import body_start, decode_ofx, split_statement_records
from finapp.importers.ofx_lines import ofxparse_line, transactions
from finapp.importers.ofx_reading import OfxReadError, _decimal_comma, _parse_record
from finapp.importers.ofx_records import Record, _fields, _record
from finapp.importers.ofx_repairs import markup_repairs

_PAYEES = [
    "AMZN Mktp US*2K4RT1",
    "AT&amp;T *BILL",
    "支付宝-盒马鲜生",
    "WHOLEFDS MKT #10234",
    " 美团外卖 ",
]
_AMOUNTS = ["-12.50", "42", "-0.99", "+7.25", "-1,50", "1300.00", " -8.10 ", "-1234567.891"]
_DATES = ["20240105", "20240105120000[-5:EST]", "20240229235959.123[-8:PST]", "20231231000000"]
_RECORD = st.fixed_dictionaries(
    {
        "TRNTYPE": st.sampled_from(["DEBIT", "CREDIT", "POS", "Xfer"]),
        "DTPOSTED": st.sampled_from(_DATES),
        "TRNAMT": st.sampled_from(_AMOUNTS),
        "FITID": st.text(alphabet="AB12&;", min_size=0, max_size=5),
        "NAME": st.one_of(st.none(), st.just(""), st.sampled_from(_PAYEES)),
        "MEMO": st.one_of(st.none(), st.sampled_from([*_PAYEES, "REF 1", ""])),
    },
    optional={
        "CHECKNUM": st.just("1043"),
        "DTUSER": st.just("20240104"),
        "SIC": st.just("5411"),
    },
)


@st.composite
def _statements(draw: st.DrawFn) -> tuple[bytes, str, list[list[int]]]:
    """A file, its encoding, and per statement the lines where each ``<STMTTRN>`` stands."""
    xml, newline = draw(st.booleans()), draw(st.sampled_from(["\n", "\r\n"]))
    lower, shuffled = draw(st.booleans()), draw(st.booleans())
    encoding = draw(st.sampled_from(["utf-8", "gb18030"]))
    open_records = not xml and draw(st.booleans())
    out, kinds = [], draw(st.lists(st.sampled_from(["STMTRS", "CCSTMTRS"]), min_size=1, max_size=3))
    for n, kind in enumerate(kinds):
        records = []
        for fields in draw(st.lists(_RECORD, min_size=1, max_size=8)):
            items = [(tag, value) for tag, value in fields.items() if value is not None]
            if shuffled:
                items = draw(st.permutations(items))
            body = "".join(f"<{t}>{v}</{t}>" if xml else f"<{t}>{v}" for t, v in items)
            records.append(f"<STMTTRN>{newline}{body}" + ("" if open_records else "</STMTTRN>"))
        account = "<BANKID>1<ACCTID>" if kind == "STMTRS" else "<ACCTID>"
        out.append(
            f"<{kind}><CURDEF>CNY<{'BANK' if kind == 'STMTRS' else 'CC'}ACCTFROM>{account}"
            f"{n}</{'BANK' if kind == 'STMTRS' else 'CC'}ACCTFROM><BANKTRANLIST>"
            f"<DTSTART>20240101<DTEND>20240131{newline}"
            + newline.join(records)
            + f"{newline}</BANKTRANLIST></{kind}>"
        )
    text = (
        f"OFXHEADER:100{newline}DATA:OFXSGML{newline}VERSION:102{newline}"
        f"CHARSET:{'GB18030' if encoding == 'gb18030' else 'NONE'}{newline}{newline}<OFX>"
        "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1"
        + "".join(out)
        + f"</STMTTRNRS></BANKMSGSRSV1></OFX>{newline}"
    )
    if lower:
        text = re.sub(r"</?[A-Z.]+>", lambda m: m.group().lower(), text)
    lines = text.replace("\r\n", "\n").split("\n")
    starts = [i + 1 for i, line in enumerate(lines) if line.upper().startswith("<STMTTRN>")]
    per_statement, it = [], iter(starts)
    for part in out:
        per_statement.append([next(it) for _ in range(part.upper().count("<STMTTRN>"))])
    return text.encode(encoding), encoding, per_statement


_LIST = re.compile(r"<banktranlist>(.*?)</banktranlist>", re.I | re.S)
_OPENING = re.compile(r"<stmttrn>", re.I)


def _by_names(text: str, upper: bool) -> list[list[Record]]:
    """Each statement's records read by their fields' names out of the whole text (each runs
    from its ``<STMTTRN>`` to the next or to the list's end), as finapp read every record
    before: apart from the reading under test, which cuts a usual record's values at once."""
    out = []
    for listing in _LIST.finditer(text):
        cuts = [m.start() for m in _OPENING.finditer(text, *listing.span(1))]
        ends = [*cuts[1:], listing.end(1)]
        texts = [
            (text[at + len("<STMTTRN>") : end], at) for at, end in zip(cuts, ends, strict=True)
        ]
        out.append(
            [_record(_fields(body, upper), text.count("\n", 0, at) + 1) for body, at in texts]
        )
    return out


def _by_ofxparse(data: bytes) -> list[tuple[ParsedTransaction, ...]]:
    """The reference: each record read by ofxparse, as finapp read every record before."""
    text = decode_ofx(data)
    start = body_start(text)
    _said, upper = markup_repairs(text[start:])
    cut = split_statement_records(
        text[start:], first_line=text.count("\n", 0, start) + 1, upper=upper
    )
    _decimal_comma([amount for part in cut.statements for amount in part.amounts()])
    return [
        transactions([ofxparse_line(_parse_record(r), r) for r in records])
        for records in _by_names(text, upper)
    ]


@settings(max_examples=120, deadline=None)
@given(_statements())
def test_the_fast_reading_equals_ofxparse_record_by_record(generated) -> None:  # type: ignore[no-untyped-def]
    data, _encoding, starts = generated
    try:
        parsed = read_ofx("x.ofx", data)
    except OfxReadError as exc:
        refused: tuple[str, int | None] | None = (str(exc), exc.line)
    else:
        refused = None
    try:  # a record ofxparse refuses refuses the file, at the same line, for the same reason
        expected = _by_ofxparse(data)
    except OfxReadError as exc:
        assert (str(exc), exc.line) == refused
        return
    assert refused is None
    # the reference lists statements in the file's order; ofxparse lists bank ones first
    read = {tuple(t.line for t in s.transactions): s.transactions for s in parsed.statements}
    assert sorted(read) == sorted(tuple(lines) for lines in starts)
    assert sorted(read.values(), key=lambda ts: ts[0].line) == sorted(
        expected, key=lambda ts: ts[0].line
    )


def test_repeated_texts_read_alike_wherever_they_stand() -> None:
    """The caches answer for a date, amount or type already read; the answer must be the one
    its first reading gave, in every statement of the file."""
    record = (
        "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105093000<TRNAMT>-3.10<FITID>{n}<NAME>X</STMTTRN>"
    )
    statements = "".join(
        f"<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>{a}</BANKACCTFROM><BANKTRANLIST>"
        "<DTSTART>20240101<DTEND>20240131"
        + "".join(record.format(n=f"{a}-{i}") for i in range(3))
        + "</BANKTRANLIST></STMTRS>"
        for a in ("1", "2")
    )
    data = f"OFXHEADER:100\n\n<OFX><BANKMSGSRSV1><STMTTRNRS>{statements}</STMTTRNRS></BANKMSGSRSV1>"
    parsed = read_ofx("x.ofx", (data + "</OFX>").encode())
    lines = [t for s in parsed.statements for t in s.transactions]
    assert {(t.posted, str(t.amount), t.kind, t.payee) for t in lines} == {
        (date(2024, 1, 5), "-3.10", "debit", "X")
    }
    assert len(lines) == 6
    assert [t.fitid for t in lines] == [f"{a}-{i}" for a in "12" for i in range(3)]


def test_a_record_only_ofxparse_reads_keeps_its_name_and_memo() -> None:
    """A record in the usual shape whose amount only ofxparse reads (written with a plus sign)
    is handed to it by its fields' names: the payee stays the payee and the memo the memo, and
    a record without a name takes its payee from the memo, as any other does."""
    records = (
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240105<TRNAMT>+7.25<FITID>a1"
        "<NAME>REFUND SHOP<MEMO>ORDER 77</STMTTRN>"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240106<TRNAMT>+0.50<FITID>a2"
        "<MEMO>INTEREST PAID</STMTTRN>"
    )
    data = (
        "OFXHEADER:100\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR<BANKACCTFROM>"
        "<BANKID>1<ACCTID>9</BANKACCTFROM><BANKTRANLIST><DTSTART>20240101<DTEND>20240131"
        f"{records}</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>"
    )
    (statement,) = read_ofx("x.ofx", data.encode()).statements
    assert [(t.payee, t.memo, str(t.amount)) for t in statement.transactions] == [
        ("REFUND SHOP", "ORDER 77", "7.25"),
        ("INTEREST PAID", "INTEREST PAID", "0.50"),
    ]
