"""Names wrap between their words, never inside one, in a 1024×700 window.

Qt breaks a line wherever Unicode allows, between any two Chinese characters and after an
ellipsis: in Chinese the demo's Subscriptions page read "支付宝 · 花 / 呗" and "支付宝 · 余额 /
宝" in Paid from, the Shanghai couple's "每两个 / 月" in Cadence; their Accounts page read "ICBC …
/ 3391" and "WeChat Pay 微信支付 张 / 伟". A name now wraps at the spaces between its words alone;
one that does not fit is elided, whole in its tooltip.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QTableView

from finapp.gui.pages.accounts import AccountsPage
from finapp.gui.pages.subscriptions import (
    COL_CADENCE,
    COL_NAME,
    COL_PAID_FROM,
    SubscriptionsPage,
)
from finapp.services.demo import open_demo_store
from finapp.services.imports import import_files
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.shell_support import make_shell
from tests.gui.wrapped_cells import drawn_lines
from tests.households.shanghai_household import write_all

pytestmark = pytest.mark.slow


def _split_inside_a_word(view: QAbstractItemView, index: QModelIndex) -> str | None:
    """The cell's lines joined by " / " when a line ends inside a word (its lines joined by
    spaces are not the name), else None."""
    name = str(index.data() or "")
    lines = drawn_lines(view, index)
    return None if " ".join(lines) == name else " / ".join(lines)


def _window(  # type: ignore[no-untyped-def]
    qtbot, store, tmp_path: Path, page_name: str, size: tuple[int, int] = (1024, 700), **shell
):
    """The window at ``size`` on ``page_name``, its rows in: (shell, page)."""
    window_shell = make_shell(store, tmp_path, opening_page=page_name, **shell)
    qtbot.addWidget(window_shell.window)
    window_shell.window.resize(*size)
    window_shell.window.show()
    qtbot.waitExposed(window_shell.window)
    page = window_shell.window.page(page_name)
    qtbot.waitUntil(lambda: page.findChild(QAbstractItemView).model().rowCount() > 0)
    qtbot.wait(50)  # the rows laid out at the columns' widths
    return window_shell, page


def test_in_chinese_the_demo_s_wallets_wrap_between_words(  # type: ignore[no-untyped-def]
    qtbot,
    us_locale,
    chinese,  # noqa: F811
    tmp_path: Path,
) -> None:
    store = open_demo_store(tmp_path / "demo")
    shell, page = _window(qtbot, store, tmp_path, "subscriptions", is_demo=True)
    rows = _rows(page)
    paid_from = {row.siblingAtColumn(COL_PAID_FROM).data() for row in rows}
    assert {"支付宝 · 花呗", "支付宝 · 余额宝"} <= paid_from
    split = _split_names(page, rows)
    assert split == [], split
    shell.close()
    store.close()


def test_in_chinese_the_couple_s_bills_wrap_between_words(  # type: ignore[no-untyped-def]
    qtbot,
    us_locale,
    chinese,  # noqa: F811
    store,
    tmp_path: Path,
) -> None:
    """In the window a 1024×700 screen opens (1008×652): 城投水务's cadence read "每两个 / 月"."""
    exports = write_all(tmp_path / "exports")
    import_files(store, [path for owned in exports.values() for path in owned])
    shell, page = _window(qtbot, store, tmp_path, "subscriptions", (1008, 652))
    rows = _rows(page)
    assert "每两个月" in {row.siblingAtColumn(COL_CADENCE).data() for row in rows}
    split = _split_names(page, rows)
    assert split == [], split
    shell.close()


def _rows(page) -> list[QModelIndex]:  # type: ignore[no-untyped-def]
    """Every subscription's row on the Subscriptions ``page``, its groups unfolded or not."""
    assert isinstance(page, SubscriptionsPage)
    model = page.model
    groups = [model.index(n, 0) for n in range(model.rowCount())]
    return [model.index(r, 0, g) for g in groups for r in range(model.rowCount(g))]


def _split_names(page: SubscriptionsPage, rows: list[QModelIndex]) -> list[str]:
    """The names, cadences and paying accounts split inside a word, as drawn."""
    return [
        text
        for row in rows
        for column in (COL_NAME, COL_CADENCE, COL_PAID_FROM)
        if (text := _split_inside_a_word(page.table, row.siblingAtColumn(column))) is not None
    ]


def test_the_couple_s_account_names_wrap_between_words(  # type: ignore[no-untyped-def]
    qtbot, us_locale, store, tmp_path: Path
) -> None:
    exports = write_all(tmp_path / "exports")
    import_files(store, [path for owned in exports.values() for path in owned])
    shell, page = _window(qtbot, store, tmp_path, "accounts")
    assert isinstance(page, AccountsPage)
    table = page.findChild(QTableView)
    model = table.model()
    names = [model.index(row, 0) for row in range(model.rowCount())]
    assert {"ICBC …3391", "WeChat Pay 微信支付 张伟"} <= {n.data() for n in names}
    split = [text for n in names if (text := _split_inside_a_word(table, n)) is not None]
    assert split == [], split
    for index in names:  # each line whole in the column: no word cut at its edge either
        lines = drawn_lines(table, index)
        metrics = table.fontMetrics()
        room = table.horizontalHeader().sectionSize(0)
        assert all(metrics.horizontalAdvance(line) < room for line in lines), lines
        assert table.rowHeight(index.row()) >= len(lines) * metrics.lineSpacing()
    shell.close()
