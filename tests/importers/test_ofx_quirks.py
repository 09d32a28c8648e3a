"""OFX files as banks really write them: each quirk imports right, or is refused cleanly."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from finapp.importers.registry import read_statement_file
from finapp.services.imports import import_files
from tests.importers.helpers import balances, counts, rows
from tests.importers.ofxgen import Line, statement_ofx

DAY = date(2024, 3, 5)


def _one(store, path):  # type: ignore[no-untyped-def]
    result = import_files(store, [path])
    assert not result.failed, result.failed
    return result.files[0]


def test_ledger_and_available_balances_are_stored_with_their_dates(store, write) -> None:
    text = statement_ofx(
        [Line(DAY, "-5.00", "CAFE", "A1")],
        ledger=("100.50", DAY),
        available=("90.25", date(2024, 3, 6)),
    )
    _one(store, write("s.ofx", text))
    assert balances(store) == [
        ("available", "2024-03-06", Decimal("90.25")),
        ("ledger", "2024-03-05", Decimal("100.50")),
    ]


def test_missing_header_crlf_and_cr_only_line_ends(store, write) -> None:
    lines = [Line(DAY, "-5.00", "CAFE", "A1"), Line(DAY, "-6.00", "BAR", "A2")]
    for i, (header, newline) in enumerate(
        [("", "\r\n"), ("OFXHEADER: 100\nDATA:OFXSGML\n", "\r"), ("", "\n")]
    ):
        text = statement_ofx(lines, account=f"ACC{i}", header=header, newline=newline)
        assert _one(store, write(f"s{i}.ofx", text)).new == 2
    assert len(rows(store)) == 6


def test_unescaped_ampersand_and_non_ascii_in_either_encoding(store, write) -> None:
    text = statement_ofx([Line(DAY, "-9.99", "AT&T Wireless", "A1", memo="Café crème")])
    cp1252 = write("cp1252.ofx", text.encode("cp1252"))  # header says USASCII/1252
    utf8 = write("utf8.ofx", text.replace("A1", "A2").replace("000123456", "9").encode())
    _one(store, cp1252)
    _one(store, utf8)
    parsed = read_statement_file(utf8).statements[0].transactions[0]
    assert parsed.payee == "AT&T Wireless" and parsed.memo == "Café crème"
    assert read_statement_file(cp1252).statements[0].transactions[0].memo == "Café crème"


def test_utf8_ofx2_that_plain_ofxparse_cannot_decode(write) -> None:
    text = statement_ofx([Line(DAY, "-9.99", "Bäckerei Müller", "A1")], xml=True)
    parsed = read_statement_file(write("x.ofx", text.encode("utf-8")))
    assert parsed.statements[0].transactions[0].payee == "Bäckerei Müller"


def test_time_zone_keeps_the_banks_own_calendar_day(write) -> None:
    late = Line(DAY, "-1.00", "LATE", "A1", time="233000[-5:EST]")
    early = Line(DAY, "-2.00", "EARLY", "A2", time="003000[+10:AEST]")
    parsed = read_statement_file(write("tz.ofx", statement_ofx([late, early])))
    assert [t.posted for t in parsed.statements[0].transactions] == [DAY, DAY]


def test_empty_memo_and_empty_tags_do_not_break_reading(store, write) -> None:
    text = (
        statement_ofx([Line(DAY, "-3.00", "SHOP", "A1")], xml=True)
        .replace("<NAME>SHOP</NAME>", "<NAME>SHOP</NAME><MEMO></MEMO><CHECKNUM></CHECKNUM>")
        .replace("<CURDEF>USD</CURDEF>", "<CURDEF></CURDEF>")
    )
    assert _one(store, write("e.ofx", text)).new == 1
    assert rows(store) == [("2024-03-05", Decimal("-3.00"), "SHOP", "A1")]


def test_duplicate_fitids_inside_one_file(store, write) -> None:
    same = Line(DAY, "-4.00", "COFFEE", "DUP")
    reused = [Line(DAY, "-7.00", "BOOKS", "R"), Line(DAY, "-8.00", "MUSIC", "R")]
    text = statement_ofx([same, same, *reused])
    first = _one(store, write("d.ofx", text))
    # the bank listed one transaction twice; a reused id on different lines is two lines
    assert (first.new, first.duplicates) == (3, 1)
    again = _one(store, write("d2.ofx", text))
    assert (again.new, again.duplicates) == (0, 4)


def test_missing_fitid_falls_back_to_counted_fingerprints(store, write) -> None:
    coffees = [Line(DAY, "-3.50", "COFFEE"), Line(DAY, "-3.50", "COFFEE")]
    assert _one(store, write("a.ofx", statement_ofx(coffees))).new == 2
    more = statement_ofx([*coffees, Line(DAY, "-3.50", "COFFEE")])
    assert (_one(store, write("b.ofx", more)).new) == 1
    assert [r[3] for r in rows(store)] == [None, None, None]


def test_bad_transaction_names_file_and_line_and_writes_nothing(store, write) -> None:
    good = Line(DAY, "-1.00", "OK", "A1")
    text = statement_ofx([good, Line(DAY, "-x1", "BAD", "A2")])
    path = write("bad.ofx", text)
    result = import_files(store, [path])
    error = result.files[0].error
    assert error is not None and "bad.ofx, line 13" in error and "Amount" in error
    assert counts(store) == (0, 0, 0)
    skipped = import_files(store, [path], skip_bad_rows=True).files[0]
    assert skipped.new == 1 and [s.line for s in skipped.skipped] == [13]


def test_truncated_file_is_refused_and_leaves_nothing(store, write) -> None:
    text = statement_ofx([Line(DAY, "-1.00", "A", "A1"), Line(DAY, "-2.00", "B", "A2")])
    result = import_files(store, [write("t.ofx", text[: len(text) * 2 // 3])])
    assert "truncated" in (result.files[0].error or "")
    assert counts(store) == (0, 0, 0)


def test_investment_statement_imports_its_cash_movements(store, corpus) -> None:
    result = _one(store, corpus / "ofx" / "ofxparse__fidelity-savings.ofx")
    assert result.new == 4
    assert sorted(r[1] for r in rows(store)) == [
        Decimal("-1500.00"),
        Decimal("-197.12"),
        Decimal("-197.11"),
        Decimal("115.83"),
    ]


def test_sign_on_and_error_replies_are_refused_with_the_reason(store, corpus) -> None:
    files = [
        "ofxparse__signon_success.ofx",
        "ofxparse__error_message.ofx",
        "ofxparse__account_listing_aggregation.ofx",
    ]
    result = import_files(store, [corpus / "ofx" / f for f in files])
    errors = [f.error or "" for f in result.files]
    assert "reply to a sign-on" in errors[0]
    assert "General Server Error" in errors[1]
    assert "account-list" in errors[2]
    assert counts(store) == (0, 0, 0)


def test_amounts_that_are_no_numbers_are_refused_with_the_line(store, write) -> None:
    for i, amount in enumerate(["Infinity", "NaN", "1E+400"]):
        text = statement_ofx([Line(DAY, "-1.00", "OK", "A1"), Line(DAY, amount, "X", "A2")])
        error = import_files(store, [write(f"n{i}.ofx", text)]).files[0].error or ""
        assert f"n{i}.ofx, line 13: bad transaction" in error
    huge = write("huge.csv", "Date,Description,Amount\n2024-01-01,X,-99999999999999999999\n")
    assert "line 2: amount" in (import_files(store, [huge]).files[0].error or "")
    assert counts(store) == (0, 0, 0)
