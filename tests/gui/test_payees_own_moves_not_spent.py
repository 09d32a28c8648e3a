"""The Payees page counts money spent once: the couple's moves between their own accounts are no
payee's spending or income.

张伟 and 李娜 each have an ICBC card and a WeChat Pay wallet. She sends him 5,000 a month for the
household (bank to bank) and they send each other 转账 in WeChat Pay; she tops up her 零钱 from
her ICBC card each month (财付通-微信零钱充值, 1,000.00) and the wallet then pays 美团 and 滴滴,
each its own payee. finapp marks those lines transfers, and every report leaves them out, yet
the Payees page listed 李娜 with 81,200.00 received and 微信零钱充值 with 14,000.00 spent, its
transfers checkbox unticked: a search for 微信 showed the top-ups as spending beside the
purchases they paid for. A payee all of whose lines are moves between one's own accounts is now
listed with the transfers (its money shown there), and a payee's money leaves out its lines
that are transfers.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from finapp.gui.models.formatting import format_money
from finapp.gui.pages.payees import PayeesPage
from finapp.services.imports import import_files
from tests.gui.shell_support import make_shell
from tests.households.shanghai_household import write_all


def _searched(qtbot, page: PayeesPage, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` over the search box's words, as a Chinese input method commits it."""
    qtbot.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    typed = QInputMethodEvent()
    typed.setCommitString(text)
    QApplication.sendEvent(page.search, typed)
    assert page.search.text() == text


def _rows(page: PayeesPage) -> dict[str, list[str]]:
    model = page.model
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    }


def test_the_couples_own_moves_are_listed_with_the_transfers(  # type: ignore[no-untyped-def]
    store, tmp_path: Path, qtbot
) -> None:
    exports = write_all(tmp_path / "exports")
    import_files(store, [path for owned in exports.values() for path in owned])
    shell = make_shell(store, tmp_path, opening_page="payees")
    qtbot.addWidget(shell.window)
    shell.window.show()
    page = shell.window.page("payees")
    assert isinstance(page, PayeesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20_000)

    _searched(qtbot, page, "微信")
    shown = _rows(page)
    assert "微信零钱充值" not in shown, shown["微信零钱充值"]  # the top-ups: no spending
    _searched(qtbot, page, "李娜")
    assert "李娜" not in _rows(page)  # her 5,000 a month to him is the household's own money

    qtbot.mouseClick(page.transfers, Qt.MouseButton.LeftButton, pos=page.transfers.rect().center())
    assert page.transfers.isChecked()
    her = _rows(page)["李娜"]  # with the transfers: her lines, and the money they moved
    assert her[1] == "29" and her[3] == format_money(Decimal("81200.00"), "CNY"), her
    _searched(qtbot, page, "微信")
    topped_up = format_money(Decimal("-14000.00"), "CNY")
    assert _rows(page)["微信零钱充值"][1:3] == ["14", topped_up]
