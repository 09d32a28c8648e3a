"""Files as users drop them when things go wrong, written the way the tools that make them
write them: Excel's "Unicode Text" and "Web Page" saves, a Chinese Windows' GBK CSV, a PDF
statement, a ZIP of statements, a download stopped mid-line, a copy with a zero byte in it."""

from __future__ import annotations

import codecs
import io
import zipfile
from datetime import date

from tests.importers.ofxgen import Line, statement_ofx

LINES = [("2024-03-01", "STARBUCKS #1234", "-4.75"), ("2024-03-02", "ACME PAYROLL", "2500.00")]
LINES += [("2024-03-04", "NETFLIX.COM", "-15.49")]
CSV = "Date,Description,Amount\n" + "".join(f"{d},{p},{a}\n" for d, p, a in LINES)

OFX = statement_ofx(
    [
        Line(date(2024, 3, 1), "-4.75", "STARBUCKS #1234 SEATTLE WA", "20240301-1"),
        Line(date(2024, 3, 2), "2500.00", "ACME CORP PAYROLL", "20240302-1"),
        Line(date(2024, 3, 4), "-15.49", "NETFLIX.COM", "20240304-1"),
    ],
    ledger=("2480.76", date(2024, 3, 4)),
)


def utf16_tab_text() -> bytes:
    """Excel's Save As "Unicode Text": UTF-16 LE with a BOM, tab-separated, CRLF."""
    text = "Date\tDescription\tAmount\r\n" + "".join(f"{d}\t{p}\t{a}\r\n" for d, p, a in LINES)
    return codecs.BOM_UTF16_LE + text.encode("utf-16-le")


def gbk_csv() -> bytes:
    """A CSV saved by Excel on a Chinese Windows: GBK, no BOM, CRLF."""
    text = (
        "交易日期,摘要,金额,对方户名\r\n2024-03-01,消费,-35.50,星巴克咖啡\r\n"
        "2024-03-02,工资,8000.00,某某科技有限公司\r\n2024-03-03,转账,-200.00,张三\r\n"
    )
    return text.encode("gbk")


def utf16_web_page(byteorder: str = "le") -> bytes:
    """Excel's Save As "Web Page" with Unicode chosen: UTF-16 with a BOM, named ``.xls``."""
    cells = "".join(f"<tr><td>{d}</td><td>{p}</td><td>{a}</td></tr>\r\n" for d, p, a in LINES)
    page = (
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n<head>\r\n'
        '<meta http-equiv=Content-Type content="text/html; charset=unicode">\r\n</head>\r\n'
        "<body>\r\n<table>\r\n<tr><td>Date</td><td>Description</td><td>Amount</td></tr>\r\n"
        f"{cells}</table>\r\n</body>\r\n</html>\r\n"
    )
    if byteorder == "le":
        return codecs.BOM_UTF16_LE + page.encode("utf-16-le")
    return codecs.BOM_UTF16_BE + page.encode("utf-16-be")


def spreadsheet_2003_xml() -> bytes:
    """Excel's Save As "XML Spreadsheet 2003", which banks' portals also send as ``.xls``."""
    rows = "".join(
        f'<Row><Cell><Data ss:Type="String">{d}</Data></Cell><Cell><Data ss:Type="String">{p}'
        f'</Data></Cell><Cell><Data ss:Type="Number">{a}</Data></Cell></Row>\n'
        for d, p, a in LINES
    )
    return (
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"\n'
        ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
        ' <Worksheet ss:Name="Sheet1"><Table>\n'
        '<Row><Cell><Data ss:Type="String">Date</Data></Cell><Cell><Data ss:Type="String">'
        'Description</Data></Cell><Cell><Data ss:Type="String">Amount</Data></Cell></Row>\n'
        f"{rows}</Table></Worksheet></Workbook>\n"
    ).encode()


def pdf_statement() -> bytes:
    """The first bytes of a bank's PDF statement (what "Download statement" often gives)."""
    return (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
        b"%%EOF\n"
    )


def zip_of_statements(method: int = zipfile.ZIP_STORED) -> bytes:
    """A bank's "download all" ZIP; stored entries keep the OFX's text readable inside it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        archive.writestr("2024-03.ofx", OFX)
        archive.writestr("2024-04.csv", CSV)
    return buffer.getvalue()


def with_zero_byte(text: str, inside: str) -> bytes:
    """``text`` with a NUL in the middle of ``inside`` (a copy damaged on its way)."""
    at = text.index(inside) + len(inside) // 2
    return (text[:at] + "\0" + text[at:]).encode()
