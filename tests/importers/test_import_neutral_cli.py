"""The CLI tells an export's neutral rows apart from rows rejected for a problem."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli_json, run_cli

ALIPAY = Path(__file__).parent / "payment_apps" / "alipay_app_2024.csv"


def test_neutral_rows_are_left_out_not_rejected(tmp_path: Path) -> None:
    data = tmp_path / "d"
    summary = cli_json(data, "import", str(ALIPAY))
    assert (summary["rejected"], summary["left_out"]) == (0, 4)
    (file,) = summary["files"]
    assert (file["rejected"], file["left_out"]) == (0, 4)
    assert all(row["neutral"] for row in file["skipped"])
    text = run_cli(tmp_path / "e", "import", str(ALIPAY)).stdout
    assert "4 left out (neutral), 0 rejected" in text
    assert text.count("  left out (neutral) line ") == 4 and "skipped line" not in text
