"""When an alert's desktop notification may appear: quiet hours and "Snooze 1 day".

A reminder that pops up at 3 a.m. is noise, and one the user put off must come back, not
vanish: alerts are flagged as notified the moment they are taken for showing
(:mod:`finapp.services.notifications`), so anything held back has to be remembered here and
handed back when its time comes. Held alerts live in the store's ``settings`` table (no schema
change) as ``{alert_id: "ISO datetime"}``; at that time :func:`release_due` clears their
*notified* flag so the next check shows them again, through the same grouping and wording as
new ones. An alert read, dismissed or resolved in the meantime is simply forgotten.

How insistent a notification is follows the alert's severity (:func:`urgency`), which is in
proportion to the money and to what the user can still do (:mod:`finapp.core.severity`): only a
critical alert is an urgent notification, so "urgent" keeps its meaning.

The rules (:func:`due_now`, :class:`QuietHours`, :func:`urgency`) are pure functions; the few
functions taking a :class:`Store` only read and write that one settings entry and the flag.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Protocol, TypeVar

from sqlalchemy import update

from finapp.core.severity import Severity
from finapp.errors import InvalidInputError, Problem
from finapp.store.engine import Store
from finapp.store.schema import Alert, Setting

#: settings key of the quiet hours, e.g. "22:00-08:00", or "off" (one of the Settings options)
QUIET_HOURS_KEY = "quiet_hours"
#: settings key of the alerts held back: {alert id: ISO datetime they may be shown again}
HELD_KEY = "notifications.held"
#: how long "Snooze 1 day" puts an alert off
SNOOZE = timedelta(days=1)

#: the freedesktop notification urgencies, by name (the D-Bus hint is their number)
LOW, NORMAL, URGENT = 0, 1, 2
#: a notice (info) is low, a warning normal, only a critical alert urgent
_URGENCY: dict[str, int] = {Severity.INFO: LOW, Severity.WARNING: NORMAL, Severity.CRITICAL: URGENT}


def urgency(severity: str) -> int:
    """How insistently an alert of ``severity`` is notified (normal for an unknown one)."""
    return _URGENCY.get(severity, NORMAL)


@dataclass(frozen=True, slots=True)
class QuietHours:
    """A daily span in which notifications wait; it may run over midnight (22:00–08:00)."""

    start: time
    end: time

    def contains(self, now: datetime) -> bool:
        moment = now.time()
        if self.start <= self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end

    def end_after(self, now: datetime) -> datetime:
        """When the quiet span ``now`` falls in is over (today's or tomorrow's ``end``)."""
        end = datetime.combine(now.date(), self.end, now.tzinfo)
        return end if end > now else end + timedelta(days=1)

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


DEFAULT_QUIET_HOURS = QuietHours(time(22, 0), time(8, 0))


def parse_quiet_hours(text: str) -> QuietHours | None:
    """``"22:00-08:00"`` → the span; ``"off"`` (or empty) → None: notifications any time."""
    text = text.strip().lower()
    if text in ("", "off", "none"):
        return None
    try:
        start, end = (time.fromisoformat(part.strip()) for part in text.split("-"))
    except ValueError:
        english = f"Quiet hours are a span like 22:00-08:00, or off; got {text!r}"
        raise InvalidInputError(Problem("quiet_hours.bad", english, value=text)) from None
    if start == end:
        return None
    return QuietHours(start, end)


class _HasId(Protocol):
    @property
    def id(self) -> int: ...


N = TypeVar("N", bound=_HasId)


def due_now(
    notes: Sequence[N],
    now: datetime,
    quiet: QuietHours | None = DEFAULT_QUIET_HOURS,
    held: Mapping[int, datetime] | None = None,
) -> tuple[list[N], list[N]]:
    """Split alerts into those to show at ``now`` and those to hold back.

    Everything waits during quiet hours; outside them an alert still waits if it was put off
    (snoozed) to a later time.
    """
    if quiet is not None and quiet.contains(now):
        return [], list(notes)
    held = held or {}
    show = [n for n in notes if held.get(n.id, now) <= now]
    wait = [n for n in notes if held.get(n.id, now) > now]
    return show, wait


def release_time(now: datetime, quiet: QuietHours | None = DEFAULT_QUIET_HOURS) -> datetime:
    """When an alert held at ``now`` may be shown: the end of the quiet hours, or ``now``."""
    if quiet is not None and quiet.contains(now):
        return quiet.end_after(now)
    return now


def snoozed_until(now: datetime, quiet: QuietHours | None = DEFAULT_QUIET_HOURS) -> datetime:
    """ "Snooze 1 day" at ``now``: the same time tomorrow, or the end of quiet hours then."""
    return release_time(now + SNOOZE, quiet)


# --- the store side: one settings entry each -------------------------------------------------


def _read(store: Store, key: str) -> object:
    with store.read() as session:
        row = session.get(Setting, key)
        return None if row is None else json.loads(row.value)


def _write(store: Store, key: str, value: object) -> None:
    with store.write() as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=json.dumps(value)))
        else:
            row.value = json.dumps(value)


def quiet_hours(store: Store) -> QuietHours | None:
    """The user's quiet hours (22:00–08:00 until they choose otherwise); None when off."""
    stored = _read(store, QUIET_HOURS_KEY)
    if not isinstance(stored, str):
        return DEFAULT_QUIET_HOURS
    try:
        return parse_quiet_hours(stored)
    except InvalidInputError:
        return DEFAULT_QUIET_HOURS


