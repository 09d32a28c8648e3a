"""Issue 14, done when: an import undone leaves no alert of its own."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from finapp.services import alerts as alert_service
from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files
from tests.households.generator import generate
from tests.households.support import imported, open_alerts


def _inbox(store) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(a.kind, a.date.isoformat(), a.message) for a in open_alerts(store, date.max)}


def test_an_import_undone_leaves_no_alert_of_its_own(tmp_path: Path) -> None:
    """Undoing the last month's checking statement leaves the inbox a store that never had it
    shows, asked on the same days (alerts of its own: those that store does not raise)."""
    hh = generate(24, months=6, noise=0.5)
    last = date(hh.end.year, hh.end.month, 1)
    days = (last + timedelta(days=3), hh.end)
    without, _ = imported(hh, tmp_path / "without", until=hh.end)  # all but the last month
    try:
        for day in days:
            alert_service.refresh_alerts(without, day)
        expected = _inbox(without)
    finally:
        without.close()
    store, files = imported(hh, tmp_path / "with", until=hh.end)
    try:
        alert_service.refresh_alerts(store, days[0])
        newest = [f for f in files if f.start == last and f.account == "checking"]
        result = import_files(store, [f.path for f in newest])
        assert result.new > 0
        raised = alert_service.refresh_alerts(store, days[1])
        assert raised, "the new month raised no alert to undo"
        undo_import(store, result.files[0].batch_id)
        left = _inbox(store) - expected
        assert left == set(), f"{len(left)} alerts of the undone import left: {sorted(left)}"
    finally:
        store.close()
