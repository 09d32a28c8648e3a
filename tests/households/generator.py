"""Households for judging finapp from the outside: statement files plus the truth behind them.

Written apart from ``finapp.demo`` (the product's own generator) from how US and Chinese
households' statements look: a checking and a savings account as monthly OFX 1.02 (SGML, the
way Chase and most US banks still send QFX/OFX), a credit card as monthly OFX *and*, for the
last months, as the card issuer's CSV export (``Chase1234_Activity….CSV``: purchase date and
posting date, sales negative, payees spelled as the web site prints them), and for the ``cn``
variant an Alipay 支付宝 export (GBK, preamble, 交易订单号) and a WeChat Pay 微信支付 export
(UTF-8 with BOM, ¥ amounts) in CNY.

Every line carries its truth: the category the user wants, the merchant as the user tells them
apart (``UBER *TRIP`` rides and ``UBER *EATS`` deliveries are two), and the recurring stream it
belongs to. Streams: payroll twice a month (15th and last day, paid early on weekends) with a
raise half-way, rent, metered electricity and gas, Netflix, NYT (every four weeks) and Xbox
with a price rise, Spotify, iCloud, phone, internet, a gym by ACH, an annual Amazon Prime among
many Amazon orders, quarterly car insurance, a monthly savings transfer (both sides), savings
interest, the card's autopay (both sides), and Hulu, which the user cancels and which is
charged once more afterwards. Noise: two same-priced coffees on most weekdays, groceries, fuel,
Uber rides and Uber Eats, restaurants, Amazon orders and refunds, one-off purchases, ATM,
Venmo; card lines post 1–3 days after purchase, ACH debits due on a weekend post on Monday,
payroll due on a weekend is paid on Friday, the 31st lands on the month's last day; a few large
checking payments dip the balance below the low-balance threshold until money is moved back
from savings.

Everything is drawn from ``random.Random(seed)``: the same seed gives the same files.
"""

from __future__ import annotations

import calendar
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

D = Decimal
CENT = D("0.01")

#: The threshold the simulated user sets on checking, and the default data end.
LOW_BALANCE = D("500.00")
DEFAULT_END = date(2024, 10, 31)


@dataclass
class Account:
    key: str  # checking, savings, card, alipay, wechat
    number: str
    currency: str
    kind: str  # OFX account type or wallet
    opening: Decimal = Decimal(0)


@dataclass
class Line:
    """One true transaction."""

    id: int
    account: str
    posted: date
    txn_date: date  # purchase date (a card's CSV dates lines by it)
    amount: Decimal
    payee: str  # the descriptor as the bank prints it
    category: str
    merchant: str  # the service as the user tells it apart
    stream: str | None = None
    also: tuple[str, ...] = ()  # other categories that count as right (a refund)
    csv_payee: str = ""  # the card issuer's CSV spelling
    memo: str = ""
    fitid: str = ""


@dataclass
class Stream:
    """A true recurring stream."""

    name: str
    account: str
    merchant: str
    cadence: str  # finapp's cadence names: semimonthly, monthly, four_weekly, quarterly, annual
    kind: str  # income, bill, subscription, transfer
    category: str
    live: bool = True  # still charged after the data ends
    line_ids: list[int] = field(default_factory=list)
    #: (date of the first higher charge, old, new) of lasting rises of money out
    rises: list[tuple[date, Decimal, Decimal]] = field(default_factory=list)
    cancelled_on: date | None = None
    after_cancel: list[int] = field(default_factory=list)  # line ids charged after cancelling
    #: the nominal dates of the charges still to come after the data ends (for reminders)
    upcoming: list[date] = field(default_factory=list)
    amount: Decimal = Decimal(0)  # the latest amount

    @property
    def money_out(self) -> bool:
        return self.kind in ("bill", "subscription")


