"""The demo household shows every feature, read through the services the app's pages use."""

from __future__ import annotations

from datetime import date, timedelta
from statistics import median

import pytest

from finapp.demo.dates import add_months
from finapp.services.accounts import list_accounts
from finapp.services.alerts import list_alerts
from finapp.services.budgets import list_budgets
from finapp.services.demo import fill_demo_store
from finapp.services.health import health_report
from finapp.services.household_totals import household_totals
from finapp.services.subscriptions import stored_subscriptions
from finapp.services.transactions import list_transactions

#: a day late in a month, two early in the next, one mid-month a season later
DAYS = (date(2026, 11, 18), date(2026, 12, 5), date(2026, 12, 9), date(2027, 3, 16))


@pytest.fixture(params=DAYS, ids=str)
def demo(request, made_store):  # type: ignore[no-untyped-def]
    """The demo filled as of the day: once a process for each day, each test a copy."""
    day = request.param
    return made_store(("demo", day), lambda store: fill_demo_store(store, day)), day


def test_subscriptions_tell_every_story(demo) -> None:
    store, _ = demo
    subs = stored_subscriptions(store)
    kinds = {s.kind for s in subs}
    assert kinds == {"subscription", "bill", "income", "transfer"}
    assert any(s.kind == "subscription" and s.status == "active" and s.price_changes for s in subs)
    assert any(s.user_state == "cancelled" and s.charged_after_cancel for s in subs)
    assert any("lapsed" in s.flags for s in subs)
    raise_ = [s for s in subs if s.kind == "income" and s.price_changes]
    assert raise_ and all(p.new > p.old for s in raise_ for p in s.price_changes)
    card_payments = [s for s in subs if s.kind == "transfer" and s.account == "Sapphire Visa"]
    assert card_payments and card_payments[0].amount > 0  # the card's side of its payment
    assert any(s.currency == "CNY" and s.kind == "subscription" for s in subs)


def test_a_chinese_wallet_a_card_with_a_limit_budgets_a_goal_and_reserves(demo) -> None:
    store, today = demo
    accounts = {a.name: a for a in list_accounts(store)}
    wallet = next(a for a in accounts.values() if a.type == "payment_app")
    assert wallet.currency == "CNY"
    payees = {t.payee for t in list_transactions(store, account=wallet.name)}
    assert any("\u4e00" <= ch <= "\u9fff" for payee in payees for ch in payee)
    percents = [b.percent or 0 for b in list_budgets(store, as_of=today)]
    assert any(80 <= p < 100 for p in percents) and any(p >= 100 for p in percents)
    report = health_report(store, today)
    # the surplus is invested each month: a checking account of a few thousand, not six figures
    assert 0 < accounts["Everyday Checking"].balance < 20_000
    assert report.emergency_fund.months is not None and report.emergency_fund.months > 0
    assert report.emergency_fund.other_currencies.keys() == {"CNY"}
    assert [c.limit_minor is not None for c in report.cards] == [True] * len(report.cards) != []
    (goal,) = report.goals
    assert 0 < goal.saved < goal.target


def test_the_inbox_has_a_renewal_this_week_and_every_money_health_warning(demo) -> None:
    store, today = demo
    open_kinds = {a.kind for a in list_alerts(store, as_of=today) if a.state == "open"}
    assert {"pass_through", "structuring", "late_night"} <= open_kinds
    assert {"charged_after_cancel", "price_increase", "budget"} <= open_kinds
    week = today + timedelta(days=7)
    assert any(s.next_date and today < s.next_date <= week for s in stored_subscriptions(store))
    assert any(a.kind == "renewal" and a.state == "open" for a in list_alerts(store, as_of=today))
    graded = {a.account: a.grade.value for a in health_report(store, today).accounts}
    assert graded["Everyday Checking"] == "at_risk"


def test_money_in_yuan_counts_in_the_months_totals_at_the_rate_typed(demo) -> None:
    store, today = demo
    totals = household_totals(store, today)
    assert totals.currency == "USD" and totals.spending.converted and not totals.missing
    (rate,) = totals.rates
    assert (rate.currency, rate.base, str(rate.rate), rate.source) == (
        "CNY", "USD", "0.1381", "entered"
    )  # fmt: skip


def test_the_flagged_month_spends_like_the_households_other_months(demo) -> None:
    """What the money-health checks flag is no spree: the dashboard's month, and the month
    before it, which the story may begin in early in a month, read as usual (neither at half
    again a usual month's spending, nor at nothing or less)."""
    store, today = demo
    spent = [household_totals(store, add_months(today, -n, 1)).spending.minor for n in (0, 1)]
    before = [
        household_totals(store, add_months(today, -n, 1)).spending.minor for n in range(2, 14)
    ]
    usual = median(before)
    assert [0 < month * 2 <= usual * 3 for month in spent] == [True, True], (spent, usual)
