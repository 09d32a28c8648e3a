"""Charge alerts judged again only for the merchants whose charges changed since the last run.

Charge alerts (large, unusual, new merchant, duplicate: :mod:`finapp.core.charge_alerts`) judge
each recent charge against what its merchant and its category showed before it, over a year of
spending. A merchant's verdicts depend on its own charges, on the categories they are filed in
and on a few facts of the whole run (the day, the limits, the first day of the history), so
merchants that share no category are independent. One grouped query reads the lookback's
spending, each merchant's charges as one JSON text (exact, and read in C); each merchant's text,
with the facts its verdicts read besides (whether it was paid before the lookback, which of its
charges are a stream's usual price, the subscriptions cancelled there and the charges told as
charged after cancelling: a cancellation marked after a charge was imported turns its
"unusual charge" into "charged after you cancelled it"), is summed up in a digest. The last
run's digests and candidates are kept in the store beside a digest of the run's facts; the
next run with the same facts judges again only the merchants whose digest changed — with every
merchant filed in a category they are or were filed in, which all read that category — and
keeps the others' candidates. As with subscription detection
(:mod:`finapp.services.detection_scope`), the digests see every change whatever made it (an
import, an undo, an edit, a decision on a subscription), so no writer has to report what it
touched, and the result is a full run's.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from functools import cache, partial
from itertools import chain
from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy import Row, text
from sqlalchemy.orm import Session

from finapp.core import alert_model, charge_alerts, refunds, running_rank
from finapp.core.alert_kinds import Kind
from finapp.core.alert_model import Candidate, Charge, Credit, Facts
from finapp.core.category_kinds import CategoryKind
from finapp.core.refunds import refunded_in_full, same_shop, shop_of
from finapp.services.detection_scope import source_digest
from finapp.services.merchants_paid import SPENDING_SQL
from finapp.services.read_once import read_once
from finapp.store.schema import Setting

#: where the last run's digests and candidates are kept (beside the settings, not one of them)
STATE_KEY = "alerts.charges_judged"

#: each merchant's spending over a stretch of days, as one JSON text; what counts as spending is
#: :data:`finapp.services.merchants_paid.SPENDING`: money out, no transfer, no transfer category
_SPENDING = text(
    "SELECT merchant, json_group_array(json_array(id, account_id, posted, posted_time, "
    "amount_minor, currency, payee, category_id) ORDER BY posted, id) "
    f"FROM transactions WHERE posted >= :start AND posted <= :as_of AND {SPENDING_SQL} "
    "GROUP BY merchant"
)


#: money in from a merchant from ``:start`` to ``:as_of``: neither a transfer nor income, so
#: maybe a refund (:mod:`finapp.core.refunds`); few lines, read as plain rows
_CREDITS = text(
    "SELECT id, posted, amount_minor, currency, merchant FROM transactions "
    "WHERE posted >= :start AND posted <= :as_of AND amount_minor > 0 AND is_transfer = 0 "
    "AND merchant IS NOT NULL AND merchant != '' AND (category_id IS NULL OR category_id IN "
    f"(SELECT id FROM categories WHERE kind = '{CategoryKind.EXPENSE}')) ORDER BY posted, id"
)


#: the lines from ``:start`` to ``:as_of`` that are no spending (:data:`SPENDING_SQL`): money
#: in, transfers, lines filed as transfers
_OTHER_LINES = text(
    "SELECT id, account_id, posted, posted_time, amount_minor, merchant, payee, is_transfer, "
    "category_id FROM transactions WHERE posted >= :start AND posted <= :as_of "
    f"AND NOT ({SPENDING_SQL})"
)

#: a row of :data:`_OTHER_LINES`: id, account, day (ISO text), time of day (ISO text or None),
#: amount (minor units), merchant key, payee, whether a transfer (0 or 1), category
OtherLine = Row[int, int, str, str | None, int, str, str, int, int | None]

#: the names of the lines posted after ``:as_of`` (by the date index: most days asked are the
#: last day of the history, with none after it)
_NAMES_AFTER = text("SELECT merchant, payee FROM transactions WHERE posted > :as_of")


@dataclass(slots=True)
class Spending:
    """The lookback's spending, by merchant, as read and as charges, and the time of day of
    the charges whose source tells it (flagged activity reads the same lines)."""

    texts: dict[str, str] = field(default_factory=dict)
    by_merchant: dict[str, list[Charge]] = field(default_factory=dict)
    times: dict[int, time] = field(default_factory=dict)
    #: money in from merchants over the same days (:func:`read_credits`), by the shop a
    #: purchase and its refund both start with (:func:`~finapp.core.refunds.shop_of`: 交通银行's
    #: ``退货 …`` gives back its ``消费 …``, ``Uber Eats credit`` an ``UBER *EATS`` order)
    credits: dict[str, list[Credit]] = field(default_factory=dict)

    @property
    def charges(self) -> list[Charge]:
        return [charge for charges in self.by_merchant.values() for charge in charges]

    def credits_of(self, merchant: str) -> list[Credit]:
        """The money in that may give back the charges of ``merchant``."""
        credits = self.credits.get(shop_of(merchant), [])
        return [credit for credit in credits if same_shop(merchant, credit.merchant)]

    def refunded(self) -> dict[int, date]:
        """The charges their merchant gave back in full (:mod:`finapp.core.refunds`), each
        with the day it did: only the merchants that gave money back are looked through."""
        giving = [m for m in self.by_merchant if shop_of(m) in self.credits]
        charges = chain.from_iterable(self.by_merchant[m] for m in giving)
        keys = {shop_of(m) for m in giving}
        return refunded_in_full(charges, chain.from_iterable(self.credits[k] for k in keys))


def read_spending(session: Session, start: date, as_of: date) -> Spending:
    """Every charge of spending posted from ``start`` to ``as_of``, in one grouped query, read
    once while alerts are evaluated (charge alerts and flagged activity both read it)."""
    return read_once(session, ("spending", start, as_of), lambda: _spending(session, start, as_of))


def read_other_lines(session: Session, start: date, as_of: date) -> Sequence[OtherLine]:
    """The lines posted from ``start`` to ``as_of`` that are no spending (:data:`_OTHER_LINES`),
    read once while alerts are evaluated: flagged activity reads them as movements, and the
    names asked about whether they were paid before are theirs and the spending's."""
    bounds = {"start": start.isoformat(), "as_of": as_of.isoformat()}
    return read_once(
        session,
        ("other lines", start, as_of),
        lambda: session.connection().execute(_OTHER_LINES, bounds).all(),
    )


