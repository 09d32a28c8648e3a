"""A subscription billed on the 29th whose card posts it days later is still billed on the 29th.

Disney+ renews on the 29th of each month; the card posts the charge on the day or up to four
days later, so most postings land on the 1st or 2nd of the next month. Lag only delays a
posting: the next renewal is due at the end of January, not on 2 February as if it were paid
on the 2nd (a pension paid on the 1st, early on a Friday when the 1st is a weekend, is paid on
the 1st).
"""

from __future__ import annotations

from datetime import date, timedelta

from finapp.core.cadence import month_date
from finapp.core.recurrence import detect_streams
from tests.subscriptions.statements import Ledger

#: days each renewal of 2024 posted after the 29th (February's the 29th too, a leap year)
_LAG = (3, 0, 1, 3, 0, 0, 2, 3, 4, 3, 0, 3, 1)


def test_disney_billed_on_the_29th_renews_on_the_29th() -> None:
    ledger = Ledger()
    for month, lag in enumerate(_LAG):
        billed = month_date(date(2023, 12, 1), month, 29)
        ledger.add(billed + timedelta(days=lag), "-13.99", "DISNEY PLUS 888-905-7888 CA")

    (disney,) = detect_streams(ledger.charges, date(2024, 12, 31))

    assert [c.posted for c in ledger.charges][-6:] == [
        date(2024, 8, 1), date(2024, 9, 2), date(2024, 10, 2),
        date(2024, 10, 29), date(2024, 12, 2), date(2024, 12, 30),
    ]  # fmt: skip
    assert date(2025, 1, 29) <= disney.next_date <= date(2025, 1, 31)  # not 2 February
