"""How one merchant's charges (one account, one direction) split into recurring streams.

The steps, cheapest first:

0. A merchant that always charges the same number of times a day (two people's identical
   policies charged together) is split into that many lanes first, each split on its own.
1. All the charges follow one cadence: one stream, whatever the amounts (a price increase or a
   metered bill stays one stream); unless two month-based streams of amounts apart take turns
   (a couple's two benefits from one payer on the second and fourth Wednesday).
2. Otherwise the charges are grouped by amount (within 5%, for taxes and rounding) and each group
   is tested on its own: two Apple subscriptions at 0.99 and 9.99 are two streams. A group that
   fails because a few one-off purchases share its amount (an app bought for 9.99) is searched
   for a chain of charges on schedule.
3. A stream found in step 2 takes in the charge expected at its next (or previous) date when only
   the price differs: a price change; and streams that continue one another on schedule join,
   or from a billing day moved later at one renewal (up to 12 days: a payment retried a week
   after it failed, a plan changed mid-cycle) once two charges come on the new day. A group of
   one price that keeps a month-based rhythm but for one longer gap is cut there first: the
   halves join again after such a move, or stay two streams (resumed after a pause).
4. A stream found in step 2 must stand out from the merchant's other spending: where one-off
   charges outnumber its own cadence two to one (coffee, groceries, rides, restaurants), a few
   same-amount charges a month or a quarter apart are chance, even when the amount repeats.
   A stream a quarter or more apart that has one-offs among its charges must moreover charge
   one amount twice to the cent: three oil changes at Jiffy Lube (75.21, 74.13, 77.57) half a
   year apart among its other visits are chance, not a bill. A merchant that charges only the
   stream (car insurance whose premium changes every term) is taken whole in step 1.
5. A yearly chain of one exact price stands out however busy the merchant is when its lines
   read differently: an annual ``Amazon Prime*…`` renewal among dozens of ``AMZN Mktp US*…``
   orders. Every charge at that price must be in the chain, a year apart to within days, and
   share a descriptor word no other charge of the merchant prints; and the merchant's prices
   near it must be too sparse for two charges to share a price by chance. Two $65.00 baskets a
   year apart at Target read like every other Target line: chance. The chain takes in its
   renewals at another price on its anniversaries that print its words (Costco's membership at
   120.00, then 130.00 twice, among the warehouse's baskets).

In steps 1 and 2 a day-based rhythm (weekly, every two or four weeks) is no stream when its
amounts wander (spread by over a quarter about their mean), or when it is money paid out at a
shop at amounts that never settle on a price: that is the household's shopping, not a bill — the
week's groceries at Kroger (174.31, 208.61, 169.94…), a tank of fuel on most Saturdays. A weekly
meal kit or lesson repeats its price; a metered bill comes monthly or less often; money paid to
a person or moved between accounts (Zelle, a transfer) is no basket of goods.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol, TypeVar

from finapp.core.cadence import CADENCES, Cadence, fit_cadence, month_date, next_date, nominal_day
from finapp.core.counterparty import names_a_party
from finapp.core.descriptor import descriptor_words
from finapp.core.months_off import a_tax
from finapp.core.streams import spread, wanders

_SAME_AMOUNT = 0.05  # relative spread of one amount group
_ANNUAL_DRIFT = 0.35  # an annual renewal may change price this much and still pair up
_SLACK_DAYS = 6
#: a month-based billing day may move later by up to this many days at one renewal (a payment
#: retried after it failed, a plan changed mid-cycle) and the stream go on as one
_MOVED_MAX_DAYS = 12
#: charges a group needs to hold a stream before a cut and one after (three and two), and how
#: many of its longest gaps are tried as the cut
_MOVED_PARTS_MIN = 5
_MOVED_CUTS_TRIED = 3
_MAX_STEP = 2.0  # a price may at most double (or halve) from one charge to the next
#: ... but an introductory price may end at several times itself (:func:`_intro_price_ended`)
_INTRO_STEP = 10.0
_MAX_CHAIN_GROUP = 80  # larger same-amount groups are habits, not hidden subscriptions
#: A merchant charging more often than this a month is a habit (coffee, groceries, rides): no
#: stream is searched for among its charges by amount (step 4 would reject it anyway).
_BUSY_PER_MONTH = 8.0
#: A day-based rhythm whose amounts spread more than this about their mean (relative to it) is a
#: habit, not a subscription or a wage.
_WANDERING = 0.25
_ONE_OFFS_PER_MONTH = 1.5  # a merchant busier than this with one-offs hides no stream
_ONE_OFFS_PER_PERIOD = 1.0  # nor one with more one-offs than the stream has charges
#: Of its same-amount group a chain must hold this much: a few one-offs may share its price, but
#: a regular-looking run cut out of a habit (three haircuts a month apart) does not pass.
_CHAIN_SHARE = 0.75
_YEAR_SLACK_DAYS = 3  # an annual renewal posts within this many days of its anniversary
_YEAR_DAYS = 365  # a year on, give or take the leap day
#: Expected pairs of the merchant's charges near an amount (within 5%) sharing it to the cent by
#: chance, above which a yearly chain at that amount may be chance too.
_CHANCE_PAIRS = 0.5
#: A stream this many months apart or more has few charges, so among a merchant's one-off
#: purchases three of them fall near one amount half a year apart by chance.
_FEW_A_YEAR_MONTHS = 3


class Dated(Protocol):
    """What splitting needs of a charge (:class:`~finapp.core.recurrence.Charge` has it)."""

    @property
    def id(self) -> int: ...
    @property
    def posted(self) -> date: ...
    @property
    def amount_minor(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def is_transfer(self) -> bool: ...


T = TypeVar("T", bound=Dated)


def split_streams(side: list[T], trial_dates: list[date]) -> list[list[T]]:
    """The streams among one merchant's charges in one direction, each sorted by date."""
    lanes = _same_day_lanes(side)
    if lanes:
        return [stream for lane in lanes for stream in split_streams(lane, trial_dates)]
    if _accept(side, trial_dates, whole=True):
        return _interleaved(side, trial_dates) or [side]
    streams = _by_amount(side, trial_dates)
    claimed = {c.id for stream in streams for c in stream}
    return streams + _yearly_chains([c for c in side if c.id not in claimed], side)


