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


def test_on_a_wide_window_the_figures_sit_beside_the_account_names(qtbot, household_ctx) -> None:
    """At 1920×1080 the account column is as wide as its names, not the screen's width with
    the balances at its far edge."""
    page = AccountsPage(household_ctx)
    qtbot.addWidget(page)
    page.resize(1770, 980)  # a 1920×1080 window beside the page list
    page.show()
    qtbot.waitExposed(page)
    table, model = page.table, page.model
    metrics = table.fontMetrics()
    names = max(
        metrics.horizontalAdvance(model.index(r, 0).data()) for r in range(model.rowCount())
    )
    header = table.horizontalHeader()
    em = metrics.horizontalAdvance("M")
    qtbot.waitUntil(lambda: header.sectionSize(0) <= names + 3 * em)
    assert header.sectionSize(0) > names  # every name whole
    # the last column takes what is left, to the table's edge; the figures end well before
    figures_end = sum(header.sectionSize(c) for c in range(header.count() - 1))
    assert figures_end < table.viewport().width() * 3 // 4
