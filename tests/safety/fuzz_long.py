"""``make fuzz``: the long fuzz run, campaign by campaign, with inputs, minutes and findings.

    python -m tests.safety.fuzz_long [MUTANTS_PER_FILE] [SEED]

Campaigns (``FUZZ_CAMPAIGNS=files,amounts`` runs some of them):

- ``files``: every corpus file as it is plus MUTANTS_PER_FILE mutants of each (default 60), the
  hostile files at four times the short run's depth and row counts, through the bounded worker.
- ``amounts``, ``dates``, ``payees``: ``FUZZ_CASES`` generated cells each (default 3000) in
  small statements imported into a store, judged against reference readings
  (``fuzz_generators``).
- ``regex``: ``FUZZ_CASES`` generated regular-expression rules, each refused when added or
  matched within bounds against hostile payees (``fuzz_regex``).

A campaign is a function of :class:`Settings` returning a :class:`CampaignReport`; adding one
is one line in :data:`CAMPAIGNS`. Exits 1 when any input crashed, hung, died, leaked a local
file, wrote on refusal, or was read as another value than its reference.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import CORPUS
from tests.safety.fuzz_generators import GENERATORS, run_cases
from tests.safety.fuzz_regex import run_regex_fuzz
from tests.safety.fuzzing import corpus_files, run_inputs
from tests.safety.mutations import hostile_files, mutants, regressions


@dataclass(frozen=True)
class Settings:
    workdir: Path  # a fresh folder for the campaign's inputs and store
    mutants: int = 60  # per corpus file
    cases: int = 3000  # per generator
    seed: int = 0


@dataclass
class CampaignReport:
    outcomes: Counter[str] = field(default_factory=Counter)
    findings: list[str] = field(default_factory=list)  # one line each: the input and what failed

    @property
    def inputs(self) -> int:
        return sum(self.outcomes.values())


Campaign = Callable[[Settings], CampaignReport]


def _file_inputs(per_file: int, seed: int) -> Iterator[tuple[str, bytes]]:
    yield from hostile_files(scale=4)
    yield from regressions(CORPUS)
    for source in corpus_files(CORPUS):
        yield source.name, source.read_bytes()
        yield from mutants(source, per_file, seed)


def files_campaign(settings: Settings) -> CampaignReport:
    """Whole statement files, corpus and mutants and hostile ones, in the bounded worker."""
    report = run_inputs(_file_inputs(settings.mutants, settings.seed), settings.workdir)
    return CampaignReport(
        report.outcomes, [f"{f.outcome}: {f.name}: {f.error} ({f.where})" for f in report.findings]
    )


def generated_campaign(kind: str) -> Campaign:
    """The campaign of one cell generator: its cases imported into a store of its own."""

    def run(settings: Settings) -> CampaignReport:
        from finapp.services.opening import open_store
        from finapp.store.keys import StoreKey, new_raw_key

        store = open_store(settings.workdir / "store", key=StoreKey.from_raw(new_raw_key()))
        try:
            report = run_cases(
                GENERATORS[kind](settings.cases, settings.seed), store, settings.workdir
            )
        finally:
            store.close()
        return CampaignReport(report.outcomes, [str(f) for f in report.findings])

    return run


def regex_campaign(settings: Settings) -> CampaignReport:
    """Generated regular-expression rules in a worker process (``fuzz_regex``)."""
    report = run_regex_fuzz(settings.cases, settings.seed)
    return CampaignReport(report.outcomes, report.findings)


CAMPAIGNS: dict[str, Campaign] = {
    "files": files_campaign,
    **{kind: generated_campaign(kind) for kind in GENERATORS},
    "regex": regex_campaign,
}


def _print(name: str, report: CampaignReport, minutes: float) -> None:
    outcomes = ", ".join(f"{k} {v}" for k, v in sorted(report.outcomes.items()))
    print(
        f"fuzz {name}: {report.inputs} inputs in {minutes:.1f} min, "
        f"{len(report.findings)} findings ({outcomes})",
        flush=True,
    )
    for finding in report.findings:
        print(f"  FINDING {finding}", flush=True)


def main(argv: list[str]) -> int:
    mutants_per_file = int(argv[0]) if argv else 60
    seed = int(argv[1]) if len(argv) > 1 else 0
    cases = int(os.environ.get("FUZZ_CASES", "3000"))
    chosen = [n for n in os.environ.get("FUZZ_CAMPAIGNS", ",".join(CAMPAIGNS)).split(",") if n]
    total, findings, began = 0, 0, time.perf_counter()
    for name in chosen:
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix=f"finapp-fuzz-{name}-") as workdir:
            report = CAMPAIGNS[name](Settings(Path(workdir), mutants_per_file, cases, seed))
        _print(name, report, (time.perf_counter() - started) / 60)
        total, findings = total + report.inputs, findings + len(report.findings)
    print(
        f"fuzz: {total} inputs in {(time.perf_counter() - began) / 60:.1f} min, "
        f"{findings} findings (seed {seed})"
    )
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
