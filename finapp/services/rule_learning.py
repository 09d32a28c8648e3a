"""Learning from the user's filings: a learned rule per merchant, made finer when corrected.

Apart from the rules the user writes (:mod:`finapp.services.rules`) because learned rules are
made and changed only here, from the lines the user files by hand; the deciding of what to
learn is pure logic in :mod:`finapp.core.learning`.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.category_sources import CategorySource
from finapp.core.descriptor import descriptor_words
from finapp.core.learning import Filed, Split, first_lesson_word, person_words, separate
from finapp.core.rule_origins import RuleOrigin
from finapp.core.rules import (
    WORDS,
    WORDS_SEPARATOR,
    RuleSpec,
    RuleSubject,
    words_merchant,
    words_of,
    words_pattern,
)
from finapp.services.rule_filing import rule_spec
from finapp.services.rules import LEARNED_PRIORITY
from finapp.store.schema import Rule, Transaction


def learned_rules_of(session: Session, merchant: str) -> list[Rule]:
    """The learned rules about ``merchant`` (its own, its prices', its services' words), in the
    order they are tried."""
    return list(
        session.scalars(
            select(Rule)
            .where(
                Rule.origin == RuleOrigin.LEARNED,
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
    deciding = next((r for r in rules if rule_spec(r).matches(rule_subject(txn))), None)
    if deciding is None:
        lesson = _first_lesson(session, txn)
        if lesson is not None:
            session.add(lesson)
    elif deciding.category_id != txn.category_id:
        _contradicted(session, txn, deciding, rules)
    session.flush()


def _first_lesson(session: Session, txn: Transaction) -> Rule | None:
    """The rule a first correction about a merchant teaches: all of it, one of its services,
    or one person a payment app pays (None when the line names nobody)."""
    rule = _learned_rule(txn.merchant, txn.category_id)
    person = person_words(
        txn.merchant, descriptor_words(txn.original_payee or txn.payee, txn.merchant)
    )
    if person is not None:
        if not person:
            return None
        rule.match_type, rule.pattern = WORDS, words_pattern(txn.merchant, person)
        return rule
    leading: Counter[str] = Counter()
    lines = 0
    for line in session.scalars(select(Transaction).where(Transaction.merchant == txn.merchant)):
        words = rule_subject(line).words
        leading.update(words[:1])
        lines += 1
    word = first_lesson_word(rule_subject(txn).words, leading, lines)
    if word is not None:
        rule.match_type, rule.pattern = WORDS, words_pattern(txn.merchant, [word])
    return rule


def _contradicted(session: Session, txn: Transaction, deciding: Rule, rules: list[Rule]) -> None:
    lines = session.scalars(select(Transaction).where(Transaction.merchant == txn.merchant)).all()
    specs = [rule_spec(r) for r in rules]
    frequency: Counter[str] = Counter()
    earlier = []
    for line in lines:
        subject = rule_subject(line)
        frequency.update(subject.words)
        if line.category_source != CategorySource.MANUAL or line.id == txn.id:
            continue
        if line.category_id != txn.category_id and _decided_by(specs, subject) == deciding.id:
            earlier.append(_filed(line, subject))
    split = separate(_filed(txn, rule_subject(txn)), earlier, frequency) if earlier else None
    if split is None:
        deciding.category_id = txn.category_id
        return
    session.add(_finer_rule(deciding, split))
    if split.rest is not None:
        deciding.category_id = split.rest


def _decided_by(specs: list[RuleSpec], subject: RuleSubject) -> int | None:
    return next((s.id for s in specs if s.matches(subject)), None)


def rule_subject(txn: Transaction) -> RuleSubject:
    """``txn`` as rules see it: the payee as the statement gave it, memo, merchant, amount."""
    return RuleSubject(
        txn.original_payee or txn.payee, txn.memo, txn.merchant, txn.amount_minor, txn.account_id
    )


def _filed(txn: Transaction, subject: RuleSubject) -> Filed:
    return Filed(subject.words, abs(txn.amount_minor), txn.account_id, txn.category_id)


def _learned_rule(merchant: str, category_id: int | None) -> Rule:
    return Rule(
        priority=LEARNED_PRIORITY,
        origin=RuleOrigin.LEARNED,
        match_field="merchant",
        match_type="equals",
        pattern=merchant,
        category_id=category_id,
    )


def _finer_rule(deciding: Rule, split: Split) -> Rule:
    """``deciding``'s conditions and one more; tried before it (a lower priority number)."""
    rule = Rule(
        priority=deciding.priority - 1,
        origin=RuleOrigin.LEARNED,
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
        known = words_of(deciding.pattern)
        rule.match_type, rule.pattern = WORDS, words_pattern(merchant, [*known, split.word])
    if split.amount is not None:
        rule.amount_min_minor = rule.amount_max_minor = split.amount
    if split.account is not None:
        rule.account_id = split.account
    return rule
