"""Identity of a statement line across imports, so overlapping statements add nothing.

A line with a bank id (OFX FITID) is known by it. A line without one is known by its date, amount
and payee, *counted*: the n-th identical line of a file gets occurrence n, so two identical
coffees on one day stay two, while re-importing the same day again matches both.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date


def fingerprints(lines: Iterable[tuple[date, int, str]]) -> list[str]:
    """The key of each line without a bank id, given as (posted, amount in minor units, payee);
    insensitive to case and spacing of the payee. Each distinct payee is hashed once: a
    statement without bank ids (most CSVs) names a few hundred payees over its many lines."""
    digests: dict[str, str] = {}
    keys: list[str] = []
    for posted, amount_minor, payee in lines:
        digest = digests.get(payee)
        if digest is None:
            normal = compared_payee(payee).encode("utf-8")
            digest = hashlib.blake2b(normal, digest_size=8).hexdigest()
            digests[payee] = digest
        keys.append(f"fp:{posted.isoformat()}:{amount_minor}:{digest}")
    return keys


def compared_payee(payee: str) -> str:
    """A payee as two downloads of one line are compared: case and spacing aside."""
    return " ".join(payee.upper().split())


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