def names_from(session: Session, spending: Spending, start: date, as_of: date) -> set[str]:
    """The names the lines posted on or after ``start`` are asked about by (whether their party
    was paid before, :func:`~finapp.services.merchants_paid.spent_with_before`): each line's
    merchant, and its payee where it names no merchant. Those of ``spending`` (read from
    ``start`` to ``as_of``), of the other lines of those days and of the lines after them.

    A payee beside a merchant is never asked about (a charge is judged by its merchant, a
    movement's party is its merchant first): the payees of a year of charges, a different one
    for each order (``AMZN Mktp US*K27432OP7``), were most of the names looked up."""
    names = set(spending.by_merchant)
    names.update(c.payee for c in spending.by_merchant.get("", ()))
    after = session.execute(_NAMES_AFTER, {"as_of": as_of.isoformat()}).all()
    for line in chain(read_other_lines(session, start, as_of), after):
        names.add(line.merchant or line.payee)
        names.add(line.merchant)
    return names


#: a charge's id, read in C (a :class:`Charge` is a tuple in the order of its fields)
_ID = itemgetter(0)

#: a :class:`Charge` from the tuple of its fields, in their order: the named tuple's own
#: constructor is a Python call, once per charge of the lookback
_charge = partial(tuple.__new__, Charge)


