"""Recurring streams found in charges as a bank posts them (issue 4, requirement 2)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from finapp.core.cadence import month_date
from finapp.core.recurrence import Stream, detect_streams
from tests.subscriptions.statements import Ledger

AS_OF = date(2024, 12, 31)


def posted(billed: date, lag: int) -> date:
    """Card lag, then the bank's weekend rule: a Saturday or Sunday posting moves to Monday."""
    day = billed + timedelta(days=lag)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def only(streams: list[Stream], merchant: str) -> Stream:
    found = [s for s in streams if s.merchant == merchant]
    assert len(found) == 1, [(s.merchant, s.cadence, s.amount_minor) for s in streams]
    return found[0]


MONTHS = {"monthly": 1, "bimonthly": 2, "quarterly": 3, "semiannual": 6, "annual": 12}
DAYS = {"weekly": 7, "biweekly": 14, "four_weekly": 28}


@pytest.mark.parametrize(
    ("cadence", "count"),
    [
        ("weekly", 20),
        ("biweekly", 12),
        ("four_weekly", 10),
        ("monthly", 12),
        ("bimonthly", 6),
        ("quarterly", 6),
        ("semiannual", 4),
        ("annual", 3),
    ],
)
def test_each_cadence_is_recognised_through_posting_lag(cadence: str, count: int) -> None:
    rng = random.Random(cadence)
    ledger = Ledger()
    first = date(2021, 1, 11) if cadence in ("semiannual", "annual") else date(2024, 1, 11)
    bills = [
        month_date(first, i * MONTHS[cadence], 11)
        if cadence in MONTHS
        else first + timedelta(days=i * DAYS[cadence])
        for i in range(count)
    ]
    for billed in bills:
        ledger.add(
            posted(billed, rng.choice((0, 1, 2, 3))), "-25.00", "STREAMBOX.COM 800-555-0100 CA"
        )
    last_posting = max(c.posted for c in ledger.charges)
    stream = only(detect_streams(ledger.charges, last_posting), "STREAMBOX")
    assert stream.cadence == cadence
    assert len(stream.transaction_ids) == count
    step = MONTHS.get(cadence)
    expected = (
        month_date(first, count * step, 11) if step else bills[-1] + timedelta(days=DAYS[cadence])
    )
    assert abs((stream.next_date - expected).days) <= 3


def test_semimonthly_salary_paid_early_on_weekends_is_semimonthly_income() -> None:
    ledger = Ledger()
    for month in range(12):
        for day in (15, 31):
            payday = month_date(date(2024, 1, 1), month, day)
            while payday.weekday() >= 5:  # payroll pays the Friday before
                payday -= timedelta(days=1)
            ledger.add(payday, "2450.00", "ACME CORP PAYROLL PPD ID: 1234567890")
    stream = only(detect_streams(ledger.charges, AS_OF), "ACME PAYROLL")
    assert (stream.cadence, stream.kind) == ("semimonthly", "income")
    assert stream.next_date == date(2025, 1, 15)


def test_month_end_charges_on_the_31st_land_on_shorter_months_last_day() -> None:
    ledger = Ledger()
    for month in range(12):
        ledger.add(month_date(date(2024, 1, 31), month, 31), "-9.99", "NETFLIX.COM 866-579-7172 CA")
    stream = only(detect_streams(ledger.charges, date(2024, 12, 31)), "NETFLIX")
    assert stream.cadence == "monthly"
    assert stream.next_date == date(2025, 1, 31)
    ledger = Ledger()
    for month in range(11):
        ledger.add(month_date(date(2024, 1, 31), month, 31), "-9.99", "NETFLIX.COM 866-579-7172 CA")
    assert only(detect_streams(ledger.charges, date(2024, 11, 30)), "NETFLIX").next_date == date(
        2024, 12, 31
    )


def test_price_increase_stays_one_stream_with_old_new_and_date() -> None:
    ledger = Ledger()
    for month in range(14):
        amount = "-15.49" if month < 9 else "-17.99"
        ledger.add(
            posted(month_date(date(2024, 1, 5), month, 5), month % 3), amount, "Spotify P1A2B3C4D"
        )
    stream = only(detect_streams(ledger.charges, date(2025, 2, 10)), "SPOTIFY")
    assert len(stream.transaction_ids) == 14
    assert stream.amount_minor == -1799
    change = stream.price_changes[0]
    assert (change.old_minor, change.new_minor) == (-1549, -1799)
    assert change.date.month == 10 and change.date.year == 2024
    assert stream.annual_minor == 1799 * 12
    assert stream.average_minor == round((-1549 * 9 - 1799 * 5) / 14)