def _same_day_lanes(side: list[T]) -> list[list[T]]:
    """The charges of a merchant that always charges the same number of times a day, two or
    more, in that many lanes (each day's charges in the order of their words, then amount):
    two people's identical policies (UnitedHealthcare's AARP Medigap for Robert and for Linda,
    218.40 each on the 15th) are two monthly bills, where a rhythm with gaps of no days was
    none at all. A merchant that charges twice on some days only is judged as it is."""
    per_day: dict[date, list[T]] = defaultdict(list)
    for charge in side:
        per_day[charge.posted].append(charge)
    counts = {len(charges) for charges in per_day.values()}
    if len(counts) != 1 or (lanes := counts.pop()) < 2 or len(per_day) < 2:
        return []
    ordered = [
        sorted(charges, key=lambda c: (c.text, abs(c.amount_minor), c.id))
        for _, charges in sorted(per_day.items())
    ]
    return [[charges[lane] for charges in ordered] for lane in range(lanes)]


def _interleaved(side: list[T], trial_dates: list[date]) -> list[list[T]]:
    """Two month-based streams at one merchant whose charges take turns, which together keep a
    rhythm twice as fast: each apart when each is a stream of its own and their amounts differ
    (beyond 5%); none when the rhythm is one stream's.

    A couple's Social Security (2,540.30 on the second Wednesday, 1,357.20 on the fourth, both
    "SSA TREAS 310 XXSOC SEC") is two monthly payments, not one twice-monthly stream whose amount
    jumps every fortnight; so are two plans billed on the 5th and the 20th. A twice-monthly wage
    varies within a few percent: one amount group, one stream.
    """
    whole = fit_cadence([c.posted for c in side])
    if whole is None or whole.months or len(side) < 2 * _TURNS_MIN:
        return []
    groups = _amount_groups(side)
    if len(groups) != 2 or len(groups[0]) + len(groups[1]) != len(side):
        return []
    first = {c.id for c in groups[0]}
    turns = [c.id in first for c in side]
    if any(a == b for a, b in itertools.pairwise(turns)):
        return []  # not taking turns: one stream whose price changed, or one-offs
    for group in groups:
        cadence = fit_cadence([c.posted for c in group])
        if cadence is None or not cadence.months or not _accept(group, trial_dates, whole=False):
            return []
    return groups


#: charges each of two interleaved streams needs (:func:`_interleaved`)
_TURNS_MIN = 3


