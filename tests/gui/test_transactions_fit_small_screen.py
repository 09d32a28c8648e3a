"""The Transactions page in a 1024×700 window: every column in view, none scrolled sideways.

The columns have widths computed from the font and the names (measuring 300k rows is slow). At
1024 pixels the Shanghai couple's table asked for some 1,000 pixels in a table 800 wide: it
scrolled sideways, the Tags and Note columns out of sight and the memo cut at the table's edge.
Now the columns share the table's width: the mostly empty Tags and Note give up width first,
then the names, each down to its header's width; the date, the amount and the memo's starting
width are kept, and a name cut short reads whole in the cell's tooltip.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from finapp.gui.models.transactions_model import COL_ACCOUNT, COL_AMOUNT, COL_DATE, COL_MEMO
from finapp.gui.pages.transactions import TransactionsPage
from finapp.services.imports import import_files
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.shell_support import make_shell
from tests.households.shanghai_household import write_all


@pytest.mark.parametrize("language", ["us_locale", "chinese"])
def test_at_1024_pixels_every_column_is_in_view(  # type: ignore[no-untyped-def]
    store, tmp_path: Path, qtbot, request: pytest.FixtureRequest, language: str
) -> None:
    request.getfixturevalue(language)
    exports = write_all(tmp_path / "exports")
    import_files(store, [path for owned in exports.values() for path in owned])
    shell = make_shell(store, tmp_path, opening_page="transactions")
    window = shell.window
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    page = window.page("transactions")
    assert isinstance(page, TransactionsPage)
    qtbot.waitUntil(lambda: page.model.total_count() > 0, timeout=20_000)
    table, header = page.table, page.table.horizontalHeader()
    qtbot.waitUntil(lambda: table.verticalScrollBar().isVisible())  # 489 rows: it scrolls down
    qtbot.wait(50)  # the columns fitted to the width the scroll bar left

    assert table.horizontalScrollBar().maximum() == 0
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in shown)
    assert right <= table.viewport().width(), (right, table.viewport().width())
    # each header whole, the dates and amounts whole, the memo at its starting width
    for column in shown:
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    metrics = table.fontMetrics()
    for column in (COL_DATE, COL_AMOUNT):
        widest = max(
            metrics.horizontalAdvance(page.model.index(row, column).data())
            for row in range(page.model.rowCount())
        )
        assert header.sectionSize(column) > widest, column
    assert header.sectionSize(COL_MEMO) >= 11 * page.fontMetrics().horizontalAdvance("M")
    if language == "us_locale":  # "WeChat Pay 微信支付 李娜" (the Chinese names fit)
        _cut_name_read_in_tooltip(qtbot, page)
    shell.close()


def _cut_name_read_in_tooltip(qtbot, page: TransactionsPage) -> None:  # type: ignore[no-untyped-def]
    """The longest account name, which the narrower column cuts, reads whole in the cell's
    tooltip."""
    table, header, metrics = page.table, page.table.horizontalHeader(), page.table.fontMetrics()
    account = _longest_shown(page, COL_ACCOUNT)
    name = account.data()
    assert metrics.horizontalAdvance(name) > header.sectionSize(COL_ACCOUNT), name
    table.scrollTo(account)
    cell = table.visualRect(account).center()
    hover = QHelpEvent(QEvent.Type.ToolTip, cell, table.viewport().mapToGlobal(cell))
    QApplication.sendEvent(table.viewport(), hover)
    qtbot.waitUntil(lambda: QToolTip.text() == name)
    QToolTip.hideText()


def _longest_shown(page: TransactionsPage, column: int) -> QModelIndex:
    """The row whose text in ``column`` is the widest."""
    model, metrics = page.model, page.table.fontMetrics()
    row = max(
        range(model.rowCount()),
        key=lambda r: metrics.horizontalAdvance(model.index(r, column).data()),
    )
    return model.index(row, column)
