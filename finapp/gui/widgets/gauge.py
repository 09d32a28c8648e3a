"""A gauge: a thin bar with its text beside it, for a share or progress read at a glance.

Qt's progress bar draws a full-height block with the text inside, which on the Health page read
as a row of blue buttons (a bar at 100%) or a text box (the card's "33%" in an empty frame). A
gauge keeps QProgressBar's API (range, value, ``format()``), so code and tests use it as one,
and paints as a settings or finance app does: a thin rounded track, the filled part in the
highlight colour (the palette's, so a budget over its amount can colour it), the text after it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QProgressBar, QSizePolicy, QWidget

#: the track's height in pixels, and the least width it is given
_TRACK, _LEAST_EMS = 6, 8


class Gauge(QProgressBar):
    """A QProgressBar painted as a thin track with its text on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _text_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self.text())

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().horizontalAdvance("M")
        return QSize(_LEAST_EMS * em + em + self._text_width(), self.fontMetrics().height() + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        em = self.fontMetrics().horizontalAdvance("M")
        text_width = self._text_width()
        track = QRectF(0, (self.height() - _TRACK) / 2, self.width() - text_width - em, _TRACK)
        palette = self.palette()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(track, _TRACK / 2, _TRACK / 2)
        span = self.maximum() - self.minimum()
        share = (self.value() - self.minimum()) / span if span > 0 else 0.0
        if share > 0:
            filled = QRectF(track.x(), track.y(), max(track.width() * share, _TRACK), _TRACK)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(filled, _TRACK / 2, _TRACK / 2)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        text_box = self.rect().adjusted(int(track.right()) + em, 0, 0, 0)
        painter.drawText(
            text_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.text()
        )
        painter.end()