def _by_amount(side: list[T], trial_dates: list[date]) -> list[list[T]]:
    """Steps 2 to 4: streams among amount groups that stand out from the one-off charges."""
    found: list[list[T]] = []
    chained: list[list[T]] = []
    cut: list[tuple[list[T], list[T]]] = []
    months = max(1.0, (side[-1].posted - side[0].posted).days / 30.44)
    if len(side) / months > _BUSY_PER_MONTH:
        return []
    for group in _amount_groups(side):
        if _accept(group, trial_dates, whole=False):
            found.append(group)
        elif len(group) <= _MAX_CHAIN_GROUP:
            parts = _moved_parts(group, trial_dates)
            if parts is not None:
                cut.append(parts)
            else:
                chained.extend(_chains(group, trial_dates))
    halves = [half for pair in cut for half in pair]
    regular = {c.id for stream in [*found, *chained, *halves] for c in stream}
    one_offs = [c.posted for c in side if c.id not in regular]
    kept = [s for s in found + chained if _stands_out(s, one_offs)]
    for before, after in cut:
        kept += _cut_streams(before, after, one_offs)
    claimed = {c.id for stream in kept for c in stream}
    spare = [c for c in side if c.id not in claimed]
    return _join_changes([_extend(stream, spare) for stream in kept])


def _yearly_chains(spare: list[T], side: list[T]) -> list[list[T]]:
    """Step 5: each exact price of ``spare`` charged only once a year, on its anniversary."""
    by_price: dict[int, list[T]] = defaultdict(list)
    for charge in side:
        by_price[charge.amount_minor].append(charge)
    spare_ids = None if len(spare) == len(side) else {c.id for c in spare}  # None: all spare
    sizes: list[int] = []  # sorted when first asked: few prices get that far
    chains: list[list[T]] = []
    for same in by_price.values():
        if (
            len(same) < 2
            or (spare_ids is not None and not all(c.id in spare_ids for c in same))
            or not _yearly(same)
        ):
            continue
        sizes = sizes or sorted(abs(c.amount_minor) for c in side)
        if _crowded(abs(same[0].amount_minor), sizes, len(same)):
            continue
        chain = _renewed_at_other_prices(same, spare, chains)
        if _reads_differently(chain, side):
            chains.append(chain)
    return chains


def _renewed_at_other_prices(chain: list[T], spare: list[T], taken: list[list[T]]) -> list[T]:
    """``chain`` with its renewals at another price on its anniversaries, before and after:
    Costco's membership renewed at 120.00, then at 130.00 twice, each printed "COSTCO *ANNUAL
    RENEWAL". Such a renewal prints every word the chain's charges share (so none of the
    warehouse's baskets is taken for one), within a year's price drift, the only such charge
    within days of the anniversary."""
    words = set.intersection(*(set(descriptor_words(c.text, "")) for c in chain))
    claimed = {c.id for c in chain} | {c.id for other in taken for c in other}
    pool = [c for c in spare if c.id not in claimed and words <= set(descriptor_words(c.text, ""))]
    chain = list(chain)
    while pool and (earlier := _on_anniversary(pool, chain[0], -1)) is not None:
        chain.insert(0, earlier)
    while pool and (later := _on_anniversary(pool, chain[-1], 1)) is not None:
        chain.append(later)
    return chain


def _on_anniversary(pool: list[T], charge: T, years: int) -> T | None:
    """The one charge of ``pool`` within days of ``charge``'s anniversary ``years`` on (or
    back) at a price it may have become in a year; None when there is none, or more."""
    due = month_date(charge.posted, 12 * years, charge.posted.day)
    near = [
        c
        for c in pool
        if abs((c.posted - due).days) <= _YEAR_SLACK_DAYS
        and _close(c.amount_minor, charge.amount_minor, _ANNUAL_DRIFT)
    ]
    return near[0] if len(near) == 1 else None


def _reads_differently(chain: list[T], side: list[T]) -> bool:
    """Whether every charge of ``chain`` prints a word no other charge of ``side`` prints."""
    own = {c.id for c in chain}
    shared = set.intersection(*(set(descriptor_words(c.text, "")) for c in chain))
    for charge in side:
        if charge.id not in own:
            shared.difference_update(descriptor_words(charge.text, ""))
    return bool(shared)


