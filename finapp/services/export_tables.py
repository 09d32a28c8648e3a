"""What an export holds, table by table: each column's header, meaning and value.

The one description of the exported data: :mod:`finapp.services.export` writes the CSV, the JSON
and the README.txt from it, so the files and their documentation cannot drift apart. Kept apart
from the writing because it changes whenever the data model grows a field users should take
with them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.cadence import BY_NAME
from finapp.core.category_sources import CategorySource
from finapp.core.money import DEFAULT_CURRENCY, from_minor
from finapp.core.months_off import charges_a_year
from finapp.core.subscription_states import ENDED
from finapp.core.tags import shown
from finapp.importers.finapp_export import SOURCE_TYPE, TRANSFER_OF
from finapp.importers.finapp_export_splits import PART_OF
from finapp.services.annotations import tags_of
from finapp.services.categories import category_paths
from finapp.services.export_alerts import PortableKeys
from finapp.services.subscription_groups import PlacedStream
from finapp.store.account_numbers import masked
from finapp.store.schema import (
    Account,
    Alert,
    BalanceSnapshot,
    Base,
    Budget,
    Category,
    CsvProfile,
    ExchangeRate,
    Goal,
    GoalAccount,
    MerchantName,
    Rule,
    Setting,
    StatementPeriod,
    Subscription,
    Transaction,
    TransactionSplit,
)

#: First header cell of ``transactions.csv``; the CSV importer recognises the export by it.
EXPORT_MARKER = "finapp_transaction_id"
#: Between the account names of a goal in ``goals.csv``: a name is one line of text.
GOAL_ACCOUNTS_SEPARATOR = "\n"
#: The exported tables, in the order they are written (one file each).
TABLE_NAMES = (
    "transactions",
    "splits",
    "periods",
    "balances",
    "accounts",
    "payees",
    "categories",
    "rules",
    "budgets",
    "subscriptions",
    "alerts",
    "goals",
    "settings",
    "rates",
    "profiles",
)


@dataclass(frozen=True, slots=True)
class Column:
    """One exported column: its header, the README's words for it, and how a row gives it."""

    header: str
    meaning: str
    value: Callable[[Any], Any]


class Names:
    """Names for ids (account names, category paths) read once per export."""

    def __init__(self, session: Session) -> None:
        self.categories = category_paths(session)
        self.tags_by_line = tags_of(session)
        self.accounts = {a.id: a for a in session.scalars(select(Account))}
        own_words = select(
            Subscription.id, Subscription.user_name, Subscription.reminder_offsets
        ).where(Subscription.user_name.is_not(None) | Subscription.reminder_offsets.is_not(None))
        said = session.execute(own_words).all()
        self.user_names = {row.id: row.user_name for row in said if row.user_name is not None}
        self.reminders = {row.id: row.reminder_offsets for row in said if row.reminder_offsets}
        self.goal_accounts: dict[int, list[str]] = {}
        for goal_id, name in session.execute(
            select(GoalAccount.goal_id, Account.name)
            .join(Account, Account.id == GoalAccount.account_id)
            .order_by(Account.name)
        ):
            self.goal_accounts.setdefault(goal_id, []).append(name)
        self.alert_keys = PortableKeys(session)

    def category(self, cid: int | None) -> str | None:
        return self.categories.get(cid) if cid is not None else None

    def tags(self, tid: int) -> str:
        """A transaction's tags as one cell, as they are typed: ``#holiday-2026 #tax``."""
        return " ".join(map(shown, self.tags_by_line.get(tid, ())))

    def account(self, aid: int | None) -> str | None:
        return self.accounts[aid].name if aid in self.accounts else None

    def currency(self, aid: int | None) -> str:
        return self.accounts[aid].currency if aid in self.accounts else DEFAULT_CURRENCY


def _money(minor: int | None, currency: str) -> Decimal | None:
    return None if minor is None else from_minor(minor, currency)


def _annual(placed: PlacedStream) -> Decimal:
    """What it costs a year, as the subscriptions list shows it: a positive sum. A row no
    detection or schedule has described yet costs its amount times its cadence's charges."""
    view = placed.view
    if view.annual_cost or view.cadence not in BY_NAME:
        return view.annual_cost
    per_year = charges_a_year(BY_NAME[view.cadence].per_year, view.months_off)
    return abs(view.amount) * per_year


