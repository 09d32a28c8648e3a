"""A household's monthly statements for the money-health tests, written as banks send them.

A checking account at a regional bank (payroll twice a month, rent by Zelle, utilities, car
insurance, the card's autopay), a high-yield savings account at an online bank, and a Visa card
whose OFX download states the credit limit, payment due date and minimum in its ``<BALLIST>``
(as Citi and Chase downloads do). Every statement states its ledger balance at its end, worked
back from the balance each account ends on, so a test chooses where the household stands
(how much is saved, what the card owes) and the months before follow from the lines.

The categories are taught the way a user does it: one correction per payee.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services.categorize import set_category
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.conftest import PASSPHRASE, new_passphrase_store
from tests.made_stores import copy_made

D = Decimal

SGML_HEADER = (
    "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\n"
    "COMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
)

#: (day of month, amount, payee as printed, category the user files it under)
CHECKING_MONTHLY = [
    (1, "2431.17", "ACME ROBOTICS PAYROLL PPD ID: 9876543210", "Income:Salary"),
    (2, "-1875.00", "ZELLE TO OAKRIDGE PROPERTY MGMT", "Housing:Rent"),
    (9, "-142.37", "PGANDE WEB ONLINE PMT 240309", "Bills & Utilities:Electricity"),
    (12, "-79.99", "COMCAST CABLE COMM 800-COMCAST", "Bills & Utilities:Internet"),
    (15, "2431.17", "ACME ROBOTICS PAYROLL PPD ID: 9876543210", "Income:Salary"),
    (18, "-118.40", "GEICO AUTO PREM 0042716681", "Insurance"),
]
CARD_MONTHLY = [
    (3, "-96.43", "SAFEWAY #1432 SAN JOSE CA", "Food:Groceries"),
    (6, "-51.23", "CHEVRON 0091234 SAN JOSE CA", "Transport:Fuel"),
    (8, "-15.49", "NETFLIX.COM NETFLIX.COM CA", "Entertainment:Streaming"),
    (10, "-112.18", "SAFEWAY #1432 SAN JOSE CA", "Food:Groceries"),
    (13, "-23.86", "WALGREENS #4521 SAN JOSE CA", "Health:Pharmacy"),
    (17, "-87.62", "SAFEWAY #1432 SAN JOSE CA", "Food:Groceries"),
    (19, "-38.75", "TST* THE OLD SPAGHETTI FACT", "Food:Dining"),
    (21, "-52.87", "CHEVRON 0091234 SAN JOSE CA", "Transport:Fuel"),
    (24, "-131.05", "SAFEWAY #1432 SAN JOSE CA", "Food:Groceries"),
]
#: the categories a user counts as essential spending (rent, power, internet, insurance,
#: groceries, fuel, pharmacy); dining out and Netflix are not
ESSENTIAL = ("Housing:", "Bills & Utilities:", "Insurance", "Food:Groceries", "Transport:",
             "Health:")  # fmt: skip


@dataclass(frozen=True)
class Line:
    posted: date
    amount: Decimal
    payee: str
    category: str
    fitid: str


@dataclass
class Account:
    number: str
    ofx_type: str  # CHECKING, SAVINGS, CREDITCARD
    org: str
    #: the balance at the end of the last statement
    closing: Decimal
    currency: str = "USD"
    lines: list[Line] = field(default_factory=list)
    #: what the card's last statement states: limit, due date, minimum
    limit: Decimal | None = None
    due: date | None = None
    minimum: Decimal | None = None


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else D(text)


def month_starts(first: date, months: int) -> list[date]:
    out, month = [], first
    for _ in range(months):
        out.append(month)
        month = (month + timedelta(days=32)).replace(day=1)
    return out


def month_end(month: date) -> date:
    return (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)


class Household:
    """Statements from ``first`` (a month's first day) for ``months`` full months; the other
    arguments are where each account stands at the end of the last statement."""

    def __init__(
        self,
        first: date,
        months: int = 6,
        *,
        savings: str = "21406.55",
        checking: str = "3187.42",
        card_owed: str = "642.18",
        card_limit: str | None = "8500.00",
        card_due: date | None = None,
        card_minimum: str | None = "35.00",
        until: date | None = None,
    ) -> None:
        self.first, self.months = first, months
        #: the last day of the last statement (downloaded before its month ended); None: the
        #: last month's end
        self.until = until
        self.accounts = {
            "checking": Account("0021948803", "CHECKING", "Heritage Bank of Commerce",
                                D(checking)),
            "savings": Account("7719204466", "SAVINGS", "Ally Bank", D(savings)),
            "card": Account("4147202231887415", "CREDITCARD", "Chase", -D(card_owed),
                            limit=_decimal(card_limit), due=card_due,
                            minimum=_decimal(card_minimum)),
        }  # fmt: skip
        for number, month in enumerate(self.month_list):
            self._month(number, month)
        for account in self.accounts.values():
            account.lines = [ln for ln in account.lines if ln.posted <= self.end]

    @property
    def month_list(self) -> list[date]:
        return month_starts(self.first, self.months)

    @property
    def end(self) -> date:
        return self.until or month_end(self.month_list[-1])

    def statement_end(self, month: date) -> date:
        return min(month_end(month), self.end)

    def essential_spending(self, months: list[date]) -> Decimal:
        """Money out in essential categories over ``months`` (what the statements say)."""
        return -sum(
            (
                ln.amount
                for account in self.accounts.values()
                for ln in account.lines
                if ln.category.startswith(ESSENTIAL) and ln.posted.replace(day=1) in months
            ),
            D(0),
        )

    def add(self, key: str, posted: date, amount: str, payee: str, category: str) -> None:
        account = self.accounts[key]
        fitid = f"{posted:%Y%m%d}{len(account.lines):04d}{account.number[-4:]}"
        account.lines.append(Line(posted, D(amount), payee, category, fitid))

    def _month(self, number: int, month: date) -> None:
        for day, amount, payee, category in CHECKING_MONTHLY:
            self.add("checking", month.replace(day=day), amount, payee, category)
        for day, amount, payee, category in CARD_MONTHLY:
            if payee.startswith("NETFLIX"):  # a subscription: same day, same price
                self.add("card", month.replace(day=day), amount, payee, category)
                continue
            # shopping moves around the calendar and never costs the same twice
            shifted = month.replace(day=1 + (day + 5 * number) % 27)
            varied = D(amount) - D(number * 137 % 900) / 100
            self.add("card", shifted, str(varied), payee, category)
        self.add(
            "checking",
            month.replace(day=25),
            "-560.00",
            "CHASE CREDIT CRD AUTOPAY PPD",
            "Transfers:Card Payment",
        )
        self.add(
            "card",
            month.replace(day=25),
            "560.00",
            "AUTOMATIC PAYMENT - THANK YOU",
            "Transfers:Card Payment",
        )
        self.add(
            "checking",
            month.replace(day=26),
            "-400.00",
            "ONLINE TRANSFER TO ALLY SAV",
            "Transfers:Savings",
        )
        self.add(
            "savings",
            month.replace(day=26),
            "400.00",
            "TRANSFER FROM HERITAGE CHK",
            "Transfers:Savings",
        )
        self.add("savings", month_end(month), "61.37", "INTEREST PAID", "Income:Interest")

    # -- files ---------------------------------------------------------------------------------

    def files(self, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        out = []
        for key, account in self.accounts.items():
            for month in self.month_list:
                path = folder / f"{key}_{month:%Y-%m}.ofx"
                path.write_text(self._ofx(account, month), encoding="ascii")
                out.append(path)
        return out

    def _balance_at(self, account: Account, day: date) -> Decimal:
        return account.closing - sum((ln.amount for ln in account.lines if ln.posted > day), D(0))

    def _ofx(self, account: Account, month: date) -> str:
        end = self.statement_end(month)
        rows = "\n".join(
            f"<STMTTRN><TRNTYPE>{'CREDIT' if ln.amount > 0 else 'DEBIT'}"
            f"<DTPOSTED>{ln.posted:%Y%m%d}120000[-8:PST]<TRNAMT>{ln.amount}"
            f"<FITID>{ln.fitid}<NAME>{ln.payee[:32]}</STMTTRN>"
            for ln in account.lines if month <= ln.posted <= end
        )  # fmt: skip
        tranlist = (
            f"<BANKTRANLIST><DTSTART>{month:%Y%m%d}<DTEND>{end:%Y%m%d}\n{rows}\n</BANKTRANLIST>"
        )
        ledger = (f"<LEDGERBAL><BALAMT>{self._balance_at(account, end)}"
                  f"<DTASOF>{end:%Y%m%d}170000</LEDGERBAL>")  # fmt: skip
        signon = (
            "<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
            f"<DTSERVER>{end + timedelta(days=3):%Y%m%d}061522<LANGUAGE>ENG"
            f"<FI><ORG>{account.org}<FID>10898</FI></SONRS></SIGNONMSGSRSV1>\n"
        )
        if account.ofx_type != "CREDITCARD":
            body = (
                "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>"
                f"<STMTRS><CURDEF>{account.currency}<BANKACCTFROM><BANKID>121140399<ACCTID>"
                f"{account.number}<ACCTTYPE>{account.ofx_type}</BANKACCTFROM>\n{tranlist}\n"
                f"{ledger}</STMTRS></STMTTRNRS></BANKMSGSRSV1>"
            )
        else:
            body = (
                "<CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO"
                f"</STATUS><CCSTMTRS><CURDEF>{account.currency}<CCACCTFROM><ACCTID>"
                f"{account.number}</CCACCTFROM>\n{tranlist}\n{ledger}"
                f"{self._ballist(account, month)}</CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1>"
            )
        return SGML_HEADER + "<OFX>\n" + signon + body + "\n</OFX>\n"

    def _ballist(self, account: Account, month: date) -> str:
        """The card's limit on every statement; due date and minimum on the last one."""
        end = self.statement_end(month)
        entries = []
        if account.limit is not None:
            entries.append(("Credit Limit", f"{account.limit}", "DOLLAR"))
        if month == self.month_list[-1] and account.due is not None:
            entries.append(("Payment Due Date", f"{account.due:%Y%m%d}", "NUMBER"))
            if account.minimum is not None:
                entries.append(("Minimum Payment Due", f"{account.minimum}", "DOLLAR"))
        if not entries:
            return ""
        return (
            "<BALLIST>"
            + "".join(
                f"<BAL><NAME>{name}<DESC>{name}<BALTYPE>{kind}<VALUE>{value}"
                f"<DTASOF>{end:%Y%m%d}</BAL>"
                for name, value, kind in entries
            )
            + "</BALLIST>"
        )

    # -- into a store ---------------------------------------------------------------------------

    def imported(self, folder: Path) -> Store:
        """A store in ``folder/data`` with every statement imported, each file on its own, and
        each payee's category taught once (built once a process for the same statements and
        copied: see :mod:`tests.made_stores`)."""
        files = self.files(folder / "files")
        wanted = {ln.payee[:32]: ln.category for a in self.accounts.values() for ln in a.lines}
        recipe = (
            "health household",
            tuple((path.name, path.read_text(encoding="ascii")) for path in files),
            tuple(sorted(wanted.items())),
        )
        copy_made(folder / "data", recipe, lambda data: _import(data, files, wanted))
        return open_store(folder / "data", passphrase=PASSPHRASE)


def _import(data: Path, files: list[Path], wanted: dict[str, str]) -> None:
    """Import ``files`` one by one into a new store in ``data`` and teach each payee's category
    the way a user does: one correction per payee."""
    store = new_passphrase_store(data)
    try:
        for path in files:
            result = import_files(store, [path])
            assert not result.failed, result.failed
        taught: set[str] = set()
        for txn in list_transactions(store):
            path = wanted.get(txn.payee)
            if path and txn.category != path and txn.payee not in taught:
                set_category(store, txn.id, path)
                taught.add(txn.payee)
    finally:
        store.close()
