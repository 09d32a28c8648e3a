"""The audit's columns at a 1024×640 screen: every column of figures as wide as what it shows
and its header, the columns of words (a merchant's name, the paying account, the price history,
the overlaps, the review) sharing the room left and wrapping onto more lines, so the dialog
never scrolls sideways; no header cut to "e hist" or "verlap"."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyle

from finapp.gui.dialogs.subscription_audit import COL_NAME, WORDS, SubscriptionAuditDialog
from finapp.gui.window_geometry import FRAME_ALLOWANCE
from finapp.services import subscriptions as subs
from tests.gui.test_subscription_audit_dialog import AS_OF, ctx  # noqa: F401  (the fixture)

#: a merchant's name as long as a small studio's or a club's can be
LONG_NAME = "Brooklyn Heights Community Music and Dance Studio Membership"


def _whole_lines(table, row: int, column: int) -> bool:  # type: ignore[no-untyped-def]
    """The cell's words fit its column and row, wrapped as the table draws them."""
    text = str(table.model().index(row, column).data() or "")
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = table.columnWidth(column) - 2 * margin  # as the item delegate lays text out
    flags = int(Qt.TextFlag.TextWordWrap)
    needed = table.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), flags, text)
    return needed.height() <= table.rowHeight(row)


def test_at_a_small_screen_nothing_scrolls_sideways_and_long_names_wrap(qtbot, ctx) -> None:  # noqa: F811
    line = next(v for v in subs.stored_subscriptions(ctx.store) if v.name == "Netflix")
    subs.rename(ctx.store, line.id, LONG_NAME)
    dialog = SubscriptionAuditDialog(ctx, AS_OF)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)  # the most a 1024×640 screen leaves a dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    table, header, model = dialog.table, dialog.table.horizontalHeader(), dialog.model
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible())
    cut = [
        model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(header.count())
        if header.sectionSize(c) < header.sectionSizeHint(c)
        or (c not in WORDS and header.sectionSize(c) < table.sizeHintForColumn(c))
    ]
    assert not cut
    row = next(r for r in range(model.rowCount()) if model.index(r, COL_NAME).data() == LONG_NAME)
    assert header.sectionSize(COL_NAME) < table.fontMetrics().horizontalAdvance(LONG_NAME)
    assert table.rowHeight(row) >= 2 * table.fontMetrics().height()  # on two lines or more
    for column in WORDS:
        for r in range(model.rowCount()):
            assert _whole_lines(table, r, column), model.index(r, column).data()


def test_opens_within_the_screen(qtbot, ctx) -> None:  # noqa: F811
    """The test screen (800×800) is narrower than the columns of figures and the headers of
    words need: the dialog opens as wide as the screen has room for with the window manager's
    frame around it, not wider, and no taller."""
    dialog = SubscriptionAuditDialog(ctx, AS_OF)
    qtbot.addWidget(dialog)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    room = screen.width() - FRAME_ALLOWANCE.width()
    assert dialog.width() == dialog.minimumWidth() == room
    assert dialog.height() <= screen.height() and dialog.minimumHeight() <= screen.height()


def test_a_wider_window_shows_the_words_whole(qtbot, ctx) -> None:  # noqa: F811
    dialog = SubscriptionAuditDialog(ctx, AS_OF)
    qtbot.addWidget(dialog)
    dialog.resize(1400, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    table, header = dialog.table, dialog.table.horizontalHeader()
    assert all(header.sectionSize(c) >= table.sizeHintForColumn(c) for c in WORDS)
    assert header.length() == table.viewport().width()  # the room left goes to the names
