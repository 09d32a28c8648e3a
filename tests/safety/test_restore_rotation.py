"""The copies restores keep of the store they replace do not pile up on the disk."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from finapp.services.backup import PRE_RESTORE_PREFIX, pre_restore_copies, stamped_path
from tests.safety import processes
from tests.safety.statements import big_ofx


def _pre_restore_copies(data: Path) -> list[str]:
    return sorted(p.name for p in (data / "backups").glob("pre-restore-*.db"))


def _restore(data: Path, backup: Path) -> dict[str, object]:
    proc = processes.cli(data, "restore", str(backup), "--json")
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stdout)
    return result


def test_restoring_again_and_again_keeps_the_newest_copies_and_the_fullest(
    tmp_path: Path,
) -> None:
    """A household backs up its checking account (40 lines), imports the card's statement
    (120 more), then restores the morning's backup by mistake and tries it four more times.
    Every restore used to keep a whole copy of the store for ever (some 7 MB at 30,000 lines);
    now the three newest are kept, the one just made always, and the copy holding the card's
    lines, which brings them back."""
    data = tmp_path / "money"
    checking = big_ofx(tmp_path / "checking.ofx", 40, account="000123456789", tag="CHK")
    assert processes.cli(data, "import", str(checking)).returncode == 0
    morning = tmp_path / "before-the-card.db"
    assert processes.cli(data, "backup", "--to", str(morning)).returncode == 0
    card = big_ofx(tmp_path / "visa.ofx", 120, account="4111000011112222", tag="VISA")
    assert processes.cli(data, "import", str(card)).returncode == 0

    made = [_restore(data, morning)["pre_restore_backup"] for _ in range(5)]

    kept = _pre_restore_copies(data)
    assert len(kept) == 4, kept
    assert all(Path(str(path)).name in kept for path in made[-3:]), "the three newest"
    fullest = Path(str(made[0]))
    assert fullest.name in kept and fullest.name.endswith("-n160.db"), kept
    assert Path(str(made[1])).name not in kept

    again = processes.cli(data, "restore", str(fullest))
    assert again.returncode == 0, again.stderr
    assert "restored 160 transactions" in again.stdout
    assert "an older copy kept by a restore" in again.stdout
    assert len(_pre_restore_copies(data)) == 4


def test_a_copy_made_in_the_second_of_a_pruned_one_is_the_newest(tmp_path: Path) -> None:
    """A script restoring again and again within one second: the copies of that second are
    numbered -2, -3, … and a restore prunes one of them. The next copy took the freed number,
    so it sorted older than the copies after it and the newest were pruned in its place."""
    backups = tmp_path / "data" / "backups"
    backups.mkdir(parents=True)
    second = "20261206-231823"
    for name in (f"{second}-n160", f"{second}-3-n40", f"{second}-4-n40"):  # -2 pruned
        (backups / f"{PRE_RESTORE_PREFIX}{name}.db").write_bytes(b"")
    made = stamped_path(backups, PRE_RESTORE_PREFIX, datetime(2026, 12, 6, 23, 18, 23))
    assert made.name == f"{PRE_RESTORE_PREFIX}{second}-5.db"
    made.write_bytes(b"")
    assert pre_restore_copies(tmp_path / "data")[0].path == made
