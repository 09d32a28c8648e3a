"""The exported health report names each account as the window does in its language: an account
the importer named in both languages ("Alipay 支付宝", "CMB 招商银行信用卡 …1234") reads 支付宝 and
招商银行信用卡 …1234 in the Chinese report, and a Chinese reader never meets the English codes.
And it says why the emergency fund's months are unknown when the reason is no balance known."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.importers.base import ParsedAccount
from finapp.services.health_export import write_report
from finapp.store.engine import Store
from tests.health.goal_statements import Line, download, monthly
from tests.health.test_health_export import Page

ASKED = date(2026, 12, 7)
WALLET = ParsedAccount(
    number="2088102146711583", institution="Alipay 支付宝", type="payment_app",
    currency="CNY", name="Alipay 支付宝",
)  # fmt: skip
CARD = ParsedAccount(
    number="6225880212341234", institution="CMB 招商银行", type="credit_card",
    currency="CNY", name="CMB 招商银行信用卡 …1234",
)  # fmt: skip


def _household(store: Store) -> None:
    start, end = date(2026, 6, 1), date(2026, 11, 30)
    download(
        store, WALLET, Decimal("2816.33"),
        [*monthly(date(2026, 6, 6), 6, "-25.00", "爱奇艺", "VIP会员 连续包月"),
         Line(date(2026, 9, 11), "-186.40", "盒马鲜生 上海长宁店", "扫码付款")],
        start, end,
    )  # fmt: skip
    download(
        store, CARD, Decimal("-1200.00"),
        [*monthly(date(2026, 6, 3), 6, "-68.00", "中国移动", "话费自动缴费"),
         Line(date(2026, 10, 20), "-899.00", "京东商城", "快捷支付")],
        start, end,
    )  # fmt: skip


def _accounts(store: Store, path: Path, language: str) -> list[str]:
    write_report(store, path, ASKED, language=language)
    page = Page(path.read_text(encoding="utf-8"))
    _header, *rows = page.sections["账户" if language == "zh_CN" else "Accounts"]
    return rows


def test_the_chinese_report_names_accounts_in_chinese(store: Store, tmp_path: Path) -> None:
    _household(store)
    rows = _accounts(store, tmp_path / "报告.html", "zh_CN")
    assert sorted(row.split(" 2026-06-01")[0] for row in rows) == ["招商银行信用卡 …1234", "支付宝"]
    assert not any("Alipay" in row or "CMB" in row for row in rows)


def test_the_english_report_keeps_what_tells_the_account(store: Store, tmp_path: Path) -> None:
    """English drops the Chinese of a name only where the English says the same: the wallet is
    "Alipay", the card keeps its whole name, since "CMB …1234" would not say it is a card."""
    _household(store)
    rows = _accounts(store, tmp_path / "report.html", "en")
    assert sorted(row.split(" 2026-06-01")[0] for row in rows) == [
        "Alipay", "CMB 招商银行信用卡 …1234",
    ]  # fmt: skip


def test_with_no_balance_known_the_fund_says_so_not_that_spending_is_unknown(
    store: Store, tmp_path: Path
) -> None:
    """Only the card's statements are imported: six months of phone bills are known, so the
    report said "no full month of essential spending is known yet" beside the monthly figure
    it had just worked out. What is missing is a balance to divide."""
    start, end = date(2026, 6, 1), date(2026, 11, 30)
    bills = monthly(date(2026, 6, 3), 6, "-68.00", "中国移动", "话费自动缴费")
    download(store, CARD, Decimal("-1200.00"), bills, start, end)
    write_report(store, tmp_path / "报告.html", ASKED, language="zh_CN")
    page = Page((tmp_path / "报告.html").read_text(encoding="utf-8"))
    assert page.sections["应急资金"][0] == (
        "可覆盖月数未知：还不知道活期或储蓄账户的余额；请导入带余额的账单，或在“账户”中设置。"
    )


def test_chinese_sentences_of_a_paragraph_run_on_without_spaces(
    store: Store, tmp_path: Path
) -> None:
    """Chinese sets no space between two sentences ("…每月共 ¥0.00。 未设每月上限。" read as a
    slip), and writes its colon full width."""
    _household(store)
    write_report(store, tmp_path / "报告.html", ASKED, language="zh_CN")
    page = Page((tmp_path / "报告.html").read_text(encoding="utf-8"))
    (first, *_rest) = page.sections["订阅"]
    assert first.endswith("。未设每月上限。") and "。 " not in first