def test_metered_utility_bill_is_one_bill_without_price_change_noise() -> None:
    rng = random.Random(3)
    ledger = Ledger()
    for month in range(12):
        amount = f"-{rng.randint(6000, 21000) / 100:.2f}"
        ledger.add(
            posted(month_date(date(2024, 1, 18), month, 18), 0), amount, "CITY POWER COMPANY"
        )
    stream = only(detect_streams(ledger.charges, AS_OF), "CITY POWER")
    assert (stream.kind, stream.cadence, len(stream.transaction_ids)) == ("bill", "monthly", 12)
    assert stream.price_changes == ()
    assert stream.average_minor != stream.amount_minor


def test_two_subscriptions_at_one_merchant_stay_two_and_app_purchases_stay_out() -> None:
    ledger = Ledger()
    payee = "APPLE.COM/BILL 866-712-7753 CA"
    for month in range(12):
        ledger.add(posted(month_date(date(2024, 1, 3), month, 3), 1), "-0.99", payee)
        ledger.add(posted(month_date(date(2024, 1, 20), month, 20), 2), "-10.99", payee)
    for day, amount in (
        (date(2024, 2, 11), "-4.99"),
        (date(2024, 6, 2), "-10.99"),
        (date(2024, 9, 23), "-1.99"),
    ):
        ledger.add(day, amount, payee)
    streams = [s for s in detect_streams(ledger.charges, AS_OF) if s.merchant == "APPLE"]
    assert sorted(s.amount_minor for s in streams) == [-1099, -99]
    assert all(len(s.transaction_ids) == 12 and s.cadence == "monthly" for s in streams)


@pytest.mark.parametrize(
    ("payee", "amounts", "visits_per_week"),
    [
        ("STARBUCKS STORE 05123 SEATTLE WA", ["-4.75"], 4),  # the usual order, again and again
        ("TRADER JOE S #552 QPS", ["-48.10", "-112.40", "-23.95", "-76.00"], 1.5),
        ("SHELL OIL 57442660501", ["-41.00", "-38.50", "-52.25"], 0.8),
        ("UBER *TRIP HELP.UBER.COM", ["-11.93", "-11.93", "-24.10"], 2),
    ],
)
def test_frequent_irregular_spending_is_not_a_subscription(
    payee: str, amounts: list[str], visits_per_week: float
) -> None:
    rng = random.Random(payee)
    ledger = Ledger()
    day = date(2023, 1, 1)
    while day < AS_OF:
        if rng.random() < visits_per_week / 7:
            ledger.add(posted(day, rng.choice((0, 1))), rng.choice(amounts), payee)
        day += timedelta(days=1)
    assert len(ledger.charges) > 60
    assert detect_streams(ledger.charges, AS_OF) == []


def test_annual_charge_found_from_two_occurrences_when_nothing_else_is_there() -> None:
    ledger = Ledger()
    ledger.add(date(2023, 3, 22), "-65.00", "COSTCO *ANNUAL RENEWAL 800-774-2678 WA")
    ledger.add(date(2024, 3, 25), "-65.00", "COSTCO *ANNUAL RENEWAL 800-774-2678 WA")
    stream = only(detect_streams(ledger.charges, AS_OF), "COSTCO")
    assert (stream.cadence, stream.confidence, stream.annual_minor) == ("annual", "early", 6500)
    assert stream.next_date == date(2025, 3, 22)


def test_two_equal_charges_a_year_apart_at_a_busy_shop_are_not_annual() -> None:
    rng = random.Random(9)
    ledger = Ledger()
    ledger.add(date(2023, 3, 22), "-65.00", "TARGET 00012345")
    ledger.add(date(2024, 3, 23), "-65.00", "TARGET 00012345")
    day = date(2023, 1, 2)
    while day < AS_OF:
        ledger.add(day, f"-{rng.randint(500, 9000) / 100:.2f}", "TARGET 00012345")
        day += timedelta(days=rng.randint(3, 12))
    assert detect_streams(ledger.charges, AS_OF) == []


