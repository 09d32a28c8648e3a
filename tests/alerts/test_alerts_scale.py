"""Alerts stay linear in the data: a busy merchant's history or a long-overdrawn account is read
once, not again for each recent charge or each day.

Whether evaluation finishes is checked in a subprocess with a generous limit: rescanning a
100,000-charge history for each of its charges takes hours, reading it once takes seconds.
"""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from finapp.core.running_rank import RunningRank

#: every charge at one merchant within the recent window, plus an account below its threshold on
#: every one of 50,000 days: the shapes that made each charge (or day) rescan the history
_BUSY_STORE = """
from datetime import date, timedelta
from finapp.core import alerts as core

N = 100_000
as_of = date(2024, 6, 1)
charges = [
    core.Charge(i, 1, as_of - timedelta(days=i % 10), -(100 + i % 7), "USD", "COFFEE", "Coffee")
    for i in range(N)
]
movements = [(as_of - timedelta(days=d), -1) for d in range(50_000)]
account = core.AccountBalance(1, "Checking", "USD", 0, [(as_of, -5)], movements)
facts = core.Facts(as_of, charges, frozenset(), date(2000, 1, 1), balances=[account])
found = core.evaluate(facts)
print(sorted({c.kind.value for c in found}))
"""


def test_evaluation_finishes_on_a_busy_merchant_and_a_long_overdraft() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _BUSY_STORE],
        capture_output=True,
        text=True,
        timeout=120,  # linear: seconds; a rescan per charge or per day: hours
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "['duplicate_charge', 'low_balance']"


@given(
    st.lists(st.tuples(st.integers(-1000, 1000), st.booleans()), max_size=80),
    st.sampled_from([50, 90, 99]),
)
def test_running_rank_is_the_sorted_value_at_its_rank(
    steps: list[tuple[int, bool]], pct: int
) -> None:
    """Median and percentile as sorting would give them, whenever they are asked for."""
    median = RunningRank(lambda n: (n - 1) // 2)
    percentile = RunningRank(lambda n: n * pct // 100)
    values: list[int] = []
    for value, ask in steps:
        values.append(value)
        median.add(value)
        percentile.add(value)
        if ask:
            ordered = sorted(values)
            assert median.value() == ordered[(len(values) - 1) // 2]
            assert percentile.value() == ordered[len(values) * pct // 100]
        assert len(median) == len(values)
