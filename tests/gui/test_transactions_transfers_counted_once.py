"""A Shanghai couple searches the Transactions page: money paid through a wallet counts once.

李娜 pays 美团外卖 in WeChat Pay with her 招商银行 credit card (and once a month with her ICBC
card); each order is on the wallet's bill (美团外卖, the spending) and again on the card's
statement as 财付通-美团, the line that paid it, which finapp marks a transfer. Searching 美团
showed both and the net under the table added both: 112 rows, net −6,793.40 for 3,396.70 of
orders. Now the card's lines are greyed, in italics, their category cell naming the wallet the
money went to, and the net counts the orders once and says how many transfers it left out. The
card's monthly repayment (还款) and 张伟's 余额宝 top-ups are money between their own accounts:
a search for them nets nothing spent.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QPalette
from PySide6.QtWidgets import QApplication

from finapp.gui.models.formatting import format_money
from finapp.gui.models.transactions_model import COL_ACCOUNT, COL_AMOUNT, COL_CATEGORY
from finapp.gui.pages.transactions import TransactionsPage
from finapp.services.demo import fill_demo_store
from finapp.services.imports import import_files
from tests.gui.shell_support import make_shell
from tests.households.shanghai_household import build, write_all


def _searched(qtbot, page: TransactionsPage, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into the search box over what is there, as a Chinese input method gives
    it: Ctrl+A, then the words the user picked committed at once."""
    qtbot.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    typed = QInputMethodEvent()
    typed.setCommitString(text)
    QApplication.sendEvent(page.search, typed)
    qtbot.waitUntil(lambda: page.model.current_filter().text == text, timeout=5_000)


def test_a_search_counts_money_paid_through_a_wallet_once(  # type: ignore[no-untyped-def]
    store, tmp_path: Path, qtbot
) -> None:
    exports = write_all(tmp_path / "exports")
    import_files(store, [path for owned in exports.values() for path in owned])
    orders = -sum(
        (line.amount for line in build().truth if line.payee == "美团" and line.kind == "spend"),
        Decimal(0),
    )
    assert orders == Decimal("3396.70")  # 56 orders
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    page = shell.window.page("transactions")
    assert isinstance(page, TransactionsPage)
    qtbot.waitUntil(lambda: page.model.total_count() > 0, timeout=20_000)

    _searched(qtbot, page, "美团")
    model = page.model
    assert model.rowCount() == 112  # each order and the card line that paid it, both shown
    # (English words "transfers" once its translation lists the string; "transfer(s)" before)
    net = f" · net {format_money(-orders, 'CNY')} · 56 transfer"
    assert net in page.status.text() and page.status.text().endswith(" not counted")
    greyed = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    funding = [row for row in range(model.rowCount()) if not model.is_counted(row)]
    assert len(funding) == 56
    for row in funding:
        category = model.index(row, COL_CATEGORY)
        assert category.data() == "Transfer to WeChat Pay 微信支付 李娜"
        tip = category.data(3)  # its tooltip: the cell's words whole (cut in a narrow column)
        assert tip.startswith("Transfer to WeChat Pay 微信支付 李娜\n") and "not counted" in tip
        for column in (COL_ACCOUNT, COL_AMOUNT):
            cell = model.index(row, column)
            assert cell.data(6).italic() and cell.data(9) == greyed  # font, foreground
    orders_shown = [row for row in range(model.rowCount()) if model.is_counted(row)]
    assert {model.index(row, COL_CATEGORY).data() for row in orders_shown} == {"Food:Delivery"}
    assert model.index(orders_shown[0], COL_AMOUNT).data(6) is None  # the view's own font

    # the card's repayments and the 余额宝 top-ups move money between the couple's accounts
    for words in ("还款", "余额宝"):
        _searched(qtbot, page, words)
        shown = model.rowCount()
        assert shown and model.uncounted_shown() == shown, words
        assert f" · net {format_money(Decimal('0.00'), 'CNY')} · " in page.status.text()


def test_no_count_of_transfers_left_out_of_a_net_not_shown(  # type: ignore[no-untyped-def]
    store, tmp_path: Path, qtbot
) -> None:
    """The demo household's dollars and its Alipay wallet's yuan have no net together: the
    line under the table read "2,182 transactions · 65 transfers not counted", left out of a
    total it did not show. The count of transfers is said beside a net only."""
    fill_demo_store(store, date(2026, 12, 6))
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    page = shell.window.page("transactions")
    assert isinstance(page, TransactionsPage)
    qtbot.waitUntil(lambda: page.model.total_count() > 0, timeout=20_000)
    assert page.model.visible_total() is None and page.model.uncounted_shown()
    assert "net" not in page.status.text() and "transfer" not in page.status.text()
    _searched(qtbot, page, "payment")  # dollars only, the card's payments among them
    assert " · net -$" in page.status.text() and page.status.text().endswith(" not counted")
