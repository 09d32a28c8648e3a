"""A PDF Qt writes says the characters a reader sees when it is searched or copied: the year
review's page is set in a style sheet's list of families, as here, in a font that draws radicals
with the glyphs of common characters (:mod:`tests.gui.radical_font`)."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QFont, QPdfWriter, QTextDocument

from finapp.gui.pdf_text_layer import text_readings, with_readings
from tests.gui.radical_font import FAMILY, SHARED, desktop_font_sharing_radicals

#: the year review's style sheet, with the test's font where a Chinese desktop's font would be;
#: one size of type throughout, so that the font of the list and the document's own default
#: font are told apart by the list alone
PAGE = (
    f'<html><head><style>body {{ font-family: "DejaVu Sans", "{FAMILY}", sans-serif; }}'
    "</style></head><body><p>2025年回顾</p><p>收入 12月 饮食 门店账户</p>"
    "<table><tr><td>饮食</td><td>长</td></tr></table><p>Year in review by finapp</p></body></html>"
)


def printed(document: QTextDocument) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    document.print_(writer)
    del writer  # ends the PDF
    buffer.close()
    return bytes(data.data())


def read(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf), strict=True)
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def offsets_point_at_objects(pdf: bytes) -> bool:
    start = int(re.search(rb"startxref\s*(\d+)\s*%%EOF\s*$", pdf).group(1))
    table = pdf[start : pdf.index(b"trailer", start)]
    offsets = [int(offset) for offset in re.findall(rb"(\d{10}) \d{5} n", table)]
    return pdf.startswith(b"xref", start) and all(
        re.match(rb"\d+ 0 obj", pdf[offset : offset + 12]) for offset in offsets
    )


def test_the_words_are_searched_as_written_not_as_the_radicals_drawn_alike(qapp) -> None:  # type: ignore[no-untyped-def]
    with desktop_font_sharing_radicals(qapp):
        document = QTextDocument()
        document.setDefaultFont(QFont("DejaVu Sans"))
        document.setHtml(PAGE)
        as_qt_wrote = printed(document)
        pdf = with_readings(as_qt_wrote, text_readings(document))
    radicals = {r for drawn in SHARED.values() for r in drawn if 0x2E80 <= ord(r) < 0x2FE0}
    assert radicals & set(read(as_qt_wrote))  # what the fix is for: Qt names them so
    text = read(pdf)
    assert "收入12月饮食门店账户" in text and "饮食长" in text
    assert not radicals & set(text), sorted(radicals & set(text))
    assert "finapp" in text and offsets_point_at_objects(pdf)


def _pdf(to_unicode: bytes) -> bytes:
    """A PDF as Qt writes one: a font's ToUnicode map uncompressed, then the objects after it,
    then the cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 3 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(to_unicode), to_unicode),
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    table += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    return out + table + trailer + b"startxref\n%d \n%%%%EOF\n" % len(out)


def test_a_run_of_glyphs_counting_up_through_radicals_is_told_one_by_one() -> None:
    cmap = (
        b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"2 beginbfrange\n<0001> <0002> <2F0A>\n<0003> <0004> [<FB01> <2F49>]\nendbfrange\n"
        b"1 beginbfchar\n<0005> <2ED4>\nendbfchar\nendcmap\n"
    )
    pdf = with_readings(_pdf(cmap), {"⼊": "入", "⼋": "八", "⽉": "月", "⻔": "门", "ﬁ": "fi"})
    assert b"<0001> <0002> [<5165> <516B>]" in pdf  # 入 and 八, no longer a run
    assert b"<0003> <0004> [<00660069> <6708>]" in pdf and b"<0005> <95E8>" in pdf
    assert offsets_point_at_objects(pdf)
    assert read(pdf) == ""  # pypdf, strict, finds the page after the map (a page with no text)
