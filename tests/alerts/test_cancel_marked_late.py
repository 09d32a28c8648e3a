"""A cancellation marked late tells every charge taken since, each charge by its day.

The gym cancelled on 15 August kept charging on 3 September, 3 October and 3 November; the user
marks it cancelled on 2 December (statements to 27 November). ``finapp alerts`` tells the
November charge with its day, and one alert of all three since the cancel day (the September
one is too old for its own): how many, what they came to, from when to when. Asked again,
nothing is raised twice.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from finapp.services import subscriptions as subs
from finapp.store.engine import Store
from tests.alerts.late_cancel_household import CANCELLED, TODAY, import_household, stream_name
from tests.cli_in_process import run_main


def _after_cancel(store: Store, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    argv = ["--data-dir", str(store.data_dir), "alerts", "--as-of", TODAY.isoformat(), "--json"]
    code, out, err = run_main(argv, capsys)
    assert code == 0, err
    return [a for a in json.loads(out) if a["kind"] == "charged_after_cancel"]


def test_every_charge_since_a_late_marked_cancel_is_told_once(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_household(store, tmp_path)
    subs.detect_subscriptions(store, TODAY)
    name = stream_name(store, "goodlife")
    gym = next(v for v in subs.stored_subscriptions(store) if v.name == name)
    subs.cancel(store, gym.id, CANCELLED)

    told = _after_cancel(store, capsys)
    assert sorted(a["message"] for a in told) == [
        f"{name} charged 64.99 CAD on 2026-11-03 after you cancelled it.",
        f"{name} charged you 3 times since you cancelled it on 2026-08-15, "
        "194.97 CAD in all (from 2026-09-03 to 2026-11-03).",
    ]
    every = next(a for a in told if "3 times" in a["message"])
    assert (every["amount"], every["currency"], every["date"]) == ("-194.97", "CAD", "2026-11-03")
    assert _after_cancel(store, capsys) == told  # asked again: the same two, nothing new
