"""What a CSV export means: which column holds what, how dates and signs are written.

A :class:`CsvMapping` is the one description both automatic detection and the user (through the
GUI's mapping wizard or a saved profile) produce; the reader applies it. It is plain data that
round-trips through JSON, so a confirmed mapping is saved as a profile keyed by the header.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from finapp.core.account_types import AccountType
from finapp.core.money import DEFAULT_CURRENCY
from finapp.importers.csv.header_words import words_for

#: How the sign of an amount is known.
SIGN_CONVENTIONS = {
    "as_is": "one signed amount column; negative is money out",
    "negate": "one amount column where positive is money out (card charges)",
    "debit_credit": "separate money-out (debit) and money-in (credit) columns",
    "direction": "an amount plus a column saying in or out (支出/收入, DR/CR, debit/credit)",
    "balance": "amounts without a sign beside a running balance: a rising balance is money in",
}

ROLES = (
    "date",
    "amount",
    "debit",
    "credit",
    "direction",
    "payee",
    "memo",
    "fitid",
    "currency",
    "status",
    "balance",
    "time",
    "fee",
    "booked",
)

#: Header names of a running-balance column (normalised, see :func:`normalise_name`): the
#: account's balance after each row. Available balances (``可用余额``) are not the account's.
BALANCE_NAMES = tuple(
    dict.fromkeys(
        (
            "balance",
            "running bal.",
            "running balance",
            "runningbalance",
            "balance (eur)",
            "balance (gbp)",
            "balance (usd)",
            "saldo",
            "kontostand",
            "solde",
            "saldo (eur)",
            "余额",
            "本次余额",
            "联机余额",
            "账户余额",
            "当前余额",
            "交易后余额",
            *words_for("balance"),
        )
    )
)


@dataclass(frozen=True)
class CsvMapping:
    """Column roles by 0-based index into the header, plus how values are written."""

    header: tuple[str, ...]
    date: int
    date_format: str
    sign: str = "as_is"
    amount: int | None = None
    debit: int | None = None
    credit: int | None = None
    direction: int | None = None
    payee: tuple[int, ...] = ()
    #: who paid, taken as the payee of money in: an export with one column for the payer and
    #: one for the recipient (DKB) names the account holder in the other on each row
    payer: tuple[int, ...] = ()
    memo: tuple[int, ...] = ()
    fitid: int | None = None
    currency: int | None = None
    status: int | None = None
    has_header: bool = True
    decimal_comma: bool = False
    default_currency: str = DEFAULT_CURRENCY
    account_type: str = AccountType.CHECKING
    institution: str = ""
    profile: str = ""  # the built-in or saved profile it came from, "" when detected
    year_hint: int | None = None  # for dates written without a year (MM/DD)
    statement_month: int | None = None
    skip_status: tuple[str, ...] = field(default=())
    skip_empty_amount: bool = False  # rows with no amount are cancelled orders, not errors
    #: the running-balance column; None: found by its name (:func:`balance_column`), if any
    balance: int | None = None
    #: a column holding the time of day apart from the date (ABC's ``交易时间``, ``Time``);
    #: None: a time written in the date cell after the date is read, if any
    time: int | None = None
    #: with sign "balance": whether the file's oldest row is money "in" or "out" (the balance
    #: before it is not in the file); "" until the user says. Never saved in a profile: it
    #: belongs to one file.
    first_sign: str = ""
    #: a fee charged with the row, apart from its amount (Revolut's ``Fee``): money out,
    #: however it is signed, and added to the row's amount, so the line is what the account
    #: lost and the running balance beside it adds up
    fee: int | None = None
    #: a card export's posting day beside its transaction day (CMB's ``记账日`` beside
    #: ``交易日``): a line is dated by the day the card was used, as the user remembers it,
    #: and by this day only when the bank leaves the other empty (a repayment)
    booked: int | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> CsvMapping:
        raw: dict[str, Any] = json.loads(text)
        known = {f.name for f in fields(cls)}
        # JSON's values are untyped; the dataclass's fields say what each one is.
        values: dict[str, Any] = {
            k: tuple(v) if isinstance(v, list) else v for k, v in raw.items() if k in known
        }
        return cls(**values)

    def for_header(self, header: tuple[str, ...]) -> CsvMapping:
        """The same mapping for a file whose columns are the same names in another order."""
        if not self.has_header or normalise_header(header) == normalise_header(self.header):
            return replace(self, header=header)
        names = normalise_header(self.header)
        wanted = normalise_header(header)
        missing = [n for n in names if n and n not in wanted]
        if missing:
            raise KeyError(", ".join(missing))

        def move(i: int) -> int:
            return wanted.index(names[i])

        def move_any(i: int | None) -> int | None:
            return None if i is None else move(i)

        return replace(
            self,
            header=header,
            date=move(self.date),
            amount=move_any(self.amount),
            debit=move_any(self.debit),
            credit=move_any(self.credit),
            direction=move_any(self.direction),
            payee=tuple(map(move, self.payee)),
            payer=tuple(map(move, self.payer)),
            memo=tuple(map(move, self.memo)),
            fitid=move_any(self.fitid),
            currency=move_any(self.currency),
            status=move_any(self.status),
            balance=move_any(self.balance),
            time=move_any(self.time),
            fee=move_any(self.fee),
            booked=move_any(self.booked),
        )

    def describe(self) -> str:
        return f"{self.profile or 'detected layout'}: {SIGN_CONVENTIONS[self.sign]}"


def balance_column(mapping: CsvMapping) -> int | None:
    """The mapping's running-balance column: the one it names, else a column called like one
    (``Balance``, ``Running Bal.``, ``余额``) that no other role uses.

    Found by name at reading time, so mappings saved before balances were read get it too.
    """
    if mapping.balance is not None or not mapping.has_header:
        return mapping.balance
    used = {getattr(mapping, r) for r in ROLES if r not in ("payee", "memo", "balance")}
    used |= set(mapping.payee) | set(mapping.payer) | set(mapping.memo)
    return balance_by_name(mapping.header, used)


def balance_by_name(header: tuple[str, ...], used: set[int | None]) -> int | None:
    """The column called like a running balance, best-known name first, that is not ``used``."""
    names = normalise_header(header)
    return next(
        (
            i
            for wanted in BALANCE_NAMES
            for i, name in enumerate(names)
            if name == wanted and i not in used
        ),
        None,
    )


_FULL_WIDTH = str.maketrans({"（": "(", "）": ")", "／": "/", "：": ":", "\u3000": " "})


@functools.lru_cache(maxsize=4096)
def normalise_name(name: str) -> str:
    """A header cell as compared: case-, space- and full-width-insensitive. Asked of every
    row's status cell too, whose few words repeat: remembered by the text."""
    return " ".join(name.translate(_FULL_WIDTH).strip().strip("\"'").lower().split())


def normalise_header(header: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(normalise_name(h) for h in header)


def header_key(header: tuple[str, ...] | list[str]) -> str:
    """The key a saved profile is found by: a digest of the normalised header."""
    text = "\x1f".join(normalise_header(header))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
