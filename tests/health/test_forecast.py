"""The cash-flow forecast: each account carried forward by its recurring streams from where its
statements end, its lowest day and what takes it there.

The core projection is checked on plain streams (weekly daycare, an annual membership, a bill
on the 31st, a transfer mirrored into savings); the service on four months of statements of a
US checking and savings account, a Chinese bank account whose statement period ends on the 25th,
and an Alipay wallet whose export states no balance.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from finapp.core.forecast import Start, Stream, first_dip, project
from finapp.errors import InvalidInputError, NotFoundError
from finapp.services.forecast import NO_BALANCE, AccountForecast, forecast
from finapp.services.subscriptions import cancel, detect_subscriptions, stored_subscriptions
from finapp.store.engine import Store
from tests.health.forecast_household import (
    CMB_END,
    END,
    SAVINGS,
    TODAY,
    checking_lines,
    import_checking,
    import_others,
    savings_lines,
)
from tests.health.goal_statements import download

D = Decimal
CHECKING_ID, SAVINGS_ID = 1, 2


def _on(days: int, start: date = date(2026, 10, 31)) -> date:
    return start + timedelta(days=days)


# --- the projection ---------------------------------------------------------------------------


def test_weekly_daycare_every_friday_and_an_annual_membership_once() -> None:
    fridays = (
        date(2026, 10, 2),
        date(2026, 10, 9),
        date(2026, 10, 16),
        date(2026, 10, 23),
        date(2026, 10, 30),
    )
    daycare = Stream("KinderCare", CHECKING_ID, "weekly", -36500, date(2026, 11, 6), fridays)
    prime = Stream(
        "Amazon Prime", CHECKING_ID, "annual", -13900, date(2026, 12, 3), (date(2025, 12, 3),)
    )
    start = Start(CHECKING_ID, date(2026, 10, 31), 412_877)

    (month,) = project([start], [daycare, prime], 30)
    assert [(e.day, e.name) for e in month.events] == [
        (date(2026, 11, 6), "KinderCare"),
        (date(2026, 11, 13), "KinderCare"),
        (date(2026, 11, 20), "KinderCare"),
        (date(2026, 11, 27), "KinderCare"),
    ]
    assert month.daily[-1] == (date(2026, 11, 30), 412_877 - 4 * 36500)

    (year,) = project([start], [prime], 366)
    assert [(e.day, e.amount_minor) for e in year.events] == [(date(2026, 12, 3), -13900)]


def test_a_bill_on_the_31st_lands_on_a_short_months_last_day() -> None:
    insurance = Stream(
        "State Farm",
        CHECKING_ID,
        "monthly",
        -18733,
        date(2026, 11, 30),
        (date(2026, 8, 31), date(2026, 9, 30), date(2026, 10, 31)),
    )
    (one,) = project([Start(CHECKING_ID, date(2026, 10, 31), 250_000)], [insurance], 92)
    assert [e.day for e in one.events] == [
        date(2026, 11, 30),
        date(2026, 12, 31),
        date(2027, 1, 31),
    ]


def test_rent_and_salary_the_lowest_day_and_what_takes_it_there() -> None:
    rent = Stream("Oakwood Apts", CHECKING_ID, "monthly", -185000, date(2026, 11, 1))
    electric = Stream("Duke Energy", CHECKING_ID, "monthly", -13236, date(2026, 11, 20))
    salary = Stream(
        "Northwind Traders",
        CHECKING_ID,
        "semimonthly",
        268412,
        date(2026, 11, 15),
        (date(2026, 9, 30), date(2026, 10, 15), date(2026, 10, 30)),
    )
    start = Start(CHECKING_ID, date(2026, 10, 31), 231_548, threshold_minor=50_000)

    (one,) = project([start], [rent, electric, salary], 60)

    assert one.daily[0] == (date(2026, 10, 31), 231_548)
    assert len(one.daily) == 61
    assert one.lowest == (date(2026, 11, 1), 231_548 - 185_000)
    assert one.lowest_cause is not None and one.lowest_cause.name == "Oakwood Apts"
    dip = first_dip(one)
    assert dip is not None
    assert (dip.day, dip.balance_minor, dip.cause.name) == (
        date(2026, 11, 1),
        46_548,
        "Oakwood Apts",
    )
    # the 15th and the month's last day, up to 60 days after 31 October
    assert [e.day for e in one.events if e.name == "Northwind Traders"] == [
        date(2026, 11, 15),
        date(2026, 11, 30),
        date(2026, 12, 15),
    ]


def test_a_salary_before_the_rent_keeps_the_balance_above_the_threshold() -> None:
    rent = Stream("Oakwood Apts", CHECKING_ID, "monthly", -185000, date(2026, 11, 1))
    salary = Stream(
        "Northwind Traders",
        CHECKING_ID,
        "semimonthly",
        268412,
        date(2026, 10, 30),
        (date(2026, 9, 30), date(2026, 10, 15)),
    )
    # statements end on the 29th: payday the 30th comes before the rent
    start = Start(CHECKING_ID, date(2026, 10, 29), 231_548, 50_000)
    (without_salary,) = project([start], [rent], 60)
    assert first_dip(without_salary) is not None
    (one,) = project([start], [rent, salary], 60)
    assert first_dip(one) is None
    assert one.lowest == (date(2026, 10, 29), 231_548)


def test_already_below_at_the_start_only_a_new_fall_after_payday_is_foretold() -> None:
    rent = Stream("Oakwood Apts", CHECKING_ID, "monthly", -265000, date(2026, 12, 1))
    salary = Stream("Northwind Traders", CHECKING_ID, "monthly", 268412, date(2026, 11, 13))
    # 312.40 on the day the statements end, under the 500.00 threshold: today's news already
    start = Start(CHECKING_ID, date(2026, 10, 31), 31_240, 50_000)
    (until_payday,) = project([start], [rent, salary], 12)
    assert first_dip(until_payday) is None
    (one,) = project([start], [rent, salary], 60)
    dip = first_dip(one)
    assert dip is not None
    assert (dip.day, dip.balance_minor, dip.cause.name) == (
        date(2026, 12, 1),
        31_240 + 268_412 - 265_000,
        "Oakwood Apts",
    )


def test_a_transfer_to_savings_moves_money_between_the_two_forecasts() -> None:
    to_savings = Stream(
        "Transfer to Ally",
        CHECKING_ID,
        "monthly",
        -40000,
        date(2026, 11, 16),
        mirror_account_id=SAVINGS_ID,
    )
    starts = [
        Start(CHECKING_ID, date(2026, 10, 31), 315_020),
        Start(SAVINGS_ID, date(2026, 10, 31), 1_240_655),
    ]
    checking, savings = project(starts, [to_savings], 60)
    assert [(e.day, e.amount_minor) for e in checking.events] == [
        (date(2026, 11, 16), -40000),
        (date(2026, 12, 16), -40000),
    ]
    assert [(e.day, e.amount_minor) for e in savings.events] == [
        (date(2026, 11, 16), 40000),
        (date(2026, 12, 16), 40000),
    ]
    assert savings.daily[-1][1] - savings.daily[0][1] == 80000
    assert savings.lowest_cause is None  # savings never falls below where it starts


def test_a_charge_due_before_the_statements_end_and_not_seen_is_expected_next() -> None:
    phone = Stream(
        "Verizon Wireless",
        CHECKING_ID,
        "monthly",
        -8500,
        date(2026, 10, 28),
        (date(2026, 8, 28), date(2026, 9, 28)),
    )
    start = Start(CHECKING_ID, date(2026, 10, 31), 100_000)
    (one,) = project([start], [phone], 40)
    assert [e.day for e in one.events] == [date(2026, 11, 1), date(2026, 11, 28)]

    # a balance entered by hand long after the charges stopped showing: one late charge, not
    # every missed month piled on the first day
    stopped = replace(
        phone, next_date=date(2026, 6, 28), history=(date(2026, 4, 28), date(2026, 5, 28))
    )
    (stale,) = project([start], [stopped], 40)
    assert [(e.day, e.amount_minor) for e in stale.events] == [
        (date(2026, 11, 1), -8500),
        (date(2026, 11, 28), -8500),
    ]


# --- the service over imported statements --------------------------------------------------


def _by_account(found: list[AccountForecast]) -> dict[str, AccountForecast]:
    return {f.account: f for f in found}


@pytest.fixture
def household(store: Store) -> tuple[Store, dict[date, D], D, D]:
    running = import_checking(store, "1905.33", checking_lines())
    savings, cmb = import_others(store)
    return store, running, savings, cmb


def test_each_account_starts_where_its_statements_end_not_today(household) -> None:  # type: ignore[no-untyped-def]
    store, running, savings, cmb = household
    found = _by_account(forecast(store, TODAY))

    checking = found["Checking"]
    assert (checking.start, checking.starting_balance) == (END, running[END])
    assert found["Savings"].start == END and found["Savings"].starting_balance == savings
    cny = found["招商银行一卡通"]
    assert (cny.start, cny.starting_balance, cny.currency) == (CMB_END, cmb, "CNY")
    # the days between the statements' end and today are forecast (estimated), not taken as
    # known, and the 60 days asked for are counted from today
    assert checking.daily[0].date == END and checking.daily[-1].date == _on(60, TODAY)
    assert (checking.today, checking.estimated) == (TODAY, True)
    assert checking.lowest_on is not None and checking.lowest_on >= TODAY
    # paid on the 1st, on the Monday after when it is a weekend (3 August): 1 November is a Sunday
    assert [(e.date, e.amount) for e in checking.events if e.name == "Oakwood Apts"] == [
        (date(2026, 11, 2), D("-1850.00")),
        (date(2026, 12, 1), D("-1850.00")),
        (date(2027, 1, 1), D("-1850.00")),
    ]


def test_checking_income_bills_and_the_lowest_day(household) -> None:  # type: ignore[no-untyped-def]
    store, running, _, _ = household
    checking = _by_account(forecast(store, END))["Checking"]
    start = running[END]

    # paid on the Friday before a weekend (14 August): 15 November is a Sunday
    assert [(e.date, e.amount) for e in checking.events if e.amount > 0] == [
        (date(2026, 11, 13), D("2684.12")),
        (date(2026, 11, 30), D("2684.12")),
        (date(2026, 12, 15), D("2684.12")),
    ]
    # the electricity bill changes every month: its typical amount, the average of the year
    # (142.37 + 168.90 + 121.45 + 96.72) / 4
    assert {e.amount for e in checking.events if e.name == "Duke Energy"} == {D("-132.36")}
    # groceries, coffee and the ATM are not forecast
    assert not [e for e in checking.events if e.amount in (D("-143.61"), D("-60.00"))]
    # Spotify on the 9th is the last payment before payday
    assert checking.lowest_on == date(2026, 11, 9)
    assert checking.lowest == start - D("1850.00") - D("11.99")
    assert checking.lowest_after == "Spotify"
    assert checking.daily[15].date == date(2026, 11, 15)
    assert checking.daily[15].balance == start - D("1850.00") - D("11.99") + D("2684.12")


def test_a_cancelled_subscription_is_left_out(household) -> None:  # type: ignore[no-untyped-def]
    store, running, _, _ = household
    spotify = next(s for s in stored_subscriptions(store) if s.name == "Spotify")
    cancel(store, spotify.id, date(2026, 10, 12))

    checking = _by_account(forecast(store, END))["Checking"]
    assert "Spotify" not in {e.name for e in checking.events}
    assert (checking.lowest_on, checking.lowest_after) == (date(2026, 11, 2), "Oakwood Apts")
    assert checking.lowest == running[END] - D("1850.00")


def test_the_transfer_to_savings_is_out_of_checking_and_into_savings(household) -> None:  # type: ignore[no-untyped-def]
    store, _, savings_start, _ = household
    found = _by_account(forecast(store, END))
    out = [(e.date, e.amount) for e in found["Checking"].events if e.amount == D("-2500.00")]
    into = [(e.date, e.amount) for e in found["Savings"].events if e.amount == D("2500.00")]
    assert out == [(date(2026, 11, 16), D("-2500.00")), (date(2026, 12, 16), D("-2500.00"))]
    assert into == [(date(2026, 11, 16), D("2500.00")), (date(2026, 12, 16), D("2500.00"))]
    savings = found["Savings"]
    assert savings.daily[-1].balance == savings_start + D("5000.00") + D("31.87")


def test_cny_salary_rent_and_phone(household) -> None:  # type: ignore[no-untyped-def]
    store, _, _, cmb = household
    cny = _by_account(forecast(store, CMB_END, days=30))["招商银行一卡通"]
    assert [(e.date, e.name, e.amount) for e in cny.events] == [
        (date(2026, 11, 5), "房租", D("-6500.00")),
        (date(2026, 11, 8), "中国移动", D("-58.00")),
        (date(2026, 11, 10), "Salary — 腾讯", D("18650.00")),
    ]
    assert (cny.lowest, cny.lowest_on, cny.lowest_after) == (
        cmb - D("6558.00"),
        date(2026, 11, 8),
        "中国移动",
    )
    assert len(cny.daily) == 31


def test_an_account_without_a_known_balance_says_why(household) -> None:  # type: ignore[no-untyped-def]
    store, _, _, _ = household
    wallet = _by_account(forecast(store, TODAY))["支付宝"]
    assert wallet.reason == NO_BALANCE and wallet.daily == () and wallet.start is None
    assert wallet.as_json() == {
        "account": "支付宝",
        "currency": "CNY",
        "from": None,
        "reason": NO_BALANCE,
    }


def test_one_account_and_bad_requests(household) -> None:  # type: ignore[no-untyped-def]
    store, _, _, _ = household
    assert [f.account for f in forecast(store, TODAY, account="Savings")] == ["Savings"]
    with pytest.raises(NotFoundError):
        forecast(store, TODAY, account="Brokerage")
    for days in (0, 367):
        with pytest.raises(InvalidInputError):
            forecast(store, TODAY, days=days)


def test_savings_imported_lately_still_receives_the_standing_transfer(store: Store) -> None:
    """Two months of savings statements are too few for a stream of its own: the checking
    side's transfer is moved into savings all the same."""
    import_checking(store, "1905.33", checking_lines())
    running = download(store, SAVINGS, D("19402.16"), savings_lines(), date(2026, 9, 1), END)
    detect_subscriptions(store, TODAY)
    savings = _by_account(forecast(store, END))["Savings"]
    # the checking side's stream, seen from savings
    assert [(e.date, e.name, e.amount) for e in savings.events] == [
        (date(2026, 11, 16), "Transfer to Savings", D("2500.00")),
        (date(2026, 12, 16), "Transfer to Savings", D("2500.00")),
    ]
    assert savings.daily[-1].balance == running[END] + D("5000.00")
