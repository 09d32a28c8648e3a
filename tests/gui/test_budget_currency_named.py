"""A Shanghai couple sets a budget in Chinese: the unit after its amount field reads 人民币, as
every other place the window names a currency in Chinese (金额（人民币）, 按分类支出（人民币）),
not the ISO code "CNY" beside amounts written ¥1,245.00."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from finapp.gui.dialogs.first_run import FirstRunDialog
from finapp.gui.launcher import Launcher
from finapp.gui.pages.budgets import BudgetsPage
from finapp.gui.ui_state import UiState
from finapp.services.budgets import list_budgets, set_budget
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from tests.conftest import PASSPHRASE
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.shell_support import make_shell
from tests.households.shanghai_household import write_all


def test_the_budgets_name_the_couples_currency_in_chinese(  # type: ignore[no-untyped-def]
    store,
    tmp_path: Path,
    qtbot,
    chinese,  # noqa: F811
) -> None:
    exports = write_all(tmp_path / "exports")
    import_files(store, exports["alipay"])
    set_budget(store, "Food", Decimal("2000"))
    shell = make_shell(store, tmp_path, opening_page="budgets")
    qtbot.addWidget(shell.window)
    shell.window.show()
    page = shell.window.page("budgets")
    assert isinstance(page, BudgetsPage)
    qtbot.waitUntil(lambda: bool(page.rows) and bool(page.new_currency.text()), timeout=20_000)
    assert [row.currency.text() for row in page.rows] == ["人民币"]
    assert page.new_currency.text() == "人民币"


def test_before_any_statement_a_budget_is_in_the_chinese_users_money(  # type: ignore[no-untyped-def]
    data_dir: Path,
    tmp_path: Path,
    qapp,
    qtbot,
    chinese,  # noqa: F811
) -> None:
    """A new user in Chinese closes the welcome screen and sets a budget before importing
    anything: it reads 人民币 and is kept in CNY, not in dollars the app assumed."""
    open_store(data_dir, passphrase=PASSPHRASE).close()
    launcher = Launcher(qapp, data_dir, UiState(tmp_path / "ui.ini"))
    QTimer.singleShot(0, lambda: _escape_welcome(qtbot))
    assert launcher.start(passphrase=PASSPHRASE)
    shell = launcher.shell
    assert shell is not None
    shell.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window)
    QTest.keyClick(shell.window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = shell.window.page("budgets")
    assert isinstance(page, BudgetsPage)
    qtbot.waitUntil(lambda: page.isVisible() and bool(page.new_currency.text()), timeout=20_000)
    assert page.new_currency.text() == "人民币"
    set_budget(shell.ctx.store, "Food", Decimal("2000"))
    assert [b.currency for b in list_budgets(shell.ctx.store)] == ["CNY"]
    launcher.close()


def _escape_welcome(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Escape on the welcome screen once it is up, as a person closes it to look around."""
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, FirstRunDialog) and dialog.isVisible():
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    else:
        QTimer.singleShot(10, lambda: _escape_welcome(qtbot))
