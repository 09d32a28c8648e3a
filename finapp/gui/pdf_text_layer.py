"""A PDF's text as its reader searches and copies it: Chinese characters, not the radicals
drawn alike, and two letters, not their ligature.

A PDF draws glyphs, and each font's ToUnicode map says which characters they are: search, copy
and a screen reader get those. Qt's PDF writer names each glyph by the first character of the
font's character map that draws it, and Chinese fonts (Noto Sans CJK, Source Han Sans) draw
hundreds of radicals with the glyph of an ordinary character: 月 and ⽉ (U+2F49), 入 and ⼊,
门 and ⻔ (U+2ED4), 长, 车, 马, 见, 页…. The radicals come first in Unicode, so a year review's
收入 and 12月 were found by no search and copied as 收⼊ and 12⽉, though the page looked right.

Unicode's compatibility forms would not undo it: they take ⻔ nowhere and ⼾ to the traditional
戶, where a simplified Chinese font draws 户. The font is the only judge, so
:func:`text_readings` asks the fonts the document is laid out in which of its characters
share a glyph with a radical, and :func:`with_readings` rewrites the PDF's ToUnicode maps to
say those characters. The same maps name a ligature's glyph by the ligature (ﬁ, U+FB01), so
"finapp" was searched as "ﬁnapp": it is told as its letters. Qt writes the maps uncompressed
and a classic cross-reference table, whose offsets are moved by what the rewritten maps add.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator, Mapping

from PySide6.QtGui import QRawFont, QTextDocument, QTextLayout

log = logging.getLogger("finapp.gui")

#: CJK Radicals Supplement and Kangxi Radicals: the characters Qt may name a shared glyph by
_RADICALS = "".join(map(chr, (*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6))))
#: Latin ligatures, each told as its letters (ﬁ as fi)
_LIGATURES = {ligature: unicodedata.normalize("NFKC", ligature) for ligature in "ﬀﬁﬂﬃﬄﬅﬆ"}
#: the characters a radical's glyph may also draw: from the radicals to the end of the basic
#: plane, where each character is one glyph's index
_FIRST_CJK, _LAST = 0x2E80, 0xFFFF


def text_readings(document: QTextDocument) -> dict[str, str]:
    """What the PDF of ``document`` should say for what Qt names its glyphs by: a ligature's
    letters, and for each radical a font of ``document`` draws with the glyph of one of the
    document's characters, that character."""
    wanted = "".join(sorted({c for c in document.toPlainText() if _FIRST_CJK <= ord(c) <= _LAST}))
    readings = dict(_LIGATURES)
    for font in _fonts_drawing(document, wanted):
        radicals_of: dict[int, list[str]] = {}  # a glyph may draw two radicals (⻝ and ⾷: 食)
        for radical, glyph in zip(_RADICALS, font.glyphIndexesForString(_RADICALS), strict=True):
            if glyph:
                radicals_of.setdefault(glyph, []).append(radical)
        for character, glyph in zip(wanted, font.glyphIndexesForString(wanted), strict=True):
            for radical in radicals_of.get(glyph, ()):
                if radical != character:
                    readings[radical] = character
    return readings


def _fonts_drawing(document: QTextDocument, text: str) -> Iterator[QRawFont]:
    """The fonts ``text`` is drawn in by the fonts ``document`` sets its characters in: Qt's
    own choice, the font that has them where the one asked for does not."""
    if not text:
        return
    fonts = [document.defaultFont()]
    fonts += [used.toCharFormat().font() for used in document.allFormats() if used.isCharFormat()]
    # a style sheet's list of families (DejaVu Sans, …, Noto Sans CJK SC) is in no font's key
    for font in {(tuple(font.families()), font.key()): font for font in fonts}.values():
        layout = QTextLayout(text, font)
        layout.setCacheEnabled(True)  # keeps the glyphs the layout chose
        layout.beginLayout()
        while layout.createLine().isValid():
            pass
        layout.endLayout()
        for run in layout.glyphRuns():
            yield run.rawFont()


