"""The first bytes of a statement file as the format sniffers read them, whatever its Unicode
form.

Windows tools save "Unicode" text as UTF-16 with a byte-order mark (little-endian from Notepad
and Excel, big-endian from some Java and mainframe exports), so a QIF or CAMT file may come as
UTF-16. The sniffers look for ASCII markers (``!Type:``, ``<Document … camt.053``) in bytes,
which UTF-16 interleaves with zeros; they read this head instead: UTF-16 transcoded to UTF-8,
a UTF-8 byte-order mark dropped.
"""

from __future__ import annotations

import codecs

_UTF16_MARKS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def utf16_encoding(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for a file starting with that byte-order mark, else None."""
    return next((name for mark, name in _UTF16_MARKS if data.startswith(mark)), None)


def head_bytes(data: bytes, size: int) -> bytes:
    """The text of the file's first ``size`` characters or so, as UTF-8 bytes without a BOM."""
    encoding = utf16_encoding(data)
    if encoding is None:
        return data[:size].removeprefix(codecs.BOM_UTF8)
    return data[2 : 2 + 2 * size].decode(encoding, errors="replace").encode("utf-8")
