"""Statements that end a month ago still remind of the next renewals: the rent due on
1 December (paid to the landlord's APTS by web payment, a bill: due, not renewed) is reminded in
the last days of November, beside the notice to import newer ones."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.alerts import list_alerts, refresh_alerts
from tests.alerts.test_lapses import CHECKING, checking_month
from tests.categorize.statements import load


def test_renewals_are_reminded_when_the_statements_end_a_month_early(store, tmp_path: Path) -> None:
    for month in range(1, 11):  # January to October 2024, asked at the end of November
        load(store, tmp_path, CHECKING, checking_month(2024, month))
    refresh_alerts(store, date(2024, 11, 28))
    inbox = list_alerts(store, as_of=date(2024, 11, 28))
    renewals = sorted(a.message for a in inbox if a.kind == "renewal")
    assert renewals == [
        "Oakwood Apts is due in 3 days (2024-12-01) for 2150.00 USD.",
        "State Farm is due in 7 days (2024-12-05) for 142.18 USD.",
    ]
    assert [a.kind for a in inbox if a.kind in ("lapsed", "stale_statements")] == [
        "stale_statements"
    ]
    # read two days later, before the next check: the count of days is the day's, not the
    # one of the day it was raised
    two_days_on = list_alerts(store, as_of=date(2024, 11, 30))
    assert sorted(a.message for a in two_days_on if a.kind == "renewal") == [
        "Oakwood Apts is due tomorrow (2024-12-01) for 2150.00 USD.",
        "State Farm is due in 5 days (2024-12-05) for 142.18 USD.",
    ]
    assert {a.params["days"] for a in two_days_on if a.kind == "renewal"} == {"1", "5"}
    refresh_alerts(store, date(2024, 12, 3))  # a renewal passed is no longer listed
    inbox = list_alerts(store, as_of=date(2024, 12, 3))
    assert [a.params["date"] for a in inbox if a.kind == "renewal"] == ["2024-12-05"]
