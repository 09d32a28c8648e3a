"""Which group a recurring stream belongs to, and which two streams are one own-account transfer.

A household reads its recurring money in five groups, each with its own question:

- **Subscriptions**: services one chose and can cancel (streaming, software, a gym, a box).
- **Bills**: what running the home costs and is hard to drop — housing, utilities, telecom,
  insurance, loans, taxes, childcare.
- **Regular spending** (habits): everyday purchases that happen to come round on a schedule at
  whatever they cost that time — a taxi ride on the 7th of each month, the big grocery shop on
  the 14th, a train ticket bought monthly at that day's fare. Nothing to renew or cancel.
- **Income**: money coming in (salary, interest), where a change up is good news.
- **Transfers**: money moved between one's own accounts (a card payment, a savings top-up), which
  is neither spent nor earned; both of its sides are seen, so a pair is one transfer.

The rule, first match wins:

1. *Transfers*: the detector called the stream a transfer (its descriptor reads like a card
   payment or a move to savings), its charges are linked to charges on another of the user's
   accounts, or the user filed it under a transfer category.
2. *Income*: money comes in (the latest amount is positive), the detector said income, or it is
   filed under an income category.
3. A stream added by hand keeps the kind the user gave it (subscription or bill).
4. *Bills*: filed under a category whose top level is a bill's (:data:`BILL_ROOTS`: Housing,
   Bills & Utilities, Insurance, Loans, Taxes, Childcare…): a utility the user filed under
   Bills stays a bill however its amount moves.
5. *Regular spending*: filed under an everyday purchase's category (:data:`PURCHASE_ROOTS`:
   Food, Transport, Shopping, 餐饮, 交通…), monthly or more often, at amounts that never settle
   on a price (no amount is more than a third of them,
   :func:`finapp.core.streams.settles_on_price`: 滴滴出行 at 23.50, 41.70, 30.00…; 盒马鲜生's
   650.20, 626.80, 663.20…; dinners at one pizzeria, 23.40, 24.10, 22.80). A car insurance
   premium or a yearly membership filed there, dearer at each renewal, is not.
   The detector calls such a stream a bill (its amount changes nearly every time, as a meter's
   does), but a ride or a grocery shop is no bill one renews or cancels.
   So is a run at one price the detector cut out of a shop's purchases at several prices
   (:func:`cut_from_purchases`): Starbucks at 6.45, 5.95 and 7.25 on any day gave a "monthly
   5.95" and a "four-weekly 7.25", each "expected on 2026-04-10 but not charged". The same
   account's other purchases there, over the run's span, at other prices and on other days,
   are at least as many as the run's charges, and the run keeps no day of its own (a cycle
   without its charge, or its days wander more than lag and a weekend do). A meal-kit box
   beside a one-off order (the box is most of the brand's charges) and Amazon Prime or a coffee
   subscription charged on its day every month among the shop's orders stay what they were.
6. Filed under any other category it is a *Subscription*: the user's filing says more than the
   descriptor's words. Filed under an everyday purchase's category at one price the detector's
   kind stands: a meal-kit plan or a monthly transit pass is a subscription. So it does under
   Education and Children (:data:`EITHER_ROOTS`), which hold a Duolingo plan or a kids' app as
   often as the tuition or the Kita's fee: the descriptor's words (TUITION, KITA,
   ELTERNBEITRAG) tell the bill.
7. Not filed (uncategorised), or filed by how it was paid rather than what for (Person to
   Person: rent by Zelle, a cleaner by Venmo): the detector's kind
   (:func:`finapp.core.streams.stream_kind`) — a bill when its descriptor names a utility,
   phone company, insurer, lender, rent or a landlord (PROPERTY, APTS, MGMT…), when it is sent
   to a person (a payment app's 转账 to 妈妈, Zelle, an e-Transfer), when its amount changes
   nearly every time (metered: electricity under a name no rule knows), or when the bank sent
   500.00 or more a time from a checking account (ACH, Zelle: rent to a landlord no rule
   knows); else a subscription.

What regular spending is for the rest of finapp: it has no kind of commitment
(:data:`GROUP_KINDS` holds none for it), so it raises no renewal reminder, lapse, price change
or "charged after you cancelled it", is on no renewals calendar, and counts in neither the
subscriptions' audit and cap nor what subscriptions and bills cost a year. The balance forecast
keeps it: it is money that goes out every month, and a forecast without the month's grocery
shop would promise a balance the household never sees. The Subscriptions page lists it in its
own group, folded at first, as income and transfers are.

Pure: the service reads the categories, amounts and transfer links from the store and hands
them over.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from finapp.core.cadence import BY_NAME, Cadence, schedule_offsets
from finapp.core.category_kinds import CategoryKind
from finapp.core.subscription_states import StreamKind

SUBSCRIPTIONS, BILLS, INCOME, TRANSFERS = "subscriptions", "bills", "income", "transfers"
#: everyday purchases on a schedule at wandering amounts (the page's "Regular spending")
HABITS = "habits"
#: The groups in the order they are shown.
GROUPS = (SUBSCRIPTIONS, BILLS, HABITS, INCOME, TRANSFERS)
#: What a stream in each group is. The one definition of a subscription: the Subscriptions
#: page's group, the audit's lines, the Health page's count and cap and the year in review all
#: count a stream as its group says (rent filed under Housing is a bill on every page at once).
#: Regular spending (:data:`HABITS`) is none of these: no commitment to remind of or to cost.
GROUP_KINDS: dict[str, StreamKind] = {
    SUBSCRIPTIONS: StreamKind.SUBSCRIPTION,
    BILLS: StreamKind.BILL,
    INCOME: StreamKind.INCOME,
    TRANSFERS: StreamKind.TRANSFER,
}
#: what the command line calls a stream of regular spending where it names a kind
HABIT = "habit"

#: Top-level category names (casefolded) whose streams are bills: the shipped tree's, and the
#: names a user commonly gives such a category of their own.
BILL_ROOTS = frozenset(
    {
        "housing",
        "bills & utilities",
        "bills",
        "utilities",
        "insurance",
        "loans",
        "debt",
        "taxes",
        "childcare",
        "住房",
        "房租",
        "水电煤",
        "生活缴费",
        "账单",
        "保险",
        "贷款",
        "税费",
    }
)
#: Top-level category names (casefolded) of everyday purchases: meals, groceries, fuel, shopping,
#: bought when one needs them at whatever the basket comes to. The shipped tree's (Food,
#: Transport, Shopping) and the names a user or a bank's export commonly gives them.
PURCHASE_ROOTS = frozenset(
    {
        "food",
        "food & drink",
        "food & dining",
        "dining",
        "restaurants",
        "groceries",
        "transport",
        "auto & transport",
        "gas",
        "fuel",
        "shopping",
        "餐饮",
        "餐饮美食",
        "购物",
        "交通",
        "交通出行",
    }
)
#: how many times a year regular spending comes at least: monthly, or more often
_EVERYDAY_PER_YEAR = 12
#: Top-level category names (casefolded) that hold subscriptions and bills alike: a language
#: app and the tuition, a kids' streaming plan and the Kita's fee.
EITHER_ROOTS = frozenset({"education", "children", "kids", "教育", "子女", "孩子"})
#: categories that say nothing about what a stream is: none, or only how it was paid
_UNFILED = frozenset({"", "uncategorized", "uncategorised", "未分类", "person to person"})


def unfiled(category: str | None, separator: str = ":") -> bool:
    """Whether a category path says nothing of what the money was for: none, or only how it
    was paid (rent by Zelle filed under Person to Person)."""
    return (category or "").split(separator)[0].strip().casefold() in _UNFILED


@dataclass(frozen=True, slots=True)
class StreamFacts:
    """What the grouping reads of one stream."""

    kind: str  # the detector's (or, added by hand, the user's) kind, see core.streams.KINDS
    incoming: bool  # the latest amount is money in
    manual: bool
    #: the category most of its charges are filed under ("Bills & Utilities:Water"), or None
    category: str | None = None
    #: that category's kind: expense, income or transfer
    category_kind: str | None = None
    #: some of its charges are linked to charges on another of the user's accounts
    linked_transfer: bool = False
    #: its latest amounts never settle on a price, as a ride's or a basket's
    #: (:func:`finapp.core.streams.settles_on_price`)
    no_price: bool = False
    #: how often it comes (:data:`finapp.core.cadence.BY_NAME`); "" when not known
    cadence: str = ""
    #: its one price is a run cut out of the same account's purchases at that merchant at
    #: other prices, on no day of its own (:func:`cut_from_purchases`): coffees, not a plan
    among_purchases: bool = False


def stream_group(facts: StreamFacts, separator: str = ":") -> str:
    """The group of one stream, by the rule in the module's docstring."""
    if (
        facts.kind == StreamKind.TRANSFER
        or facts.linked_transfer
        or facts.category_kind == CategoryKind.TRANSFER
    ):
        return TRANSFERS
    if (
        facts.incoming
        or facts.kind == StreamKind.INCOME
        or facts.category_kind == CategoryKind.INCOME
    ):
        return INCOME
    if facts.manual or unfiled(facts.category, separator):
        return BILLS if facts.kind == StreamKind.BILL else SUBSCRIPTIONS
    root = (facts.category or "").split(separator)[0].strip().casefold()
    if root in BILL_ROOTS:
        return BILLS
    everyday = facts.no_price or facts.among_purchases
    if root in PURCHASE_ROOTS and everyday and _often(facts.cadence):
        return HABITS
    detector_decides = root in PURCHASE_ROOTS or root in EITHER_ROOTS
    return BILLS if detector_decides and facts.kind == StreamKind.BILL else SUBSCRIPTIONS


