"""What a recurring stream is: its kind, its amounts, and how its price changed.

Kept apart from the detection in :mod:`finapp.core.recurrence` so the same rules describe a
stream the user merged or split by hand.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from finapp.core.card_payments import own_move_words
from finapp.core.running_rank import median_low
from finapp.core.subscription_states import StreamKind

#: Words of the household's bills: utilities, telecom, insurance (health insurers and Medigap
#: premiums too), housing, loans, taxes; in German and French too (a liability policy's "Privat-
#: haftpflicht Vers.-Nr.", the electricity "Abschlag", the broadcasting levy, "Miete", "loyer",
#: "assurance", a Kita's parents' fee, "Elternbeitrag"), childcare among them.
_BILL = re.compile(
    r"ELECTRIC|ENERGY|POWER|\bGAS\b|WATER|UTILIT|SEWER|WASTE|INSURANCE|\bINS\b|MORTGAGE|\bRENT\b|"
    r"LOAN|COMCAST|XFINITY|SPECTRUM|INTERNET|WIRELESS|TELECOM|\bHYDRO\b|ENBRIDGE|"
    r"GEICO|STATE\s*FARM|PROGRESSIVE|ALLSTATE|PG&E|PGANDE|CON\s*ED|\bHOA\b|DAYCARE|TUITION|"
    r"MEDSUPP|MEDIGAP|UNITEDHEALTH|AETNA|CIGNA|HUMANA|BLUE\s*CROSS|\bBCBS\b|VERSICHERUNG|"
    r"HAFTPFLICHT|HAUSRAT|VERS\.?-NR|ABSCHLAG|\bSTROM\b|STADTWERKE|MIETE\b|HAUSVERWALTUNG|"
    r"NEBENKOSTEN|RUNDFUNK|\bLOYER\b|ASSURANCE|MUTUELLE|"
    r"\bKITA\b|KINDERGARTEN|ELTERNBEITRAG|KINDERBETREUUNG|CHILD\s*CARE|BRIGHT\s*HORIZONS|KINDERCARE|"
    r"\bIRS\b|TAXPYMT|DEPT\.? OF REV|FINANZAMT|\bHMRC\b|COUNCIL\s*TAX|\bATO\b|"
    r"电费|水费|燃气|话费|宽带|物业|房租|幼儿园|托儿所",
    re.IGNORECASE,
)
#: A phone or internet company's name as banks, cards and payment apps print it: its bill is a
#: bill whatever the plan ("ROGERS BPY", "BELL CANADA (OB)", "TELUS MOBILITY", "FIDO MOBILE",
#: "KOODO", "FREEDOM MOBILE", "VIRGIN PLUS", "VZWRLSS*APOCC VISE", "AT&T*BILL PAYMENT",
#: "T-MOBILE AUTOPAY", 中国移动, 中国联通, 中国电信). Bell only with its company's words: "TACO
#: BELL" is a meal.
_TELECOM = re.compile(
    r"\bROGERS\b|\bBELL\s+(?:CANADA|MOBILITY|MTS|ALIANT|FIBE|INTERNET)|\bTELUS\b|\bFIDO\b|"
    r"\bKOODO\b|FREEDOM\s+MOBILE|VIRGIN\s+(?:PLUS|MOBILE)|VERIZON|\bVZW|AT&T|\bATT\b|"
    r"T-MOBILE|TMOBILE|中国移动|中国联通|中国电信|中国广电",
    re.IGNORECASE,
)

#: Words of a utility billed by what was used (gas, electricity, water): its amount follows the
#: meter, so a dearer bill is no new price ("PGANDE DES:WEB ONLINE", "DUKE ENERGY", "TORONTO
#: HYDRO", "ENBRIDGE GAS", 上海燃气, 国网上海市电力, 上海自来水).
_METERED = re.compile(
    r"ELECTRIC|ENERGY|\bGAS\b|\bWATER\b|SEWER|PG&E|PGANDE|CON\s*ED\b|\bHYDRO\b|ENBRIDGE|"
    r"燃气|煤气|天然气|电费|电力|电网|供电|水费|水务|自来水",
    re.IGNORECASE,
)
#: Words of a bank's interest on a balance ("INTEREST PAYMENT", 农业银行's 结息, 交通银行's
#: 存款利息, the stream's name "Interest"): what it pays follows the balance and the rate, so a
#: few yuan more one quarter is no raise.
_INTEREST = re.compile(r"\bINTEREST\b|利息|结息", re.IGNORECASE)

#: A home's rent or mortgage: a bill however it is paid, by Zelle or a 转账 to the landlord, or
#: the bank's 房贷还款 (还款 is also how a card's payment reads), all worded like transfers.
_HOME = re.compile(r"\bRENT\b|房租|租金|MORTGAGE|房贷|住房贷款|按揭", re.IGNORECASE)
#: Payee words of a landlord or the company that runs the building ("OAKWOOD PROPERTY MGMT",
#: "GREENFIELD APTS", "AVALON LEASING"): whoever is paid so, it is the rent, a bill.
_LANDLORD = re.compile(
    r"\bPROPERT(?:Y|IES)\b|\bAPTS?\b|\bAPARTMENTS?\b|\bLANDLORD\b|\bMGMT\b|\bLEASING\b|"
    r"\bREALTY\b|\bRENTALS?\b|\bTENANT\b",
    re.IGNORECASE,
)
#: Words of money sent to or from a person, whoever holds the account: a payment app's 转账
#: (WeChat Pay's is always to another user), Zelle, Venmo, Cash App, an Interac e-Transfer.
_PERSON = re.compile(r"转账|\bZELLE\b|\bVENMO\b|CASH\s*APP|\bE-?TFR\b|E-?TRANSFER", re.IGNORECASE)
#: A payment app's own moves that are worded as a 转账: to one's bank card, a withdrawal, the
#: app's savings funds (the shipped rules file these as Transfers).
_OWN_APP_MOVE = re.compile(r"转账到银行卡|到银行卡|提现|余额宝|零钱通")
#: Words of money given back for a purchase: "REFUND", Alipay's and WeChat Pay's 退款 rows
#: ("退款-双十一 羽绒服"), a return. Refunds follow what was bought, not a schedule: two 双十一
#: returns a year apart are no yearly income.
_REFUND = re.compile(r"REFUND|退款|退货", re.IGNORECASE)
#: How a US bank prints money it sent from a checking account on the payee's or the user's
#: request rather than a card's charge: an ACH entry ("ACH DEBIT", "WEB ID:", "PPD ID:"), a web
#: payment ("WEB PMTS"), the bank's bill pay, Zelle.
_BANK_DEBIT = re.compile(
    r"\bACH\b|\b(?:WEB|PPD|CCD|TEL)\s+ID\b|\bWEB\s+PMTS?\b|\bBILL\s*PAY\b|\bZELLE\b",
    re.IGNORECASE,
)
#: A fixed charge this large (minor units; the bank debits above are dollars) is far above any
#: consumer subscription (the dearest streaming or software plan costs tens of dollars a month):
#: sent from a bank account, it is the rent, a loan, childcare, a premium.
_BILL_SIZE_MINOR = 50_000

#: how often a fixed price must have been left and come back for a stream to have one-offs
_ONE_OFFS = 2
#: how many of a stream's latest charges tell its usual price and how much it varies
PRICE_HISTORY = 6
#: how many charges a variable bill's new charge must top to be a rise: a year of a monthly
#: one, so its seasons (last summer's electricity, last winter's gas) are part of its range
VARIABLE_HISTORY = 12
#: a fixed price's smallest rise worth telling: 1% of the price, at most this many minor units
PRICE_STEP_MINOR = 50
#: days between the charges of a stream renewed once a year (an insurance policy, Amazon Prime),
#: a weekend or a moved billing day either way
YEARLY_GAP_DAYS = 300

#: Amounts paid out settle on a price when one of them is at least this share of the charges (a
#: meal kit of two sizes taken in turn does); a basket of goods, a ride or a fare repeats none.
PRICE_SHARE = 1 / 3
#: ... and they spread about their mean by at least this much: a price charged in another
#: currency wanders by cents, a basket by tens of percent.
BASKET_SPREAD = 0.05

#: the words a kind is spelled with where the user types one (the CLI's ``--kind``)
KINDS: tuple[str, ...] = tuple(kind.value for kind in StreamKind)


@dataclass(frozen=True, slots=True)
class PriceChange:
    """The amount went from ``old_minor`` to ``new_minor`` with the charge on ``date``."""

    date: date
    old_minor: int
    new_minor: int


def stream_kind(texts: list[str], amounts: list[int], transfer_flags: list[bool]) -> StreamKind:
    """subscription, bill, income or transfer, from the descriptors and the amounts.

    A subscription is a service one chose and can cancel at a fixed price (Netflix, Spotify,
    iCloud, a gym). Money out is a bill instead when it is the home's (rent or a mortgage, or a
    payee worded as a landlord or property company: PROPERTY, APTS, MGMT, LEASING...), when it
    is sent to a person (:func:`to_person`: a monthly 转账 to 妈妈, a cleaner paid by Zelle),
    when its descriptor names a utility, phone company, insurer or lender, when its amount
    changes nearly every time (metered), or when the bank sent 500.00 or more a time from a
    checking account (ACH, web payment, bill pay, Zelle). Money from a person is income. The
    user's filing, where there is one, is weighed after this by
    :func:`finapp.core.stream_groups.stream_group`.
    """
    joined = " ".join(set(texts[:2] + texts[-12:]))  # the first and the recent spellings
    incoming = amounts[-1] > 0
    if any(transfer_flags):
        return StreamKind.TRANSFER  # linked to another of the user's accounts
    if not incoming and _HOME.search(joined):
        return StreamKind.BILL
    if to_person(joined, incoming):
        return StreamKind.INCOME if incoming else StreamKind.BILL
    if own_move_words(joined, incoming=incoming):
        return StreamKind.TRANSFER
    if incoming:
        return StreamKind.INCOME
    if (
        _BILL.search(joined)
        or _TELECOM.search(joined)
        or _LANDLORD.search(joined)
        or is_variable(amounts)
        or _large_bank_debit(joined, amounts)
    ):
        return StreamKind.BILL
    return StreamKind.SUBSCRIPTION


def is_refund(text: str) -> bool:
    """Whether money in reads as a refund of a purchase (see ``_REFUND``): never a stream."""
    return _REFUND.search(text) is not None


def to_person(text: str, incoming: bool) -> bool:
    """Whether ``text`` reads as money sent to (or received from) a person, as the shipped rules
    file it (Person to Person, spending in the month report): a payment app's 转账 ("妈妈
    转账备注:生活费 转账"), Zelle, Venmo, Cash App, an Interac e-Transfer ("SEND E-TFR"). Not
    when its other words name a move between one's own accounts: a 转账到银行卡 or 提现 to
    one's card, 余额宝, a card's 还款."""
    if not _PERSON.search(text):
        return False
    return not (_OWN_APP_MOVE.search(text) or own_move_words(_PERSON.sub(" ", text), incoming))


def _large_bank_debit(joined: str, amounts: list[int]) -> bool:
    """A large payment the bank sent from a checking account (ACH, web payment, bill pay,
    Zelle) to a payee no rule knows: a person or a company paid 2,950.00 every month is a bill
    (rent, a nanny, a loan), not a 35,400-a-year subscription. A gym drawn by ACH at 24.99 and
    an annual software plan on a card stay subscriptions."""
    return abs(amounts[-1]) >= _BILL_SIZE_MINOR and _BANK_DEBIT.search(joined) is not None


def is_variable(amounts: list[int]) -> bool:
    """Metered bills change almost every time; a subscription repeats its price (and taxes)."""
    pairs = list(itertools.pairwise(amounts))
    if not pairs:
        return False
    repeats = sum(1 for a, b in pairs if a == b)
    return repeats * 2 < len(pairs)


def spread(amounts: Sequence[int]) -> float:
    """How far the amounts' sizes spread about their mean, relative to it (the coefficient of
    variation): a statistic of the amounts, not money, so a float."""
    sizes = [abs(amount) for amount in amounts]
    mean = sum(sizes) / len(sizes)
    deviation = math.sqrt(sum((size - mean) ** 2 for size in sizes) / len(sizes))
    return deviation / mean if mean else 0.0


def _commonest(amounts: Sequence[int]) -> int:
    """How many times the commonest of ``amounts`` (not empty) comes."""
    return Counter(amounts).most_common(1)[0][1]


def settles_on_price(amounts: Sequence[int]) -> bool:
    """Whether one amount is more than :data:`PRICE_SHARE` of them: a plan's price (through a
    rise or two), a meal kit of two sizes taken in turn. What a ride, a basket of groceries or
    a fare costs does not repeat so (滴滴出行 at 23.50, 41.70, 30.00: three charges, none
    twice)."""
    return bool(amounts) and _commonest(amounts) > PRICE_SHARE * len(amounts)


def wanders(amounts: Sequence[int]) -> bool:
    """Whether amounts spread like baskets of goods: no amount is :data:`PRICE_SHARE` of them
    and they spread by :data:`BASKET_SPREAD` or more, where a price charged in another currency
    moves by cents."""
    return (
        bool(amounts)
        and _commonest(amounts) < PRICE_SHARE * len(amounts)
        and spread(amounts) >= BASKET_SPREAD
    )


def is_metered(texts: list[str], amounts: list[int]) -> bool:
    """Whether a bill is billed by use (gas, electricity, water, by its words) or changes
    almost every time: its changing amount is what was used, never a price rise. Price rises
    are for fixed prices: subscriptions, insurance, a phone plan."""
    return is_variable(amounts) or _metered_words(texts)


def _metered_words(texts: Sequence[str]) -> bool:
    """Whether a descriptor names a utility billed by use (:data:`_METERED`)."""
    return any(_METERED.search(text) for text in texts)


def has_price(
    kind: StreamKind, texts: Sequence[str], amounts: Sequence[int], yearly: bool = False
) -> bool:
    """Whether a stream's amount is a price that changes now and then, whose changes are told
    (the price alerts, the import's history) and kept on its record (:func:`price_changes`):
    the one answer for all of them. Pay has one (a raise). A bill billed by use has none
    (:func:`is_metered`), and neither has a bill whose amount varies (a phone bill's data and
    roaming: its usual amount left and come back more than once, :func:`has_one_offs`): Rogers at
    88.14 after 72.32 is a month of roaming, and 72.32 again is no price cut.

    A stream renewed once a year (``yearly``, :func:`renews_yearly`) is a price however often
    it changed, unless its words name a meter: car insurance at 534.80, then 611.45, then 590.10
    is a premium set anew at each renewal, not a meter's reading.

    Income is pay at a set amount, whose change (a raise) is news. Interest has no price: it
    follows the balance and the rate (交通银行's 存款利息 at 2.36, then 2.96 a quarter later),
    and neither has income whose amount changes nearly every time (commissions, hours worked):
    its changes are the month's, as a metered bill's are."""
    if kind == StreamKind.INCOME:
        return not (any(_INTEREST.search(t) for t in texts) or is_variable(list(amounts)))
    if _metered_words(texts) or (not yearly and is_variable(list(amounts))):
        return False
    return not (kind == StreamKind.BILL and has_one_offs(list(amounts)))


def pay_by_the_hour(
    kind: StreamKind, texts: Sequence[str], sizes: Sequence[int], dates: Sequence[date]
) -> bool:
    """Whether money in is pay whose amount changes nearly every time (hours worked, tips,
    commissions), paid monthly or more often: it has no set amount to raise
    (:func:`has_price`), but a lasting rise of its level is a raise all the same
    (:func:`pay_level_rise`). Interest is no pay: it follows the balance and the rate, and its
    creeping up is no news; nor are a quarterly dividend's or bonus's ups and downs."""
    gaps = sorted((later - earlier).days for earlier, later in itertools.pairwise(dates))
    return (
        kind == StreamKind.INCOME
        and bool(gaps)
        and gaps[median_low(len(gaps))] <= _MONTHLY_GAP_DAYS
        and not any(_INTEREST.search(t) for t in texts)
        and is_variable(list(sizes))
    )


#: the longest usual gap, in days, between the pays of a wage judged by its level
_MONTHLY_GAP_DAYS = 35


#: the pays a varying wage's level is read from: the latest few against the ones before them
_LEVEL_NEW, _LEVEL_OLD = 3, 6
#: how far, in percent, the latest pays' median must stand above the earlier ones' to be a
#: raise (an hourly rate up by a tenth), not a busy month
_LEVEL_RISE_PERCENT = 10


def pay_level_rise(sizes: Sequence[int], i: int) -> tuple[int, int] | None:
    """The (old, new) level of a pay that varies (:func:`pay_by_the_hour`) when pay ``i`` is
    the first to show a lasting rise: itself and the pays just before it, :data:`_LEVEL_NEW`
    in all, each above every one of the :data:`_LEVEL_OLD` before them and their median at
    least :data:`_LEVEL_RISE_PERCENT` above theirs (a cashier's fortnightly 1,180 to 1,260
    becoming 1,330 to 1,410 after a raise of the hourly rate). Told once: not at a pay when one
    of the few before it showed the rise already. A commission's good months among bad ones
    stay inside the old spread, so they are none."""
    if _level_at(sizes, i) is None:
        return None
    if any(_level_at(sizes, j) for j in range(max(0, i - _LEVEL_NEW), i)):
        return None
    return _level_at(sizes, i)


def _level_at(sizes: Sequence[int], i: int) -> tuple[int, int] | None:
    """(old, new) medians when the :data:`_LEVEL_NEW` pays up to ``i`` stand clear above the
    :data:`_LEVEL_OLD` before them, by :data:`_LEVEL_RISE_PERCENT` at least; else None."""
    first = i + 1 - _LEVEL_NEW
    if first < _LEVEL_OLD:
        return None
    new, old = sorted(sizes[first : i + 1]), sorted(sizes[first - _LEVEL_OLD : first])
    if new[0] <= old[-1]:
        return None
    before, after = old[median_low(len(old))], new[median_low(len(new))]
    if after * 100 < before * (100 + _LEVEL_RISE_PERCENT):
        return None
    return before, after


def renews_yearly(kind: StreamKind, dates: Sequence[date]) -> bool:
    """Whether money paid out is charged once a year (or more rarely): an insurance premium,
    Amazon Prime. Each of its charges is a year's price, so its one earlier charge is a price
    that held (it was paid for a year) and a renewal at a higher amount is a price rise, as a
    monthly plan's is after a few months. Pay and interest are left to their own rules."""
    if kind in (StreamKind.INCOME, StreamKind.TRANSFER):
        return False
    gaps = sorted((later - earlier).days for earlier, later in itertools.pairwise(dates))
    return bool(gaps) and gaps[median_low(len(gaps))] >= YEARLY_GAP_DAYS


def price_changes(
    dates: list[date], amounts: list[int], kind: StreamKind, texts: Sequence[str] = ()
) -> tuple[PriceChange, ...]:
    """Lasting changes of a fixed price; the ups and downs of a variable bill are not listed.

    A change counts when the old price had held (or was the first charge), the new one holds
    at the next charge too, and the old one never comes back: a phone bill's overage (85.00,
    94.82, 85.00) or top-ups of 50 and 100 taken in turn are no new price. A one-off between
    two charges (:func:`one_off`: the yearly settlement of 142.37 among an electricity
    Abschlag's 96.00, raised to 104.00 after it) is passed over: the change is 96.00 → 104.00.
    A stream renewed once a year (:func:`renews_yearly`) changes price at each renewal at a
    new amount: that amount was paid for a year. The latest charge has no next one yet: a rise
    there counts as the price alerts judge it (:func:`lasting_rise`), so Netflix at 20.99
    after 18.99 is on its record as soon as the user is told of it. A drop, or a move between
    one's own accounts, waits for the next charge.
    """
    yearly = renews_yearly(kind, dates)
    if pay_by_the_hour(kind, texts, amounts, dates):
        levels = (pay_level_rise(amounts, i) for i in range(len(amounts)))
        return tuple(PriceChange(dates[i], *pair) for i, pair in enumerate(levels) if pair)
    if (is_variable(amounts) and not yearly) or not has_price(kind, texts, amounts, yearly):
        return ()
    sizes = [abs(amount) for amount in amounts]
    kept = [i for i in range(len(amounts)) if yearly or not one_off(sizes, i)]
    held = [amounts[i] for i in kept]
    last_at = {amount: i for i, amount in enumerate(amounts)}  # a one-off of the old price too
    changes = []
    for k in range(1, len(kept) - 1):
        old, new = held[k - 1], held[k]
        if old == new:
            continue
        old_held = k == 1 or held[k - 2] == old
        if yearly or (old_held and held[k + 1] == new and last_at[old] < kept[k]):
            changes.append(PriceChange(dates[kept[k]], old, new))
    latest = _latest_rise(dates, amounts, kind, yearly)
    return (*changes, *latest)


def _latest_rise(
    dates: list[date], amounts: list[int], kind: StreamKind, yearly: bool
) -> list[PriceChange]:
    """The latest charge's rise over the usual of the ones before it, when the price alerts
    would tell it (a subscription's or bill's dearer price, a raise)."""
    last = len(amounts) - 1
    if last < 1 or kind == StreamKind.TRANSFER or amounts[last] == amounts[last - 1]:
        return []
    sizes = [abs(amount) for amount in amounts]
    rise = lasting_rise(sizes, last, yearly)
    if rise is None:
        return []
    sign = -1 if amounts[last] < 0 else 1
    return [PriceChange(dates[last], sign * (sizes[last] - rise), amounts[last])]


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


def lasting_rise(sizes: Sequence[int], i: int, yearly: bool = False) -> int | None:
    """How far charge ``i`` (of magnitudes ``sizes``) is above the usual of the ones before
    it, when that is a rise and not a one-off: on a fixed price that has been left and come back
    before, only once the new amount holds at a second charge; never when a later charge goes
    back to the old price, nor when the next charge left it again as a one-off
    (:func:`one_off`: a yearly settlement among a monthly Abschlag's), and a one-off before it
    is no part of the usual. The one judgment of a rise: the price alerts', the import's history
    and the stream's record (:func:`price_changes`).

    ``yearly`` (:func:`renews_yearly`): each charge is a year's price, so a renewal above the
    one before is a rise even after a single year (a liability policy at 64.26, then 67.18).
    """
    if yearly:
        return _renewal_rise(sizes, i)
    upto = i
    year = sizes[max(0, i - VARIABLE_HISTORY) : i]
    fixed = not is_variable(list(year))
    if fixed and one_off(sizes, i):
        return None
    if fixed and has_one_offs(list(year)):
        if i == 0 or sizes[i - 1] != sizes[i]:
            return None
        upto = i - 1  # the rise is the first charge at the new amount's
    history = _usual_history(sizes, upto, fixed)
    rise = _rise(history, sizes[i], sizes[max(0, upto - VARIABLE_HISTORY) : upto])
    if rise is None:
        return None
    old = sizes[i] - rise
    if fixed and any(later - old < smallest_rise(old) for later in sizes[i + 1 :]):
        return None
    return rise


def _usual_history(sizes: Sequence[int], upto: int, fixed: bool) -> list[int]:
    """The :data:`PRICE_HISTORY` latest charges before ``upto`` that tell a price's usual:
    a fixed price's one-offs left out (:func:`one_off`), so a settlement of 142.37 among
    Abschläge of 96.00 neither is the old price nor widens its spread."""
    before = [j for j in range(upto) if not (fixed and one_off(sizes, j))]
    return [sizes[j] for j in before[-PRICE_HISTORY:]]


def _renewal_rise(sizes: Sequence[int], i: int) -> int | None:
    """How far a yearly renewal ``i`` is above the year before, when by a step worth telling
    (:func:`smallest_rise`): what was paid for the last year is the old price."""
    if i == 0:
        return None
    old = sizes[i - 1]
    rise = sizes[i] - old
    return rise if rise >= smallest_rise(old) else None


def one_off(sizes: Sequence[int], j: int) -> bool:
    """Whether charge ``j`` is a one-off among a stream's charges: above (or below) both the
    charge before and the one after it by a step worth telling, which are nearer each other than
    it: the Jahresabrechnung's Nachzahlung of 142.37 between Abschläge of 96.00 and 104.00, a
    month's overage, a prorated month. A price stepping up twice (10.00, 11.00, 12.00) is no
    one-off, and neither is the latest charge, whose next is not known yet."""
    if j == 0 or j + 1 >= len(sizes):
        return False
    before, size, after = sizes[j - 1], sizes[j], sizes[j + 1]
    step = smallest_rise(min(before, after))
    up = size - before >= step and size - after >= step
    down = before - size >= step and after - size >= step
    return (up or down) and abs(before - after) < min(abs(size - before), abs(size - after))


def has_one_offs(amounts: list[int]) -> bool:
    """Whether a fixed price has been left and come back more than once (a phone bill's
    overages, top-ups of 50 and 100 taken in turn): such a stream's next different charge is
    most likely one more. Once proves nothing: a price may be left for a month's adjustment."""
    if not amounts:
        return False
    usual = Counter(amounts).most_common(1)[0][0]
    back = max(i for i, amount in enumerate(amounts) if amount == usual)
    left = sum(
        1 for i in range(back) if amounts[i] != usual and (i == 0 or amounts[i - 1] == usual)
    )
    return left >= _ONE_OFFS


def usual_amount(amounts: list[int]) -> int:
    """What a fixed-price stream charges from now on: its latest amount, unless that differs
    from the one before on a stream with one-offs; then the latest amount that held twice."""
    if len(amounts) < 2 or amounts[-1] == amounts[-2] or not has_one_offs(amounts):
        return amounts[-1]
    held = (b for a, b in reversed(list(itertools.pairwise(amounts))) if a == b)
    return next(held, amounts[-1])


def average(amounts: list[int]) -> int:
    """Mean of minor units, rounded half away from zero, exact in integers."""
    total, count = sum(amounts), len(amounts)
    quotient, remainder = divmod(abs(total), count)
    rounded = quotient + (1 if 2 * remainder >= count else 0)
    return rounded if total >= 0 else -rounded
