"""What the demo household always has, so a first look at finapp meets every feature.

A generated household is drawn at random: one seed has an Alipay wallet and two cards, another
none; one has a subscription whose price rose last month, another not. The demo is one seed seen
on whatever day it is opened, so what it must show is staged here, dated back from that day
(``on``): subscriptions with a story (a price rise, one the household cancelled that still
charges, one the merchant stopped), and the few movements a bank would flag — money passing
straight through, money paid in split under the reporting threshold, a large transfer at night —
inside the two weeks the money-health checks look at. Benchmarks and tests draw households
without any of it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal

from finapp.demo import catalog
from finapp.demo.catalog import Recurring
from finapp.demo.dates import add_months, billing_dates, next_business_day, previous_business_day
from finapp.demo.ledger import Ledger, fill


def _spec(name: str) -> Recurring:
    return next(s for s in catalog.SUBSCRIPTIONS if s.name == name)


@dataclass(frozen=True, slots=True)
class Staged:
    """A subscription billed so its story shows on the demo's day.

    ``billed_days_before``: one of its charges is billed this many days before the day; a
    monthly stream then bills on that day of every month of the history, a weekly one on that
    weekday.
    """

    spec: Recurring
    billed_days_before: int
    #: its price rises by its first listed raise from this many days before the day
    raise_days_before: int | None = None
    #: the merchant stops charging this many days before the day (the stream lapses)
    stop_days_before: int | None = None


#: a price rise charged 26 days ago, so it renews within the week; one the household cancels
#: (see :data:`CANCELLED_YET_CHARGED`) yet still charged six days ago; one the merchant
#: stopped; and the children's weekly music lessons, paid through Square like a café
STAGED: tuple[Staged, ...] = (
    Staged(_spec("Netflix"), 26, raise_days_before=28),
    Staged(_spec("Peloton App"), 6),
    Staged(_spec("Hulu"), 55, stop_days_before=50),
    Staged(_spec("Kids music lessons"), 2),
)
#: the staged subscription the demo marks cancelled this many days before its day
CANCELLED_YET_CHARGED = ("Peloton App", 40)
NAMES = frozenset(s.spec.name for s in STAGED)


#: the standing order's amount is the checking account's monthly surplus in whole steps of this
INVESTED_STEP = Decimal(500)


def invest_surplus(checking: Ledger, start: date, end: date) -> None:
    """A standing order from checking to a brokerage account on the 5th of every month.

    Two salaries leave a surplus the generator's spending does not use up; left in checking it
    would pile up to a six-figure balance no household keeps there. The order moves the
    average monthly surplus (in whole 500s) out, so the balance stays level.
    """
    months = max(1, round((end - start).days / 30.44))
    surplus = sum((t.amount for t in checking.lines), Decimal(0)) / months
    monthly = (surplus / INVESTED_STEP).to_integral_value("ROUND_FLOOR") * INVESTED_STEP
    if monthly <= 0:
        return
    text = f"ONLINE TRANSFER TO VANGUARD BROKERAGE XXXXXX{checking.account.number[-4:]}"
    for billed in billing_dates(add_months(start, 0, 5), "monthly", 5, end):
        checking.add(next_business_day(billed), -monthly, text)


#: (days before the day, amount): a relative pays the household back three times in a week,
#: each wire just under the 10,000 USD reporting threshold, for the down payment the household
#: wired a title company from its savings the week before. Both sides are filed Person to
#: Person, so the month's spending nets to the household's usual one (money that only passed
#: through is no spending) and checking keeps its everyday balance. Filed as income the wires
#: would be a household's routine, and as a transfer its own money: the checks ignore both.
REPAID = ((6, "9500.00"), (4, "9800.00"), (2, "9650.00"))
#: the down payment leaves this many days before the day: after the pass-through's days, so it
#: is not read as part of that, and before the wires that repay it
DOWN_PAYMENT_DAYS = 8


def _repaid_by(on: date) -> date:
    """The day the down payment and the wires repaying it are dated back from: ``on``, or
    early in a month its first day, so that the payment and its repayment fall in one month.
    Split by the month's turn, the month before would spend the down payment and the month
    shown would read as tens of thousands *less* than nothing spent."""
    return on if on.day > DOWN_PAYMENT_DAYS else on.replace(day=1)


def flagged_movements(
    seed: int, on: date, checking: Ledger, savings: Ledger, wallet: Ledger
) -> None:
    """Add what the money-health checks flag, within the two weeks before ``on``.

    A friend's wire that leaves again the next day to someone else (pass-through; both in one
    month), three wires in from one person each just under 10,000 USD within a week (a sum split
    under the reporting threshold; see :data:`REPAID`, early in a month in the month before,
    :func:`_repaid_by`), and 12,800 CNY sent from the wallet at 01:47 (a large transfer at
    night). The bank's accounts post on business days; nothing is dated after ``on``.
    """
    rng = random.Random(f"{seed}-showcase")
    wired = on - timedelta(days=11)
    while wired.weekday() > 3:  # Monday to Thursday: it leaves the next business day
        wired -= timedelta(days=1)
    if (wired + timedelta(days=1)).month != wired.month:  # in and out in one month's totals
        wired = add_months(wired, 1, 1)
        while wired.weekday() > 3:
            wired += timedelta(days=1)
    inward, onward = "WIRE TRANSFER FROM R MORALES REF {ref}", "WIRE TRANSFER TO J CHEN REF {ref}"
    checking.add(wired, Decimal("8600.00"), fill(rng, inward, ["0"]))
    checking.add(wired + timedelta(days=1), Decimal("-8450.00"), fill(rng, onward, ["0"]))
    told_from = _repaid_by(on)
    paid = next_business_day(told_from - timedelta(days=DOWN_PAYMENT_DAYS))
    repaid = sum((Decimal(amount) for _, amount in REPAID), Decimal(0))
    savings.add(paid, -repaid, fill(rng, "WIRE TRANSFER TO FIRST AMERICAN TITLE REF {ref}", ["0"]))
    for days, amount in REPAID:
        day = previous_business_day(told_from - timedelta(days=days))
        savings.add(
            day, Decimal(amount), fill(rng, "WIRE TRANSFER FROM M KOWALSKI REF {ref}", ["0"])
        )
    wallet.add(on - timedelta(days=4), Decimal("-12800.00"), "李*明", "转账", at=time(1, 47, 12))
