"""A Columbus, Ohio family's fourteen months (October 2025 to November 2026) as their banks and
apps let them download them, and what is true of it.

Mark Miller is paid by ACME twice a month into the couple's Chase Total Checking (…4417), which
pays the mortgage, AEP Ohio's metered electricity, Verizon, the rent of their daughter Emma's
apartment by Zelle, a monthly move to the credit union, Venmo top-ups, a lawn service by check,
and the Chase Sapphire card (…9921) in full each month (by autopay, twice by hand in the app).
Jennifer Miller is paid by OhioHealth into Kemba Financial Credit Union (…1207, a QFX download),
which pays Columbia Gas and the American Express card in full. The Sapphire carries Spectrum,
Netflix (15.49, then 17.99 from March 2026), the Peloton app, Planet Fitness's annual fee, Kroger,
Amazon (one order returned) and Starbucks (two identical coffees on 2026-04-14). The Amex carries
Spotify Family, Disney+ (cancelled on 2026-06-25 after its June charge, charged once more on
2026-07-20), Costco and Costco's yearly membership. Jennifer's Venmo pays and is paid by friends.

The layouts are the real ones: Chase checking's ``Details,Posting Date,…,Check or Slip #`` with
the comma Chase leaves at the end of each row, Chase card's ``Transaction Date,Post Date,…,Memo``
(charges negative), Amex's plain ``Date,Description,Amount`` (charges positive), a credit
union's OFX 1.02 SGML with ``<INTU.BID>``, and Venmo's statement with its preamble lines, its
beginning-balance row, ``- $25.00``/``+ $25.00`` amounts and its closing row.

Each month's files are downloaded between 0 and 35 days after the month ends and cover the last
45 to 90 days, so downloads overlap as "since last download" and "last 90 days" do.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from tests.households import truth_file
from tests.households.truth_file import MONTHS

D = Decimal
FIRST = date(2025, 10, 1)
#: Days after each month's end on which the family downloads that month's files.
DOWNLOAD_AFTER = (4, 12, 0, 33, 6, 20, 2, 28, 9, 15, 25, 1, 18, 5)
#: Days each download reaches back, per account, before being stretched to meet the last one.
WINDOWS = {"chase": 90, "sapphire": 60, "amex": 45, "cu": 90, "venmo": 60}
OPENING = {"chase": D("8240.17"), "cu": D("6112.48"), "venmo": D("0.00")}
ACCOUNTS = ("chase", "sapphire", "amex", "cu", "venmo")


@dataclass
class Line:
    """One line of one account's statement, and what it is to the household.

    ``amount`` is the account's own view: money out of a bank account or wallet, or a charge
    on a card, is negative. ``kind`` is income, spend, refund or transfer.
    """

    account: str
    day: date  # the line's date in its file (a card's transaction date)
    amount: Decimal
    text: str
    kind: str
    extra: dict[str, str] = field(default_factory=dict)
    seq: int = 0
    posted: date | None = None  # the day the bank posts it, when later: what a download filters

    @property
    def on(self) -> date:
        return self.posted or self.day

    @property
    def month(self) -> str:
        return f"{self.day:%Y-%m}"


@dataclass
class Family:
    lines: list[Line] = field(default_factory=list)

    def add(self, account: str, day: date, amount: str | Decimal, text: str, kind: str,
            posted: date | None = None, **extra: str) -> Line:  # fmt: skip
        line = Line(account, day, D(amount), text, kind, dict(extra), len(self.lines), posted)
        self.lines.append(line)
        return line

    def of(self, account: str) -> list[Line]:
        return [ln for ln in self.lines if ln.account == account]


def _workday(day: date) -> date:
    """Payroll and ACH debits land on the Friday before a weekend."""
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _next_workday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def month_end(y: int, m: int) -> date:
    return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)


def _vary(base: str, n: int, habit: int) -> Decimal:
    """What a habit cost in the ``n``-th month: never the same sum twice."""
    return D(base) + D((n * 37 + habit * 11) % 23 - 11) * D("1.37")


#: AEP Ohio's metered bill by calendar month: air conditioning in summer, heat pump in winter
_POWER = {1: "187.42", 2: "171.08", 3: "128.66", 4: "97.31", 5: "104.85", 6: "163.90",
          7: "211.74", 8: "204.17", 9: "149.22", 10: "108.53", 11: "121.39",
          12: "176.04"}  # fmt: skip
_GAS = {1: "164.20", 2: "151.77", 3: "102.48", 4: "61.35", 5: "38.90", 6: "29.14", 7: "27.66",
        8: "26.91", 9: "30.48", 10: "47.12", 11: "96.83", 12: "142.55"}  # fmt: skip


#: Jennifer's share of evenings out, paid by Venmo: friend, note, amount
_SPLITS = (("Mike Chen", "🍕 pizza night", "25.00"),
           ("Sarah Patel", "Blue Jackets tix", "45.00"),
           ("Lauren Brooks", "book club wine 🍷", "18.50"),
           ("Mike Chen", "fantasy league", "50.00"),
           ("Dana Ortiz", "uber home", "12.75"))  # fmt: skip


def build() -> Family:
    """The family's fourteen months, line by line."""
    f = Family()
    sapphire_due: dict[int, Decimal] = {}
    amex_due: dict[int, Decimal] = {}

    def sapphire(day: date, amount: str | Decimal, text: str, category: str, kind: str = "spend",
                 typ: str = "Sale") -> None:  # fmt: skip
        posted = _next_workday(day + timedelta(days=1))
        f.add("sapphire", day, -D(amount), text, kind, posted, category=category, type=typ)
        if kind in ("spend", "refund") and (posted.year, posted.month) in MONTHS:
            n = MONTHS.index((posted.year, posted.month))
            sapphire_due[n] = sapphire_due.get(n, D(0)) + D(amount)

    def amex(day: date, amount: str | Decimal, text: str) -> None:
        f.add("amex", day, -D(amount), text, "spend")
        n = MONTHS.index((day.year, day.month))
        amex_due[n] = amex_due.get(n, D(0)) + D(amount)

    for n, (y, m) in enumerate(MONTHS):
        end = month_end(y, m)
        # --- Chase checking ---------------------------------------------------------------
        for pay in (_workday(date(y, m, 15)), _workday(end)):
            f.add("chase", pay, "3412.55", "PAYROLL ACME CORP PPD ID: 1234567890", "income",
                  details="CREDIT", type="ACH_CREDIT")  # fmt: skip
        first = _next_workday(date(y, m, 1))
        f.add("chase", first, "-1846.32", "ROCKET MORTGAGE LOAN PMT PPD ID: 3381234567",
              "spend", details="DEBIT", type="ACH_DEBIT")  # fmt: skip
        f.add("chase", first, "-850.00", f"Zelle payment to Emma Miller JPM99b{n:02d}kx7f4",
              "spend", details="DEBIT", type="QUICKPAY_DEBIT")  # fmt: skip
        xfer = _next_workday(date(y, m, 3))
        ref = f"2045{y % 100}{m:02d}{n:04d}"
        f.add("chase", xfer, "-500.00", f"Online Transfer {ref} to Kemba Financial Credit Union "
              f"########1207 transaction #: {ref} {xfer:%m/%d}", "transfer", details="DEBIT",
              type="ACCT_XFER")  # fmt: skip
        f.add("cu", xfer + timedelta(days=1), "500.00", "JPMORGAN CHASE BANK EXT TRNSFR",
              "transfer", fitid=f"{xfer + timedelta(days=1):%Y%m%d}0000{n}01")  # fmt: skip
        top = _next_workday(date(y, m, 5))
        f.add("chase", top, "-100.00", f"VENMO PAYMENT 10{n:02d}4567890 WEB ID: 3264681992",
              "transfer", details="DEBIT", type="ACH_DEBIT")  # fmt: skip
        f.add("venmo", top, "100.00", "Standard Transfer", "transfer", vtype="Standard Transfer",
              status="Issued", source="Chase Checking *4417", dest="Venmo balance",
              id=f"39{n:02d}00002025{m:02d}05000", time="07:12:44")  # fmt: skip
        if n:
            due = sapphire_due.get(n - 1, D(0))
            by_hand = (y, m) in ((2026, 1), (2026, 7))
            day = date(y, m, 6) if by_hand else _next_workday(date(y, m, 8))
            if by_hand:
                f.add("chase", day, -due, f"Payment to Chase card ending in 9921 {day:%m/%d}",
                      "transfer", details="DEBIT", type="LOAN_PMT")  # fmt: skip
                f.add("sapphire", day, due, "Payment Thank You-Mobile", "transfer",
                      category="", type="Payment")  # fmt: skip
            else:
                f.add("chase", day, -due, "CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224",
                      "transfer", details="DEBIT", type="ACH_DEBIT")  # fmt: skip
                f.add("sapphire", day, due, "AUTOMATIC PAYMENT - THANK", "transfer",
                      category="", type="Payment")  # fmt: skip
        verizon = D("142.87") if (y, m) < (2026, 5) else D("147.87")
        f.add("chase", _next_workday(date(y, m, 18)), -verizon,
              "VERIZON WIRELESS PAYMENTS PPD ID: 4223344556", "spend", details="DEBIT",
              type="ACH_DEBIT")  # fmt: skip
        f.add("chase", _next_workday(date(y, m, 22)), -D(_POWER[m]),
              "AEP OHIO ONLINE PMT PPD ID: 1310473050", "spend", details="DEBIT",
              type="ACH_DEBIT")  # fmt: skip
        for day, habit in ((5 + n % 5, 1), (19 + (n * 3) % 7, 2)):
            f.add("chase", date(y, m, day), -_vary("46.20", n, habit),
                  f"SHELL OIL 574443561{habit:02d} COLUMBUS OH", "spend", details="DEBIT",
                  type="DEBIT_CARD")  # fmt: skip
        if m in (5, 7, 9):
            f.add("chase", date(y, m, 26), "-180.00", f"CHECK {1040 + m}", "spend",
                  details="CHECK", type="CHECK_PAID", check=str(1040 + m))  # fmt: skip
        # --- Chase Sapphire -----------------------------------------------------------------
        sapphire(date(y, m, 9), "79.99", "SPECTRUM", "Bills & Utilities")
        netflix = "15.49" if (y, m) < (2026, 3) else "17.99"
        sapphire(date(y, m, 12), netflix, "NETFLIX.COM", "Entertainment")
        sapphire(date(y, m, 27), "12.99", "PELOTON* APP MEMBERSHIP", "Health & Wellness")
        for day, habit in ((2 + n % 4, 3), (12 + (n * 5) % 6, 4), (23 + n % 5, 5)):
            sapphire(date(y, m, day), _vary("94.60", n, habit), "KROGER #917", "Groceries")
        sapphire(date(y, m, 17), _vary("38.75", n, 6), f"Amazon.com*2K4T7{n:02d}Z2",
                 "Shopping")  # fmt: skip
        for k in range(1 + n % 3):  # a coffee now and then, never on a schedule
            day = date(y, m, 3 + (n * 7 + k * 11) % 25)
            sapphire(day, ("6.45", "5.95", "7.25")[(n + k) % 3], "STARBUCKS STORE 02931",
                     "Food & Drink")  # fmt: skip
        if n % 3 == 1:  # dinner out with the Kowalskis, who send their share by Venmo
            dinner = _vary("168.40", n, 10)
            sapphire(date(y, m, 19), dinner, "THE PEARL COLUMBUS OH", "Food & Drink")
        # --- American Express ---------------------------------------------------------------
        amex(date(y, m, 3), "16.99", "SPOTIFY USA 877-778-1161 NY")
        if (y, m) <= (2026, 7):  # cancelled on 2026-06-25; charged once more in July
            amex(date(y, m, 20), "13.99", "DISNEY PLUS 888-905-7888 CA")
        for day, habit in ((2, 7), (16, 8)):
            amex(date(y, m, day), _vary("212.30", n, habit), "COSTCO WHSE #0378 COLUMBUS OH")
        if n:
            due = amex_due.get(n - 1, D(0))
            pay = _next_workday(date(y, m, 24))
            f.add("amex", pay, due, "ONLINE PAYMENT - THANK YOU", "transfer")
            f.add("cu", pay, -due, "AMERICAN EXPRESS ACH PMT W8712", "transfer",
                  fitid=f"{pay:%Y%m%d}0000{n}02")  # fmt: skip
        # --- Kemba Financial Credit Union ---------------------------------------------------
        pay = _workday(end)
        f.add("cu", pay, "4286.40", "OHIOHEALTH CORP PAYROLL", "income",
              fitid=f"{pay:%Y%m%d}0000{n}03")  # fmt: skip
        f.add("cu", end, D("0.38") + D(n) / 100, "DIVIDEND", "income",
              fitid=f"{end:%Y%m%d}0000{n}04")  # fmt: skip
        gas = _next_workday(date(y, m, 14))
        f.add("cu", gas, -D(_GAS[m]), "COLUMBIA GAS OH WEB PMT", "spend",
              fitid=f"{gas:%Y%m%d}0000{n}05")  # fmt: skip
        # --- Venmo --------------------------------------------------------------------------
        friend, note, amount = _SPLITS[n % len(_SPLITS)]
        f.add("venmo", date(y, m, 8 + n % 13), -D(amount), note, "spend", vtype="Payment",
              status="Complete", sender="Jennifer Miller", to=friend, source="Venmo balance",
              id=f"39{n:02d}00002025{m:02d}11001", time="21:40:12")  # fmt: skip
        if n % 3 == 1:
            f.add("venmo", date(y, m, 20), (dinner / 4).quantize(D("0.01")) * 2,
                  "the pearl 🦪 our share", "income",
                  vtype="Payment", status="Complete", sender="Dave Kowalski",
                  to="Jennifer Miller", dest="Venmo balance",
                  id=f"39{n:02d}00002025{m:02d}20002", time="09:03:51")  # fmt: skip
    # one-offs and yearly charges
    sapphire(date(2025, 11, 15), "49.00", "PLANET FITNESS ANNUAL FEE", "Health & Wellness")
    sapphire(date(2026, 11, 15), "49.00", "PLANET FITNESS ANNUAL FEE", "Health & Wellness")
    amex(date(2025, 10, 21), "130.00", "COSTCO *ANNUAL RENEWAL 800-774-2678 WA")
    amex(date(2026, 10, 21), "130.00", "COSTCO *ANNUAL RENEWAL 800-774-2678 WA")
    sapphire(date(2026, 2, 3), "64.99", "AMZN Mktp US*RT4Y71Z20", "Shopping")
    sapphire(date(2026, 2, 10), "-64.99", "AMZN Mktp US*RT4Y71Z20", "Shopping", "refund",
             "Return")  # fmt: skip
    sapphire(date(2026, 4, 14), "6.45", "STARBUCKS STORE 02931", "Food & Drink")
    sapphire(date(2026, 4, 14), "6.45", "STARBUCKS STORE 02931", "Food & Drink")
    f.lines.sort(key=lambda ln: (ln.day, ln.seq))
    return f


