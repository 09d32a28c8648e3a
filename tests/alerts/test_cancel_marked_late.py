"""A cancellation marked late tells every charge taken since, each charge by its day.

The gym cancelled on 15 August kept charging on 3 September, 3 October and 3 November; the user
marks it cancelled on 2 December (statements to 27 November). ``finapp alerts`` tells one
alert of all three since the cancel day (the September one is too old for its own): how many,
what they came to, from when to when; the November charge is in it, not told again beside it.
Asked again, nothing is raised twice. The December charge the next statement brings is told by
the next such alert ("4 times"), which the one of three gives way to.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from finapp.services import subscriptions as subs
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.alerts.late_cancel_household import (
    CANCELLED,
    GYM,
    TODAY,
    import_household,
    stream_name,
)
from tests.cli_in_process import run_main


def _after_cancel(
    store: Store, capsys: pytest.CaptureFixture[str], as_of: str = TODAY.isoformat()
) -> list[dict]:
    argv = ["--data-dir", str(store.data_dir), "alerts", "--as-of", as_of, "--json"]
    code, out, err = run_main(argv, capsys)
    assert code == 0, err
    return [a for a in json.loads(out) if a["kind"] == "charged_after_cancel"]


def _gym_cancelled_late(store: Store, tmp_path: Path) -> str:
    """The household, its gym marked cancelled on 2 December as of 15 August; its name."""
    import_household(store, tmp_path)
    subs.detect_subscriptions(store, TODAY)
    name = stream_name(store, "goodlife")
    gym = next(v for v in subs.stored_subscriptions(store) if v.name == name)
    subs.cancel(store, gym.id, CANCELLED)
    return name


def test_every_charge_since_a_late_marked_cancel_is_told_once(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = _gym_cancelled_late(store, tmp_path)

    told = _after_cancel(store, capsys)
    assert [a["message"] for a in told] == [
        f"{name} charged you 3 times since you cancelled it on 2026-08-15, "
        "194.97 CAD in all (from 2026-09-03 to 2026-11-03).",
    ]
    (every,) = told
    assert (every["amount"], every["currency"], every["date"]) == ("-194.97", "CAD", "2026-11-03")
    assert _after_cancel(store, capsys) == told  # asked again: the same one, nothing new


def test_the_next_charge_is_told_by_the_next_alert_of_every_charge(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = _gym_cancelled_late(store, tmp_path)
    _after_cancel(store, capsys)

    december = tmp_path / "accountactivity_td_2026-12.csv"
    december.write_text("12/01/2026,PREAUTH PYMT     MAPLE PROP MGMT,2150.00,,5000.00\n"
                        f"12/03/2026,{GYM},64.99,,4935.01\n")  # fmt: skip
    assert not import_files(store, [december]).failed
    told = [a["message"] for a in _after_cancel(store, capsys, "2026-12-06")]
    assert told == [
        f"{name} charged you 4 times since you cancelled it on 2026-08-15, "
        "259.96 CAD in all (from 2026-09-03 to 2026-12-03).",
    ]  # the one of three gave way to it
