"""Tables of the whole product.

Money columns end in ``_minor`` and hold integer minor units beside a currency code. Dates are
``date`` (posting dates carry no time in statements). Foreign keys cascade where the child has no
meaning without its parent (a transaction without its import batch is undone with it).

The column annotations are evaluated as Python reads each class (no ``from __future__ import
annotations``): SQLAlchemy then takes each type as it is instead of evaluating some three hundred
annotation strings as it maps the tables, which every command that reads the store paid. Only a
class named before it is defined is quoted (``Mapped[list["Transaction"]]``).
"""

from datetime import UTC, date, datetime, time
from datetime import date as calendar_date  # for Alert, where ``date`` names a column
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from finapp.core.alert_kinds import Kind
from finapp.core.category_kinds import CategoryKind
from finapp.core.money import DEFAULT_CURRENCY
from finapp.core.rule_origins import RuleOrigin
from finapp.core.severity import Severity
from finapp.core.subscription_states import Status, StreamKind, UserState


class Base(DeclarativeBase):
    """Declarative base of finapp's tables."""


def _values(e: type[StrEnum]) -> list[str]:
    """An enum column stores its members' values (the words stores have always held), not their
    names."""
    return [m.value for m in e]


def _words(e: type[StrEnum]) -> Enum:
    """A column typed by *e*: a plain VARCHAR with no CHECK, so no migration and the same strings,
    read back as members of *e*."""
    return Enum(e, native_enum=False, length=None, values_callable=_values)


