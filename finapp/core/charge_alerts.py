"""Charges worth a look: large, unusual for their merchant or category, at a new merchant, the
same amount twice within days, or from a merchant whose subscription the user cancelled.

One pass over the charges in date order: each merchant and category keeps running figures (a
running median or percentile, the last charge of each amount on each account, whether it
repeats within days) that a recent charge reads instead of rescanning the history before it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from itertools import compress, islice
from operator import attrgetter, eq, itemgetter, neg

from finapp.core.alert_kinds import Kind
from finapp.core.alert_model import (
    Candidate,
    Charge,
    Facts,
    Limits,
    SubscriptionFacts,
    payee_name,
    size_fact,
)
from finapp.core.money import to_minor
from finapp.core.running_rank import RunningRank, median_low, ninetieth
from finapp.core.severity import Severity
from finapp.core.stream_alerts import charged_after
from finapp.core.streams import VARIABLE_HISTORY, smallest_rise
from finapp.core.subscription_states import UserState, charged_after_cancelling


@dataclass(slots=True)
class _MerchantSoFar:
    """What one merchant's earlier charges say, kept up to date charge by charge."""

    sizes: RunningRank = field(default_factory=lambda: RunningRank(median_low))
    last: Charge | None = None
    first: date | None = None
    #: the same amount twice within the duplicate window at least once: not news any more
    repeats: bool = False
    #: (account, amount) -> the latest earlier charge's date
    latest: dict[tuple[int, int], date] = field(default_factory=dict)
    #: the largest and the smallest earlier charge (minor units, positive; 0: none yet)
    largest: int = 0
    smallest: int = 0

    @classmethod
    def of(cls, charges: list[Charge], duplicate_days: int) -> _MerchantSoFar:
        """What ``charges`` (the merchant's, in date order) say, taken in at once: what
        :meth:`add` would make of them one by one. Read a column at a time, in C: a year of
        every merchant's charges passes here at each evaluation."""
        amounts = list(map(_AMOUNT, charges))
        days = list(map(_POSTED, charges))
        sizes = list(map(neg, amounts))
        return cls(
            RunningRank(median_low, sizes),
            charges[-1],
            days[0],
            _twice_within(amounts, days, duplicate_days),
            dict(zip(zip(map(_ACCOUNT, charges), amounts, strict=True), days, strict=True)),
            max(sizes),
            min(sizes),
        )

    def add(self, charge: Charge, duplicate_days: int) -> None:
        last = self.last
        if (
            last is not None
            and last.amount_minor == charge.amount_minor
            and (charge.posted - last.posted).days <= duplicate_days
        ):
            self.repeats = True
        size = -charge.amount_minor
        self.sizes.add(size)
        self.latest[(charge.account_id, charge.amount_minor)] = charge.posted
        if size > self.largest:
            self.largest = size
        if size < self.smallest or not self.smallest:
            self.smallest = size
        self.last = charge
        if self.first is None:
            self.first = charge.posted

    def sized(self) -> bool:
        """Whether its earlier charges measure its usual one: five of them, or three of much
        the same size (a gym's 48.00 each month); three grocery baskets of 7.20 to 12.80 say
        too little of the next, which is judged by its category's."""
        count = len(self.sizes)
        steady = self.largest <= _STEADY_SPREAD * self.smallest
        return count >= _USUAL_CHARGES or (count >= _REGULAR_CHARGES and steady)

    def paid_alike_a_month_before(self, charge: Charge) -> bool:
        """Whether the same account paid this merchant the same amount about a month before:
        the mortgage's 1,846.32 of 2025-11-03 after that of 2025-10-01, in a first download
        holding two months, is a monthly payment, not a large charge to look at."""
        before = self.latest.get((charge.account_id, charge.amount_minor))
        return before is not None and A_MONTH[0] <= (charge.posted - before).days <= A_MONTH[1]

    def paid_regularly(self, day: date) -> bool:
        """Whether the household pays this merchant regularly: a few charges over weeks, not
        one spree (three orders at a furniture shop in a week say nothing of a fourth)."""
        return (
            len(self.sizes) >= _REGULAR_CHARGES
            and self.first is not None
            and (day - self.first).days >= _REGULAR_DAYS
        )


#: a charge's fields, read in C (a :class:`Charge` is a tuple in their order)
_ID, _ACCOUNT, _POSTED, _AMOUNT = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3)


def _twice_within(amounts: list[int], days: list[date], within: int) -> bool:
    """Whether one amount comes twice in a row (``amounts`` in date order, on ``days``) within
    ``within`` days: the neighbours of the same amount are found in C, and only their days
    compared."""
    twins = compress(range(1, len(amounts)), map(eq, amounts, islice(amounts, 1, None)))
    return any((days[i] - days[i - 1]).days <= within for i in twins)