def turns_on_purchases(facts: StreamFacts, separator: str = ":") -> bool:
    """Whether a stream's group turns on the purchases beside it at its merchant
    (:func:`cut_from_purchases`): only one filed under an everyday purchase's category, monthly
    or more often, at one price, is regular spending when they say it is. The rest is placed
    without reading them."""
    return stream_group(facts, separator) != HABITS and (
        stream_group(replace(facts, among_purchases=True), separator) == HABITS
    )


#: days a billing day's postings spread over (card lag, a weekend): a plan charged on its day
#: every cycle stays within them, coffees that happened to cost the same rarely do
_OWN_DAY_SPREAD = 4


def cut_from_purchases(
    own: Sequence[tuple[date, int]], others: Sequence[tuple[date, int]], cadence: str
) -> bool:
    """Whether a stream at one price (``own``: its charges' days and amounts) is only some of a
    shop's purchases (``others``: the same account's other charges at that merchant).

    Detection finds a rhythm in any one price of a coffee shop's: Starbucks at 6.45, 5.95 and
    7.25 on any day gave a monthly 5.95 (11-10, 12-14, 02-06, 03-10) and a four-weekly 7.25,
    each then "expected but not charged". It is one when the purchases over its span at other
    prices and on other days are as many as its own charges or more, and it keeps no day of its
    own. A meal-kit box beside a one-off order from the same brand is most of the brand's
    charges; Amazon Prime among the household's Amazon orders, or a coffee subscription beside
    the cafe's coffees, is charged on its day every cycle: neither is cut from purchases."""
    known = BY_NAME.get(cadence)
    days = sorted(day for day, _ in own)
    if known is None or len(days) < 2:
        return False
    prices = {amount for _, amount in own}
    charged_on = set(days)
    besides = [
        day
        for day, amount in others
        if days[0] <= day <= days[-1] and amount not in prices and day not in charged_on
    ]
    return len(besides) >= len(days) and not _keeps_its_day(days, known)