def _spending(session: Session, start: date, as_of: date) -> Spending:
    out = Spending()
    days: dict[str, date] = {}
    rows = session.execute(_SPENDING, {"start": start.isoformat(), "as_of": as_of.isoformat()})
    for merchant, text_ in rows:
        out.texts[merchant] = text_
        charges = out.by_merchant[merchant] = []
        for tid, account, posted, at, amount, currency, payee, category in orjson.loads(text_):
            day = days.get(posted) or days.setdefault(posted, date.fromisoformat(posted))
            charges.append(
                _charge((tid, account, day, amount, currency, merchant, payee, category))
            )
            if at is not None:
                out.times[tid] = time.fromisoformat(at)
    for credit in read_credits(session, start, as_of):
        out.credits.setdefault(shop_of(credit.merchant), []).append(credit)
    return out


def read_credits(session: Session, start: date, as_of: date) -> list[Credit]:
    """Money in from merchants posted from ``start`` to ``as_of``, in date order."""
    days: dict[str, date] = {}
    rows = session.execute(_CREDITS, {"start": start.isoformat(), "as_of": as_of.isoformat()})
    return [
        _credit((tid, days.get(posted) or days.setdefault(posted, date.fromisoformat(posted)),
                 amount, currency, merchant))
        for tid, posted, amount, currency, merchant in rows
    ]  # fmt: skip


#: a :class:`Credit` from the tuple of its fields (the named tuple's constructor is a Python
#: call, once per credit of years of history)
_credit = partial(tuple.__new__, Credit)


@dataclass(frozen=True, slots=True)
class _Kept:
    """What the last run judged: its facts' digest and, by merchant, its digest, the categories
    its charges were filed in and its candidates."""

    context: str
    merchants: dict[str, tuple[str, list[int], list[Candidate]]]


def judged_charges(
    session: Session, facts: Facts, spending: Spending, *, full: bool = False
) -> list[Candidate]:
    """The charge alerts of ``facts``, judging again only the merchants that changed since the
    last run (every merchant with ``full``), and kept for the next run."""
    context = _context(facts)
    seen = facts.seen_before
    recurring = charge_alerts.usual_recurring(
        facts.subscriptions, facts.as_of - timedelta(days=facts.limits.window_days)
    )
    ids_of = {
        merchant: frozenset(map(_ID, charges)) for merchant, charges in spending.by_merchant.items()
    }
    cancellations = charge_alerts.cancellations_read(facts, ids_of)
    digests = {
        merchant: _digest(
            spending.texts[merchant],
            merchant in seen,
            ids_of[merchant] & recurring,
            cancellations.get(merchant, ()),
            spending.credits_of(merchant),
        )
        for merchant in spending.by_merchant
    }
    categories = {
        merchant: sorted({c.category_id for c in charges if c.category_id is not None})
        for merchant, charges in spending.by_merchant.items()
    }
    kept = None if full else _previous(session)
    if kept is None or kept.context != context:
        kept = _Kept(context, {})
    again = _to_judge(digests, categories, kept)
    fresh = charge_alerts.charge_alerts(
        dataclasses.replace(facts, charges=[c for m in again for c in spending.by_merchant[m]])
    )
    merchant_of = {c.id: m for m in again for c in spending.by_merchant[m]}
    by_merchant: dict[str, list[Candidate]] = {merchant: [] for merchant in again}
    for candidate in fresh:
        by_merchant[merchant_of[candidate.transaction_id or 0]].append(candidate)
    for merchant in digests.keys() - again:
        by_merchant[merchant] = kept.merchants[merchant][2]
    _keep(
        session,
        _Kept(context, {m: (digests[m], categories[m], by_merchant[m]) for m in digests}),
    )
    return [candidate for merchant in sorted(by_merchant) for candidate in by_merchant[merchant]]


