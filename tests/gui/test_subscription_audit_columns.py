"""The audit's columns at a 1024×640 screen: every short column as wide as what it shows and its
header, the price history and the overlaps sharing the room left (whole in their tooltips), no
header cut to "e hist" or "verlap" while another column has room to spare."""

from __future__ import annotations

from PySide6.QtCore import Qt

from finapp.gui.dialogs.subscription_audit import (
    COL_OVERLAPS,
    COL_PRICE_HISTORY,
    SubscriptionAuditDialog,
)
from tests.gui.test_subscription_audit_dialog import AS_OF, ctx  # noqa: F401  (the fixture)

WORDS = (COL_PRICE_HISTORY, COL_OVERLAPS)


def test_every_column_shows_its_header_and_the_short_ones_their_cells(qtbot, ctx) -> None:  # noqa: F811
    dialog = SubscriptionAuditDialog(ctx, AS_OF)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)  # the most a 1024×640 screen leaves a dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    table, header, model = dialog.table, dialog.table.horizontalHeader(), dialog.model
    cut = [
        model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(header.count())
        if header.sectionSize(c) < header.sectionSizeHint(c)
        or (c not in WORDS and header.sectionSize(c) < table.sizeHintForColumn(c))
    ]
    assert not cut
    spare = table.viewport().width() - header.length()
    squeezed = [c for c in WORDS if header.sectionSize(c) < table.sizeHintForColumn(c)]
    assert spare <= 0 or not squeezed, "a column of words cut while the table has room"
    assert spare >= 0 or all(header.sectionSize(c) == header.sectionSizeHint(c) for c in WORDS)
    for column in WORDS:
        for row in range(model.rowCount()):
            cell = model.index(row, column)
            assert cell.data(Qt.ItemDataRole.ToolTipRole) == cell.data()  # cut, it reads whole


def test_a_wider_window_shows_the_words_whole(qtbot, ctx) -> None:  # noqa: F811
    dialog = SubscriptionAuditDialog(ctx, AS_OF)
    qtbot.addWidget(dialog)
    dialog.resize(1400, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    table, header = dialog.table, dialog.table.horizontalHeader()
    assert all(header.sectionSize(c) >= table.sizeHintForColumn(c) for c in WORDS)
    assert header.length() == table.viewport().width()  # the room left goes to the history