#: the days between two monthly payments, a weekend or a short month either way
A_MONTH = (26, 35)
#: charges before, and the days they must span, for a merchant to be paid regularly
_REGULAR_CHARGES = 3
_REGULAR_DAYS = 45
#: charges before a merchant's own usual charge is its measure (:meth:`_MerchantSoFar.sized`),
#: and how far apart three may be to measure it already
_USUAL_CHARGES = 5
_STEADY_SPREAD = Decimal("1.25")


def _size_alert(
    charge: Charge,
    merchant: _MerchantSoFar | None,
    category: RunningRank | None,
    seen: bool,
    lim: Limits,
    recurring: frozenset[int] = frozenset(),
) -> Candidate | None:
    """Large, else unusual, else new merchant: one size alert per charge, whatever its kind;
    none for a charge of a recurring stream at its usual price (``recurring``: the monthly
    mortgage payment is large, but it is no news), nor for the amount its account paid the
    merchant a month before (a first download's two mortgage payments make no stream yet).
    Asked only of a charge larger than any earlier one at its merchant, or large: any other is
    no news (:func:`charge_alerts`).

    A merchant paid regularly is judged by its own charges: a shop's supplier paid 2,000 to
    3,500 every month or so is paid no "large" sum at 3,100, only above the unusual factor
    times its usual charge. Unusual is also more than any earlier charge there: a shop whose
    orders run from $10 to $150 is told of a $400 one, not of every $80 one.
    """
    if charge.id in recurring:
        return None
    size = -charge.amount_minor
    large = _minor(lim.large_charge, charge.currency)
    usual = None
    if merchant is not None and merchant.sized():
        usual = merchant.sizes.value()
    elif category is not None and len(category) >= 5:
        usual = category.value()
    # unusual is more than the household ever paid there: an $80 order at a shop whose orders
    # are usually $25 but have been $80 and more before is no news
    over_usual = (
        usual is not None
        and size > lim.unusual_factor * Decimal(usual)
        and (merchant is None or size > merchant.largest)
    )
    if (
        merchant is not None
        and not over_usual
        and (merchant.paid_regularly(charge.posted) or merchant.paid_alike_a_month_before(charge))
    ):
        return None
    if size > large:
        kind, severity = Kind.LARGE_CHARGE, Severity.WARNING
    elif usual and over_usual:
        kind, severity = Kind.UNUSUAL_CHARGE, Severity.WARNING
    elif not seen and size > _minor(lim.new_merchant, charge.currency):
        kind, severity = Kind.NEW_MERCHANT, Severity.INFO
    else:
        return None
    # the facts are written only for a charge that is news: judged over years of history, most
    # charges are not, and writing every one's amount was a third of the work
    params = {"name": payee_name(charge), "amount": size_fact(size, charge.currency)}
    if kind == Kind.UNUSUAL_CHARGE and usual is not None:
        params["usual"] = size_fact(usual, charge.currency)
    return Candidate(
        kind,
        f"charge:{charge.id}",
        charge.posted,
        severity,
        account_id=charge.account_id,
        category_id=charge.category_id,
        transaction_id=charge.id,
        amount_minor=charge.amount_minor,
        currency=charge.currency,
        params=params,
    )


@cache
def _minor(amount: Decimal, currency: str) -> int:
    """A limit in ``currency``'s minor units, worked out once per limit and currency, not per
    charge."""
    return to_minor(amount, currency)


def _duplicate_alert(
    charge: Charge, merchant: _MerchantSoFar | None, lim: Limits
) -> Candidate | None:
    """The same merchant and amount on one account within a day or two, where that is rare
    (a merchant that often charges one amount twice within days — coffee, transit — is not)."""
    if merchant is None or merchant.repeats:
        return None
    twin = merchant.latest.get((charge.account_id, charge.amount_minor))
    if twin is None or (charge.posted - twin).days > lim.duplicate_days:
        return None
    return Candidate(
        Kind.DUPLICATE_CHARGE,
        f"duplicate_charge:{charge.id}",
        charge.posted,
        Severity.WARNING,
        account_id=charge.account_id,
        category_id=charge.category_id,
        transaction_id=charge.id,
        amount_minor=charge.amount_minor,
        currency=charge.currency,
        params={
            "name": payee_name(charge),
            "amount": size_fact(charge.amount_minor, charge.currency),
            "first": twin.isoformat(),
            "second": charge.posted.isoformat(),
        },
    )


#: how much history must come before a charge for its merchant to be called new: after a first
#: import of a few weeks, every merchant is "new" and saying so would only be noise
NEW_MERCHANT_HISTORY_DAYS = 60


def _long_history(facts: Facts, day: date) -> bool:
    start = facts.history_start
    return start is not None and (day - start).days >= NEW_MERCHANT_HISTORY_DAYS


