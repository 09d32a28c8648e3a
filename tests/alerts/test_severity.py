"""Severity follows the money at stake and what the user can still do (finapp.core.severity)."""

from __future__ import annotations

from datetime import date, timedelta

from finapp.core.alerts import (
    AccountBalance,
    BudgetMonth,
    Facts,
    Kind,
    Limits,
    SubscriptionFacts,
    budget_alert,
    evaluate,
)
from finapp.core.severity import after_cancel_severity

JUNE = date(2026, 6, 1)


def _budget(spent_minor: int, available_minor: int, currency: str = "USD") -> BudgetMonth:
    return BudgetMonth(7, "Transport:Parking", currency, available_minor, [(JUNE, spent_minor)])


def _severity(spent_minor: int, available_minor: int, currency: str = "USD") -> str:
    found = budget_alert(_budget(spent_minor, available_minor, currency), (80, 100))
    assert found is not None
    return found.severity


def test_a_parking_budget_21_84_over_is_a_warning_not_critical() -> None:
    assert _severity(12184, 10000) == "warning"  # 121.84 of 100.00: 21.84 over


def test_a_transport_budget_a_few_yuan_over_is_a_warning_not_a_notice() -> None:
    # the tester's 交通: 37.00 of 35.00 read "提示" (notice), the level of a routine renewal
    assert _severity(3700, 3500, "CNY") == "warning"


def test_a_budget_used_to_the_cent_or_nearly_is_a_notice() -> None:
    assert _severity(650000, 650000, "CNY") == "info"
    assert _severity(18149, 20000, "CNY") == "info"  # 90%


def test_a_moderate_overspend_is_a_warning() -> None:
    assert _severity(48000, 40000) == "warning"  # 80.00 over 400.00: 20%


def test_a_large_overspend_in_money_and_share_is_critical() -> None:
    assert _severity(95000, 40000) == "critical"  # 550.00 over 400.00: 137%


def test_large_in_money_but_small_in_share_is_not_critical() -> None:
    assert _severity(330000, 300000) == "warning"  # 300.00 over 3,000.00: 10%


def test_nearly_used_is_a_notice_and_a_growing_overspend_is_news_again() -> None:
    assert _severity(8500, 10000) == "info"
    small = budget_alert(_budget(10500, 10000), (80, 100))
    large = budget_alert(_budget(40000, 10000), (80, 100))
    assert small is not None and large is not None
    assert (small.severity, large.severity) == ("warning", "critical")
    assert small.key != large.key  # the user is told again when it becomes serious
    assert large.key.endswith(":100")  # the threshold stays last: undo reads it there


def _account(balance_minor: int) -> AccountBalance:
    return AccountBalance(1, "Checking", "USD", 50000, [(JUNE, balance_minor)], [])


def _rent(amount_minor: int, due: date) -> SubscriptionFacts:
    return SubscriptionFacts(
        id=3, key="rent", name="Rent", status="active", user_state="confirmed",
        next_date=due, amount_minor=amount_minor, currency="USD", account_id=1, offsets=(),
        kind="bill",
    )  # fmt: skip


def _low(balance_minor: int, *subs: SubscriptionFacts) -> str:
    facts = Facts(JUNE, [], frozenset(), balances=[_account(balance_minor)], subscriptions=subs)
    (alert,) = [c for c in evaluate(facts) if c.kind == Kind.LOW_BALANCE]
    return alert.severity


def test_a_low_balance_is_a_warning_until_it_would_bounce_a_known_payment() -> None:
    assert _low(30000) == "warning"  # 300.00 below the 500.00 threshold, nothing due
    assert _low(30000, _rent(-150000, JUNE + timedelta(days=5))) == "critical"
    assert _low(30000, _rent(-150000, JUNE + timedelta(days=40))) == "warning"  # not yet
    assert _low(-100) == "critical"  # overdrawn


def _stream(charges: list[int]) -> SubscriptionFacts:
    # monthly, the latest 29 days ago: within the month a price rise is told
    days = [JUNE - timedelta(days=29 + 30 * (len(charges) - 1 - i)) for i in range(len(charges))]
    return SubscriptionFacts(
        id=9, key="netflix", name="Netflix", status="active", user_state="confirmed",
        next_date=JUNE + timedelta(days=1), amount_minor=charges[-1], currency="USD",
        account_id=1, offsets=(7, 1), charges=[(d, a, i) for i, (d, a) in
                                               enumerate(zip(days, charges, strict=True))],
        kind="subscription", period_days=30, per_year=12, grace_days=5,
    )  # fmt: skip


def _renewal(charges: list[int]) -> str:
    facts = Facts(JUNE, [], frozenset(), subscriptions=[_stream(charges)], limits=Limits())
    (renewal,) = [c for c in evaluate(facts) if c.kind == Kind.RENEWAL]
    return renewal.severity


def test_a_renewal_is_a_notice_even_the_day_before_unless_its_price_rose() -> None:
    assert _renewal([-1549] * 4) == "info"
    assert _renewal([-1549] * 3 + [-1799]) == "warning"


def test_a_charge_after_cancelling_is_critical_only_when_large() -> None:
    assert after_cancel_severity(-1299, "USD") == "warning"  # 12.99: dispute it
    assert after_cancel_severity(-34900, "USD") == "critical"  # a 349.00 yearly plan
