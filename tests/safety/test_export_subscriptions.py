"""The export's subscriptions.csv says what the subscriptions list says.

The Beckers' DKB statements (:mod:`tests.safety.leipzig_household`) end on 3 November 2026;
the list shows each renewal still to come from today, none for Netflix, which they cancelled,
and what a year of each costs as a positive sum. The export's spreadsheet list must agree.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.services.export import export_all
from finapp.services.imports import import_files
from finapp.services.subscription_groups import place
from finapp.store.engine import Store
from tests.safety.leipzig_household import write_dkb


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _becker(store: Store, tmp_path: Path) -> None:
    """The Beckers' DKB statements imported, Netflix marked cancelled on 20 September 2026."""
    result = import_files(store, [write_dkb(tmp_path)])
    assert not result.failed, result.failed
    (netflix,) = [v for v in subs.list_subscriptions(store) if "Netflix" in v.name]
    subs.cancel(store, netflix.id, date(2026, 9, 20))


def test_subscriptions_csv_says_what_the_subscriptions_list_says(
    store: Store, tmp_path: Path
) -> None:
    """The next charge and the cost a year the export writes are the ones ``finapp
    subscriptions`` and the window show: Stadtwerke's next Abschlag is the one still to come,
    not the one the statements already passed; cancelled Netflix has none; a year of Amazon
    Prime costs 89.90, not -89.90."""
    _becker(store, tmp_path)
    views = subs.list_subscriptions(store, include_dismissed=True)
    shown = {p.view.name: p for p in place(store, views, date.today())}

    export_all(store, tmp_path / "export")
    rows = {r["name"]: r for r in _rows(tmp_path / "export" / "subscriptions.csv")}

    assert rows.keys() == shown.keys()
    for name, placed in shown.items():
        upcoming = placed.upcoming.isoformat() if placed.upcoming else ""
        assert rows[name]["next_date"] == upcoming, name
        assert rows[name]["annual_cost"] == str(placed.view.annual_cost), name
    (stadtwerke,) = [r for n, r in rows.items() if "Stadtwerke" in n]
    assert date.fromisoformat(stadtwerke["next_date"]) >= date.today()
    assert stadtwerke["annual_cost"] == "1212.00"
    (netflix,) = [r for n, r in rows.items() if "Netflix" in n]
    assert (netflix["next_date"], netflix["cancelled_on"]) == ("", "2026-09-20")
    (prime,) = [r for n, r in rows.items() if "Amazon" in n]
    assert (prime["amount"], prime["annual_cost"]) == ("-89.90", "89.90")
