"""F2 renames the selected payee or subscription, as F2 renames a file in a file manager: the
same question the Rename… button asks, without reaching for the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from tests.gui.answering import opened
from tests.gui.test_page_payees import _page as payees_page
from tests.gui.test_page_payees import _row_of
from tests.gui.test_pages_subscriptions import _page as subscriptions_page
from tests.gui.test_pages_subscriptions import _select


def _active(qtbot, page: QWidget) -> None:  # type: ignore[no-untyped-def]
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)


def _press_f2(qtbot) -> None:  # type: ignore[no-untyped-def]
    """F2 where the keyboard is."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_F2)


def test_f2_on_a_payee_asks_its_new_name(qtbot, household_ctx) -> None:  # type: ignore[no-untyped-def]
    page = payees_page(qtbot, household_ctx)
    _active(qtbot, page)
    page.table.setFocus()
    page.table.selectRow(_row_of(page, "Blue Bottle Coffee"))
    _press_f2(qtbot)
    dialog = opened(page, QInputDialog, "rename-payee")
    assert dialog.textValue() == "Blue Bottle Coffee"
    dialog.reject()


def test_f2_on_a_subscription_asks_its_new_name(qtbot, household_ctx) -> None:  # type: ignore[no-untyped-def]
    page = subscriptions_page(qtbot, household_ctx)
    _active(qtbot, page)
    page.table.setFocus()
    _select(page, "Netflix")
    _press_f2(qtbot)
    dialog = opened(page, QInputDialog, "rename-subscription")
    assert dialog.textValue() == "Netflix"
    dialog.reject()
