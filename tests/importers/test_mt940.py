"""MT940 statements: the exact lines and balances stored, re-imports, refusals at their line."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from finapp.importers.registry import read_statement_file
from finapp.services.imports import import_files
from tests.importers.helpers import balances, counts, rows

FIXTURES = Path(__file__).parent / "mt940"


def _import(store, name: str):  # type: ignore[no-untyped-def]
    return import_files(store, [FIXTURES / name]).files[0]


def test_dutch_bank_lines_take_payee_and_memo_from_name_and_remittance(store) -> None:
    result = _import(store, "ing_nl.sta")
    assert (result.format, result.error, result.new) == ("mt940", None, 3)
    assert rows(store) == [
        ("2024-03-04", D("-42.17"), "Vitens NV", "05062400012345"),
        ("2024-03-05", D("-3.95"), "Albert Heijn 1432", "05062400012347"),
        ("2024-03-05", D("1250.00"), "J. de Vries", "05062400012346"),
    ]
    memos = [
        t.memo for t in read_statement_file(FIXTURES / "ing_nl.sta").statements[0].transactions
    ]
    assert memos == [
        "Voorschot water maart 2024",
        "Huur parkeerplaats Q1",
        "Betaalautomaat 05-03-2024 08:14 pas 012",
    ]
    assert balances(store) == [
        ("available", "2024-03-05", D("2727.35")),
        ("ledger", "2024-03-05", D("2727.35")),
    ]


def test_german_subfields_two_accounts_and_a_booking_across_new_year(store) -> None:
    parsed = read_statement_file(FIXTURES / "sparkasse_de.sta")
    first, second = parsed.statements
    assert (first.account.number, second.account.number) == (
        "50010517/0648489890",
        "50010517/5544332211",
    )
    assert [
        (t.posted.isoformat(), t.amount, t.payee, t.memo, t.line) for t in first.transactions
    ] == [
        (
            "2023-12-29",
            D("-84.30"),
            "Stadtwerke Musterhausen GmbH",
            "Strom Dezember 2023 Kundennr 7781920",
            5,
        ),
        # valued on December 31, booked on January 2 of the next year
        ("2024-01-02", D("2650.00"), "Muster Maschinenbau AG", "Gehalt Dezember 2023", 10),
    ]
    assert [(t.posted.isoformat(), t.amount, t.payee, t.memo) for t in second.transactions] == [
        ("2023-12-29", D("-6.50"), "Entgeltabschluss", "Kontoführung 12/2023"),  # cp1252 ü
        ("2024-01-02", D("-19.99"), "Spotify AB", "Spotify P0A1B2C3 Premium"),
    ]
    assert [(b.kind, b.amount) for b in second.balances] == [("ledger", D("-438.54"))]
    result = _import(store, "sparkasse_de.sta")
    assert (result.new, len(result.accounts)) == (4, 2)
    # import --json's "detected": how the file was read
    assert result.detected is not None
    assert (result.detected["encoding"], result.detected["messages"]) == ("cp1252", 2)
    assert result.detected["information"] == ["?nn subfields"]


def test_entry_date_before_the_value_date_across_new_year(write) -> None:
    path = write(
        "late.sta",
        ":20:X\n:25:DE44500105175407324931\n:60F:C231228EUR10,00\n"
        ":61:2401021229C5,25NTRFNONREF\n:86:Rueckzahlung\n:62F:C231229EUR15,25\n",
    )
    (txn,) = read_statement_file(path).statements[0].transactions
    assert (txn.posted.isoformat(), txn.amount, txn.payee) == (
        "2023-12-29",
        D("5.25"),
        "Rueckzahlung",
    )


def test_identical_lines_stay_two_a_reversal_credits_and_reimport_adds_nothing(store) -> None:
    first = _import(store, "reversal.sta")
    assert first.new == 4
    assert rows(store) == [
        ("2024-06-11", D("-129.90"), "MEDIAMARKT KOELN-HOHE STR", "K240611-0003"),
        # the same bank reference twice is no id: the two coffees are told apart by count
        ("2024-06-11", D("-4.80"), "BAECKEREI KAMPS FIL. 17", None),
        ("2024-06-11", D("-4.80"), "BAECKEREI KAMPS FIL. 17", None),
        ("2024-06-12", D("129.90"), "MEDIAMARKT KOELN-HOHE STR", "K240612-0007"),  # RD
    ]
    again = _import(store, "reversal.sta")
    assert (again.new, again.duplicates) == (0, 4)
    assert counts(store) == (4, 1, 1)  # the repeat added nothing: no import of its own


def test_swift_blocks_two_messages_gbp_ledger_and_available(store) -> None:
    result = _import(store, "blocks_hsbc.sta")
    assert (result.error, result.new) == (None, 4)
    assert result.detected is not None and result.detected["information"] == ["free text"]
    assert rows(store) == [
        ("2024-04-02", D("-57.31"), "THAMES WATER UTILITIES", "HB09281734"),  # booked 0402
        ("2024-04-02", D("-11.99"), "ACCOUNT FEE MAR", "HB09281802"),
        ("2024-04-02", D("312.45"), "HARGREAVES ARCHITECTS LTD INV 0093", "HB09281790"),
        ("2024-04-03", D("-840.00"), "GREENWOOD LETTINGS RENT APR", "HB09282211"),
    ]
    assert balances(store) == [
        ("available", "2024-04-02", D("2399.21")),
        ("available", "2024-04-03", D("1587.21")),
        ("ledger", "2024-04-02", D("2427.21")),
        ("ledger", "2024-04-03", D("1587.21")),
    ]
    assert read_statement_file(FIXTURES / "blocks_hsbc.sta").statements[0].account.currency == "GBP"


def test_read_by_content_whatever_the_name(write) -> None:
    path = write("export.csv", (FIXTURES / "ing_nl.sta").read_bytes())
    assert read_statement_file(path).format == "mt940"


@pytest.mark.parametrize(
    ("name", "where", "reason"),
    [
        ("broken_no_comma.sta", "line 7", "the amount '480' has no decimal comma"),
        ("broken_date.sta", "line 7", "the date '240230' is not a calendar day"),
        ("broken_line.sta", "line 7", "the statement line :61: does not parse"),
        ("broken_yen_decimals.sta", "line 4", "the amount '120,5' has more decimals than JPY"),
        ("broken_no_account.sta", "line 10", "a statement without its account (:25:)"),
        ("broken_opening.sta", "line 4", "the amount '2727' has no decimal comma"),
    ],
)
def test_broken_files_are_refused_at_their_line_and_write_nothing(
    store, name, where, reason
) -> None:
    result = _import(store, name)
    assert f"{name}, {where}: {reason}" in (result.error or "")
    assert counts(store) == (0, 0, 0)


@pytest.mark.parametrize("name", ["sparkasse_de.sta", "ing_nl.sta", "abnamro_nl.sta"])
def test_a_download_cut_before_the_closing_balance_is_refused_at_its_last_line(
    store, write, name
) -> None:
    whole = (FIXTURES / name).read_bytes()
    cut = whole[: whole.rindex(b":62F:")]  # stopped at the end of a line
    last = cut.count(b"\n")
    result = import_files(store, [write(name, cut)]).files[0]
    said = "the file ends inside a statement, before its closing balance (:62F:)"
    assert f"{name}, line {last}: {said}" in (result.error or "")
    assert counts(store) == (0, 0, 0)


def test_rabobank_header_line_account_with_spaced_currency_and_zero_padded_amounts() -> None:
    (stmt,) = read_statement_file(FIXTURES / "rabobank_nl.sta").statements
    assert (stmt.account.number, stmt.account.currency) == ("NL08RABO0301234567", "EUR")
    assert [(t.amount, t.payee, t.memo, t.fitid) for t in stmt.transactions] == [
        (D("32.50"), "M. Jansen", "Terugbetaling etentje Loetje 14-09", None),
        # the space that ends a continued line stays between its words
        (D("-67.89"), "Eneco Consumenten BV", "Termijnbedrag september klantnr 88190273", None),
    ]
    assert [(b.kind, b.amount) for b in stmt.balances] == [("ledger", D("4183.51"))]


def test_intraday_mt942_takes_its_currency_from_the_floor_limit(store) -> None:
    result = _import(store, "intraday_mt942.sta")
    assert (result.format, result.new) == ("mt940", 2)
    assert rows(store) == [
        ("2024-09-18", D("-23.40"), "Bäckerei Schmidt", "DB2409180017"),
        ("2024-09-18", D("148.00"), "Dr. Anna Kowalska", "DB2409180023"),
    ]
    assert counts(store) == (2, 0, 1)  # an interim report states no balance


def test_a_day_without_lines_still_states_its_balance(write, store) -> None:
    path = write(
        "quiet.sta",
        ":20:STARTUMSE\n:25:50010517/0648489890\n:28C:00003/001\n"
        ":60F:C240103EUR5641,38\n:62F:C240104EUR5641,38\n",
    )
    result = import_files(store, [path]).files[0]
    assert (result.error, result.new) == (None, 0)
    assert balances(store) == [("ledger", "2024-01-04", D("5641.38"))]