def _yearly(charges: Sequence[Dated]) -> bool:
    """Each charge within a few days of the previous one's anniversary.

    An anniversary is 365 or 366 days on, so a pair further apart than that by more than the
    slack is no year apart, told without the calendar: most pairs of a busy merchant's price
    are weeks apart, and working out each one's anniversary was a third of this step's time.
    """
    return all(
        abs((b.posted - a.posted).days - _YEAR_DAYS) <= _YEAR_SLACK_DAYS + 1
        and abs((b.posted - month_date(a.posted, 12, a.posted.day)).days) <= _YEAR_SLACK_DAYS
        for a, b in itertools.pairwise(charges)
    )


def _crowded(size: int, sizes: list[int], own: int) -> bool:
    """Whether the merchant's other charges near ``size`` are dense enough to share it by chance:
    ``n`` charges spread over a 10% band of ``w`` cents make about n²/2w equal pairs."""
    low = bisect.bisect_left(sizes, size * (1 - _SAME_AMOUNT))
    high = bisect.bisect_right(sizes, size * (1 + _SAME_AMOUNT))
    near = high - low - own
    return near * near / (2 * 2 * _SAME_AMOUNT * size) > _CHANCE_PAIRS


def _accept(charges: Sequence[Dated], trial_dates: list[date], whole: bool) -> bool:
    dates = [c.posted for c in charges]
    cadence = fit_cadence(dates) or _tax_fit(charges, dates)
    if cadence is None:
        return False
    if len(dates) == 2 and cadence.name == "annual":
        first, second = charges[0].amount_minor, charges[1].amount_minor
        return _close(first, second, _ANNUAL_DRIFT if whole else _SAME_AMOUNT)
    needed = cadence.min_count - (1 if after_trial(dates[0], trial_dates) else 0)
    if len(dates) < max(needed, 2):
        return False
    if cadence.months > 0 or cadence.name == "semimonthly":
        return True
    # a weekly rhythm with wandering amounts is a shopping habit, not a subscription or a wage
    return _spread(charges) <= _WANDERING and not _shopping(charges)


def _tax_fit(charges: Sequence[Dated], dates: list[date]) -> Cadence | None:
    """The cadence of a tax paid in instalments with months off its one break shows (the
    taxe foncière's ten, January to October: :func:`finapp.core.months_off.a_tax`), or None.
    Asked only of charges that fit no cadence otherwise: few do, and fewer read as a tax."""
    first, last = charges[0], charges[-1]
    return fit_cadence(dates, tax=True) if a_tax(first.text, last.text, last.amount_minor) else None


def after_trial(first: date, trial_dates: list[date], window_days: int = 45) -> bool:
    """Whether a free-trial marker came shortly before a stream's first charge."""
    return any(0 < (first - t).days <= window_days for t in trial_dates)


def _close(a: int, b: int, tolerance: float = _SAME_AMOUNT) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def _spread(charges: Sequence[Dated]) -> float:
    """How far the charges' amounts spread about their mean (:func:`.streams.spread`)."""
    return spread([c.amount_minor for c in charges])


def _shopping(charges: Sequence[Dated]) -> bool:
    """Whether a day-based rhythm of charges is shopping: paid out at a shop, at amounts that
    spread like baskets of goods and never settle on a price (see the module's docstring)."""
    amounts = [c.amount_minor for c in charges]
    if amounts[-1] > 0 or any(c.is_transfer for c in charges):
        return False
    return wanders(amounts) and not names_a_party([c.text for c in charges])


def _amount_groups(side: list[T]) -> list[list[T]]:
    """Charges chained by amount: each within 5% of the previous one (by size)."""
    ordered = sorted(side, key=lambda c: abs(c.amount_minor))
    groups: list[list[T]] = [[ordered[0]]]
    for charge in ordered[1:]:
        if _close(groups[-1][-1].amount_minor, charge.amount_minor):
            groups[-1].append(charge)
        else:
            groups.append([charge])
    return [sorted(g, key=lambda c: (c.posted, c.id)) for g in groups if len(g) >= 2]