# --- what the family downloads ------------------------------------------------------------------


@dataclass(frozen=True)
class Download:
    """One file of one month's downloads: the account, the days it covers, its path."""

    account: str
    start: date
    end: date
    path: Path


def download_days() -> list[date]:
    """The day each month's files are downloaded (and imported)."""
    pairs = zip(MONTHS, DOWNLOAD_AFTER, strict=True)
    return [month_end(y, m) + timedelta(days=k) for (y, m), k in pairs]


def windows() -> list[dict[str, tuple[date, date]]]:
    """Per month, the days each account's download covers: up to yesterday, reaching back its
    window, and always back past the last download's end (as 'since last download' does)."""
    out: list[dict[str, tuple[date, date]]] = []
    last: dict[str, date] = {}
    for n, day in enumerate(download_days()):
        month: dict[str, tuple[date, date]] = {}
        for account in ACCOUNTS:
            end = day - timedelta(days=1)
            reach = WINDOWS[account] - 15 * (n % 3 == 2 and WINDOWS[account] > 45)
            start = end - timedelta(days=reach - 1)
            if account in last:
                start = min(start, last[account] - timedelta(days=3))
            month[account] = (max(start, FIRST), end)
            last[account] = end
        out.append(month)
    return out


def _balance_before(f: Family, account: str, day: date) -> Decimal:
    return OPENING.get(account, D(0)) + sum(
        (ln.amount for ln in f.of(account) if ln.on < day), D(0)
    )


