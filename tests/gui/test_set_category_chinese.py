"""Setting the category of several lines in Chinese: the list reads in pinyin order and Enter
does not file the lines under whatever came first.

The list followed the English names stored beneath (Bills, Food, Shopping, Transport), so a
Chinese reader met 账单与水电 first, preselected: pressing Enter filed a month of coffee and
taxis as utilities.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog

from finapp.gui.pages.transactions import TransactionsPage
from finapp.services.categories import list_categories
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from tests.gui.answering import enter, opened
from tests.gui.chinese import chinese  # noqa: F401
from tests.gui.page_fixtures import inline_ctx

MONTH = (
    "交易日期,交易摘要,金额\n"
    "2026-10-03,星巴克,-36.00\n2026-10-05,中国移动,-58.00\n2026-10-08,滴滴出行,-32.40\n"
    "2026-10-12,瑞幸咖啡,-15.90\n2026-10-15,滴滴出行,-27.80\n"
)


def test_the_category_list_reads_in_pinyin_and_enter_files_nothing(  # type: ignore[no-untyped-def]
    qtbot,
    chinese,  # noqa: F811
    store,
    data_dir,
    tmp_path,
):
    bill = tmp_path / "工商银行明细.csv"
    bill.write_text(MONTH, encoding="utf-8")
    import_files(store, [bill])
    before = {t.id: t.category for t in list_transactions(store)}
    page = TransactionsPage(inline_ctx(store, data_dir))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    page.table.selectAll()
    qtbot.mouseClick(page.bulk_button, Qt.MouseButton.LeftButton)
    ask = opened(page, QInputDialog, "set-category")

    items = ask.comboBoxItems()
    tops = [items.index(name) for name in ("购物", "交通", "饮食", "账单与水电", "住房")]
    assert tops == sorted(tops)  # gòu, jiāo, yǐn, zhàng, zhù: by pinyin, not by the English
    assert ask.textValue() == ""  # coffee, a phone bill and taxis share no category
    enter(qtbot, ask)
    assert {t.id: t.category for t in list_transactions(store)} == before


def test_a_category_typed_by_its_own_name_files_the_lines_under_it(  # type: ignore[no-untyped-def]
    qtbot,
    chinese,  # noqa: F811
    store,
    data_dir,
    tmp_path,
):
    """A Chinese reader types the name they know, 电费, for the category shown 账单与水电：电费:
    the completer offers it from that part, and Enter files the line there rather than making
    a second, empty top-level 电费 beside it."""
    bill = tmp_path / "工商银行明细.csv"
    bill.write_text("交易日期,交易摘要,金额\n2026-10-20,缴费-北京电力,-156.30\n", encoding="utf-8")
    import_files(store, [bill])
    page = TransactionsPage(inline_ctx(store, data_dir))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectAll()
    qtbot.mouseClick(page.bulk_button, Qt.MouseButton.LeftButton)
    ask = opened(page, QInputDialog, "set-category")
    (combo,) = ask.findChildren(QComboBox)
    typed = QInputMethodEvent()  # as a Chinese input method hands over what was typed
    typed.setCommitString("电费")
    QApplication.sendEvent(combo.lineEdit(), typed)
    completer = combo.completer()
    assert completer is not None
    offered = [
        completer.completionModel().index(row, 0).data()
        for row in range(completer.completionCount())
    ]
    assert "账单与水电：电费" in offered
    completer.popup().hide()  # what was typed, the popup left alone
    enter(qtbot, ask)
    qtbot.waitUntil(lambda: list_transactions(store)[0].category is not None)
    assert [t.category for t in list_transactions(store)] == ["Bills & Utilities:Electricity"]
    assert "电费" not in [c.path for c in list_categories(store)]
