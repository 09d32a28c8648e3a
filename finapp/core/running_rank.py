"""A median or percentile of a history that keeps growing, without sorting it again each time."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable


class RunningRank:
    """The ``rank(n)``-th smallest of a growing list of ``n`` numbers (0-based), at any time.

    A merchant's median and a category's 90th percentile are asked for at each recent charge
    while its history grows; sorting the history each time made alerts quadratic. Numbers added
    before the first question are sorted once; later ones go into two heaps split at the rank
    (``rank`` must grow by at most one with each number, as a median's or percentile's does).
    """

    def __init__(self, rank: Callable[[int], int], values: Iterable[int] = ()) -> None:
        self._rank = rank
        self._pending: list[int] = list(values)
        self._low: list[int] = []  # the rank(n)+1 smallest, negated: a max-heap
        self._high: list[int] = []  # the others: a min-heap

    def __len__(self) -> int:
        return len(self._pending) + len(self._low) + len(self._high)

    def add(self, value: int) -> None:
        if not (self._low or self._high):
            self._pending.append(value)
            return
        if value <= -self._low[0]:
            heapq.heappush(self._low, -value)
        else:
            heapq.heappush(self._high, value)
        self._balance()

    def value(self) -> int:
        """The number at the rank; the list must not be empty."""
        if self._pending:
            ordered = sorted(self._pending)
            cut = self._rank(len(ordered)) + 1
            self._low = [-v for v in reversed(ordered[:cut])]  # descending, negated: a heap
            self._high = ordered[cut:]  # ascending: a heap
            self._pending = []
        return -self._low[0]

    def _balance(self) -> None:
        wanted = self._rank(len(self)) + 1
        while len(self._low) > wanted:
            heapq.heappush(self._high, -heapq.heappop(self._low))
        while len(self._low) < wanted:
            heapq.heappush(self._low, -heapq.heappop(self._high))


def median_low(n: int) -> int:
    """The median's rank (the lower of two middles)."""
    return (n - 1) // 2


def ninetieth(n: int) -> int:
    """The 90th percentile's rank."""
    return n * 90 // 100
