"""Price changes of a recurring stream: a price increase (money out) or a change of income
(money in), told at the first charge above the stream's usual, not again at the new price.

A fixed price that has been left for one charge and come back before (a phone bill's overage:
85.00, 92.57, 85.00) is told only once the new amount holds at a second charge, and a rise of a
fixed price that the old price came back after is no rise: one-offs are not price changes.

A bill billed by use (gas, electricity, water; any bill whose amount changes almost every
time: :func:`~finapp.core.streams.is_metered`) has no price to rise: 上海燃气 at 88.90 after
58.60 is a colder month, and PG&E's summer is its season. Price rises are told of fixed prices.

A price rise is money the user pays a merchant (a subscription or a bill) that went up: more
money in is a change of income (a raise), and more moved between one's own accounts (a savings
transfer from 400.00 to 600.00) is neither: :func:`rise_kind` is the one answer, for the alerts,
the import's history, the year in review and the listing's flags alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from finapp.core.alert_kinds import Kind
from finapp.core.alert_model import Candidate, Charge, SubscriptionFacts, size_fact
from finapp.core.running_rank import median_low
from finapp.core.severity import Severity
from finapp.core.streams import has_one_offs, is_metered, is_variable
from finapp.core.subscription_states import SPENDING_KINDS, StreamKind

#: how long a price rise (or a raise) stays in the inbox
PRICE_TERM_DAYS = 30
#: how many of a stream's latest charges tell its usual price and how much it varies
PRICE_HISTORY = 6
#: how many charges a variable bill's new charge must top to be a rise: a year of a monthly
#: one, so its seasons (last summer's electricity, last winter's gas) are part of its range
VARIABLE_HISTORY = 12
#: a fixed price's smallest rise worth telling: 1% of the price, at most this many minor units
PRICE_STEP_MINOR = 50
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


def smallest_rise(usual: int) -> int:
    """A fixed price's smallest rise worth telling: 1% of it, at most 0.50."""
    return min(max(1, usual // 100), PRICE_STEP_MINOR)


def _rise(history: Sequence[int], size: int, year: Sequence[int] = ()) -> int | None:
    """How far ``size`` is above the usual of ``history`` (magnitudes), when beyond its normal
    variation: the median of the latest charges plus their spread, and at least a step of 1%
    (at most 0.50) so a fixed price's rounding is no news. None when it is not a rise.

    A variable bill (a metered utility, a phone top-up: ``year``, its charges of about a year
    before, change from one to the next) rises only when ``size`` is above every one of them:
    a summer electricity bill above spring's is its season, not a new price.
    """
    if len(history) < 2:
        return None
    usual = sorted(history)[median_low(len(history))]
    rise = size - usual
    step = smallest_rise(usual)
    if rise < step or rise <= max(history) - min(history):
        return None
    if is_variable(list(year)) and size - max(year) < step:
        return None
    return rise


def due_charge(
    sub: SubscriptionFacts,
    at_merchant: Mapping[tuple[int | None, str], Sequence[Charge]],
    in_streams: frozenset[int] = frozenset(),
) -> list[tuple[date, int, int]]:
    """The charge that came on the stream's expected day but at a price too different for
    detection to count it in (an intro rate ending, a big rise): the first charge at its
    merchant on its account within a few days of its next date, after its last own charge,
    that no other stream holds (Apple Music is no price of iCloud's)."""
    if sub.next_date is None or not sub.charges:
        return []
    last = sub.charges[-1][0]
    slack = timedelta(days=SCHEDULE_SLACK_DAYS)
    for charge in at_merchant.get((sub.account_id, sub.merchant), ()):
        if charge.id in in_streams:
            continue
        if charge.posted > last and abs(charge.posted - sub.next_date) <= slack:
            return [(charge.posted, charge.amount_minor, charge.id)]
    return []


def _lasting_rise(sizes: Sequence[int], i: int) -> int | None:
    """How far charge ``i`` is above the usual of the ones before it, when that is a rise and
    not a one-off (see the module's docstring)."""
    upto = i
    year = sizes[max(0, i - VARIABLE_HISTORY) : i]
    fixed = not is_variable(list(year))
    if fixed and has_one_offs(list(year)):
        if i == 0 or sizes[i - 1] != sizes[i]:
            return None
        upto = i - 1  # the rise is the first charge at the new amount's
    history = sizes[max(0, upto - PRICE_HISTORY) : upto]
    rise = _rise(history, sizes[i], sizes[max(0, upto - VARIABLE_HISTORY) : upto])
    if rise is None:
        return None
    old = sizes[i] - rise
    if fixed and any(later - old < smallest_rise(old) for later in sizes[i + 1 :]):
        return None
    return rise


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
    if not income and is_metered([sub.name, sub.merchant], sizes):
        return []
    held = _held_since(series, sizes, start, as_of)
    for i, (day, amount, txn) in enumerate(series):
        if not (start < day <= as_of or i >= held) or (amount > 0) != income:
            continue
        rise = _lasting_rise(sizes, i)
        if rise is None:
            continue
        old = sizes[i] - rise
        params = {"name": sub.name, "old": size_fact(old, sub.currency),
                  "new": size_fact(sizes[i], sub.currency)}  # fmt: skip
        if sub.per_year:
            params["yearly"] = size_fact(rise * sub.per_year, sub.currency)
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
