"""Excel bills and bank exports (.xlsx) import as their CSV twins do.

The workbooks are written here with openpyxl, from the layouts the exporters describe:

* WeChat Pay's bill since 2023 (微信支付账单明细): a preamble (微信昵称, 起始时间/终止时间,
  导出类型, 导出时间, 共N笔记录, the 收入/支出/中性交易 totals and the export's notes), the
  ``----微信支付账单明细列表----`` rule, then 交易时间 … 备注; 交易时间 typed by Excel as a date
  and time, 金额(元) as ``¥`` text; neutral rows (零钱提现, 转入零钱通) carry ``/`` in 收/支.
* A German bank's Umsatzliste: a cover sheet with the account, then a sheet of Buchungstag,
  Wertstellung, Auftraggeber/Empfänger, Verwendungszweck, Betrag (EUR), Saldo (EUR), numbers
  typed as Excel numbers (floats), dates typed as dates, one of them edited into text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from finapp.errors import StatementError
from finapp.importers.csv import sniff
from finapp.importers.registry import read_statement_file
from finapp.services.imports import import_files
from tests.importers.helpers import balances, counts, rows

Write = Callable[[str, str | bytes], Path]

WECHAT_PREAMBLE = [
    "微信支付账单明细",
    "微信昵称：[林小雨]",
    "起始时间：[2023-07-01 00:00:00] 终止时间：[2023-07-31 23:59:59]",
    "导出类型：[全部]",
    "导出时间：[2023-08-02 21:14:07]",
    None,
    "共6笔记录",
    "收入：1笔 38.60元",
    "支出：3笔 183.27元",
    "中性交易：2笔 1300.00元",
    "注：",
    "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
    "2. 本明细仅展示当前账单中的交易，不包括已删除的记录",
    None,
    "----------------------微信支付账单明细列表--------------------",
]
WECHAT_HEADER = (
    "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注"
)
WECHAT_ROWS = [
    (
        datetime(2023, 7, 28, 18, 40, 12),
        "商户消费",
        "盒马鲜生(滨江宝龙店)",
        "盒马订单",
        "支出",
        "¥142.67",
        "招商银行信用卡(8836)",
        "支付成功",
        "4200001932202307281187340021",
        "HM20230728184012998",
        "/",
    ),
    (
        datetime(2023, 7, 21, 9, 3, 55),
        "零钱提现",
        "招商银行(6214)",
        "/",
        "/",
        "¥800.00",
        "零钱",
        "提现已到账",
        "1330000101202307210033178852",
        "/",
        "服务费¥0.00",
    ),
    (
        datetime(2023, 7, 15, 12, 26, 8),
        "美团平台商户-退款",
        "美团平台商户",
        "/",
        "收入",
        "¥38.60",
        "零钱",
        "已全额退款",
        "50301106562023071522041177305",
        "22230715122608441907",
        "/",
    ),
    (
        datetime(2023, 7, 15, 11, 52, 31),
        "商户消费",
        "美团平台商户",
        "美团订单-酸菜鱼",
        "支出",
        "¥38.60",
        "零钱",
        "已全额退款",
        "4200001926202307151290347781",
        "22230715122608441907",
        "/",
    ),
    (
        datetime(2023, 7, 9, 20, 15, 44),
        "转入零钱通-来自零钱",
        "/",
        "/",
        "/",
        "¥500.00",
        "零钱",
        "支付成功",
        "120300000421202307090027735561",
        "/",
        "/",
    ),
    (
        datetime(2023, 7, 3, 7, 58, 2),
        "扫二维码付款",
        "杭州公交集团",
        "收款方备注:二维码收款",
        "支出",
        "¥2.00",
        "零钱",
        "支付成功",
        "10001071012023070301044528810",
        "/",
        "/",
    ),
]

NEITHER = "the export counts it as neither income nor spending"
MOVE = "'/' (a move between your own balances and cards): " + NEITHER


def _workbook(
    sheets: Sequence[tuple[str, Sequence[Sequence[object]]]], formats: dict[str, str] | None = None
) -> bytes:
    """An .xlsx of ``sheets`` (title, rows); ``formats`` gives cells of the last sheet a number
    format."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, sheet_rows in sheets:
        sheet = book.create_sheet(title)
        for values in sheet_rows:
            sheet.append(list(values))
    for cell, number_format in (formats or {}).items():
        book.worksheets[-1][cell].number_format = number_format
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _wechat(rows_: Sequence[Sequence[object]] = WECHAT_ROWS) -> bytes:
    lines = [[line] for line in WECHAT_PREAMBLE]
    return _workbook([("微信支付账单明细", [*lines, WECHAT_HEADER.split(","), *rows_])])