def _status(placed: PlacedStream) -> str:
    view = placed.view
    return view.user_state if view.user_state in ENDED else view.status


def exported_tables(n: Names) -> dict[str, tuple[type[Base], list[Column]]]:
    """Every exported table: its ORM class and its columns."""
    txn_cols = [
        Column(EXPORT_MARKER, "finapp's id of the transaction", lambda t: t.id),
        Column("date", "posting date", lambda t: t.posted),
        Column(
            "time",
            "local time of day HH:MM:SS as the statement gave it; empty when it gave none",
            lambda t: t.posted_time,
        ),
        Column(
            "amount",
            "signed amount; negative is money out",
            lambda t: _money(t.amount_minor, t.currency),
        ),
        Column("currency", "ISO 4217 currency", lambda t: t.currency),
        Column("payee", "payee as shown (renamed by rules or by you)", lambda t: t.payee),
        Column("memo", "memo from the statement", lambda t: t.memo),
        Column("account", "account name", lambda t: n.account(t.account_id)),
        Column(
            "account_number",
            "last four characters of the account number, masked (****1234)",
            lambda t: masked(n.accounts[t.account_id].number_last4),
        ),
        Column("institution", "bank or provider", lambda t: n.accounts[t.account_id].institution),
        Column(
            "account_type",
            "checking, savings, credit_card, …",
            lambda t: n.accounts[t.account_id].type,
        ),
        Column("fitid", "the bank's transaction id, empty when it gave none", lambda t: t.fitid),
        Column(
            "category", "category path such as Food:Groceries", lambda t: n.category(t.category_id)
        ),
        Column(
            "bank_category",
            "the category the bank's own export gave it, as finapp's tree names it; empty when "
            "the bank gave none",
            lambda t: n.category(t.bank_category_id),
        ),
        Column("transfer", "true when a transfer between your accounts", lambda t: t.is_transfer),
        Column(
            "original_payee", "payee exactly as the statement had it", lambda t: t.original_payee
        ),
        Column("import_batch", "id of the import that added it", lambda t: t.batch_id),
        Column("note", "your note on it; empty when none", lambda t: t.note),
        Column("tags", "your tags, such as #holiday-2026 #tax", lambda t: n.tags(t.id)),
        Column(
            "split",
            "true when you divided it among categories: its parts are in splits.csv, and its "
            "category is its largest part's",
            lambda t: t.category_source == CategorySource.SPLIT,
        ),
        Column(
            TRANSFER_OF,
            "finapp_transaction_id of the other side of a transfer, or of the Alipay or WeChat "
            "Pay payment a card line paid (that line is no spending of its own); empty when none",
            lambda t: t.transfer_peer_id,
        ),
        Column(
            SOURCE_TYPE,
            "the statement's own type of the line; for an Alipay or WeChat Pay payment, what "
            "paid it, such as 招商银行信用卡(5678)",
            lambda t: t.source_kind,
        ),
    ]
    period_cols = [
        Column("account", "account name", lambda p: n.account(p.account_id)),
        Column("start", "first day an imported statement covered", lambda p: p.start),
        Column("end", "last day it covered, whether or not it had lines then", lambda p: p.end),
        Column("payment_due_on", "a card statement's payment due date", lambda p: p.payment_due_on),
        Column(
            "minimum_due",
            "a card statement's minimum payment",
            lambda p: _money(p.minimum_due_minor, n.currency(p.account_id)),
        ),
        Column(
            "credit_limit",
            "a card statement's credit limit",
            lambda p: _money(p.credit_limit_minor, n.currency(p.account_id)),
        ),
    ]
    balance_cols = [
        Column("account", "account name", lambda b: n.account(b.account_id)),
        Column(
            "kind",
            "ledger or available (as a statement stated it) or user (as you entered it)",
            lambda b: b.kind,
        ),
        Column("date", "the day the balance was at the end of", lambda b: b.as_of),
        Column(
            "amount",
            "the balance, in the account's currency",
            lambda b: _money(b.amount_minor, n.currency(b.account_id)),
        ),
        Column("currency", "ISO 4217 currency, the account's", lambda b: n.currency(b.account_id)),
    ]
    # a split's rows are (line id, SplitPartView) pairs
    split_cols = [
        Column(PART_OF, "finapp_transaction_id of the line in transactions.csv", lambda p: p[0]),
        Column("part", "the part's place in the line, 1 first", lambda p: p[1].position + 1),
        Column("category", "category path of the part", lambda p: p[1].category),
        Column(
            "amount",
            "signed as the line; the line's parts add up to its amount",
            lambda p: p[1].amount,
        ),
        Column("currency", "ISO 4217 currency, the line's", lambda p: p[1].currency),
        Column("memo", "your words on the part; empty when none", lambda p: p[1].memo),
    ]
    account_cols = [
        Column("name", "account name", lambda a: a.name),
        Column("institution", "bank or provider", lambda a: a.institution),
        Column(
            "number", "last four characters, masked (****1234)", lambda a: masked(a.number_last4)
        ),
        Column("type", "checking, savings, credit_card, …", lambda a: a.type),
        Column("currency", "ISO 4217 currency", lambda a: a.currency),
        Column(
            "low_balance_threshold",
            "warn below this balance",
            lambda a: _money(a.low_balance_minor, a.currency),
        ),
        Column(
            "reconciled_through",
            "you accepted its books up to this day (empty: never)",
            lambda a: a.reconciled_through,
        ),
        Column(
            "closed_on",
            "you closed it on this day: its balance counts as nothing from then (empty: open)",
            lambda a: a.closed_on,
        ),
        Column(
            "holder",
            "whose account it is, as its statements say (empty: they did not)",
            lambda a: a.holder,
        ),
    ]
    # a payee's rows are (merchant key, the user's name, the merchant it was merged into)
    payee_cols = [
        Column("merchant", "finapp's key of the payee's merchant", lambda p: p[0]),
        Column("name", "the name you gave the payee; empty when none", lambda p: p[1]),
        Column("merged_into", "the merchant you merged it into; empty when none", lambda p: p[2]),
    ]
    category_cols = [
        Column("path", "full category path", lambda c: n.category(c.id)),
        Column("kind", "expense, income or transfer", lambda c: c.kind),
    ]
    rule_cols = [
        Column("priority", "lower runs first; the first match wins", lambda r: r.priority),
        Column("origin", "shipped, user or learned", lambda r: r.origin),
        Column("field", "payee, memo or merchant", lambda r: r.match_field),
        Column("match", "contains, starts, regex or equals", lambda r: r.match_type),
        Column("pattern", "text matched", lambda r: r.pattern),
        Column(
            "amount_min",
            "smallest amount matched",
            lambda r: _money(r.amount_min_minor, n.currency(r.account_id)),
        ),
        Column(
            "amount_max",
            "largest amount matched",
            lambda r: _money(r.amount_max_minor, n.currency(r.account_id)),
        ),
        Column("sign", "in, out or empty for both", lambda r: r.sign),
        Column("account", "only this account, or empty", lambda r: n.account(r.account_id)),
        Column("category", "category set", lambda r: n.category(r.category_id)),
        Column("rename_to", "payee renamed to", lambda r: r.rename_to),
        Column("enabled", "true when the rule is in use", lambda r: r.enabled),
    ]
    budget_cols = [
        Column("category", "category path", lambda b: n.category(b.category_id)),
        Column("amount", "monthly budget", lambda b: _money(b.amount_minor, b.currency)),
        Column("currency", "ISO 4217 currency", lambda b: b.currency),
        Column("rollover", "true when unspent money carries over", lambda b: b.rollover),
        Column("since", "first month of the budget, where a rollover starts", lambda b: b.since),
    ]
    # a subscription's rows are the list `finapp subscriptions` and the window show
    sub_cols = [
        Column("name", "name", lambda p: p.view.name),
        Column("amount", "amount of one charge", lambda p: p.view.amount),
        Column("currency", "ISO 4217 currency", lambda p: p.view.currency),
        Column("cadence", "weekly, monthly, yearly, …", lambda p: p.view.cadence),
        Column(
            "next_date",
            "next charge to come, as finapp shows it; empty when cancelled, lapsed or none due",
            lambda p: p.upcoming,
        ),
        Column("account", "account or payment method", lambda p: p.view.account),
        Column("annual_cost", "what it costs a year (a positive amount)", _annual),
        Column("status", "active, inactive, cancelled or dismissed", _status),
        Column("kind", "subscription, bill, …", lambda p: p.view.kind),
        Column("merchant", "merchant identity", lambda p: p.view.merchant),
        Column("cancelled_on", "when you cancelled it", lambda p: p.view.cancelled_on),
        Column("review_date", "when you want to review it", lambda p: p.view.review_date),
        Column(
            "decision",
            "your word on it: suggested (finapp's, none yet), confirmed, cancelled or dismissed",
            lambda p: p.view.user_state,
        ),
        Column(
            "your_name",
            "the name you gave it; empty when finapp names it",
            lambda p: n.user_names.get(p.view.id),
        ),
        Column(
            "added_by_hand",
            "true when you added it yourself (paid in cash or elsewhere)",
            lambda p: p.view.manual,
        ),
        Column(
            "reminders",
            "days before each renewal you asked to be reminded, such as 14,3; empty: finapp's "
            "default",
            lambda p: n.reminders.get(p.view.id),
        ),
    ]
    alert_cols = [
        Column("date", "date the alert is about", lambda a: a.date),
        Column("kind", "kind of alert", lambda a: a.kind),
        Column("severity", "info, warning or critical", lambda a: a.severity),
        Column("message", "what the alert said", lambda a: a.message),
        Column("account", "account concerned", lambda a: n.account(a.account_id)),
        Column(
            "amount",
            "amount concerned",
            lambda a: _money(a.amount_minor, a.currency or DEFAULT_CURRENCY),
        ),
        Column("currency", "currency of the amount", lambda a: a.currency),
        Column("read", "true once read", lambda a: a.read),
        Column("dismissed", "true once dismissed", lambda a: a.dismissed),
        Column(
            "key",
            "what the alert is about, by which finapp knows it when it raises it again (its "
            "lines by finapp_transaction_id, its account, category or goal by name); a read or "
            "dismissed alert stays so after the import. Empty when it cannot be told",
            lambda a: n.alert_keys.of(a.dedupe_key),
        ),
    ]
    goal_cols = [
        Column("name", "savings goal", lambda g: g.name),
        Column("target", "amount to save", lambda g: _money(g.target_minor, g.currency)),
        Column("currency", "ISO 4217 currency", lambda g: g.currency),
        Column("target_date", "date to have saved it by", lambda g: g.target_date),
        Column("created_on", "day the goal was set", lambda g: g.created_on),
        Column(
            "accounts",
            "accounts whose balances count, one per line",
            lambda g: GOAL_ACCOUNTS_SEPARATOR.join(n.goal_accounts.get(g.id, [])),
        ),
    ]
    # a setting's rows are (key, the value you typed, what it sets): only those you set
    setting_cols = [
        Column("key", "the setting, as `finapp settings` names it", lambda s: s[0]),
        Column("value", "its value as you typed it", lambda s: s[1]),
        Column("meaning", "what it sets, as the Settings page says", lambda s: s[2]),
    ]
    rate_cols = [
        Column("currency", "ISO 4217 currency of which one unit…", lambda r: r.currency),
        Column("base", "…was worth rate of this currency", lambda r: r.base),
        Column("rate", "the rate, exactly as entered or read", lambda r: Decimal(r.rate)),
        Column("date", "the day it was in force from", lambda r: r.as_of),
        Column("source", "entered (by you) or the rates file it was read from", lambda r: r.source),
    ]
    # a CSV layout the user mapped once, so the bank's next download imports without asking
    profile_cols = [
        Column("name", "the name you saved the CSV layout under", lambda p: p.name),
        Column("columns", "the file's column names, one per line", _profile_columns),
        Column(
            "mapping", "what finapp reads from each column, as finapp keeps it", lambda p: p.mapping
        ),
    ]
    described = (
        (Transaction, txn_cols),
        (TransactionSplit, split_cols),
        (StatementPeriod, period_cols),
        (BalanceSnapshot, balance_cols),
        (Account, account_cols),
        (MerchantName, payee_cols),
        (Category, category_cols),
        (Rule, rule_cols),
        (Budget, budget_cols),
        (Subscription, sub_cols),
        (Alert, alert_cols),
        (Goal, goal_cols),
        (Setting, setting_cols),
        (ExchangeRate, rate_cols),
        (CsvProfile, profile_cols),
    )
    return dict(zip(TABLE_NAMES, described, strict=True))


def _profile_columns(profile: Any) -> str:
    """A saved CSV layout's column names, as its file heads them."""
    return "\n".join(json.loads(profile.mapping).get("header", []))