def _cut(f: Family, account: str, start: date, end: date) -> list[Line]:
    """The lines a download of these days holds: those posted by then, in posting order."""
    return sorted(
        (ln for ln in f.of(account) if start <= ln.on <= end), key=lambda ln: (ln.on, ln.seq)
    )


def write_chase(path: Path, f: Family, start: date, end: date) -> Path:
    """Chase checking's CSV: newest first, the running balance, a comma after each row."""
    balance = _balance_before(f, "chase", start)
    rows = []
    for ln in _cut(f, "chase", start, end):
        balance += ln.amount
        cells = [ln.extra["details"], f"{ln.day:%m/%d/%Y}", ln.text, f"{ln.amount}",
                 ln.extra["type"], f"{balance}", ln.extra.get("check", "")]  # fmt: skip
        rows.append(cells)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["Details", "Posting Date", "Description", "Amount", "Type", "Balance",
                "Check or Slip #"])  # fmt: skip
    for cells in reversed(rows):
        w.writerow([*cells, ""])
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def write_sapphire(path: Path, f: Family, start: date, end: date) -> Path:
    """Chase card's CSV: newest first, charges negative, payments and returns positive."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["Transaction Date", "Post Date", "Description", "Category", "Type", "Amount",
                "Memo"])  # fmt: skip
    for ln in reversed(_cut(f, "sapphire", start, end)):
        w.writerow([f"{ln.day:%m/%d/%Y}", f"{ln.on:%m/%d/%Y}", ln.text, ln.extra["category"],
                    ln.extra["type"], f"{ln.amount}", ""])  # fmt: skip
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def write_amex(path: Path, f: Family, start: date, end: date) -> Path:
    """Amex's plain CSV download: Date, Description, Amount, charges positive."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["Date", "Description", "Amount"])
    for ln in reversed(_cut(f, "amex", start, end)):
        w.writerow([f"{ln.day:%m/%d/%Y}", ln.text, f"{-ln.amount}"])
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def write_qfx(path: Path, f: Family, start: date, end: date) -> Path:
    """Kemba Financial Credit Union's Quicken download: OFX 1.02 SGML, unclosed leaves."""
    balance = _balance_before(f, "cu", end + timedelta(days=1))
    trns = []
    for ln in _cut(f, "cu", start, end):
        kind = "CREDIT" if ln.amount > 0 else "DEBIT"
        if ln.text == "DIVIDEND":
            kind = "DIV"
        trns.append(
            f"<STMTTRN>\n<TRNTYPE>{kind}\n<DTPOSTED>{ln.day:%Y%m%d}120000.000\n"
            f"<TRNAMT>{ln.amount}\n<FITID>{ln.extra['fitid']}\n<NAME>{ln.text[:32]}\n"
            f"<MEMO>{ln.text}\n</STMTTRN>"
        )
    served = end + timedelta(days=1)
    text = (
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
        "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
        "<OFX>\n<SIGNONMSGSRSV1>\n<SONRS>\n<STATUS>\n<CODE>0\n<SEVERITY>INFO\n</STATUS>\n"
        f"<DTSERVER>{served:%Y%m%d}081512.000\n<LANGUAGE>ENG\n<FI>\n"
        "<ORG>Kemba Financial Credit Union\n<FID>11672\n</FI>\n<INTU.BID>11672\n"
        "<INTU.USERID>JMILLER1207\n</SONRS>\n</SIGNONMSGSRSV1>\n<BANKMSGSRSV1>\n<STMTTRNRS>\n"
        "<TRNUID>0\n<STATUS>\n<CODE>0\n<SEVERITY>INFO\n</STATUS>\n<STMTRS>\n<CURDEF>USD\n"
        "<BANKACCTFROM>\n<BANKID>244082617\n<ACCTID>0000001207-S0010\n<ACCTTYPE>CHECKING\n"
        f"</BANKACCTFROM>\n<BANKTRANLIST>\n<DTSTART>{start:%Y%m%d}\n<DTEND>{end:%Y%m%d}\n"
        + "\n".join(trns)
        + f"\n</BANKTRANLIST>\n<LEDGERBAL>\n<BALAMT>{balance}\n<DTASOF>{end:%Y%m%d}\n"
        f"</LEDGERBAL>\n<AVAILBAL>\n<BALAMT>{balance}\n<DTASOF>{end:%Y%m%d}\n</AVAILBAL>\n"
        "</STMTRS>\n</STMTTRNRS>\n</BANKMSGSRSV1>\n</OFX>\n"
    )
    path.write_text(text.replace("\n", "\r\n"), encoding="ascii")
    return path


