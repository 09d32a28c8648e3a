"""A household's OFX history the way banks write it, for benchmarks that do not flatter.

``python -m bench.realistic_statements --transactions N --out FILE.ofx [--seed S]``

Tidy generated payees (the same eight names over and over) make every cache hit and every rule
match look cheap. Real statements name hundreds of merchants, each in several spellings: store
numbers and cities (``WHOLEFDS MKT #10234 AUSTIN TX``), a reference that changes every time
(``AMZN Mktp US*2K4RT1``), processor prefixes (``SQ *``, ``TST*``, ``PAYPAL *``), phone numbers,
Chinese wallets (``支付宝-盒马鲜生``). This module writes one OFX file holding four statements
(checking, savings, a credit card in USD and a CNY debit account) over about
``N / 82`` days (at least 13 months, so a year of subscriptions shows): salary, rent, bills,
subscriptions monthly and yearly with price increases, transfers between own accounts with both
sides (a savings app's 5.00 about once a day among them), the card paid each month from
checking, and the purchases that fill the rest. The same
seed gives the same bytes; every FITID is unique; there are exactly ``N`` transactions.
"""

from __future__ import annotations

import argparse
import functools
import random
import string
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

#: Transactions per day of history: 300k transactions make about ten years.
DAILY_VOLUME = 82
#: The savings app's one sum, and one auto-save (two lines) for this many transactions.
_AUTO_SAVE = 500
_AUTO_SAVE_SHARE = 80
#: The shortest history written, so yearly charges and price increases appear.
MIN_DAYS = 396
LAST_DAY = date(2026, 10, 31)

CHECKING, SAVINGS, CARD, CNY = range(4)
_ACCOUNTS = (  # (statement kind, bank id, account id, type, currency)
    ("STMTRS", "111000614", "000004521873", "CHECKING", "USD"),
    ("STMTRS", "111000614", "000009034412", "SAVINGS", "USD"),
    ("CCSTMTRS", "", "4147202219874416", "", "USD"),
    ("STMTRS", "308584000", "6214830219981234", "CHECKING", "CNY"),
)
_ALNUM = string.ascii_uppercase + string.digits

