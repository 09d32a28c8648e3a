"""Which account replaced which: a card reissued with a new number is a new account in finapp,
and the subscriptions it paid carry on from the new one
(:func:`finapp.core.recurrence.detect_streams`). An account whose running subscriptions all
carry on from another account, none still paid from it, was replaced by that account: its
statements ending is no sign of statements left to import.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.subscription_states import EXPECTED, Status
from finapp.store.schema import Subscription, SubscriptionMember, Transaction


def successors(session: Session) -> dict[int, int]:
    """Each replaced account's id, with the id of the account most of its subscriptions carry
    on from."""
    held = session.execute(
        select(Transaction.account_id, Subscription.account_id)
        .join(SubscriptionMember, SubscriptionMember.transaction_id == Transaction.id)
        .join(Subscription, Subscription.id == SubscriptionMember.subscription_id)
        .where(
            Subscription.manual.is_(False),
            Subscription.status == Status.ACTIVE,
            Subscription.user_state.in_(EXPECTED),
        )
        .distinct()
    )
    moved: dict[int, Counter[int]] = defaultdict(Counter)
    in_use: set[int] = set()
    for charged, paid_from in held:
        if paid_from is None or paid_from == charged:
            in_use.add(charged)
        else:
            moved[charged][paid_from] += 1
    return {old: to.most_common(1)[0][0] for old, to in moved.items() if old not in in_use}
