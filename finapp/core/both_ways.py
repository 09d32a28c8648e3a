"""One name for a payee whose lines go both ways: "Kowalski", not "Payment from Kowalski".

A made name says which way money went ("Payment to Kowalski", "Transfer from Savings"), right for
the line it names. A merchant key can hold lines of both ways (the wires to a landlord and the
deposit he paid back are all ``WIRE TRANSFER``; every transfer with savings is ``TRANSFER SAV``),
and the payee list names a key by its latest line: the way that line went would be claimed for
all of them. Here the key's name is read against all its lines' names, and the way is dropped
when they disagree: a person is named alone, money moved between one's own accounts keeps that
it is a transfer ("Transfer · Savings").
"""

from __future__ import annotations

from collections.abc import Iterable

from finapp.core.display_names import MadeName, made_name

#: the made kinds that say a way ("to" or "from", after how the money moved), by kind
_WAYS = {
    f"{means}_{way}": way
    for means in ("transfer", "payment", "zelle", "venmo")
    for way in ("to", "from")
}


def says_way(name: str) -> bool:
    """Whether ``name`` (English, as the store keeps it) says which way money went."""
    made = made_name(name)
    return made is not None and made.kind in _WAYS


def either_way(latest: str, names: Iterable[str]) -> str:
    """The name of a merchant key: ``latest`` (its latest line's), without the way it says
    when another of the key's lines (``names``) went the other way."""
    made = made_name(latest)
    if made is None or made.kind not in _WAYS:
        return latest
    ways = {_WAYS.get(other.kind) for other in map(made_name, names) if other is not None}
    if ways - {None} <= {_WAYS[made.kind]}:
        return latest
    if made.kind.startswith("transfer_"):
        return MadeName("transfer_either_way", made.subject).english()
    return made.subject or latest