_VENMO_HEAD = ["", "ID", "Datetime", "Type", "Status", "Note", "From", "To", "Amount (total)",
               "Amount (tip)", "Amount (tax)", "Amount (fee)", "Tax Rate", "Tax Exempt",
               "Funding Source", "Destination", "Beginning Balance", "Ending Balance",
               "Statement Period Venmo Fees", "Terminal Location", "Year to Date Venmo Fees",
               "Disclaimer"]  # fmt: skip


def _venmo_money(v: Decimal) -> str:
    return f"{'-' if v < 0 else '+'} ${abs(v):,.2f}"


def write_venmo(path: Path, f: Family, start: date, end: date) -> Path:
    """Venmo's statement CSV: two preamble lines, the header, a beginning-balance row, the
    lines oldest first, and the closing row with the ending balance and the disclaimer."""
    begin = _balance_before(f, "venmo", start)
    lines = _cut(f, "venmo", start, end)
    ending = begin + sum((ln.amount for ln in lines), D(0))
    width = len(_VENMO_HEAD)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["Account Statement - (@Jennifer-Miller-37) "] + [""] * (width - 1))
    w.writerow(["Account Activity"] + [""] * (width - 1))
    w.writerow(_VENMO_HEAD)
    w.writerow([""] * 16 + [f"${begin:,.2f}"] + [""] * 5)
    for ln in lines:
        x = ln.extra
        note = "" if x["vtype"] == "Standard Transfer" else ln.text
        w.writerow(["", x["id"], f"{ln.day:%Y-%m-%d}T{x['time']}", x["vtype"], x["status"], note,
                    x.get("sender", ""), x.get("to", ""), _venmo_money(ln.amount), "", "0", "",
                    "0", "", x.get("source", ""), x.get("dest", ""), "", "", "", "Venmo", "",
                    ""])  # fmt: skip
    w.writerow([""] * 17 + [f"${ending:,.2f}", "$0.00", "", "$0.00",
                "In case of errors or questions about your electronic transfers: call "
                "1-855-812-4430 or write to Venmo, PO Box 24701, Omaha, NE 68124."])  # fmt: skip
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


