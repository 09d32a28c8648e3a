"""王芳's Alipay subscriptions paid with her 中国银行 cards leave those cards' balances, and the
forecast says so (:mod:`tests.households.shenzhen_household`).

优酷 is bought in Alipay each month with the 中国银行 debit card (…5581), whose statement lists
``支付宝-优酷`` the same minute. The subscription belongs to the Alipay wallet, which states no
balance and cannot be forecast, so 优酷 was in no forecast at all: the debit card's, which pays
it, went on as if nothing would leave it. 爱奇艺, paid on 花呗 (Alipay's own credit, repaid
from the card as one bill), is no charge of the card's.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from finapp.services.forecast import forecast
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.conftest import MadeStore
from tests.households.shenzhen_household import write_all

TODAY = date(2026, 12, 7)


@pytest.fixture
def household(made_store: MadeStore) -> Store:
    def fill(store: Store) -> None:
        files = write_all(store.data_dir.parent / "exports")
        import_files(store, [p for paths in files.values() for p in paths])

    return made_store("王芳 and 陈浩's fourteen months, every file at once", fill)


def test_a_wallet_subscription_a_card_pays_is_in_that_cards_forecast(household: Store) -> None:
    found = {f.account: f for f in forecast(household, TODAY)}
    debit = next(f for name, f in found.items() if name.endswith("5581"))
    coming = [(e.date, e.name, e.amount) for e in debit.events]
    assert (date(2026, 12, 17), "优酷", Decimal("-20.00")) in coming
    assert not any(e.name == "爱奇艺" for f in found.values() for e in f.events)