# fmt: off
_CITIES = (
    ("AUSTIN", "TX"), ("ROUND ROCK", "TX"), ("SAN MATEO", "CA"), ("OAKLAND", "CA"),
    ("SEATTLE", "WA"), ("BELLEVUE", "WA"), ("BROOKLYN", "NY"), ("JERSEY CITY", "NJ"),
    ("CAMBRIDGE", "MA"), ("DENVER", "CO"), ("CHICAGO", "IL"), ("PORTLAND", "OR"),
    ("SAN JOSE", "CA"), ("PLANO", "TX"), ("ARLINGTON", "VA"),
)
# (descriptor with {n} store number, {c} city, {s} state; cents low, high; weight; account)
_CHAINS = (
    ("WHOLEFDS MKT #{n} {c} {s}", 1800, 16000, 6, CARD),
    ("TRADER JOE S #{n} {c} {s}", 1500, 9000, 6, CARD),
    ("SAFEWAY #{n} {c} {s}", 900, 12000, 4, CHECKING),
    ("TARGET        {n:08d} {c} {s}", 800, 14000, 4, CARD),
    ("COSTCO WHSE #{n:04d} {c} {s}", 6000, 32000, 3, CHECKING),
    ("SHELL OIL {n}0{n} {c} {s}", 2500, 7800, 4, CARD),
    ("CHEVRON {n:07d} {c} {s}", 2200, 7200, 3, CARD),
    ("STARBUCKS STORE {n:05d} {c} {s}", 350, 1450, 8, CARD),
    ("CVS/PHARMACY #{n:05d} {c} {s}", 400, 6500, 3, CHECKING),
    ("WALGREENS #{n:05d} {c} {s}", 350, 5200, 2, CARD),
    ("THE HOME DEPOT #{n:04d} {c} {s}", 900, 38000, 2, CARD),
    ("MCDONALD'S F{n:05d} {c} {s}", 450, 2400, 3, CHECKING),
    ("CHIPOTLE {n:04d} {c} {s}", 950, 4200, 4, CARD),
    ("PANERA BREAD #{n:06d} {c} {s}", 850, 3900, 2, CARD),
    ("H-E-B #{n:03d} {c} {s}", 1200, 21000, 4, CHECKING),
    ("SPROUTS FARMERS MKT#{n:03d} {c} {s}", 1100, 8800, 2, CARD),
)
# (descriptor with {r} reference changing every time; cents low, high; weight; account)
_REFERENCED = (
    ("AMZN Mktp US*{r}", 699, 18900, 12, CARD),
    ("Amazon.com*{r}", 899, 15900, 6, CARD),
    ("AMZN Digital*{r}", 99, 1499, 3, CARD),
    ("UBER   *TRIP {r} HELP.UBER.COM CA", 780, 6400, 5, CARD),
    ("UBER   *EATS {r} HELP.UBER.COM CA", 1400, 5600, 4, CARD),
    ("LYFT   *RIDE {r} LYFT.COM CA", 650, 4800, 3, CARD),
    ("DOORDASH*{r} WWW.DOORDASH. CA", 1600, 6200, 4, CARD),
    ("INSTACART*{r} SAN FRANCISCOCA", 4200, 19000, 2, CARD),
    ("APPLE.COM/BILL {r} 866-712-7753 CA", 99, 999, 2, CARD),
    ("EBAY O*{r}", 1200, 22000, 1, CARD),
    ("ETSY.COM*{r} BROOKLYN NY", 1500, 7500, 1, CARD),
    ("VENMO *{r} VISA DIRECT NY", 1000, 12000, 2, CHECKING),
)
_ADJECTIVES = (
    "BLUE", "GOLDEN", "LITTLE", "RED", "GREEN", "HAPPY", "OLD", "NEW", "LUCKY", "SUNNY",
    "SILVER", "URBAN", "NORTH", "SOUTH", "EAST", "WEST", "ROYAL", "WILD", "SWEET", "PINE",
)
_NOUNS = (
    ("BOTTLE COF", 380, 1600), ("WOK", 1200, 4800), ("BAKERY", 450, 2800),
    ("TACO", 900, 3200), ("BARBER", 2500, 6000), ("FLORIST", 2400, 9000),
    ("PIZZA", 1500, 5200), ("BOOKS", 1200, 6500), ("DELI", 700, 2600),
    ("NAILS", 3000, 7500), ("RAMEN", 1400, 4600), ("DONUTS", 300, 1800),
    ("PHO", 1100, 3800), ("CYCLES", 1500, 24000), ("TEA HOUSE", 450, 1900),
    ("BURGER", 900, 3600), ("GRILL", 1800, 8800), ("CLEANERS", 1400, 6800),
)
# (payee; cents low, high; weight) in the CNY account: wallets, delivery, rides
_CHINESE = (
    ("美团外卖", 1800, 9800, 8),
    ("滴滴出行", 900, 8500, 5),
    ("饿了么", 1900, 8800, 3),
    ("京东商城", 2900, 89900, 3),
    ("拼多多", 590, 12900, 3),
    ("淘宝 {r}", 990, 39900, 3),
    ("中国石化加油站{n}", 15000, 42000, 2),
    ("地铁 {c}", 200, 900, 3),
)
_WALLET_SHOPS = (
    "盒马鲜生", "星巴克", "瑞幸咖啡", "全家便利店", "罗森", "麦当劳", "肯德基", "喜茶",
    "永辉超市", "屈臣氏", "海底捞", "沃尔玛", "华联超市", "西贝莜面村", "奈雪的茶", "鲜丰水果",
)
_CN_CITIES = ("上海", "北京", "杭州", "深圳", "南京", "成都")
# fmt: on


@dataclass(frozen=True, slots=True)
class Merchant:
    """One place that charges the household: its descriptor is ``prefix + reference + suffix``
    where the reference is new each time (empty ``ref_len`` for a fixed descriptor)."""

    prefix: str
    ref_len: int
    suffix: str
    low: int  # cents
    high: int
    weight: int
    account: int


@dataclass(frozen=True, slots=True)
class Txn:
    """One statement line before it is written: amount in cents, negative for money out."""

    account: int
    day: int  # days since the first day
    cents: int
    name: str
    memo: str = ""


