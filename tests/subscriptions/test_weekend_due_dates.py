"""A direct debit billed on a day that falls on a weekend is expected when the bank takes it: on
the Monday after (or, for a payer who pays early, the Friday before), never on the Saturday or
Sunday; a card charge that posts any day keeps its day.

A Phoenix couple's Bank of America checking, January to October 2026 (its last statement ends
on Friday 23 October). Rocket Mortgage draws the mortgage on the 1st by ACH: on Monday 2
February, 2 March, 3 August and 2 January (New Year's Day a bank holiday) where the 1st was
not a business day. GEICO draws the car insurance on the 15th: Tuesday 17 February (the 15th a
Sunday, the 16th Presidents' Day), Monday 16 March, Monday 17 August. The state pension is
paid on the 1st, on the Friday before when the 1st is a weekend. Netflix, on the debit card,
posts on the 1st whatever day it is.

1 November 2026 is a Sunday and the 15th too. Before, the mortgage was expected on Sunday
1 November (its week-ahead reminder a day early, "due 2026-11-01"), the insurance on Sunday
15 November and the pension on the 1st, two days after the Friday it comes.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.subscriptions import SubscriptionView
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, import_months, write_months

MORTGAGE = "ROCKET MORTGAGE DES:MTG PYMT ID:0037115820 INDN:DANIEL REYES CO ID:XXXXX38141 PPD"
GEICO = "GEICO DES:AUTO PAY ID:XXXXX52210 INDN:DANIEL REYES CO ID:XXXXX35730 WEB"
PENSION = "ASRS BENEFIT PYMT DES:DIR DEP ID:XXXXX10294 INDN:REYES MARIA CO ID:XXXXX70311 PPD"
NETFLIX = "CHECKCARD 1101 NETFLIX.COM 866-579-7172 CA 24492156305"
#: the day the last statement ends (a Friday) and the Sunday after, when the couple looks
ENDS = date(2026, 10, 23)
ASKED = date(2026, 10, 25)
#: US bank holidays on a weekday the debits above meet
HOLIDAYS = {date(2026, 1, 1), date(2026, 2, 16)}


def _bank_day(day: date, step: int) -> date:
    while day.weekday() >= 5 or day in HOLIDAYS:
        day += timedelta(days=step)
    return day


def _statements() -> list[Entry]:
    lines = []
    for month in range(1, 11):
        first, fifteenth = date(2026, month, 1), date(2026, month, 15)
        lines.append(Entry(_bank_day(first, 1), Decimal("-2184.37"), MORTGAGE))
        lines.append(Entry(_bank_day(fifteenth, 1), Decimal("-148.62"), GEICO))
        lines.append(Entry(_bank_day(first, -1), Decimal("2310.55"), PENSION))
        lines.append(Entry(first, Decimal("-17.99"), NETFLIX))
        lines.append(Entry(date(2026, month, 9), Decimal(f"-1{month}4.83"), "SAFEWAY #1523"))
        lines.append(Entry(date(2026, month, 22), Decimal(f"-4{month % 7}.10"), "CIRCLE K 2741"))
    lines.append(Entry(ENDS, Decimal("-63.20"), "SAFEWAY #1523"))
    # December's pension comes on Friday 31 October (November's 1st is a Sunday): not seen yet
    return sorted(lines, key=lambda e: e.posted)


def _named(views: list[SubscriptionView], word: str) -> SubscriptionView:
    return next(v for v in views if word in v.name.upper())


def test_a_direct_debit_due_on_a_weekend_is_expected_on_the_monday_after(
    store: Store, tmp_path: Path
) -> None:
    import_months(store, write_months(tmp_path / "statements", _statements()))

    views = subs.list_subscriptions(store, ASKED)

    assert _named(views, "ROCKET").next_date == date(2026, 11, 2)  # Monday, not Sunday the 1st
    assert _named(views, "GEICO").next_date == date(2026, 11, 16)  # Monday, not Sunday the 15th
    assert _named(views, "ASRS").next_date == date(2026, 10, 30)  # the Friday before
    assert _named(views, "NETFLIX").next_date == date(2026, 11, 1)  # a card posts on Sunday


def test_the_week_ahead_reminder_names_the_day_the_bank_takes_it(
    store: Store, tmp_path: Path
) -> None:
    import_months(store, write_months(tmp_path / "statements", _statements()))

    refresh_alerts(store, date(2026, 10, 26))
    reminders = {
        a.params["name"]: (a.params["date"], a.params["days"])
        for a in list_alerts(store, as_of=date(2026, 10, 26))
        if a.kind == "renewal"
    }

    mortgage = next(v for k, v in reminders.items() if "Rocket" in k)
    assert mortgage == ("2026-11-02", "7")


def test_renewals_after_the_statements_step_from_the_billing_day(
    store: Store, tmp_path: Path
) -> None:
    """Rolled on past the statements, each renewal is the 1st or the 15th moved off a weekend:
    stepping from Monday 2 November or Monday 16 November would drift to the 2nd and 16th."""
    import_months(store, write_months(tmp_path / "statements", _statements()))
    views = subs.list_subscriptions(store, ASKED)
    mortgage, geico = _named(views, "ROCKET"), _named(views, "GEICO")

    assert subs.upcoming_renewal(mortgage, date(2026, 11, 25)) == date(2026, 12, 1)
    assert subs.upcoming_renewal(geico, date(2026, 11, 25)) == date(2026, 12, 15)
    assert subs.upcoming_renewal(mortgage, date(2027, 4, 10)) == date(2027, 5, 3)  # 1 May: Sat

    refresh_alerts(store, date(2027, 4, 26))
    reminders = [
        (a.params["date"], a.params["days"])
        for a in list_alerts(store, as_of=date(2027, 4, 26))
        if a.kind == "renewal" and "Rocket" in a.params["name"]
    ]
    assert reminders == [("2027-05-03", "7")]
