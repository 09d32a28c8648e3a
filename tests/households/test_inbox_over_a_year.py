"""Issue 14, done when: the alert inbox, asked at monthly dates over a year, never lists a
renewal reminder for a renewal already past; and an import undone leaves no alert of its own."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from finapp.services import alerts as alert_service
from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files
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


def test_an_import_undone_leaves_no_alert_of_its_own(tmp_path: Path) -> None:
    hh = generate(24, months=6, noise=0.5)
    last = date(hh.end.year, hh.end.month, 1)
    store, files = imported(hh, tmp_path, until=last)  # all but the last month
    try:
        before_day = last + timedelta(days=3)
        alert_service.refresh_alerts(store, before_day)
        before = {a.id for a in alert_service.list_alerts(store)}
        newest = [f for f in files if f.start == last and f.account == "checking"]
        result = import_files(store, [f.path for f in newest])
        assert result.new > 0
        raised = alert_service.refresh_alerts(store, hh.end)
        assert raised, "the new month raised no alert to undo"
        undo_import(store, result.files[0].batch_id)
        left = {a.id for a in alert_service.list_alerts(store, include_closed=True)}
        assert left & {a.id for a in raised} == set()
        assert left <= before
    finally:
        store.close()
