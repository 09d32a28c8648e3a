"""A desktop font that draws a radical and its character with one glyph, as Noto Sans CJK and
Source Han Sans do for hundreds of them: 入 and ⼊ (U+2F0A), 月 and ⽉ (U+2F49), 门 and ⻔
(U+2ED4), 长 and ⻓ (U+2ED3), 食 and both ⻝ (U+2EDD) and ⾷ (U+2FB7). Made here (fontTools,
which matplotlib brings), so a test sees what a Chinese desktop's font does on a machine
without one."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FAMILY = "Finapp Radicals Test"
#: glyph name: the characters it draws, the radicals first as in Unicode's order (Noto Sans
#: CJK SC draws both ⻝ and ⾷ with 食's glyph)
SHARED = {"ru": "⼊入", "yue": "⽉月", "men": "⻔门", "chang": "⻓长", "shi": "⻝⾷食"}
#: characters with a glyph of their own, so that the words the tests read are drawn on a machine
#: with no Chinese font of its own
OWN = "收店账户由生成饮"


def _box(width: int) -> object:
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0))
    pen.lineTo((100, 800))
    pen.lineTo((width - 100, 800))
    pen.lineTo((width - 100, 0))
    pen.closePath()
    return pen.glyph()


def font_bytes() -> bytes:
    """The font as a TrueType file."""
    drawn = {**SHARED, **{f"uni{ord(character):04X}": character for character in OWN}}
    names = [".notdef", *drawn]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap(
        {ord(character): name for name, characters in drawn.items() for character in characters}
    )
    builder.setupGlyf({name: _box(1000) for name in names})
    builder.setupHorizontalMetrics({name: (1000, 100) for name in names})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": FAMILY, "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()


@contextmanager
def desktop_font_sharing_radicals(app: QApplication) -> Iterator[None]:
    """The desktop's font is :data:`FAMILY` (characters it lacks fall back to others), then the
    font before it again."""
    font_id = QFontDatabase.addApplicationFontFromData(font_bytes())
    assert QFontDatabase.applicationFontFamilies(font_id) == [FAMILY]
    before = app.font()
    app.setFont(QFont(FAMILY, before.pointSize()))
    try:
        yield
    finally:
        app.setFont(before)
        QFontDatabase.removeApplicationFont(font_id)
