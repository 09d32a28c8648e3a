"""Rules at work: shipped, user and learned rules categorize transactions on import and on demand.

One ordered book holds all three origins (learned priority 10, user 100, shipped 1000 by default)
so "which rule won" has a single answer. A category the user chose by hand is never touched.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from typing import NotRequired, TypedDict

from sqlalchemy import ColumnElement, bindparam, insert, select, update
from sqlalchemy.orm import Session

from finapp.core.learning import Filed, Split, first_lesson_word, separate
from finapp.core.money import exact_minor, from_minor
from finapp.core.rules import (
    WORDS,
    WORDS_SEPARATOR,
    RuleBook,
    RuleSpec,
    RuleSubject,
    regex_problem,
    validate_rule,
    words_merchant,
    words_pattern,
)
from finapp.errors import InvalidInputError, NotFoundError, Problem
from finapp.services.accounts import require_account
from finapp.services.categories import category_paths, ensure_category
from finapp.services.settings import main_currency_of
from finapp.services.undoable import undoable
from finapp.store.category_lines import SPLIT_SOURCE
from finapp.store.engine import Store
from finapp.store.schema import Account, Rule, Transaction

LEARNED_PRIORITY = 10
USER_PRIORITY = 100
SHIPPED_PRIORITY = 1000
#: how a transaction's category was set automatically; "manual" is the user's and is kept
AUTO_SOURCES = ("rule", "learned")
#: the user's own filings, which no rule overwrites: a category chosen by hand, a split line's
KEPT_SOURCES = ("manual", SPLIT_SOURCE)


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


class ShippedGroup(TypedDict):
    """Patterns of ``resources/rules.json`` filed alike; ``field`` defaults to any."""

    category: str
    match: str
    patterns: list[str]
    sign: NotRequired[str]
    field: NotRequired[str]


class ShippedRule(ShippedGroup):
    """One pattern of a group: one rule."""

    pattern: str


def load_shipped_rules() -> list[ShippedRule]:
    """The shipped rules (``resources/rules.json``), one dict per pattern."""
    text = resources.files("finapp.resources").joinpath("rules.json").read_text("utf-8")
    groups: list[ShippedGroup] = json.loads(text)["rules"]
    return [{**group, "pattern": pattern} for group in groups for pattern in group["patterns"]]


def shipped_specs(first_id: int = 1) -> list[RuleSpec]:
    """The shipped rules as the rule book sees them before a store holds them (for benchmarks
    and checks of the book itself); their category ids are left unset."""
    return [
        RuleSpec(
            first_id + i,
            None,
            item["pattern"],
            match_type=item["match"],
            match_field=item.get("field", "any"),
            priority=SHIPPED_PRIORITY,
            sign=item.get("sign"),
            origin="shipped",
        )
        for i, item in enumerate(load_shipped_rules())
    ]


def seed_shipped_rules(session: Session) -> None:
    """Write the shipped rules into a new store, where the user can see and disable them."""
    ids = {path: cid for cid, path in category_paths(session).items()}
    rows = []
    for item in load_shipped_rules():
        if item["category"] not in ids:
            ids[item["category"]] = ensure_category(session, item["category"]).id
        rows.append(
            {
                "priority": SHIPPED_PRIORITY,
                "origin": "shipped",
                "match_field": item.get("field", "any"),
                "match_type": item["match"],
                "pattern": item["pattern"],
                "sign": item.get("sign"),
                "category_id": ids[item["category"]],
            }
        )
    session.execute(insert(Rule), rows)


def _spec(rule: Rule) -> RuleSpec:
    return RuleSpec(
        id=rule.id,
        category_id=rule.category_id,
        pattern=rule.pattern,
        match_type=rule.match_type,
        match_field=rule.match_field,
        priority=rule.priority,
        amount_min=rule.amount_min_minor,
        amount_max=rule.amount_max_minor,
        sign=rule.sign,
        account_id=rule.account_id,
        rename_to=rule.rename_to,
        origin=rule.origin,
    )


def rule_book(session: Session) -> RuleBook:
    return RuleBook(_spec(r) for r in session.scalars(select(Rule).where(Rule.enabled)))


_COLUMNS = (
    Transaction.id,
    Transaction.original_payee,
    Transaction.payee,
    Transaction.memo,
    Transaction.merchant,
    Transaction.amount_minor,
    Transaction.account_id,
    Transaction.category_id,
    Transaction.category_source,
)
#: one statement run for every changed row: the ORM's bulk update by primary key costs three
#: times as much per row for the same SQL
_TRANSACTIONS = Transaction.metadata.tables[Transaction.__tablename__]  # the Table itself
_REFILE = (
    update(_TRANSACTIONS)
    .where(_TRANSACTIONS.c.id == bindparam("row"))
    .values({name: bindparam(name) for name in ("category_id", "category_source", "payee")})
)


class Refiled(TypedDict):
    """One transaction :func:`apply_rules` filed anew, as written."""

    id: int
    category_id: int | None
    category_source: str | None
    payee: str


def apply_rules(
    session: Session, where: Sequence[ColumnElement[bool]], book: RuleBook
) -> list[Refiled]:
    """Categorize (and rename) the transactions ``where`` selects; returns the changes made.

    Manually categorized transactions keep their category; an automatic category whose rule is
    gone is cleared so that re-running after deleting a rule undoes what it did. Rules see what
    the bank said (the original payee), not a name an earlier rule gave it. Columns are read and
    changes written in bulk: an import of years of history is categorized in seconds. The rows
    are streamed from the database, not held all at once (the session's pending changes are
    written first, as its own queries would).
    """
    changes: list[Refiled] = []
    session.flush()
    for row in session.connection().execute(select(*_COLUMNS).where(*where)):
        original = row.original_payee or row.payee
        rule = book.first_match_of(
            original, row.memo, row.merchant, row.amount_minor, row.account_id
        )
        category_id, source, payee = filing(rule, row.category_id, row.category_source, original)
        if (category_id, source, payee) != (row.category_id, row.category_source, row.payee):
            changes.append(
                {
                    "id": row.id,
                    "category_id": category_id,
                    "category_source": source,
                    "payee": payee,
                }
            )
    if changes:
        session.execute(_REFILE, [{"row": change["id"], **change} for change in changes])
    return changes


def filing(
    rule: RuleSpec | None, category_id: int | None, source: str | None, original: str
) -> tuple[int | None, str | None, str]:
    """A line's category id, its source and its payee once ``rule`` (the winner, or None) has
    decided it, from what it holds and what the bank called it (``original``): a manual
    category stays, an automatic one whose rule is gone is cleared."""
    if source not in KEPT_SOURCES:
        if rule is not None and rule.category_id is not None:
            category_id = rule.category_id
            source = "learned" if rule.origin == "learned" else "rule"
        elif source in AUTO_SOURCES:
            category_id, source = None, None
    payee = rule.rename_to if rule is not None and rule.rename_to else original
    return category_id, source, payee


NewLineFiling = Callable[[str, str, str, int, int], tuple[int | None, str | None, str]]


def new_line_filing(session: Session) -> NewLineFiling:
    """The filing (category id, source, payee) the rules give a line not yet stored, from its
    payee, memo, merchant, amount in minor units and account id.

    An import files its lines as it writes them: the same result as running
    :func:`apply_rules` over them once written (a new line has no category of its own),
    without reading them back and updating each one.
    """
    book = rule_book(session)

    def new_filing(
        payee: str, memo: str, merchant: str, amount_minor: int, account_id: int
    ) -> tuple[int | None, str | None, str]:
        rule = book.first_match_of(payee, memo, merchant, amount_minor, account_id)
        return filing(rule, None, None, payee)

    return new_filing


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
            origin="user",
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


def _views(session: Session, rules: Iterable[Rule]) -> list[RuleView]:
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


def _problem(rule: Rule) -> str | None:
    """Why a stored rule cannot run: only user regular expressions can be refused."""
    if rule.match_type != "regex" or rule.origin == "shipped":
        return None
    return regex_problem(rule.pattern)


def list_rules(store: Store, *, origin: str | None = None) -> list[RuleView]:
    """Rules in the order they are tried."""
    with store.read() as session:
        query = select(Rule).order_by(Rule.priority, Rule.id)
        if origin is not None:
            query = query.where(Rule.origin == origin)
        return _views(session, session.scalars(query))


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


def learned_rules_of(session: Session, merchant: str) -> list[Rule]:
    """The learned rules about ``merchant`` (its own, its prices', its services' words), in the
    order they are tried."""
    return list(
        session.scalars(
            select(Rule)
            .where(
                Rule.origin == "learned",
                Rule.match_field == "merchant",
                (Rule.pattern == merchant)
                | Rule.pattern.startswith(merchant + WORDS_SEPARATOR, autoescape=True),
            )
            .order_by(Rule.priority, Rule.id)
        )
    )


def learn_from(session: Session, txn: Transaction) -> None:
    """Learn from the user filing ``txn`` (already marked manual) under its category.

    The first lesson about a merchant covers all of it, or only its service when its lines name
    several (:func:`finapp.core.learning.first_lesson_word`). A later one that contradicts the rule
    deciding its line is told apart from the earlier corrections that rule rests on
    (:func:`finapp.core.learning.separate`): a finer rule for the difference, so the lines the
    new correction does not resemble keep their category. When nothing tells them apart, the
    user changed their mind and the rule follows.
    """
    rules = [r for r in learned_rules_of(session, txn.merchant) if r.enabled]
    deciding = next((r for r in rules if _spec(r).matches(_subject(txn))), None)
    if deciding is None:
        session.add(_first_lesson(session, txn))
    elif deciding.category_id != txn.category_id:
        _contradicted(session, txn, deciding, rules)
    session.flush()


def _first_lesson(session: Session, txn: Transaction) -> Rule:
    leading: Counter[str] = Counter()
    lines = 0
    for line in session.scalars(select(Transaction).where(Transaction.merchant == txn.merchant)):
        words = _subject(line).words
        leading.update(words[:1])
        lines += 1
    rule = _learned_rule(txn.merchant, txn.category_id)
    word = first_lesson_word(_subject(txn).words, leading, lines)
    if word is not None:
        rule.match_type, rule.pattern = WORDS, words_pattern(txn.merchant, [word])
    return rule


def _contradicted(session: Session, txn: Transaction, deciding: Rule, rules: list[Rule]) -> None:
    lines = session.scalars(select(Transaction).where(Transaction.merchant == txn.merchant)).all()
    specs = [_spec(r) for r in rules]
    frequency: Counter[str] = Counter()
    earlier = []
    for line in lines:
        subject = _subject(line)
        frequency.update(subject.words)
        if line.category_source != "manual" or line.id == txn.id:
            continue
        if line.category_id != txn.category_id and _decided_by(specs, subject) == deciding.id:
            earlier.append(_filed(line, subject))
    split = separate(_filed(txn, _subject(txn)), earlier, frequency) if earlier else None
    if split is None:
        deciding.category_id = txn.category_id
        return
    session.add(_finer_rule(deciding, split))
    if split.rest is not None:
        deciding.category_id = split.rest


def _decided_by(specs: list[RuleSpec], subject: RuleSubject) -> int | None:
    return next((s.id for s in specs if s.matches(subject)), None)


def _subject(txn: Transaction) -> RuleSubject:
    return RuleSubject(
        txn.original_payee or txn.payee, txn.memo, txn.merchant, txn.amount_minor, txn.account_id
    )


def _filed(txn: Transaction, subject: RuleSubject) -> Filed:
    return Filed(subject.words, abs(txn.amount_minor), txn.account_id, txn.category_id)


def _learned_rule(merchant: str, category_id: int | None) -> Rule:
    return Rule(
        priority=LEARNED_PRIORITY,
        origin="learned",
        match_field="merchant",
        match_type="equals",
        pattern=merchant,
        category_id=category_id,
    )


def _finer_rule(deciding: Rule, split: Split) -> Rule:
    """``deciding``'s conditions and one more; tried before it (a lower priority number)."""
    rule = Rule(
        priority=deciding.priority - 1,
        origin="learned",
        match_field="merchant",
        match_type=deciding.match_type,
        pattern=deciding.pattern,
        amount_min_minor=deciding.amount_min_minor,
        amount_max_minor=deciding.amount_max_minor,
        account_id=deciding.account_id,
        category_id=split.category,
    )
    if split.word is not None:
        merchant = words_merchant(deciding.pattern)
        known = deciding.pattern.partition(WORDS_SEPARATOR)[2].split()
        rule.match_type, rule.pattern = WORDS, words_pattern(merchant, [*known, split.word])
    if split.amount is not None:
        rule.amount_min_minor = rule.amount_max_minor = split.amount
    if split.account is not None:
        rule.account_id = split.account
    return rule