def _written_now() -> datetime:
    """The moment a row is written, to the microsecond, in UTC as SQLite's own clock gives it.

    Undoing an import removes the alerts and accounts written since it, by these times. At a
    second's resolution (the column's server default) a row written just before an import
    reads as written with it when both fall in one second, as they do on a fast machine.
    """
    return datetime.now(UTC).replace(tzinfo=None)


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    institution: Mapped[str] = mapped_column(String, default="")
    #: last four characters of the card or account number; the whole number is never kept
    number_last4: Mapped[str] = mapped_column(String, default="", server_default="")
    #: keyed hash of the whole number, to match statements (see finapp.store.account_numbers)
    number_hash: Mapped[str] = mapped_column(String, default="", server_default="", index=True)
    #: the keyed hash of the IBAN other banks' statements name the account by, where its own
    #: statements write a national number (ABN AMRO's MT940 ``:25:512734690`` is
    #: NL60ABNA0512734690 in Sanne's ING ``Tegenrekening``); "" for the others
    iban_hash: Mapped[str] = mapped_column(String, default="", server_default="")
    # a plain str, not AccountType: an export from another version can carry a type this one
    # does not know, and it must still import and read back rather than fail the whole store
    type: Mapped[str] = mapped_column(String, default="checking")
    currency: Mapped[str] = mapped_column(String(3), default=DEFAULT_CURRENCY)
    low_balance_minor: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: the card's credit limit as the user set it (a statement's own figure is in
    #: :class:`StatementPeriod`); None: not known
    credit_limit_minor: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: the user checked the books against the bank up to this day and accepted them; the sum
    #: and count of the transactions up to it then, to tell when a line before it changes
    reconciled_through: Mapped[date | None] = mapped_column(Date, nullable=True)
    reconciled_total_minor: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reconciled_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: the user closed the account on this day: its balance is nothing from then on, and
    #: nothing is asked of it (see :mod:`finapp.services.account_closing`); None: open
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: whose account it is, as its statements state it (Santander's ``Titular;RUIZ PEREZ
    #: JAVIER``): a transfer from another of the household's accounts names them; "" unknown
    holder: Mapped[str] = mapped_column(String, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(
        DateTime, default=_written_now, server_default=func.now()
    )

    transactions: Mapped[list["Transaction"]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )


class ImportBatch(Base):
    """One file imported at one time: the unit of undo."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String)
    file_sha256: Mapped[str] = mapped_column(String(64))
    format: Mapped[str] = mapped_column(String)
    imported_at: Mapped[datetime] = mapped_column(
        DateTime, default=_written_now, server_default=func.now()
    )
    new_count: Mapped[int] = mapped_column(Integer, default=0)
    duplicate_count: Mapped[int] = mapped_column(Integer, default=0)
    rejected_count: Mapped[int] = mapped_column(Integer, default=0)


class Category(Base):
    """A node of the category tree; the full path is ``Parent:Child``."""

    __tablename__ = "categories"
    __table_args__ = (UniqueConstraint("parent_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="RESTRICT"), nullable=True
    )
    # a CategoryKind's value, kept a plain str as Account.type is (a kind a later version adds)
    kind: Mapped[str] = mapped_column(String, default=CategoryKind.EXPENSE)

    parent: Mapped["Category | None"] = relationship(remote_side=[id])


class Transaction(Base):
    """A posted statement line.

    ``dedupe_key`` + ``occurrence`` is unique per account: the key is ``fitid:<FITID>`` when the
    source gives one, else a fingerprint of date, amount and payee; ``occurrence`` counts identical
    fingerprints so two identical coffees on one day stay two.
    """

    __tablename__ = "transactions"
    __table_args__ = (
        UniqueConstraint("account_id", "dedupe_key", "occurrence"),
        Index("ix_transactions_account_posted", "account_id", "posted"),
        Index("ix_transactions_posted", "posted"),
        # a merchant's lines in date order: its latest line names it (payee_names.latest_lines)
        Index("ix_transactions_merchant_posted", "merchant", "posted"),
        # the few lines naming the other party's account, found by it without reading the rest
        Index(
            "ix_transactions_other_account",
            "other_account_hash",
            sqlite_where=text("other_account_hash != ''"),
        ),
        # money in that is no transfer, by day: the refunds a purchase may have had
        Index(
            "ix_transactions_credits",
            "posted",
            sqlite_where=text("amount_minor > 0 AND is_transfer = 0"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), nullable=True
    )
    posted: Mapped[date] = mapped_column(Date)
    #: the local time of day the source gives (OFX DTPOSTED with a time, Alipay and WeChat Pay
    #: timestamps, a CSV time column); None when it gives none, never an invented midnight
    posted_time: Mapped[time | None] = mapped_column(Time, nullable=True)
    amount_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    payee: Mapped[str] = mapped_column(String, default="")
    original_payee: Mapped[str] = mapped_column(String, default="")
    memo: Mapped[str] = mapped_column(String, default="")
    fitid: Mapped[str | None] = mapped_column(String, nullable=True)
    source_kind: Mapped[str] = mapped_column(String, default="")
    dedupe_key: Mapped[str] = mapped_column(String)
    occurrence: Mapped[int] = mapped_column(Integer, default=0)
    merchant: Mapped[str] = mapped_column(String, default="")
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL"), nullable=True
    )
    # how the category was set: None, "rule", "learned", "manual", "split", "bank"
    # (finapp.core.category_sources); a manual choice is never overwritten by rules.
    category_source: Mapped[str | None] = mapped_column(String, nullable=True)
    is_transfer: Mapped[bool] = mapped_column(Boolean, default=False)
    transfer_peer_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: the user's own words about the line (free text; empty: none)
    note: Mapped[str] = mapped_column(String, default="", server_default="")
    #: the category the bank itself gave the line in its export (BoursoBank's), kept whatever
    #: files the line now: it files the line again wherever no rule does any more, as an import
    #: of the same export would (see :func:`finapp.services.rule_filing.filing`); None: the
    #: bank said nothing, or nothing finapp's tree holds
    bank_category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL"), nullable=True
    )
    #: the keyed hash of the other party's account as the statement names it (ING's
    #: ``Tegenrekening``), never the number itself (:mod:`finapp.store.account_numbers`): one
    #: of the household's own accounts' ``number_hash`` makes the line a transfer; "" when the
    #: statement names no account
    other_account_hash: Mapped[str] = mapped_column(String, default="", server_default="")

    account: Mapped[Account] = relationship(back_populates="transactions")
    category: Mapped["Category | None"] = relationship(foreign_keys=[category_id])


class BalanceSnapshot(Base):
    """A balance a statement stated (ledger or available) on a date."""

    __tablename__ = "balances"
    __table_args__ = (UniqueConstraint("account_id", "kind", "as_of"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String)  # ledger, available
    amount_minor: Mapped[int] = mapped_column(Integer)
    as_of: Mapped[date] = mapped_column(Date)


class StatementPeriod(Base):
    """The days one imported statement covers for one account.

    From the statement's own start and end where it states them (OFX ``DTSTART``/``DTEND``),
    else from its first and last line. finapp's knowledge of an account ends where its
    statements end, so status, lapses and alerts are judged against these days rather than
    against the wall clock.
    """

    __tablename__ = "statement_periods"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), nullable=True
    )
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
    #: what a card statement says of the next payment and the card, where it says so
    payment_due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    minimum_due_minor: Mapped[int | None] = mapped_column(Integer, nullable=True)
    credit_limit_minor: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Rule(Base):
    """A categorization rule. Lower ``priority`` runs first; the first match wins."""

    __tablename__ = "rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    priority: Mapped[int] = mapped_column(Integer, default=100)
    origin: Mapped[str] = mapped_column(String, default=RuleOrigin.USER)  # a RuleOrigin's value
    match_field: Mapped[str] = mapped_column(String, default="payee")  # payee, memo, merchant
    match_type: Mapped[str] = mapped_column(
        String, default="contains"
    )  # contains, starts, regex, equals
    pattern: Mapped[str] = mapped_column(String, default="")
    amount_min_minor: Mapped[int | None] = mapped_column(Integer, nullable=True)
    amount_max_minor: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sign: Mapped[str | None] = mapped_column(String, nullable=True)  # "in", "out" or None
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), nullable=True
    )
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), nullable=True
    )
    rename_to: Mapped[str | None] = mapped_column(String, nullable=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)


class Subscription(Base):
    """A recurring stream, detected or added by the user, with the user's decisions about it."""

    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String)
    merchant: Mapped[str] = mapped_column(String, default="")
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), nullable=True
    )
    kind: Mapped[StreamKind] = mapped_column(_words(StreamKind), default=StreamKind.SUBSCRIPTION)
    cadence: Mapped[str] = mapped_column(String, default="monthly")
    amount_minor: Mapped[int] = mapped_column(Integer, default=0)
    average_minor: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(String(3), default=DEFAULT_CURRENCY)
    next_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[Status] = mapped_column(_words(Status), default=Status.ACTIVE)
    confidence: Mapped[str] = mapped_column(String, default="early")  # early, established
    user_state: Mapped[UserState] = mapped_column(_words(UserState), default=UserState.SUGGESTED)
    user_name: Mapped[str | None] = mapped_column(String, nullable=True)
    cancelled_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    reminder_offsets: Mapped[str | None] = mapped_column(String, nullable=True)  # "30,7,1"
    review_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: the day the user last decided to keep or cancel it (an audit); None: never reviewed
    reviewed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    stream_key: Mapped[str] = mapped_column(String, default="")  # stable identity across re-runs
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON: price changes, flags


