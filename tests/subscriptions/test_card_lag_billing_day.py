"""A card charge posts a few days after its billing day: its next charge is expected on the
earliest of them, and reminded a week ahead of it.

Comcast bills a household's card on the 5th of each month; the charge posts one to three days
later (the 6th, 7th or 8th). From May to October it posted on the 8th, 7th, 8th, 6th, 8th and
6th. The most common of those days, the 8th, is lag, not the day of the bill: the next charge
is expected on 6 November, and on 31 October, as the statements end, its reminder is there
("in 6 days"). Before, the next charge was expected on 8 November, and its reminder came on
1 November, five days before the money went.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, import_months, write_months

COMCAST = "COMCAST XFINITY 800-266-2278 PA"
#: the day each month's bill posted, January to October 2026 (billed on the 5th)
POSTED = (6, 7, 6, 8, 8, 7, 8, 6, 8, 6)
ASKED = date(2026, 10, 31)


def _statements() -> list[Entry]:
    lines = []
    for month, day in enumerate(POSTED, start=1):
        lines.append(Entry(date(2026, month, day), Decimal("-79.99"), COMCAST))
        lines.append(Entry(date(2026, month, 14), Decimal(f"-{58 + month}.37"), "KROGER #0412"))
        lines.append(Entry(date(2026, month, 21), Decimal(f"-3{month % 9}.10"), "SHELL OIL 57442"))
    lines.append(Entry(ASKED, Decimal("-12.40"), "CHIPOTLE 2231"))
    return sorted(lines, key=lambda e: e.posted)


def test_a_card_bill_is_expected_on_its_earliest_posting_day_and_reminded_before_it(
    store: Store, tmp_path: Path
) -> None:
    import_months(store, write_months(tmp_path / "statements", _statements()))

    comcast = next(s for s in subs.list_subscriptions(store, ASKED) if "Comcast" in s.name)
    assert comcast.next_date == date(2026, 11, 6)

    refresh_alerts(store, ASKED)
    reminders = [a for a in list_alerts(store, as_of=ASKED) if a.kind == "renewal"]
    assert [(a.params["date"], a.params["days"]) for a in reminders] == [("2026-11-06", "6")]
