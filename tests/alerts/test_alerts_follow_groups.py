"""Alerts call a stream what the Subscriptions page groups it as, not what detection first
guessed: rent paid by card through ClickPay, filed by the user under Housing:Rent, is a bill
there, so its reminder says it is due, not that it renews; a monthly Acorns top-up filed under
Transfers:Savings is money moved to savings, so putting in more raises no price increase."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.categorize import set_category
from finapp.services.subscription_groups import place
from finapp.services.subscriptions import list_subscriptions
from finapp.services.transactions import list_transactions
from tests.alerts.test_price_changes import monthly
from tests.categorize.statements import load


def _file_once(store, payee: str, category: str) -> None:  # type: ignore[no-untyped-def]
    """The user corrects one line of ``payee``; finapp files its other lines alike."""
    line = next(t for t in list_transactions(store) if t.payee == payee)
    set_category(store, line.id, category)


def test_rent_is_due_and_a_savings_top_up_is_no_price_rise(store, tmp_path: Path) -> None:
    rent = monthly("CLICKPAY*MAPLE RIDGE", ["-1450.00"] * 10, day=1)  # January to October
    load(store, tmp_path, "4417", rent, kind="CREDITCARD")
    acorns = monthly("ACORNS INVEST", ["-50.00"] * 8 + ["-75.00"], day=5)
    load(store, tmp_path, "0021", acorns[:8])  # January to August at 50.00
    refresh_alerts(store, date(2024, 8, 6))
    _file_once(store, "CLICKPAY*MAPLE RIDGE", "Housing:Rent")
    _file_once(store, "ACORNS INVEST", "Transfers:Savings")
    shown = {
        p.view.name: p.group
        for p in place(store, list_subscriptions(store, date(2024, 8, 6)), date(2024, 8, 6))
    }
    assert shown == {"Clickpay": "bills", "Acorns Invest": "transfers"}

    load(store, tmp_path, "0021", acorns[8:])  # September: 75.00 moved to savings
    raised = refresh_alerts(store, date(2024, 9, 6))
    assert [a.message for a in raised if a.kind == "price_increase"] == []

    refresh_alerts(store, date(2024, 10, 28))
    reminders = [a.message for a in list_alerts(store, as_of=date(2024, 10, 28))]
    assert "Clickpay is due in 4 days (2024-11-01) for 1450.00 USD." in reminders
    assert not [m for m in reminders if "renews" in m or "went up" in m]
