"""The names the alerts and the year's price rises give subscriptions.

A subscription is called as the user named it, else as detection did. Two people of one
household may pay one service each from their own bank (two Deutschlandtickets, two phone
plans with one carrier): both streams are then "Deutsche Bahn", and an alert or a price rise
told twice under one name reads as the same line doubled. A name that more than one account
pays (among the subscriptions not dismissed) is told with its account: "Deutsche Bahn (DKB)".
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from finapp.core.subscription_states import UserState
from finapp.store.schema import Account, Subscription


def subscription_names(session: Session) -> dict[int, str]:
    """Subscription id → its name, with its account where another account pays that name."""
    rows = session.execute(
        select(
            Subscription.id,
            func.coalesce(Subscription.user_name, Subscription.name),
            Subscription.account_id,
            Account.name,
            Subscription.user_state,
        ).outerjoin(Account, Account.id == Subscription.account_id)
    ).all()
    accounts_of: dict[str, set[int]] = defaultdict(set)
    for _id, name, account_id, _account, state in rows:
        if account_id is not None and state != UserState.DISMISSED:
            accounts_of[name].add(account_id)
    return {
        sub_id: f"{name} ({account})" if account and len(accounts_of[name]) > 1 else name
        for sub_id, name, _account_id, account, _state in rows
    }
