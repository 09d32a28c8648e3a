"""``finapp rates`` and ``finapp report``'s totals in the base currency, run as a user would."""

from __future__ import annotations

import json
from pathlib import Path

from finapp.store.engine import Store
from tests.helpers import cli_json, run_cli
from tests.rates.ecb_files import DAILY, HISTORY, write
from tests.rates.households import two_currency_household


def test_rates_are_read_entered_listed_and_removed(data_dir: Path, tmp_path: Path) -> None:
    daily = write(tmp_path, "eurofxref.csv", DAILY)
    proc = run_cli(data_dir, "rates", "import", str(daily))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "eurofxref.csv: 30 rates of 30 currencies, 2026-11-27"
    assert run_cli(data_dir, "settings", "set", "base_currency", "USD").returncode == 0
    entered = run_cli(data_dir, "rates", "set", "cny", "0.1381", "--date", "2026-11-20")
    assert entered.stdout.strip() == "1 CNY = 0.1381 USD from 2026-11-20"

    listed = cli_json(data_dir, "rates")
    assert listed["base_currency"] == "USD"
    by_pair = {(r["currency"], r["base"]): r for r in listed["rates"]}
    assert by_pair["EUR", "JPY"] == {
        "currency": "EUR", "base": "JPY", "rate": "161.12", "as_of": "2026-11-27",
        "source": "eurofxref.csv", "earlier": 0,
    }  # fmt: skip
    assert by_pair["CNY", "USD"]["source"] == "entered"
    text = run_cli(data_dir, "rates").stdout
    assert "Base currency: USD" in text and "0.1381 USD" in text

    # every rate of the yuan: the one entered and the file's per euro
    assert cli_json(data_dir, "rates", "remove", "CNY") == {"removed": 2}
    assert not [
        r for r in cli_json(data_dir, "rates")["rates"] if "CNY" in (r["currency"], r["base"])
    ]
    again = run_cli(data_dir, "rates", "remove", "CNY")
    assert again.returncode == 2 and "No rate of CNY is kept" in again.stderr


def test_a_bad_rates_file_is_named_with_its_line_and_nothing_is_kept(
    data_dir: Path, tmp_path: Path
) -> None:
    bad = write(tmp_path, "eurofxref-hist.csv", HISTORY.replace("1.0885", "1.08.85"))
    proc = run_cli(data_dir, "rates", "import", str(bad))
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        "finapp: eurofxref-hist.csv line 3: '1.08.85' is not a rate; no rate was kept"
    )
    assert cli_json(data_dir, "rates")["rates"] == []


def test_the_report_converts_the_months_totals_and_names_the_rates(
    data_dir: Path, store: Store, tmp_path: Path
) -> None:
    two_currency_household(store, tmp_path)
    store.close()
    before = cli_json(data_dir, "report", "--month", "2026-11")["converted"]
    # no rate yet: the euro spending is left out and said to be
    assert (before["currency"], before["expenses"], before["missing"]) == (
        "USD",
        "1757.08",
        ["EUR"],
    )
    assert before["converted"] is False

    run_cli(data_dir, "rates", "import", str(write(tmp_path, "eurofxref.csv", DAILY)))
    report = cli_json(data_dir, "report", "--month", "2026-11")
    assert report["totals"][0] == {
        "currency": "EUR", "income": "0.00", "expenses": "250.00", "net": "-250.00"
    }  # fmt: skip
    converted = report["converted"]
    # 250.00 EUR at 1.0561 = 264.025 USD, rounded half-even to 264.02
    assert (converted["income"], converted["expenses"], converted["net"]) == (
        "3200.00", "2021.10", "1178.90"
    )  # fmt: skip
    assert converted["converted"] is True and converted["missing"] == []
    assert [(r["currency"], r["base"], r["rate"]) for r in converted["rates"]] == [
        ("EUR", "USD", "1.0561")
    ]

    in_yen = run_cli(data_dir, "report", "--month", "2026-11", "--base", "JPY")
    assert "Total in JPY (converted)" in in_yen.stdout
    assert "1 EUR = 161.12 JPY (2026-11-27, eurofxref.csv)" in in_yen.stdout
    # 1442.92 USD / 1.0561 * 161.12 - 250.00 * 161.12 = 220137.4... - 40280 = 179857 yen
    net = json.loads(run_cli(data_dir, "report", "--json", "--base", "JPY").stdout)
    assert net["converted"]["currency"] == "JPY"
    assert "." not in net["converted"]["net"]