@dataclass
class Household:
    seed: int
    variant: str
    start: date
    end: date
    as_of: date
    accounts: dict[str, Account]
    lines: list[Line]
    streams: dict[str, Stream]
    #: months (first day) the card is also exported as the issuer's CSV
    csv_months: list[date]
    low_balance: Decimal = LOW_BALANCE

    def line(self, line_id: int) -> Line:
        return self.lines[line_id]

    def detectable(self) -> list[Stream]:
        """Streams with enough charges to be found: three, or two for an annual one."""
        return [
            s
            for s in self.streams.values()
            if len(s.line_ids) >= (2 if s.cadence == "annual" else 3)
        ]

    def daily_balances(self, account: str) -> dict[date, Decimal]:
        """End-of-day balance of ``account`` on every day of the data."""
        moves: dict[date, Decimal] = defaultdict(D)
        for ln in self.lines:
            if ln.account == account:
                moves[ln.posted] += ln.amount
        out, bal, day = {}, self.accounts[account].opening, self.start
        while day <= self.end:
            bal += moves.get(day, D(0))
            out[day] = bal
            day += timedelta(days=1)
        return out

    def dips(self, account: str = "checking") -> list[tuple[date, date]]:
        """Runs of days whose end-of-day balance is below the threshold: (first, last day)."""
        runs: list[tuple[date, date]] = []
        for day, bal in sorted(self.daily_balances(account).items()):
            if bal < self.low_balance:
                if runs and runs[-1][1] == day - timedelta(days=1):
                    runs[-1] = (runs[-1][0], day)
                else:
                    runs.append((day, day))
        return runs


# --- dates -----------------------------------------------------------------------------------


def month_starts(start: date, end: date) -> list[date]:
    out, d = [], date(start.year, start.month, 1)
    while d <= end:
        out.append(d)
        d = add_months(d, 1)
    return out


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def on_day(month: date, day: int) -> date:
    """``day`` of ``month``, the 31st landing on the month's last day."""
    return date(month.year, month.month, min(day, calendar.monthrange(month.year, month.month)[1]))


def next_business(d: date) -> date:
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def prev_business(d: date) -> date:
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


def money(x: float | Decimal) -> Decimal:
    return D(str(x)).quantize(CENT)


# --- the household ---------------------------------------------------------------------------

_CHASE_CATEGORY = {
    "Food": "Food & Drink", "Food:Groceries": "Groceries", "Transport": "Travel",
    "Transport:Fuel": "Gas", "Shopping": "Shopping", "Entertainment": "Entertainment",
    "Bills & Utilities": "Bills & Utilities", "Health": "Health & Wellness",
    "Software & Apps": "Shopping", "Travel": "Travel", "Cash": "Personal",
}  # fmt: skip


