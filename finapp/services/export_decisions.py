"""The user's decisions in finapp's own export, brought back when its ``transactions.csv`` is
imported: low-balance thresholds, books accepted up to a day and closings (``accounts.csv``),
budgets, the user's own and learned rules, and what the user said of each subscription
(cancelled on a day, confirmed, dismissed, renamed, a review date, its reminders, one added by
hand).

Called within the import's own write (:mod:`finapp.services.export_restore`): a row finapp
never writes refuses the import whole. What the store already holds wins: an account's
threshold or closing already set, a budget the store has for the category, a rule it has
already, a subscription the user decided on already. So importing the export again adds
nothing twice. The shipped rules are the store's own (its finapp's book), never the export's.

A subscription's decision is put on the stream it is about before detection runs after the
import: on the row the store has for that account and merchant, else on a new row holding the
lines of that merchant and amount, which detection then finds its stream in, as it finds a
stream the user decided on earlier. Undoing the import leaves these decisions, as it leaves a
budget set after an import.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from finapp.core.category_kinds import CategoryKind
from finapp.core.money import exact_minor
from finapp.core.rule_origins import RuleOrigin
from finapp.core.rules import validate_rule
from finapp.core.subscription_states import UserState
from finapp.importers.finapp_export_files import Row, amount, cell, day, export_rows, yes
from finapp.services.categories import ensure_category
from finapp.services.reconciliation import books_up_to
from finapp.services.settings import main_currency_of
from finapp.services.subscriptions import write_manual
from finapp.store.schema import (
    Account,
    Budget,
    Rule,
    Subscription,
    SubscriptionMember,
    Transaction,
)

ACCOUNTS_FILE, BUDGETS_FILE = "accounts.csv", "budgets.csv"
RULES_FILE, SUBSCRIPTIONS_FILE = "rules.csv", "subscriptions.csv"
#: the rules of the user's making; shipped ones are the store's own
_USERS_RULES = frozenset({RuleOrigin.USER.value, RuleOrigin.LEARNED.value})
#: what a subscription row of the export says the user decided
_DECIDED = frozenset({UserState.CONFIRMED, UserState.CANCELLED, UserState.DISMISSED})


def restore_decisions(session: Session, folder: Path, accounts: dict[str, int]) -> None:
    """Bring back the decisions of the export in ``folder``; ``accounts`` are the store's
    accounts by the export's names for them (those the import went into, then the store's)."""
    named = {a.name: a for a in session.scalars(select(Account))}
    named.update({name: session.get_one(Account, aid) for name, aid in accounts.items()})
    _restore_accounts(session, folder, named)
    _restore_budgets(session, folder)
    _restore_rules(session, folder, named)
    _restore_subscriptions(session, folder, named)


def _restore_accounts(session: Session, folder: Path, named: dict[str, Account]) -> None:
    """A low-balance threshold, the day its books were accepted up to, a closing day and whose it
    is, on an account that has none. Books accepted up to a day are accepted as its lines now
    stand."""
    for row in export_rows(folder, ACCOUNTS_FILE):
        account = named.get(row[1].get("name", ""))
        if account is None:
            continue
        threshold, accepted, closed = cell(folder, ACCOUNTS_FILE, row, partial(_settings, account))
        if account.low_balance_minor is None:
            account.low_balance_minor = threshold
        if account.reconciled_through is None and accepted is not None:
            account.reconciled_through = accepted
            totals = books_up_to(session, account.id, accepted)
            account.reconciled_total_minor, account.reconciled_count = totals
        if account.closed_on is None:
            account.closed_on = closed
        account.holder = account.holder or row[1].get("holder") or ""  # none in an older export


def _settings(account: Account, c: dict[str, str]) -> tuple[int | None, date | None, date | None]:
    threshold = amount(c["low_balance_threshold"])
    minor = None if threshold is None else exact_minor(threshold, account.currency)
    return minor, day(c["reconciled_through"]), day(c["closed_on"])


def _restore_budgets(session: Session, folder: Path) -> None:
    """A budget for each category the store has none for (the store's own one wins)."""
    for row in export_rows(folder, BUDGETS_FILE):
        path, monthly, currency, rollover, since = cell(folder, BUDGETS_FILE, row, _budget)
        category = ensure_category(session, path, CategoryKind.EXPENSE)
        held = select(Budget.id).where(Budget.category_id == category.id)
        if session.scalar(held) is None:
            session.add(
                Budget(
                    category_id=category.id,
                    amount_minor=monthly,
                    currency=currency,
                    rollover=rollover,
                    since=since,
                )
            )
            session.flush()


def _budget(c: dict[str, str]) -> tuple[str, int, str, bool, date | None]:
    monthly = amount(c["amount"])
    if not c["category"] or monthly is None or monthly <= 0:
        raise ValueError(c["amount"])
    since = day(c.get("since") or "")  # exports before it was written have none
    return (
        c["category"],
        exact_minor(monthly, c["currency"]),
        c["currency"],
        yes(c["rollover"]),
        since,
    )


def _restore_rules(session: Session, folder: Path, named: dict[str, Account]) -> None:
    """The user's own and learned rules the store does not have already."""
    held = {_rule_key(rule) for rule in session.scalars(select(Rule))}
    main = main_currency_of(session)
    for row in export_rows(folder, RULES_FILE):
        if row[1].get("origin") not in _USERS_RULES:
            continue
        rule = cell(folder, RULES_FILE, row, partial(_rule, session, named, main))
        if rule is not None and _rule_key(rule) not in held:
            held.add(_rule_key(rule))
            session.add(rule)


def _rule(session: Session, named: dict[str, Account], main: str, c: dict[str, str]) -> Rule | None:
    """One row of ``rules.csv``; None when its account is not in the store. Its amounts are in
    its account's currency, or the household's main one (``main``) as the export wrote them."""
    account = named.get(c["account"]) if c["account"] else None
    if c["account"] and account is None:
        return None
    currency = account.currency if account is not None else main
    low, high = amount(c["amount_min"]), amount(c["amount_max"])
    low_minor = None if low is None else exact_minor(abs(low), currency)
    high_minor = None if high is None else exact_minor(abs(high), currency)
    sign = c["sign"] or None
    validate_rule(c["pattern"], c["match"], c["field"], sign, low_minor, high_minor)
    return Rule(
        priority=int(c["priority"]),
        origin=c["origin"],
        match_field=c["field"],
        match_type=c["match"],
        pattern=c["pattern"],
        amount_min_minor=low_minor,
        amount_max_minor=high_minor,
        sign=sign,
        account_id=account.id if account is not None else None,
        category_id=ensure_category(session, c["category"]).id if c["category"] else None,
        rename_to=c["rename_to"] or None,
        enabled=yes(c["enabled"]),
    )


def _rule_key(rule: Rule) -> tuple[object, ...]:
    """What makes two rules the same rule."""
    return (
        rule.match_field,
        rule.match_type,
        rule.pattern,
        rule.amount_min_minor,
        rule.amount_max_minor,
        rule.sign,
        rule.account_id,
        rule.category_id,
        rule.rename_to,
    )


def _restore_subscriptions(session: Session, folder: Path, named: dict[str, Account]) -> None:
    """What the user said of each subscription, on the stream it is about."""
    for row in export_rows(folder, SUBSCRIPTIONS_FILE):
        if not row[1].get("decision"):  # an export from before decisions were written
            continue
        if row[1].get("added_by_hand") == "true":
            cell(folder, SUBSCRIPTIONS_FILE, row, partial(_hand_added, session, named))
            continue
        said = cell(folder, SUBSCRIPTIONS_FILE, row, _decision)
        account = named.get(row[1]["account"])
        if said is not None and account is not None:
            _decide(session, account, row, said)


@dataclass(frozen=True, slots=True)
class _Said:
    """The user's word on one subscription, and the amount of its charge (in minor units)."""

    user_state: UserState
    cancelled_on: date | None
    review_date: date | None
    user_name: str | None
    reminders: str | None
    charge: int

    def put_on(self, row: Subscription) -> None:
        row.user_state = self.user_state
        row.cancelled_on = self.cancelled_on
        row.review_date = self.review_date
        row.user_name = self.user_name
        row.reminder_offsets = self.reminders


def _hand_added(session: Session, named: dict[str, Account], c: dict[str, str]) -> None:
    """A subscription the user added by hand, added again as the user added it, with what they
    said of it since; one of that name the store has stays as it is."""
    name = c["name"].strip()
    held = select(Subscription.id).where(Subscription.manual.is_(True), Subscription.name == name)
    due = day(c["next_date"]) or day(c["cancelled_on"])
    charge = amount(c["amount"])
    if session.scalar(held) is not None or due is None:
        return
    if charge is None:
        raise ValueError(c["amount"])
    account = named.get(c["account"]) if c["account"] else None
    row, _ = write_manual(
        session, name, charge, c["cadence"], due, account, c["kind"], c["currency"]
    )
    said = _decision(c)
    if said is not None:
        said.put_on(row)


def _decision(c: dict[str, str]) -> _Said | None:
    """The user's word in one row of ``subscriptions.csv``; None when it holds none."""
    state = UserState(c["decision"])
    review, name = day(c["review_date"]), c["your_name"] or None
    reminders = _reminders(c.get("reminders") or "")
    if state not in _DECIDED and review is None and name is None and reminders is None:
        return None
    charge = amount(c["amount"])
    if charge is None:
        raise ValueError(c["amount"])
    cancelled = day(c["cancelled_on"]) if state == UserState.CANCELLED else None
    return _Said(state, cancelled, review, name, reminders, exact_minor(charge, c["currency"]))


def _reminders(text: str) -> str | None:
    """Days before a renewal to be reminded, as the store keeps them ("14,3"); None for the
    default. Each is 0 to 366 days, as the user can set them."""
    if not text:
        return None
    days = sorted({int(part) for part in text.split(",")}, reverse=True)
    if not all(0 <= one <= 366 for one in days):
        raise ValueError(text)
    return ",".join(map(str, days))


def _decide(session: Session, account: Account, row: Row, said: _Said) -> None:
    """Put the user's word on the store's row for the stream, unless the user decided on it
    already; a stream the store has no row for gets one holding its lines."""
    merchant = row[1]["merchant"]
    held = session.scalars(
        select(Subscription).where(
            Subscription.account_id == account.id,
            Subscription.merchant == merchant,
            Subscription.amount_minor == said.charge,
        )
    ).first()
    if held is not None:
        if held.user_state == UserState.SUGGESTED and held.user_name is None:
            said.put_on(held)
        return
    lines = list(
        session.scalars(
            select(Transaction.id).where(
                Transaction.account_id == account.id,
                Transaction.merchant == merchant,
                Transaction.amount_minor == said.charge,
            )
        )
    )
    if not lines:
        return
    sub = Subscription(
        name=row[1]["name"],
        merchant=merchant,
        account_id=account.id,
        amount_minor=said.charge,
        currency=account.currency,
    )
    said.put_on(sub)
    session.add(sub)
    session.flush()
    session.execute(
        insert(SubscriptionMember),
        [{"subscription_id": sub.id, "transaction_id": line} for line in lines],
    )
