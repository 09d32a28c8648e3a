"""How wide a small dialog must be for its title and its content to be read whole.

A dialog of one question sizes itself to its few widgets, and the window manager then cuts its
title ("Set cate… — finapp") and the combo box cuts long category names. The width is worked
out from the dialog's own font, so it holds in every language and at every font size: the full
title as the title bar shows it (Qt adds " — finapp") plus the room the title bar's icon and
buttons take, and the widest choice or line the dialog shows.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QWidget

#: The title bar's icon and its three buttons (minimise, maximise, close), and the space
#: around the title, in line heights: window managers draw them about a line high each.
TITLE_BAR_LINES = 7
#: Title bars often draw the title a size or two larger than the application's own text
#: (openbox, Xfwm, KWin's defaults): room for a title this much wider than the app's bold font.
TITLE_FONT_GROWTH = 1.25
#: Room around a line of content (the dialog's margins, a combo box's arrow), in line heights.
CONTENT_LINES = 4
#: No small dialog grows past this many average characters for a very long choice.
MOST_CHARACTERS = 70


def full_title(title: str) -> str:
    """The title as the title bar shows it: Qt adds the application's display name."""
    name = QGuiApplication.applicationDisplayName()
    return f"{title} — {name}" if name and name != title else title


def needed_width(dialog: QWidget, texts: Iterable[str] = ()) -> int:
    """The width ``dialog`` needs for its whole title and the widest of ``texts``."""
    metrics = dialog.fontMetrics()
    line = metrics.height()
    bold = QFont(dialog.font())
    bold.setBold(True)  # most title bars draw the title bold
    title = QFontMetrics(bold).horizontalAdvance(full_title(dialog.windowTitle()))
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    widest = min(widest, metrics.averageCharWidth() * MOST_CHARACTERS)
    return max(
        round(title * TITLE_FONT_GROWTH) + TITLE_BAR_LINES * line, widest + CONTENT_LINES * line
    )


def fit_width(dialog: QWidget, texts: Iterable[str] = ()) -> None:
    """Never let ``dialog`` be narrower than its title and the widest of ``texts`` need."""
    dialog.setMinimumWidth(max(dialog.minimumWidth(), needed_width(dialog, texts)))
