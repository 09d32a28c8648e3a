"""Every page of the window names a payment app's account in its reader's language, as the
Accounts page does: the 支付宝 and 微信支付 bills' accounts ("Alipay 支付宝", "WeChat Pay 微信支付"
in the store) read "Alipay" and "WeChat Pay" in English, 支付宝 and 微信支付 in Chinese, on the
Transactions page (its Account column and account filter, which still filters), the
Subscriptions page's Paid from, the Dashboard's balance legend and left-out accounts, Health's
account grades and the alerts' sentences."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from finapp.gui.account_names import account_choices
from finapp.gui.alert_texts import alert_text
from finapp.gui.models.transactions_model import COL_ACCOUNT
from finapp.gui.pages.dashboard import DashboardPage
from finapp.gui.pages.health import HealthPage
from finapp.gui.pages.subscriptions import COL_PAID_FROM, SubscriptionsPage
from finapp.gui.pages.transactions import TransactionsPage
from finapp.gui.shell import Shell
from finapp.services.accounts import list_accounts, set_low_balance_threshold
from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.balances import set_user_balance
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.categorize.shanghai_exports import alipay, wechat
from tests.gui.chinese import chinese  # noqa: F401
from tests.gui.shell_support import make_shell
from tests.gui.tray_support import SteppedClock

TODAY = date(2026, 12, 2)
ALIPAY, WECHAT = "Alipay 支付宝", "WeChat Pay 微信支付"


def _bills(store: Store, folder: Path) -> None:
    """Three months of an 爱奇艺 membership paid by Alipay, and two WeChat Pay meals."""
    iqiyi = [
        (f"2026-{month:02}-05 09:00:0{month % 10}", "文化休闲", "爱奇艺", "爱奇艺VIP会员月卡",
         "支出", "25.00", f"2026{month:02}0522001100{month:04}")
        for month in (11, 10, 9)
    ]  # fmt: skip
    meals = [
        ("2026-11-28 12:31:09", "商户消费", "美团", "美团外卖订单", "支出", "38.50", "支付成功",
         "4200002206202611281234567890"),
        ("2026-11-20 08:02:44", "商户消费", "瑞幸咖啡", "生椰拿铁", "支出", "9.90", "支付成功",
         "4200002206202611201234567891"),
    ]  # fmt: skip
    span = "20260901-20261202"
    files = [alipay(folder, span, iqiyi), wechat(folder, span, meals)]
    assert not import_files(store, files).failed
    # the WeChat wallet's balance as its app shows it; the Alipay one's is not known
    set_user_balance(store, WECHAT, Decimal("1200.00"), date(2026, 11, 28))
    assert sorted(a.name for a in list_accounts(store)) == [ALIPAY, WECHAT]  # stored as named


@pytest.fixture
def bills(store: Store, tmp_path: Path) -> Store:
    _bills(store, tmp_path)
    return store


def _shell(store: Store, tmp_path: Path, qtbot) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    shell = make_shell(
        store, tmp_path, clock=SteppedClock(datetime(2026, 12, 2, 12)), opening_page="transactions"
    )
    qtbot.addWidget(shell.window)
    shell.window.resize(1280, 800)
    shell.window.show()
    yield shell
    shell.close()


@pytest.fixture
def english(bills: Store, tmp_path: Path, qtbot, us_locale) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    yield from _shell(bills, tmp_path, qtbot)


@pytest.fixture
def in_chinese(bills: Store, tmp_path: Path, qtbot, chinese) -> Iterator[Shell]:  # type: ignore[no-untyped-def]  # noqa: F811
    yield from _shell(bills, tmp_path, qtbot)


def _page(qtbot, shell: Shell, name: str, kind: type):  # type: ignore[no-untyped-def]
    shell.window.show_page(name)
    qtbot.waitUntil(lambda: name in shell.window.built_pages())
    page = shell.window.built_pages()[name]
    assert isinstance(page, kind)
    return page


def _transactions(qtbot, shell: Shell) -> TransactionsPage:  # type: ignore[no-untyped-def]
    page: TransactionsPage = _page(qtbot, shell, "transactions", TransactionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    return page


def _account_column(page: TransactionsPage) -> set[str]:
    return {page.model.index(row, COL_ACCOUNT).data() for row in range(page.model.rowCount())}


def _filter_entries(page: TransactionsPage) -> list[tuple[str, str]]:
    box = page.filters.account_box
    return [(box.itemText(i), box.itemData(i)) for i in range(1, box.count())]


def _paid_from(qtbot, shell: Shell) -> str:  # type: ignore[no-untyped-def]
    page: SubscriptionsPage = _page(qtbot, shell, "subscriptions", SubscriptionsPage)
    qtbot.waitUntil(lambda: page.model.find(lambda p: p.view.name == "爱奇艺").isValid())
    index = page.model.find(lambda p: p.view.name == "爱奇艺").siblingAtColumn(COL_PAID_FROM)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == f"{ALIPAY} · 余额宝"  # whole, on hover
    return str(index.data())


def _dashboard(qtbot, shell: Shell) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """The balance chart's legend and the lines under it naming the accounts it leaves out."""
    page: DashboardPage = _page(qtbot, shell, "dashboard", DashboardPage)
    qtbot.waitUntil(lambda: bool(page.balance.figure.legends))
    legend = [t.get_text() for t in page.balance.figure.legends[0].get_texts()]
    left_out = [label.text() for label in page.balance_left_out.findChildren(QLabel)]
    return legend, left_out


