"""What a stored subscription keeps beside its columns (``Subscription.details``), typed.

The column holds JSON so that a new fact needs no schema step; this module is its schema. Every
reader and writer goes through :func:`read_details` and :func:`write_details`, so the keys,
their types and their defaults are written down once:

``price_changes``
    ``[{"date": ISO day, "old": "9.99", "new": "12.99"}]``: each change of the charge, as
    magnitudes in the subscription's currency, oldest first.
``charged_after_cancel``
    ids of the transactions posted after ``cancelled_on``.
``lapsed``
    inactive while the user had not cancelled it (a charge that stopped on its own).
``started_after_trial``
    the first charge came after a free-trial marker.
``annual_cost``
    ``"155.88"``: the cost over a year at its cadence, a magnitude.
``first_date`` / ``last_date``
    the first and latest charge found (ISO days).
``aliases``
    stream keys merged into this one by the user.
``pinned``
    split off by hand: detection never merges it back.
``as_added``
    added by hand over charges already in the store: the cadence and kind the user gave stay,
    where detection would fit them to too few charges.
``detected_on``
    the day finapp first found it (or it was added or split off): a never-reviewed
    subscription's year without a review counts from it.
``start``
    a manual subscription's first renewal day, from which its schedule rolls.
``months_off``
    ``[2, 3]``: the calendar months a monthly bill is never charged in (council tax's ten
    instalments a year); absent when it charges every month.
``reviews``
    ``[{"on": ISO day, "decision": "keep" | "cancel", "next": ISO day or null}]``: the
    user's yearly reviews.
``paused``
    ``true``: paused now as it was the year before (a campus wage over the summer), its next
    date the day it resumes; absent otherwise.
``billing_day`` / ``weekends``
    ``1`` / ``1``: the day of the month a month-based stream is billed on (31: the last day)
    and how its payee moves one that falls on a weekend (1: to the Monday after, -1: to the
    Friday before); its next date is that day so moved, and the renewals after it step from
    the day (:class:`finapp.core.cadence.BillingDay`). Absent when unknown, or posted as it
    falls.

Keys this version does not know are kept as they were, so a store written by a newer finapp
loses nothing when an older one updates a row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from finapp.store.schema import Subscription


@dataclass(frozen=True, slots=True)
class PriceChange:
    date: date
    old: Decimal
    new: Decimal


@dataclass(frozen=True, slots=True)
class Review:
    on: date
    decision: str  # "keep" or "cancel"
    next: date | None


@dataclass(slots=True)
class SubscriptionDetails:
    """The facts of one subscription kept in its ``details`` column (see the module)."""

    price_changes: list[PriceChange] = field(default_factory=list)
    charged_after_cancel: list[int] = field(default_factory=list)
    lapsed: bool = False
    started_after_trial: bool = False
    annual_cost: Decimal | None = None
    first_date: date | None = None
    last_date: date | None = None
    aliases: list[str] = field(default_factory=list)
    pinned: bool = False
    as_added: bool = False
    detected_on: date | None = None
    start: date | None = None
    reviews: list[Review] = field(default_factory=list)
    months_off: tuple[int, ...] = ()
    paused: bool = False
    billing_day: int = 0
    weekends: int = 0
    #: keys written by another version of finapp, kept as they were
    unknown: dict[str, Any] = field(default_factory=dict)


def _day(text: object) -> date | None:
    return date.fromisoformat(text) if isinstance(text, str) and text else None


#: the keys this version reads into fields; any other is kept in ``unknown``
_KNOWN = frozenset(f.name for f in fields(SubscriptionDetails)) - {"unknown"}


def _from(raw: dict[str, Any]) -> SubscriptionDetails:
    cost = raw.get("annual_cost")
    return SubscriptionDetails(
        price_changes=[
            PriceChange(date.fromisoformat(c["date"]), Decimal(c["old"]), Decimal(c["new"]))
            for c in raw.get("price_changes", [])
        ],
        charged_after_cancel=[int(i) for i in raw.get("charged_after_cancel", [])],
        lapsed=bool(raw.get("lapsed", False)),
        started_after_trial=bool(raw.get("started_after_trial", False)),
        annual_cost=Decimal(cost) if cost is not None else None,
        first_date=_day(raw.get("first_date")),
        last_date=_day(raw.get("last_date")),
        aliases=[str(key) for key in raw.get("aliases", [])],
        pinned=bool(raw.get("pinned", False)),
        as_added=bool(raw.get("as_added", False)),
        detected_on=_day(raw.get("detected_on")),
        start=_day(raw.get("start")),
        reviews=[
            Review(date.fromisoformat(r["on"]), str(r["decision"]), _day(r.get("next")))
            for r in raw.get("reviews", [])
        ],
        months_off=tuple(int(month) for month in raw.get("months_off", [])),
        paused=bool(raw.get("paused", False)),
        billing_day=int(raw.get("billing_day", 0)),
        weekends=int(raw.get("weekends", 0)),
        unknown={key: value for key, value in raw.items() if key not in _KNOWN},
    )


def read_details(text: str | None) -> SubscriptionDetails:
    """The details a row holds; a damaged or foreign value reads as none, never a crash."""
    try:
        raw = json.loads(text or "{}")
        return _from(raw) if isinstance(raw, dict) else SubscriptionDetails()
    except (ValueError, TypeError, KeyError, ArithmeticError):
        return SubscriptionDetails()


def details_of(row: Subscription) -> SubscriptionDetails:
    """The details ``row`` holds (see :func:`read_details`)."""
    return read_details(row.details)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def write_details(details: SubscriptionDetails) -> str:
    """The JSON the column keeps: keys sorted, days ISO, money as decimal text."""
    raw: dict[str, Any] = {
        **details.unknown,
        "price_changes": [
            {"date": c.date.isoformat(), "old": str(c.old), "new": str(c.new)}
            for c in details.price_changes
        ],
        "charged_after_cancel": list(details.charged_after_cancel),
        "lapsed": details.lapsed,
        "started_after_trial": details.started_after_trial,
        "aliases": list(details.aliases),
        "pinned": details.pinned,
        "reviews": [
            {"on": r.on.isoformat(), "decision": r.decision, "next": _iso(r.next)}
            for r in details.reviews
        ],
    }
    optional = {
        "annual_cost": None if details.annual_cost is None else str(details.annual_cost),
        "first_date": _iso(details.first_date),
        "last_date": _iso(details.last_date),
        "detected_on": _iso(details.detected_on),
        "start": _iso(details.start),
        "as_added": details.as_added or None,  # only on the rows it is true of
        "months_off": list(details.months_off) or None,
        "paused": details.paused or None,  # only on the rows it is true of
        "billing_day": details.billing_day or None,
        "weekends": details.weekends or None,
    }
    raw.update({key: value for key, value in optional.items() if value is not None})
    return json.dumps(raw, sort_keys=True)