def set_quiet_hours(store: Store, text: str) -> QuietHours | None:
    """Validate and keep the quiet hours ("22:00-08:00" or "off"); bad input changes nothing."""
    value = parse_quiet_hours(text)
    _write(store, QUIET_HOURS_KEY, "off" if value is None else str(value))
    return value


def held(store: Store) -> dict[int, datetime]:
    """The alerts held back, and when each may be shown again."""
    stored = _read(store, HELD_KEY)
    if not isinstance(stored, dict):
        return {}
    result = {}
    for key, value in stored.items():
        try:
            result[int(key)] = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            continue  # a damaged entry is dropped rather than blocking the rest
    return result


def hold(store: Store, alert_ids: Iterable[int], until: datetime) -> None:
    """Keep these alerts back until ``until`` (a later hold of the same alert wins)."""
    entries = held(store)
    entries.update({alert_id: until for alert_id in alert_ids})
    _write(store, HELD_KEY, {str(k): v.isoformat() for k, v in entries.items()})


def snooze(store: Store, alert_ids: Iterable[int], now: datetime) -> datetime:
    """ "Snooze 1 day": the alerts come back tomorrow (after quiet hours); returns when."""
    until = snoozed_until(now, quiet_hours(store))
    hold(store, alert_ids, until)
    return until


def next_release(store: Store) -> datetime | None:
    """The earliest time a held alert comes back, for the app's timer."""
    return min(held(store).values(), default=None)


def release_due(store: Store, now: datetime) -> list[int]:
    """Hand back the held alerts whose time has come: the next check notifies them again.

    Returns the ids handed back. Alerts read, dismissed or resolved meanwhile are dropped
    without a word: the user has dealt with them, or they are no longer true.
    """
    entries = held(store)
    due = [alert_id for alert_id, until in entries.items() if until <= now]
    if not due:
        return []
    with store.write() as session:
        session.execute(
            update(Alert)
            .where(
                Alert.id.in_(due),
                Alert.read.is_(False),
                Alert.dismissed.is_(False),
                Alert.resolved_on.is_(None),
            )
            .values(notified=False)
        )
        released = [
            a.id for a in session.query(Alert).filter(Alert.id.in_(due), Alert.notified.is_(False))
        ]
        row = session.get(Setting, HELD_KEY)
        remaining = {str(k): v.isoformat() for k, v in entries.items() if k not in due}
        if row is not None:
            row.value = json.dumps(remaining)
    return sorted(released)
