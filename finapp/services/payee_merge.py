"""Merging one payee into another: "AMZN MKTP" and "AMAZON.COM" are the same shop to the user.

The source's lines take the target's merchant key, so they are counted, named, categorised and
detected as the target's; what finapp learned from the user's corrections of the source (its
learned rules) moves to the target, unless the target already learned the same lesson, which
then stands. The target keeps the name it was shown by, kept as the user's name for it (a name
found from the lines follows the latest line, which may be the source's now); the source's own
name is dropped. The merge is kept as an alias (``merchant_aliases``) so that the source's key
can be taken for the target's later.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from finapp.errors import InvalidInputError, Problem
from finapp.services.payee_names import (
    Meant,
    StoreNames,
    latest_line,
    merchants_meant,
    payee_named,
    rename_subscriptions,
    spoken,
)
from finapp.services.rule_learning import learned_rules_of
from finapp.services.undoable import undoable
from finapp.store.engine import Store
from finapp.store.schema import MerchantAlias, MerchantName, Rule, Subscription, Transaction


@dataclass(frozen=True, slots=True)
class MergedPayee:
    """What a merge did: which merchants went into which, under what name, and what moved."""

    sources: list[str]
    target: str
    name: str
    transactions: int
    learned_rules: int


@undoable("merge_payee", lambda merged, *_: {"target": merged.name}, before=payee_named)
def merge_payees(store: Store, source: Meant, target: Meant) -> MergedPayee:
    """Merge ``source`` into ``target`` (each a merchant key or the name shown for it, or the
    keys of one row of the payee list).

    Refused for an unknown payee and for a payee merged into itself.
    """
    with store.write() as session:
        names = StoreNames(session)
        sources = merchants_meant(session, names, source)
        targets = merchants_meant(session, names, target)
        if set(sources) & set(targets):
            said, into_said = spoken(source), spoken(target)
            english = f"{said!r} and {into_said!r} are the same payee: name two different ones"
            raise InvalidInputError(Problem("payee.merge_same", english, source=said))
        into = _busiest(session, targets)
        # the name is found from a merchant's latest line, which may be the source's now:
        # the target's name as shown before the merge becomes its own to keep it
        kept = names.chosen.get(into) or names.of_line(latest_line(session, into))
        moved = (
            session.connection()
            .execute(
                update(Transaction).where(Transaction.merchant.in_(sources)).values(merchant=into)
            )
            .rowcount
        )
        rules = move_learned_rules(session, sources, into)
        session.execute(delete(MerchantName).where(MerchantName.merchant.in_(sources)))
        if into not in names.chosen:
            session.add(MerchantName(merchant=into, name=kept))
        session.execute(
            update(MerchantAlias).where(MerchantAlias.target.in_(sources)).values(target=into)
        )
        session.execute(delete(MerchantAlias).where(MerchantAlias.merchant.in_(sources)))
        session.add_all(MerchantAlias(merchant=key, target=into) for key in sources)
        session.flush()
        session.execute(
            update(Subscription).where(Subscription.merchant.in_(sources)).values(merchant=into)
        )
        names = StoreNames(session)
        rename_subscriptions(session, [into], names)
        return MergedPayee(sources, into, kept, moved, rules)


def _busiest(session: Session, keys: list[str]) -> str:
    """Of the merchants one name stands for, the one with the most lines."""
    if len(keys) == 1:
        return keys[0]
    counts = dict(
        session.execute(
            select(Transaction.merchant, func.count())
            .where(Transaction.merchant.in_(keys))
            .group_by(Transaction.merchant)
        ).all()
    )
    return max(sorted(keys), key=lambda key: counts.get(key, 0))


def _lesson(rule: Rule, pattern: str) -> tuple[object, ...]:
    return (rule.match_type, pattern, rule.amount_min_minor, rule.amount_max_minor,
            rule.sign, rule.account_id)  # fmt: skip


def move_learned_rules(session: Session, sources: list[str], into: str) -> int:
    """Point the sources' learned rules at ``into``; a lesson ``into`` already has wins.

    Returns how many rules now speak of ``into`` that spoke of a source."""
    known = {_lesson(rule, rule.pattern) for rule in learned_rules_of(session, into)}
    moved = 0
    for key in sources:
        for rule in learned_rules_of(session, key):
            pattern = into + rule.pattern[len(key) :]
            if _lesson(rule, pattern) in known:
                session.delete(rule)
                continue
            rule.pattern = pattern
            known.add(_lesson(rule, pattern))
            moved += 1
    return moved
