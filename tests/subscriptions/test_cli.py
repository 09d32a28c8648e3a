"""``finapp subscriptions`` through the real command (issue 4, requirements 4 and 5)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from icalendar import Calendar

from finapp.importers.base import ParsedStatement
from tests.helpers import cli_json, run_cli
from tests.subscriptions.statements import write_ofx
from tests.subscriptions.test_service import CARD, HULU, NETFLIX, monthly

CONTRACT = {
    "id",
    "name",
    "account",
    "kind",
    "cadence",
    "amount",
    "average_amount",
    "next_date",
    "status",
    "transaction_ids",
    "annual_cost",
    "confidence",
    "price_changes",
    "flags",
}


def test_list_decide_and_export_through_the_cli(tmp_path: Path) -> None:
    data = tmp_path / "data"
    lines = (
        monthly(NETFLIX, date(2024, 1, 9), 6, "-15.49")
        + monthly(NETFLIX, date(2024, 7, 9), 3, "-17.99")
        + monthly(HULU, date(2024, 1, 5), 9, "-7.99")
    )
    ofx = write_ofx(tmp_path / "card.ofx", ParsedStatement(CARD, tuple(lines)))
    assert cli_json(data, "import", str(ofx))["new"] == 18

    listed = cli_json(data, "subscriptions", "--as-of", "2024-09-20")
    assert all(set(item) >= CONTRACT for item in listed)
    netflix = next(item for item in listed if item["name"] == "Netflix")
    assert netflix["kind"] == "subscription" and netflix["cadence"] == "monthly"
    assert (netflix["amount"], netflix["next_date"], netflix["status"]) == (
        "-17.99",
        "2024-10-09",
        "active",
    )
    assert netflix["price_changes"] == [{"date": "2024-07-09", "old": "15.49", "new": "17.99"}]
    assert netflix["annual_cost"] == "215.88" and len(netflix["transaction_ids"]) == 9
    hulu = next(item for item in listed if item["name"] == "Hulu")

    assert run_cli(data, "subscriptions", "dismiss", str(hulu["id"])).returncode == 0
    assert run_cli(data, "subscriptions", "reminders", str(netflix["id"]), "14,2").returncode == 0

    refused = run_cli(data, "subscriptions", "confirm", "9999")
    assert refused.returncode == 2 and refused.stderr.startswith("finapp: ")

    ics = tmp_path / "renewals.ics"
    done = run_cli(data, "subscriptions", "export-ics", str(ics), "--as-of", "2024-09-20")
    assert done.returncode == 0, done.stderr
    (event,) = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert sorted(a.decoded("TRIGGER").days for a in event.walk("VALARM")) == [-14, -2]

    totals = json.loads(
        run_cli(data, "subscriptions", "totals", "--json", "--as-of", "2024-09-20").stdout
    )
    # Hulu was dismissed: only Netflix counts
    assert totals == [{"currency": "USD", "per_month": "17.99", "per_year": "215.88", "count": 1}]


def test_rebuild_detects_afresh_and_lists_the_same(tmp_path: Path) -> None:
    data = tmp_path / "data"
    lines = monthly(NETFLIX, date(2024, 1, 9), 6, "-15.49") + monthly(
        HULU, date(2024, 1, 5), 9, "-7.99"
    )
    ofx = write_ofx(tmp_path / "card.ofx", ParsedStatement(CARD, tuple(lines)))
    assert cli_json(data, "import", str(ofx))["new"] == 15
    listed = cli_json(data, "subscriptions", "--as-of", "2024-09-20")
    assert len(listed) == 2
    assert cli_json(data, "subscriptions", "--as-of", "2024-09-20", "--rebuild") == listed
