"""Run fuzz inputs through a bounded worker process and collect what happened to each."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tests.safety import processes

#: Per-input bounds: wall-clock seconds and the worker's address space in MB.
SECONDS_PER_INPUT = 30.0
MEMORY_MB = 3072


@dataclass
class Finding:
    name: str
    outcome: str
    error: str
    where: str = ""


@dataclass
class FuzzReport:
    outcomes: Counter[str] = field(default_factory=Counter)
    findings: list[Finding] = field(default_factory=list)  # everything not imported/refused

    @property
    def inputs(self) -> int:
        return sum(self.outcomes.values())


class _Worker:
    def __init__(self, data_dir: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.safety.fuzz_worker", str(data_dir), str(MEMORY_MB)],
            cwd=processes.REPO,
            env=processes.driver_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()
        if self.lines.get(timeout=120).strip() != "ready":
            raise RuntimeError("fuzz worker did not start")

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line)
        self.lines.put("")  # the worker ended

    def ask(self, path: Path) -> dict[str, str]:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(f"{path}\n")
            self.proc.stdin.flush()
            line = self.lines.get(timeout=SECONDS_PER_INPUT)
        except queue.Empty:
            return {"outcome": "hang", "error": f"no answer within {SECONDS_PER_INPUT:.0f} s"}
        except BrokenPipeError:
            line = ""
        if not line:
            return {"outcome": "died", "error": f"worker exited with {self.proc.wait(10)}"}
        return json.loads(line)

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait(10)


def run_inputs(inputs: Iterable[tuple[str, bytes]], workdir: Path) -> FuzzReport:
    """Write each input to a file, import it in the worker, and tally the outcomes."""
    report = FuzzReport()
    worker = _Worker(workdir / "store")
    try:
        for name, data in inputs:
            path = workdir / "input" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            answer = worker.ask(path)
            path.unlink()
            report.outcomes[answer["outcome"]] += 1
            if answer["outcome"] not in ("imported", "refused"):
                report.findings.append(
                    Finding(name, answer["outcome"], answer["error"], answer.get("where", ""))
                )
            if answer["outcome"] in ("hang", "died"):
                worker.stop()
                worker = _Worker(workdir / "store")
    finally:
        worker.stop()
    return report


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(
        p
        for p in corpus.rglob("*")
        if p.is_file() and p.suffix.lower() != ".tsv" and p.name != "README.md"
    )