def usual_recurring(subs: Iterable[SubscriptionFacts], since: date) -> frozenset[int]:
    """The charges since ``since`` of a known recurring stream at its usual price: no higher
    than any of the stream's charges in about a year before it (beyond a fixed price's step).

    Each stream's charges are read once, each compared with at most a year of the ones before.
    """
    out: set[int] = set()
    for sub in subs:
        if sub.user_state == UserState.DISMISSED:
            continue
        sizes = [-amount for _, amount, _ in sub.charges]
        for i, (day, amount, txn) in enumerate(sub.charges):
            if day < since or amount >= 0 or i == 0:
                continue
            before = sizes[max(0, i - VARIABLE_HISTORY) : i]
            if sizes[i] - max(before) < smallest_rise(sorted(before)[median_low(len(before))]):
                out.add(txn)
    return frozenset(out)


#: merchant keys of stores, app stores and wallets that sell many things under one name: a
#: cancelled iCloud plan billed as APPLE says nothing of the app bought there later (a key naming
#: the service itself, AMAZON PRIME or GOOGLE YOUTUBEPREMIUM, is the service's own)
_STORES = frozenset(
    {
        "AMAZON", "AMZN", "APPLE", "ITUNES", "GOOGLE", "MICROSOFT", "MSFT", "PAYPAL", "STEAM",
        "EBAY", "WALMART", "TARGET", "COSTCO", "ALIPAY", "支付宝", "财付通", "淘宝", "天猫", "京东",
    }
)  # fmt: skip


def _cancelled_at(facts: Facts) -> dict[str, list[SubscriptionFacts]]:
    """The subscriptions the user cancelled, by merchant, where any later charge of that
    merchant is the subscription charging again, whatever its amount.

    A cancelled plan comes back at a new price (Hulu's 7.99 a month cancelled, then an annual
    89.99): the merchant sold the household nothing but that subscription, so a charge after
    the cancellation is it. A store that sells other things (:data:`_STORES`, or a merchant the
    household bought anything else from before the cancellation) is only its subscription at
    its price, which its stream already holds (a cancelled Prime and the Amazon orders after it).
    """
    cancelled = [
        s
        for s in facts.subscriptions
        if s.user_state == UserState.CANCELLED
        and s.cancelled_on is not None
        and s.merchant
        and s.merchant not in _STORES
    ]
    if not cancelled:
        return {}
    merchants = {s.merchant for s in cancelled}
    before: dict[str, list[tuple[date, int]]] = defaultdict(list)
    for charge in facts.charges:
        if charge.merchant in merchants:
            before[charge.merchant].append((charge.posted, charge.id))
    out: dict[str, list[SubscriptionFacts]] = defaultdict(list)
    for sub in cancelled:
        own = {txn for _, _, txn in sub.charges}
        on = sub.cancelled_on or date.max
        if all(txn in own for day, txn in before[sub.merchant] if day < on):
            out[sub.merchant].append(sub)
    return out


def _after_cancel(
    charge: Charge, cancelled: dict[str, list[SubscriptionFacts]], held: frozenset[int]
) -> Candidate | None:
    """ "Charged after you cancelled it" for a charge no stream holds, at the merchant of a
    subscription cancelled on or before its day (:func:`_cancelled_at`); the one cancelled
    last when there are more."""
    if charge.id in held:
        return None
    subs = [
        s
        for s in cancelled.get(charge.merchant, ())
        if s.cancelled_on is not None and charged_after_cancelling(charge.posted, s.cancelled_on)
    ]
    if not subs:
        return None
    return charged_after(max(subs, key=lambda s: (s.cancelled_on or date.min, s.id)), charge)


def cancellations_read(
    facts: Facts, ids_of: Mapping[str, frozenset[int]]
) -> dict[str, tuple[object, ...]]:
    """What the verdicts on each merchant's charges read of the user's cancellations, by
    merchant (``ids_of``: the ids of each merchant's charges): the subscriptions cancelled
    there (:func:`_cancelled_at`) with the day, name and charges they are told by, and which of
    its charges a stream holds or tells as charged after cancelling. Empty where none reads
    any: a merchant's verdicts change with these though none of its charges does (Hulu marked
    cancelled after its 89.99 was imported)."""
    cancelled = _cancelled_at(facts)
    held = _held(facts.subscriptions)
    told = _told_after_cancel(facts.subscriptions)
    out: dict[str, tuple[object, ...]] = {}
    for merchant, ids in ids_of.items():
        subs = tuple(
            (
                s.id,
                s.key,
                s.name,
                s.cancelled_on,
                sorted(ids.intersection(t for *_, t in s.charges)),
            )
            for s in cancelled.get(merchant, ())
        )
        after = sorted(ids & told)
        if subs or after:
            out[merchant] = (subs, sorted(ids & held) if subs else [], after)
    return out


