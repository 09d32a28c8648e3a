"""An account the importer named by its payment app in both languages ("WeChat Pay 微信支付",
from a 微信支付账单明细) reads in one: "WeChat Pay" in the English window, 微信支付 in the
Chinese one; the stored name is unchanged, and a name the user gave reads as they typed it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.pages.accounts import AccountsPage
from finapp.services.accounts import list_accounts, rename_account
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.categorize.shanghai_exports import wechat
from tests.gui.chinese import chinese  # noqa: F401
from tests.gui.inline_tasks import InlineTaskRunner

COL_ACCOUNT, COL_BANK = 0, 1


def _page(qtbot, store: Store, tmp_path: Path) -> AccountsPage:  # type: ignore[no-untyped-def]
    bill = wechat(tmp_path, "20260901-20261202", [
        ("2026-11-28 12:31:09", "商户消费", "美团", "美团外卖订单", "支出", "38.50", "支付成功",
         "4200002206202611281234567890"),
        ("2026-11-20 08:02:44", "商户消费", "瑞幸咖啡", "生椰拿铁", "支出", "9.90", "支付成功",
         "4200002206202611201234567891"),
    ])  # fmt: skip
    assert not import_files(store, [bill]).failed
    bus = AppBus()
    page = AccountsPage(AppContext(store, bus, InlineTaskRunner(bus), tmp_path / "data"))
    qtbot.addWidget(page)
    page.show()
    return page


def _cells(page: AccountsPage) -> tuple[str, str]:
    return page.model.index(0, COL_ACCOUNT).data(), page.model.index(0, COL_BANK).data()


def test_the_english_window_names_the_wechat_account_in_english(
    qtbot, us_locale, store, tmp_path: Path
) -> None:
    page = _page(qtbot, store, tmp_path)
    assert [a.name for a in list_accounts(store)] == ["WeChat Pay 微信支付"]  # stored as named
    assert _cells(page) == ("WeChat Pay", "WeChat Pay")
    # the whole stored name is one hover away
    tip = page.model.index(0, COL_ACCOUNT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "WeChat Pay 微信支付"


def test_the_chinese_window_names_it_in_chinese(
    qtbot,
    store,
    tmp_path: Path,
    chinese,  # noqa: F811
) -> None:
    page = _page(qtbot, store, tmp_path)
    assert _cells(page) == ("微信支付", "微信支付")


def test_a_name_the_user_gave_reads_as_typed_in_both_windows(
    qtbot, us_locale, store, tmp_path: Path
) -> None:
    page = _page(qtbot, store, tmp_path)
    # English then Chinese, as the importer writes its names, but no payment app's pair
    rename_account(store, "WeChat Pay 微信支付", "WeChat 零钱")
    page.refresh()
    qtbot.waitUntil(lambda: _cells(page)[0] == "WeChat 零钱")