def _keeps_its_day(days: list[date], cadence: Cadence) -> bool:
    """Whether charges (oldest first) come every cycle, each on its day give or take lag and a
    weekend, as a plan's do."""
    period = cadence.months * 30.44 if cadence.months else cadence.days
    if round((days[-1] - days[0]).days / period) > len(days) - 1:
        return False  # a cycle without its charge
    offsets = schedule_offsets(days, cadence)
    return max(offsets) - min(offsets) <= _OWN_DAY_SPREAD


def _often(cadence: str) -> bool:
    """Whether a stream comes at least monthly, as shopping does: a yearly membership or a car
    insurance premium filed under Shopping or Transport, dearer at each renewal, is no habit."""
    known = BY_NAME.get(cadence)
    return known is not None and known.per_year >= _EVERYDAY_PER_YEAR


def kind_word(group: str) -> str:
    """The kind a stream of ``group`` is said to be where a kind is named (the command line's
    ``kind``): its group's (:data:`GROUP_KINDS`), or ``habit`` for regular spending."""
    return GROUP_KINDS.get(group, HABIT)


@dataclass(frozen=True, slots=True)
class TransferSide:
    """One side of a recurring own-account transfer."""

    outgoing: bool
    #: how many of its charges are linked to each other stream (by that stream's id)
    linked: Mapping[int, int]


def pair_transfers(sides: Mapping[int, TransferSide]) -> dict[int, int]:
    """Outgoing stream id → the incoming stream that is its other side.

    A card payment leaves the checking account and arrives on the card: two streams, one
    transfer. Each outgoing stream is paired with the incoming stream most of its charges are
    linked to (the lower id on a tie); an incoming stream is the other side of one stream only.
    """
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for out_id in sorted(i for i, side in sides.items() if side.outgoing):
        candidates = [
            (-count, in_id)
            for in_id, count in sides[out_id].linked.items()
            if in_id in sides and not sides[in_id].outgoing and in_id not in taken and count > 0
        ]
        if candidates:
            in_id = min(candidates)[1]
            pairs[out_id] = in_id
            taken.add(in_id)
    return pairs