#: a stream's dictionary giving its length alone (no filter: the bytes are as written)
_PLAIN_STREAM = re.compile(rb"<<\s*/Length (\d+)\s*>>\s*stream\r?\n")
#: the maps from a font's glyphs to characters (a stream of ToUnicode)
_SECTION = re.compile(rb"beginbf(range|char)(.*?)endbf\1", re.S)
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_CHAR = re.compile(rb"(<[0-9A-Fa-f]+>\s*)<([0-9A-Fa-f]+)>")
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
_XREF_ENTRY = re.compile(rb"(\d{10})( \d{5} n)")
_START_XREF = re.compile(rb"startxref\s*(\d+)\s*%%EOF\s*$")


def with_readings(pdf: bytes, readings: Mapping[str, str]) -> bytes:
    """``pdf`` with its ToUnicode maps saying ``readings``' text for the characters they read."""
    start = _START_XREF.search(pdf)
    if start is None or not pdf.startswith(b"xref", int(start.group(1))):
        log.warning("the PDF's text is left as Qt wrote it: no cross-reference table found")
        return pdf
    parts: list[bytes] = []
    moves: list[tuple[int, int]] = []  # (offset, bytes added there)
    at = 0
    for stream in _PLAIN_STREAM.finditer(pdf, 0, int(start.group(1))):
        body = pdf[stream.end() : stream.end() + int(stream.group(1))]
        if b"/Ordering (UCS)" not in body:
            continue
        told = _SECTION.sub(lambda section: _said(section, readings), body)
        if told == body:
            continue
        rewritten = b"<< /Length %d >>\nstream\n%s" % (len(told), told)
        parts += [pdf[at : stream.start()], rewritten]
        at = stream.end() + len(body)
        moves.append((stream.start(), len(rewritten) - (at - stream.start())))
    if not moves:
        return pdf
    xref_at = int(start.group(1))
    parts.append(pdf[at:xref_at])
    table = _XREF_ENTRY.sub(
        lambda e: b"%010d%s" % (_moved(int(e.group(1)), moves), e.group(2)),
        pdf[xref_at : start.start()],
    )
    return b"".join(parts) + table + b"startxref\n%d\n%%%%EOF\n" % _moved(xref_at, moves)


def _moved(offset: int, moves: list[tuple[int, int]]) -> int:
    return offset + sum(added for at, added in moves if at < offset)


def _said(section: re.Match[bytes], readings: Mapping[str, str]) -> bytes:
    """A ``bfrange`` or ``bfchar`` section of a ToUnicode map with ``readings`` applied."""
    kind, entries = section.group(1), section.group(2)
    if kind == b"char":
        told = _CHAR.sub(lambda e: e.group(1) + _hex(_read(e.group(2), readings)), entries)
    else:
        told = _RANGE.sub(lambda e: _range(e, readings), entries)
    return b"beginbf" + kind + told + b"endbf" + kind


def _range(entry: re.Match[bytes], readings: Mapping[str, str]) -> bytes:
    """One ``<first> <last> …`` entry: an array's characters each read, and a run of characters
    that counts up from one (``<0005> <0007> <2F00>``) written as an array if one of them is
    read otherwise."""
    first, last, target = entry.groups()
    if target.startswith(b"["):
        words = _HEX.sub(lambda e: _hex(_read(e.group(1), readings)), target)
        return b"<%s> <%s> %s" % (first, last, words)
    text = _text(target[1:-1])
    if len(text) != 1:  # a ligature's characters: never a radical's run
        return entry.group(0)
    run = [chr(ord(text) + step) for step in range(int(last, 16) - int(first, 16) + 1)]
    read = [readings.get(character, character) for character in run]
    if read == run:
        return entry.group(0)
    if len(run) == 1:
        return b"<%s> <%s> %s" % (first, last, _hex(read[0]))
    return b"<%s> <%s> [%s]" % (first, last, b" ".join(map(_hex, read)))


def _read(hex_text: bytes, readings: Mapping[str, str]) -> str:
    return "".join(readings.get(character, character) for character in _text(hex_text))


def _text(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode("ascii")).decode("utf-16-be")


def _hex(text: str) -> bytes:
    return b"<%s>" % text.encode("utf-16-be").hex().upper().encode("ascii")
