"""``python -m bench.child_usage REPORT COMMAND...``: run COMMAND, write its own usage to REPORT.

Why a separate small process: on Linux a child's peak RSS (``ru_maxrss``) starts at the RSS of
the process that spawned it, because the spawn shares that memory until ``exec``. A benchmark
that has just generated a 300k-transaction file would lend its hundreds of megabytes to every
command it measures; this process holds a few megabytes, so the figure it reports is the
command's own. COMMAND's standard streams are this process's, left to the caller to read.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    report, *command = argv
    start = time.perf_counter()
    pid = os.posix_spawnp(command[0], command, os.environ)
    _, status, usage = os.wait4(pid, 0)
    figures = {
        "wall": time.perf_counter() - start,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_mb": usage.ru_maxrss / 1024,  # kilobytes on Linux
    }
    Path(report).write_text(json.dumps(figures), encoding="utf-8")
    return 1 if os.waitstatus_to_exitcode(status) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