_WRITERS = {
    "chase": (write_chase, "Chase4417_Activity_{end:%Y%m%d}.CSV"),
    "sapphire": (write_sapphire, "Chase9921_Activity{start:%Y%m%d}_{end:%Y%m%d}_{end:%Y%m%d}.CSV"),
    "amex": (write_amex, "activity ({n}).csv"),
    "cu": (write_qfx, "Kemba_Export_{end:%Y%m%d}.qfx"),
    "venmo": (write_venmo, "VenmoStatement_{start:%b_%d_%Y}_{end:%b_%d_%Y}.csv"),
}


def write_month(folder: Path, f: Family, n: int) -> list[Download]:
    """The ``n``-th month's downloads, written into ``folder/month-NN``."""
    where = folder / f"month-{n + 1:02d}"
    where.mkdir(parents=True, exist_ok=True)
    out = []
    for account, (start, end) in windows()[n].items():
        writer, name = _WRITERS[account]
        path = writer(where / name.format(start=start, end=end, n=n), f, start, end)
        out.append(Download(account, start, end, path))
    return out


# --- the truth ------------------------------------------------------------------------------------

#: What the family pays again and again, as it is: the name finapp should show (roughly),
#: cadence, latest amount, and the next charge after the last downloads (2026-12-05).
SUBSCRIPTIONS = (
    ("Netflix", "monthly", "17.99", "2026-12-12"),
    ("Spotify", "monthly", "16.99", "2026-12-03"),
    ("Spectrum", "monthly", "79.99", "2026-12-09"),
    ("Peloton", "monthly", "12.99", "2026-12-27"),
    ("Verizon", "monthly", "147.87", "2026-12-18"),
    ("Rocket Mortgage", "monthly", "1846.32", "2026-12-01"),
    ("AEP Ohio", "monthly", "varies", "2026-12-22"),
    ("Columbia Gas", "monthly", "varies", "2026-12-14"),
    ("Emma Miller (Zelle)", "monthly", "850.00", "2026-12-01"),
    ("Costco membership", "annual", "130.00", "2027-10-21"),
    ("Planet Fitness", "annual", "49.00", "2027-11-15"),
)
#: Disney+ was cancelled on this day, after its June charge; it charged once more on 07-20.
DISNEY_CANCELLED = date(2026, 6, 25)
DISNEY_AFTER_CANCEL = date(2026, 7, 20)


def month_truth(f: Family) -> dict[str, tuple[Decimal, Decimal]]:
    """Each month's income and spending (refunds lower spending; transfers are neither)."""
    return truth_file.month_totals(f.lines)


def write_truth(path: Path, f: Family) -> Path:
    """The truth beside the downloads: each month's income and spending, each account's lines
    and balance after the last download, and the subscriptions and bills."""
    last = windows()[-1]
    balances = []
    for account in ACCOUNTS:
        lines = [ln for ln in f.of(account) if ln.on <= last[account][1]]
        balance = OPENING.get(account, D(0)) + sum((ln.amount for ln in lines), D(0))
        balances.append([account, len(lines), f"{balance:.2f}"])
    cancelled = ["Disney+ cancelled", DISNEY_CANCELLED, "charged after", DISNEY_AFTER_CANCEL]
    return truth_file.write_truth(
        path,
        f.lines,
        [
            (["account", "lines", "balance"], balances),
            (["subscription", "cadence", "amount", "next"], [*SUBSCRIPTIONS, cancelled]),
        ],
    )
