"""A Shanghai couple sets a budget in Chinese: the unit after its amount field reads 人民币, as
every other place the window names a currency in Chinese (金额（人民币）, 按类别支出（人民币）),
not the ISO code "CNY" beside amounts written ¥1,245.00."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.gui.pages.budgets import BudgetsPage
from finapp.services.budgets import set_budget
from finapp.services.imports import import_files
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
