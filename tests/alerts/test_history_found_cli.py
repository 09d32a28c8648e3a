"""A household's first import of its history: the alerts stay quiet about events long past, and
``finapp import`` then says what it found in the history, once, without what the alerts say."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli_in_process import run_main
from tests.history_statement import _months_ago, history_ofx
from tests.importers.ofxgen import Line


@pytest.fixture
def today() -> date:
    """The day the test runs on, taken as it starts: ``finapp import`` and ``finapp alerts``
    judge as of the real day, so statements dated back from a day taken when the module was
    collected are a day old once a run passes midnight, and a charge after cancelling then
    falls on the other side of the alerts' window."""
    return date.today()


def _import(data_dir: Path, statement: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code, out, err = run_main(["--data-dir", str(data_dir), "import", str(statement)], capsys)
    assert code == 0, err
    return out


def _found(out: str) -> list[str]:
    """The summary's lines, from its heading on."""
    lines = out.splitlines()
    heading = "What we found in your history:"
    return lines[lines.index(heading) :] if heading in lines else []


def test_the_first_import_tells_what_the_history_holds_and_leaves_the_recent_to_alerts(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], today: date
) -> None:
    tv_day = today - timedelta(days=5)  # a large charge the alerts announce themselves
    tv = Line(tv_day, "-1299.00", "BEST BUY #0412 BELLEVUE WA", "BB0412")
    statement = history_ofx(tmp_path, today, extra=[tv])
    out = _import(data_dir, statement, capsys)
    assert out.splitlines()[0].endswith("rejected (import 1)")
    netflix_rose = _months_back(today, 12, 7)
    assert _found(out) == [
        "What we found in your history:",
        "  Older than what alerts announce, so you have not been told of these yet.",
        "  Price rises:",
        f"    Netflix went up from 15.49 USD to 17.99 USD on {netflix_rose} "
        "(30.00 USD more a year).",
        "  Large and unusual charges:",
        f"    Ashley Furniture: 1850.00 USD on {_months_back(today, 8, 23)}.",
        "  Subscriptions that stopped:",
        "    Planet Fitness stopped after its charge of 24.99 USD on "
        f"{_months_back(today, 7, 17)}.",
    ]
    code, alerts, _ = run_main(["--data-dir", str(data_dir), "alerts"], capsys)
    assert code == 0
    assert "1299.00 USD" in alerts  # the recent charge is the alerts' to tell
    for told_here in ("Ashley", "Planet Fitness", "15.49"):
        assert told_here not in alerts


def test_the_same_history_imported_again_or_a_later_statement_tells_nothing_twice(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], today: date
) -> None:
    statement = history_ofx(tmp_path, today)
    assert _found(_import(data_dir, statement, capsys))
    assert _found(_import(data_dir, statement, capsys)) == []
    # the next download overlaps the last two months and adds a line of this week
    later = history_ofx(
        tmp_path,
        today,
        "Checking8824_latest.qfx",
        since=today - timedelta(days=60),
        extra=[Line(today - timedelta(days=1), "-6.40", "STARBUCKS STORE 00123 SEATTLE WA", "S1")],
    )
    out = _import(data_dir, later, capsys)
    assert "1 new" in out.splitlines()[0]
    assert _found(out) == []


def _months_back(today: date, months: int, day: int) -> str:
    """The ISO day ``day`` of the month ``months`` before ``today``'s."""
    return _months_ago(today, months, day).isoformat()


def test_a_part_shows_the_five_largest_and_counts_the_rest(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], today: date
) -> None:
    shops = ("IKEA SEATTLE", "COSTCO WHSE #0001", "APPLE STORE R092", "REI #11 SEATTLE WA",
             "HOME DEPOT #4702", "DELTA AIR 0062341", "BEST BUY #0412")  # fmt: skip
    spree = [
        Line(
            _months_ago(today, 10, 3 + i),
            f"-{900 + 100 * i}.00",
            shop,
            f"L{i}",
        )
        for i, shop in enumerate(shops)
    ]
    out = _import(data_dir, history_ofx(tmp_path, today, extra=spree), capsys)
    found = _found(out)
    part = found[found.index("  Large and unusual charges:") + 1 :][:6]
    assert [line.split(": ")[1].split(" on ")[0] for line in part[:5]] == [
        "1850.00 USD", "1500.00 USD", "1400.00 USD", "1300.00 USD", "1200.00 USD"]  # fmt: skip
    assert part[5] == "    and 3 more"


