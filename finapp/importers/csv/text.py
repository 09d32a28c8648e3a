"""Bytes of a CSV export to text: BOMs, UTF-16, UTF-8, GBK/GB18030, cp1252/latin-1, cp1251.

Banks export in whatever their platform uses: UTF-8 with or without a BOM (Excel wants the BOM),
UTF-16 (some Excel "Unicode text" exports), GBK in mainland China (Alipay), cp1252 or latin-1 in
Western Europe, cp1251 in Russia (Sberbank, Tinkoff's older exports). UTF-8 is tried first
because it almost never decodes other encodings by accident; for the rest charset-normalizer
judges a sample among the few encodings bank exports really use.

A file is read in one encoding. A UTF-8 export with one line pasted from a latin-1 file used to
be read wholly as cp1252, turning every accented UTF-8 line into mojibake (``CafÃ©``); now the
lines in the minority encoding are *stray lines*, which the reader refuses with their number
(or lists, when bad rows are skipped). In a single-byte file every UTF-8 line is stray. In a
GBK file only a line UTF-8 reads as Chinese is: a short GBK line is valid UTF-8 by chance often
enough (``模`` is C4 A3, ``ģ``), but as two or more CJK characters and nothing else hardly ever,
while a UTF-8 header some program wrote above Excel's GBK rows (or a UTF-8 line pasted among
them) is exactly that, and was read as mojibake.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from finapp.errors import Problem

#: Encodings charset-normalizer may choose between for a non-UTF-8 export.
_CANDIDATES = ["gb18030", "cp1252", "latin_1", "cp1251", "big5", "shift_jis"]
_SINGLE_BYTE = {codecs.lookup(name).name for name in ("cp1252", "latin_1")}
_GB18030 = codecs.lookup("gb18030").name
#: what Chinese text is made of: CJK punctuation, kana, ideographs, full-width forms
_CJK = re.compile("[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")
_SAMPLE = 256 * 1024
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")


class NotTextError(ValueError):
    """The bytes are not text in any encoding a statement export uses."""


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text (line ends as ``\\n``), its encoding, and lines written in another one."""

    text: str
    encoding: str
    stray_lines: tuple[int, ...] = ()  # 1-based; their text holds U+FFFD where bytes did not fit
    stray_reason: str = ""  # what the reader says about each stray line


@dataclass(frozen=True, slots=True)
class _Lines:
    """A file's lines sorted by whether UTF-8 reads them (ASCII lines are neither)."""

    raw: list[bytes]
    utf8: list[int]  # non-ASCII lines that are valid UTF-8
    other: list[int]  # lines that are not


def _split(data: bytes) -> _Lines:
    raw = _LINE_BREAK.split(data)
    utf8: list[int] = []
    other: list[int] = []
    for number, line in enumerate(raw, 1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            other.append(number)
        else:
            utf8.append(number)
    return _Lines(raw, utf8, other)


def _utf8_reason() -> Problem:
    english = (
        "this line is not UTF-8 while the rest of the file is; re-export the file or convert "
        "it to UTF-8"
    )
    return Problem("import.line_not_utf8", english)


def _as_utf8(lines: _Lines) -> DecodedText:
    """A UTF-8 file but for ``lines.other``, which are decoded with U+FFFD and marked stray."""
    text = "\n".join(line.decode("utf-8", errors="replace") for line in lines.raw)
    return _checked(DecodedText(text, "utf-8", tuple(lines.other), _utf8_reason()))


def _utf8_strays(lines: _Lines, decoded: DecodedText) -> DecodedText:
    """A cp1252/latin-1 or GBK file's lines that are UTF-8 (mojibake if read as the file is) as
    stray; in a GBK file only those UTF-8 reads as Chinese (see the module's note)."""
    name = codecs.lookup(decoded.encoding).name
    if name in _SINGLE_BYTE:
        strays = lines.utf8
    elif name == _GB18030:
        strays = [n for n in lines.utf8 if _chinese_in_utf8(lines.raw[n - 1])]
    else:
        strays = []
    if not strays:
        return decoded
    english = (
        f"this line is UTF-8 while the rest of the file is {decoded.encoding}; re-export the "
        "file or convert it to UTF-8"
    )
    reason = Problem("import.line_utf8", english, encoding=decoded.encoding)
    return DecodedText(decoded.text, decoded.encoding, tuple(strays), reason)


def _chinese_in_utf8(line: bytes) -> bool:
    """Whether UTF-8 reads ``line`` as two or more CJK characters and no other non-ASCII."""
    wide = [c for c in line.decode("utf-8") if not c.isascii()]
    return len(wide) >= 2 and all(_CJK.match(c) for c in wide)


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


def decode_text(data: bytes) -> DecodedText:
    """The file's text in one encoding; raises :class:`NotTextError` for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode_utf8(data[len(codecs.BOM_UTF8) :], declared=True)
    for bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if data.startswith(bom):
            return _plain(data.decode("utf-16", errors="replace").lstrip("\ufeff"), "utf-16")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _plain(data.decode(utf16, errors="replace"), utf16)
    if b"\x00" in data[:8192]:
        raise NotTextError("it is a binary file, not a text export")
    return _decode_utf8(data, declared=False)


def _decode_utf8(data: bytes, declared: bool) -> DecodedText:
    """UTF-8, UTF-8 with stray lines, or (when most lines are not UTF-8) another encoding."""
    try:
        return _plain(data.decode("utf-8"), "utf-8-sig" if declared else "utf-8")
    except UnicodeDecodeError:
        pass
    lines = _split(data)
    if declared or len(lines.utf8) >= len(lines.other):
        return _as_utf8(lines)
    return _utf8_strays(lines, _other_encoding(data))


def _other_encoding(data: bytes) -> DecodedText:
    from charset_normalizer import from_bytes  # loaded for the rare file that is not UTF-8

    best = from_bytes(data[:_SAMPLE], cp_isolation=_CANDIDATES).best()
    order = ([best.encoding] if best is not None else []) + _CANDIDATES
    for codec in order:
        try:
            return _plain(data.decode(codec), codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return _plain(data.decode("latin_1"), "latin_1")


def _plain(text: str, encoding: str) -> DecodedText:
    return _checked(DecodedText(text.replace("\r\n", "\n").replace("\r", "\n"), encoding))


def _checked(decoded: DecodedText) -> DecodedText:
    if _looks_binary(decoded.text):
        raise NotTextError("it is a binary file, not a text export")
    return decoded
