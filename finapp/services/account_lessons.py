"""What finapp learned from one account's lines alone, forgotten when the account is erased.

A user erasing an account (``wipe --account``) expects what its lines taught finapp to go with
them: a learned rule naming a merchant, or the name the user gave a payee, is that account's
data as much as its lines are, and left behind it reappears in every export. Precisely, what
goes is every learned rule about a merchant, every payee name (``payees rename``) and every payee
merged into it (``payees merge``), whose merchant appears on the erased account's lines and on no
other account's: one still paid from another account keeps its rule, name and merges, which
serve those lines. The rules the user wrote are
the user's own words, not something learned: they stay, and those that applied to the erased
lines are counted so the user is told (``rules delete`` removes one). The rules tied to the
account itself go with it, as they always have.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from finapp.core.rule_origins import RuleOrigin
from finapp.core.rules import WORDS, words_merchant
from finapp.services.rule_filing import rule_spec
from finapp.services.rule_learning import rule_subject
from finapp.store.schema import MerchantAlias, MerchantName, Rule, Transaction


@dataclass(frozen=True, slots=True)
class Lessons:
    """What erasing an account did to what was learned from its lines."""

    #: learned rules about merchants no other account's lines have: removed
    learned_rules: int = 0
    #: payee names (``payees rename``) of such merchants: removed
    payee_names: int = 0
    #: payees merged into such merchants (``payees merge``): removed, the merge forgotten
    payee_merges: int = 0
    #: rules the user wrote (not tied to the account) that applied to its lines: kept
    own_rules_kept: int = 0


def forget_lessons(session: Session, account_id: int) -> Lessons:
    """Remove what was learned from ``account_id``'s lines alone; call it before the lines go,
    in the same transaction (a backup being rewritten too)."""
    only_here = _merchants_only_in(session, account_id)
    learned = [rule for rule in _learned_rules(session) if _merchant_of(rule) in only_here]
    for rule in learned:
        session.delete(rule)
    names = list(
        session.scalars(select(MerchantName.merchant).where(MerchantName.merchant.in_(only_here)))
    )
    session.execute(delete(MerchantName).where(MerchantName.merchant.in_(names)))
    merges = list(session.scalars(select(MerchantAlias).where(MerchantAlias.target.in_(only_here))))
    for merge in merges:
        session.delete(merge)
    kept = _own_rules_applying(session, account_id)
    session.flush()
    return Lessons(len(learned), len(names), len(merges), kept)


def _merchants_only_in(session: Session, account_id: int) -> set[str]:
    """The merchants of ``account_id``'s lines that no other account's line has."""
    here = select(Transaction.merchant).where(
        Transaction.account_id == account_id, Transaction.merchant != ""
    )
    elsewhere = select(Transaction.merchant).where(Transaction.account_id != account_id)
    return set(session.scalars(here.except_(elsewhere)))


def _learned_rules(session: Session) -> list[Rule]:
    return list(
        session.scalars(
            select(Rule).where(Rule.origin == RuleOrigin.LEARNED, Rule.match_field == "merchant")
        )
    )


def _merchant_of(rule: Rule) -> str:
    """The merchant a learned rule is about (a words rule names it before its words)."""
    return words_merchant(rule.pattern) if rule.match_type == WORDS else rule.pattern


def _own_rules_applying(session: Session, account_id: int) -> int:
    """How many rules the user wrote, for any account, apply to one of ``account_id``'s lines."""
    own = session.scalars(
        select(Rule).where(Rule.origin == RuleOrigin.USER, Rule.account_id.is_(None))
    )
    specs = [spec for spec in map(rule_spec, own) if spec.runnable()]
    if not specs:
        return 0
    lines = session.scalars(select(Transaction).where(Transaction.account_id == account_id))
    subjects = [rule_subject(line) for line in lines]
    return sum(1 for spec in specs if any(spec.matches(subject) for subject in subjects))
