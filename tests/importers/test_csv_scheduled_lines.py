"""Lines a bank CSV dates after the day of import are scheduled payments, not booked ones: left
out and listed as a pending row is, and imported by a later import once their day has come.

Lloyds' export lists the standing orders due in the coming days beside the booked lines, with
no status column: they were stored as booked, moving the balance before the money moved.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from finapp.importers.csv import read_csv, scheduled
from finapp.services.imports import import_files
from tests.importers.helpers import rows

_HEADER = (
    "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,"
    "Debit Amount,Credit Amount,Balance\n"
)


def _lloyds(day_of_import: date) -> str:
    """A Lloyds export made on ``day_of_import``: the rent's standing order is due in 3 days."""

    def day(offset: int) -> str:
        return (day_of_import + timedelta(days=offset)).strftime("%d/%m/%Y")

    return _HEADER + (
        f"{day(3)},SO,'30-00-00,12345678,LANDLORD RENT,850.00,,378.81\n"
        f"{day(0)},DEB,'30-00-00,12345678,PRET A MANGER LONDON,4.50,,1228.81\n"
        f"{day(-4)},FPI,'30-00-00,12345678,ACME LTD SALARY,,2000.00,1233.31\n"
    )


def test_a_line_dated_after_the_day_of_import_is_left_out_as_scheduled(
    store, write, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    made = date.today()
    rent_day = (made + timedelta(days=3)).isoformat()
    result = import_files(store, [write("lloyds.csv", _lloyds(made))]).files[0]
    assert result.error is None and result.new == 2
    assert [(s.line, s.reason, s.neutral) for s in result.skipped] == [
        (2, f"dated {rent_day}, after the day of import: scheduled, not booked yet", True)
    ]
    assert [r[2] for r in rows(store)] == ["ACME LTD SALARY", "PRET A MANGER LONDON"]

    # the same export imported again once the rent's day has come: the rent is booked now
    monkeypatch.setattr(scheduled, "today", lambda: made + timedelta(days=3))
    later = import_files(store, [write("lloyds-again.csv", _lloyds(made))]).files[0]
    assert (later.new, later.duplicates, later.skipped) == (1, 2, ())
    assert (rent_day, Decimal("-850.00")) in [(r[0], r[1]) for r in rows(store)]


@pytest.mark.parametrize(
    ("header", "row"),
    [
        # a status column says itself what is booked
        ("Date,Description,Amount,Status\n", "{day},Scheduled transfer,-50.00,Booked\n"),
        # a time of day records a moment that has happened (an app's clock ahead of the user's)
        ("Date,Time,Description,Amount\n", "{day},23:40:12,Coffee,-3.20\n"),
    ],
    ids=["status column", "time of day"],
)
def test_a_later_date_is_no_schedule_where_the_export_says_otherwise(header: str, row: str) -> None:
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    text = header + row.format(day=tomorrow) + row.format(day="2024-03-01")
    (statement,) = read_csv("export.csv", text.encode()).statements
    assert [t.posted.isoformat() for t in statement.transactions] == [tomorrow, "2024-03-01"]


def test_a_short_lloyds_export_in_early_december_reads_its_dates_day_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Lloyds writes day first; lines of 1 to 8 December fit month first too, and were refused
    as ambiguous (the export above, made on 5 December): a sort code says the bank is British."""
    made = date(2026, 12, 5)
    monkeypatch.setattr(scheduled, "today", lambda: made)
    (statement,) = read_csv("lloyds.csv", _lloyds(made).encode()).statements
    assert [t.posted for t in statement.transactions] == [made, date(2026, 12, 1)]
