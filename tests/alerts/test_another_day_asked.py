"""Asking about another day never changes what is true today, and a reminder's count of days
agrees with the day shown beside it.

A Chicago household's Chase checking account, its statements downloaded up to yesterday:
Netflix (15.49) and Spotify (11.99) renew within the week, rent and ComEd are paid every month.
The user lists her alerts, asks what they will be in two weeks (``alerts --as-of``), then lists
today's again: the same reminders, unchanged, and nothing dated ahead of today. Her
statements are the days around the real today: ``finapp alerts`` without ``--as-of`` is today.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from finapp.core.cadence import month_date
from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.notifications import take_unnotified
from finapp.store.engine import Store
from tests.categorize.statements import Line, load
from tests.cli_in_process import run_main

CHECKING = "000072918834"


def _renewing_within_a_week(today: date, after: int) -> date:
    """A billing day ``after`` days or more ahead, within the week, on a day of the month
    every month has (a service billed on the 30th is another story)."""
    day = today + timedelta(days=after)
    while day.day > 28:
        day += timedelta(days=1)
    return day


def _monthly(next_due: date, months: int, amount: str, payee: str) -> list[Line]:
    """The charges of a monthly service whose next one is ``next_due``, the last ``months``."""
    return [(month_date(next_due, -k, next_due.day), amount, payee) for k in range(1, months + 1)]


def chase_lines(today: date) -> list[Line]:
    """Nine months of the account, to yesterday."""
    netflix = _renewing_within_a_week(today, 1)
    spotify = _renewing_within_a_week(netflix, 3)
    first = month_date(today, -9, 1)
    lines = [
        *_monthly(netflix, 9, "-15.49", "NETFLIX.COM"),
        *_monthly(spotify, 9, "-11.99", "SPOTIFY USA"),
    ]
    for k in range(10):
        month = month_date(first, k, 1)
        lines += [
            (month, "-1875.00", "ZELLE PAYMENT TO LAKEVIEW PROPERTY MGMT"),
            (month + timedelta(days=14), "2984.16", "ACME CORP PAYROLL PPD"),
            (month + timedelta(days=3 + k * 7 % 19), f"-{88 + k * 13}.42", "JEWEL OSCO 3421"),
            (month + timedelta(days=9 + k * 5 % 13), f"-{41 + k * 9}.07", "TARGET 00021477"),
        ]
    lines.append((today - timedelta(days=1), "-23.18", "WALGREENS #4721"))
    return sorted(line for line in lines if first <= line[0] < today)


def _alerts(store: Store, capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict]:
    argv = ["--data-dir", str(store.data_dir), "alerts", "--json", *extra]
    code, out, err = run_main(argv, capsys)
    assert code == 0, err
    return json.loads(out)


def test_asking_about_a_day_ahead_leaves_todays_alerts_as_they_were(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = date.today()
    load(store, tmp_path, CHECKING, chase_lines(today))
    before = _alerts(store, capsys)
    renewals = sorted(a["message"] for a in before if a["kind"] == "renewal")
    assert [m.split(" renews ")[0] for m in renewals] == ["Netflix", "Spotify"], renewals

    ahead = (today + timedelta(days=14)).isoformat()
    _alerts(store, capsys, "--as-of", ahead)

    assert _alerts(store, capsys) == before
    history = _alerts(store, capsys, "--all")
    assert all(date.fromisoformat(a["date"]) <= today for a in history)
    assert {a["id"] for a in history if a["state"] == "open"} == {a["id"] for a in before}
    assert _alerts(store, capsys, "--rebuild") == before
    # the tray shows today's reminders, not what the day ahead found
    shown = take_unnotified(store, today)
    assert sorted(n.message for n in shown if n.kind == "renewal") == renewals


def test_a_reminder_counts_its_days_from_the_day_shown_beside_it(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = date(2026, 12, 6)
    load(store, tmp_path, CHECKING, chase_lines(today))
    netflix = _renewing_within_a_week(today, 1)
    raised = netflix - timedelta(days=7)
    refresh_alerts(store, raised)  # a week ahead: "in 7 days"
    for day in (raised, raised + timedelta(days=2), netflix):
        (reminder,) = [a for a in list_alerts(store, as_of=day) if "Netflix" in a.message]
        assert reminder.date == day
        assert reminder.date + timedelta(days=int(reminder.params["days"])) == netflix
    # listed by the command as of a day between: the day shown is the one counted from
    between = (raised + timedelta(days=3)).isoformat()
    (told,) = [a for a in _alerts(store, capsys, "--as-of", between) if "Netflix" in a["message"]]
    assert told["date"] == between
    assert told["message"] == f"Netflix renews in 4 days ({netflix.isoformat()}) for 15.49 USD."