class SubscriptionMember(Base):
    __tablename__ = "subscription_members"

    subscription_id: Mapped[int] = mapped_column(
        ForeignKey("subscriptions.id", ondelete="CASCADE"), primary_key=True
    )
    transaction_id: Mapped[int] = mapped_column(
        ForeignKey("transactions.id", ondelete="CASCADE"), primary_key=True
    )


class Budget(Base):
    __tablename__ = "budgets"

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), unique=True
    )
    amount_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default=DEFAULT_CURRENCY)
    rollover: Mapped[bool] = mapped_column(Boolean, default=False)
    # first month of the budget: where a rollover starts carrying leftovers from
    since: Mapped[date | None] = mapped_column(Date, nullable=True)


class Alert(Base):
    """A raised alert. ``dedupe_key`` makes each occurrence raise once, however often evaluated."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(String, unique=True)
    kind: Mapped[Kind] = mapped_column(_words(Kind))
    severity: Mapped[Severity] = mapped_column(_words(Severity), default=Severity.INFO)
    date: Mapped[calendar_date] = mapped_column(Date)
    message: Mapped[str] = mapped_column(String)
    params: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the message's facts
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), nullable=True
    )
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL"), nullable=True
    )
    subscription_id: Mapped[int | None] = mapped_column(
        ForeignKey("subscriptions.id", ondelete="SET NULL"), nullable=True
    )
    transaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("transactions.id", ondelete="CASCADE"), nullable=True
    )
    amount_minor: Mapped[int | None] = mapped_column(Integer, nullable=True)
    currency: Mapped[str | None] = mapped_column(String(3), nullable=True)
    created_at: Mapped[datetime] = mapped_column(
        DateTime, default=_written_now, server_default=func.now()
    )
    read: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    notified: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    #: The day what the alert tells stopped being true or ahead (a renewal's date passed or its
    #: charge arrived, the month of a budget alert ended, the balance recovered); None while open.
    resolved_on: Mapped[calendar_date | None] = mapped_column(Date, nullable=True)


class Goal(Base):
    """A savings goal: a target amount by a date, measured on the balances of linked accounts."""

    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    target_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    target_date: Mapped[date] = mapped_column(Date)
    #: the day the goal was set: progress per month is counted from here
    created_on: Mapped[date] = mapped_column(Date)

    accounts: Mapped[list["GoalAccount"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class GoalAccount(Base):
    """An account whose balance counts towards a goal."""

    __tablename__ = "goal_accounts"

    goal_id: Mapped[int] = mapped_column(
        ForeignKey("goals.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )


class MerchantName(Base):
    """The user's own name for a merchant (by its key), shown wherever its lines appear."""

    __tablename__ = "merchant_names"

    merchant: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)


