"""One credit card's month, written as the bank writes it twice: OFX and the Chase card CSV.

The two files describe the same charges the way real exports differ:

* OFX ``DTPOSTED`` is the posting date; the CSV's ``Transaction Date`` (what finapp reads) is
  the purchase date, 1–3 days earlier for purchases and returns, the same day for payments.
* Payee spellings differ: OFX ``NAME`` is the processor's descriptor in capitals
  ("AMAZON MKTPLACE PMTS AMZN.COM/BILL WA"), the CSV ``Description`` the bank's own
  ("AMZN Mktp US*2K4LM0XY3", with a different order code per order).
* The OFX carries the whole card number and FITIDs; the CSV has neither, only the last four in
  its file name ("Chase9012_Activity_20261031.CSV"), newest line first.

Realistic repeats are included on purpose: a daily coffee at the same price (two on one day),
subscriptions, Amazon orders of many amounts, and two $4.85 coffees at different shops on
neighbouring days.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

CARD_NUMBER = "4147202212349012"
LAST_FOUR = CARD_NUMBER[-4:]
CSV_HEADER = "Transaction Date,Post Date,Description,Category,Type,Amount,Memo"


@dataclass(frozen=True, slots=True)
class Charge:
    """One card transaction as both exports describe it."""

    purchased: date
    posted: date
    amount: str  # signed: negative is a charge
    ofx_name: str
    csv_description: str
    category: str
    kind: str  # the CSV's Type: Sale, Return, Payment
    fitid: str


@dataclass(frozen=True, slots=True)
class _Merchant:
    ofx_name: str
    csv_name: str  # "{code}" is replaced by an order code
    category: str
    low: int  # cents
    high: int


_MERCHANTS = (
    _Merchant(
        "AMAZON MKTPLACE PMTS AMZN.COM/BILL WA", "AMZN Mktp US*{code}", "Shopping", 799, 8999
    ),
    _Merchant(
        "WHOLE FOODS MARKET #10234 AUSTIN TX", "WHOLEFDS MKT 10234", "Groceries", 1850, 14200
    ),
    _Merchant("SHELL OIL 57444212345 AUSTIN TX", "SHELL OIL 57444212345", "Gas", 2800, 6100),
    _Merchant("TST* JOES DINER AUSTIN TX", "TST* JOES DINER", "Food & Drink", 1400, 4800),
    _Merchant("UBER *TRIP HELP.UBER.COM CA", "UBER   *TRIP", "Travel", 900, 3400),
    _Merchant("TARGET T-1234 AUSTIN TX", "TARGET 00012345", "Shopping", 1200, 9800),
    _Merchant("COSTCO WHSE #0123 AUSTIN TX", "COSTCO WHSE #0123", "Groceries", 4500, 21000),
    _Merchant("CHEVRON 0209876 AUSTIN TX", "CHEVRON 0209876", "Gas", 2500, 5800),
)
#: (OFX NAME, CSV Description, amount, day of month)
_SUBSCRIPTIONS = (
    ("NETFLIX.COM NETFLIX.COM CA", "Netflix.com", "-15.49", 3),
    ("SPOTIFY USA 877-7781161 NY", "Spotify USA", "-11.99", 9),
    ("APPLE.COM/BILL 866-712-7753 CA", "APPLE.COM/BILL", "-2.99", 14),
    ("NYTIMES 800-698-4637 NY", "NYTimes*NYTimes Subscr", "-17.00", 21),
)
COFFEE = ("STARBUCKS STORE 12345 AUSTIN TX", "STARBUCKS STORE 12345", "-4.85")
OTHER_COFFEE = ("SQ *BLUE BOTTLE COFFEE AUSTIN TX", "SQ *BLUE BOTTLE COFFEE", "-4.85")
PAYMENT = ("AUTOMATIC PAYMENT - THANK YOU", "Payment Thank You-Mobile")


class _Builder:
    """Charges of one statement month, posted inside it, with unique FITIDs."""

    def __init__(self, seed: int, month_start: date, month_end: date) -> None:
        self.rng = random.Random(seed)
        self.start, self.end = month_start, month_end
        self.charges: list[Charge] = []

    def add(
        self,
        purchased: date,
        amount: str,
        names: tuple[str, str],
        category: str,
        kind: str = "Sale",
        lag: int | None = None,
    ) -> None:
        posted = purchased + timedelta(days=self.rng.randint(1, 3) if lag is None else lag)
        if not self.start <= posted <= self.end:
            return
        fitid = f"{posted:%Y%m%d}{len(self.charges):04d}{self.rng.randrange(10**8):08d}"
        self.charges.append(
            Charge(purchased, posted, amount, names[0], names[1], category, kind, fitid)
        )

    def code(self) -> str:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        return "".join(self.rng.choice(letters) for _ in range(10))

    def day(self) -> date:
        return self.start + timedelta(days=self.rng.randint(-3, (self.end - self.start).days))


def card_month(
    seed: int = 14,
    month_start: date = date(2026, 10, 1),
    month_end: date = date(2026, 10, 31),
    size: int = 152,
) -> list[Charge]:
    """``size`` charges posted between ``month_start`` and ``month_end`` (both exports' lines)."""
    b = _Builder(seed, month_start, month_end)
    for name, description, amount, day in _SUBSCRIPTIONS:
        b.add(
            month_start.replace(day=day) - timedelta(days=1),
            amount,
            (name, description),
            "Entertainment",
        )
    b.add(month_start + timedelta(days=12), "1250.00", PAYMENT, "", "Payment", lag=0)
    purchased = month_start - timedelta(days=2)
    while purchased <= month_end:  # a coffee every day, two on Mondays
        for _ in range(2 if purchased.weekday() == 0 else 1):
            b.add(purchased, COFFEE[2], COFFEE[:2], "Food & Drink")
        purchased += timedelta(days=1)
    b.add(month_start + timedelta(days=16), OTHER_COFFEE[2], OTHER_COFFEE[:2], "Food & Drink")
    while len(b.charges) < size:
        shop = b.rng.choice(_MERCHANTS)
        cents = b.rng.randint(shop.low, shop.high)
        kind = "Return" if b.rng.random() < 0.04 else "Sale"
        amount = f"{'' if kind == 'Return' else '-'}{cents // 100}.{cents % 100:02d}"
        b.add(
            b.day(),
            amount,
            (shop.ofx_name, shop.csv_name.format(code=b.code())),
            shop.category,
            kind,
        )
    return sorted(b.charges[:size], key=lambda c: (c.posted, c.fitid))


def card_ofx(charges: list[Charge], number: str = CARD_NUMBER) -> str:
    """The card's OFX 1.x download: posting dates, the bank's descriptors, FITIDs."""
    txns = "\n".join(
        "<STMTTRN><TRNTYPE>{}<DTPOSTED>{:%Y%m%d}120000[-5:EST]<TRNAMT>{}<FITID>{}"
        "<NAME>{}</STMTTRN>".format(
            "CREDIT" if not c.amount.startswith("-") else "DEBIT",
            c.posted,
            c.amount,
            c.fitid,
            c.ofx_name,
        )
        for c in charges
    )
    first = min(c.posted for c in charges)
    last = max(c.posted for c in charges)
    return (
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
        "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
        "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        "<DTSERVER>20261101<LANGUAGE>ENG<FI><ORG>B1<FID>10898</FI></SONRS></SIGNONMSGSRSV1>"
        "<CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        f"<CCSTMTRS><CURDEF>USD<CCACCTFROM><ACCTID>{number}</CCACCTFROM>"
        f"<BANKTRANLIST><DTSTART>{first:%Y%m%d}<DTEND>{last:%Y%m%d}\n{txns}\n</BANKTRANLIST>"
        "</CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>\n"
    )


def card_csv(charges: list[Charge]) -> str:
    """The same charges as Chase's card CSV: purchase dates, its own payees, newest first."""
    ordered = sorted(charges, key=lambda c: (c.posted, c.purchased, c.fitid), reverse=True)
    lines = [CSV_HEADER] + [
        f"{c.purchased:%m/%d/%Y},{c.posted:%m/%d/%Y},{c.csv_description},{c.category},"
        f"{c.kind},{c.amount},"
        for c in ordered
    ]
    return "\n".join(lines) + "\n"


def csv_file_name(last_four: str = LAST_FOUR, end: date = date(2026, 10, 31)) -> str:
    """How Chase names the download: the card's last four and the day it was made."""
    return f"Chase{last_four}_Activity_{end:%Y%m%d}.CSV"
