"""The rules about a payee whose lines were keyed again into several payees follow each part.

Keyed again on open (:mod:`finapp.services.merchant_rekey`), one payee's lines can take several
keys: WeChat Pay's 美团 becomes 美团外卖 for its meals and 美团单车 for its rides (the refund
row, naming neither, stays 美团). A lesson the user taught about 美团's meals ("美团 / 外卖" →
餐饮) must go on filing the meals, now 美团外卖's, and a rule the user wrote for all of 美团
must go on covering every part of it:

* each learned rule about the old key is written for every new key its lines went to, with the
  words the new key's lines still print beyond it ("外卖" is in the key 美团外卖 now: the lesson
  becomes all of 美团外卖); a lesson the new key already has stands;
* each rule the user wrote about the payee's key (not a regular expression) is written for
  every new key its lines went to that it does not name already, its match type (``equals``
  for a words rule), conditions and category kept.

A rule that none of the lines still keyed the old way meet is moved rather than copied (to the
key most of its lines took), and kept in its place among the rules.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from finapp.core.descriptor import descriptor_words
from finapp.core.rule_origins import RuleOrigin
from finapp.core.rules import (
    WORDS,
    RuleSpec,
    RuleSubject,
    words_merchant,
    words_of,
    words_pattern,
)
from finapp.services.rule_filing import rule_spec
from finapp.services.rule_learning import learned_rules_of
from finapp.store.schema import Rule

log = logging.getLogger("finapp.store")

#: the temporary table the re-keying leaves: each line keyed otherwise, its key before and now
MOVED_TABLE = "rekeyed"

#: a line as a rule reads it: payee, memo, amount, account, and its key now
_Line = tuple[str, str, int, int, str]


def follow_moved_lines(session: Session, left: Iterable[str]) -> set[str]:
    """Write the rules about each of the keys ``left`` (keys some or all of whose lines took
    another key) for the keys those lines took; see the module docstring. The keys a rule was
    written for."""
    conn = session.connection()
    user_rules = session.scalars(
        select(Rule).where(
            Rule.origin == RuleOrigin.USER,
            Rule.match_field == "merchant",
            Rule.match_type != "regex",
        )
    ).all()
    written: set[str] = set()
    for held in sorted(left):
        about = [*learned_rules_of(session, held)]
        about += [r for r in user_rules if rule_spec(r).names_merchant(held)]
        if not about:
            continue
        lines = _lines_of(conn, held)
        for rule in about:
            written.update(_follow(session, rule, held, lines))
    return written


def _lines_of(conn: Connection, held: str) -> list[_Line]:
    """The lines keyed ``held`` before: those that moved and those that kept it."""
    rows = conn.exec_driver_sql(
        "SELECT coalesce(nullif(t.original_payee, ''), t.payee), t.memo, t.amount_minor,"
        f" t.account_id, t.merchant FROM transactions t JOIN {MOVED_TABLE} r ON r.id = t.id"
        " WHERE r.held = ?"
        " UNION ALL SELECT coalesce(nullif(original_payee, ''), payee), memo, amount_minor,"
        " account_id, merchant FROM transactions WHERE merchant = ?",
        (held, held),
    )
    return [
        (payee or "", memo or "", amount, account, now)
        for payee, memo, amount, account, now in rows
    ]


def _follow(session: Session, rule: Rule, held: str, lines: list[_Line]) -> list[str]:
    """Write ``rule`` for the keys the lines it met took (see the module docstring); those
    keys."""
    spec = rule_spec(rule)
    met: defaultdict[str, list[str]] = defaultdict(list)  # new key → the texts of its lines met
    for payee, memo, amount, account, now in lines:
        if spec.matches(RuleSubject(payee, memo, held, amount, account)):
            met[now].append(f"{payee} {memo}")
    targets = sorted(
        (now for now in met if now != held and not _names(spec, now)),
        key=lambda now: (-len(met[now]), now),
    )
    moved = held not in met  # none of the lines keyed the old way meets it: moved, not copied
    for now in targets:
        pattern, match_type = _pattern_for(rule, spec, now, met[now])
        if rule.origin == RuleOrigin.LEARNED and _has_lesson(session, rule, pattern, match_type):
            continue
        if moved:
            rule.pattern, rule.match_type, moved = pattern, match_type, False
        else:
            session.add(_copy(rule, pattern, match_type))
        log.info("rule %d written for the part of its payee's lines keyed %s", rule.id, now)
    if moved and targets:  # each part had the lesson already
        session.delete(rule)
    session.flush()
    return targets


def _names(spec: RuleSpec, merchant: str) -> bool:
    """Whether the rule is about ``merchant`` already (a user's "contains" of its company)."""
    return spec.match_type != WORDS and spec.names_merchant(merchant)


def _pattern_for(rule: Rule, spec: RuleSpec, now: str, texts: list[str]) -> tuple[str, str]:
    """The rule's pattern and match type about ``now``: a words rule keeps the words every one
    of ``texts`` still prints beyond the new key (none: all of it, ``equals``)."""
    if spec.match_type != WORDS:
        return now, rule.match_type
    words = words_of(rule.pattern)
    printed = Counter(w for text in texts for w in set(descriptor_words(text, now)))
    kept = [w for w in words if printed[w.upper()] == len(texts)]
    return (words_pattern(now, kept), WORDS) if kept else (now, "equals")


def _has_lesson(session: Session, rule: Rule, pattern: str, match_type: str) -> bool:
    """Whether a learned rule with this pattern and ``rule``'s conditions exists already."""
    return any(
        (other.match_type, other.pattern, other.amount_min_minor, other.amount_max_minor)
        == (match_type, pattern, rule.amount_min_minor, rule.amount_max_minor)
        and (other.sign, other.account_id) == (rule.sign, rule.account_id)
        for other in learned_rules_of(session, words_merchant(pattern))
    )


def _copy(rule: Rule, pattern: str, match_type: str) -> Rule:
    """``rule`` about another key: its origin, priority, conditions, category and renaming."""
    return Rule(
        priority=rule.priority,
        origin=rule.origin,
        match_field=rule.match_field,
        match_type=match_type,
        pattern=pattern,
        amount_min_minor=rule.amount_min_minor,
        amount_max_minor=rule.amount_max_minor,
        sign=rule.sign,
        account_id=rule.account_id,
        category_id=rule.category_id,
        rename_to=rule.rename_to,
        enabled=rule.enabled,
    )
