"""`finapp settings`: every setting the window offers, read and set from the command line with
the same checks, a refused value changing nothing."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import run_cli


def _values(data_dir: Path) -> dict[str, str]:
    listed = run_cli(data_dir, "settings", "--json")
    assert listed.returncode == 0, listed.stderr
    return {row["key"]: row["value"] for row in json.loads(listed.stdout)}


def test_a_subscription_cap_set_from_the_command_line_is_listed_and_a_bad_one_changes_nothing(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    before = _values(data)
    assert before["subscription_cap"] == "off" and before["emergency_fund_months"] == "6"

    assert run_cli(data, "settings", "set", "subscription_cap", "85.50").returncode == 0
    assert run_cli(data, "settings", "set", "reporting_thresholds", "USD=10000,CNY=50000") \
        .returncode == 0  # fmt: skip

    for key, value in (("subscription_cap", "lots"), ("card_utilisation_thresholds", "30,150"),
                       ("reporting_thresholds", "10000"), ("no_such_setting", "1")):  # fmt: skip
        refused = run_cli(data, "settings", "set", key, value)
        assert refused.returncode == 2
        assert len(refused.stderr.strip().splitlines()) == 1
        assert refused.stderr.startswith("finapp: ")
    after = _values(data)
    assert after["subscription_cap"] == "85.50"
    assert after["reporting_thresholds"] == "USD=10000,CNY=50000"
    assert after["card_utilisation_thresholds"] == before["card_utilisation_thresholds"]

    table = run_cli(data, "settings")
    assert "subscription_cap" in table.stdout and "85.50" in table.stdout
