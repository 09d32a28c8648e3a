"""``finapp report --year`` tells the subscriptions that ended as ``subscriptions annual-review``
and the window's Year in review do: a cancellation charged again since saves nothing yet, and
those that stopped charging without being marked cancelled are told apart."""

from __future__ import annotations

import json

import pytest

from finapp.store.engine import Store
from tests.cli_in_process import run_main
from tests.conftest import MadeStore
from tests.health.test_annual_review_stopped import household


@pytest.fixture
def couple(made_store: MadeStore) -> Store:
    return made_store("a couple whose subscriptions ended in 2026", household)


def test_the_year_report_tells_what_ended_in_text_and_json(
    couple: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(couple.data_dir)
    couple.close()
    code, out, err = run_main(["--data-dir", folder, "report", "--year", "2026"], capsys)
    assert code == 0, err
    # one section tells every cancellation: Disney+ saving, Peloton charged again since
    cancelled = out.split("Cancelled:")[1].split("Stopped charging")[0]
    rows = [" ".join(line.split()) for line in cancelled.splitlines() if line[:4].isdigit()]
    assert len(rows) == 2 and "Disney+" in rows[0]
    assert rows[1] == (
        "2026-10-27 Peloton nothing yet USD charged again: 12.99 USD on 2026-11-02, "
        "12.99 USD on 2026-12-02"
    )
    assert (
        "Stopped charging (not marked cancelled): Hulu, last 7.99 USD on 2026-10-13 "
        "(95.88 USD a year no longer paid)"
    ) in out
    assert "Dropbox" not in out.split("Subscriptions and bills paid")[1]

    code, out, err = run_main(["--data-dir", folder, "report", "--year", "2026", "--json"], capsys)
    assert code == 0, err
    subscriptions = json.loads(out)["subscriptions"]
    assert [c["name"] for c in subscriptions["cancelled"]] == ["Disney+"]
    (peloton,) = subscriptions["cancelled_yet_charged"]
    assert (peloton["name"], peloton["date"], peloton["per_year"]) == (
        "Peloton",
        "2026-10-27",
        "155.88",
    )
    assert peloton["charged_after"] == [
        {"date": "2026-11-02", "amount": "12.99"},
        {"date": "2026-12-02", "amount": "12.99"},
    ]
    assert [(s["name"], s["last_charge"], s["per_year"]) for s in subscriptions["stopped"]] == [
        ("Audible", {"date": "2026-03-11", "amount": "14.95"}, "179.40"),
        ("Hulu", {"date": "2026-10-13", "amount": "7.99"}, "95.88"),
        ("腾讯视频", {"date": "2026-10-14", "amount": "20.00"}, "240.00"),
    ]