def merchants(rng: random.Random) -> list[Merchant]:
    """The household's merchants: chain stores in several cities, referenced online charges,
    local shops behind card processors, and Chinese payees in the CNY account."""
    found: list[Merchant] = []
    for pattern, low, high, weight, account in _CHAINS:
        for city, state in rng.sample(_CITIES, rng.randint(3, 8)):
            text = pattern.format(n=rng.randint(100, 29999), c=city, s=state)
            found.append(Merchant(text, 0, "", low, high, weight, account))
    for pattern, low, high, weight, account in _REFERENCED:
        prefix, suffix = pattern.split("{r}")
        found.append(
            Merchant(prefix, rng.choice((6, 8, 9)), suffix, low, high, weight * 4, account)
        )
    for adjective in _ADJECTIVES:
        for noun, low, high in rng.sample(_NOUNS, 8):
            processor = rng.choice(("SQ *", "TST* ", "SQ *", "PAYPAL *", "CLOVER "))
            city, state = rng.choice(_CITIES)
            name = f"{processor}{adjective} {noun}"[:22]
            suffix = f" {city[:13]} {state}" if processor.startswith("TST") else ""
            found.append(Merchant(name + suffix, 0, "", low, high, 1, rng.choice((CARD, CHECKING))))
    for pattern, low, high, weight in _CHINESE:
        if "{n}" in pattern or "{c}" in pattern:
            for city in rng.sample(_CN_CITIES, 3):
                text = pattern.format(n=rng.randint(1, 999), c=city)
                found.append(Merchant(text, 0, "", low, high, weight, CNY))
        else:
            prefix, reference, suffix = pattern.partition("{r}")
            found.append(
                Merchant(prefix, 12 if reference else 0, suffix, low, high, weight * 3, CNY)
            )
    for wallet in ("支付宝-", "财付通-", "微信支付-"):
        for shop in _WALLET_SHOPS:
            found.append(Merchant(wallet + shop, 0, "", 800, 16800, 2, CNY))
    return found


def _reference(rng: random.Random, length: int) -> str:
    return "".join(rng.choices(_ALNUM, k=length))