#: the bill's first data row is row 17 of the sheet (15 preamble rows, the header)
WECHAT_EXPECTED = [
    (
        "2023-07-28 18:40:12",
        "-142.67",
        "盒马鲜生(滨江宝龙店)",
        "4200001932202307281187340021",
        "支付方式: 招商银行信用卡(8836)",
        17,
    ),
    (
        "2023-07-15 12:26:08",
        "38.60",
        "美团平台商户",
        "50301106562023071522041177305",
        "支付方式: 零钱",
        19,
    ),
    (
        "2023-07-15 11:52:31",
        "-38.60",
        "美团平台商户",
        "4200001926202307151290347781",
        "支付方式: 零钱",
        20,
    ),
    (
        "2023-07-03 07:58:02",
        "-2.00",
        "杭州公交集团",
        "10001071012023070301044528810",
        "支付方式: 零钱",
        22,
    ),
]


def test_a_wechat_pay_excel_bill_reads_as_its_csv_does(write: Write) -> None:
    parsed = read_statement_file(write("微信支付账单(20230701-20230731).xlsx", _wechat()))
    assert parsed.format == "csv:WeChat Pay 微信支付"
    (statement,) = parsed.statements
    assert (statement.account.currency, statement.account.type) == ("CNY", "payment_app")
    read = [
        (f"{t.posted} {t.time}", t.amount, t.payee, t.fitid, t.kind, t.line)
        for t in statement.transactions
    ]
    assert read == [(when, Decimal(a), p, f, k, n) for when, a, p, f, k, n in WECHAT_EXPECTED]
    # 零钱提现 and 转入零钱通 are moves between the user's own balances: left out and listed
    assert [(s.line, s.reason) for s in parsed.skipped] == [(18, MOVE), (21, MOVE)]
    assert parsed.detected is not None
    assert (parsed.detected["sheet"], parsed.detected["encoding"]) == ("微信支付账单明细", "xlsx")
    assert "delimiter" not in parsed.detected


def test_an_excel_bill_imports_once_and_a_reimport_adds_nothing(store, write: Write) -> None:  # type: ignore[no-untyped-def]
    path = write("微信支付账单(20230701-20230731).xlsx", _wechat())
    first = import_files(store, [path]).files[0]
    assert (first.error, first.new, first.duplicates) == (None, 4, 0)
    assert sorted(s.line for s in first.skipped) == [18, 21]
    stored = rows(store)
    assert stored == sorted((w[:10], Decimal(a), p, f) for w, a, p, f, _, _ in WECHAT_EXPECTED)
    again = import_files(store, [path]).files[0]
    assert (again.error, again.new, again.duplicates) == (None, 0, 4)
    assert rows(store) == stored


def test_the_same_trades_as_csv_and_as_excel_are_stored_once(store, write: Write) -> None:  # type: ignore[no-untyped-def]
    csv_text = "\n".join(
        [line or "" for line in WECHAT_PREAMBLE]
        + [WECHAT_HEADER]
        + [
            ",".join(f"{v:%Y-%m-%d %H:%M:%S}" if isinstance(v, datetime) else v for v in row)
            for row in WECHAT_ROWS
        ]
    )
    as_csv = write("微信支付账单.csv", "\ufeff" + csv_text)
    as_xlsx = write("微信支付账单.xlsx", _wechat())
    first = import_files(store, [as_csv], account_name="微信").files[0]
    second = import_files(store, [as_xlsx], account_name="微信").files[0]
    assert (first.new, second.new, second.duplicates) == (4, 0, 4)


