"""What a spreadsheet workbook looks like from its first bytes, and how a ZIP fails to open.

Apart from the workbook reader because every file is checked against them before any reader
is chosen (a workbook is neither a stray ZIP nor text padded with zero bytes): checking an OFX
must not load openpyxl's side of the CSV reader.
"""

from __future__ import annotations

import re
import zipfile

ZIP_MAGIC = b"PK\x03\x04"
#: a ZIP local file header (30 bytes from its signature) whose name starts ``xl/``
_EXCEL_ENTRY = re.compile(rb"PK\x03\x04.{26}xl/", re.DOTALL)
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: an OpenDocument spreadsheet (LibreOffice's .ods): a ZIP whose first entry, stored as is, is
#: ``mimetype`` holding this (OpenDocument 1.2, part 3, 3.3)
ODS_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"

#: what reading a ZIP's directory raises on a damaged or unusual archive (a bad header, an
#: entry cut short, a compression method zipfile lacks)
UNREADABLE_ZIP = (zipfile.BadZipFile, NotImplementedError, OSError, EOFError, ValueError)


def looks_like_workbook(data: bytes) -> bool:
    """An ``.xlsx`` (a ZIP with a local entry under ``xl/``, which a truncated copy still
    shows), an OLE2 Office file (``.xls``, or an encrypted workbook) or an OpenDocument
    spreadsheet, by content."""
    return data.startswith(OLE2_MAGIC) or (
        data.startswith(ZIP_MAGIC)
        and (ODS_MIMETYPE in data[:128] or _EXCEL_ENTRY.search(data) is not None)
    )