def _to_judge(digests: dict[str, str], categories: dict[str, list[int]], kept: _Kept) -> set[str]:
    """The merchants whose digest changed, with every merchant filed in a category that a
    changed (or vanished) merchant's charges are or were filed in, until no category is shared
    between the merchants judged again and the ones kept."""
    changed = {
        merchant
        for merchant in digests.keys() | kept.merchants.keys()
        if merchant not in kept.merchants or kept.merchants[merchant][0] != digests.get(merchant)
    }
    touched = {c for m in changed for c in (*categories.get(m, ()), *_kept_categories(kept, m))}
    again = changed & digests.keys()
    grown = True
    while grown:
        grown = False
        for merchant, filed in categories.items():
            if merchant not in again and touched.intersection(filed):
                again.add(merchant)
                touched.update(filed)
                grown = True
    return again


def _kept_categories(kept: _Kept, merchant: str) -> list[int]:
    entry = kept.merchants.get(merchant)
    return entry[1] if entry else []


def _digest(
    text_: str,
    seen: bool,
    usual_ids: frozenset[int],
    cancellations: tuple[object, ...],
    credits: Iterable[Credit],
) -> str:
    """A merchant's charges and what its verdicts read besides: whether it was paid before,
    which charges are a stream's usual price (``usual_ids``), the cancellations they are told
    by, and the money it gave back (a refund arriving judges its purchase again)."""
    usual = ",".join(map(str, sorted(usual_ids)))
    given = ",".join(f"{c.id}:{c.posted}:{c.amount_minor}{c.currency}" for c in credits)
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{text_}\x1d{int(seen)}\x1d{usual}\x1d{cancellations!r}\x1d{given}".encode())
    return digest.hexdigest()


def _context(facts: Facts) -> str:
    """A digest of what every merchant's verdicts read: the day, the limits, the first day of
    the history, and the code that judges."""
    lim = facts.limits
    parts = [
        facts.as_of.isoformat(),
        str(facts.history_start),
        str(lim.large_charge),
        str(lim.new_merchant),
        str(lim.unusual_factor),
        str(lim.duplicate_days),
        str(lim.window_days),
        _code(),
    ]
    return hashlib.blake2b("\x1d".join(parts).encode(), digest_size=16).hexdigest()


@cache
def _code() -> str:
    """A digest of the code that judges, so candidates judged by other code are not kept."""
    modules = (alert_model, charge_alerts, refunds, running_rank, sys.modules[__name__])
    return source_digest(modules)


def _previous(session: Session) -> _Kept | None:
    row = session.get(Setting, STATE_KEY)
    if row is None:
        return None
    try:
        state = json.loads(row.value)
        merchants = {
            merchant: (digest, [int(c) for c in filed], [_candidate(c) for c in found])
            for merchant, (digest, filed, found) in state["merchants"].items()
        }
        return _Kept(str(state["context"]), merchants)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _keep(session: Session, kept: _Kept) -> None:
    merchants = {
        merchant: [digest, filed, [_plain(c) for c in found]]
        for merchant, (digest, filed, found) in kept.merchants.items()
    }
    value = json.dumps({"context": kept.context, "merchants": merchants}, ensure_ascii=False)
    row = session.get(Setting, STATE_KEY)
    if row is None:
        session.add(Setting(key=STATE_KEY, value=value))
    elif row.value != value:
        row.value = value


def _plain(candidate: Candidate) -> list[Any]:
    c = candidate
    return [
        *(c.kind.value, c.key, c.date.isoformat(), c.severity, c.account_id, c.category_id),
        *(c.subscription_id, c.transaction_id, c.amount_minor, c.currency, dict(c.params)),
    ]


def _candidate(plain: Sequence[Any]) -> Candidate:
    kind, key, day, severity, account, category, sub, txn, amount, currency, params = plain
    facts = {str(k): str(v) for k, v in params.items()}
    return Candidate(
        Kind(kind), key, date.fromisoformat(day), severity, account, category, sub, txn, amount,
        currency, facts,
    )  # fmt: skip
