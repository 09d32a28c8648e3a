"""Identity of a statement line across imports, so overlapping statements add nothing.

A line with a bank id (OFX FITID) is known by it. A line without one is known by its date, amount
and payee, *counted*: the n-th identical line of a file gets occurrence n, so two identical
coffees on one day stay two, while re-importing the same day again matches both.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from datetime import date


def fingerprint(posted: date, amount_minor: int, payee: str) -> str:
    """A key for a line without a bank id; insensitive to case and spacing of the payee."""
    normal = " ".join(payee.upper().split())
    digest = hashlib.blake2b(normal.encode("utf-8"), digest_size=8).hexdigest()
    return f"fp:{posted.isoformat()}:{amount_minor}:{digest}"


def fitid_key(fitid: str) -> str:
    return f"fitid:{fitid.strip()}"


def assign_occurrences(keys: Iterable[str]) -> list[tuple[str, int]]:
    """Pair each key with how many times it appeared before it in the same file."""
    seen: Counter[str] = Counter()
    out: list[tuple[str, int]] = []
    for key in keys:
        out.append((key, seen[key]))
        seen[key] += 1
    return out
