"""Sorting the Transactions table by Category orders the rows by what the cells say.

李娜's 招商银行 card pays her WeChat Pay 美团外卖 orders; the card's lines are transfers, their
category cell reading "Transfer to WeChat Pay 微信支付 李娜", yet they are filed under a food
category. Clicking the Category header put each such line among the Food:Dining
rows, by the category the cell does not show, and 张伟's Alipay top-ups (filed under
Entertainment:Music) among his music: a reader scanning the sorted column saw "Transfer to …"
scattered between other categories. Now they sort by their own words.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from finapp.gui.models.transactions_model import COL_CATEGORY
from finapp.gui.pages.transactions import TransactionsPage
from finapp.services.imports import import_files
from tests.gui.shell_support import make_shell
from tests.gui.test_transactions_transfers_counted_once import _searched
from tests.households.shanghai_household import write_all


def _click_header(qtbot, page: TransactionsPage, column: int) -> None:  # type: ignore[no-untyped-def]
    header = page.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(column) + 8, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)


def _column(page: TransactionsPage) -> list[str]:
    model = page.model
    return [model.index(row, COL_CATEGORY).data() for row in range(model.rowCount())]


def test_a_transfer_sorts_by_the_words_its_category_cell_shows(  # type: ignore[no-untyped-def]
    store, tmp_path: Path, qtbot
) -> None:
    exports = write_all(tmp_path / "exports")
    import_files(store, [path for owned in exports.values() for path in owned])
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    page = shell.window.page("transactions")
    assert isinstance(page, TransactionsPage)
    qtbot.waitUntil(lambda: page.model.total_count() > 0, timeout=20_000)
    _click_header(qtbot, page, COL_CATEGORY)
    qtbot.waitUntil(lambda: page.table.horizontalHeader().sortIndicatorSection() == COL_CATEGORY)
    shown = _column(page)
    # each text in one run, in the order a reader reads the column: 张伟's Alipay top-ups for
    # his music, filed under Entertainment:Music, are with the other "Transfer to Alipay"
    assert shown == sorted(shown, key=str.casefold), shown
    first = shown.index("Transfer to Alipay")
    assert shown[first : first + 28] == ["Transfer to Alipay"] * 28
    _click_header(qtbot, page, COL_CATEGORY)  # and the other way round
    qtbot.waitUntil(lambda: _column(page) == sorted(shown, key=str.casefold, reverse=True))

    _searched(qtbot, page, "美团")  # the orders, and the card lines that paid them
    assert page.model.rowCount() == 112
    shown = _column(page)
    assert set(shown) == {"Food:Delivery", "Transfer to WeChat Pay 微信支付 李娜"}
    assert shown == sorted(shown, key=str.casefold, reverse=True)
    shell.close()
