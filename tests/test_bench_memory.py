"""The app's memory figure in ``make bench`` is the app's own: a benchmark that has built large
stores before launching the app does not lend its memory to the app's peak."""

from __future__ import annotations

import subprocess
import sys

PARENT_MB = 200


def test_the_probe_reports_its_own_peak_not_its_parents() -> None:
    held = bytearray(PARENT_MB * 1024 * 1024)
    held[::4096] = b"\x01" * len(range(0, len(held), 4096))  # resident, not just reserved
    probe = "from bench.startup_probe import _peak_mb; print(_peak_mb())"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert float(out) < PARENT_MB / 2, out
    del held
