"""Identity of a statement line across imports, so overlapping statements add nothing.

A line with a bank id (OFX FITID) is known by it. A line without one is known by its date, amount
and payee, *counted*: the n-th identical line of a file gets occurrence n, so two identical
coffees on one day stay two, while re-importing the same day again matches both.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date
from functools import lru_cache


def fingerprint(posted: date, amount_minor: int, payee: str) -> str:
    """A key for a line without a bank id; insensitive to case and spacing of the payee."""
    return f"fp:{posted.isoformat()}:{amount_minor}:{_payee_digest(payee)}"


@lru_cache(maxsize=1 << 16)
def _payee_digest(payee: str) -> str:
    """The payee's part of a fingerprint, hashed once per distinct payee: a statement without
    bank ids (most CSVs) names a few hundred payees over its many lines."""
    normal = " ".join(payee.upper().split())
    return hashlib.blake2b(normal.encode("utf-8"), digest_size=8).hexdigest()


def fitid_key(fitid: str) -> str:
    return f"fitid:{fitid.strip()}"


def assign_occurrences(keys: Iterable[str]) -> list[tuple[str, int]]:
    """Pair each key with how many times it appeared before it in the same file."""
    seen: dict[str, int] = {}
    out: list[tuple[str, int]] = []
    for key in keys:
        before = seen.get(key, 0)  # a Counter's missing key costs a Python call per line
        out.append((key, before))
        seen[key] = before + 1
    return out
