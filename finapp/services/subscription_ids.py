"""A subscription's id names the same stream across detection runs, at any as-of.

Detection removes a suggestion whose stream it no longer finds: an import undone, or a run as
of an earlier day (``alerts --as-of``, ``subscriptions --as-of``) when the stream had not begun
or had too few charges yet. The row came back at the next run under a new id, or under an id
another stream had held: the Netflix the user saw as 9 became 5 and Vodafone 9, so
``subscriptions cancel 9`` cancelled Vodafone. So a removed row's id is kept with its stream
key, its charges and the alerts that named it; a stream found again by its key or most of its
charges gets its id back (and those alerts their subscription), and no other stream is ever
given an id a removed row held.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from finapp.core.recurrence import Stream
from finapp.store.schema import Alert, Setting, Subscription

#: where the ids of removed rows are kept (beside the settings, not one of them)
RETIRED_KEY = "subscriptions.retired"


@dataclass(slots=True)
class Retired:
    """A removed row: its id, stream key, member charges and the alerts that named it."""

    id: int
    key: str
    members: list[int]
    alerts: list[int]


class RetiredIds:
    """The removed rows' ids, read once for a detection run and kept when it ends."""

    def __init__(self, session: Session) -> None:
        self._session = session
        row = session.get(Setting, RETIRED_KEY)
        try:
            self._rows = [Retired(**r) for r in json.loads(row.value)] if row else []
        except (ValueError, TypeError):
            self._rows = []
        self._changed = False

    def retire(self, row: Subscription, members: set[int]) -> None:
        """Keep ``row``'s id before it is removed, with what would find it again."""
        alerts = self._session.scalars(select(Alert.id).where(Alert.subscription_id == row.id))
        self._rows = [r for r in self._rows if r.id != row.id]
        self._rows.append(Retired(row.id, row.stream_key, sorted(members), sorted(alerts)))
        self._changed = True

    def id_for(self, stream: Stream) -> tuple[int, list[int]]:
        """The id a new row for ``stream`` takes — the one it had, else one no row ever
        held — and the alerts that named it then."""
        taken = set(self._session.scalars(select(Subscription.id)))
        found = self._held_by(stream, taken)
        if found is not None:
            self._rows.remove(found)
            self._changed = True
            return found.id, found.alerts
        highest = self._session.scalar(select(func.max(Subscription.id))) or 0
        return max([highest, *(r.id for r in self._rows)]) + 1, []

    def given_back(self, sub_id: int, alerts: list[int]) -> None:
        """The alerts that named a row removed and found again name it again."""
        if alerts:
            self._session.execute(
                update(Alert)
                .where(Alert.id.in_(alerts), Alert.subscription_id.is_(None))
                .values(subscription_id=sub_id)
            )

    def _held_by(self, stream: Stream, taken: set[int]) -> Retired | None:
        """The removed row of ``stream``: by its key, else holding most of its charges."""
        free = [r for r in self._rows if r.id not in taken]
        by_key = next((r for r in free if r.key == stream.key), None)
        if by_key is not None:
            return by_key
        charges = set(stream.transaction_ids)
        shared = [(len(charges & set(r.members)), r) for r in free]
        count, best = max(shared, key=lambda pair: pair[0], default=(0, None))
        return best if count * 2 > len(charges) else None

    def keep(self) -> None:
        """Write the removed rows' ids back when the run changed them."""
        if not self._changed:
            return
        value = json.dumps([asdict(r) for r in self._rows])
        row = self._session.get(Setting, RETIRED_KEY)
        if row is None:
            self._session.add(Setting(key=RETIRED_KEY, value=value))
        else:
            row.value = value
