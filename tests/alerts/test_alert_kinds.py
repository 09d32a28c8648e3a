"""Each alert kind, raised as of a date, once per occurrence."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services.accounts import set_low_balance_threshold
from finapp.services.alerts import dismiss, evaluate_alerts, list_alerts, mark_read
from finapp.services.budgets import set_budget
from finapp.services.settings import set_setting
from finapp.services.transactions import list_transactions
from finapp.store.schema import Subscription
from tests.categorize.statements import load

D = date(2024, 6, 1)


def day(n: int) -> date:
    return D + timedelta(days=n)


def raised(store, as_of: date) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(a.kind, a.severity) for a in evaluate_alerts(store, as_of)]


def add_subscription(store, **fields) -> int:  # type: ignore[no-untyped-def]
    """A row as the subscriptions detector writes it (its detector is not needed here)."""
    details = fields.pop("details", {})
    with store.write() as session:
        values = {"name": "StreamFlix", "merchant": "STREAMFLIX", "amount_minor": -1599}
        row = Subscription(currency="USD", details=json.dumps(details), **(values | fields))
        session.add(row)
        session.flush()
        return row.id


def test_low_balance_from_ledger_balance_and_later_transactions(store, tmp_path: Path) -> None:
    load(
        store,
        tmp_path,
        "111",
        [
            (day(0), "-100.00", "RENT PAYMENT"),
            (day(5), "-90.00", "HARDWARE BARN 3"),
            (day(9), "-10.00", "CORNER DELI"),
        ],
        ledger=("800.00", day(0)),
    )
    set_low_balance_threshold(store, "111", Decimal("750"))
    assert raised(store, day(4)) == []  # 800 until day 5
    assert raised(store, day(6)) == [("low_balance", "warning")]  # 710 < 750
    assert raised(store, day(10)) == []  # still the same dip: not again
    # the one alert tells the balance as it stands: 700 since the deli on day 9, not 710
    (alert,) = list_alerts(store)
    assert (alert.date, alert.account, alert.amount) == (day(9), "Checking …111", Decimal("700.00"))
    assert "700.00" in alert.message and "750.00" in alert.message


def test_budget_crossing_80_then_100_percent(store, tmp_path: Path) -> None:
    set_budget(store, "Food:Groceries", Decimal("100"), today=D)
    load(
        store,
        tmp_path,
        "111",
        [
            (day(2), "-50.00", "WHOLE FOODS MARKET 1"),
            (day(4), "-35.00", "WHOLE FOODS MARKET 1"),
            (day(8), "-20.00", "WHOLE FOODS MARKET 1"),
        ],
    )
    assert raised(store, day(3)) == []
    # 85% used is a notice; 5.00 over is a warning, above a routine notice (see core.severity)
    assert raised(store, day(5)) == [("budget", "info")]
    assert raised(store, day(6)) == []
    assert raised(store, day(9)) == [("budget", "warning")]
    newest, older = list_alerts(store)
    assert (newest.date, newest.category, older.date) == (day(8), "Food:Groceries", day(4))
    assert "85%" in older.message and "105%" in newest.message
    set_setting(store, "budget_thresholds", "50,100")
    assert raised(store, day(9)) == []  # the month already reached 100%


def test_large_unusual_and_new_merchant_charges(store, tmp_path: Path) -> None:
    history = [(day(i * 14 - 70), "-48.00", "CITY GYM CLUB") for i in range(6)]
    load(
        store,
        tmp_path,
        "111",
        [
            *history,
            (day(40), "-190.00", "CITY GYM CLUB"),  # about four times the usual
            (day(41), "-620.00", "HARDWARE BARN 3"),  # above the 500 limit
            (day(42), "-150.00", "NEW TAILOR SHOP"),  # first charge, above 100
            (day(43), "-30.00", "OTHER NEW SHOP"),  # first charge, small
        ],
    )
    got = evaluate_alerts(store, day(45))
    by_kind = {a.kind: a for a in got if a.transaction_id}  # the charges (the gym may lapse)
    assert sorted(by_kind) == ["large_charge", "new_merchant", "unusual_charge"]
    txns = {t.payee: t for t in list_transactions(store) if t.date >= day(40)}
    assert by_kind["unusual_charge"].transaction_id == txns["CITY GYM CLUB"].id
    assert by_kind["large_charge"].amount == Decimal("-620.00")
    assert by_kind["new_merchant"].transaction_id == txns["NEW TAILOR SHOP"].id
    set_setting(store, "large_charge_limit", "1000")
    set_setting(store, "new_merchant_limit", "200")
    assert raised(store, day(45)) == []  # a charge raises once, whatever the settings


def test_duplicate_charge_only_where_unusual(store, tmp_path: Path) -> None:
    coffee = [(day(i), "-4.50", "BEAN THERE CAFE") for i in range(-40, 12)]
    load(
        store,
        tmp_path,
        "4444",
        [
            *coffee,  # the same coffee every day is a habit, not a duplicate
            (day(10), "-89.99", "ONLINE ELECTRONICS"),
            (day(11), "-89.99", "ONLINE ELECTRONICS"),
        ],
        kind="CREDITCARD",
    )
    got = evaluate_alerts(store, day(12))
    assert [a.kind for a in got if a.kind == "duplicate_charge"] == ["duplicate_charge"]
    dup = next(a for a in got if a.kind == "duplicate_charge")
    assert dup.transaction_id == list_transactions(store)[-1].id
    assert dup.date == day(11)


def test_renewal_reminders_at_30_7_1_days_and_own_offsets(store) -> None:
    sub = add_subscription(store, next_date=day(30), user_state="confirmed", cadence="annual")
    own = add_subscription(store, next_date=day(30), reminder_offsets="3", cadence="annual")
    monthly = add_subscription(store, next_date=day(30), cadence="monthly")
    add_subscription(store, next_date=day(30), user_state="dismissed", cadence="annual")
    add_subscription(store, next_date=day(30), user_state="cancelled", cadence="annual")
    add_subscription(store, next_date=day(30), kind="income", amount_minor=300000)  # salary
    assert [(a.kind, a.subscription_id) for a in evaluate_alerts(store, D)] == [("renewal", sub)]
    assert raised(store, day(1)) == []
    got = evaluate_alerts(store, day(23))  # 7 days ahead: a monthly one is reminded from here
    assert sorted(a.subscription_id for a in got) == [sub, monthly]
    assert [a.subscription_id for a in evaluate_alerts(store, day(27))] == [own]
    # the day before is a notice too: a renewal at its usual price is nothing to fear
    assert raised(store, day(29)) == [("renewal", "info"), ("renewal", "info")]
    messages = [a.message for a in list_alerts(store, as_of=day(29))]
    assert messages[0].startswith("StreamFlix renews tomorrow (2024-07-01)")


def test_charged_after_cancel_and_lapsed(store, tmp_path: Path) -> None:
    load(store, tmp_path, "111", [(day(3), "-15.99", "STREAMFLIX.COM")])
    (charge,) = list_transactions(store)
    cancelled = add_subscription(
        store,
        user_state="cancelled",
        status="inactive",
        details={"charged_after_cancel": [charge.id]},
    )
    lapsed = add_subscription(store, next_date=day(-5), status="inactive", details={"lapsed": True})
    got = {a.kind: a for a in evaluate_alerts(store, day(10))}
    assert sorted(got) == ["charged_after_cancel", "lapsed"]
    # 15.99 after cancelling: a warning, to dispute; critical only when large (core.severity)
    assert (got["charged_after_cancel"].subscription_id, got["charged_after_cancel"].severity) == (
        cancelled,
        "warning",
    )
    assert got["charged_after_cancel"].transaction_id == charge.id
    assert got["lapsed"].subscription_id == lapsed
    assert raised(store, day(11)) == []


def test_as_of_ignores_later_transactions_and_dismissed_stays_away(store, tmp_path: Path):
    load(store, tmp_path, "111", [(day(20), "-900.00", "HARDWARE BARN 3")])
    assert raised(store, day(10)) == []  # the charge is after as_of
    (alert,) = evaluate_alerts(store, day(21))
    assert not alert.read
    mark_read(store, alert.id)
    assert [a.read for a in list_alerts(store)] == [True]
    dismiss(store, alert.id)
    assert raised(store, day(22)) == []
    assert list_alerts(store) == []
    assert [a.dismissed for a in list_alerts(store, include_closed=True)] == [True]
