"""The other party's account, as each format names it, carried on the line it is read from.

Sparkasse's MT940 names it in ``?31``, ING's Dutch MT940 inside ``/CNTP/``, a CAMT statement
in ``DbtrAcct``/``CdtrAcct``: money from one of the household's own accounts is known by it.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.importers.base import ParsedFile
from finapp.importers.registry import read_statement_file

_HERE = Path(__file__).parent


def _named(parsed: ParsedFile) -> dict[tuple[str, Decimal], str]:
    return {
        (txn.payee, txn.amount): txn.other_account
        for stmt in parsed.statements
        for txn in stmt.transactions
    }


def test_sparkasse_mt940_names_the_other_account_in_subfield_31() -> None:
    named = _named(read_statement_file(_HERE / "mt940" / "sparkasse_de.sta"))
    assert named[("Stadtwerke Musterhausen GmbH", Decimal("-84.30"))] == "DE89370400440532013000"
    assert named[("Muster Maschinenbau AG", Decimal("2650.00"))] == "DE02120300000000202051"


def test_ing_mt940_names_the_other_account_in_its_counterparty_field() -> None:
    named = _named(read_statement_file(_HERE / "mt940" / "ing_nl.sta"))
    assert named[("Vitens NV", Decimal("-42.17"))] == "NL44RABO0123456789"
    assert named[("J. de Vries", Decimal("1250.00"))] == "NL91ABNA0417164300"
    assert named[("Albert Heijn 1432", Decimal("-3.95"))] == ""  # a card payment names none


def test_camt_names_the_debtors_account_of_money_in_and_the_creditors_of_money_out() -> None:
    named = _named(read_statement_file(_HERE / "camt" / "de_camt053_v02_two_accounts.xml"))
    # Anna's monthly saving from her Girokonto into the Tagesgeld names the Girokonto
    assert named[("Anna Beispiel", Decimal("475.25"))] == "DE75512108001245126199"
    assert named[("Stadtwerke Leipzig GmbH", Decimal("-89.90"))] == "DE18860555921090100100"
    assert named[("ZINSGUTSCHRIFT 1. QUARTAL 2024", Decimal("21.37"))] == ""
