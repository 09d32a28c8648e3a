"""Synthetic household histories with ground truth, deterministic by seed.

A household has a checking account (salary in, rent or mortgage, bills and card payments out), a
savings account fed monthly, one or two credit cards carrying the subscriptions and everyday
spending, and sometimes an Alipay wallet in CNY. Recurring streams start before or during the
history, some after a free trial, some get a price increase, some are cancelled; metered bills
vary with the season; every charge posts with the lag and weekend rules of its channel.

>>> household = generate_household(7, date(2023, 1, 1), 24)
>>> household.statements  # ParsedStatement objects, as an importer returns them
>>> household.truth  # TruthStream per recurring stream
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from finapp.core.account_types import AccountType
from finapp.core.subscription_states import Status, StreamKind
from finapp.demo import catalog, shops, showcase
from finapp.demo.catalog import Recurring
from finapp.demo.dates import (
    add_months,
    billing_dates,
    card_posting,
    next_business_day,
    previous_business_day,
)
from finapp.demo.everyday import spend
from finapp.demo.ledger import Ledger, cents, fill, from_cents
from finapp.demo.model import Household, TruthPriceChange, TruthStream
from finapp.importers.base import ParsedAccount

_DAY_CADENCES = {"weekly": 7, "biweekly": 14, "four_weekly": 28}


@dataclass
class _Plan:
    """One recurring stream to lay out: when it bills, what, into which account."""

    spec: Recurring
    ledger: Ledger
    first: date
    day: int
    price: int  # cents, positive
    sign: int = -1
    cancel: date | None = None
    raise_on: date | None = None
    raise_by: int = 0
    trial_days: int = 0
    visible_trial: bool = False
    descriptor: str = ""  # fixed descriptor, else drawn per charge


def generate_household(
    seed: int, start: date = date(2023, 1, 1), months: int = 24, showcase_on: date | None = None
) -> Household:
    """A household's statements from ``start`` over ``months`` months, with the truth.

    ``showcase_on``: the day the demo is looked at; the household then also has everything
    :mod:`finapp.demo.showcase` stages, dated back from it, and always an Alipay wallet.
    """
    return _Builder(seed, start, months, showcase_on).build()


class _Builder:
    def __init__(self, seed: int, start: date, months: int, showcase_on: date | None) -> None:
        self.seed = seed
        self.showcase_on = showcase_on
        self.rng = random.Random(seed)
        self.start = start
        self.end = add_months(start, months, 1) - timedelta(days=1)
        self.truth: list[TruthStream] = []
        rng = self.rng
        bank = rng.choice(("First Community Bank", "Chase", "Wells Fargo", "Ally"))
        self.checking = self._ledger("Everyday Checking", bank, AccountType.CHECKING, "bank")
        self.savings = self._ledger("Rainy Day Savings", bank, AccountType.SAVINGS, "bank")
        self.cards = [self._ledger("Sapphire Visa", "Chase", AccountType.CREDIT_CARD, "card")]
        if rng.random() < 0.5:
            self.cards.append(
                self._ledger("Costco Citi Visa", "Citi", AccountType.CREDIT_CARD, "card")
            )
        self.wallet = (
            self._ledger("支付宝", "Alipay", AccountType.PAYMENT_APP, "app", "CNY")
            if rng.random() < 0.3 or showcase_on is not None
            else None
        )

    def _ledger(
        self, name: str, bank: str, kind: str, channel: str, currency: str = "USD"
    ) -> Ledger:
        number = f"{self.rng.randint(10**7, 10**8 - 1)}"
        return Ledger(ParsedAccount(number, bank, kind, currency, name), channel)

    def build(self) -> Household:
        rng = self.rng
        for plan in self._plans():
            self._lay_out(plan)
        pace = rng.uniform(0.6, 1.4)
        for shop in shops.EVERYDAY:
            if rng.random() < 0.75:
                ledger = self.checking if rng.random() < 0.2 else rng.choice(self.cards)
                spend(rng, ledger, shop, self.start, self.end, pace)
        for shop in shops.CHECKING_EVERYDAY:
            spend(rng, self.checking, shop, self.start, self.end, pace)
        if self.wallet is not None:
            for shop in shops.CHINESE_EVERYDAY:
                spend(rng, self.wallet, shop, self.start, self.end, pace)
        self._savings_transfers()
        for card in self.cards:
            self._card_payments(card)
        if self.showcase_on is not None and self.wallet is not None:
            showcase.invest_surplus(self.checking, self.start, self.end)
            showcase.flagged_movements(
                self.seed, self.showcase_on, self.checking, self.savings, self.wallet
            )
        ledgers = [self.checking, self.savings, *self.cards]
        if self.wallet is not None:
            ledgers.append(self.wallet)
        self._balances()
        statements = tuple(ledger.statement(self.end) for ledger in ledgers)
        return Household(self.seed, self.start, self.end, statements, tuple(self.truth))

    def _balances(self) -> None:
        """What each account held before the history, and each card's limit.

        Drawn from a sequence of their own, so a seed's lines stay what they were. Deposit
        accounts start with a cushion above their lowest point (a household that keeps its
        checking out of overdraft), cards owe nothing, and a card's limit is a round figure
        comfortably above the most it ever owed.
        """
        rng = random.Random(f"{self.seed}-balances")
        cushions = [(self.checking, 1200, 3500), (self.savings, 3000, 9000)]
        if self.wallet is not None:
            cushions.append((self.wallet, 800, 3000))
        for ledger, low, high in cushions:
            lowest = min([Decimal(0), *ledger.running()])
            ledger.opening = Decimal(rng.randint(low, high)) - lowest
        for card in self.cards:
            owed = -min([Decimal(0), *card.running()])
            floor = (owed * Decimal("1.6") / 1000).to_integral_value(rounding="ROUND_CEILING")
            card.credit_limit = max(Decimal(rng.choice((5000, 8000, 10000, 12000))), floor * 1000)

    # -- which streams this household has -------------------------------------------------

    def _plans(self) -> list[_Plan]:
        rng = self.rng
        plans = [self._salary(employer) for employer in self._employers()]
        owner = rng.random() < 0.45
        housing = catalog.HOUSING[1 if owner else 0]
        plans.append(self._plan(housing, self.checking, lifelong=True, fixed=True))
        for bill in catalog.BILLS:
            wanted = {
                "Renters insurance": not owner,
                "HOA dues": owner and rng.random() < 0.6,
                "Car insurance": rng.random() < 0.45,
                "Car insurance (monthly)": rng.random() < 0.35,
                "Water": rng.random() < 0.8,
                "Gas utility": rng.random() < 0.6,
            }.get(bill.name, True)
            if wanted:
                ledger = self.checking if rng.random() < 0.7 else rng.choice(self.cards)
                plans.append(self._plan(bill, ledger, lifelong=rng.random() < 0.9))
        chosen: dict[str, Recurring] = {}
        staged = showcase.NAMES if self.showcase_on else frozenset()
        offered = [s for s in catalog.SUBSCRIPTIONS if s.name.split(" (")[0] not in staged]
        for spec in rng.sample(offered, rng.randint(6, 14)):
            chosen.setdefault(spec.name.split(" (")[0], spec)
        for spec in chosen.values():
            ledger = rng.choice(self.cards) if rng.random() < 0.85 else self.checking
            plans.append(self._plan(spec, ledger))
        if self.wallet is not None:
            for spec in rng.sample(catalog.CHINESE_SUBSCRIPTIONS, rng.randint(1, 3)):
                plans.append(self._plan(spec, self.wallet))
        interest = self._plan(catalog.SAVINGS_INTEREST, self.savings, lifelong=True)
        interest.sign, interest.day = 1, 31
        plans.append(interest)
        if self.showcase_on is not None:
            plans.extend(self._staged(item, self.showcase_on) for item in showcase.STAGED)
        return plans

    def _staged(self, item: showcase.Staged, on: date) -> _Plan:
        """A subscription on the first card since the history began, billed on the day its
        story needs (weekly ones on that weekday, monthly ones on that day of the month)."""
        billed = on - timedelta(days=item.billed_days_before)
        step = _DAY_CADENCES.get(item.spec.cadence)
        if step:
            first = billed - timedelta(days=(billed - self.start).days // step * step)
        else:
            first = add_months(self.start, 0, billed.day)
            if first < self.start:
                first = add_months(self.start, 1, billed.day)
        plan = _Plan(item.spec, self.cards[0], first, billed.day, cents(item.spec.prices[0]))
        if item.raise_days_before is not None:
            plan.raise_on = on - timedelta(days=item.raise_days_before)
            plan.raise_by = cents(item.spec.raises[0])
        if item.stop_days_before is not None:
            plan.cancel = on - timedelta(days=item.stop_days_before)
        return plan

    def _employers(self) -> list[str]:
        count = 2 if self.rng.random() < 0.4 else 1
        return self.rng.sample(catalog.EMPLOYERS, count)

    def _salary(self, employer: str) -> _Plan:
        rng = self.rng
        cadence = rng.choice(("biweekly", "biweekly", "semimonthly", "monthly"))
        spec = Recurring("Salary", StreamKind.INCOME, cadence, ("0",), (employer,))
        plan = self._plan(spec, self.checking, lifelong=True, fixed=True)
        plan.sign, plan.price = 1, rng.randint(1500_00, 4200_00)
        plan.raise_on = self.start + timedelta(days=rng.randint(200, 500))
        plan.raise_by = plan.price * rng.randint(2, 5) // 100
        if cadence == "biweekly":  # paid on Fridays
            plan.first = self.start + timedelta(days=(4 - self.start.weekday()) % 7)
        else:
            plan.day = rng.choice((1, 15)) if cadence == "semimonthly" else rng.choice((1, 25))
        return plan

    def _plan(
        self, spec: Recurring, ledger: Ledger, *, lifelong: bool = False, fixed: bool = False
    ) -> _Plan:
        rng = self.rng
        span = (self.end - self.start).days
        late_start = not lifelong and rng.random() < 0.3
        first = self.start + timedelta(
            days=rng.randint(60, max(61, span - 60)) if late_start else rng.randint(0, 27)
        )
        day = first.day if rng.random() < 0.92 else rng.choice((29, 30, 31))
        plan = _Plan(spec, ledger, first, day, cents(rng.choice(spec.prices)))
        if fixed:
            plan.descriptor = fill(rng, rng.choice(spec.descriptors), ["0001"])
        if not lifelong and rng.random() < 0.22:
            plan.cancel = first + timedelta(days=rng.randint(40, span))
        if spec.raises and rng.random() < 0.45:
            plan.raise_on = self.start + timedelta(days=rng.randint(90, span))
            plan.raise_by = cents(rng.choice(spec.raises))
        if late_start and spec.kind == StreamKind.SUBSCRIPTION and rng.random() < 0.4:
            plan.trial_days = rng.choice((7, 14, 30))
            plan.visible_trial = rng.random() < 0.6
        return plan

    # -- laying a stream out on the statements ---------------------------------------------

    def _lay_out(self, plan: _Plan) -> None:
        spec, ledger = plan.spec, plan.ledger
        stop = plan.cancel if plan.cancel and plan.cancel <= self.end else None
        horizon = self.end + timedelta(days=400)
        fitids: list[str] = []
        amounts: list[int] = []
        changes: list[TruthPriceChange] = []
        upcoming: date | None = None
        if plan.visible_trial:
            trial_day = plan.first - timedelta(days=plan.trial_days)
            ledger.add(self._post(ledger, trial_day), Decimal("0.00"), self._text(plan))
        for billed in billing_dates(plan.first, spec.cadence, plan.day, horizon):
            if stop is not None and billed >= stop:
                break
            posted = self._post(ledger, billed, payroll=spec.kind == StreamKind.INCOME)
            if posted > self.end:
                upcoming = billed
                break
            price = plan.price + (plan.raise_by if plan.raise_on and billed >= plan.raise_on else 0)
            amount = self._metered(spec, price, billed) * plan.sign
            if amounts and not spec.variable and amount != amounts[-1]:
                old, new = from_cents(amounts[-1]), from_cents(amount)
                changes.append(TruthPriceChange(billed, old, new))
            amounts.append(amount)
            fitids.append(ledger.add(posted, from_cents(amount), self._text(plan), spec.memo))
        if not fitids:
            return
        self.truth.append(
            TruthStream(
                name=spec.name,
                kind=spec.kind,
                cadence=spec.cadence,
                account=ledger.account.name,
                amount=from_cents(amounts[-1]),
                next_date=None if stop else upcoming,
                status=Status.INACTIVE if stop else Status.ACTIVE,
                fitids=tuple(fitids),
                price_changes=tuple(changes),
                started_after_trial=plan.trial_days > 0,
            )
        )

    def _text(self, plan: _Plan) -> str:
        if plan.descriptor:
            return plan.descriptor
        descriptors = plan.spec.descriptors
        # banks mostly print one spelling and now and then another
        pick = descriptors[0] if self.rng.random() < 0.75 else self.rng.choice(descriptors)
        return fill(self.rng, pick, ["0001", "0002"])

    def _metered(self, spec: Recurring, price: int, billed: date) -> int:
        if not spec.variable:
            return price
        winter = billed.month in (12, 1, 2)
        summer = billed.month in (7, 8)
        season = 130 if winter else 115 if summer else 100
        noise = int(self.rng.gauss(0, spec.variable * 1000))
        permille = max(300, season * 10 + noise)
        return max(100, price * permille // 1000)

    def _post(self, ledger: Ledger, billed: date, payroll: bool = False) -> date:
        if ledger.channel == "app":
            return billed
        if payroll:
            return previous_business_day(billed)
        if ledger.channel == "card":
            return card_posting(self.rng, billed)
        return next_business_day(billed)

    # -- money moved between the household's own accounts ------------------------------------

    def _savings_transfers(self) -> None:
        rng = self.rng
        amount = rng.choice((100_00, 250_00, 400_00, 500_00, 1000_00))
        day = rng.choice((2, 16, 20))
        last4 = self.savings.account.number[-4:]
        out_fitids, in_fitids = [], []
        upcoming = None
        horizon = self.end + timedelta(days=62)
        for billed in billing_dates(add_months(self.start, 0, day), "monthly", day, horizon):
            posted = next_business_day(billed)
            if posted > self.end:
                upcoming = billed
                break
            ref = fill(rng, "{ref}", ["0"])
            text = f"TRANSFER {{}} XXXXXX{last4} REF #IB{ref}"
            out_fitids.append(
                self.checking.add(posted, from_cents(-amount), "ONLINE " + text.format("TO SAV"))
            )
            in_fitids.append(
                self.savings.add(posted, from_cents(amount), "ONLINE " + text.format("FROM CHK"))
            )
        for ledger, sign, fitids in ((self.checking, -1, out_fitids), (self.savings, 1, in_fitids)):
            truth = TruthStream(
                "Savings transfer",
                StreamKind.TRANSFER,
                "monthly",
                ledger.account.name,
                from_cents(sign * amount),
                upcoming,
                Status.ACTIVE,
                tuple(fitids),
            )
            self.truth.append(truth)

    def _card_payments(self, card: Ledger) -> None:
        """Autopay of the full statement balance, 25 days after each statement closes."""
        rng = self.rng
        due = rng.randint(1, 28)
        issuer = card.account.institution.upper()
        out_fitids, in_fitids, amounts = [], [], []
        upcoming = None
        horizon = self.end + timedelta(days=62)
        for billed in billing_dates(add_months(self.start, 1, due), "monthly", due, horizon):
            closing = billed - timedelta(days=25)
            opening = add_months(closing, -1, closing.day)
            posted = next_business_day(billed)
            if posted > self.end:
                upcoming = billed
                break
            balance = -sum(
                cents(t.amount)
                for t in card.lines
                if opening < t.posted <= closing and t.amount < 0
            )
            if balance <= 0:
                continue
            amounts.append(balance)
            text = f"{issuer} CRD AUTOPAY PPD ID: 47600392"
            out_fitids.append(self.checking.add(posted, from_cents(-balance), text))
            in_fitids.append(card.add(posted, from_cents(balance), "AUTOMATIC PAYMENT - THANK YOU"))
        if not amounts:
            return
        for ledger, sign, fitids in ((self.checking, -1, out_fitids), (card, 1, in_fitids)):
            name = f"{card.account.name} payment"
            truth = TruthStream(
                name,
                StreamKind.TRANSFER,
                "monthly",
                ledger.account.name,
                from_cents(sign * amounts[-1]),
                upcoming,
                Status.ACTIVE,
                tuple(fitids),
            )
            self.truth.append(truth)
