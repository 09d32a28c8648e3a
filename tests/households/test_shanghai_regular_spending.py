"""张伟 and 李娜's rides, groceries and convenience-store breakfasts come round every month at
whatever they cost that time: they are regular spending, not bills to renew.

李娜 takes a 滴滴出行 ride on the 7th of each month (23.50, 41.70, 30.00…, filed under Transport),
does the big 盒马鲜生 shop on her 招商银行 card on the 14th (650.20, 626.80, 663.20…, Food:
Groceries) and 张伟 buys breakfast at 全家FamilyMart on the 23rd (Food). finapp had listed all
three under Bills, told on 30 November "renewal of 滴滴出行 in 7 days" and counted them in what
the bills cost a year. The electricity, gas and water bills, billed by use at amounts that move
as much, stay bills: they are filed under Bills.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from finapp.core.stream_groups import BILLS, HABITS, SUBSCRIPTIONS
from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.balances import set_user_balance
from finapp.services.calendar_export import export_renewals
from finapp.services.cards import list_cards
from finapp.services.forecast import forecast
from finapp.services.imports import import_files
from finapp.services.renewals_due import coming_renewals
from finapp.services.subscription_groups import one_per_transfer, place, summaries
from finapp.services.subscriptions import stored_subscriptions, subscription_totals
from finapp.store.engine import Store
from tests.conftest import MadeStore
from tests.households.shanghai_household import write_all

#: the day the household looks, its statements ending in the last days of November
TODAY = date(2026, 11, 30)
HABITS_SEEN = ["全家FamilyMart", "滴滴出行", "盒马"]


def _import(store: Store) -> None:
    files = write_all(store.data_dir.parent / "statements")
    assert not import_files(store, [p for paths in files.values() for p in paths]).failed
    refresh_alerts(store, TODAY)


@pytest.fixture
def household(made_store: MadeStore) -> Store:
    return made_store("shanghai household, alerts of 30 November", _import)


def _groups(store: Store) -> dict[str, list[str]]:
    placed = one_per_transfer(place(store, stored_subscriptions(store), TODAY))
    groups: dict[str, list[str]] = {}
    for p in placed:
        groups.setdefault(p.group, []).append(p.view.name)
    return {group: sorted(names) for group, names in groups.items()}


def test_rides_and_groceries_are_regular_spending_not_bills(household: Store) -> None:
    groups = _groups(household)
    assert groups[HABITS] == HABITS_SEEN
    assert not set(HABITS_SEEN) & set(groups[BILLS] + groups[SUBSCRIPTIONS])
    # the bills billed by use stay bills, filed as they are under Bills
    assert {"国家电网", "上海燃气", "城投水务", "中国移动", "王建国"} <= set(groups[BILLS])


def test_no_renewal_of_a_taxi_ride_is_told(household: Store) -> None:
    renewals = {
        a.params["name"]: a.params["days"]
        for a in list_alerts(household, as_of=TODAY)
        if a.kind == "renewal"
    }
    assert renewals == {
        "中国移动": "1",
        "QQ音乐": "2",
        "国家电网": "3",
        "王建国": "5",
        "城投水务": "20",
    }
    due = coming_renewals(household, TODAY)  # the dashboard's and the tray's
    assert not {s.name for s in (*due.coming, *due.expected)} & set(HABITS_SEEN)
    calendar = household.data_dir.parent / "renewals.ics"
    export_renewals(household, calendar, TODAY)
    assert "滴滴出行" not in calendar.read_text(encoding="utf-8")


def test_what_the_bills_cost_a_year_leaves_the_shopping_out(household: Store) -> None:
    placed = one_per_transfer(place(household, stored_subscriptions(household), TODAY))
    bills = {s.group: s for s in summaries(placed)}[BILLS]
    (cost,) = bills.totals
    # rent, property fee, electricity, gas, water, the phone: without 7,849.20 of groceries,
    # 305.40 of rides and 220.68 of breakfasts
    expected = sum(p.view.annual_cost for p in placed if p.group == BILLS)
    assert cost.per_year == expected == Decimal("87471.96")
    (totals,) = subscription_totals(household, TODAY)  # `finapp subscriptions totals`
    subscriptions = {s.group: s for s in summaries(placed)}[SUBSCRIPTIONS].totals[0]
    assert totals.per_year == cost.per_year + subscriptions.per_year


def test_the_forecast_still_spends_the_months_ride(household: Store) -> None:
    """Regular spending is money that goes out every month: the balance forecast keeps it."""
    wallet = "WeChat Pay 微信支付 李娜"
    set_user_balance(household, wallet, Decimal("1200.00"), date(2026, 11, 27))  # 零钱 she sees
    (ahead,) = forecast(household, TODAY, days=30, account=wallet)
    assert (date(2026, 12, 7), "滴滴出行") in {(e.date, e.name) for e in ahead.events}


def test_the_card_pays_no_grocery_shop_as_a_subscription(household: Store) -> None:
    """The Health page's cards say what each pays: 李娜's 招商银行 card read "Pays: 盒马"."""
    (card,) = list_cards(household, TODAY)
    assert card.subscriptions == ()
