"""BNP Paribas and Crédit Agricole exports as downloaded today (cp1252, ``;``, decimal
commas): read in euros, the balance line above BNP's rows is no header, and Crédit Agricole's
``Débit euros`` / ``Crédit euros`` say money out and in."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.importers.csv import read_csv

EXPORTS = Path(__file__).parent / "bank_exports"


def _read(name: str):  # type: ignore[no-untyped-def]
    path = EXPORTS / name
    return read_csv(path.name, path.read_bytes())


def test_bnp_preamble_is_skipped_and_rows_read_in_euros_with_the_short_label() -> None:
    (statement,) = _read("bnp_paribas_cp1252.csv").statements
    assert (statement.account.name, statement.account.currency) == ("BNP Paribas", "EUR")
    assert [(t.posted.isoformat(), t.payee, t.amount) for t in statement.transactions] == [
        ("2026-10-31", "Prlv Sepa Free Mobile", Decimal("-19.99")),
        ("2026-10-15", "Vir Sepa Recu Employeur SA", Decimal("2450.00")),
        ("2026-10-08", "Du 071026 Carrefour City", Decimal("-23.40")),
        ("2026-10-03", "Du 021026 Boulangerie Paul", Decimal("-3.20")),
    ]


def test_credit_agricole_debit_and_credit_euros_columns_are_read() -> None:
    (statement,) = _read("credit_agricole_cp1252.csv").statements
    assert (statement.account.name, statement.account.currency) == ("Crédit Agricole", "EUR")
    assert [t.amount for t in statement.transactions] == [
        Decimal("-82.00"),
        Decimal("-134.57"),
        Decimal("245.30"),
        Decimal("-2.50"),
        Decimal("-2.50"),
    ]


def test_a_debit_euros_column_is_a_debit_column_in_any_french_export() -> None:
    """Without the bank's profile (another layout), the names alone say it."""
    text = (
        "Date opération;Libellé opération;Débit euros;Crédit euros\n"
        "15/10/2026;CARTE X1234 LECLERC;34,57;\n"
        "16/10/2026;VIREMENT CAF;;245,30\n"
    )
    (statement,) = read_csv("releve.csv", text.encode("cp1252")).statements
    assert statement.account.currency == "EUR"
    assert [t.amount for t in statement.transactions] == [Decimal("-34.57"), Decimal("245.30")]