GERMAN_HEADER = (
    "Buchungstag",
    "Wertstellung",
    "Auftraggeber/Empfänger",
    "Verwendungszweck",
    "Betrag",
    "Saldo",
)
GERMAN_ROWS: list[tuple[object, ...]] = [
    (
        datetime(2024, 1, 2),
        datetime(2024, 1, 2),
        "REWE Markt GmbH",
        "Lastschrift Kartenzahlung 01.01 18:22",
        -23.47,
        1876.53,
    ),
    (
        "03.01.2024",
        datetime(2024, 1, 3),
        "Stadtwerke München",
        "Abschlag Strom Vertrag 40018837 Januar",
        -87.0,
        1789.53,
    ),
    (
        datetime(2024, 1, 3),
        datetime(2024, 1, 3),
        "Bäckerei Rischart",
        "Kartenzahlung girocard",
        -4.35,
        1785.18,
    ),
    (
        datetime(2024, 1, 3),
        datetime(2024, 1, 3),
        "Bäckerei Rischart",
        "Kartenzahlung girocard",
        -4.35,
        1780.83,
    ),
    # a payroll total a SUM left with binary noise, as Excel stores it
    (
        datetime(2024, 1, 31),
        datetime(2024, 1, 31),
        "Muster Logistik AG",
        "Gehalt Januar 2024",
        2403.1200000000003,
        4183.95,
    ),
    (
        datetime(2024, 1, 31),
        datetime(2024, 2, 1),
        "Deutsche Bahn Fernverkehr",
        "ICE München-Berlin Ticket 7K3M9Q",
        -139.9,
        4044.05,
    ),
]
GERMAN_EXPECTED = [
    ("2024-01-02", "-23.47", "REWE Markt GmbH", 5),
    ("2024-01-03", "-87.00", "Stadtwerke München", 6),
    ("2024-01-03", "-4.35", "Bäckerei Rischart", 7),
    ("2024-01-03", "-4.35", "Bäckerei Rischart", 8),
    ("2024-01-31", "2403.12", "Muster Logistik AG", 9),
    ("2024-01-31", "-139.90", "Deutsche Bahn Fernverkehr", 10),
]


def _german(data_rows: Sequence[Sequence[object]] = GERMAN_ROWS) -> bytes:
    cover = [
        ("Kontoinhaber", "Erika Mustermann"),
        ("IBAN", "DE02 1203 0000 0000 2020 51"),
        ("Erstellt am", "01.02.2024"),
    ]
    umsaetze = [
        ("Umsätze Girokonto", None),
        ("Zeitraum: 01.01.2024 - 31.01.2024", None),
        (None,),
        GERMAN_HEADER,
        *data_rows,
    ]
    # dates shown day first, amounts and balances in euros: no header or column names the currency
    formats = {f"{col}{row}": "DD.MM.YYYY" for col in "AB" for row in range(5, 11)}
    formats |= {f"E{row}": "#,##0.00 [$€-407];[Red]-#,##0.00 [$€-407]" for row in range(5, 11)}
    formats |= {f"F{row}": '#,##0.00\\ "€"' for row in range(5, 11)}
    return _workbook([("Konto", cover), ("Umsätze", umsaetze)], formats)


def test_a_german_bank_workbook_is_read_from_the_sheet_holding_the_transactions(
    write: Write,
) -> None:
    parsed = read_statement_file(write("Umsaetze_DE02120300000000202051.xlsx", _german()))
    (statement,) = parsed.statements
    assert statement.account.currency == "EUR"
    read = [(str(t.posted), t.amount, t.payee, t.line) for t in statement.transactions]
    assert read == [(d, Decimal(a), p, n) for d, a, p, n in GERMAN_EXPECTED]
    assert [t.memo for t in statement.transactions][4] == "Gehalt Januar 2024"
    assert parsed.detected is not None
    assert parsed.detected["sheet"] == "Umsätze"
    assert parsed.detected["columns"]["date"] == "Buchungstag"  # type: ignore[index]
    assert parsed.detected["date_format"] == "DD.MM.YYYY"
    # the Saldo column follows from the amounts exactly: the closing balance is the bank's
    assert [(b.kind, str(b.as_of), b.amount) for b in statement.balances] == [
        ("ledger", "2024-01-31", Decimal("4044.05"))
    ]


