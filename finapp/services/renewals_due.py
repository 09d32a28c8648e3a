"""Which renewals are coming up, and which are expected but not in the statements yet.

One rule for every face that lists renewals (the dashboard, the tray menu): a renewal from
today to the horizon is coming up; a day already past that falls in the last few days after
an account's statements end (:func:`~finapp.services.subscriptions.after_statements`: rent of
1 December asked on the 2nd with statements to 27 November) is neither coming up nor missed,
only not imported yet, and is listed apart as expected. The Subscriptions page's Next cell
shows that same day with its "after your statements" note. Regular spending (滴滴出行 on the
7th, the grocery shop on the 14th: :data:`~finapp.core.stream_groups.HABITS`) renews nothing and
is in neither list (:func:`coming_renewals`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from finapp.core.subscription_states import EXPECTED, SPENDING_KINDS
from finapp.services.subscription_groups import group_kinds
from finapp.services.subscriptions import (
    SubscriptionView,
    after_statements,
    stored_subscriptions,
    upcoming_renewal,
)
from finapp.store.engine import Store

#: how far ahead renewals are listed as coming up
RENEWAL_DAYS = 30


@dataclass(frozen=True, slots=True)
class RenewalsDue:
    """Each with ``next_date`` set to the renewal meant, soonest first."""

    #: from today to the horizon
    coming: tuple[SubscriptionView, ...]
    #: past days after the statements end: expected, not in the statements yet
    expected: tuple[SubscriptionView, ...]


def renewals_due(
    subscriptions: Iterable[SubscriptionView], today: date, days: int = RENEWAL_DAYS
) -> RenewalsDue:
    """The subscriptions and bills the user keeps that renew within ``days`` of ``today``, and
    those expected on a day past after their statements end."""
    horizon = today + timedelta(days=days)
    coming: list[SubscriptionView] = []
    expected: list[SubscriptionView] = []
    for sub in subscriptions:
        if sub.kind not in SPENDING_KINDS or sub.user_state not in EXPECTED:
            continue
        when = upcoming_renewal(sub, today)
        if when is None or when > horizon:
            continue
        if today <= when:
            coming.append(replace(sub, next_date=when))
        elif after_statements(sub, when, today):
            expected.append(replace(sub, next_date=when))
    return RenewalsDue(_soonest_first(coming), _soonest_first(expected))


def coming_renewals(store: Store, today: date, days: int = RENEWAL_DAYS) -> RenewalsDue:
    """:func:`renewals_due` of the streams as the last detection left them (reads only), but
    regular spending: a ride or a grocery shop that comes round monthly is no renewal, whatever
    the detector called its wandering amount."""
    with store.read() as session:
        kinds = group_kinds(session)
    return renewals_due((v for v in stored_subscriptions(store) if v.id in kinds), today, days)


def _soonest_first(subs: list[SubscriptionView]) -> tuple[SubscriptionView, ...]:
    return tuple(sorted(subs, key=lambda s: (s.next_date or date.max, s.name)))
