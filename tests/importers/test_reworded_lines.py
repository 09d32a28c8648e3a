"""A line the bank words anew between two downloads of its statement is not stored twice.

Card lines exported while pending carry the short text the card network sent and the purchase
day; once posted, the bank's next download writes the merchant's full name, its city and the
posting day. The line is the same purchase: the account must not show it twice, while two
identical coffees stay two and a statement that only meets the last one keeps its lines.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

HEADER = "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #\n"

#: Downloaded on 3 November: the coffee of that morning still pending, as the network named it.
NOV_3 = HEADER + (
    'DEBIT,11/03/2026,"SQ *BLUE BOTTLE",-6.50,DEBIT_CARD,1993.50,,\n'
    'DEBIT,11/02/2026,"NETFLIX.COM 866-579-7172 CA 11/01",-15.49,DEBIT_CARD,2000.00,,\n'
    'CREDIT,11/01/2026,"ACME CORP PAYROLL PPD ID: 9876543210",2015.49,ACH_CREDIT,2015.49,,\n'
)

#: Downloaded on 6 November: the coffee posted on the 4th under the shop's full name.
NOV_6 = HEADER + (
    'DEBIT,11/05/2026,"TRADER JOE S #552 SAN FRANCISCO CA 11/04",-43.21,DEBIT_CARD,1950.29,,\n'
    'DEBIT,11/04/2026,"SQ *BLUE BOTTLE COFFEE San Francisco CA 11/03",-6.50,DEBIT_CARD,1993.50,,\n'
    'DEBIT,11/02/2026,"NETFLIX.COM 866-579-7172 CA 11/01",-15.49,DEBIT_CARD,2000.00,,\n'
    'CREDIT,11/01/2026,"ACME CORP PAYROLL PPD ID: 9876543210",2015.49,ACH_CREDIT,2015.49,,\n'
)


def _import(store: Store, tmp_path: Path, name: str, text: str) -> tuple[int, list[str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = import_files(store, [path])
    assert not result.failed, result.failed
    (file,) = result.files
    return file.new, list(file.notes)


def _lines(store: Store) -> list[tuple[str, Decimal]]:
    return sorted((t.date.isoformat(), t.amount) for t in list_transactions(store))


def test_a_pending_line_posted_under_a_new_text_and_day_is_stored_once(
    store: Store, tmp_path: Path
) -> None:
    _import(store, tmp_path, "Chase7712_Activity_20261103.CSV", NOV_3)
    new, notes = _import(store, tmp_path, "Chase7712_Activity_20261106.CSV", NOV_6)
    assert new == 1  # the groceries of the 5th
    assert [amount for _, amount in _lines(store)] == [
        Decimal("2015.49"),
        Decimal("-15.49"),
        Decimal("-6.50"),
        Decimal("-43.21"),
    ]
    (note,) = notes
    assert "counted as duplicates: 1" in note
    assert "'SQ *BLUE BOTTLE COFFEE San Francisco CA 11/03' on 2026-11-04" in note


def test_two_identical_coffees_worded_anew_stay_two_and_a_third_is_added(
    store: Store, tmp_path: Path
) -> None:
    pending = HEADER + (
        'DEBIT,11/03/2026,"SQ *BLUE BOTTLE",-6.50,DEBIT_CARD,1987.00,,\n'
        'DEBIT,11/03/2026,"SQ *BLUE BOTTLE",-6.50,DEBIT_CARD,1993.50,,\n'
        'CREDIT,11/01/2026,"ACME CORP PAYROLL PPD ID: 9876543210",2000.00,ACH_CREDIT,2000.00,,\n'
    )
    posted = HEADER + (
        'DEBIT,11/04/2026,"SQ *BLUE BOTTLE COFFEE San Francisco CA",-6.50,DEBIT_CARD,1980.50,,\n'
        'DEBIT,11/04/2026,"SQ *BLUE BOTTLE COFFEE San Francisco CA",-6.50,DEBIT_CARD,1987.00,,\n'
        'DEBIT,11/04/2026,"SQ *BLUE BOTTLE COFFEE San Francisco CA",-6.50,DEBIT_CARD,1993.50,,\n'
        'CREDIT,11/01/2026,"ACME CORP PAYROLL PPD ID: 9876543210",2000.00,ACH_CREDIT,2000.00,,\n'
    )
    _import(store, tmp_path, "pending.csv", pending)
    new, notes = _import(store, tmp_path, "posted.csv", posted)
    assert new == 1
    assert [amount for _, amount in _lines(store)].count(Decimal("-6.50")) == 3
    assert any("counted as duplicates: 2" in note for note in notes)


@pytest.mark.parametrize("november_first", [False, True], ids=["in order", "November first"])
def test_statements_that_meet_at_their_ends_keep_both_coffees(
    store: Store, tmp_path: Path, november_first: bool
) -> None:
    october = HEADER + (
        'DEBIT,11/03/2026,"SQ *BLUE BOTTLE",-6.50,DEBIT_CARD,1993.50,,\n'
        'CREDIT,10/30/2026,"ACME CORP PAYROLL PPD ID: 9876543210",2000.00,ACH_CREDIT,2000.00,,\n'
    )
    november = HEADER + (
        'DEBIT,11/05/2026,"SQ *BLUE BOTTLE COFFEE San Francisco CA",-6.50,DEBIT_CARD,1980.50,,\n'
        'DEBIT,11/04/2026,"SQ *BLUE BOTTLE COFFEE San Francisco CA",-6.50,DEBIT_CARD,1987.00,,\n'
    )
    files = [("october.csv", october), ("november.csv", november)]
    for name, text in files[::-1] if november_first else files:
        assert _import(store, tmp_path, name, text) == (2, [])
    assert [amount for _, amount in _lines(store)].count(Decimal("-6.50")) == 3


def test_either_download_again_adds_nothing(store: Store, tmp_path: Path) -> None:
    _import(store, tmp_path, "first.csv", NOV_3)
    _import(store, tmp_path, "second.csv", NOV_6)
    assert _import(store, tmp_path, "second-again.csv", NOV_6)[0] == 0
    assert _import(store, tmp_path, "first-again.csv", NOV_3) == (0, [])
    assert len(_lines(store)) == 4


def test_the_older_download_imported_after_the_newer_adds_only_what_it_alone_holds(
    store: Store, tmp_path: Path
) -> None:
    _import(store, tmp_path, "Chase7712_Activity_20261106.CSV", NOV_6)
    new, notes = _import(store, tmp_path, "Chase7712_Activity_20261103.CSV", NOV_3)
    assert new == 0
    assert len(_lines(store)) == 4
    (note,) = notes
    assert "'SQ *BLUE BOTTLE' on 2026-11-03" in note
