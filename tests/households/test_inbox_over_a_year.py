"""Issue 14, done when: the alert inbox, asked at monthly dates over a year, never lists a
renewal reminder for a renewal already past."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services import alerts as alert_service
from tests.households.generator import add_months, generate
from tests.households.support import imported, open_alerts


def test_no_reminder_for_a_past_renewal_across_a_year(tmp_path: Path) -> None:
    hh = generate(23, months=14, noise=0.2)
    store, _ = imported(hh, tmp_path)
    try:
        days = [add_months(date(hh.end.year, hh.end.month, 10), -k) for k in range(11, -1, -1)]
        stale = []
        for day in [*days, hh.as_of]:
            alert_service.refresh_alerts(store, day)
            for a in open_alerts(store, day):
                when = a.params.get("date")
                if a.kind == "renewal" and when and date.fromisoformat(when) < day:
                    stale.append((day.isoformat(), a.message))
        assert stale == [], f"{len(stale)} reminders for past renewals, e.g. {stale[:3]}"
    finally:
        store.close()
