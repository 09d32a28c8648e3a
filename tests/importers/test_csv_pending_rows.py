"""Rows a bank has not booked yet are left out and listed, so the next export, which books
them, adds each purchase once: Sparkasse's ``Umsatz vorgemerkt`` as Revolut's ``PENDING``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from tests.importers.helpers import rows

HERE = Path(__file__).parent / "bank_exports"


def test_a_sparkasse_purchase_pending_in_one_export_and_booked_in_the_next_is_stored_once(
    store,
) -> None:  # type: ignore[no-untyped-def]
    january = import_files(store, [HERE / "sparkasse_camt.csv"], account_name="Giro").files[0]
    assert january.error is None and january.new == 3
    assert [(s.line, s.reason) for s in january.skipped] == [
        (2, "status 'Umsatz vorgemerkt': not booked yet (pending)")
    ]
    february = import_files(store, [HERE / "sparkasse_feb.csv"], account_name="Giro").files[0]
    assert february.error is None and february.new == 2
    bakery = [r for r in rows(store) if r[2] == "Bäckerei Müller GmbH"]
    assert bakery == [("2024-02-05", Decimal("-3.45"), "Bäckerei Müller GmbH", None)]


PENDING_FIRST = (
    "Status,Date,Description,Amount\n"
    "Pending,,UBER *TRIP HOLD,-25.00\n"
    "Pending,,AMAZON MKTP US,-33.10\n"
    "Posted,2026-01-03,STARBUCKS #1234,-4.50\n"
    "Posted,2026-01-04,SHELL OIL,-62.10\n"
)


def test_pending_rows_at_the_top_of_a_card_export_are_listed_as_left_out(store, write) -> None:  # type: ignore[no-untyped-def]
    result = import_files(store, [write("card.csv", PENDING_FIRST)]).files[0]
    assert result.error is None and result.new == 2
    assert [(s.line, s.reason) for s in result.skipped] == [
        (2, "status 'Pending': not booked yet (pending)"),
        (3, "status 'Pending': not booked yet (pending)"),
    ]


def test_a_row_without_a_date_just_below_the_header_is_refused_at_its_line(store, write) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Date,Description,Amount\n"
        ",SHELL OIL,-62.10\n"
        "2026-01-03,STARBUCKS #1234,-4.50\n"
        "2026-01-05,ACME PAYROLL,2500.00\n"
    )
    path = write("checking.csv", text)
    result = import_files(store, [path]).files[0]
    assert result.error is not None and "checking.csv, line 2: not a date: ''" in result.error
    assert rows(store) == []
    kept = import_files(store, [path], skip_bad_rows=True).files[0]
    assert (kept.new, [s.line for s in kept.skipped]) == (2, [2])