class MerchantAlias(Base):
    """A merchant the user merged into another: lines of ``merchant`` are ``target``'s.

    Kept so that a statement imported after the merge can file its lines under the payee
    they were merged into (the key of a line is found again from its words at import).
    """

    __tablename__ = "merchant_aliases"

    merchant: Mapped[str] = mapped_column(String, primary_key=True)
    target: Mapped[str] = mapped_column(String)


class TransactionTag(Base):
    """One tag the user put on one transaction (kept without its ``#``, case-folded; see
    :mod:`finapp.core.tags`); the tag is indexed for the report and the filter by tag."""

    __tablename__ = "transaction_tags"

    transaction_id: Mapped[int] = mapped_column(
        ForeignKey("transactions.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String, primary_key=True, index=True)


class TransactionSplit(Base):
    """One part of a transaction the user divided among categories (a supermarket receipt:
    groceries and household). The parts of a transaction add up to its amount, each signed as
    the transaction is; a transaction with parts is counted by them, not by its own category.
    """

    __tablename__ = "transaction_splits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    transaction_id: Mapped[int] = mapped_column(
        ForeignKey("transactions.id", ondelete="CASCADE"), index=True
    )
    #: the order the user gave the parts (0 first)
    position: Mapped[int] = mapped_column(Integer, default=0)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL"), nullable=True
    )
    amount_minor: Mapped[int] = mapped_column(Integer)
    memo: Mapped[str] = mapped_column(String, default="")


class EditJournal(Base):
    """One edit the user can undo and redo: what it was, and the statements that undo and
    redo it (JSON lists of SQL, recorded by :mod:`finapp.store.journal`).

    The newest edit not undone is the next to undo; the oldest undone one the next to redo.
    """

    __tablename__ = "edit_journal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: a code naming the action (worded by each face) and its parameters as JSON
    action: Mapped[str] = mapped_column(String)
    params: Mapped[str] = mapped_column(String, default="{}")
    undo_sql: Mapped[str] = mapped_column(String, default="[]")
    redo_sql: Mapped[str] = mapped_column(String, default="[]")
    undone: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CsvProfile(Base):
    """A CSV column mapping the user confirmed, found again by the file's header."""

    __tablename__ = "csv_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    header_key: Mapped[str] = mapped_column(String, index=True)
    mapping: Mapped[str] = mapped_column(Text)  # JSON


class Setting(Base):
    """Domain settings (reminder offsets, budget thresholds); values are JSON."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ExchangeRate(Base):
    """One exchange rate the user entered or read from a rates file: 1 ``currency`` was worth
    ``rate`` ``base`` on ``as_of``.

    The rate is Decimal text, never a float: a file's ``161.12`` stays exactly that. ``source`` is
    ``entered`` or the name of the file it came from, so the user can see where each figure came
    from. One rate per pair and day: reading a newer file or entering a rate again replaces it.
    """

    __tablename__ = "exchange_rates"
    __table_args__ = (UniqueConstraint("currency", "base", "as_of"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))
    base: Mapped[str] = mapped_column(String(3))
    rate: Mapped[str] = mapped_column(String)
    as_of: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String, default="entered")
