"""Bytes of a CSV export to text: BOMs, UTF-16, UTF-8, GBK/GB18030, cp1252/latin-1.

Banks export in whatever their platform uses: UTF-8 with or without a BOM (Excel wants the BOM),
UTF-16 (some Excel "Unicode text" exports), GBK in mainland China (Alipay), cp1252 or latin-1 in
Europe. UTF-8 is tried first because it almost never decodes other encodings by accident; for
the rest charset-normalizer judges a sample among the few encodings bank exports really use.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

#: Encodings charset-normalizer may choose between for a non-UTF-8 export.
_CANDIDATES = ["gb18030", "cp1252", "latin_1", "big5", "shift_jis"]
_SAMPLE = 256 * 1024


class NotTextError(ValueError):
    """The bytes are not text in any encoding a statement export uses."""


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > len(sample) // 4 and even == 0:
        return "utf-16-le"
    if even > len(sample) // 4 and odd == 0:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\x0c")
    return controls > max(2, len(sample) // 200)


def decode_text(data: bytes) -> tuple[str, str]:
    """``(text, encoding)``; raises :class:`NotTextError` for binary data."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _checked(data.decode(codec, errors="replace").lstrip("\ufeff"), codec)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(data.decode(utf16, errors="replace"), utf16)
    if b"\x00" in data[:8192]:
        raise NotTextError("it is a binary file, not a text export")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:_SAMPLE], cp_isolation=_CANDIDATES).best()
    order = ([best.encoding] if best is not None else []) + _CANDIDATES
    for codec in order:
        try:
            return _checked(data.decode(codec), codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return _checked(data.decode("latin_1"), "latin_1")


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if _looks_binary(text):
        raise NotTextError("it is a binary file, not a text export")
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding
