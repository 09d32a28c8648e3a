"""Amounts with the currency written after them (``-12,50 €``, ``1.234,56 EUR``) are read.

European banks and budgeting apps (German, French, Austrian exports, Outbank, MoneyMoney)
write the euro sign or code after the number, with a space or a no-break space, as the
locale does. With a header the amount column is named; without one it must be found by its
cells, which the mark after the number used to hide.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.core.amounts import AmountError, read_amount
from finapp.errors import StatementError
from finapp.importers.registry import read_statement_file
from finapp.services.imports import import_files
from tests.importers.helpers import counts, rows

Write = Callable[[str, str | bytes], Path]

#: an Austrian bank's header-less export: date, text, amount with the euro after it
HEADERLESS_EURO = (
    "02.01.2024;BILLA DANKT 6182 Wien;-23,47 €\n"
    "03.01.2024;Wiener Stadtwerke Abschlag Strom;-87,20 €\n"
    "05.01.2024;Gehalt Jänner Muster Logistik GmbH;2.403,12 €\n"
    "08.01.2024;Bäckerei Ströck Filiale 12;-4,35 €\n"
    "08.01.2024;Bäckerei Ströck Filiale 12;-4,35 €\n"
    "09.01.2024;ÖBB Ticket Wien-Salzburg;-1.112,90 €\n"
)
HEADERLESS_EXPECTED = [
    ("2024-01-02", "-23.47", "BILLA DANKT 6182 Wien"),
    ("2024-01-03", "-87.20", "Wiener Stadtwerke Abschlag Strom"),
    ("2024-01-05", "2403.12", "Gehalt Jänner Muster Logistik GmbH"),
    ("2024-01-08", "-4.35", "Bäckerei Ströck Filiale 12"),
    ("2024-01-08", "-4.35", "Bäckerei Ströck Filiale 12"),
    ("2024-01-09", "-1112.90", "ÖBB Ticket Wien-Salzburg"),
]


def _read(path: Path) -> list[tuple[str, Decimal, str]]:
    parsed = read_statement_file(path)
    (statement,) = parsed.statements
    assert statement.account.currency == "EUR"
    return [(str(t.posted), t.amount, t.payee) for t in statement.transactions]


def _expected(lines: list[tuple[str, str, str]]) -> list[tuple[str, Decimal, str]]:
    return [(d, Decimal(a), p) for d, a, p in lines]


@pytest.mark.parametrize(
    ("mark", "space"),
    [(" €", " "), (" EUR", " "), ("\u00a0€", "\u00a0"), ("\u202f€", "\u202f"), ("€", "")],
)
def test_a_headerless_export_with_the_euro_after_the_amount_reads_in_euros(
    write: Write, mark: str, space: str
) -> None:
    text = HEADERLESS_EURO.replace(" €", mark)
    assert text.count(mark) == 6 and (not space or space in text)
    assert _read(write("umsaetze.csv", text)) == _expected(HEADERLESS_EXPECTED)


def test_the_euro_after_the_amount_imports_once_and_two_identical_lines_stay_two(
    store,
    write: Write,  # type: ignore[no-untyped-def]
) -> None:
    path = write("umsaetze.csv", HEADERLESS_EURO)
    first = import_files(store, [path]).files[0]
    assert (first.error, first.new) == (None, 6)
    assert rows(store) == sorted((d, Decimal(a), p, None) for d, a, p in HEADERLESS_EXPECTED)
    again = import_files(store, [path]).files[0]
    assert (again.new, again.duplicates) == (0, 6)
    assert len(rows(store)) == 6


def test_decimal_points_and_codes_after_the_amount_are_read_too(write: Write) -> None:
    path = write(
        "statement.csv",
        "2024-03-01,TESCO STORES 2291 LONDON,-23.47 GBP\n"
        "2024-03-02,ACME PAYROLL MARCH,1850.00 GBP\n"
        "2024-03-04,PRET A MANGER KINGS CROSS,-6.85 GBP\n",
    )
    parsed = read_statement_file(path)
    (statement,) = parsed.statements
    assert statement.account.currency == "GBP"
    assert [t.amount for t in statement.transactions] == [
        Decimal("-23.47"),
        Decimal("1850.00"),
        Decimal("-6.85"),
    ]


def test_a_named_amount_column_with_the_mark_after_is_read(write: Write) -> None:
    path = write(
        "konto.csv",
        "Buchungstag;Auftraggeber/Empfänger;Betrag\n"
        "02.01.2024;REWE Markt GmbH;-23,47 EUR\n"
        "03.01.2024;Muster Logistik AG;2.403,12 EUR\n"
        "04.01.2024;Stadtwerke München;-87,20 €\n",
    )
    assert _read(path) == _expected(
        [
            ("2024-01-02", "-23.47", "REWE Markt GmbH"),
            ("2024-01-03", "2403.12", "Muster Logistik AG"),
            ("2024-01-04", "-87.20", "Stadtwerke München"),
        ]
    )


#: the misread amounts of the amount grammar's issue, each now with a mark after it
MISREADS = ["1e308 €", "-1.5E+03 EUR", "v2 -3.00 €", "12-50 €", "0x10 EUR", "1,2,3 €", "7²5 €"]


@pytest.mark.parametrize("cell", MISREADS)
def test_a_mark_after_does_not_make_a_misread_amount_readable(cell: str) -> None:
    for decimal_comma in (False, True):
        with pytest.raises(AmountError):
            read_amount(cell, decimal_comma)


@pytest.mark.parametrize("cell", MISREADS)
def test_a_misread_amount_with_a_mark_after_refuses_the_file_at_its_line(
    store,
    write: Write,
    cell: str,  # type: ignore[no-untyped-def]
) -> None:
    path = write(
        "statement.csv",
        "Date,Description,Amount\n"
        "2024-03-01,Carrefour Market Lyon,-23.47 EUR\n"
        f'2024-03-02,SNCF Connect,"{cell}"\n'
        "2024-03-04,Salaire Mars ACME SAS,2403.12 EUR\n",
    )
    result = import_files(store, [path]).files[0]
    assert result.error is not None
    assert result.error.startswith(f"{path}, line 3: ")
    assert "amount" in result.error and cell.strip() in result.error
    assert counts(store) == (0, 0, 0)


def test_full_width_digits_with_a_mark_after_read_as_their_plain_amount() -> None:
    assert read_amount("－１２．５０ €").value == Decimal("-12.50")
    assert read_amount("－１２，５０ EUR", decimal_comma=True).value == Decimal("-12.50")


def test_another_currency_after_an_amount_refuses_the_line_it_is_on(write: Write) -> None:
    path = write(
        "konto.csv",
        "Buchungstag;Auftraggeber/Empfänger;Betrag;Währung\n"
        "02.01.2024;REWE Markt GmbH;-23,47 €;EUR\n"
        "03.01.2024;Stadtwerke München;-87,20 USD;EUR\n"
        "04.01.2024;Muster Logistik AG;2.403,12 €;EUR\n",
    )
    with pytest.raises(StatementError, match=r"konto\.csv, line 3: the amount '-87,20 USD' is not"):
        read_statement_file(path)


def test_an_unknown_code_after_the_amounts_is_no_amount_column(write: Write) -> None:
    """``ABC`` is no ISO 4217 code: the column is not taken for money, the file is not read."""
    text = HEADERLESS_EURO.replace(" €", " ABC")
    with pytest.raises(StatementError, match=r"no amount column found"):
        read_statement_file(write("umsaetze.csv", text))
