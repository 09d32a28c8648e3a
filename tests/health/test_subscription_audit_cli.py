"""``finapp subscriptions audit|review|annual-review``: the real command on an imported file."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from finapp.core.cadence import month_date
from finapp.core.subscription_audit import next_review
from finapp.importers.base import ParsedAccount, ParsedStatement
from finapp.services.opening import open_store
from finapp.services.settings import set_setting
from tests.conftest import PASSPHRASE
from tests.health.test_subscription_audit import monthly, priced
from tests.helpers import cli_json, run_cli
from tests.subscriptions.statements import write_ofx

CHECKING = ParsedAccount("000738201946", "Chase", "checking", "USD", "Total Checking")
AS_OF = "2026-11-24"


@pytest.fixture(scope="module")
def imported_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A checking account paying five subscriptions and a phone bill, imported by the CLI,
    with a monthly cap of 60.00 set."""
    tmp_path = tmp_path_factory.mktemp("audit")
    data_dir = tmp_path / "data"
    lines = [
        *priced("NETFLIX.COM 866-579-7172 CA", date(2025, 1, 9),
                [(date(2025, 1, 9), "-15.49"), (date(2026, 1, 9), "-17.99")]),
        *monthly("HULU 877-8244858 CA", date(2025, 1, 27), "-7.99"),
        *monthly("SPOTIFY USA 877-7781161 NY", date(2025, 1, 14), "-11.99"),
        *monthly("DROPBOX*7QK2MZ9LXW DROPBOX.COM CA", date(2025, 1, 21), "-11.99"),
        *monthly("PLANET FITNESS 844-880-7180 NH", date(2025, 1, 17), "-24.99"),
        *monthly("VERIZON WIRELESS PAYMENTS", date(2025, 1, 23), "-85.40"),
    ]  # fmt: skip
    statement = ParsedStatement(CHECKING, tuple(sorted(lines, key=lambda t: t.posted)))
    ofx = write_ofx(tmp_path / "chase-checking-2026-11.ofx", statement)
    proc = run_cli(data_dir, "import", str(ofx))
    assert proc.returncode == 0, proc.stderr
    store = open_store(data_dir, passphrase=PASSPHRASE)
    try:
        set_setting(store, "subscription_cap", "60")
    finally:
        store.close()
    return data_dir


@pytest.fixture
def imported(imported_once: Path, data_dir: Path) -> Path:
    """The imported account in the test's own data folder: imported once for the module,
    copied for each test, which changes its copy."""
    return shutil.copytree(imported_once, data_dir)


def _a_year_on() -> str:
    """A year after today's import found the subscriptions."""
    today = date.today()
    return month_date(today, 12, today.day).isoformat()


def by_name(audit: dict) -> dict[str, dict]:
    return {row["name"]: row for row in audit["subscriptions"]}


def test_audit_json_lists_each_subscription_with_its_figures_and_the_cap(imported: Path) -> None:
    audit = cli_json(imported, "subscriptions", "audit", "--as-of", AS_OF)
    rows = by_name(audit)
    assert set(rows) == {"Netflix", "Hulu", "Spotify", "Dropbox", "Planet Fitness"}  # no bill
    assert audit["totals"] == [
        {"currency": "USD", "per_month": "74.95", "per_year": "899.40", "count": 5}
    ]
    assert (audit["cap"], audit["over_cap"]) == ("60.00", True)
    assert audit["overlaps"] == [
        {"family": "video", "ids": [rows["Hulu"]["id"], rows["Netflix"]["id"]],
         "names": ["Hulu", "Netflix"]}
    ]  # fmt: skip
    netflix = rows["Netflix"]
    assert (netflix["per_year"], netflix["spent"]) == ("215.88", "383.77")  # 12×15.49 + 11×17.99
    assert netflix["last_charge"] == {"date": "2026-11-09", "amount": "17.99"}
    assert netflix["price_changes"] == [{"date": "2026-01-09", "old": "15.49", "new": "17.99"}]
    assert netflix["overlaps_with"] == ["Hulu"]
    # found by today's import: new, whatever the age of its first charge
    found = date.today().isoformat()
    assert (netflix["review_state"], netflix["unreviewed_since"]) == ("new", found)
    later = by_name(cli_json(imported, "subscriptions", "audit", "--as-of", _a_year_on()))
    assert (later["Netflix"]["review_state"], later["Netflix"]["unreviewed_since"]) == (
        "unreviewed",
        found,
    )


