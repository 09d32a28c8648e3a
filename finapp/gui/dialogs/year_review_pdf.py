"""The year in review as a PDF, laid out by Qt from the same page the web page is written from.

:func:`finapp.services.year_review_export.render_html` gives the page; Qt's rich-text engine
(QTextDocument) lays its headings and tables out and QPdfWriter prints it on A4 pages. That
engine draws no inline SVG, so here the charts are PNG images at print resolution held as the
document's resources. The bytes are written as the other exports are
(:func:`finapp.services.private_file.replace_privately`), by the caller.
"""

from __future__ import annotations

import io

from matplotlib.figure import Figure
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from finapp.gui.pdf_text_layer import text_readings, with_readings
from finapp.services.year_review import YearReview
from finapp.services.year_review_export import Wording, render_html
from finapp.tr_marks import fill

#: print resolution of the pages and the charts
DPI = 150


def png_of(figure: Figure) -> QImage:
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI, facecolor=figure.get_facecolor())
    return QImage.fromData(out.getvalue())


def pdf_bytes(review: YearReview, charts: list[Figure], wording: Wording) -> bytes:
    """The review on A4 pages, its charts as images the width of the text, its Chinese
    searched and copied as the characters it shows (:mod:`finapp.gui.pdf_text_layer`)."""
    names = [f"chart-{index}.png" for index in range(len(charts))]
    images = [f'<img src="{name}" width="540">' for name in names]
    document = QTextDocument()
    for name, figure in zip(names, charts, strict=True):
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), png_of(figure))
    document.setHtml(render_html(review, images, wording))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    a4, upright = QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait
    margins = QMarginsF(15, 15, 15, 15)
    writer.setPageLayout(QPageLayout(a4, upright, margins, QPageLayout.Unit.Millimeter))
    writer.setTitle(fill(wording.words["title"], (str(review.year),)))
    writer.setCreator("finapp")
    document.print_(writer)
    del writer  # ends the PDF
    buffer.close()
    return with_readings(bytes(data.data()), text_readings(document))
