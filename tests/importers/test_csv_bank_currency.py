"""A bank export is read in the currency it is written in: a currency column spelled without
umlauts (Sparkasse's ``Waehrung``), a symbol in the amount column's name (DKB's ``Betrag (€)``)
or ``£`` on the amounts (Nationwide); a file naming none says its currency was assumed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from finapp.importers.base import ParsedFile
from finapp.importers.csv import read_csv
from finapp.importers.csv.reader import RowProblem
from tests.conftest import another_store
from tests.helpers import run_cli

HERE = Path(__file__).parent / "bank_exports"


def _read(name: str) -> ParsedFile:
    return read_csv(name, (HERE / name).read_bytes())


def _currencies(parsed: ParsedFile) -> list[str]:
    return [s.account.currency for s in parsed.statements]


def test_sparkasse_waehrung_column_makes_its_rows_euros() -> None:
    parsed = _read("sparkasse_camt.csv")
    assert _currencies(parsed) == ["EUR"]
    assert parsed.detected is not None
    assert parsed.detected["currency_from"] == "from each row's 'Waehrung' column"


def test_dkb_euro_sign_in_the_amount_name_makes_the_rows_euros() -> None:
    parsed = _read("dkb_new.csv")
    assert _currencies(parsed) == ["EUR"]
    amounts = [t.amount for t in parsed.statements[0].transactions]
    assert amounts == [Decimal("-3.45"), Decimal("2500"), Decimal("-1100"), Decimal("-45.67")]
    assert parsed.detected is not None
    assert parsed.detected["currency_from"] == "from the column name 'Betrag (€)'"


@pytest.mark.parametrize("name", ["pound_utf8.csv", "pound_cp1252.csv"])
def test_amounts_written_in_pounds_are_sterling(name: str) -> None:
    parsed = _read(name)
    assert _currencies(parsed) == ["GBP"]
    assert [t.amount for t in parsed.statements[0].transactions] == [
        Decimal("-4.50"),
        Decimal("-23.45"),
        Decimal("2500.00"),
    ]
    assert parsed.detected is not None
    assert parsed.detected["currency_from"] == "from the currency marks of the amounts"


def test_nationwide_paid_out_and_in_in_pounds_import_with_the_closing_balance() -> None:
    (statement,) = _read("nationwide.csv").statements
    assert statement.account.currency == "GBP"
    assert [(t.payee, t.amount) for t in statement.transactions] == [
        ("LANDLORD RENT", Decimal("-850.00")),
        ("ACME LTD SALARY", Decimal("2000.00")),
        ("PRET A MANGER LONDON", Decimal("-4.50")),
    ]
    assert [b.amount for b in statement.balances] == [Decimal("1228.81")]


def test_a_pound_among_dollars_is_refused_without_calling_dollars_its_rows_currency() -> None:
    text = "Date,Description,Amount\n01/15/2024,PRET,-£4.50\n01/16/2024,DINER,-$8.00\n"
    with pytest.raises(RowProblem) as caught:
        read_csv("mixed.csv", text.encode())
    assert caught.value.line == 2
    assert "'-£4.50' is not in USD, the currency this file is read in" in caught.value.reason
    assert "the currency of its row" not in caught.value.reason


def test_the_reading_line_says_the_currency_taken_from_the_file_or_assumed(
    tmp_path: Path,
) -> None:
    pounds = run_cli(tmp_path / "gb", "import", str(HERE / "pound_utf8.csv")).stdout
    assert "currency GBP from the currency marks of the amounts" in pounds
    assumed = run_cli(tmp_path / "uk", "import", str(HERE / "hsbc_uk.csv")).stdout
    assert "currency USD assumed, as the file names none" in assumed


def test_a_file_naming_no_currency_is_in_the_households_currency(store, tmp_path: Path) -> None:
    """HSBC UK's three columns say nothing of pounds: in a household that chose pounds, or
    whose accounts are in pounds, they are pounds, not dollars."""
    from finapp.services.accounts import list_accounts
    from finapp.services.import_guessed_currency import HOUSEHOLD
    from finapp.services.imports import import_files
    from finapp.services.settings import set_setting

    set_setting(store, "base_currency", "GBP")
    (hsbc,) = import_files(store, [HERE / "hsbc_uk.csv"]).files

    assert [a.currency for a in list_accounts(store)] == ["GBP"]
    assert hsbc.detected is not None and hsbc.detected["currency_from"] == HOUSEHOLD
    # a household in pounds by its accounts (Nationwide's statement says £), no choice made
    other = another_store(tmp_path / "other")
    try:
        import_files(other, [HERE / "nationwide.csv", HERE / "lloyds.csv"])
        assert {a.currency for a in list_accounts(other)} == {"GBP"}
    finally:
        other.close()


def test_a_sort_code_or_a_dollar_column_names_the_currency() -> None:
    (lloyds,) = _read("lloyds.csv").statements
    assert lloyds.account.currency == "GBP"  # its rows name the account's sort code
    rbc = (
        '"Account Type","Account Number","Transaction Date","Cheque Number","Description 1",'
        '"Description 2","CAD$","USD$"\n'
        'Chequing,06212-5012345,9/1/2026,,"ROGERS","WIRELESS  BPY",-85.00,\n'
        'Chequing,06212-5012345,9/2/2026,00129,"Cheque - 129","",-1700.00,\n'
        'Chequing,06212-5012345,9/15/2026,,"Payroll Deposit","ACME CANADA",2450.00,\n'
    )
    (statement,) = read_csv("csv12345.csv", rbc.encode()).statements
    assert statement.account.currency == "CAD"
