"""The rule list the user sees and edits: add, list, enable, delete and re-run rules.

One ordered book holds all three origins (learned priority 10, user 100, shipped 1000 by default)
so "which rule won" has a single answer. The other jobs live apart: filing lines by the rules
(:mod:`finapp.services.rule_filing`), learning from the user's filings
(:mod:`finapp.services.rule_learning`) and the shipped rules (:mod:`finapp.services.shipped_rules`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from finapp.core.money import exact_minor, from_minor
from finapp.core.rule_origins import RuleOrigin
from finapp.core.rules import regex_problem, validate_rule
from finapp.errors import InvalidInputError, NotFoundError, Problem
from finapp.services.accounts import require_account
from finapp.services.categories import category_paths, ensure_category
from finapp.services.rule_filing import apply_rules, rule_book
from finapp.services.settings import main_currency_of
from finapp.services.undoable import undoable
from finapp.store.engine import Store
from finapp.store.schema import Account, Rule

LEARNED_PRIORITY = 10
USER_PRIORITY = 100
SHIPPED_PRIORITY = 1000


@dataclass(frozen=True, slots=True)
class RuleView:
    id: int
    priority: int
    origin: str
    field: str
    match: str
    pattern: str
    category: str | None
    amount_min: Decimal | None
    amount_max: Decimal | None
    sign: str | None
    account: str | None
    rename_to: str | None
    enabled: bool
    #: why the rule cannot run (a regular expression stored before finapp checked them), so it
    #: is listed as invalid rather than silently doing nothing; None for a working rule
    problem: str | None = None


def rerun_rules(store: Store) -> int:
    """Re-run every rule on all history; returns how many transactions changed."""
    with store.write() as session:
        return len(apply_rules(session, [], rule_book(session)))


@undoable("rule_add", lambda view, *_, **__: {"pattern": view.pattern})
def add_rule(
    store: Store,
    *,
    category: str | None,
    pattern: str,
    match_type: str = "contains",
    match_field: str = "payee",
    priority: int = USER_PRIORITY,
    amount_min: Decimal | None = None,
    amount_max: Decimal | None = None,
    sign: str | None = None,
    account: str | None = None,
    rename_to: str | None = None,
) -> RuleView:
    """Add a user rule; bad input raises InvalidInputError and adds nothing."""
    with store.write() as session:
        acct = require_account(session, account) if account else None
        currency = acct.currency if acct is not None else main_currency_of(session)
        low = None if amount_min is None else exact_minor(abs(amount_min), currency)
        high = None if amount_max is None else exact_minor(abs(amount_max), currency)
        validate_rule(pattern, match_type, match_field, sign, low, high)
        if category is None and not rename_to:
            raise InvalidInputError(
                Problem("rule.no_outcome", "A rule needs a category or a new payee name")
            )
        rule = Rule(
            priority=priority,
            origin=RuleOrigin.USER,
            match_field=match_field,
            match_type=match_type,
            pattern=pattern,
            amount_min_minor=low,
            amount_max_minor=high,
            sign=sign,
            account_id=acct.id if acct is not None else None,
            category_id=ensure_category(session, category).id if category else None,
            rename_to=rename_to or None,
        )
        session.add(rule)
        session.flush()
        return _views(session, [rule])[0]


def _views(session: Session, rules: Iterable[Rule | Row[Any]]) -> list[RuleView]:
    """The rules as the user sees them: stored rules, or rows of ``Rule``'s columns (a listing
    reads those, not mapped rules: hundreds of shipped rules, on every visit to the page)."""
    paths = category_paths(session)
    accounts = {a.id: a for a in session.scalars(select(Account))}
    main = main_currency_of(session)
    out = []
    for r in rules:
        acct = accounts.get(r.account_id) if r.account_id is not None else None
        currency = acct.currency if acct is not None else main
        out.append(
            RuleView(
                id=r.id,
                priority=r.priority,
                origin=r.origin,
                field=r.match_field,
                match=r.match_type,
                pattern=r.pattern,
                category=paths.get(r.category_id) if r.category_id is not None else None,
                amount_min=None
                if r.amount_min_minor is None
                else from_minor(r.amount_min_minor, currency),
                amount_max=None
                if r.amount_max_minor is None
                else from_minor(r.amount_max_minor, currency),
                sign=r.sign,
                account=acct.name if acct is not None else None,
                rename_to=r.rename_to,
                enabled=r.enabled,
                problem=_problem(r),
            )
        )
    return out


def _problem(rule: Rule | Row[Any]) -> str | None:
    """Why a stored rule cannot run: only user regular expressions can be refused."""
    if rule.match_type != "regex" or rule.origin == RuleOrigin.SHIPPED:
        return None
    return regex_problem(rule.pattern)


def list_rules(store: Store, *, origin: str | None = None) -> list[RuleView]:
    """Rules in the order they are tried."""
    with store.read() as session:
        query = select(*Rule.__table__.columns).order_by(Rule.priority, Rule.id)
        if origin is not None:
            query = query.where(Rule.origin == origin)
        return _views(session, session.execute(query))


def _require_rule(session: Session, rule_id: int) -> Rule:
    rule = session.get(Rule, rule_id)
    if rule is None:
        raise NotFoundError(f"No rule with id {rule_id}")
    return rule


def _rule_named(store: Store, rule_id: int, *_: object) -> dict[str, str]:
    """A rule's edit is named by its pattern, read before the edit (a deleted rule has none)."""
    with store.read() as session:
        rule = session.get(Rule, rule_id)
        return {"pattern": rule.pattern if rule is not None else ""}


@undoable("rule_delete", lambda *_: {}, before=_rule_named)
def delete_rule(store: Store, rule_id: int) -> None:
    with store.write() as session:
        session.delete(_require_rule(session, rule_id))


@undoable("rule_edit", lambda *_: {}, before=_rule_named)
def set_rule_enabled(store: Store, rule_id: int, enabled: bool) -> None:
    with store.write() as session:
        _require_rule(session, rule_id).enabled = enabled
