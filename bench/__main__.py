"""``python -m bench [AREA...]``: run the benchmarks and print one table."""

from __future__ import annotations

import importlib
import os
import sys
import tempfile

from bench.table import print_table

#: Benchmark modules in the order their rows appear.
MODULES = [
    "bench.store_bench",
    "bench.import_bench",
    "bench.gui_pages_bench",
    "bench.gui_bench",
    "bench.subscriptions_bench",
    "bench.learning_bench",
    "bench.undo_bench",
    "bench.safety_bench",
    "bench.alerts_bench",
    "bench.households_bench",
    "bench.flagged",
    "bench.import_phases",
    "bench.whole_process",
]


def main(argv: list[str]) -> int:
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    wanted = set(argv)
    figures = []
    with tempfile.TemporaryDirectory(prefix="finapp-bench-") as workdir:
        for name in MODULES:
            if wanted and name.rsplit(".", 1)[-1].removesuffix("_bench") not in wanted:
                continue
            module = importlib.import_module(name)
            figures.extend(module.run(workdir))
    print_table(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
