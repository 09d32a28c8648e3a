"""One name for a payee whose lines go both ways: "Kowalski", not "Payment from Kowalski".

A made name says which way money went ("Payment to Kowalski", "Transfer from Savings"), right for
the line it names. A merchant key can hold lines of both ways (the wires to a landlord and the
deposit he paid back are all ``WIRE TRANSFER``; every transfer with savings is ``TRANSFER SAV``),
and the payee list names a key by its latest line: the way that line went would be claimed for
all of them. The key's name drops the way when one of its lines went the other way: a person is
named alone, money moved between one's own accounts keeps that it is a transfer ("Transfer ·
Savings").
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


#: by a way: what a line's text holds, upper-cased, wherever its name says money went the other
#: way: that way's word, or the wire's field naming the party (``BNF:`` the one paid, ``ORIG:``
#: the one paying)
_AGAINST = {"to": ("FROM", "ORIG"), "from": ("TO", "BNF")}


def said_way(name: str) -> str | None:
    """The way ``name`` (English, as the store keeps it) says money went, "to" or "from";
    None when it says none."""
    made = made_name(name)
    return None if made is None else _WAYS.get(made.kind)


def may_go_against(way: str, texts: Iterable[str]) -> bool:
    """Whether a line whose texts (its payee as printed, as a rule renamed it, its memo) are
    ``texts`` can be named as going against ``way``: False for most lines of a payee paid one
    way, which then need not be named (a Zelle payee paid every week for years has thousands of
    lines, each with its own confirmation number).

    Exact: a made name takes its way from the line's "TO" or "FROM" or its wire's "BNF" or
    "ORIG" (:mod:`finapp.core.counterparty`, which reads the text upper-cased as here); any
    other name that reads as saying a way ("Payment from Mom", a rule's or the line's own words)
    holds the way's word, so its text does; a brand's name never reads as one.
    """
    marks = _AGAINST[way]
    return any(mark in upper for upper in map(str.upper, texts) for mark in marks)


def without_way(latest: str) -> str:
    """The name of a merchant key whose lines went both ways, from ``latest``, its latest line's
    name, which says one way: a person alone, money moved between one's own accounts still a
    transfer."""
    made = made_name(latest)
    if made is None or made.kind not in _WAYS:
        return latest
    if made.kind.startswith("transfer_"):
        return MadeName("transfer_either_way", made.subject).english()
    return made.subject or latest
