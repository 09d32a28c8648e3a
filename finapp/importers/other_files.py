"""Files users drop for a statement that are something else, told by their content and refused
saying what they are and what to download instead.

A bank's PDF statement, a ZIP of downloaded statements, an Excel 2003 "XML Spreadsheet" all
reach the import when a user picks "the statement". Left to the format sniffers they fail with
a vague "no row holds a date", or worse: a ZIP that stores its entries uncompressed holds an
OFX file's text as is, which the OFX reader found and read past the ZIP's bytes. They are
recognised first, before any reader sees them.
"""

from __future__ import annotations

import io
import re
import zipfile

from finapp.errors import Problem
from finapp.importers.text_head import head_bytes
from finapp.importers.workbook_marks import UNREADABLE_ZIP, looks_like_workbook

#: a PDF's header, on a line of its own within the first 1,024 bytes (PDF 1.7, annex H.3)
_PDF_MARK = re.compile(rb"(?:\A|[\r\n])%PDF-[12]\.\d")
#: a ZIP's first local entry, or the end record of an empty archive
_ZIP_MARKS = (b"PK\x03\x04", b"PK\x05\x06")
#: SpreadsheetML 2003 ("XML Spreadsheet 2003" in Excel's Save As): its processing instruction,
#: or its namespace on a ``<Workbook>``
_SPREADSHEET_ML = re.compile(
    rb'progid\s*=\s*"Excel\.Sheet"|<(?:ss:)?Workbook\b[^>]*urn:schemas-microsoft-com:office:'
    rb"spreadsheet",
    re.IGNORECASE,
)
#: names of a ZIP's entries shown in the refusal
_NAMES_SHOWN = 5
#: a ZIP entry's general-purpose flags: encrypted, and its name written in UTF-8
_ENCRYPTED, _UTF8_NAMES = 0x1, 0x800


def other_file_problem(data: bytes) -> Problem | None:
    """Why ``data`` is no statement finapp reads, or None."""
    if _PDF_MARK.search(data[:1024]):
        return Problem(
            "import.pdf",
            "a PDF document, not a statement export: download the statement from the bank as "
            "CSV, Excel, OFX/QFX, QIF, CAMT or MT940 instead",
        )
    if data.startswith(_ZIP_MARKS) and not looks_like_workbook(data):
        return _zip_problem(data)
    if _SPREADSHEET_ML.search(head_bytes(data, 2048)):
        return Problem(
            "import.spreadsheet_xml",
            "an Excel 2003 XML spreadsheet, which finapp does not read: open it in Excel and "
            "save it as Excel Workbook (.xlsx) or CSV",
        )
    return None


def _zip_problem(data: bytes) -> Problem:
    """A ZIP archive: its entries are named, so the user knows which files to take out.

    Alipay and WeChat Pay send their bills as a ZIP locked with a password they text to the
    user (解压密码); "unpack it" alone sent the user to an unpacker that asks for a password
    finapp never mentioned, so a locked archive says where its password is."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = [i for i in archive.infolist() if not i.is_dir()]
    except UNREADABLE_ZIP:  # still a ZIP, refused as one; only its entries go unnamed
        entries = []
    if not entries:
        return Problem(
            "import.zip",
            "a ZIP archive, not a statement: unpack it and import the files inside",
        )
    names = [_entry_name(i) for i in entries]
    shown = ", ".join(names[:_NAMES_SHOWN]) + (", …" if len(names) > _NAMES_SHOWN else "")
    if any(i.flag_bits & _ENCRYPTED for i in entries):
        return Problem(
            "import.zip_password",
            f"a password-protected ZIP archive holding {shown}, not a statement: unpack it with "
            "the password that came with it (Alipay and WeChat Pay send theirs in the app, apart "
            "from the email) and import the files inside",
            files=shown,
        )
    return Problem(
        "import.zip_files",
        f"a ZIP archive holding {shown}, not a statement: unpack it and import the files inside",
        files=shown,
    )


def _entry_name(entry: zipfile.ZipInfo) -> str:
    """An entry's name as its maker wrote it. An archive that does not mark its names UTF-8
    is read by :mod:`zipfile` as the old DOS code page, which turns a Chinese bank's or
    payment app's ``支付宝交易明细(…).csv`` into ``╓º╕╢▒ª…``: such a name is taken as UTF-8, else
    as GBK (Windows in Chinese and the apps' own archives), else left as read."""
    if entry.flag_bits & _UTF8_NAMES:
        return entry.filename
    raw = entry.filename.encode("cp437")
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return entry.filename
