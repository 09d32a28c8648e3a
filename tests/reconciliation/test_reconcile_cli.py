"""`finapp reconcile`: the check, accepting the books and forgetting it, from the command line."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli_json, run_cli
from tests.reconciliation.test_reconcile_service import _statement


def test_reconcile_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    files = [str(_statement(tmp_path, month)) for month in (1, 2, 4)]
    assert run_cli(data, "import", *files).returncode == 0

    [books] = cli_json(data, "reconcile")
    assert books["state"] == "differ" and books["checked"] == 3
    [gap] = books["differences"]
    assert (gap["start"], gap["end"], gap["difference"]) == ("2026-03-01", "2026-04-30", "978.91")
    assert gap["uncovered"] == [{"start": "2026-03-01", "end": "2026-03-31"}]
    table = run_cli(data, "reconcile").stdout
    assert "no statement covers 2026-03-01 to 2026-03-31" in table

    refused = run_cli(data, "reconcile", "mark", "Checking …3456", "--through", "2026-04-30")
    assert refused.returncode == 2 and refused.stderr.startswith("finapp: ")
    assert "--accept" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert cli_json(data, "reconcile")[0]["reconciled_through"] is None

    marked = cli_json(data, "reconcile", "mark", "000123456", "--through", "2026-04-30", "--accept")
    assert marked[0]["state"] == "agree" and marked[0]["reconciled_through"] == "2026-04-30"
    assert cli_json(data, "reconcile", "clear", "000123456")[0]["state"] == "differ"
