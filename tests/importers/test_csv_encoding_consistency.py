"""A CSV file is read in one encoding: a line in another is refused or listed, never mojibake."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from finapp.errors import StatementError
from finapp.importers.csv import read_csv
from finapp.importers.csv.reader import RowProblem
from finapp.importers.registry import read_statement_file

HEAD = "Date,Payee,Amount\n2024-03-01,Café Olé,-1.00\n".encode()
LATIN1_LINE = "2024-03-02,Crème brûlée,-2.00\n".encode("latin-1")
TAIL = "2024-03-03,Bäckerei,-3.00\n2024-03-04,Señor Taco,-4.00\n".encode()


def test_a_latin1_line_in_a_utf8_file_is_refused_with_its_line() -> None:
    with pytest.raises(RowProblem) as caught:
        read_csv("mixed.csv", HEAD + LATIN1_LINE + TAIL)
    assert caught.value.line == 3
    assert "this line is not UTF-8 while the rest of the file is" in caught.value.reason


def test_the_refusal_reaches_the_user_naming_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(HEAD + LATIN1_LINE + TAIL)
    with pytest.raises(StatementError, match=r"mixed\.csv, line 3: this line is not UTF-8.*co"):
        read_statement_file(path)


def test_with_skip_bad_rows_the_stray_line_is_listed_and_the_rest_read_exactly() -> None:
    parsed = read_csv("mixed.csv", HEAD + LATIN1_LINE + TAIL, skip_bad_rows=True)
    txns = parsed.statements[0].transactions
    assert [t.payee for t in txns] == ["Café Olé", "Bäckerei", "Señor Taco"]
    assert [t.amount for t in txns] == [Decimal("-1.00"), Decimal("-3.00"), Decimal("-4.00")]
    assert [(s.line, "not UTF-8" in s.reason) for s in parsed.skipped] == [(3, True)]


def test_a_stray_line_in_a_utf8_file_with_a_bom_is_refused_too() -> None:
    with pytest.raises(RowProblem) as caught:
        read_csv("bom.csv", b"\xef\xbb\xbf" + HEAD + LATIN1_LINE + TAIL)
    assert caught.value.line == 3


def test_a_stray_header_line_refuses_the_file_even_when_skipping_rows() -> None:
    header = "Datum,Empfänger,Betrag\n".encode("latin-1")
    rows = "2024-03-01,Café,-1.00\n2024-03-02,Bäckerei,-2.00\n".encode()
    with pytest.raises(RowProblem) as caught:
        read_csv("head.csv", header + rows, skip_bad_rows=True)
    assert caught.value.line == 1


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "gb18030"])
def test_a_file_wholly_in_another_encoding_still_reads(encoding: str) -> None:
    chinese = encoding == "gb18030"
    payees = ["美团", "滴滴出行", "超市"] if chinese else ["Café", "Crème", "Bäckerei"]
    text = "Date,Payee,Amount\n" + "".join(
        f"2024-03-0{i + 1},{p},-{i + 1}.00\n" for i, p in enumerate(payees)
    )
    parsed = read_csv("whole.csv", text.encode(encoding))
    assert [t.payee for t in parsed.statements[0].transactions] == payees


def test_a_gbk_export_with_a_line_that_happens_to_be_valid_utf8_still_reads() -> None:
    lucky = "模".encode("gb18030")  # C4 A3: also valid UTF-8 ("ģ") by chance
    text = (
        "交易时间,交易对方,金额\n".encode("gb18030")
        + b"2024-03-01,"
        + lucky
        + b",-1.00\n"
        + "2024-03-02,美团外卖,-2.00\n2024-03-03,滴滴出行,-3.00\n".encode("gb18030")
    )
    parsed = read_csv("gbk.csv", text)
    payees = [t.payee for t in parsed.statements[0].transactions]
    assert payees == [lucky.decode("gb18030"), "美团外卖", "滴滴出行"]


@pytest.mark.parametrize("name", ["csv/double-entry-generator__alipay.csv"])
def test_the_gbk_alipay_export_still_imports(name: str, corpus: Path) -> None:
    parsed = read_statement_file(corpus / name)
    assert sum(len(s.transactions) for s in parsed.statements) > 0
    assert not any("\ufffd" in t.payee for s in parsed.statements for t in s.transactions)


def test_a_utf8_line_in_a_latin1_file_is_refused_rather_than_garbled() -> None:
    latin = "Date,Payee,Amount\n2024-03-01,Café,-1.00\n2024-03-02,Crème,-2.00\n".encode("cp1252")
    with pytest.raises(RowProblem) as caught:
        read_csv("mixed.csv", latin + "2024-03-03,Bäckerei,-3.00\n".encode())
    assert caught.value.line == 4 and "UTF-8 while the rest of the file is" in caught.value.reason
