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
from tests.households.shanghai_household import MONTHS, build, write_all


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
    assert _truth_spending(date(2026, 3, 1)) == Decimal("7751.40")


def _truth_spending(month: date) -> Decimal:
    """What the household spent in ``month``, from the truth the files were written from."""
    return -sum(
        (
            line.amount
            for line in build().truth
            if line.kind == "spend" and (line.day.year, line.day.month) == (month.year, month.month)
        ),
        Decimal(0),
    )


def _report(store: Store, month: date) -> tuple[Decimal, Decimal]:
    (total,) = month_report(store, month).totals
    return total.income, total.expenses


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