def test_a_german_workbook_imports_two_identical_lines_as_two_and_once_only(
    store,
    write: Write,  # type: ignore[no-untyped-def]
) -> None:
    path = write("Umsaetze.xlsx", _german())
    first = import_files(store, [path]).files[0]
    assert (first.error, first.new) == (None, 6)
    assert rows(store) == sorted((d, Decimal(a), p, None) for d, a, p, _ in GERMAN_EXPECTED)
    assert balances(store) == [("ledger", "2024-01-31", Decimal("4044.05"))]
    again = import_files(store, [path]).files[0]
    assert (again.new, again.duplicates) == (0, 6)
    assert len(rows(store)) == 6


def test_a_bad_date_refuses_the_workbook_at_its_row_and_nothing_is_written(
    store,
    write: Write,  # type: ignore[no-untyped-def]
) -> None:
    broken = list(GERMAN_ROWS)
    broken[3] = ("31.02.2024", *broken[3][1:])
    path = write("Umsaetze.xlsx", _german(broken))
    result = import_files(store, [path]).files[0]
    assert result.error is not None
    assert result.error.startswith(f"{path}, line 8: ")
    assert "31.02.2024" in result.error
    assert result.batch_id is None
    assert counts(store) == (0, 0, 0)


def test_an_amount_with_more_decimals_than_cents_is_refused_not_rounded(write: Write) -> None:
    broken = list(GERMAN_ROWS)
    broken[1] = (*broken[1][:4], -87.005, 1789.525)
    path = write("Umsaetze.xlsx", _german(broken))
    with pytest.raises(StatementError, match=r"Umsaetze\.xlsx, line 6: .*87\.005"):
        read_statement_file(path)


