"""A median or percentile of a history that keeps growing, without sorting it again each time."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable


class RunningRank:
    """The ``rank(n)``-th smallest of a growing list of ``n`` numbers (0-based), at any time.

    A merchant's median and a category's 90th percentile are asked for at some recent charges
    while its history grows; sorting the history each time made alerts quadratic. Numbers wait
    unsorted until the next question: the first sorts them once, later ones push what came
    since into two heaps split at the rank and move the split once. Most charges are added and
    never asked about (a charge no larger than its merchant's largest is no news), so an add
    costs an append.
    """

    def __init__(self, rank: Callable[[int], int], values: Iterable[int] = ()) -> None:
        self._rank = rank
        self._pending: list[int] = list(values)
        self._low: list[int] = []  # the rank(n)+1 smallest, negated: a max-heap
        self._high: list[int] = []  # the others: a min-heap

    def __len__(self) -> int:
        return len(self._pending) + len(self._low) + len(self._high)

    def add(self, value: int) -> None:
        self._pending.append(value)

    def value(self) -> int:
        """The number at the rank; the list must not be empty."""
        if self._pending:
            if len(self._pending) > len(self._low) + len(self._high):  # sorting is cheaper
                self._sort()
            else:
                self._push_pending()
        return -self._low[0]

    def _sort(self) -> None:
        ordered = sorted([*self._pending, *(-v for v in self._low), *self._high])
        cut = self._rank(len(ordered)) + 1
        self._low = [-v for v in reversed(ordered[:cut])]  # descending, negated: a heap
        self._high = ordered[cut:]  # ascending: a heap
        self._pending = []

    def _push_pending(self) -> None:
        """Each waiting number on its side of the split, then the split moved to the rank:
        every number low stays at most every number high, so one move at the end suffices."""
        low, high = self._low, self._high
        for value in self._pending:
            if value <= -low[0]:
                heapq.heappush(low, -value)
            else:
                heapq.heappush(high, value)
        self._pending = []
        wanted = self._rank(len(low) + len(high)) + 1
        while len(low) > wanted:
            heapq.heappush(high, -heapq.heappop(low))
        while len(low) < wanted:
            heapq.heappush(low, -heapq.heappop(high))


def median_low(n: int) -> int:
    """The median's rank (the lower of two middles)."""
    return (n - 1) // 2


def ninetieth(n: int) -> int:
    """The 90th percentile's rank."""
    return n * 90 // 100
