"""Price changes of a recurring stream: a price increase (money out) or a change of income
(money in), told at the first charge above the stream's usual, not again at the new price.

A fixed price that has been left for one charge and come back before (a phone bill's overage:
85.00, 92.57, 85.00) is told only once the new amount holds at a second charge, and a rise of a
fixed price that the old price came back after is no rise: one-offs are not price changes.

A bill billed by use (gas, electricity, water; any bill whose amount changes almost every
time: :func:`~finapp.core.streams.is_metered`) has no price to rise: 上海燃气 at 88.90 after
58.60 is a colder month, and PG&E's summer is its season; nor has a bill whose amount varies
(Rogers at 72.32, 88.14, 95.60 as the month's data goes). Price rises are told of fixed prices:
:func:`~finapp.core.streams.has_price` and :func:`~finapp.core.streams.lasting_rise` are the
judgment the stream's record keeps too (:func:`~finapp.core.streams.price_changes`), so a rise
the user is told of is the one the Subscriptions page shows.

A price rise is money the user pays a merchant (a subscription or a bill) that went up: more
money in is a change of income (a raise), and more moved between one's own accounts (a savings
transfer from 400.00 to 600.00) is neither: :func:`rise_kind` is the one answer, for the alerts,
the import's history, the year in review and the listing's flags alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from functools import partial

from finapp.core.alert_kinds import Kind
from finapp.core.alert_model import Candidate, Charge, SubscriptionFacts, size_fact
from finapp.core.months_off import charges_a_year
from finapp.core.severity import Severity
from finapp.core.streams import (
    has_price,
    lasting_rise,
    pay_by_the_hour,
    pay_level_rise,
    renews_yearly,
)
from finapp.core.subscription_states import SPENDING_KINDS, StreamKind

#: how long a price rise (or a raise) stays in the inbox
PRICE_TERM_DAYS = 30
#: how many charges a price first seen after the fact may have held and still be told: a
#: quarter of a monthly stream, as many renewals of a rarer one
IN_FORCE_CHARGES = 3
#: how far a charge may post from its expected day (weekends, bank lag)
SCHEDULE_SLACK_DAYS = 5


def rise_kind(kind: StreamKind) -> Kind | None:
    """What a larger amount of a stream of ``kind`` is: a price increase of a subscription or a
    bill, a change of income, or (money moved between one's own accounts) nothing to tell."""
    if kind in SPENDING_KINDS:
        return Kind.PRICE_INCREASE
    return Kind.INCOME_CHANGE if kind == StreamKind.INCOME else None


def due_charge(
    sub: SubscriptionFacts,
    at_merchant: Mapping[tuple[int | None, str], Sequence[Charge]],
    in_streams: frozenset[int] = frozenset(),
) -> list[tuple[date, int, int]]:
    """The charge that came on the stream's expected day but at a price too different for
    detection to count it in (an intro rate ending, a big rise): the first charge at its
    merchant on its account within a few days of its next date, after its last own charge,
    that no other stream holds (Apple Music is no price of iCloud's).

    None at a merchant the household buys other things from (:func:`_sells_more`): a Vinted
    purchase paid through PayPal two days before Disney+ was due there is no Disney+ at 52.30,
    and a coffee at Starbucks at 6.45 near the day a run of 5.95 coffees seemed due is no new
    price of it.
    """
    if sub.next_date is None or not sub.charges:
        return []
    last = sub.charges[-1][0]
    slack = timedelta(days=SCHEDULE_SLACK_DAYS)
    charges = at_merchant.get((sub.account_id, sub.merchant), ())
    for charge in charges:
        if charge.id in in_streams:
            continue
        if charge.posted > last and abs(charge.posted - sub.next_date) <= slack:
            if _sells_more(charges, in_streams, charge, last):
                return []
            return [(charge.posted, charge.amount_minor, charge.id)]
    return []


def _sells_more(
    charges: Sequence[Charge], in_streams: frozenset[int], charge: Charge, last: date
) -> bool:
    """Whether the merchant took other money of the household, in the days the alerts look at,
    that no stream holds: at another amount than ``charge`` (a payment processor's eBay,
    Zalando and Vinted purchases, a shop), or at its amount on another day between the
    stream's ``last`` charge and it, off any schedule (Starbucks coffees at 6.45, 5.95 and 7.25
    on any day: a 6.45 on 03-24 and again on 04-14, when a run of 5.95 seemed due on 04-10).
    There a charge on a stream's expected day is as likely one more purchase as the stream at
    a new price, and a purchase is no price rise of it nor a sign it still runs. The new price
    charged again on the next expected day (NYT at 17.00 after its intro rate, twice) is the
    stream going on; two alike on one day are a double charge, told as such."""
    return any(
        c.id not in in_streams
        and (c.amount_minor != charge.amount_minor or last < c.posted < charge.posted)
        for c in charges
    )


def _held_since(
    series: Sequence[tuple[date, int, int]], sizes: Sequence[int], start: date, as_of: date
) -> int:
    """Where the price the stream charges now began, when it is still news: the index of the
    first charge at the latest charge's amount, when that charge is within the term and the
    amount has held since, at most :data:`IN_FORCE_CHARGES` charges back. Else past the end.

    A rise first seen in statements imported after the fact (腾讯视频 at 30.00 since 5 October,
    imported on 2 December) is in force: the user pays it now and is told once, dated on its
    first higher charge. A price paid for longer is settled history and stays quiet.
    """
    upto = [i for i, (day, _, _) in enumerate(series) if day <= as_of]
    if not upto or not start < series[upto[-1]][0]:
        return len(series)
    last = upto[-1]
    first = last
    while first > 0 and sizes[first - 1] == sizes[last]:
        first -= 1
    return first if last - first < IN_FORCE_CHARGES else len(series)


def price_alerts(
    sub: SubscriptionFacts,
    as_of: date,
    due: Sequence[tuple[date, int, int]] = (),
    since: date | None = None,
) -> list[Candidate]:
    """A price increase (money out) or a raise (money in) at the first charge above the usual.

    One pass over the stream's charges (and ``due``, its expected charge that detection left
    out); each charge within the term is compared with the few before it, so the first higher
    charge is told at once and the next ones at the new price (now within the spread) are not
    told again. The first charge of a price still in force is looked at too, however old
    (:func:`_held_since`): a rise found in an import after its term is told then, once.

    ``since``: look at every charge after it instead of the term's (what the history of a
    first import holds, :mod:`finapp.core.history_findings`), with the alerts' own keys.
    """
    kind = rise_kind(sub.kind)
    if kind is None:
        return []
    income = kind == Kind.INCOME_CHANGE
    start = as_of - timedelta(days=PRICE_TERM_DAYS) if since is None else since
    out: list[Candidate] = []
    series = [*sub.charges, *due]
    sizes = [abs(amount) for _, amount, _ in series]
    once_a_year = renews_yearly(sub.kind, [day for day, _, _ in series])
    texts = [sub.name, sub.merchant]
    if has_price(sub.kind, texts, sizes, once_a_year):
        held = _held_since(series, sizes, start, as_of)
        rise_at = partial(_price_rise, sizes, once_a_year)
    elif pay_by_the_hour(sub.kind, texts, sizes, [day for day, _, _ in series]):
        held, rise_at = len(series), partial(pay_level_rise, sizes)
    else:
        return []
    for i, (day, amount, txn) in enumerate(series):
        if not (start < day <= as_of or i >= held) or (amount > 0) != income:
            continue
        if (levels := rise_at(i)) is None:
            continue
        old, new = levels
        params = {"name": sub.name, "old": size_fact(old, sub.currency),
                  "new": size_fact(new, sub.currency)}  # fmt: skip
        if sub.per_year:
            yearly = (new - old) * charges_a_year(sub.per_year, sub.months_off)
            params["yearly"] = size_fact(yearly, sub.currency)
        out.append(
            Candidate(
                kind,
                f"{kind.value}:{sub.key}:{day.isoformat()}",
                day,
                Severity.INFO if income else Severity.WARNING,
                account_id=sub.account_id,
                subscription_id=sub.id,
                transaction_id=txn,
                amount_minor=amount,
                currency=sub.currency,
                params=params,
            )
        )
    return out


def _price_rise(sizes: Sequence[int], yearly: bool, i: int) -> tuple[int, int] | None:
    """(old, new) price when charge ``i`` is a lasting rise of a set price
    (:func:`~finapp.core.streams.lasting_rise`), else None."""
    rise = lasting_rise(sizes, i, yearly)
    return None if rise is None else (sizes[i] - rise, sizes[i])