class _Builder:
    def __init__(self, seed: int, variant: str, months: int, end: date, noise: float) -> None:
        self.rng = random.Random(seed * 7919 + (1 if variant == "cn" else 0))
        self.seed, self.variant, self.noise = seed, variant, noise
        self.end = end
        self.start = add_months(date(end.year, end.month, 1), -(months - 1))
        self.months = month_starts(self.start, end)
        r = self.rng
        last4 = f"{r.randint(1000, 9999)}"
        self.accounts = {
            "checking": Account("checking", f"{r.randint(10**8, 10**9 - 1)}", "USD", "CHECKING"),
            "savings": Account("savings", f"{r.randint(10**8, 10**9 - 1)}", "USD", "SAVINGS"),
            "card": Account(
                "card", f"4{r.randint(10**13, 10**14 - 1)}{last4}"[:12] + last4, "USD", "CREDITCARD"
            ),
        }
        if variant == "cn":
            self.accounts["alipay"] = Account("alipay", "alipay", "CNY", "wallet")
            self.accounts["wechat"] = Account("wechat", "wechat", "CNY", "wallet")
        self.lines: list[Line] = []
        self.streams: dict[str, Stream] = {}

    # one line
    def add(
        self,
        account: str,
        posted: date,
        amount: Decimal,
        payee: str,
        category: str,
        merchant: str,
        *,
        stream: str | None = None,
        txn_date: date | None = None,
        also: tuple[str, ...] = (),
        csv_payee: str = "",
        memo: str = "",
    ) -> Line | None:
        if posted > self.end or posted < self.start:
            return None
        ln = Line(
            len(self.lines),
            account,
            posted,
            txn_date or posted,
            money(amount),
            payee,
            category,
            merchant,
            stream,
            also,
            csv_payee or payee,
            memo,
        )
        self.lines.append(ln)
        if stream is not None:
            self.streams[stream].line_ids.append(ln.id)
        return ln

    def card(
        self, when: date, amount: Decimal, payee: str, category: str, merchant: str, **kw: object
    ) -> Line | None:
        """A card purchase on ``when``, posted one to three days later."""
        posted = when + timedelta(days=self.rng.choice((1, 1, 2, 3)))
        return self.add("card", posted, amount, payee, category, merchant, txn_date=when, **kw)  # type: ignore[arg-type]

    def stream(
        self,
        name: str,
        account: str,
        merchant: str,
        cadence: str,
        kind: str,
        category: str,
        **kw: object,
    ) -> Stream:
        s = Stream(name, account, merchant, cadence, kind, category, **kw)  # type: ignore[arg-type]
        self.streams[name] = s
        return s

    # --- recurring ------------------------------------------------------------------------

    def build(self) -> Household:
        r = self.rng
        n = len(self.months)
        half = self.months[n // 2]
        span = (self.end - self.start).days

        # payroll: 15th and last day, paid the Friday before a weekend
        pay = self.stream(
            "Payroll", "checking", "ACME payroll", "semimonthly", "income", "Income:Salary"
        )
        employer = r.choice(("ACME CORP", "NORTHWIND TRADERS", "CONTOSO LTD"))
        base = money(r.randint(2100, 2900) + r.choice((0.00, 0.12, 0.56)))
        raised = money(base * D("1.06"))
        for m in self.months:
            for day in (15, 31):
                nominal = on_day(m, day)
                amt = raised if m >= half else base
                self.add(
                    "checking",
                    prev_business(nominal),
                    amt,
                    f"{employer} PAYROLL PPD ID: {9000000000 + self.seed}",
                    "Income:Salary",
                    "ACME payroll",
                    stream="Payroll",
                )
        pay.amount = raised
        pay.upcoming = self._upcoming_semimonthly()

        rent_amt = money(r.choice((1850, 2150, 2400)))
        rent = self.stream("Rent", "checking", "Rent", "monthly", "bill", "Housing:Rent")
        landlord = r.choice(("OAKWOOD APTS", "GREYSTAR PROP", "AVALON COMMUN"))
        for m in self.months:
            self.add(
                "checking",
                next_business(on_day(m, 1)),
                -rent_amt,
                f"{landlord} WEB PMTS {r.randint(100000, 999999)}",
                "Housing:Rent",
                "Rent",
                stream="Rent",
            )
        rent.amount = -rent_amt
        rent.upcoming = [next_business(on_day(m, 1)) for m in self._future(3)]

        # metered utilities from checking, ACH, seasonal
        for name, payee, cat, day, lo, hi, winter in (
            (
                "Electricity",
                "DUKE ENERGY PAYMENT",
                "Bills & Utilities:Electricity",
                12,
                70,
                190,
                False,
            ),
            ("Gas", "PIEDMONT NATURAL GAS", "Bills & Utilities:Gas & Heating", 20, 25, 140, True),
        ):
            self.stream(name, "checking", name, "monthly", "bill", cat)
            for m in self.months:
                gap = abs(m.month - (1 if winter else 7))
                season = min(gap, 12 - gap) / 6  # 0 in the peak month, 1 six months away
                amt = money(hi - (hi - lo) * season + r.uniform(-12, 12))
                day_j = day + r.randint(-3, 3)
                self.add(
                    "checking", next_business(on_day(m, day_j)), -amt, payee, cat, name, stream=name
                )
            self.streams[name].amount = -amt
            self.streams[name].upcoming = [next_business(on_day(m, day)) for m in self._future(3)]

        # card subscriptions: (name, payee, csv payee, category, day, prices[(from month, price)])
        # price rises fall in the data's last year (where alerts are judged)
        rise_at = self.months[max(1, n - r.randint(3, 10))]
        xbox_at = self.months[max(1, n - r.randint(3, 10))]
        subs = [
            (
                "Netflix",
                "NETFLIX.COM",
                "Netflix.com Los Gatos CA",
                "Entertainment:Streaming",
                r.randint(3, 27),
                [(self.start, D("15.49")), (rise_at, D("17.99"))],
            ),
            (
                "Spotify",
                "SPOTIFY USA",
                "Spotify USA New York NY",
                "Entertainment:Music",
                r.randint(3, 27),
                [(self.start, D("11.99"))],
            ),
            (
                "iCloud",
                "APPLE.COM/BILL",
                "APPLE.COM/BILL 866-712-7753 CA",
                "Software & Apps",
                r.randint(3, 27),
                [(self.start, D("2.99"))],
            ),
            (
                "Xbox",
                "MICROSOFT*XBOX GAME PASS",
                "Microsoft*Xbox Game Pass Redmond WA",
                "Entertainment:Games",
                r.randint(3, 27),
                [(self.start, D("14.99")), (xbox_at, D("16.99"))],
            ),
            (
                "Phone",
                "VZWRLSS*APOCC VISB",
                "Verizon Wireless 800-922-0204 FL",
                "Bills & Utilities:Phone",
                r.randint(18, 24),
                [(self.start, D("85.00"))],
            ),
            (
                "Internet",
                "COMCAST XFINITY",
                "Comcast Xfinity 800-266-2278 PA",
                "Bills & Utilities:Internet",
                r.randint(5, 9),
                [(self.start, D("79.99"))],
            ),
        ]
        for name, payee, csvp, cat, day, prices in subs:
            kind = "bill" if cat.startswith("Bills") else "subscription"
            self.stream(name, "card", name, "monthly", kind, cat)
            for m in self.months:
                price = [p for since, p in prices if since <= m][-1]
                self.card(on_day(m, day), -price, payee, cat, name, stream=name, csv_payee=csvp)
            self._rises(name, prices)
            self.streams[name].amount = -prices[-1][1]
            self.streams[name].upcoming = [on_day(m, day) for m in self._future(3)]

        # NYT every four weeks: an intro rate, then the full price
        self.stream("NYT", "card", "NYT", "four_weekly", "subscription", "Entertainment:News")
        d = self.start + timedelta(days=r.randint(0, 20))
        intro_until = self.end - timedelta(days=int(r.uniform(0.2, 0.8) * min(300, span * 0.6)))
        first_full = None
        while d <= self.end:
            price = D("4.00") if d < intro_until else D("17.00")
            ln = self.card(
                d,
                -price,
                "NYTimes*NYTimes Sub",
                "Entertainment:News",
                "NYT",
                stream="NYT",
                csv_payee="NYTimes*NYTimes Sub 800-698-4637 NY",
            )
            if ln and price == D("17.00") and first_full is None:
                first_full = ln
            d += timedelta(days=28)
        if first_full is not None:
            self.streams["NYT"].rises.append((first_full.posted, D("-4.00"), D("-17.00")))
        self.streams["NYT"].amount = D("-17.00")
        self.streams["NYT"].upcoming = [d, d + timedelta(days=28)]

        # gym by ACH on the 17th
        self.stream("Gym", "checking", "Gym", "monthly", "subscription", "Health:Fitness")
        for m in self.months:
            self.add(
                "checking",
                next_business(on_day(m, 17)),
                D("-24.99"),
                "PLANET FITNESS CLUB FEES",
                "Health:Fitness",
                "Gym",
                stream="Gym",
            )
        self.streams["Gym"].amount = D("-24.99")
        self.streams["Gym"].upcoming = [next_business(on_day(m, 17)) for m in self._future(3)]

        # annual Amazon Prime on the card
        self.stream("Amazon Prime", "card", "Amazon Prime", "annual", "subscription", "Shopping")
        prime = self.start + timedelta(days=r.randint(min(20, span), max(20, min(300, span - 370))))
        last_prime = prime
        while prime <= self.end:
            self.card(
                prime,
                D("-139.00"),
                f"Amazon Prime*{self._code(9)}",
                "Shopping",
                "Amazon Prime",
                stream="Amazon Prime",
                csv_payee=f"Amazon Prime*{self._code(9)} Amzn.com/bill WA",
            )
            last_prime, prime = prime, add_months(prime, 12)
        self.streams["Amazon Prime"].amount = D("-139.00")
        self.streams["Amazon Prime"].upcoming = [
            p for p in (last_prime, add_months(last_prime, 12)) if p > self.end
        ][:1]

        # quarterly car insurance from checking
        self.stream("Car insurance", "checking", "GEICO", "quarterly", "bill", "Insurance")
        ins_amt = money(r.choice((389.40, 412.30, 455.10)))
        q0 = self.months[r.randint(0, 2)]
        qm = [add_months(q0, 3 * i) for i in range(0, 12)]
        for m in qm:
            self.add(
                "checking",
                next_business(on_day(m, 8)),
                -ins_amt,
                "GEICO *AUTO",
                "Insurance",
                "GEICO",
                stream="Car insurance",
            )
        self.streams["Car insurance"].amount = -ins_amt
        self.streams["Car insurance"].upcoming = [
            next_business(on_day(m, 8)) for m in qm if on_day(m, 8) > self.end
        ][:2]

        # Hulu: cancelled by the user, charged once more after that
        self.stream(
            "Hulu", "card", "Hulu", "monthly", "subscription", "Entertainment:Streaming", live=False
        )
        hulu_day = r.randint(4, 24)
        stop = self.months[max(3, int(n * 0.7))] if n > 5 else self.months[-1]
        for m in self.months:
            if m > stop:
                break
            ln = self.card(
                on_day(m, hulu_day),
                D("-7.99"),
                "HULU 877-8244858 CA",
                "Entertainment:Streaming",
                "Hulu",
                stream="Hulu",
                csv_payee="Hulu 877-8244858 CA",
            )
            if m == add_months(stop, -1) and ln:
                self.streams["Hulu"].cancelled_on = ln.txn_date + timedelta(days=4)
            if m == stop and ln:
                self.streams["Hulu"].after_cancel.append(ln.id)
        self.streams["Hulu"].amount = D("-7.99")

        self._everyday()
        self._dips()
        self._card_payments()
        self._savings()
        self._interest()
        if self.variant == "cn":
            self._wallets()
        self._fitids()
        self.accounts["checking"].opening = self._opening("checking", LOW_BALANCE + 700)
        as_of = add_months(self.end, 1)
        hh = Household(
            self.seed,
            self.variant,
            self.start,
            self.end,
            as_of,
            self.accounts,
            self.lines,
            self.streams,
            self._csv_months(),
        )
        return hh

    def _rises(self, name: str, prices: list[tuple[date, Decimal]]) -> None:
        s = self.streams[name]
        for (_, old), (_, new) in pairwise(prices):
            first = next((self.lines[i] for i in s.line_ids if self.lines[i].amount == -new), None)
            if first is not None and new > old:
                s.rises.append((first.posted, -old, -new))

    def _future(self, k: int) -> list[date]:
        return [add_months(self.months[-1], i) for i in range(1, k + 1)]

    def _upcoming_semimonthly(self) -> list[date]:
        return [prev_business(on_day(m, d)) for m in self._future(2) for d in (15, 31)]

    def _code(self, k: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(k))

    # --- everyday spending ------------------------------------------------------------------

    def _everyday(self) -> None:
        r, f = self.rng, self.noise
        day = self.start
        store_no = r.randint(1000, 99999)
        coffee = r.choice((D("4.95"), D("5.45"), D("6.15")))
        while day <= self.end:
            wd = day.weekday()
            if wd < 5 and r.random() < 0.6 * f:  # two same-priced coffees
                for _ in range(2):
                    self.card(
                        day,
                        -coffee,
                        f"STARBUCKS STORE {store_no:05d}",
                        "Food:Coffee",
                        "Starbucks",
                        csv_payee=f"STARBUCKS STORE {store_no:05d} CHARLOTTE NC",
                    )
            if r.random() < 0.25 * f:
                shop = r.choice(
                    (
                        ("TRADER JOE S #552", "Trader Joe's"),
                        ("WHOLEFDS MKT 10234", "Whole Foods"),
                        ("HARRIS TEETER #0123", "Harris Teeter"),
                    )
                )
                self.card(day, -money(r.uniform(25, 160)), shop[0], "Food:Groceries", shop[1])
            if r.random() < 0.14 * f:
                self.card(
                    day,
                    -money(r.uniform(9, 38)),
                    "UBER *TRIP 8005928996 CA",
                    "Transport:Rides & Taxis",
                    "Uber rides",
                    csv_payee="UBER *TRIP HELP.UBER.COM CA",
                )
            if r.random() < 0.13 * f:
                self.card(
                    day,
                    -money(r.uniform(18, 55)),
                    "UBER *EATS 8005928996 CA",
                    "Food:Delivery",
                    "Uber Eats",
                    csv_payee="UBER *EATS HELP.UBER.COM CA",
                )
            if r.random() < 0.09 * f:
                self.card(
                    day,
                    -money(r.uniform(30, 65)),
                    f"SHELL OIL {r.randint(10**7, 10**8)}",
                    "Transport:Fuel",
                    "Shell",
                )
            if r.random() < 0.10 * f:
                name = r.choice(
                    (
                        "TST* JOES PIZZA",
                        "SQ *BLUE BOTTLE COFFEE",
                        "CHIPOTLE 2231",
                        "TST* THE PORTER HOUSE",
                        "OLIVE GARDEN 0412",
                    )
                )
                cat = "Food:Coffee" if "COFFEE" in name else "Food:Dining"
                self.card(day, -money(r.uniform(12, 95)), name, cat, name)
            if r.random() < 0.11 * f:
                amt = money(r.uniform(8, 120))
                payee = r.choice(("AMZN Mktp US*", "AMAZON.COM*", "Amazon.com*")) + self._code(9)
                self.card(
                    day,
                    -amt,
                    payee,
                    "Shopping:Online",
                    "Amazon",
                    csv_payee=payee + " Amzn.com/bill WA",
                )
                if r.random() < 0.12:  # returned
                    back = day + timedelta(days=r.randint(8, 20))
                    self.card(
                        back,
                        amt,
                        payee,
                        "Shopping:Online",
                        "Amazon",
                        also=("Income:Refunds",),
                        csv_payee=payee + " Amzn.com/bill WA",
                    )
            if r.random() < 0.03 * f:
                name, cat = r.choice(
                    (
                        ("TARGET 00012345", "Shopping"),
                        ("HOME DEPOT #1234", "Shopping:Home"),
                        ("CVS/PHARMACY #04512", "Health:Pharmacy"),
                        ("BEST BUY 00004521", "Shopping:Electronics"),
                    )
                )
                self.card(day, -money(r.uniform(15, 400)), name, cat, name.split()[0])
            if r.random() < 0.006:  # one-off travel
                self.card(
                    day,
                    -money(r.uniform(180, 650)),
                    f"UNITED {r.randint(10**12, 10**13)}",
                    "Travel:Flights",
                    "United",
                )
            if wd == 5 and r.random() < 0.25:
                self.add(
                    "checking",
                    next_business(day),
                    -D(r.choice((60, 100, 200))),
                    f"ATM WITHDRAWAL {r.randint(100000, 999999)} 5TH AVE",
                    "Cash",
                    "ATM",
                )
            if r.random() < 0.04 * f:
                self.add(
                    "checking",
                    next_business(day),
                    -money(r.choice((20, 35, 50, 80))),
                    f"VENMO PAYMENT {r.randint(10**9, 10**10)}",
                    "Personal:Payments to friends",
                    "Venmo",
                )
            day += timedelta(days=1)

    # --- balances ----------------------------------------------------------------------------

    def _dips(self) -> None:
        """A few large checking payments a day or two before payday, each taking the balance
        below the threshold until money comes back from savings three days later."""
        r = self.rng
        k = 3 if len(self.months) >= 12 else 1
        last_year = self.months[-12:] if len(self.months) >= 12 else self.months
        picked = r.sample(last_year[1:-1] if len(last_year) > 3 else last_year, k)
        self._dip_plan = []
        for m in sorted(picked):
            day = prev_business(on_day(m, 12))
            self._dip_plan.append((day, money(r.uniform(60, 250))))

    def _card_payments(self) -> None:
        """Autopay on the 25th of the card's statement balance of the month before."""
        self.stream(
            "Card autopay",
            "checking",
            "Card payment",
            "monthly",
            "transfer",
            "Transfers:Card Payment",
        )
        self.stream(
            "Card payment in",
            "card",
            "Card payment",
            "monthly",
            "transfer",
            "Transfers:Card Payment",
        )
        last4 = self.accounts["card"].number[-4:]
        for m in self.months[1:]:
            prev = add_months(m, -1)
            owed = -sum(
                (
                    ln.amount
                    for ln in self.lines
                    if ln.account == "card"
                    and prev <= ln.posted < m
                    and ln.stream != "Card payment in"
                ),
                D(0),
            )
            if owed <= 0:
                continue
            day = next_business(on_day(m, 25))
            self.add(
                "checking",
                day,
                -owed,
                "CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224",
                "Transfers:Card Payment",
                "Card payment",
                stream="Card autopay",
            )
            self.add(
                "card",
                day,
                owed,
                f"AUTOMATIC PAYMENT - THANK YOU {last4}",
                "Transfers:Card Payment",
                "Card payment",
                stream="Card payment in",
                csv_payee="AUTOMATIC PAYMENT - THANK",
            )
        self.streams["Card autopay"].upcoming = [
            next_business(on_day(m, 25)) for m in self._future(2)
        ]

    def _savings(self) -> None:
        """A transfer to savings the day after payday, of about what checking has left over
        each month (so its balance neither runs away nor runs dry)."""
        r = self.rng
        self.stream(
            "Savings transfer",
            "checking",
            "Transfer to savings",
            "monthly",
            "transfer",
            "Transfers:Savings",
        )
        self.stream(
            "Savings transfer in",
            "savings",
            "Transfer to savings",
            "monthly",
            "transfer",
            "Transfers:Savings",
        )
        self.stream("Interest", "savings", "Interest", "monthly", "income", "Income:Interest")
        net = sum((ln.amount for ln in self.lines if ln.account == "checking"), D(0))
        surplus = net / len(self.months) - r.randint(0, 150)
        sav_amt = max(D(100), (surplus / 50).quantize(D(1)) * 50).quantize(CENT)
        chk4, sav4 = self.accounts["checking"].number[-4:], self.accounts["savings"].number[-4:]
        for m in self.months:
            day = next_business(on_day(m, 16))
            self.add(
                "checking",
                day,
                -sav_amt,
                f"ONLINE TRANSFER TO SAV XXXXX{sav4}",
                "Transfers:Savings",
                "Transfer to savings",
                stream="Savings transfer",
            )
            self.add(
                "savings",
                day,
                sav_amt,
                f"ONLINE TRANSFER FROM CHK XXXXX{chk4}",
                "Transfers:Savings",
                "Transfer to savings",
                stream="Savings transfer in",
            )
        self.streams["Savings transfer"].amount = -sav_amt
        self.streams["Savings transfer in"].amount = sav_amt

    def _interest(self) -> None:
        bal = money(self.rng.randint(6000, 15000))
        self.accounts["savings"].opening = bal
        for m in self.months:
            last = on_day(m, 31)
            flows = sum(
                (
                    ln.amount
                    for ln in self.lines
                    if ln.account == "savings" and m <= ln.posted <= last
                ),
                D(0),
            )
            bal += flows
            intr = money(bal * D("0.0035"))
            self.add(
                "savings",
                last,
                intr,
                "INTEREST PAYMENT",
                "Income:Interest",
                "Interest",
                stream="Interest",
            )
            bal += intr

    def _opening(self, account: str, floor: Decimal) -> Decimal:
        """An opening balance keeping the account at or above ``floor``; then the planned dips
        (a large payment and the money moved back from savings three days later)."""
        moves: dict[date, Decimal] = defaultdict(D)
        for ln in self.lines:
            if ln.account == account:
                moves[ln.posted] += ln.amount
        run, low, day = D(0), D(0), self.start
        balances = {}
        while day <= self.end:
            run += moves.get(day, D(0))
            balances[day] = run
            low = min(low, run)
            day += timedelta(days=1)
        opening = floor - low
        chk4, sav4 = self.accounts["checking"].number[-4:], self.accounts["savings"].number[-4:]
        for day, below in self._dip_plan:
            # the payment takes the day's balance ``below`` under the threshold
            amount = opening + balances[day] - (LOW_BALANCE - below)
            amount = money(max(amount, D("100")))
            self.add(
                "checking",
                day,
                -amount,
                f"CHECK # {self.rng.randint(1001, 1299)}",
                "Housing:Maintenance",
                "Check",
            )
            back = next_business(day + timedelta(days=3))
            self.add(
                "checking",
                back,
                amount,
                f"ONLINE TRANSFER FROM SAV XXXXX{sav4}",
                "Transfers:Savings",
                "Transfer from savings",
            )
            self.add(
                "savings",
                back,
                -amount,
                f"ONLINE TRANSFER TO CHK XXXXX{chk4}",
                "Transfers:Savings",
                "Transfer from savings",
            )
        self.lines.sort(key=lambda ln: (ln.posted, ln.id))
        remap = {ln.id: i for i, ln in enumerate(self.lines)}
        for i, ln in enumerate(self.lines):
            ln.id = i
        for s in self.streams.values():
            s.line_ids = sorted(remap[i] for i in s.line_ids)
            s.after_cancel = [remap[i] for i in s.after_cancel]
        self._fitids()
        return opening

    def _csv_months(self) -> list[date]:
        return self.months[-3:] if len(self.months) >= 4 else self.months[-1:]

    # --- Chinese wallets ---------------------------------------------------------------------

    def _wallets(self) -> None:
        r, f = self.rng, self.noise
        self.stream(
            "爱奇艺VIP", "alipay", "爱奇艺", "monthly", "subscription", "Entertainment:Streaming"
        )
        self.stream(
            "腾讯视频VIP",
            "wechat",
            "腾讯视频",
            "monthly",
            "subscription",
            "Entertainment:Streaming",
        )
        self.stream(
            "网易云音乐", "alipay", "网易云音乐", "annual", "subscription", "Entertainment:Music"
        )
        self.stream("中国移动", "alipay", "中国移动", "monthly", "bill", "Bills & Utilities:Phone")
        n = len(self.months)
        rise = self.months[max(1, n - r.randint(3, 10))]
        d1, d2, d3 = r.randint(2, 26), r.randint(2, 26), r.randint(5, 10)
        for m in self.months:
            p = D("25.00") if m < rise else D("30.00")
            self.add(
                "alipay",
                on_day(m, d1),
                -p,
                "北京爱奇艺科技有限公司",
                "Entertainment:Streaming",
                "爱奇艺",
                stream="爱奇艺VIP",
                memo="黄金VIP会员连续包月",
            )
            self.add(
                "wechat",
                on_day(m, d2),
                D("-30.00"),
                "腾讯视频",
                "Entertainment:Streaming",
                "腾讯视频",
                stream="腾讯视频VIP",
                memo="腾讯视频VIP会员自动续费",
            )
            self.add(
                "alipay",
                on_day(m, d3),
                -money(58 + r.choice((0, 0, 5, 10))),
                "中国移动",
                "Bills & Utilities:Phone",
                "中国移动",
                stream="中国移动",
                memo="话费充值",
            )
        self._rises("爱奇艺VIP", [(self.start, D("25.00")), (rise, D("30.00"))])
        self.streams["爱奇艺VIP"].amount = D("-30.00")
        self.streams["腾讯视频VIP"].amount = D("-30.00")
        self.streams["中国移动"].amount = D("-58.00")
        for name, day in (("爱奇艺VIP", d1), ("腾讯视频VIP", d2), ("中国移动", d3)):
            self.streams[name].upcoming = [on_day(m, day) for m in self._future(3)]
        yd = self.start + timedelta(days=r.randint(10, 200))
        while yd <= self.end:
            self.add(
                "alipay",
                yd,
                D("-158.00"),
                "网易云音乐",
                "Entertainment:Music",
                "网易云音乐",
                stream="网易云音乐",
                memo="黑胶VIP年卡",
            )
            last, yd = yd, add_months(yd, 12)
        self.streams["网易云音乐"].amount = D("-158.00")
        self.streams["网易云音乐"].upcoming = [add_months(last, 12)]
        day = self.start
        while day <= self.end:
            if day.weekday() < 5 and r.random() < 0.5 * f:
                for _ in range(2):
                    self.add(
                        "alipay",
                        day,
                        D("-9.90"),
                        "瑞幸咖啡",
                        "Food:Coffee",
                        "瑞幸咖啡",
                        memo="生椰拿铁",
                    )
            if r.random() < 0.15 * f:
                self.add(
                    "alipay",
                    day,
                    -money(r.uniform(18, 60)),
                    "美团外卖",
                    "Food:Delivery",
                    "美团外卖",
                    memo="美团订单",
                )
            if r.random() < 0.08 * f:
                self.add(
                    "wechat",
                    day,
                    -money(r.uniform(12, 48)),
                    "滴滴出行",
                    "Transport:Rides & Taxis",
                    "滴滴出行",
                    memo="快车",
                )
            if r.random() < 0.05 * f:
                self.add(
                    "alipay",
                    day,
                    -money(r.uniform(20, 300)),
                    "天猫超市",
                    "Food:Groceries",
                    "天猫超市",
                    memo="天猫超市订单",
                )
            if r.random() < 0.02 * f:
                self.add(
                    "wechat",
                    day,
                    -D(r.choice((66, 88, 200))),
                    "微信红包",
                    "Gifts & Donations",
                    "微信红包",
                    memo="/",
                )
            day += timedelta(days=1)

    def _fitids(self) -> None:
        for ln in self.lines:
            if ln.account in ("alipay", "wechat"):
                ln.fitid = f"{ln.posted:%Y%m%d}2200{self.seed % 100:02d}{ln.id:08d}"
            else:
                ln.fitid = f"{ln.posted:%Y%m%d}{self.seed % 1000:03d}{ln.id:07d}"


def generate(
    seed: int, variant: str = "us", *, months: int = 24, end: date = DEFAULT_END, noise: float = 1.0
) -> Household:
    """A household of ``months`` months of statements ending on ``end`` (a month's last day)."""
    return _Builder(seed, variant, months, end, noise).build()
