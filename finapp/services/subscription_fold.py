"""Two subscription rows that detection now finds to be one stream become one row.

Detection may come to see as one what it once saw as two: a card replaced by a new number, its
subscriptions carried on (:func:`finapp.core.recurrence.detect_streams`), where an earlier
version listed the old card's Netflix and the new card's apart, and the user confirmed or
cancelled each. The stream goes to the row it matches; the other row, left with no stream of
its own and every charge of it in that stream, is folded in, as a merge by hand would (its
stream key kept as an alias), and the decisions of both are kept as one: the name the user
gave, the reminders and review date set, and the weightiest word on it.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from finapp.core.recurrence import Stream
from finapp.core.subscription_states import UserState
from finapp.store.schema import Subscription
from finapp.store.subscription_details import details_of, write_details

#: which word on one subscription stands when two rows turn out to be one, first first: the
#: user stopped paying it, then said it is theirs, then that it is none
_STANDING = (UserState.CANCELLED, UserState.CONFIRMED, UserState.DISMISSED, UserState.SUGGESTED)


def fold_rows_of_one_stream(
    session: Session,
    rows: Iterable[Subscription],
    assigned: dict[int, list[Stream]],
    members: dict[int, set[int]],
) -> None:
    """Fold each row carrying the user's word (a decision, a name, reminders, a review date)
    that no stream went to (``assigned``: each row's streams this run) and whose charges
    (``members``) all went to one other row's streams."""
    holder = {
        t: row_id
        for row_id, streams in assigned.items()
        for s in streams
        for t in s.transaction_ids
    }
    by_id = {row.id: row for row in rows}
    for row in by_id.values():
        own = members.get(row.id)
        if (
            not own
            or row.id in assigned
            or row.manual
            or not _has_users_word(row)  # a mere suggestion goes as its stream went
            or details_of(row).pinned  # split off by the user: apart on purpose
        ):
            continue
        holders = {holder.get(t) for t in own}
        if len(holders) == 1 and (target := holders.pop()) is not None:
            _fold(by_id[target], row)
            session.delete(row)
    session.flush()


def _has_users_word(row: Subscription) -> bool:
    """Whether the user decided on the row, named it or set its reminders or review."""
    return bool(
        row.user_state != UserState.SUGGESTED
        or row.user_name
        or row.reminder_offsets
        or row.review_date
    )


def _fold(keep: Subscription, other: Subscription) -> None:
    """``other``'s decisions into ``keep``, which already holds its charges."""
    first = min((keep, other), key=lambda row: _STANDING.index(UserState(row.user_state)))
    keep.user_state = first.user_state
    if keep.user_state == UserState.CANCELLED:
        days = [row.cancelled_on for row in (keep, other) if row.user_state == UserState.CANCELLED]
        keep.cancelled_on = max((day for day in days if day is not None), default=None)
    keep.user_name = keep.user_name or other.user_name
    keep.reminder_offsets = keep.reminder_offsets or other.reminder_offsets
    keep.review_date = keep.review_date or other.review_date
    keep.reviewed_on = keep.reviewed_on or other.reviewed_on
    details, theirs = details_of(keep), details_of(other)
    details.aliases = sorted({*details.aliases, *theirs.aliases, other.stream_key} - {""})
    details.reviews = details.reviews + [r for r in theirs.reviews if r not in details.reviews]
    keep.details = write_details(details)
