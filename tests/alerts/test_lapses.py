"""A charge is "expected but not charged" only where the statements could have shown it: not in
a month the user never imported, nor when it came at a new price (an intro rate ending)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from finapp.services.alerts import list_alerts, refresh_alerts
from tests.categorize.statements import Line, load

CHECKING = "483920117"


def checking_month(year: int, month: int, *, insurance: bool = True) -> list[Line]:
    """A month of a checking account as the bank prints it."""
    lines: list[Line] = [
        (date(year, month, 1), "-2150.00", "OAKWOOD APTS WEB PMTS 483920"),
        (date(year, month, 15), "3104.56", "ACME CORP PAYROLL PPD ID: 9000000011"),
        (date(year, month, 17), "-24.99", "PLANET FITNESS CLUB FEES"),
        (date(year, month, 2 + month * 11 % 26), f"-{20 + 7 * month}.50", "VENMO PAYMENT"),
    ]
    if insurance:
        lines.append((date(year, month, 5), "-142.18", "STATE FARM RO 27 SFPP"))
    return lines


def lapses(store, as_of: date) -> list[str]:  # type: ignore[no-untyped-def]
    refresh_alerts(store, as_of)
    return [a.message for a in list_alerts(store, as_of=as_of) if a.kind == "lapsed"]


def test_a_charge_due_in_a_month_never_imported_is_not_missing(store, tmp_path: Path) -> None:
    for month in range(1, 9):  # January to August 2024; September never imported
        load(store, tmp_path, CHECKING, checking_month(2024, month))
    october_so_far = [  # recent activity downloaded on 10 October: State Farm has not come
        line for line in checking_month(2024, 10, insurance=False) if line[0].day < 10
    ] + [(date(2024, 10, 9), "-5.45", "STARBUCKS STORE 10234")]
    load(store, tmp_path, CHECKING, october_so_far)
    found = lapses(store, date(2024, 10, 10))
    assert not [m for m in found if "Planet Fitness" in m]  # due 17 September: not imported
    assert not [m for m in found if "Venmo" in m or "Oakwood" in m]
    # State Farm was due on 5 October, a day the statements cover: that one is missing
    assert [m for m in found if "State Farm" in m] == [
        "State Farm was expected on 2024-10-05 but has not been charged."
    ]


def test_the_first_full_price_after_an_intro_rate_is_no_missing_charge(
    store, tmp_path: Path
) -> None:
    start = date(2024, 1, 6)
    intro = [(start + timedelta(days=28 * i), "-4.00", "NYTimes*NYTimes Sub") for i in range(9)]
    load(store, tmp_path, "4417", intro, kind="CREDITCARD")
    full = start + timedelta(days=28 * 9)
    load(store, tmp_path, "4417", [(full, "-17.00", "NYTimes*NYTimes Sub"),
                                   (full + timedelta(days=20), "-38.12", "SHELL OIL 57442")],
         kind="CREDITCARD")  # fmt: skip
    for days in (3, 10, 22):
        assert lapses(store, full + timedelta(days=days)) == []