def test_audit_text_says_what_a_user_needs_to_decide(imported: Path) -> None:
    proc = run_cli(imported, "subscriptions", "audit", "--as-of", AS_OF)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "overlap (video): Hulu, Netflix" in out
    assert "Netflix: 15.49 USD -> 17.99 USD on 2026-01-09" in out
    assert (
        "USD: 74.95 USD a month, 899.40 USD a year (5 subscriptions); "
        "over your cap of 60.00 USD" in out
    )
    assert "unreviewed since" not in out  # all found by today's import
    later = run_cli(imported, "subscriptions", "audit", "--as-of", _a_year_on()).stdout
    assert f"unreviewed since {date.today().isoformat()}" in later  # a year after they were found


def test_review_keep_and_cancel_then_the_annual_review(imported: Path) -> None:
    rows = by_name(cli_json(imported, "subscriptions", "audit", "--as-of", AS_OF))
    today = date.today()
    kept = run_cli(imported, "subscriptions", "review", str(rows["Spotify"]["id"]), "keep")
    assert kept.returncode == 0, kept.stderr
    assert f"kept Spotify (subscription {rows['Spotify']['id']}); next review " in kept.stdout
    assert next_review(today).isoformat() in kept.stdout
    chosen = run_cli(imported, "subscriptions", "review", str(rows["Dropbox"]["id"]), "keep",
                     "--next", "2027-06-30")  # fmt: skip
    assert "next review 2027-06-30" in chosen.stdout
    gone = run_cli(imported, "subscriptions", "review", str(rows["Hulu"]["id"]), "cancel")
    assert gone.returncode == 0, gone.stderr
    assert f"cancelled Hulu (subscription {rows['Hulu']['id']}) on {today}" in gone.stdout

    after = cli_json(imported, "subscriptions", "audit", "--as-of", AS_OF)
    assert set(by_name(after)) == {"Netflix", "Spotify", "Dropbox", "Planet Fitness"}
    assert after["totals"][0]["per_month"] == "66.96" and after["overlaps"] == []
    spotify = by_name(after)["Spotify"]
    assert (spotify["user_state"], spotify["review_state"]) == ("confirmed", "scheduled")

    review = cli_json(imported, "subscriptions", "annual-review", "--year", str(today.year))
    assert [(c["name"], c["per_year"]) for c in review["cancelled"]] == [("Hulu", "95.88")]
    assert review["saved_per_year"] == [{"currency": "USD", "amount": "95.88"}]
    assert {k["name"]: k["next_review"] for k in review["kept"]} == {
        "Spotify": next_review(today).isoformat(),
        "Dropbox": "2027-06-30",
    }
    increases = cli_json(imported, "subscriptions", "annual-review", "--year", "2026")["increases"]
    assert [(i["name"], i["old"], i["new"], i["extra_per_year"]) for i in increases] == [
        ("Netflix", "15.49", "17.99", "30.00")
    ]
    text = run_cli(imported, "subscriptions", "annual-review", "--year", str(today.year)).stdout
    assert "cancelled Hulu on" in text and "saves 95.88 USD a year" in text


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["keep", "--next", "2020-01-31"], "next review must come after"),
        (["cancel", "--next", "2027-03-01"], "no next review"),
        (["pause"], "pause"),
    ],
)
def test_a_bad_review_is_one_line_and_changes_nothing(
    imported: Path, args: list[str], said: str
) -> None:
    before = cli_json(imported, "subscriptions", "audit", "--as-of", AS_OF)
    spotify = str(by_name(before)["Spotify"]["id"])
    proc = run_cli(imported, "subscriptions", "review", spotify, *args)
    assert proc.returncode != 0 and proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1 and said in proc.stderr
    assert cli_json(imported, "subscriptions", "audit", "--as-of", AS_OF) == before


def test_a_review_date_alone_is_still_set_as_before(imported: Path) -> None:
    rows = by_name(cli_json(imported, "subscriptions", "audit", "--as-of", AS_OF))
    proc = run_cli(imported, "subscriptions", "review", str(rows["Netflix"]["id"]), "2026-12-20")
    assert proc.returncode == 0, proc.stderr
    netflix = by_name(cli_json(imported, "subscriptions", "audit", "--as-of", AS_OF))["Netflix"]
    assert (netflix["review_date"], netflix["review_state"]) == ("2026-12-20", "scheduled")
