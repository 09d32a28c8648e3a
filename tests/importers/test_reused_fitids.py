"""A bank that gives a known transaction id to another transaction loses none of them.

A small credit union numbers each download's lines from 1, so October's ``1`` (Safeway) and
November's ``1`` (Chevron) are two purchases. Another bank builds ids from the day and a
sequence: when a late purchase posts on a day already downloaded, the day's later lines move
up one (Shell was ``20261105-2`` and is ``-3`` once Chipotle took ``-2``). Taken at the id's
word, November's purchases and Chipotle vanished as "duplicates" and Shell was there twice;
the account's balance never agreed and nothing said why. A line the account holds under its id
is the stored line only when it is that transaction (its amount or its payee, a few days apart
at most).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.importers.ofxgen import Line, statement_ofx

OCTOBER = (
    Line(date(2026, 10, 5), "-84.37", "POS PURCHASE SAFEWAY #1445 BELLEVUE WA", "1"),
    Line(date(2026, 10, 6), "-118.42", "PUGET SOUND ENERGY BILLPAY", "2"),
    Line(date(2026, 10, 9), "1987.36", "ACME CORP PAYROLL PPD", "3"),
)
NOVEMBER = (
    Line(date(2026, 11, 2), "-46.12", "POS PURCHASE CHEVRON 0201655 KIRKLAND WA", "1"),
    Line(date(2026, 11, 6), "-89.99", "ACH DEBIT COMCAST CABLE COMM", "2"),
    Line(date(2026, 11, 9), "1987.36", "ACME CORP PAYROLL PPD", "3"),
)


def _write(folder: Path, name: str, lines: tuple[Line, ...]) -> Path:
    path = folder / name
    path.write_text(statement_ofx(lines, account="5553334444"), encoding="ascii")
    return path


def _lines(store: Store) -> list[tuple[date, Decimal, str]]:
    return sorted((t.date, t.amount, t.statement_text) for t in list_transactions(store))


def test_ids_numbered_within_each_download_keep_every_purchase(
    store: Store, tmp_path: Path
) -> None:
    october = _write(tmp_path, "SmallCU_2026-10.qfx", OCTOBER)
    november = _write(tmp_path, "SmallCU_2026-11.qfx", NOVEMBER)

    import_files(store, [october])
    result = import_files(store, [november])

    assert (result.files[0].new, result.files[0].duplicates) == (3, 0)
    assert len(_lines(store)) == 6
    (said,) = result.files[0].accounts[0].said
    assert "gave transaction id(s) 1, 2, 3 to other transactions than before" in said
    # each download imported again adds nothing, whichever comes first
    assert [f.new for f in import_files(store, [november, october]).files] == [0, 0]
    assert len(_lines(store)) == 6


def test_a_late_purchase_that_shifts_the_days_ids_keeps_each_purchase_once(
    store: Store, tmp_path: Path
) -> None:
    first = (
        Line(date(2026, 11, 5), "-5.75", "STARBUCKS STORE 00123 SEATTLE WA", "20261105-1"),
        Line(date(2026, 11, 5), "-48.00", "SHELL OIL 57444 REDMOND WA", "20261105-2"),
    )
    later = (
        Line(date(2026, 11, 5), "-5.75", "STARBUCKS STORE 00123 SEATTLE WA", "20261105-1"),
        Line(date(2026, 11, 5), "-14.20", "CHIPOTLE 1887 BELLEVUE WA", "20261105-2"),
        Line(date(2026, 11, 5), "-48.00", "SHELL OIL 57444 REDMOND WA", "20261105-3"),
        Line(date(2026, 11, 7), "-62.18", "QFC #5812 KIRKLAND WA", "20261107-1"),
    )
    import_files(store, [_write(tmp_path, "Checking_20261105.qfx", first)])
    result = import_files(store, [_write(tmp_path, "Checking_20261107.qfx", later)])

    assert (result.files[0].new, result.files[0].duplicates) == (2, 2)
    payees = [payee for _day, _amount, payee in _lines(store)]
    assert sorted(payees) == sorted(line.payee for line in later)


def test_a_line_whose_day_or_amount_the_bank_corrected_stays_one_line(
    store: Store, tmp_path: Path
) -> None:
    """The same id with the posting day moved (pending to posted) or a tip added to the amount
    is the same purchase, as before."""
    first = (
        Line(date(2026, 11, 3), "-42.10", "THE PINK DOOR SEATTLE WA", "7781"),
        Line(date(2026, 11, 4), "-9.99", "NETFLIX.COM", "7782"),
    )
    corrected = (
        Line(date(2026, 11, 4), "-50.52", "THE PINK DOOR SEATTLE WA", "7781"),
        Line(date(2026, 11, 6), "-9.99", "NETFLIX.COM", "7782"),
    )
    import_files(store, [_write(tmp_path, "a.qfx", first)])
    result = import_files(store, [_write(tmp_path, "b.qfx", corrected)])

    assert (result.files[0].new, result.files[0].duplicates) == (0, 2)
    assert len(_lines(store)) == 2
