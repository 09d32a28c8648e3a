"""MT940 files with the lines banks' export software puts around the messages.

* ``ing_nl_older.sta``: ING's older MT940 export (before its SEPA ``/KEY/`` form): two header
  lines ``0000 01INGBNL2AXXXX00001`` (the export's address and number) and ``940 00`` before
  the first ``:20:INGEB``, free-text ``:86:`` whose first line is the counter account and name,
  two day messages one after the other and a ``-XXX`` trailer; CRLF line ends.
* ``abnamro_nl.sta``: ABN AMRO's export, each message opened by ``ABNANL2A`` / ``940`` /
  ``ABNANL2A`` and closed by ``-``, a card payment in free text and SEPA ``/TRTP/`` lines.

SWIFT's own ``{1:…}{2:…}{4:`` blocks and ``-}`` trailers are read by ``test_mt940.py``
(``ing_nl.sta``, ``blocks_hsbc.sta``).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path

import pytest

from finapp.errors import StatementError
from finapp.importers.registry import read_statement_file
from finapp.services.imports import import_files
from tests.importers.helpers import balances, counts, rows

Write = Callable[[str, str | bytes], Path]
FIXTURES = Path(__file__).parent / "mt940"
ING = FIXTURES / "ing_nl_older.sta"
ABN = FIXTURES / "abnamro_nl.sta"

ENECO = "0417164300 ENECO RETAIL BV POSTBUS 1014 3000BA ROTTERDAM"
SALARY = "0739228410 STICHTING PHILADELPHIA ZORG SALARIS OKTOBER 2013"
TRAIN = "GEA   NR:S1J201   05.11.13/08.12 NS AMERSFOORT,PAS123"


def test_ings_older_export_reads_past_its_header_lines(store) -> None:  # type: ignore[no-untyped-def]
    parsed = read_statement_file(ING)
    (statement,) = parsed.statements
    assert (statement.account.number, statement.account.currency) == ("0654321987", "EUR")
    assert [(str(t.posted), t.amount, t.payee, t.line) for t in statement.transactions] == [
        ("2013-11-04", D("-36.45"), ENECO, 8),
        ("2013-11-04", D("1875.00"), SALARY, 11),
        ("2013-11-05", D("-4.80"), TRAIN, 20),
        ("2013-11-05", D("-4.80"), TRAIN, 22),
    ]
    # a continuation that looks like a header line (a bare BIC) stays the line's text
    assert statement.transactions[1].memo == f"{SALARY} INGBNL2A PERSONEELSNR 3391"
    assert parsed.detected is not None and parsed.detected["messages"] == 2

    result = import_files(store, [ING]).files[0]
    assert (result.format, result.error, result.new) == ("mt940", None, 4)
    assert balances(store) == [
        ("available", "2013-11-05", D("2641.31")),
        ("ledger", "2013-11-04", D("2650.91")),
        ("ledger", "2013-11-05", D("2641.31")),
    ]


def test_ings_older_export_imports_once_and_two_identical_lines_stay_two(store) -> None:  # type: ignore[no-untyped-def]
    first = import_files(store, [ING]).files[0]
    assert first.new == 4
    stored = rows(store)
    assert [r for r in stored if r[2] == TRAIN] == [("2013-11-05", D("-4.80"), TRAIN, None)] * 2
    again = import_files(store, [ING]).files[0]
    assert (again.new, again.duplicates) == (0, 4)
    assert rows(store) == stored


@pytest.mark.parametrize(
    "head",
    [
        "0000 01INGBNL2AXXX00000\r\n",  # a shorter address padding, one header line
        "0000 01INGBNL2AXXXX00001\r\n0000 01INGBNL2AXXXX00001\r\n940 00\r\n",
        "",  # no header at all
    ],
)
def test_ing_header_lines_in_any_number_or_none(write: Write, head: str) -> None:
    body = ING.read_bytes().decode("utf-8").split("940 00\r\n", 1)[1]
    parsed = read_statement_file(write("MT940_0654321987.txt", head + body))
    amounts = [t.amount for s in parsed.statements for t in s.transactions]
    assert amounts == [D("-36.45"), D("1875.00"), D("-4.80"), D("-4.80")]


def test_abn_amros_export_reads_each_message_past_its_envelope(store) -> None:  # type: ignore[no-untyped-def]
    (statement,) = read_statement_file(ABN).statements
    assert statement.account.number == "517852257"
    assert [(str(t.posted), t.amount, t.payee, t.memo) for t in statement.transactions] == [
        (
            "2024-03-04",
            D("-24.95"),
            "BEA   NR:4KX219   04.03.24/12.31 ALBERT HEIJN 1021,PAS123",
            "",
        ),
        ("2024-03-04", D("118.40"), "M BAKKER", "TERUGBETALING ETENTJE"),
        ("2024-03-05", D("-61.17"), "VODAFONE LIBERTEL BV", "FACTUUR 281877290"),
    ]
    first = import_files(store, [ABN]).files[0]
    assert (first.error, first.new) == (None, 3)
    again = import_files(store, [ABN]).files[0]
    assert (again.new, again.duplicates) == (0, 3)


def test_a_broken_line_after_the_header_refuses_the_file_at_its_line(
    store,
    write: Write,  # type: ignore[no-untyped-def]
) -> None:
    text = ING.read_bytes().decode("utf-8").replace(":61:131104C1875,00N078", ":61:131104C1875N078")
    path = write("MT940_0654321987.sta", text)
    result = import_files(store, [path]).files[0]
    assert result.error is not None
    assert result.error.startswith(f"{path}, line 11: ")
    assert "the amount '1875' has no decimal comma" in result.error
    assert counts(store) == (0, 0, 0)


def test_text_that_is_no_envelope_before_the_first_field_is_refused(write: Write) -> None:
    """Only the banks' envelope lines are skipped: other text first is no MT940 (a CSV, then,
    which has no date row either)."""
    text = "Rekeningafschrift november\r\n" + ING.read_bytes().decode("utf-8")
    with pytest.raises(StatementError, match=r"MT940_0654321987\.sta: not a statement export"):
        read_statement_file(write("MT940_0654321987.sta", text))
