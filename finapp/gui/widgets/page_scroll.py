"""The scroll area a page's body scrolls in, which never takes the keyboard itself.

A QScrollArea is a Tab stop by default, yet shows no focus: a keyboard user pressed Tab and saw
nothing happen. Here the area takes no focus; its widgets do, and it still scrolls for them: Tab
to a widget out of view scrolls it into view, and PageUp/PageDown (or the arrows) pressed on a
widget that does not use them reach the area and scroll the page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def page_scroll(parent: QWidget, body: QWidget, *, framed: bool = False) -> QScrollArea:
    """``body`` in a scroll area of ``parent`` that fits its width and takes no focus."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    if not framed:
        scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(body)
    return scroll
