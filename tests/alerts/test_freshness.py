"""Statements that end a month ago are not a month of missed charges: one notice per account."""

from __future__ import annotations

from datetime import date

from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.subscriptions import list_subscriptions
from tests.alerts.household import household, import_between

START = date(2025, 11, 1)
STATEMENTS_END = date(2026, 10, 31)


def test_data_ending_a_month_early_gives_one_freshness_notice_per_account(store) -> None:
    home = household(7, START, 12)
    import_between(store, home, date(2025, 10, 31), STATEMENTS_END)
    refresh_alerts(store, date(2026, 11, 30))
    inbox = list_alerts(store, as_of=date(2026, 11, 30))
    notices = [a for a in inbox if a.kind == "stale_statements"]
    accounts = [a.account for a in notices]
    with_streams = {
        s.account for s in list_subscriptions(store, date(2026, 11, 30)) if s.status == "active"
    }
    assert sorted(accounts) == sorted(with_streams)  # one each, none twice
    assert all(a.severity == "info" for a in notices)
    assert all(
        a.message.endswith(
            "end 2026-10-31: import newer ones, or close the account if you no longer have it."
        )
        for a in notices
    )
    assert [a.message for a in inbox if a.kind == "lapsed"] == []

    refresh_alerts(store, date(2026, 12, 15))  # asked again later: still one each
    assert len([a for a in list_alerts(store) if a.kind == "stale_statements"]) == len(notices)


def test_newer_statements_resolve_the_notice(store) -> None:
    home = household(7, START, 13)
    import_between(store, home, date(2025, 10, 31), STATEMENTS_END)
    refresh_alerts(store, date(2026, 11, 30))
    import_between(store, home, STATEMENTS_END, date(2026, 11, 30))
    refresh_alerts(store, date(2026, 12, 2))
    states = {
        a.state for a in list_alerts(store, include_closed=True) if a.kind == "stale_statements"
    }
    assert states == {"resolved"}
    assert not [
        a for a in list_alerts(store, as_of=date(2026, 12, 2)) if a.kind == "stale_statements"
    ]
