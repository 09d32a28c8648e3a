"""``finapp check``: integrity checks and counts, and a damaged store reported in one line."""

from __future__ import annotations

from pathlib import Path

from finapp.services.integrity import check_store
from finapp.store.engine import Store
from tests.helpers import cli_json, run_cli


def test_check_counts_what_the_store_holds(tmp_path: Path, corpus: Path) -> None:
    data = tmp_path / "d"
    cli_json(data, "import", str(corpus / "ofx/ofxparse__bank_medium.ofx"))
    report = cli_json(data, "check")
    assert report["ok"] is True and report["store"]["problems"] == []
    assert report["store"]["counts"]["transactions"] == 3
    assert report["store"]["counts"]["accounts"] == 1


def test_a_flipped_bit_on_disk_is_found(filled: Store) -> None:
    assert check_store(filled).ok
    filled.close()
    with filled.path.open("r+b") as fh:  # one bit in the last page, as a failing disk would
        fh.seek(-100, 2)
        byte = fh.read(1)[0]
        fh.seek(-100, 2)
        fh.write(bytes([byte ^ 0x01]))
    proc = run_cli(filled.data_dir, "check")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.splitlines()[-1].startswith("finapp: ")
    assert "malformed" in proc.stderr or "damaged" in proc.stderr