def _health_accounts(qtbot, shell: Shell) -> list[str]:  # type: ignore[no-untyped-def]
    page: HealthPage = _page(qtbot, shell, "health", HealthPage)
    qtbot.waitUntil(lambda: len(page.findChildren(QLabel, "health-account")) == 2)
    return sorted(label.text() for label in page.findChildren(QLabel, "health-account"))


def _health_text(shell: Shell) -> str:
    """Everything the Health page's labels say."""
    page = shell.window.built_pages()["health"]
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def test_the_english_window_names_them_alipay_and_wechat_pay(qtbot, english: Shell) -> None:
    page = _transactions(qtbot, english)
    assert _account_column(page) == {"Alipay", "WeChat Pay"}
    tips = {page.model.index(row, COL_ACCOUNT).data(Qt.ItemDataRole.ToolTipRole) for row in
            range(page.model.rowCount())}  # fmt: skip
    assert tips == {ALIPAY, WECHAT}  # the whole stored name one hover away
    assert _filter_entries(page) == [("Alipay", ALIPAY), ("WeChat Pay", WECHAT)]

    # the filter still filters: picking "WeChat Pay" leaves the two meals
    page.filters.account_box.setCurrentIndex(page.filters.account_box.findText("WeChat Pay"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert _account_column(page) == {"WeChat Pay"}

    assert _paid_from(qtbot, english) == "Alipay · 余额宝"
    legend, left_out = _dashboard(qtbot, english)
    assert legend == ["WeChat Pay"]
    assert left_out and all(line.startswith("Alipay — ") for line in left_out), left_out
    assert _health_accounts(qtbot, english) == ["Alipay", "WeChat Pay"]
    health = _health_text(english)  # grades, the emergency fund's note, the forecast
    assert "No balance known, not counted: Alipay" in health
    assert "Alipay cannot be forecast" in health
    assert "支付宝" not in health and "微信支付" not in health


def test_the_chinese_window_names_them_in_chinese(qtbot, in_chinese: Shell) -> None:
    page = _transactions(qtbot, in_chinese)
    assert _account_column(page) == {"支付宝", "微信支付"}
    entries = _filter_entries(page)
    assert sorted(entries) == [("微信支付", WECHAT), ("支付宝", ALIPAY)]

    page.filters.account_box.setCurrentIndex(page.filters.account_box.findText("支付宝"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)  # the three 爱奇艺 charges
    assert _account_column(page) == {"支付宝"}

    assert _paid_from(qtbot, in_chinese) == "支付宝 · 余额宝"
    legend, left_out = _dashboard(qtbot, in_chinese)
    assert legend == ["微信支付"]
    assert left_out and all(line.startswith("支付宝") for line in left_out), left_out
    assert not any("Alipay" in line for line in left_out)
    assert _health_accounts(qtbot, in_chinese) == sorted(["支付宝", "微信支付"])
    health = _health_text(in_chinese)
    assert "支付宝" in health and "Alipay" not in health and "WeChat" not in health


def test_a_balance_alert_names_the_account_as_the_window_does(
    qtbot,
    bills: Store,
    chinese,  # noqa: F811
) -> None:
    set_low_balance_threshold(bills, WECHAT, Decimal("2000.00"))
    refresh_alerts(bills, TODAY)
    (low,) = [a for a in list_alerts(bills, as_of=TODAY) if a.params.get("account") == WECHAT]
    text = alert_text(low)  # the Alerts page's and the tray's sentence
    assert "微信支付" in text and "WeChat Pay" not in text


def test_two_accounts_that_would_read_alike_keep_their_stored_names_in_a_list(
    qapp, us_locale
) -> None:
    # the user's own "Alipay" (a card's wallet typed by hand) beside the bill's "Alipay 支付宝"
    choices = account_choices([ALIPAY, "Alipay", WECHAT])
    assert choices == {ALIPAY: ALIPAY, "Alipay": "Alipay", "WeChat Pay": WECHAT}


def test_the_import_summary_names_them_in_the_reader_s_language(
    qtbot,
    store: Store,
    tmp_path: Path,
    chinese,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    """The summary of the import that created the accounts: its per-account lines and each
    file's account line read 支付宝 and 微信支付, as every page does."""
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItemIterator

    from finapp.gui.dialogs.import_summary import ImportSummaryDialog

    span = "20260901-20261202"
    row = ("2026-11-20 08:02:44", "商户消费", "瑞幸咖啡", "生椰拿铁", "支出", "9.90", "支付成功",
           "4200002206202611201234567891")  # fmt: skip
    iqiyi = ("2026-11-05 09:00:01", "文化休闲", "爱奇艺", "爱奇艺VIP会员月卡", "支出", "25.00",
             "202611052200110000011")  # fmt: skip
    files = [alipay(tmp_path, span, [iqiyi]), wechat(tmp_path, span, [row])]
    dialog = ImportSummaryDialog(import_files(store, files))
    qtbot.addWidget(dialog)
    texts = []
    for tree in dialog.findChildren(QTreeWidget):
        items = QTreeWidgetItemIterator(tree)
        while items.value():
            item = items.value()
            texts += [item.text(column) for column in range(tree.columnCount())]
            items += 1
    shown = "\n".join(texts)
    assert "微信支付" in shown and "支付宝" in shown
    assert ALIPAY not in shown and WECHAT not in shown
    assert "WeChat Pay" not in shown and "Alipay" not in shown
