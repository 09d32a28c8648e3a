"""What a recurring stream is: its kind, its amounts, and how its price changed.

Kept apart from the detection in :mod:`finapp.core.recurrence` so the same rules describe a
stream the user merged or split by hand.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from finapp.core.card_payments import own_move_words
from finapp.core.subscription_states import StreamKind

#: Words of the household's bills: utilities, telecom, insurance, housing, loans.
_BILL = re.compile(
    r"ELECTRIC|ENERGY|POWER|\bGAS\b|WATER|UTILIT|SEWER|WASTE|INSURANCE|\bINS\b|MORTGAGE|\bRENT\b|"
    r"LOAN|COMCAST|XFINITY|VERIZON|AT&T|\bATT\b|T-MOBILE|TMOBILE|SPECTRUM|INTERNET|WIRELESS|TELECOM|"
    r"GEICO|STATE\s*FARM|PROGRESSIVE|ALLSTATE|PG&E|PGANDE|CON\s*ED|\bHOA\b|DAYCARE|TUITION|"
    r"电费|水费|燃气|话费|宽带|物业|房租",
    re.IGNORECASE,
)

#: Words of a utility billed by what was used (gas, electricity, water): its amount follows the
#: meter, so a dearer bill is no new price ("PGANDE DES:WEB ONLINE", "DUKE ENERGY", 上海燃气,
#: 国网上海市电力, 上海自来水).
_METERED = re.compile(
    r"ELECTRIC|ENERGY|\bGAS\b|\bWATER\b|SEWER|PG&E|PGANDE|CON\s*ED\b|"
    r"燃气|煤气|天然气|电费|电力|电网|供电|水费|水务|自来水",
    re.IGNORECASE,
)

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
    payee worded as a landlord or property company: PROPERTY, APTS, MGMT, LEASING...), when its
    descriptor names a utility, telecom, insurer or lender, when its amount changes nearly every
    time (metered), or when the bank sent 500.00 or more a time from a checking account (ACH,
    web payment, bill pay, Zelle). The user's filing, where there is one, is weighed after this
    by :func:`finapp.core.stream_groups.stream_group`.
    """
    joined = " ".join(set(texts[:2] + texts[-12:]))  # the first and the recent spellings
    if any(transfer_flags):
        return StreamKind.TRANSFER  # linked to another of the user's accounts
    if amounts[-1] < 0 and _HOME.search(joined):
        return StreamKind.BILL
    if own_move_words(joined, incoming=amounts[-1] > 0):
        return StreamKind.TRANSFER
    if amounts[-1] > 0:
        return StreamKind.INCOME
    if (
        _BILL.search(joined)
        or _LANDLORD.search(joined)
        or is_variable(amounts)
        or _large_bank_debit(joined, amounts)
    ):
        return StreamKind.BILL
    return StreamKind.SUBSCRIPTION


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


def is_metered(texts: list[str], amounts: list[int]) -> bool:
    """Whether a bill is billed by use (gas, electricity, water, by its words) or changes
    almost every time: its changing amount is what was used, never a price rise. Price rises
    are for fixed prices: subscriptions, insurance, a phone plan."""
    return is_variable(amounts) or any(_METERED.search(text) for text in texts)


def price_changes(dates: list[date], amounts: list[int]) -> tuple[PriceChange, ...]:
    """Lasting changes of a fixed price; the ups and downs of a variable bill are not listed.

    A change counts when the old price had held (or was the first charge), the new one holds
    at the next charge too, and the old one never comes back: a phone bill's overage (85.00,
    94.82, 85.00) or top-ups of 50 and 100 taken in turn are no new price.
    """
    if is_variable(amounts):
        return ()
    changes = []
    last_at = {amount: i for i, amount in enumerate(amounts)}
    for i in range(1, len(amounts) - 1):
        old, new = amounts[i - 1], amounts[i]
        if old == new:
            continue
        old_held = i == 1 or amounts[i - 2] == old
        if old_held and amounts[i + 1] == new and last_at[old] < i:
            changes.append(PriceChange(dates[i], old, new))
    return tuple(changes)


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
