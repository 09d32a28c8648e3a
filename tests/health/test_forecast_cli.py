"""``finapp forecast``: a household's statement files imported with ``finapp import``, then the
forecast read back as JSON and as text, the way a script or a person uses it."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from tests.helpers import cli_json, run_cli
from tests.households.files import write_statements
from tests.households.generator import Household, generate


@pytest.fixture(scope="module")
def household(tmp_path_factory: pytest.TempPathFactory) -> tuple[Household, Path, dict[str, str]]:
    """A US household with Alipay and WeChat Pay wallets, six months of statements imported."""
    hh = generate(47, "cn", months=6, noise=0.4)
    folder = tmp_path_factory.mktemp("forecast")
    files = write_statements(hh, folder / "files", card_csv=False)
    data = folder / "data"
    imported = run_cli(data, "import", *(str(f.path) for f in files))
    assert imported.returncode == 0, imported.stderr
    names = {a["type"]: a["name"] for a in cli_json(data, "accounts")}
    return hh, data, names


def test_json_per_account_from_where_the_statements_end(household) -> None:  # type: ignore[no-untyped-def]
    """Asked a month after the statements end: the days since are estimated from where they
    end, and the 60 days forecast run from the day asked."""
    hh, data, names = household
    found = {f["account"]: f for f in cli_json(data, "forecast", "--as-of", hh.as_of.isoformat())}

    checking = found[names["checking"]]
    assert checking["currency"] == "USD"
    assert checking["from"] == hh.end.isoformat()  # where the statements end, a month back
    assert checking["today"] == hh.as_of.isoformat() and checking["estimated"] is True
    assert Decimal(checking["starting_balance"]) == hh.daily_balances("checking")[hh.end]
    estimated_days = (hh.as_of - hh.end).days
    assert len(checking["daily"]) == estimated_days + 61
    assert checking["daily"][0] == {
        "date": hh.end.isoformat(),
        "balance": checking["starting_balance"],
    }
    assert checking["daily"][-1]["date"] == (hh.as_of + timedelta(days=60)).isoformat()
    rent, payroll = hh.streams["Rent"], hh.streams["Payroll"]
    events = {(e["date"], Decimal(e["amount"])) for e in checking["events"]}
    assert (rent.upcoming[0].isoformat(), rent.amount) in events
    assert (payroll.upcoming[0].isoformat(), payroll.amount) in events

    lowest = checking["lowest"]  # the lowest still ahead, not a day already past
    ahead = [d for d in checking["daily"] if d["date"] >= hh.as_of.isoformat()]
    assert lowest["date"] >= hh.as_of.isoformat()
    assert Decimal(lowest["balance"]) == min(Decimal(d["balance"]) for d in ahead)
    on_that_day = {e["name"] for e in checking["events"] if e["date"] == lowest["date"]}
    assert lowest["after"] in on_that_day

    for wallet in ("支付宝", "微信支付"):
        (unknown,) = [f for name, f in found.items() if wallet in name]
        assert unknown["currency"] == "CNY" and unknown["from"] is None
        assert unknown["reason"].startswith("no balance known")


def test_days_and_one_account(household) -> None:  # type: ignore[no-untyped-def]
    hh, data, names = household
    (one,) = cli_json(
        data,
        "forecast",
        "--days",
        "14",
        "--account",
        names["savings"],
        "--as-of",
        hh.as_of.isoformat(),
    )
    assert one["account"] == names["savings"]
    assert [d["date"] for d in one["daily"]][-1] == (hh.as_of + timedelta(days=14)).isoformat()
    assert len(one["daily"]) == (hh.as_of - hh.end).days + 15


def test_text_says_where_the_forecast_starts_and_what_cannot_be_forecast(household) -> None:  # type: ignore[no-untyped-def]
    hh, data, names = household
    as_of = hh.as_of.isoformat()
    (checking,) = cli_json(data, "forecast", "--as-of", as_of, "--account", names["checking"])
    proc = run_cli(data, "forecast", "--as-of", as_of)
    assert proc.returncode == 0, proc.stderr
    starts = f"from today, estimated from statements ending {hh.end.isoformat()}"
    assert f"{names['checking']} (USD) {starts}" in proc.stdout
    low = checking["lowest"]
    assert f"lowest {low['balance']} on {low['date']} after {low['after']}" in proc.stdout
    assert "cannot be forecast, no balance known" in proc.stdout


@pytest.mark.parametrize("days", ["0", "367", "sixty"])
def test_days_out_of_range_are_refused(household, days: str) -> None:  # type: ignore[no-untyped-def]
    _, data, _ = household
    proc = run_cli(data, "forecast", "--days", days, "--json")
    assert proc.returncode == 2
    assert proc.stdout == ""
    (line,) = proc.stderr.strip().splitlines()
    assert "a number of days" in line


def test_an_unknown_account_is_named_in_the_error(household) -> None:  # type: ignore[no-untyped-def]
    _, data, _ = household
    proc = run_cli(data, "forecast", "--account", "Brokerage", "--json")
    assert proc.returncode != 0
    assert proc.stdout == ""
    assert "Brokerage" in proc.stderr
