"""The last two months' statement imported onto a year and a half of history: its summary
judges each charge as the alert of the charge's own day would have judged it, against the year
or so before the statement, not against everything the store holds. A laptop bought at an
electronics shop seventeen months ago does not make this month's 400.00 there usual, when the
year before it holds only cables and ink at about 38.00."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.core.history_findings import Part
from finapp.services.history_findings import history_findings
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.history_statement import _months_ago, history_ofx
from tests.importers.ofxgen import Line

TODAY = date.today()
SHOP = "BEST BUY 00012 BELLEVUE WA"


def _months_back(months: int, day: int) -> date:
    return _months_ago(TODAY, months, day)


def test_a_months_charge_is_judged_against_the_year_before_not_a_purchase_years_ago(
    store: Store, tmp_path: Path
) -> None:
    laptop = Line(_months_back(17, 5), "-900.00", SHOP, "BB0017")
    cables = [
        Line(_months_back(back, 9), f"-{36 + back % 5}.49", SHOP, f"BB{back:04d}")
        for back in range(12, 2, -1)
    ]
    cut = _months_back(2, 1)
    years = history_ofx(tmp_path, TODAY, "history.qfx", until=cut, extra=[laptop, *cables])
    assert not import_files(store, [years]).failed
    tv_day = _months_back(1, 10)  # older than the alerts' 14 days: only the summary tells it
    tv = Line(tv_day, "-400.00", SHOP, "BB9001")
    recent = history_ofx(tmp_path, TODAY, "last_two_months.qfx", since=cut, extra=[tv])

    result = import_files(store, [recent])
    found = history_findings(store, result, TODAY)

    large = next(part for part in found if part.part == Part.LARGE_CHARGES)
    (told,) = [f for f in large.shown if f.date == tv_day]
    assert told.params["amount"] == "400.00 USD"
    assert told.params["usual"] == "38.49 USD"  # the median of the year before, not the laptop