def test_charges_after_cancelling_found_in_a_later_import_are_told_once(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], today: date
) -> None:
    """The household imported up to four months ago and said it cancelled Spotify after its
    charge of that month; the next download shows Spotify kept charging every month since. One
    alert tells all four charges; the import's summary does not list the older three again
    under "not told yet" (it did, beside the alert's "4 times since you cancelled it")."""
    cut = _months_ago(today, 4, 1)
    first = _found(_import(data_dir, history_ofx(tmp_path, today, "to_cut.qfx", until=cut), capsys))
    assert "  Price rises:" in first
    cancelled = _months_back(today, 5, 13)
    _cancel_spotify(data_dir, cancelled, capsys)
    found = _found(_import(data_dir, history_ofx(tmp_path, today, "since.qfx", since=cut), capsys))
    assert not [line for line in found if "Spotify" in line or "cancelled" in line]
    code, alerts, _ = run_main(["--data-dir", str(data_dir), "alerts"], capsys)
    assert code == 0
    told = [row for row in alerts.splitlines() if "charged_after_cancel" in row]
    assert len(told) == 1
    assert told[0].endswith(
        f"Spotify charged you 4 times since you cancelled it on {cancelled}, 43.96 USD in all "
        f"(from {_months_back(today, 4, 12)} to {_months_back(today, 1, 12)})."
    )


def test_charges_after_cancelling_on_statements_long_ended_are_told_by_the_summary(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], today: date
) -> None:
    """The same, but the download ends three months ago (the account has not been used
    since): the alerts stay quiet about charges that old, and the summary is where the
    household learns that Spotify charged five times after its cancel day."""
    cut = _months_ago(today, 8, 1)
    _import(data_dir, history_ofx(tmp_path, today, "to_cut.qfx", until=cut), capsys)
    _cancel_spotify(data_dir, _months_back(today, 9, 13), capsys)
    later = history_ofx(tmp_path, today, "since.qfx", since=cut, until=_months_ago(today, 3, 1))
    found = _found(_import(data_dir, later, capsys))
    heading = found.index("  Charges after you cancelled:")
    assert found[heading + 1 : heading + 6] == [
        f"    Spotify charged 10.99 USD on {_months_back(today, months, 12)} after you "
        "cancelled it."
        for months in (4, 5, 6, 7, 8)
    ]
    code, alerts, _ = run_main(["--data-dir", str(data_dir), "alerts"], capsys)
    assert code == 0
    assert "charged_after_cancel" not in alerts


def _cancel_spotify(data_dir: Path, day: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The household marks Spotify cancelled on ``day``, as ``finapp subscriptions`` lets it."""
    argv = ["--data-dir", str(data_dir), "subscriptions"]
    code, out, _ = run_main([*argv, "--json"], capsys)
    spotify = next(s["id"] for s in json.loads(out) if s["name"] == "Spotify")
    code, _, err = run_main([*argv, "cancel", str(spotify), "--on", day], capsys)
    assert code == 0, err


def test_a_later_import_into_a_store_of_years_judges_its_charges_against_the_years_before(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], today: date
) -> None:
    """The household imported up to ten months ago; the next download brings the sofa and a
    480.00 Safeway shop, unusual only beside the groceries of the first import (92 to 137)."""
    cut = _months_ago(today, 10, 1)
    _import(data_dir, history_ofx(tmp_path, today, "to_cut.qfx", until=cut), capsys)
    shop = Line(_months_ago(today, 9, 5), "-480.00", "SAFEWAY #1445 BELLEVUE WA")
    later = history_ofx(tmp_path, today, "since.qfx", since=cut, extra=[shop])
    found = _found(_import(data_dir, later, capsys))
    assert found == [
        "What we found in your history:",
        "  Older than what alerts announce, so you have not been told of these yet.",
        "  Large and unusual charges:",
        f"    Ashley Furniture: 1850.00 USD on {_months_back(today, 8, 23)}.",
        f"    Safeway: 480.00 USD on {_months_back(today, 9, 5)}, far above the usual 112.35 USD.",
        "  Subscriptions that stopped:",
        "    Planet Fitness stopped after its charge of 24.99 USD on "
        f"{_months_back(today, 7, 17)}.",
    ]