def test_a_damaged_workbook_is_refused_naming_the_file(store, write: Write) -> None:  # type: ignore[no-untyped-def]
    data = _wechat()
    path = write("微信支付账单.xlsx", data[: len(data) * 2 // 3])
    result = import_files(store, [path]).files[0]
    assert result.error is not None
    assert result.error.startswith(f"{path}: the workbook is damaged")
    assert counts(store) == (0, 0, 0)


def _compound_file(stream_names: Sequence[str]) -> bytes:
    """An OLE2 compound file's header sector and a directory sector naming ``stream_names``
    (MS-CFB 2.2 and 2.6), as Office writes around an encrypted or a 97-2003 workbook."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[24:26], header[26:28], header[28:30] = b"\x3e\x00", b"\x03\x00", b"\xfe\xff"
    header[30:32], header[32:34] = b"\x09\x00", b"\x06\x00"
    directory = bytearray()
    for name in ("Root Entry", *stream_names):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        entry[: len(encoded)] = encoded
        entry[64:66] = len(encoded).to_bytes(2, "little")
        entry[66] = 5 if name == "Root Entry" else 2
        directory += entry
    return bytes(header) + bytes(directory.ljust(512, b"\x00"))


@pytest.mark.parametrize(
    ("streams", "says"),
    [
        (("EncryptionInfo", "EncryptedPackage"), "protected by a password"),
        # an .xls whose directory names its sheets' stream, and no stream there
        (("Workbook", "\x05SummaryInformation"), "the workbook is damaged"),
        (("Book",), "the workbook is damaged"),  # Excel 5/95
        (("WordDocument", "1Table"), "an Office document (Word, Outlook…), not a statement"),
    ],
)
def test_an_encrypted_old_or_other_office_file_is_refused_with_what_to_do(
    store,
    write: Write,
    streams: tuple[str, ...],
    says: str,  # type: ignore[no-untyped-def]
) -> None:
    path = write("Kontoauszug.xlsx", _compound_file(streams))
    result = import_files(store, [path]).files[0]
    assert result.error is not None
    assert result.error.startswith(f"{path}: ")
    assert says in result.error
    assert counts(store) == (0, 0, 0)


def test_an_opendocument_spreadsheet_is_refused_with_what_to_do(store, write: Write) -> None:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:  # as LibreOffice writes
        mimetype = "application/vnd.oasis.opendocument.spreadsheet"
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>")
        archive.writestr("META-INF/manifest.xml", "<manifest:manifest/>")
    path = write("Kontoauszug.ods", out.getvalue())
    result = import_files(store, [path]).files[0]
    assert result.error == (
        f"{path}: an OpenDocument spreadsheet (.ods) is not read: save it as .xlsx or CSV"
    )
    assert counts(store) == (0, 0, 0)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(write: Write) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            chunk = b" " * (1 << 20)
            for _ in range(210):
                sheet.write(chunk)
    data = out.getvalue()
    assert len(data) < 2_000_000
    path = write("bill.xlsx", data)
    with pytest.raises(StatementError, match=r"bill\.xlsx: the workbook unpacks to 210 MB"):
        read_statement_file(path)


def test_the_mapping_wizard_sees_the_workbook_as_a_table() -> None:
    table = sniff(_german())
    assert table.header == GERMAN_HEADER
    # Buchungstag writes its typed dates as its text date does; Wertstellung, all typed, as ISO
    assert table.rows[table.data_start][:3] == ("02.01.2024", "2024-01-02", "REWE Markt GmbH")
    assert table.rows[table.data_start][4:] == ("-23.47 €", "1876.53 €")


@pytest.mark.parametrize(
    ("number_format", "currency"),
    [
        ("#,##0.00 [$€-407];[Red]-#,##0.00 [$€-407]", "EUR"),
        ("[$EUR] #,##0.00", "EUR"),
        ('#,##0.00\\ "€"', "EUR"),
        ("[$-409]#,##0.00;[Red]-#,##0.00", "USD"),  # a locale alone shows no currency
    ],
)
def test_the_currency_amounts_are_shown_in_is_the_statements(
    write: Write, number_format: str, currency: str
) -> None:
    sheet = [
        ("Date", "Payee", "Amount"),
        (datetime(2024, 3, 1), "Carrefour Market Lyon", -23.47),
        (datetime(2024, 3, 4), "Salaire Mars ACME SAS", 2403.12),
    ]
    data = _workbook([("Relevé", sheet)], {"C2": number_format, "C3": number_format})
    (statement,) = read_statement_file(write("releve.xlsx", data)).statements
    assert statement.account.currency == currency
    assert [t.amount for t in statement.transactions] == [Decimal("-23.47"), Decimal("2403.12")]


def test_a_workbook_declaring_xml_entities_is_refused_unexpanded(write: Write) -> None:
    source = zipfile.ZipFile(io.BytesIO(_wechat()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = (
                    b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
                    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' + data
                )
            archive.writestr(info, data)
    path = write("bill.xlsx", out.getvalue())
    with pytest.raises(StatementError, match=r"bill\.xlsx: the workbook's XML declares entities"):
        read_statement_file(path)


_BILL = _wechat()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    at=st.integers(min_value=0, max_value=len(_BILL) - 1),
    junk=st.binary(min_size=1, max_size=24),
    drop=st.integers(min_value=0, max_value=64),
)
def test_a_workbook_damaged_anywhere_is_read_or_refused_never_a_crash(
    tmp_path: Path, at: int, junk: bytes, drop: int
) -> None:
    path = tmp_path / "bill.xlsx"
    path.write_bytes(_BILL[:at] + junk + _BILL[at + drop :])
    try:
        parsed = read_statement_file(path)
    except StatementError as exc:
        assert exc.path == str(path) and exc.reason
        return
    assert all(t.amount is not None for s in parsed.statements for t in s.transactions)
