"""Quiet hours and "Snooze 1 day": a held alert comes back when its time comes, once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

import pytest

from finapp.errors import InvalidInputError
from finapp.services import notification_policy as policy
from finapp.services.notifications import take_unnotified
from finapp.store.engine import Store
from finapp.store.schema import Alert


@dataclass(frozen=True)
class Note:
    id: int


NIGHT = datetime(2026, 3, 9, 23, 30)
EARLY = datetime(2026, 3, 10, 7, 59)
MORNING = datetime(2026, 3, 10, 8, 0)
AFTERNOON = datetime(2026, 3, 10, 15, 0)


@pytest.mark.parametrize("now", [NIGHT, EARLY])
def test_during_default_quiet_hours_every_notification_waits(now):
    assert policy.due_now([Note(1), Note(2)], now) == ([], [Note(1), Note(2)])


@pytest.mark.parametrize("now", [MORNING, AFTERNOON])
def test_outside_quiet_hours_new_alerts_show_at_once(now):
    assert policy.due_now([Note(1)], now) == ([Note(1)], [])


def test_quiet_hours_can_be_turned_off_or_moved():
    assert policy.due_now([Note(1)], NIGHT, quiet=None) == ([Note(1)], [])
    lunch = policy.parse_quiet_hours("12:00-14:00")
    assert policy.due_now([Note(1)], datetime(2026, 3, 10, 13, 0), lunch)[1] == [Note(1)]
    assert policy.due_now([Note(1)], NIGHT, lunch)[0] == [Note(1)]
    assert policy.parse_quiet_hours("off") is None
    with pytest.raises(InvalidInputError):
        policy.parse_quiet_hours("late")


def test_a_snoozed_alert_waits_until_its_time_even_outside_quiet_hours():
    held = {1: datetime(2026, 3, 11, 15, 0)}
    assert policy.due_now([Note(1), Note(2)], AFTERNOON, held=held) == ([Note(2)], [Note(1)])


def test_held_at_night_they_come_back_when_quiet_hours_end():
    assert policy.release_time(NIGHT) == datetime(2026, 3, 10, 8, 0)
    assert policy.release_time(EARLY) == datetime(2026, 3, 10, 8, 0)
    assert policy.release_time(AFTERNOON) == AFTERNOON


def test_snooze_is_one_day_and_never_lands_in_quiet_hours():
    assert policy.snoozed_until(AFTERNOON) == datetime(2026, 3, 11, 15, 0)
    assert policy.snoozed_until(NIGHT) == datetime(2026, 3, 11, 8, 0)


def _alert(store: Store, key: str) -> int:
    with store.write() as session:
        alert = Alert(
            dedupe_key=key,
            kind="renewal",
            severity="info",
            date=date.today(),
            message=f"{key} renews soon",
        )
        session.add(alert)
        session.flush()
        return alert.id


def test_a_snoozed_alert_is_notified_again_tomorrow_and_only_then(store: Store):
    first, other = _alert(store, "netflix"), _alert(store, "gym")
    assert {n.id for n in take_unnotified(store, date.today())} == {first, other}  # shown today
    until = policy.snooze(store, [first], AFTERNOON)
    assert until == datetime(2026, 3, 11, 15, 0)
    assert policy.next_release(store) == until
    assert policy.release_due(store, datetime(2026, 3, 11, 14, 59)) == []
    assert take_unnotified(store, date.today()) == []  # not before its time
    assert policy.release_due(store, until) == [first]
    assert [n.id for n in take_unnotified(store, date.today())] == [
        first
    ]  # back, and only that one
    assert policy.next_release(store) is None
    assert policy.release_due(store, datetime(2026, 3, 12, 15, 0)) == []  # once


def test_an_alert_seen_or_resolved_meanwhile_does_not_come_back(store: Store):
    seen, resolved = _alert(store, "seen"), _alert(store, "resolved")
    take_unnotified(store, date.today())
    policy.hold(store, [seen, resolved], MORNING)
    with store.write() as session:
        session.get(Alert, seen).read = True
        session.get(Alert, resolved).resolved_on = date.today()
    assert policy.release_due(store, MORNING) == []
    assert take_unnotified(store, date.today()) == []
    assert policy.held(store) == {}


def test_quiet_hours_are_kept_in_the_store(store: Store):
    assert policy.quiet_hours(store) == policy.DEFAULT_QUIET_HOURS
    assert policy.set_quiet_hours(store, "23:00-07:30") == policy.QuietHours(
        time(23, 0), time(7, 30)
    )
    assert str(policy.quiet_hours(store)) == "23:00-07:30"
    policy.set_quiet_hours(store, "off")
    assert policy.quiet_hours(store) is None
    with pytest.raises(InvalidInputError):
        policy.set_quiet_hours(store, "25:00-08:00")
    assert policy.quiet_hours(store) is None  # bad input changed nothing
