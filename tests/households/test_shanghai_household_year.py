"""张伟 and 李娜's fourteen months in Shanghai (October 2025 to November 2026), imported from the
files their banks and apps give them (:mod:`tests.households.shanghai_household`): what finapp
says of their months must be what happened.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.transactions import TransactionView, list_transactions
from finapp.store.engine import Store
from tests.households.shanghai_household import MONTHS, write_all
from tests.households.truth_file import read_months


@pytest.fixture
def household(store: Store, tmp_path: Path) -> Iterator[Store]:
    files = write_all(tmp_path / "exports")
    result = import_files(store, [p for paths in files.values() for p in paths])
    assert all(f.error is None for f in result.files)
    yield store


def _lines(store: Store, payee: str) -> list[TransactionView]:
    return [t for t in list_transactions(store) if t.payee == payee]


def test_the_rent_paid_by_icbc_transfer_is_filed_as_rent(household: Store) -> None:
    """ICBC's export since 2023 carries the payer's words (``11月房租``) in 交易详情; the rent
    to the landlord 王建国 was Uncategorized, 6,500.00 of every month's spending."""
    rent = _lines(household, "王建国")
    assert len(rent) == len(MONTHS)
    assert {t.memo for t in rent} >= {"网转 3月房租", "网转 11月房租"}
    assert {t.category for t in rent} == {"Housing:Rent"}


def test_a_taobao_shop_no_rule_knows_is_filed_by_alipays_own_class(household: Store) -> None:
    """Alipay files every trade in a class of its own (交易分类 ``家居家装``, ``服饰装扮``…):
    a shop on Taobao that no rule knows by name (美的官方旗舰店's kettle) was Uncategorized."""
    (kettle,) = _lines(household, "美的官方旗舰店")
    assert kettle.category == "Shopping:Home"
    # a line a rule knows keeps the rule's word: 饿了么 is delivery, not Alipay's 餐饮美食
    assert {t.category for t in _lines(household, "饿了么")} == {"Food:Delivery"}


def test_icloud_paid_to_app_store_and_apple_music_is_no_music(household: Store) -> None:
    """Alipay names Apple's every charge ``App Store & Apple Music``; the goods say iCloud."""
    icloud = _lines(household, "App Store & Apple Music")
    assert len(icloud) == len(MONTHS)
    assert {t.category for t in icloud} == {"Software & Apps"}


def test_each_spouses_wechat_pay_is_a_wallet_of_its_own(store: Store, tmp_path: Path) -> None:
    """李娜's bill (``微信昵称：[李娜]``) and 张伟's (``微信昵称：[张伟]``) went into one WeChat Pay
    account: her 800.00 转账 to him each month was money out and money in of one wallet."""
    files = write_all(tmp_path / "exports")
    import_files(store, [*files["wechat_b"], *files["wechat_a"]])

    by_account: dict[str, set[str]] = {}
    for line in list_transactions(store):
        by_account.setdefault(line.account, set()).add(line.payee)
    assert len(by_account) == 2
    (hers,) = [payees for payees in by_account.values() if "美团" in payees]
    (his,) = [payees for payees in by_account.values() if "全家FamilyMart" in payees]
    assert "全家FamilyMart" not in hers and "美团" not in his
    sent = _lines(store, "张伟") + _lines(store, "李娜")
    monthly = [t for t in sent if abs(t.amount) == Decimal("800.00")]
    assert len(monthly) == 2 * len(MONTHS)
    assert all(t.is_transfer for t in monthly)

    his_lines = [t for t in list_transactions(store) if t.account == "WeChat Pay 微信支付 张伟"]
    again = import_files(store, files["wechat_a"])  # his next download finds his wallet
    assert [(c.account, c.new, c.duplicates) for f in again.files for c in f.accounts] == [
        ("WeChat Pay 微信支付 张伟", 0, len(his_lines))
    ]


def test_every_months_income_and_spending_are_what_the_household_earned_and_spent(
    store: Store, tmp_path: Path
) -> None:
    """李娜 sends 张伟 5,000.00 each month from her ICBC card to his (``网转``, each side naming
    the other), and 张伟's WeChat Pay sent her a 520.00 红包: the banks name neither card's
    holder, their wallets do (``微信昵称：[李娜]``, ``姓名：张伟``). Counted as income and
    spending, the 5,000.00 made every month 36,800.00 earned where 31,800.00 was."""
    files = write_all(tmp_path / "exports")
    import_files(store, [p for paths in files.values() for p in paths])
    truth = read_months(tmp_path / "truth.tsv")
    assert len(truth) == len(MONTHS)
    found = {}
    for y, m in MONTHS:
        (totals,) = month_report(store, date(y, m, 1), as_of=date(2026, 12, 6)).totals
        found[f"{y}-{m:02d}"] = (totals.income, totals.expenses)
    assert found == truth