def _months(first: date, days: int) -> Iterator[tuple[int, int]]:
    """(year, month) of every month the history touches."""
    year, month = first.year, first.month
    last = first + timedelta(days=days - 1)
    while (year, month) <= (last.year, last.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _on(first: date, days: int, year: int, month: int, dom: int) -> int | None:
    """The offset of ``year-month-dom`` (clamped to the 28th) when it lies in the history."""
    offset = (date(year, month, min(dom, 28)) - first).days
    return offset if 0 <= offset < days else None


# (descriptor, account, day of month, cents per price era, months between charges)
_SUBSCRIPTIONS = (
    ("NETFLIX.COM 866-579-7172 CA", CARD, 7, (1549, 1799, 2299), 1),
    ("SPOTIFY USA 877-7781161 NY", CARD, 12, (999, 1099, 1199), 1),
    ("HULU 877-8244858 CA", CARD, 19, (799, 999), 1),
    ("APPLE.COM/BILL 866-712-7753 CA", CARD, 3, (299,), 1),
    ("GOOGLE *YouTubePremium g.co/helppay#", CARD, 22, (1199, 1399), 1),
    ("NYTIMES*NYTimes Digital 800-698-4637 NY", CARD, 15, (400, 1700, 2500), 1),
    ("PLANET FITNESS CLUB FEES 844-880-7180 NH", CHECKING, 17, (2499, 2999), 1),
    ("COMCAST CABLE COMM 800-COMCAST PA", CARD, 9, (7999, 8499, 8999), 1),
    ("VERIZON WRLS P2007-01 800-922-0204 GA", CHECKING, 24, (13412, 14018), 1),
    ("GEICO *AUTO 800-841-3000 DC", CARD, 5, (11873, 12641, 13309), 1),
    ("AMAZON PRIME*2K31H0 Amzn.com/bill WA", CARD, 14, (11900, 13900), 12),
    ("Microsoft*Microsoft 365 F 800-642-7676 WA", CARD, 2, (6999, 9999), 12),
    ("DROPBOX*8MKZPQ2 DROPBOX.COM CA", CARD, 27, (11988,), 12),
    ("STATE FARM INSURANCE 800-956-6310 IL", CHECKING, 11, (124318, 131907), 12),
    ("爱奇艺VIP会员 连续包月", CNY, 8, (2500, 2800), 1),
    ("QQ音乐 绿钻豪华版", CNY, 16, (1500, 1800), 1),
    ("腾讯视频VIP 自动续费", CNY, 21, (3000,), 1),
)


def _add_on(
    out: list[Txn],
    first: date,
    days: int,
    year: int,
    month: int,
    account: int,
    dom: int,
    cents: int,
    name: str,
    memo: str = "",
) -> None:
    """A line on ``year-month-dom`` appended to ``out`` when that day is in the history."""
    offset = _on(first, days, year, month, dom)
    if offset is not None:
        out.append(Txn(account, offset, cents, name, memo))


def _scheduled(rng: random.Random, first: date, days: int) -> list[Txn]:
    """Rent, bills, subscriptions, interest, salary in CNY and transfers to savings."""
    out: list[Txn] = []
    months = list(_months(first, days))
    era = max(1, len(months) // 3)
    for index, (year, month) in enumerate(months):
        add = functools.partial(_add_on, out, first, days, year, month)

        add(
            CHECKING,
            1,
            -(218437 + 6120 * (index // 12)),
            "ROCKET MORTGAGE WEB PMT",
            f"ROCKET MORTGAGE WEB PMT {_reference(rng, 10)} WEB ID: 9000392851",
        )
        add(
            CHECKING,
            20,
            -rng.randint(6800, 24500),
            "AUSTIN ENERGY UTIL",
            f"CITY OF AUSTIN UTILITIES ACH {_reference(rng, 8)}",
        )
        add(
            CHECKING,
            13,
            -rng.randint(3100, 7900),
            "TEXAS GAS SERVICE",
            f"TEXAS GAS SERVICE ONLINE {_reference(rng, 7)}",
        )
        for name, account, dom, prices, every in _SUBSCRIPTIONS:
            if index % every == dom % every:
                cents = prices[min(index // era, len(prices) - 1)]
                add(account, dom + rng.randint(0, 1), -cents, name)
        add(SAVINGS, 28, rng.randint(80, 4200), "INTEREST PAYMENT", "INTEREST PAID THIS PERIOD")
        add(CNY, 10, 2860000 + 120000 * (index // 12), "代发工资", "上海云杉信息科技有限公司 工资")
        ref = _reference(rng, 8)
        _both_sides(
            out,
            first,
            days,
            (year, month, 2),
            rng.randint(0, 1),
            rng.randint(40000, 95000),
            (CHECKING, f"ONLINE TRANSFER TO SAV XXXXXX4412 REF #IB{ref}"),
            (SAVINGS, f"ONLINE TRANSFER FROM CHK XXXXXX1873 REF #IB{ref}"),
        )
        if index % 5 == 4:
            ref = _reference(rng, 8)
            _both_sides(
                out,
                first,
                days,
                (year, month, 16),
                0,
                rng.randint(50000, 300000),
                (SAVINGS, f"ONLINE TRANSFER TO CHK XXXXXX1873 REF #IB{ref}"),
                (CHECKING, f"ONLINE TRANSFER FROM SAV XXXXXX4412 REF #IB{ref}"),
            )
    return out


def _both_sides(
    out: list[Txn],
    first: date,
    days: int,
    when: tuple[int, int, int],
    lag: int,
    cents: int,
    source: tuple[int, str],
    target: tuple[int, str],
) -> None:
    """Money leaving ``source`` and arriving in ``target`` ``lag`` days later, both in history."""
    offset = _on(first, days, *when)
    if offset is not None and offset + lag < days:
        out.append(Txn(source[0], offset, -cents, source[1][:32], source[1]))
        out.append(Txn(target[0], offset + lag, cents, target[1][:32], target[1]))


def _auto_saves(days: int, count: int) -> list[Txn]:
    """A savings app's habit: the same 5.00 moved from checking to savings ``count`` times,
    spread evenly over the history (about once a day at the usual volume), both sides the same
    day. One size on thousands of days: what pairing transfers must not compare with every
    other line of its size."""
    out: list[Txn] = []
    for n in range(count):
        day = n * days // count
        out.append(Txn(CHECKING, day, -_AUTO_SAVE, f"AUTOSAVE TO SAVINGS 4412 #{n:06d}"))
        out.append(Txn(SAVINGS, day, _AUTO_SAVE, f"AUTOSAVE FROM CHECKING 1873 #{n:06d}"))
    return out


def _paydays(first: date, days: int) -> list[int]:
    """Every other Friday."""
    friday = (4 - first.weekday()) % 7
    return list(range(friday, days, 14))


def _card_payments(txns: list[Txn], first: date, days: int) -> list[Txn]:
    """Each month's card spending paid in full from checking on the 25th of the next month;
    the card sees the credit two days later."""
    spent: dict[tuple[int, int], int] = {}
    for t in txns:
        if t.account == CARD:
            when = first + timedelta(days=t.day)
            spent[(when.year, when.month)] = spent.get((when.year, when.month), 0) - t.cents
    out: list[Txn] = []
    for (year, month), cents in sorted(spent.items()):
        due = (year + 1, 1, 25) if month == 12 else (year, month + 1, 25)
        if cents > 0:
            _both_sides(
                out,
                first,
                days,
                due,
                2,
                cents,
                (CHECKING, "CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224"),
                (CARD, "AUTOMATIC PAYMENT - THANK YOU"),
            )
    return out


def _purchases(rng: random.Random, count: int, days: int, places: list[Merchant]) -> list[Txn]:
    """``count`` purchases (one in 60 a refund), merchants drawn by weight, days uniformly."""
    picks = rng.choices(places, weights=[m.weight for m in places], k=count)
    out: list[Txn] = []
    for place in picks:
        day = rng.randrange(days)
        cents = rng.randint(place.low, place.high)
        text = place.prefix
        if place.ref_len:
            text += _reference(rng, place.ref_len) + place.suffix
        memo = ""
        if place.account == CHECKING:
            memo = f"DEBIT CARD PURCHASE CARD 7781 {text} {rng.randrange(10**11):011d}"
        elif len(text) > 32:
            memo = text
        if rng.randrange(60) == 0:
            cents = -cents  # a return
        out.append(Txn(place.account, day, -cents, text[:32], memo))
    return out


def _atm(rng: random.Random, count: int, days: int) -> list[Txn]:
    """Cash: round amounts, a machine number and a street that vary."""
    streets = ("1100 CONGRESS AVE", "501 W 6TH ST", "2901 S LAMAR BLVD", "9500 S IH 35")
    return [
        Txn(
            CHECKING,
            rng.randrange(days),
            -rng.choice((4000, 6000, 10000, 20000)),
            f"ATM WITHDRAWAL 00{rng.randint(1000, 9999)}",
            f"ATM WITHDRAWAL 00{rng.randint(1000, 9999)} {rng.choice(streets)} AUSTIN TX",
        )
        for _ in range(count)
    ]


def _salaries(first: date, days: int, outflow: int) -> list[Txn]:
    """Paychecks that keep checking slightly ahead of what leaves it, with a raise each year."""
    paydays = _paydays(first, days)
    base = outflow * 103 // 100 // max(1, len(paydays))
    return [
        Txn(
            CHECKING,
            day,
            base * (100 + 3 * (day // 365)) // 103 + (day * 37) % 97,
            "ACME CORP PAYROLL",
            f"ACME CORP PAYROLL PPD ID: 1{day % 7}93217648",
        )
        for day in paydays
    ]


def household(transactions: int, seed: int = 1) -> tuple[date, list[Txn]]:
    """The first day of history and exactly ``transactions`` statement lines."""
    rng = random.Random(seed)
    days = max(MIN_DAYS, transactions // DAILY_VOLUME)
    first = LAST_DAY - timedelta(days=days - 1)
    fixed = _scheduled(rng, first, days)
    n_card = sum(1 for _ in _months(first, days))
    n_salary = len(_paydays(first, days))
    n_atm = days // 9
    saves = _auto_saves(days, transactions // _AUTO_SAVE_SHARE)
    rest = transactions - len(fixed) - len(saves) - 2 * n_card - n_salary - n_atm
    if rest < 0:
        raise ValueError(f"at least {transactions - rest} transactions are needed")
    txns = fixed + saves + _atm(rng, n_atm, days) + _purchases(rng, rest, days, merchants(rng))
    payments = _card_payments(txns, first, days)
    # a month with no card spending has no payment: more purchases take its two lines
    missing = 2 * n_card - len(payments)
    txns += payments + _purchases(rng, missing, days, [_LOCAL_BAKERY])
    outflow = -sum(t.cents for t in txns if t.account == CHECKING and t.cents < 0)
    txns += _salaries(first, days, outflow)
    assert len(txns) == transactions
    return first, txns


_LOCAL_BAKERY = Merchant("SQ *LITTLE BAKERY", 0, "", 450, 2800, 1, CHECKING)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


def _amount(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def render(first: date, txns: list[Txn]) -> str:
    """One OFX 1.02 (SGML, UTF-8) document with a statement per account, lines by date."""
    days = max(t.day for t in txns) + 1
    stamps = [(first + timedelta(days=d)).strftime("%Y%m%d") for d in range(days)]
    by_account: list[list[Txn]] = [[] for _ in _ACCOUNTS]
    for t in txns:
        by_account[t.account].append(t)
    bank: list[str] = []
    card: list[str] = []
    for index, (kind, bank_id, number, acct_type, currency) in enumerate(_ACCOUNTS):
        lines = sorted(by_account[index], key=lambda t: t.day)
        if not lines:  # a history of fewer accounts (bench.one_off_payees) states no others
            continue
        body = []
        for seq, t in enumerate(lines):
            kind_word = "CREDIT" if t.cents > 0 else "DEBIT"
            memo = f"<MEMO>{_escape(t.memo)}" if t.memo else ""
            body.append(
                f"<STMTTRN><TRNTYPE>{kind_word}<DTPOSTED>{stamps[t.day]}120000[-5:EST]"
                f"<TRNAMT>{_amount(t.cents)}<FITID>{stamps[t.day]}{index}{seq:07d}"
                f"<NAME>{_escape(t.name)}{memo}</STMTTRN>"
            )
        stated = _amount(1234567 + 100000 * index)
        balance = f"<LEDGERBAL><BALAMT>{stated}<DTASOF>{stamps[-1]}</LEDGERBAL>"
        if kind == "CCSTMTRS":
            account = f"<CCACCTFROM><ACCTID>{number}</CCACCTFROM>"
            balance = f"<LEDGERBAL><BALAMT>-2417.38<DTASOF>{stamps[-1]}</LEDGERBAL>"
        else:
            account = (
                f"<BANKACCTFROM><BANKID>{bank_id}<ACCTID>{number}"
                f"<ACCTTYPE>{acct_type}</BANKACCTFROM>"
            )
        wrapper = "CCSTMTTRNRS" if kind == "CCSTMTRS" else "STMTTRNRS"
        statement = (
            f"<{wrapper}><TRNUID>{index + 1}<STATUS><CODE>0<SEVERITY>INFO</STATUS>"
            f"<{kind}><CURDEF>{currency}{account}<BANKTRANLIST><DTSTART>{stamps[0]}"
            f"<DTEND>{stamps[-1]}\n" + "\n".join(body) + f"\n</BANKTRANLIST>{balance}"
            f"</{kind}></{wrapper}>\n"
        )
        (card if kind == "CCSTMTRS" else bank).append(statement)
    return (
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:UTF-8\n"
        "CHARSET:NONE\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
        f"<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        f"<DTSERVER>{stamps[-1]}<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>\n"
        "<BANKMSGSRSV1>\n" + "".join(bank) + "</BANKMSGSRSV1>\n"
        "<CREDITCARDMSGSRSV1>\n" + "".join(card) + "</CREDITCARDMSGSRSV1></OFX>\n"
    )


def write_statements(path: Path, transactions: int, seed: int = 1) -> Path:
    """Write the household's history of ``transactions`` lines to ``path``; return ``path``."""
    path.write_text(render(*household(transactions, seed)), encoding="utf-8")
    return path


def last_days(first: date, txns: list[Txn], days: int) -> tuple[int, date, list[Txn]]:
    """The household's last ``days`` days as the bank's download of them: the day they start
    (counted from ``first``, and as a date) and their lines, counted from that day. The lines
    before that day are the years a user imported earlier."""
    cut = max(t.day for t in txns) + 1 - days
    return (
        cut,
        first + timedelta(days=cut),
        [replace(t, day=t.day - cut) for t in txns if t.day >= cut],
    )


def write_years_and_month(
    years: Path, month: Path, transactions: int, days: int = 30, seed: int = 1
) -> tuple[Path, Path]:
    """The household's history of ``transactions`` lines as two downloads: the years before
    its last ``days`` days, then those days, each its own statement from its own first day (a
    user who imported the years adds the month's statement)."""
    first, txns = household(transactions, seed)
    cut, start, recent = last_days(first, txns, days)
    years.write_text(render(first, [t for t in txns if t.day < cut]), encoding="utf-8")
    month.write_text(render(start, recent), encoding="utf-8")
    return years, month


def statements_parser(module: str, about: str) -> argparse.ArgumentParser:
    """The arguments every statement writer of the bench takes: how many lines, where, seed."""
    parser = argparse.ArgumentParser(prog=f"python -m {module}", description=about)
    parser.add_argument("--transactions", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    return parser


def main(argv: list[str]) -> int:
    args = statements_parser("bench.realistic_statements", __doc__.splitlines()[0]).parse_args(argv)
    write_statements(args.out, args.transactions, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
