"""Statements that end a month before today, as a household starting with last month's
statements has them: what finapp says is as of where they end, and never passes that off as
today's news. Spotify's 14 October charge is missing from card statements that go to the 28th:
it is overdue, not silently next due on 14 December; once cancelled it has no renewal at all;
the renewal reminder tells the bill's new amount; the forecast counts from today."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.helpers import cli_json, run_cli
from tests.subscriptions.late_statements import (
    CANCELLED_ON,
    CHECKING_END,
    TODAY,
    write_november_checking,
    write_statements,
)

pytestmark = pytest.mark.usefixtures("data_dir")


def _cli(data_dir: Path, *args: str) -> str:
    proc = run_cli(data_dir, *args, "--as-of", TODAY.isoformat())
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _line(table: str, name: str) -> str:
    return next(line for line in table.splitlines() if name in line)


@pytest.fixture
def imported(data_dir: Path, tmp_path: Path) -> Path:
    proc = run_cli(data_dir, "import", *map(str, write_statements(tmp_path / "statements")))
    assert proc.returncode == 0, proc.stderr
    return data_dir


def test_a_charge_missing_from_the_statements_is_overdue_not_rolled_on(imported: Path) -> None:
    spotify = _line(_cli(imported, "subscriptions"), "Spotify")
    assert "overdue: 2026-10-14 charge not seen" in spotify
    assert "2026-12-14" not in spotify and "2026-11-14" not in spotify
    listed = {
        row["name"]: row for row in cli_json(imported, "subscriptions", "--as-of", "2026-12-02")
    }
    assert (listed["Spotify"]["upcoming"], listed["Spotify"]["status"]) == ("2026-10-14", "active")
    assert "overdue" in listed["Spotify"]["flags"]
    # Netflix charged on 4 October: its November charge is after the statements end, only not
    # imported yet, and the next is 4 December
    assert (listed["Netflix"]["upcoming"], listed["Netflix"]["flags"]) == ("2026-12-04", [])
    alerts = _cli(imported, "alerts")
    assert "Spotify" not in alerts  # no reminder of a renewal two months on


def test_a_cancelled_subscription_has_no_next_renewal(imported: Path) -> None:
    spotify_id = next(
        row["id"] for row in cli_json(imported, "subscriptions") if row["name"] == "Spotify"
    )
    cancel = ("subscriptions", "cancel", str(spotify_id), "--on", CANCELLED_ON.isoformat())
    assert run_cli(imported, *cancel).returncode == 0
    spotify = _line(_cli(imported, "subscriptions"), "Spotify")
    assert "cancelled 2026-08-20" in spotify and "charged_after_cancel" in spotify
    assert "active" not in spotify and "2026-12-14" not in spotify and "overdue" not in spotify
    (row,) = [
        r
        for r in cli_json(imported, "subscriptions", "--as-of", "2026-12-02")
        if r["id"] == spotify_id
    ]
    assert (row["upcoming"], row["user_state"]) == (None, "cancelled")
    alerts = cli_json(imported, "alerts", "--as-of", "2026-12-02", "--all")
    assert not [a for a in alerts if a["kind"] == "renewal" and a["subscription_id"] == spotify_id]


def test_the_renewal_reminder_tells_the_new_amount(imported: Path, tmp_path: Path) -> None:
    duke = _line(_cli(imported, "alerts"), "Duke Energy")
    assert "is due in 6 days (2026-12-08) for 87.58 USD" in duke
    november = write_november_checking(tmp_path)
    assert run_cli(imported, "import", str(november)).returncode == 0
    alerts = _cli(imported, "alerts")
    (reminder,) = [line for line in alerts.splitlines() if "Duke Energy is due" in line]
    assert "for 93.28 USD" in reminder and "87.58" not in reminder


def test_the_forecast_counts_from_today(imported: Path) -> None:
    text = _cli(imported, "forecast", "--days", "30", "--account", "SUMMITCU …1207")
    assert text.splitlines()[0].startswith(
        "SUMMITCU …1207 (USD) from today, estimated from statements ending 2026-10-31: "
        "4259.00 on 2026-10-31, about "
    )
    assert "2026-11-01 (estimated)  Maple Ridge Apts Rent" in text
    (one,) = cli_json(imported, "forecast", "--days", "30", "--as-of", "2026-12-02")[1:]
    assert (one["from"], one["today"], one["estimated"]) == ("2026-10-31", "2026-12-02", True)
    assert one["daily"][-1]["date"] == (TODAY + timedelta(days=30)).isoformat()
    assert one["lowest"]["date"] >= TODAY.isoformat()
    assert CHECKING_END.isoformat() == one["daily"][0]["date"]


def test_a_month_old_balance_is_told_with_its_day(imported: Path) -> None:
    assert run_cli(imported, "threshold", "set", "SUMMITCU …1207", "5000").returncode == 0
    said = (
        "SUMMITCU …1207 was at 4259.00 USD on 2026-10-31 (latest statement), below your "
        "5000.00 USD threshold."
    )
    assert said in _cli(imported, "alerts")
    health = _cli(imported, "health")
    assert said in health and "is at 4259.00" not in health
    assert "  SUMMITCU: 4259.00 USD on 2026-10-31 (latest statement), " in health
    assert (
        "  balances on 2026-10-31 (latest statement): newer statements not imported yet" in health
    )
    # asked the day after the statements end, the balance is today's news
    fresh = run_cli(imported, "alerts", "--as-of", "2026-11-01").stdout
    assert "SUMMITCU …1207 is at 4259.00 USD, below your 5000.00 USD threshold." in fresh
