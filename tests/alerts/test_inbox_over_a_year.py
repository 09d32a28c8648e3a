"""The inbox holds what is still true or ahead: asked month after month, it never fills up."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from finapp.core.budgets import month_of
from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.budgets import set_budget
from tests.alerts.household import household, import_between

START = date(2024, 1, 1)


def test_a_year_of_monthly_checks_lists_no_past_renewal_and_nothing_stale(store) -> None:
    home = household(11, START, 12)
    set_budget(store, "Food", Decimal("400"), today=START)
    seen_renewals = 0
    imported_until = START - timedelta(days=1)
    for month in range(2, 13):
        as_of = date(2024, month, 20)
        import_between(store, home, imported_until, as_of)
        imported_until = as_of
        refresh_alerts(store, as_of)
        inbox = list_alerts(store, as_of=as_of)
        assert all(a.state == "open" for a in inbox)
        for alert in inbox:
            if alert.kind == "renewal":
                seen_renewals += 1
                assert date.fromisoformat(alert.params["date"]) >= as_of, (as_of, alert.message)
            if alert.kind == "budget":
                assert month_of(alert.date) == month_of(as_of), (as_of, alert.message)
            if alert.kind in ("large_charge", "unusual_charge", "duplicate_charge", "new_merchant"):
                assert (as_of - alert.date).days < 14, (as_of, alert.message)
        assert all((as_of - a.date).days <= 45 for a in inbox if a.kind != "low_balance")
    assert seen_renewals, "renewals ahead are listed"
    history = list_alerts(store, as_of=date(2024, 12, 20), include_closed=True)
    assert {a.state for a in history} >= {"open", "resolved"}