def _chains(group: list[T], trial_dates: list[date]) -> list[list[T]]:
    """The chain of charges on one cadence inside a same-amount group with one-offs mixed in.

    The chain must hold most of the group, so there is at most one, and it ends at one of the
    group's last few charges.
    """
    if len(group) < 4:  # a chain leaves one charge out and has at least three
        return []
    need = math.ceil(_CHAIN_SHARE * len(group))
    span = (group[-1].posted - group[0].posted).days
    dates = [c.posted for c in group]
    gaps = [(b - a).days for a, b in itertools.pairwise(dates)]
    one_offs = len(group) - need
    for cadence in CADENCES:
        if cadence.min_count < 3 or span / cadence.days + 1 < need:
            continue
        low, high = cadence.gap_range
        # each one-off breaks at most two of the chain's gaps; the rest are gaps of the group
        if sum(1 for gap in gaps if low <= gap <= high) < need - 1 - 2 * one_offs:
            continue
        for end in range(len(group) - 1, len(group) - 2 - (len(group) - need), -1):
            chain = _chain_back(group, dates, end, cadence)
            if len(chain) >= max(need, cadence.min_count) and (
                fit_cadence([c.posted for c in chain]) is cadence
                and _accept(chain, trial_dates, whole=False)
            ):
                return [chain]
    return []


def _cut_streams(before: list[T], after: list[T], one_offs: list[date]) -> list[list[T]]:
    """The streams of a group cut in two (:func:`_moved_parts`) that stand out: the two as one
    when ``after`` goes on from ``before`` (its billing day moved: judged by ``before``, as two
    charges since the move are no rhythm of their own yet), else each that does."""
    if not _stands_out(before, one_offs):
        return [after] if _stands_out(after, one_offs) else []
    if continues(before, after):
        return [[*before, *after]]
    return [before, after] if _stands_out(after, one_offs) else [before]


def _moved_parts(group: list[T], trial_dates: list[date]) -> tuple[list[T], list[T]] | None:
    """A same-amount group of one price charged on a new day from some renewal on: the charges
    before, a stream of their own, and those after, which go on from them (:func:`continues`:
    the billing day moved, two charges or more on the same cadence since) or are a stream of
    their own (resumed after a pause, on another day); None when the group holds no such cut.

    The group is cut only where a month-based period has passed and more than a posting's lag,
    at its few longest such gaps (a move or a pause is one of them; one-offs make many).
    """
    if len(group) < _MOVED_PARTS_MIN:
        return None
    dates = [c.posted for c in group]
    between = [(b - a).days for a, b in itertools.pairwise(dates)]
    ranges = [c.gap_range for c in CADENCES if c.months]
    if sum(1 for gap in between if not any(low <= gap <= high for low, high in ranges)) > 1:
        return None  # one gap apart, the group keeps a month-based rhythm: else it is one-offs
    shortest = min(c.days for c in CADENCES if c.months) + _SLACK_DAYS
    gaps = {cut: between[cut - 1] for cut in range(2, len(group) - 1)}
    cuts = sorted((cut for cut, gap in gaps.items() if gap > shortest), key=lambda c: -gaps[c])
    for cut in cuts[:_MOVED_CUTS_TRIED]:
        before, after = group[:cut], group[cut:]
        if _accept(before, trial_dates, whole=False) and (
            continues(before, after) or _accept(after, trial_dates, whole=False)
        ):
            return before, after
    return None


def _chain_back(charges: list[T], dates: list[date], end: int, cadence: Cadence) -> list[T]:
    period = round(cadence.months * 30.44) if cadence.months else cadence.days
    chain = [charges[end]]
    while True:
        current = chain[-1].posted
        target = current - timedelta(days=period)
        low = bisect.bisect_left(dates, target - timedelta(days=_SLACK_DAYS))
        high = bisect.bisect_right(dates, min(target + timedelta(days=_SLACK_DAYS), current))
        near = [c for c in charges[low:high] if c.posted < current]
        if not near:
            return chain[::-1]
        chain.append(min(near, key=lambda c: abs((c.posted - target).days)))


def _extend(stream: list[T], spare: list[T]) -> list[T]:
    """Take in the spare charges that continue ``stream`` on schedule at a changed price."""
    stream = list(stream)
    cadence = fit_cadence([c.posted for c in stream])
    if cadence is None:
        return stream
    for forward in (True, False):
        while True:
            edge = stream[-1] if forward else stream[0]
            match = _charge_near(spare, _expected(stream, cadence, forward), edge.amount_minor)
            if match is None:
                break
            spare.remove(match)
            stream = [*stream, match] if forward else [match, *stream]
    return _intro_price_ended(stream, spare, cadence)


