"""Rent due after the statements end but before today: shown as due that day, said to be after
the statements (they cannot show it yet), neither skipped to next month nor called overdue; and
the CLI's ``kind`` is the group's the window shows (rent filed under Housing is a bill)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from tests.conftest import new_passphrase_store
from tests.helpers import cli_json, run_cli
from tests.subscriptions.rent_after_statements import (
    ELECTRICITY,
    RENT,
    RENT_DUE,
    STATEMENTS_END,
    TODAY,
    import_tenant,
)


def _tenant(data_dir: Path, folder: Path) -> None:
    opened = new_passphrase_store(data_dir)
    try:
        import_tenant(opened, folder)
    finally:
        opened.close()


def _listed(data_dir: Path, day: str) -> dict[str, dict]:
    return {i["merchant"]: i for i in cli_json(data_dir, "subscriptions", "--as-of", day)}


def test_rent_due_after_the_statements_is_shown_due_that_day(data_dir: Path, tmp_path) -> None:
    _tenant(data_dir, tmp_path)
    listed = cli_json(data_dir, "subscriptions", "--as-of", TODAY.isoformat())
    rent = next(i for i in listed if i["amount"] == "-450.00")
    assert rent["upcoming"] == RENT_DUE.isoformat()  # not 2027-01-01
    assert "after_statements" in rent["flags"] and "overdue" not in rent["flags"]
    assert rent["covered_until"] == STATEMENTS_END.isoformat()
    # the rule the list keeps: an active stream shows a past day only after the statements end,
    # and then says so
    for item in listed:
        if item["status"] == "active" and item["upcoming"] < TODAY.isoformat():
            assert item["upcoming"] > item["covered_until"], item
            assert "after_statements" in item["flags"], item

    table = run_cli(data_dir, "subscriptions", "--as-of", TODAY.isoformat())
    assert table.returncode == 0, table.stderr
    line = next(line for line in table.stdout.splitlines() if "-450.00" in line)
    assert "2026-12-01 (after statements end 2026-11-18)" in line
    assert "2027-01-01" not in line and "overdue" not in line

    # a week on, the rent of 1 December is no news of the last days: the next is 1 January
    later = cli_json(data_dir, "subscriptions", "--as-of", (TODAY + timedelta(days=7)).isoformat())
    rent = next(i for i in later if i["amount"] == "-450.00")
    assert (rent["upcoming"], "after_statements" in rent["flags"]) == ("2027-01-01", False)


def test_no_reminder_is_given_for_the_rent_already_due(data_dir: Path, tmp_path) -> None:
    """A reminder is for acting before a charge: the rent of 1 December, past on the 2nd, is
    shown on the list (above) but reminded of neither as "in -1 days" nor at all: the moment to
    act on it has passed, and the next statement will show it."""
    _tenant(data_dir, tmp_path)
    alerts = cli_json(data_dir, "alerts", "--as-of", TODAY.isoformat())
    messages = [a["message"] for a in alerts if a["kind"] == "renewal"]
    assert not any("2026-12-01" in m or "in -" in m for m in messages), messages


def test_the_cli_kind_is_the_group_the_window_shows(data_dir: Path, tmp_path) -> None:
    """The room's rent to a landlord by ACH (450.00: the detector alone would call it a
    subscription) is filed under Housing: a bill in the table and the JSON, as in the window;
    the metered electricity is a bill too."""
    _tenant(data_dir, tmp_path)
    listed = cli_json(data_dir, "subscriptions", "--as-of", TODAY.isoformat())
    kinds = {i["amount"]: (i["kind"], i["group"]) for i in listed}
    assert kinds["-450.00"] == ("bill", "bills")
    power = next(i for i in listed if i["amount"] not in ("-450.00", "2150.00"))
    assert (power["kind"], power["group"]) == ("bill", "bills")
    table = run_cli(data_dir, "subscriptions", "--as-of", TODAY.isoformat()).stdout.splitlines()
    rent_line = next(line for line in table if "-450.00" in line)
    assert rent_line[table[0].index("kind") :].startswith("bill ")
    assert "subscription" not in rent_line
    assert RENT and ELECTRICITY  # the payees as the bank prints them (rent_after_statements)
