"""The words a subscription is described by: its kind, its status, the user's word about it and
what the edit history calls each of the user's decisions, an audit's among them.

Named once here because every layer compares against them: detection sets them, the services
store and filter by them, alerts and the forecast decide by them, the GUI words them and the
CLI prints them. Each is a ``StrEnum`` whose values are the strings the store and the CLI's
JSON have always held, so a member compares equal to what a row read back holds and no stored
value changes.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum


class StreamKind(StrEnum):
    """What a recurring stream is, judged from its payee words and the sign of its amounts."""

    SUBSCRIPTION = "subscription"
    BILL = "bill"
    INCOME = "income"
    TRANSFER = "transfer"


class Status(StrEnum):
    """Whether charges still come: inactive once one is overdue well past its cadence."""

    ACTIVE = "active"
    INACTIVE = "inactive"


class UserState(StrEnum):
    """The user's word on a stream: finapp suggests it, the user confirms, dismisses (never
    suggested again) or cancels it."""

    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"
    CANCELLED = "cancelled"


class Decision(StrEnum):
    """What the user did to a stream, as the edit history names it (an edit's ``decision``
    fact): the Edit menu and ``finapp edits`` word each, so undo says what it takes back. A
    journal written by another version may hold a word this one does not know: it is then
    named plainly ("change to Netflix"), not refused."""

    CONFIRMED = "confirmed"
    NOT_SUBSCRIPTION = "not_subscription"
    RENAMED = "renamed"
    CANCELLED = "cancelled"
    #: an audit's keep (an audit's cancel is :attr:`CANCELLED`)
    KEPT = "kept"
    REMINDERS = "reminders"
    REVIEWED = "reviewed"
    ADDED = "added"
    MERGED = "merged"
    SPLIT = "split"


class Verdict(StrEnum):
    """What the user decides of a subscription in an audit: keep it until the next review, or
    cancel it. Kept in its details' reviews as the value; the edit history names it by the
    :class:`Decision` it took (kept, cancelled)."""

    KEEP = "keep"
    CANCEL = "cancel"


#: Kinds that cost money every year; income and transfers are listed but not totalled.
SPENDING_KINDS: tuple[StreamKind, ...] = (StreamKind.SUBSCRIPTION, StreamKind.BILL)

#: States in which the user still expects the charges: reminders, forecasts and lapses count
#: only these (a dismissed stream was never one, a cancelled one should stop).
EXPECTED: tuple[UserState, ...] = (UserState.SUGGESTED, UserState.CONFIRMED)

#: States the user has put an end to: the complement of :data:`EXPECTED`.
ENDED: tuple[UserState, ...] = (UserState.DISMISSED, UserState.CANCELLED)


def charged_after_cancelling(posted: date, cancelled_on: date) -> bool:
    """Whether a charge posted on ``posted`` came after a cancellation on ``cancelled_on``.

    The day itself counts: statements carry days, not hours, so a charge on the day the user
    says they cancelled may be the renewal the cancellation missed (爱奇艺 renewing at 03:12 on
    the morning it was cancelled), and that is worth a look rather than silence.
    """
    return posted >= cancelled_on
