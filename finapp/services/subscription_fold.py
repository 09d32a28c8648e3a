"""Two subscription rows that detection now finds to be one stream become one row, and one row
that it now finds to be two streams becomes two.

Detection may come to see as one what it once saw as two: a card replaced by a new number, its
subscriptions carried on (:func:`finapp.core.recurrence.detect_streams`), where an earlier
version listed the old card's Netflix and the new card's apart, and the user confirmed or
cancelled each. The stream goes to the row it matches; the other row, left with no stream of
its own and every charge of it in that stream, is folded in, as a merge by hand would (its
stream key kept as an alias), and the decisions of both are kept as one: the name the user
gave, the reminders and review date set, and the weightiest word on it.

The other way round, an earlier version saw as one what is two: a couple's Social Security
from one Treasury descriptor was one "semimonthly" income. Detection, run afresh once its rules
changed (:mod:`finapp.services.detection_inputs`), finds two monthly streams, and both would
go back to the row holding their charges, one again. A row keeps one stream — the one it was
found by (its stream key), else the one holding most of its charges — unless the user merged
streams into it; each other stream gets a row of its own that takes the user's word on the row
(:func:`take_word`): the decision and its day, the name given, the reminders and review.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

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


def rows_of_streams(
    streams: Sequence[Stream],
    match: Callable[[Stream], Subscription | None],
    members: dict[int, set[int]],
) -> list[tuple[Stream, Subscription | None, Subscription | None]]:
    """Each stream with the row it goes to (``match``; None: a row of its own) and, for a
    stream parted from a row that another stream keeps, that row (see the module)."""
    found = [(stream, match(stream)) for stream in streams]
    claimed: dict[int, list[int]] = defaultdict(list)
    for index, (_, row) in enumerate(found):
        if row is not None:
            claimed[row.id].append(index)
    parted: set[int] = set()
    for indexes in claimed.values():
        row = found[indexes[0]][1]
        assert row is not None  # claimed by a stream that matched it
        if len(indexes) > 1 and not details_of(row).aliases:
            keeps = _kept_stream(row, [found[i][0] for i in indexes], members.get(row.id, set()))
            parted.update(i for i in indexes if found[i][0] is not keeps)
    return [
        (stream, None, row) if index in parted else (stream, row, None)
        for index, (stream, row) in enumerate(found)
    ]


def _kept_stream(row: Subscription, streams: list[Stream], own: set[int]) -> Stream:
    """The stream a row holding several keeps: the one it was found by, else the one holding
    most of its charges (the first of them on a tie)."""
    by_key = next((stream for stream in streams if stream.key == row.stream_key), None)
    return by_key or max(streams, key=lambda stream: len(own.intersection(stream.transaction_ids)))


def take_word(row: Subscription, parted_from: Subscription) -> None:
    """The user's word on ``parted_from`` onto ``row``, a stream of its charges detection now
    finds apart: what the user said of the row was said of both."""
    row.user_state = parted_from.user_state
    row.cancelled_on = parted_from.cancelled_on
    row.user_name = parted_from.user_name
    row.reminder_offsets = parted_from.reminder_offsets
    row.review_date = parted_from.review_date
    row.reviewed_on = parted_from.reviewed_on
    details, theirs = details_of(row), details_of(parted_from)
    details.detected_on = theirs.detected_on or details.detected_on
    details.reviews = list(theirs.reviews)
    row.details = write_details(details)
