"""What every importer produces: plain, immutable statement data.

Importers read a file and return :class:`ParsedFile`; the import service alone decides what is
new, what is a duplicate, and writes it. Keeping the two apart lets each importer be tested with
nothing but a file, and lets the service make a whole file atomic.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal

from finapp.core.account_types import AccountType
from finapp.core.balance_kinds import BalanceKind
from finapp.core.money import DEFAULT_CURRENCY

#: Larger amounts are refused: no household statement holds a line of ten trillion, and the
#: store keeps minor units in a 64-bit integer.
MAX_AMOUNT = Decimal(10) ** 13
#: Longest payee and memo kept. Real ones are under 100 characters; a hostile file's megabytes
#: would otherwise be stored, indexed, normalised and matched on every import and rule run. The
#: store keeps no raw line: the text past the cap stays only in the statement file.
MAX_TEXT = 1_000
#: what a reader's report of how it read a file (``ParsedFile.detected["currency_from"]``) says
#: of a currency the file never names (a CSV of three columns, any QIF): the import then takes
#: the household's (:mod:`finapp.services.import_guessed_currency`)
CURRENCY_ASSUMED = "assumed, as the file names none"
#: and of a currency only the header's language, the country its card lines name or the
#: country of its account's IBAN suggested: guesses the account holding the lines overrules
CURRENCY_FROM_LANGUAGE = "from the header's language"
CURRENCY_FROM_COUNTRY = "from the country its card lines name"
CURRENCY_FROM_IBAN = "from the country of the account's IBAN"
#: and of a currency read from the marks written with the amounts (``$20.00``, ``T£39.00``)
CURRENCY_FROM_MARKS = "from the currency marks of the amounts"
#: every currency a report says was guessed, not read
GUESSED_CURRENCY = frozenset(
    (CURRENCY_ASSUMED, CURRENCY_FROM_LANGUAGE, CURRENCY_FROM_COUNTRY, CURRENCY_FROM_IBAN)
)


def usable_amount(amount: Decimal) -> bool:
    """Whether a parsed amount can be stored (finite, not absurdly large)."""
    return amount.is_finite() and abs(amount) < MAX_AMOUNT


@dataclass(frozen=True, slots=True)
class ParsedSplit:
    """One part of a line the user divided among categories, as finapp's own export carries
    it: a category path and an amount signed as the line (see ``ParsedTransaction.splits``)."""

    category: str
    amount: Decimal
    memo: str = ""


@dataclass(frozen=True, slots=True, init=False)
class ParsedTransaction:
    """One statement line. ``amount`` is signed: negative means money out of the account."""

    posted: date
    amount: Decimal
    payee: str
    memo: str = ""
    fitid: str | None = None
    line: int | None = None  # where it came from in the file, for messages
    #: the source's own type (OFX TRNTYPE, a CSV "type" column), informational; a payment app's
    #: row: its paying source (``支付方式: 零钱``, see :mod:`finapp.importers.csv.payment_apps`)
    kind: str = ""
    #: the local time of day the source gives; None when it gives none or only a placeholder
    #: (see :mod:`finapp.importers.time_of_day`), never an invented midnight
    time: dt.time | None = None
    #: the user's note and tags (kept form, without ``#``) that finapp's own export carries;
    #: a bank's statement has none. They are written on new lines only: a line already stored
    #: keeps its own.
    note: str = ""
    tags: tuple[str, ...] = ()
    #: the parts of a line the user split (finapp's own export), in the user's order; written
    #: on new lines only, as the note and tags are
    splits: tuple[ParsedSplit, ...] = ()
    #: the category path the line was filed under (finapp's own export; "" in a bank's
    #: statement), written on new lines only
    category: str = ""
    #: the category the bank gave the line, as a path of finapp's tree (BoursoBank's
    #: ``Alimentation`` is Food:Groceries, :mod:`finapp.importers.csv.bank_categories`): it
    #: files a new line no rule files, and any rule filing the line wins over it
    bank_category: str = ""
    #: the other party's account number as the statement names it (ING's ``Tegenrekening``,
    #: MT940's ``/IBAN/``, CAMT's ``CdtrAcct``); "" when it names none. Kept by the import
    #: only as a keyed hash, so money to or from one of the household's own accounts is known
    #: as a transfer whatever its words (:mod:`finapp.services.transfers`). Not part of what
    #: makes two readings of a line the same line.
    other_account: str = field(default="", compare=False)

    def __init__(
        self,
        posted: date,
        amount: Decimal,
        payee: str,
        memo: str = "",
        fitid: str | None = None,
        line: int | None = None,
        kind: str = "",
        time: dt.time | None = None,
        note: str = "",
        tags: tuple[str, ...] = (),
        splits: tuple[ParsedSplit, ...] = (),
        category: str = "",
        bank_category: str = "",
        other_account: str = "",
    ) -> None:
        """Every importer's lines pass here, so the free text is capped here and no path forgets
        it. Written out rather than generated: a frozen dataclass sets each field through
        ``object.__setattr__``, and ten years of history are 100k lines made on every import;
        setting the slots directly makes a line in half the time."""
        s = _SLOTS
        s[0](self, posted)
        s[1](self, amount)
        s[2](self, payee if len(payee) <= MAX_TEXT else payee[:MAX_TEXT])
        s[3](self, memo if len(memo) <= MAX_TEXT else memo[:MAX_TEXT])
        s[4](self, fitid)
        s[5](self, line)
        s[6](self, kind)
        s[7](self, time)
        s[8](self, note)
        s[9](self, tags)
        s[10](self, splits)
        s[11](self, category)
        s[12](self, bank_category)
        s[13](self, other_account)


#: the setter of each of ParsedTransaction's slots, in the order of its fields
_SLOTS = tuple(getattr(ParsedTransaction, f.name).__set__ for f in fields(ParsedTransaction))


@dataclass(frozen=True, slots=True)
class Balance:
    """A balance the statement states, e.g. OFX LEDGERBAL / AVAILBAL."""

    kind: BalanceKind  # a statement states LEDGER or AVAILABLE
    amount: Decimal
    as_of: date


@dataclass(frozen=True, slots=True)
class ParsedAccount:
    """Identity of the account a statement belongs to, as far as the file tells."""

    number: str = ""
    institution: str = ""
    type: str = AccountType.CHECKING  # an AccountType; a finapp export may carry another word
    currency: str = DEFAULT_CURRENCY
    name: str = ""  # suggested display name
    #: False when the file could be a checking or a savings account's (Capital One 360 writes
    #: both alike) and ``type`` is a guess: the statement then joins the bank's account ending
    #: in its digits whatever that account's type (see :mod:`finapp.importers.csv.deposit_kind`)
    type_known: bool = True
    #: whose account it is, as the file states it (Santander's ``Titular;RUIZ PEREZ JAVIER``);
    #: "" when it does not say
    holder: str = ""
    #: the IBAN other banks name the account by, where ``number`` is a national one (ABN
    #: AMRO's MT940 ``:25:512734690``, NL60ABNA0512734690); "" otherwise. Not what tells
    #: accounts apart: ``number`` is.
    iban: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class StoredCorrection:
    """The bank's correction of a line its statement does not hold: one an earlier import
    stored (OFX ``<CORRECTACTION>`` with ``<CORRECTFITID>``, see
    :mod:`finapp.importers.ofx_corrections`). Only the import knows whether the store holds that
    line, so the statement carries the correction for it to apply."""

    action: str  # REPLACE (``line``'s transaction takes the stored one's place) or DELETE
    corrected: str  # the bank id of the stored line
    line: int  # where the correcting record stands in the file


@dataclass(frozen=True, slots=True)
class ParsedStatement:
    """Transactions of one account from one file."""

    account: ParsedAccount
    transactions: tuple[ParsedTransaction, ...]
    balances: tuple[Balance, ...] = ()
    #: The days the statement says it covers (OFX DTSTART/DTEND), when it says so.
    start: date | None = None
    end: date | None = None
    #: what a card statement says of the card, where it says so
    payment_due_on: date | None = None
    minimum_due: Decimal | None = None
    credit_limit: Decimal | None = None
    #: the bank's corrections of lines stored by earlier imports, in the file's order
    corrections: tuple[StoredCorrection, ...] = ()


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A row left out: a bad one when the user chose to skip bad rows, or a *neutral* one that
    moves none of the user's money (a payment app's 不计收支 row, a cancelled or unbooked
    entry), which is left out whatever the choice and is no problem of the file."""

    line: int
    reason: str
    neutral: bool = False


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """Everything read from one file: one statement per account it holds."""

    path: str
    format: str  # "ofx", "csv:<profile>"
    statements: tuple[ParsedStatement, ...]
    skipped: tuple[SkippedRow, ...] = field(default=())
    sha256: str = ""  # of the file's bytes, recorded with the import batch
    #: what lenient reading put right, one sentence each ("<BANKTRANLIST> was never closed…")
    repairs: tuple[str, ...] = ()
    #: what the user should know of how the file was read, where nothing needed repairing (a
    #: card statement whose every type contradicts its sign, a line in another currency)
    notes: tuple[str, ...] = ()
    #: how a CSV file was read (columns, date format, sign): see ``csv.reading_report``
    detected: dict[str, object] | None = field(default=None, compare=False, hash=False)
