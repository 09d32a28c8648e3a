"""Upcoming renewals exported as iCalendar with reminders (issue 4, requirement 5)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from icalendar import Calendar

from finapp.errors import InvalidInputError
from finapp.importers.base import ParsedTransaction
from finapp.services import subscriptions as subs
from finapp.services.calendar_export import export_renewals
from tests.subscriptions.test_service import HULU, NETFLIX, load, monthly

AS_OF = date(2024, 9, 20)


def test_renewals_calendar_is_valid_with_alarms_at_the_reminder_offsets(store, tmp_path: Path):
    load(
        store,
        *monthly(NETFLIX, date(2024, 1, 9), 9, "-15.49"),
        *monthly(HULU, date(2024, 1, 5), 4, "-7.99"),  # lapsed: no renewal to show
    )
    netflix = next(v for v in subs.list_subscriptions(store, AS_OF) if v.merchant == "NETFLIX")
    subs.set_reminders(store, netflix.id, [10, 3])
    gym = subs.add_manual(store, "Gym", Decimal("30"), "annual", date(2025, 2, 1))
    path = tmp_path / "renewals.ics"
    assert export_renewals(store, path, AS_OF) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    calendar = Calendar.from_ical(raw)
    assert (str(calendar["VERSION"]), bool(calendar["PRODID"])) == ("2.0", True)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {f"subscription-{netflix.id}@finapp", f"subscription-{gym.id}@finapp"}
    event = events[f"subscription-{netflix.id}@finapp"]
    assert event.decoded("DTSTART") == date(2024, 10, 9)
    assert event.get("DTSTAMP") is not None
    assert "15.49" in str(event["SUMMARY"])
    assert event["RRULE"]["FREQ"] == ["MONTHLY"]
    triggers = sorted(a.decoded("TRIGGER") for a in event.walk("VALARM"))
    assert triggers == [timedelta(days=-10), timedelta(days=-3)]
    assert all(str(a["ACTION"]) == "DISPLAY" and a.get("DESCRIPTION") for a in event.walk("VALARM"))
    gym_alarms = events[f"subscription-{gym.id}@finapp"].walk("VALARM")
    assert sorted(a.decoded("TRIGGER").days for a in gym_alarms) == [-30, -7, -1]


def test_export_to_a_folder_is_refused_and_writes_nothing(store, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(InvalidInputError):
        export_renewals(store, folder, AS_OF)
    with pytest.raises(InvalidInputError):
        export_renewals(store, tmp_path / "missing" / "r.ics", AS_OF)
    with pytest.raises(InvalidInputError, match="No upcoming renewals"):
        export_renewals(store, folder / "empty.ics", AS_OF)  # nothing renews in an empty store
    assert list(folder.iterdir()) == []


def _starts(path: Path) -> dict[str, date]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(e["SUMMARY"]).split(" renews")[0]: e.decoded("DTSTART") for e in calendar.walk("VEVENT")
    }


def test_no_event_starts_at_a_renewal_already_past(store, tmp_path: Path) -> None:
    load(store, *monthly(NETFLIX, date(2024, 1, 9), 9, "-15.49"))  # statements end 9 September
    subs.add_manual(store, "Gym", Decimal("30"), "annual", date(2024, 2, 1))
    path = tmp_path / "renewals.ics"
    assert export_renewals(store, path, date(2024, 11, 20)) == 2
    # before: Netflix on 9 October and the gym on 1 February, both gone by 20 November
    assert _starts(path) == {"Netflix": date(2024, 12, 9), "Gym": date(2025, 2, 1)}


def test_a_late_charge_is_left_to_the_alerts_and_the_calendar_starts_after_it(
    store, tmp_path: Path
) -> None:
    coffee = ParsedTransaction(date(2024, 9, 20), Decimal("-4.85"), "STARBUCKS STORE 00123")
    load(store, *monthly(NETFLIX, date(2024, 1, 9), 8, "-15.49"), coffee)  # no 9 September
    path = tmp_path / "renewals.ics"
    assert export_renewals(store, path, date(2024, 9, 20)) == 1
    assert _starts(path) == {"Netflix": date(2024, 10, 9)}  # not the 9 September it missed


def test_a_bill_is_due_on_its_day_and_a_subscription_renews(store, tmp_path: Path) -> None:
    rent = subs.add_manual(
        store, "Rent", Decimal("2150"), "monthly", date(2024, 10, 1), kind="bill"
    )
    gym = subs.add_manual(store, "Gym", Decimal("30"), "monthly", date(2024, 10, 3))
    path = tmp_path / "renewals.ics"
    export_renewals(store, path, AS_OF)
    events = {str(e["UID"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    rent_event, gym_event = (
        events[f"subscription-{rent.id}@finapp"],
        events[f"subscription-{gym.id}@finapp"],
    )
    assert str(rent_event["SUMMARY"]) == "Rent due: 2150.00 USD"
    assert {str(a["DESCRIPTION"]) for a in rent_event.walk("VALARM")} >= {
        "Rent is due tomorrow (2150.00 USD)"
    }
    assert str(gym_event["SUMMARY"]) == "Gym renews: 30.00 USD"