def _intro_price_ended(stream: list[T], spare: list[T], cadence: Cadence) -> list[T]:
    """``stream`` with the merchant's other charges when they are all its next charges, on
    schedule, at one higher price: an introductory price that ended.

    The New York Times charges 4.00 every four weeks for a year, then 17.00: more than the
    double a price may otherwise step by (:func:`plausible_step`), so the first and second
    17.00 charges were no part of the stream, which was listed as lapsed, with no reminder of
    its next charge, until a third made the new price a stream of its own. Only where the
    merchant charges nothing else: a purchase at a shop that sells other things is no price.
    """
    if not spare or len({c.amount_minor for c in spare}) > 1:
        return stream
    before, after = abs(stream[-1].amount_minor), abs(spare[0].amount_minor)
    if not before < after <= _INTRO_STEP * before:
        return stream
    ended = list(stream)
    for charge in sorted(spare, key=lambda c: c.posted):
        if abs((charge.posted - _expected(ended, cadence, True)).days) > _SLACK_DAYS:
            return stream
        ended.append(charge)
    spare.clear()
    return ended


def _expected(stream: Sequence[Dated], cadence: Cadence, forward: bool) -> date:
    dates = [c.posted for c in stream]
    if forward:
        return next_date(dates, cadence)
    if cadence.months:
        return month_date(dates[0], -cadence.months, nominal_day(dates))
    return dates[0] - timedelta(days=cadence.days)


def _charge_near(spare: list[T], expected: date, amount: int) -> T | None:
    """The one spare charge near ``expected`` at a plausible new price; None when ambiguous."""
    near = [
        c
        for c in spare
        if abs((c.posted - expected).days) <= _SLACK_DAYS and plausible_step(amount, c.amount_minor)
    ]
    return near[0] if len(near) == 1 else None


def _repeats_a_price(stream: Sequence[Dated]) -> bool:
    """Whether two of the stream's charges are of one amount to the cent: a price."""
    amounts = [c.amount_minor for c in stream]
    return len(set(amounts)) < len(amounts)


def _join_changes(found: list[list[T]]) -> list[list[T]]:
    """Join streams of one merchant where one ends and the next begins on schedule."""
    found.sort(key=lambda s: s[0].posted)
    joined: list[list[T]] = []
    for stream in found:
        for earlier in joined:
            if continues(earlier, stream):
                earlier.extend(stream)
                break
        else:
            joined.append(stream)
    return joined


def continues(earlier: Sequence[Dated], later: Sequence[Dated]) -> bool:
    """Whether ``later`` begins where ``earlier`` ends, on its schedule: its first charge comes
    when ``earlier``'s next was due (within days) and the two keep one cadence together; or
    the billing day moved later at that renewal (by up to :data:`_MOVED_MAX_DAYS`) and
    ``later``, two charges or more, keeps the cadence's gaps from its new day."""
    if earlier[-1].posted >= later[0].posted:
        return False
    cadence = fit_cadence([c.posted for c in earlier])
    if cadence is None:
        return False
    late = (later[0].posted - _expected(earlier, cadence, True)).days
    if abs(late) <= _SLACK_DAYS:
        return fit_cadence([c.posted for c in [*earlier, *later]]) is cadence
    low, high = cadence.gap_range
    gaps = [(b.posted - a.posted).days for a, b in itertools.pairwise(later)]
    return (
        cadence.months > 0
        and late <= _MOVED_MAX_DAYS
        and bool(gaps)  # two charges or more: one late charge is no move
        and low <= min(gaps)
        and max(gaps) <= high
    )


def plausible_step(before: int, after: int) -> bool:
    """Whether a price of ``before`` may have become ``after`` (at most double, or half)."""
    return 1 / _MAX_STEP <= after / before <= _MAX_STEP


def _stands_out(stream: Sequence[Dated], one_offs: list[date]) -> bool:
    """Step 4, and: a quarterly or rarer stream among the merchant's one-offs must charge one
    of its amounts twice to the cent (see the module's docstring)."""
    own = {c.posted for c in stream}
    one_offs = [d for d in one_offs if d not in own]
    dates = [c.posted for c in stream]
    cadence = fit_cadence(dates)
    if cadence is None:
        return False
    period = timedelta(days=cadence.days)
    start, end = dates[0] - period, dates[-1] + period
    among = sum(1 for d in one_offs if start <= d <= end)
    if among and cadence.months >= _FEW_A_YEAR_MONTHS and not _repeats_a_price(stream):
        return False
    days = (end - start).days
    allowed = min(_ONE_OFFS_PER_MONTH * days / 30.44, _ONE_OFFS_PER_PERIOD * days / cadence.days)
    return among <= allowed
