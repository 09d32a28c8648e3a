"""A CSV export covering several accounts is one statement per account.

Rabobank's download of "all accounts" writes every account's rows in one file, each row naming
its own account in ``IBAN/BBAN``, with the sequence number (``Volgnr``) and the balance after
the row (``Saldo na trn``) running per account. Read as one account, a checking account and a
savings account became one, and neither balance column added up.
"""

from __future__ import annotations

from decimal import Decimal

from finapp.importers.registry import read_statement_file
from finapp.services.imports import import_files
from tests.importers.helpers import rows

_HEADER = (
    '"IBAN/BBAN","Munt","BIC","Volgnr","Datum","Rentedatum","Bedrag","Saldo na trn",'
    '"Tegenrekening IBAN/BBAN","Naam tegenpartij","Naam uiteindelijke partij",'
    '"Naam initiërende partij","BIC tegenpartij","Code","Batch ID","Transactiereferentie",'
    '"Machtigingskenmerk","Incassant ID","Betalingskenmerk","Omschrijving-1","Omschrijving-2",'
    '"Omschrijving-3","Reden retour","Oorspr bedrag","Oorspr munt","Koers"\n'
)

CHECKING = "NL11RABO0104955555"
SAVINGS = "NL22RABO0301234567"


def _row(account: str, seq: str, day: str, amount: str, balance: str, iban: str, name: str,
         code: str, text: str) -> str:  # fmt: skip
    cells = [account, "EUR", "RABONL2U", seq.zfill(18), day, day, amount, balance, iban, name,
             "", "", "RABONL2U" if "RABO" in iban else "INGBNL2A", code, "", "", "", "", "",
             text, "", "", "", "", "", ""]  # fmt: skip
    return ",".join(f'"{c}"' for c in cells) + "\n"


#: both accounts' rows as Rabobank writes its download of all accounts: dated, interleaved
ROWS = [
    _row(CHECKING, "7213", "2024-01-02", "-4,50", "+1.245,50", "NL42RABO0114164838",
         "Albert Heijn 1234", "bc", "Albert Heijn 1234 Utrecht"),
    _row(SAVINGS, "101", "2024-01-02", "+0,85", "+5.000,85", "", "", "ba", "Rente"),
    _row(CHECKING, "7214", "2024-01-25", "+2.500,00", "+3.745,50", "NL20INGB0001234567",
         "Werkgever BV", "cb", "Salaris januari"),
    _row(CHECKING, "7215", "2024-01-26", "-500,00", "+3.245,50", SAVINGS,
         "J. de Vries", "tb", "Sparen"),
    _row(SAVINGS, "102", "2024-01-26", "+500,00", "+5.500,85", CHECKING,
         "J. de Vries", "tb", "Sparen"),
    _row(CHECKING, "7216", "2024-01-29", "-950,00", "+2.295,50", "NL91ABNA0417164300",
         "Woonstichting Utrecht", "ei", "Huur februari"),
]  # fmt: skip


def _export(rows: list[str]) -> str:
    return _HEADER + "".join(rows)


def test_an_export_of_two_accounts_is_a_statement_for_each(write) -> None:
    parsed = read_statement_file(write("CSV_A_20240131_120000.csv", _export(ROWS)))
    got = [
        (
            s.account.number,
            [(t.posted.isoformat(), t.amount) for t in s.transactions],
            [(b.as_of.isoformat(), b.amount) for b in s.balances],
        )
        for s in parsed.statements
    ]
    assert got == [
        (
            CHECKING,
            [
                ("2024-01-02", Decimal("-4.50")),
                ("2024-01-25", Decimal("2500.00")),
                ("2024-01-26", Decimal("-500.00")),
                ("2024-01-29", Decimal("-950.00")),
            ],
            [("2024-01-29", Decimal("2295.50"))],
        ),
        (
            SAVINGS,
            [("2024-01-02", Decimal("0.85")), ("2024-01-26", Decimal("500.00"))],
            [("2024-01-26", Decimal("5500.85"))],
        ),
    ]


def test_each_account_gets_its_own_lines_and_nothing_is_added_twice(store, write) -> None:
    both = import_files(store, [write("CSV_A_20240131_120000.csv", _export(ROWS))]).files[0]
    assert [(a.account, a.new) for a in both.accounts] == [
        ("Rabobank", 4),
        ("Rabobank …4567", 2),
    ]
    assert [r[1] for r in rows(store, "Rabobank …4567")] == [Decimal("0.85"), Decimal("500.00")]
    again = import_files(store, [write("CSV_A_20240131_130000.csv", _export(ROWS))]).files[0]
    assert [(a.account, a.new) for a in again.accounts] == [
        ("Rabobank …5555", 0),  # told from the savings account by its number
        ("Rabobank …4567", 0),
    ]
    # each account's own download afterwards: the same rows, into the same account, none new
    checking = _export([r for r in ROWS if r.startswith(f'"{CHECKING}"')])
    savings = _export([r for r in ROWS if r.startswith(f'"{SAVINGS}"')])
    alone = import_files(
        store, [write("CSV_A_checking.csv", checking), write("CSV_A_savings.csv", savings)]
    ).files
    assert [(a.account, a.new, a.matched_by) for f in alone for a in f.accounts] == [
        ("Rabobank …5555", 0, "number"),
        ("Rabobank …4567", 0, "number"),
    ]
    assert len(rows(store)) == 6


def test_an_export_of_one_account_is_one_statement_as_before(write) -> None:
    one = _export([r for r in ROWS if r.startswith(f'"{CHECKING}"')])
    (statement,) = read_statement_file(write("CSV_A_checking.csv", one)).statements
    assert (statement.account.number, statement.account.name) == (CHECKING, "Rabobank")
    assert [(b.as_of.isoformat(), b.amount) for b in statement.balances] == [
        ("2024-01-29", Decimal("2295.50"))
    ]
