"""The Accounts page at a small window: every column on screen, short headers explained."""

from __future__ import annotations

from PySide6.QtCore import Qt

from finapp.gui.pages.accounts import AccountsPage


def test_every_column_fits_a_1024_pixel_window_and_short_headers_say_the_rest(
    qtbot, household_ctx
) -> None:
    page = AccountsPage(household_ctx)
    qtbot.addWidget(page)
    page.resize(815, 560)  # what a 1024×640 window leaves beside the page list
    page.show()
    qtbot.waitExposed(page)
    table, model = page.table, page.model
    assert model.rowCount() > 0
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)  # no sideways scroll
    header = table.horizontalHeader()
    shown = {
        model.headerData(c, Qt.Orientation.Horizontal): header.sectionViewportPosition(c)
        + header.sectionSize(c)
        for c in range(model.columnCount())
    }
    assert shown["Gaps"] <= table.viewport().width()
    assert shown["Books"] <= table.viewport().width()  # the last column, whole
    tips = {
        model.headerData(c, Qt.Orientation.Horizontal): model.headerData(
            c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
        for c in range(model.columnCount())
    }
    assert tips["Alert"] == "Warn when the balance falls below this"
    assert tips["Books"] == "Whether the transactions add up to the balances the statements state"
