"""``make fuzz``: the long fuzz run, with a report of inputs run and findings.

    python -m tests.safety.fuzz_long [MUTANTS_PER_FILE] [SEED]

Every corpus file as it is plus MUTANTS_PER_FILE mutants of each (default 60), the hostile
files at four times the short run's depth and row counts, through the bounded worker. Exits 1
when any input crashed, hung, died, leaked a local file or wrote on refusal.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import CORPUS
from tests.safety.fuzzing import corpus_files, run_inputs
from tests.safety.mutations import hostile_files, mutants, regressions


def _inputs(per_file: int, seed: int) -> Iterator[tuple[str, bytes]]:
    yield from hostile_files(scale=4)
    yield from regressions(CORPUS)
    for source in corpus_files(CORPUS):
        yield source.name, source.read_bytes()
        yield from mutants(source, per_file, seed)


def main(argv: list[str]) -> int:
    per_file = int(argv[0]) if argv else 60
    seed = int(argv[1]) if len(argv) > 1 else 0
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="finapp-fuzz-") as workdir:
        report = run_inputs(_inputs(per_file, seed), Path(workdir))
    print(f"fuzz: {report.inputs} inputs in {time.perf_counter() - began:.0f} s (seed {seed})")
    for outcome, count in sorted(report.outcomes.items()):
        print(f"  {outcome}: {count}")
    for f in report.findings:
        print(f"  FINDING {f.outcome}: {f.name}: {f.error} ({f.where})")
    return 1 if report.findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