def _told_after_cancel(subs: Iterable[SubscriptionFacts]) -> frozenset[int]:
    """The charges a cancelled subscription's stream tells as charged after cancelling
    (:func:`finapp.core.stream_alerts.after_cancel_alerts`): news as that, not by their size."""
    return frozenset(c.id for sub in subs for c in sub.after_cancel)


def _held(subs: Iterable[SubscriptionFacts]) -> frozenset[int]:
    """The charges a stream holds, and those already told as charged after a cancellation."""
    out: set[int] = set()
    for sub in subs:
        out.update(txn for _, _, txn in sub.charges)
        out.update(c.id for c in sub.after_cancel)
    return frozenset(out)


def charge_alerts(facts: Facts) -> list[Candidate]:
    """Large, unusual, new-merchant and duplicate charges posted in the recent window.

    In date order, each recent charge is judged against what its merchant and category showed
    before it, then added to them; the charges before the window, only ever added, are taken in
    a merchant and a category at a time. A recurring charge at its usual price is no large or
    unusual one; a charge from a merchant whose subscription the user cancelled is told as
    charged after the cancellation instead of by its size (:func:`_cancelled_at`), and one the
    cancelled stream itself tells so is not told by its size either. A charge the merchant gave
    back in full (``facts.refunded``) is judged as if it had never been made: the returned
    vacuum is not this week's unusual order, nor the yardstick of the next one.
    """
    lim = facts.limits
    refunded = facts.refunded
    cancelled = _cancelled_at(facts)
    held = _held(facts.subscriptions) if cancelled else frozenset()
    told_after = _told_after_cancel(facts.subscriptions)
    start = facts.as_of - timedelta(days=lim.window_days)
    recurring = usual_recurring(facts.subscriptions, start)
    earlier: list[Charge] = []
    recent: list[Charge] = []
    for charge in facts.charges:
        if charge.amount_minor < 0 and charge.posted <= facts.as_of and charge.id not in refunded:
            (recent if charge.posted >= start else earlier).append(charge)
    by_merchant, by_category = _before_the_window(earlier, lim.duplicate_days)
    out: list[Candidate] = []
    larges: dict[str, int] = {}
    for charge in sorted(recent, key=_date_order):
        merchant = by_merchant[charge.merchant] if charge.merchant else None
        category = by_category[charge.category_id]
        size = -charge.amount_minor
        large = larges.get(charge.currency)
        if large is None:
            large = larges[charge.currency] = _minor(lim.large_charge, charge.currency)
        again = _after_cancel(charge, cancelled, held) if charge.merchant in cancelled else None
        if again is not None:
            out.append(again)
        elif charge.id in told_after:
            pass  # its stream tells it as charged after cancelling: that is the news
        # no larger than an earlier charge there (so no new merchant either), nor large: no
        # size alert, told without asking anything more (most charges of years of history)
        elif merchant is None or size > merchant.largest or size > large:
            seen = (
                (merchant is not None and merchant.last is not None)
                or charge.merchant in facts.seen_before
                or not charge.merchant
                or not _long_history(facts, charge.posted)
            )
            filed = category if charge.category_id is not None else None
            sized = _size_alert(charge, merchant, filed, seen, lim, recurring)
            if sized is not None:
                out.append(sized)
        if merchant is not None:
            if not merchant.repeats:
                twin = _duplicate_alert(charge, merchant, lim)
                if twin is not None:
                    out.append(twin)
            merchant.add(charge, lim.duplicate_days)
        category.add(size)
    return out


#: charges in date order, ties by id: the order they are judged and taken in
_date_order = attrgetter("posted", "id")


def _before_the_window(
    charges: list[Charge], duplicate_days: int
) -> tuple[dict[str, _MerchantSoFar], dict[int | None, RunningRank]]:
    """What the charges before the window say of each merchant and category."""
    of_merchant: dict[str, list[Charge]] = defaultdict(list)
    sizes: dict[int | None, list[int]] = defaultdict(list)
    for charge in charges:
        if charge.merchant:
            of_merchant[charge.merchant].append(charge)
        sizes[charge.category_id].append(-charge.amount_minor)
    by_merchant: dict[str, _MerchantSoFar] = defaultdict(_MerchantSoFar)
    for name, earlier in of_merchant.items():
        # in date order (:data:`_date_order`), by two stable sorts on one field each: a key
        # tuple made for each charge cost more than the sorting of charges that mostly come in
        # that order already
        earlier.sort(key=_ID)
        earlier.sort(key=_POSTED)
        by_merchant[name] = _MerchantSoFar.of(earlier, duplicate_days)
    by_category: dict[int | None, RunningRank] = defaultdict(lambda: RunningRank(ninetieth))
    by_category.update((cid, RunningRank(ninetieth, values)) for cid, values in sizes.items())
    return by_merchant, by_category
