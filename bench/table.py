"""One row of the benchmark table, and how the table is printed."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Figure:
    area: str
    name: str
    value: float
    unit: str
    goal: str = ""
    detail: str = ""  # figures measured with this one (a ratio, CPU time, memory)

    def shown(self) -> str:
        return f"{self.value:.3f}" if self.unit in {"s", "ratio", ""} else f"{self.value:.2f}"


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    """Run ``fn`` once; return its result and the wall-clock seconds it took."""
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def print_table(figures: Iterable[Figure]) -> None:
    rows = [(f.area, f.name, f.shown(), f.unit, f.goal, f.detail) for f in figures]
    headers = ("area", "benchmark", "value", "unit", "goal", "beside")
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    print(line.format(*headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line.format(*row), flush=True)
