"""The Millers' first downloads (:mod:`tests.households.us_family`), of October 2025 and the
first days of November: what the alerts and the import's findings say on the day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.core.alert_kinds import Kind
from finapp.importers.csv.profiles import profile_named
from finapp.services import alerts as alert_service
from finapp.services.history_findings import history_findings
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.households import us_family as us


def test_the_mortgage_and_emmas_rent_paid_again_are_no_large_charges(
    store: Store, tmp_path: Path
) -> None:
    """Chase's first download holds the mortgage (1,846.32) and Emma's rent by Zelle (850.00)
    of 2025-10-01 and again of 2025-11-03: the inbox opened on "A large charge of 1846.32 USD:
    Rocket Mortgage." and "A large charge of 850.00 USD: Zelle to Emma Miller.", and the
    import's findings listed those of 2025-10-01 as "Large and unusual charges"."""
    family = us.build()
    day = us.download_days()[0]
    found = []
    for d in us.write_month(tmp_path, family, 0):
        result = import_files(store, [d.path])
        if result.failed:  # Amex's, no payment in it yet
            result = import_files(store, [d.path], profile=profile_named("American Express"))
        found += [f for part in history_findings(store, result, day) for f in part.shown]
    assert not [f for f in found if f.kind in (Kind.LARGE_CHARGE, Kind.UNUSUAL_CHARGE)], found

    alert_service.evaluate_alerts(store, as_of=day)
    told = [(a.kind, a.message) for a in alert_service.list_alerts(store, as_of=day)]
    assert not [m for kind, m in told if kind in ("large_charge", "unusual_charge")], told
    assert day == date(2025, 11, 4)
