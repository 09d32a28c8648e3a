"""A subscription's name is shown whole when the window has room for it.

The Subscriptions page sized its Name column for the widest name and one indentation, but its
rows sit a level under their group's header, itself indented: the column came one indentation
short. English names hid it, measured in bold (wider than most rows are drawn); a Chinese
household read "网易云…" and "房东刘…" beside half a table of empty Notes.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle

from finapp.gui.pages.subscriptions import COL_NAME, SubscriptionsPage
from finapp.store.engine import Store
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.shell_support import make_shell
from tests.health.flagged_statements import Entry, import_months, write_months

#: renewals a household pays through 支付宝, each a name of its own
SERVICES = (
    (12, "-15.00", "网易云音乐", "网易云音乐黑胶VIP会员连续包月"),
    (15, "-25.00", "北京爱奇艺科技有限公司", "爱奇艺黄金VIP会员自动续费"),
    (20, "-25.00", "深圳市腾讯计算机系统有限公司", "腾讯视频VIP会员连续包月"),
    (5, "-3500.00", "房东刘建国", "12月房租"),
)


def _household(folder: Path) -> list[Path]:
    entries = [
        Entry(date(2026, month, day), Decimal(amount), payee, memo=memo, kind="文化休闲")
        for month in range(5, 12)
        for day, amount, payee, memo in SERVICES
    ]
    return write_months(folder, entries, wallet=True)


def test_every_name_reads_whole_in_a_wide_window(
    store: Store,
    tmp_path: Path,
    qtbot,
    chinese,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    import_months(store, _household(tmp_path / "downloads"))
    shell = make_shell(store, tmp_path, opening_page="subscriptions")
    qtbot.addWidget(shell.window)
    shell.window.resize(1366, 768)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    page = shell.window.page("subscriptions")
    assert isinstance(page, SubscriptionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    tree = page.table
    margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    shown = 0
    for number in range(page.model.rowCount()):
        group = page.model.index(number, 0)
        for row in range(page.model.rowCount(group)):
            index = page.model.index(row, COL_NAME, group)
            font = index.data(0x6) or QFont(tree.font())  # Qt.FontRole: bold rows are bold
            needed = QFontMetrics(font).horizontalAdvance(index.data()) + margin
            assert tree.visualRect(index).width() >= needed, index.data()
            shown += 1
    assert shown >= 4
    shell.close()
