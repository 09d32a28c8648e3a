"""Files that went wrong on their way to finapp: each is read right, or refused naming the file,
the line where one is at fault, and what to do, with nothing written."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.importers.csv import read_csv
from finapp.services.imports import import_files
from tests.importers import strange_files as strange
from tests.importers.helpers import counts, rows

_READ = [
    ("2024-03-01", Decimal("-4.75"), "STARBUCKS #1234", None),
    ("2024-03-02", Decimal("2500.00"), "ACME PAYROLL", None),
    ("2024-03-04", Decimal("-15.49"), "NETFLIX.COM", None),
]


@pytest.mark.parametrize("byteorder", ["le", "be"])
def test_a_web_page_saved_as_unicode_under_an_xls_name_is_read(store, write, byteorder) -> None:
    path = write("statement.xls", strange.utf16_web_page(byteorder))
    result = import_files(store, [path]).files[0]
    assert result.error is None and result.new == 3
    assert rows(store) == _READ


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("statement.pdf", strange.pdf_statement(), "a PDF document, not a statement export"),
        (
            "statements.zip",
            strange.zip_of_statements(),
            "a ZIP archive holding 2024-03.ofx, 2024-04.csv, not a statement: unpack it",
        ),
        (
            "statements.zip",
            strange.zip_of_statements(zipfile.ZIP_DEFLATED),
            "a ZIP archive holding 2024-03.ofx, 2024-04.csv",
        ),
        ("statement.xls", strange.spreadsheet_2003_xml(), "an Excel 2003 XML spreadsheet"),
    ],
)
def test_a_file_that_is_no_statement_export_is_refused_saying_what_it_is(
    store, write, name, content, said
) -> None:
    result = import_files(store, [write(name, content)]).files[0]
    assert result.error is not None and said in result.error
    assert result.error.startswith(str(write(name, content)))
    assert counts(store) == (0, 0, 0)


@pytest.mark.parametrize(
    ("name", "content", "line"),
    [
        ("march.ofx", strange.with_zero_byte(strange.OFX, "NETFLIX.COM"), None),
        ("march.csv", strange.with_zero_byte(strange.CSV, "ACME PAYROLL"), 3),
    ],
)
def test_a_zero_byte_inside_a_line_refuses_the_file_at_that_line(
    store, write, name, content, line
) -> None:
    text = content.decode()
    expected = line or text[: text.index("\0")].count("\n") + 1
    result = import_files(store, [write(name, content)]).files[0]
    assert result.error is not None
    assert f"{name}, line {expected}: a zero byte (NUL) inside this line" in result.error
    assert counts(store) == (0, 0, 0)
    assert all("\0" not in payee for _, _, payee, _ in rows(store))


@pytest.mark.parametrize(
    ("name", "content"), [("a.ofx", strange.OFX.encode()), ("b.csv", strange.CSV.encode())]
)
def test_zeros_padding_the_end_of_a_whole_statement_are_read_past(
    store, write, name, content
) -> None:
    result = import_files(store, [write(name, content + bytes(4096))]).files[0]
    assert (result.error, result.new) == (None, 3)


@pytest.mark.parametrize(
    ("last", "said"),
    [
        ("2024-03-04,NETFLIX.COM,-15.4", "(Amount '-15.4', where every other row has 2 decimals)"),
        ("2024-03-04,NETFLIX.COM,-1", "(Amount '-1', where every other row has 2 decimals)"),
    ],
)
def test_a_download_stopped_inside_the_last_amount_is_refused_at_that_line(
    store, write, last, said
) -> None:
    head = "Date,Description,Amount\n2024-03-01,STARBUCKS #1234,-4.75\n"
    path = write("cut.csv", head + "2024-03-02,ACME PAYROLL,2500.00\n" + last)
    result = import_files(store, [path]).files[0]
    assert result.error is not None and "cut.csv, line 4: the file ends inside this line" in (
        result.error
    )
    assert said in result.error and counts(store) == (0, 0, 0)
    kept = import_files(store, [path], skip_bad_rows=True).files[0]
    assert (kept.new, [s.line for s in kept.skipped]) == (2, [4])


def test_a_cut_running_balance_refuses_the_last_line_too(store, write) -> None:
    text = (
        "Date,Description,Amount,Balance\n2024-03-01,STARBUCKS,-4.75,995.25\n"
        "2024-03-02,ACME PAYROLL,2500.00,3495.25\n2024-03-04,NETFLIX,-15.49,34"
    )
    result = import_files(store, [write("cut.csv", text)]).files[0]
    assert result.error is not None and "line 4" in result.error and "Balance '34'" in result.error


@pytest.mark.parametrize(
    "text",
    [
        # the same last amount on an ended line: the file is whole
        "Date,Description,Amount\n2024-03-01,A,-4.75\n2024-03-02,B,-2.50\n2024-03-04,C,-15.4\n",
        # an exporter that drops trailing zeros writes mixed decimals all along
        "Date,Description,Amount\n2024-03-01,A,-4.5\n2024-03-02,B,2500\n2024-03-04,C,-15.4",
    ],
)
def test_a_short_last_amount_of_a_whole_file_is_read(store, write, text) -> None:
    result = import_files(store, [write("whole.csv", text)]).files[0]
    assert result.error is None and result.new == 3
    assert rows(store)[-1][:2] == ("2024-03-04", Decimal("-15.40"))


def test_two_decimals_by_chance_in_every_other_row_is_no_cut(store, write) -> None:
    """BMO's card export ends, without a line break, on 6.0 after 3.27 and 85.06: nothing in
    the file shows it keeps trailing zeros, so the last line is six dollars, not a cut one."""
    text = (
        "Item #,Card #,Transaction Date,Posting Date,Transaction Amount,Description\n"
        "1,'5191230567984561',20230511,20230512,3.27,COSTCO WHOLESALE W54 SURREY BC\n"
        "2,'5191230567984561',20230511,20230512,85.06,COSTCO WHOLESALE W54 SURREY BC\n"
        "3,'5191230567984561',20230512,20230515,6.0,T&T SUPERMARKET #026 SURREY BC"
    )
    result = import_files(store, [write("bmo.csv", text)]).files[0]
    assert result.error is None and result.new == 3
    assert sorted(r[1] for r in rows(store)) == [
        Decimal("-85.06"),
        Decimal("-6.00"),
        Decimal("-3.27"),
    ]


def test_pending_lines_of_a_card_export_are_left_out_so_the_booked_ones_count_once(
    store, write
) -> None:
    november = (
        "Date,Description,Amount,Status\n2026-11-28,TESCO STORES,-12.30,Posted\n"
        "2026-11-30,SHELL,-40.00,Pending\n2026-12-05,AMAZON MKTPLACE,-19.99,Pending\n"
    )
    december = (
        "Date,Description,Amount,Status\n2026-12-01,SHELL OIL 123,-40.00,Posted\n"
        "2026-12-06,AMAZON MKTPLACE,-19.99,Posted\n"
    )
    first = import_files(store, [write("nov.csv", november)], account_name="Card").files[0]
    assert (first.new, [(s.line, s.reason) for s in first.skipped]) == (
        1,
        [
            (3, "status 'Pending': not booked yet (pending)"),
            (4, "status 'Pending': not booked yet (pending)"),
        ],
    )
    import_files(store, [write("dec.csv", december)], account_name="Card")
    assert [r[:3] for r in rows(store)] == [
        ("2026-11-28", Decimal("-12.30"), "TESCO STORES"),
        ("2026-12-01", Decimal("-40.00"), "SHELL OIL 123"),
        ("2026-12-06", Decimal("-19.99"), "AMAZON MKTPLACE"),
    ]


@pytest.mark.parametrize(
    ("content", "payees"),
    [
        (strange.utf16_tab_text(), ["STARBUCKS #1234", "ACME PAYROLL", "NETFLIX.COM"]),
        (strange.gbk_csv(), ["星巴克咖啡", "某某科技有限公司", "张三"]),
    ],
)
def test_excel_unicode_text_and_a_chinese_windows_csv_are_read(
    store, write, content, payees
) -> None:
    result = import_files(store, [write("export.csv", content)]).files[0]
    assert result.error is None and result.new == 3
    assert sorted(r[2] for r in rows(store)) == sorted(payees)


@pytest.mark.parametrize(
    ("lines", "line"),
    [
        # a program wrote the header in UTF-8, Excel on a Chinese Windows the rows in GBK
        (
            [
                ("交易日期,摘要,金额,对方户名", "utf-8"),
                ("2024-03-01,消费,-35.50,星巴克咖啡", "gbk"),
                ("2024-03-02,工资,8000.00,某某科技有限公司", "gbk"),
            ],
            1,
        ),
        # a UTF-8 line pasted among GBK ones: read as GBK it was stored as 鏌愭煇绉戞妧
        (
            [
                ("交易日期,摘要,金额,对方户名", "gbk"),
                ("2024-03-01,消费,-35.50,星巴克咖啡", "gbk"),
                ("2024-03-02,工资,8000.00,某某科技有限公司", "utf-8"),
            ],
            3,
        ),
    ],
)
def test_a_utf8_line_in_a_gbk_csv_is_refused_at_its_line_not_stored_as_mojibake(
    store, write, lines, line
) -> None:
    content = b"".join(text.encode(encoding) + b"\r\n" for text, encoding in lines)
    result = import_files(store, [write("mixed.csv", content)]).files[0]
    assert result.error is not None
    assert f"mixed.csv, line {line}: this line is UTF-8 while the rest of the file is" in (
        result.error
    )
    assert counts(store) == (0, 0, 0)


def test_a_comdirect_export_with_a_line_not_booked_yet_reads_the_booked_ones() -> None:
    """comdirect lists a card payment it has not booked yet first, ``"offen"`` in place of
    its booking day: that line is left out as pending (the next export has it, dated), the six
    booked ones are read, and each amount's decimal comma stays in its ``;``-column."""
    path = Path(__file__).parent / "bank_exports" / "comdirect_open_line_cp1252.csv"
    parsed = read_csv(path.name, path.read_bytes())

    (statement,) = parsed.statements
    assert [(t.posted, t.amount) for t in statement.transactions][:2] == [
        (date(2026, 11, 28), Decimal("-13.99")),
        (date(2026, 11, 27), Decimal("3214.55")),
    ]
    assert len(statement.transactions) == 6
    assert [(s.line, s.reason) for s in parsed.skipped] == [
        (6, "status 'offen': not booked yet (pending)")
    ]
    assert parsed.detected is not None and parsed.detected["date_format"] == "DD.MM.YYYY"
