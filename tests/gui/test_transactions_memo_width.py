"""On a wide window the transactions table gives its spare width to the statement's memo, so a
memo reads whole instead of cut short beside an empty notes column; a small window keeps the
columns' starting widths, and the notes column keeps a width of its own."""

from __future__ import annotations

from finapp.gui.models.transactions_model import COL_MEMO, COL_NOTE
from finapp.gui.pages.transactions import TransactionsPage
from tests.subscriptions.test_payee_list_grouped import CHECKING, _line, _load

MEMO = "ORIG CO NAME:GLOBEX INC ORIG ID:9876543210 CO ENTRY DESCR:PAYROLL"


def test_a_wide_window_shows_the_memo_whole(qtbot, household_ctx) -> None:
    _load(household_ctx.store, CHECKING, _line(15, "3620.46", "GLOBEX INC DIR DEP", MEMO))
    page = TransactionsPage(household_ctx)
    qtbot.addWidget(page)
    page.resize(815, 560)  # a 1024×640 window beside the page list
    page.show()
    qtbot.waitExposed(page)
    header = page.table.horizontalHeader()
    em = page.fontMetrics().horizontalAdvance("M")
    assert header.sectionSize(COL_MEMO) == 11 * em  # its starting width

    page.resize(1770, 980)  # a 1920×1080 window
    metrics = page.table.fontMetrics()
    qtbot.waitUntil(lambda: header.sectionSize(COL_MEMO) > metrics.horizontalAdvance(MEMO))
    assert header.sectionSize(COL_NOTE) >= 16 * em
    page.search.setText("globex inc orig")  # the line is there, its memo whole on screen
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, COL_MEMO).data() == MEMO

    page.resize(815, 560)
    qtbot.waitUntil(lambda: header.sectionSize(COL_MEMO) == 11 * em)