def test_kinds_subscription_bill_income_and_transfers() -> None:
    ledger = Ledger()
    for month in range(6):
        billed = month_date(date(2024, 7, 2), month, 2)
        ledger.add(billed, "-15.49", "NETFLIX.COM NETFLIX.COM CA")
        ledger.add(billed, "-79.99", "COMCAST CABLE COMM 800-266-2278 PA")
        ledger.add(billed, "-500.00", "ONLINE TRANSFER TO SAV XXXXXX1234 REF #IB0K6Y7GNN")
        ledger.add(
            billed + timedelta(days=12),
            f"-{812 + month * 37}.15",
            "CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224",
        )
        ledger.add(billed + timedelta(days=20), "3120.00", "GLOBEX INC DIR DEP PPD ID: 9876543210")
    kinds = {s.merchant: s.kind for s in detect_streams(ledger.charges, AS_OF)}
    assert kinds == {
        "NETFLIX": "subscription",
        "COMCAST": "bill",
        "TRANSFER SAV": "transfer",
        "CHASE AUTOPAY": "transfer",
        "GLOBEX DIR": "income",
    }


def test_card_payment_received_on_the_card_account_is_a_transfer() -> None:
    ledger = Ledger(account=7)
    for month in range(5):
        ledger.add(
            month_date(date(2024, 8, 14), month, 14),
            f"{400 + 55 * month}.00",
            "AUTOMATIC PAYMENT - THANK YOU",
        )
    assert only(detect_streams(ledger.charges, AS_OF), "AUTOMATIC THANK").kind == "transfer"


def test_status_inactive_when_overdue_well_past_cadence_and_as_of_ignores_later_charges() -> None:
    ledger = Ledger()
    for month in range(8):
        ledger.add(month_date(date(2024, 1, 9), month, 9), "-7.99", "HULU 877-8244858 CA")
    assert only(detect_streams(ledger.charges, date(2024, 9, 12)), "HULU").status == "active"
    late = only(detect_streams(ledger.charges, date(2024, 10, 30)), "HULU")
    assert (late.status, late.next_date) == ("inactive", date(2024, 9, 9))
    earlier = only(detect_streams(ledger.charges, date(2024, 5, 20)), "HULU")
    assert len(earlier.transaction_ids) == 5
    assert earlier.next_date == date(2024, 6, 9)


def test_confidence_early_then_established() -> None:
    ledger = Ledger()
    for month in range(8):
        ledger.add(month_date(date(2024, 1, 9), month, 9), "-7.99", "HULU 877-8244858 CA")
    assert only(detect_streams(ledger.charges, date(2024, 3, 20)), "HULU").confidence == "early"
    assert only(detect_streams(ledger.charges, AS_OF), "HULU").confidence == "established"


def test_new_subscription_after_free_trial_is_flagged_from_its_second_charge() -> None:
    ledger = Ledger()
    ledger.add(date(2024, 9, 3), "0.00", "OPENAI *CHATGPT SUBSCR OPENAI.COM CA")
    ledger.add(date(2024, 10, 3), "-20.00", "OPENAI *CHATGPT SUBSCR OPENAI.COM CA")
    ledger.add(date(2024, 11, 4), "-20.00", "OPENAI *CHATGPT SUBSCR OPENAI.COM CA")
    stream = only(detect_streams(ledger.charges, date(2024, 11, 10)), "OPENAI")
    assert stream.started_after_trial
    assert (stream.confidence, stream.next_date) == ("early", date(2024, 12, 3))
    no_trial = Ledger()
    for charge in ledger.charges[1:]:
        no_trial.add(charge.posted, "-20.00", "OPENAI *CHATGPT SUBSCR OPENAI.COM CA")
    assert detect_streams(no_trial.charges, date(2024, 11, 10)) == []  # two charges: not yet


def test_one_off_descriptor_variant_does_not_break_the_stream() -> None:
    ledger = Ledger()
    for month in range(12):
        payee = "Spotify PUQUDIZ" if month in (4, 8) else f"Spotify P{month}A2B3C4D"
        ledger.add(month_date(date(2024, 1, 6), month, 6), "-10.99", payee)
    stream = only(detect_streams(ledger.charges, AS_OF), "SPOTIFY")
    assert len(stream.transaction_ids) == 12
