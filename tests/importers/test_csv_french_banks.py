"""BNP Paribas and Crédit Agricole exports as downloaded today (cp1252, ``;``, decimal
commas): read in euros, the balance line above BNP's rows is no header but the account's
balance on its day, as Crédit Agricole's is, Crédit Agricole's ``Débit euros`` / ``Crédit
euros`` say money out and in, and its Libellé of several lines gives the party as the payee."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.core.balance_kinds import BalanceKind
from finapp.core.display_names import shipped_namer
from finapp.core.merchant import merchant_key
from finapp.importers.csv import read_csv
from finapp.services.imports import import_files
from tests.importers.helpers import balances, rows

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


def test_a_credit_agricole_libelle_of_several_lines_gives_its_party_as_the_payee() -> None:
    """The Libellé is the kind of operation, the party on the next line, then a reference:
    the party is the payee (one line, no line break), the whole text the memo."""
    (statement,) = _read("credit_agricole_2026_11_cp1252.csv").statements
    assert [(t.posted.isoformat(), t.payee, t.amount) for t in statement.transactions] == [
        ("2026-11-28", "FREE MOBILE", Decimal("-19.99")),
        ("2026-11-25", "EMPLOYEUR SA", Decimal("2450.00")),
        ("2026-11-18", "INTERMARCHE PESSAC 17/11", Decimal("-57.32")),
        ("2026-11-03", "CA AQUITAINE BORDEAUX 02/11", Decimal("-40.00")),
    ]
    assert statement.transactions[0].memo == (
        "PRLV SEPA FREE MOBILE FREE MOBILE FM-12345678-9 FREE MOBILE"
    )
    older = _read("credit_agricole_cp1252.csv").statements[0].transactions
    assert [t.payee for t in older][:3] == [
        "EDF clients particuliers",
        "LECLERC DRIVE",
        "CAF DE LA GIRONDE",
    ]
    assert not [t for t in older if "\n" in t.payee + t.memo]


def test_the_solde_line_above_the_rows_is_the_balance_on_its_day() -> None:
    """BNP's ``Solde au 31/10/2026;1 234,56`` beside the account, Crédit Agricole's in a cell of
    its own or with the amount in the same cell: the statement's ledger balance that day."""
    stated = {
        name: [(b.kind, b.as_of.isoformat(), b.amount) for b in _read(name).statements[0].balances]
        for name in (
            "bnp_paribas_cp1252.csv",
            "credit_agricole_cp1252.csv",
            "credit_agricole_2026_11_cp1252.csv",
        )
    }
    assert stated == {
        "bnp_paribas_cp1252.csv": [(BalanceKind.LEDGER, "2026-10-31", Decimal("1234.56"))],
        "credit_agricole_cp1252.csv": [(BalanceKind.LEDGER, "2026-10-31", Decimal("1502.18"))],
        "credit_agricole_2026_11_cp1252.csv": [
            (BalanceKind.LEDGER, "2026-11-30", Decimal("1234.56"))
        ],
    }


def test_the_solde_line_is_the_imported_accounts_balance(store) -> None:  # type: ignore[no-untyped-def]
    import_files(store, [EXPORTS / "credit_agricole_2026_11_cp1252.csv"])
    assert balances(store) == [("ledger", "2026-11-30", Decimal("1234.56"))]
    assert [payee for _, _, payee, _ in rows(store)] == [
        "CA AQUITAINE BORDEAUX 02/11",
        "INTERMARCHE PESSAC 17/11",
        "EMPLOYEUR SA",
        "FREE MOBILE",
    ]


def test_boursobank_reads_with_its_operation_day_and_names_each_merchant() -> None:
    """BoursoBank writes an operation day and a value day (both dates: nothing to ask), the
    label as printed (``CARTE 18/11/26 MONOPRIX CB*1234``, ``VIR SEPA …``), amounts with a
    space and a decimal comma, and the account's number on every row."""
    parsed = _read("boursobank.csv")
    (statement,) = parsed.statements
    assert statement.account.currency == "EUR" and statement.account.number == "00040123456"
    first = statement.transactions[0]
    assert (str(first.posted), first.amount) == ("2026-11-28", Decimal("2714.80"))
    keys = {merchant_key(t.payee) for t in statement.transactions}
    assert {"MONOPRIX", "SPOTIFY", "SOCIETE DUPONT"} <= keys
    assert not keys & {"CARTE MONOPRIX", "VIR SEPA"}


def test_a_boursobank_transfer_is_named_by_who_sent_it_or_who_was_paid() -> None:
    """BoursoBank prints a transfer's fields after ``VIR SEPA RECU`` / ``EMIS``: ``/DE`` the
    sender, ``/BEN`` the one paid, ``/MOTIF`` the reason, ``/REF`` a reference. The name is the
    party's, not "De Jean" nor "Motif Loyer", and a month's rent from one tenant is one payee."""
    namer = shipped_namer()
    november = "VIR SEPA RECU /DE JEAN DUPONT /MOTIF LOYER NOVEMBRE /REF 2611A"
    october = "VIR SEPA RECU /DE JEAN DUPONT /MOTIF LOYER OCTOBRE /REF 2610B"
    assert namer.name(november) == "Jean Dupont"
    assert merchant_key(november) == merchant_key(october) == "JEAN DUPONT"
    paid = "VIR SEPA EMIS /MOTIF LOYER NOV /BEN MARIE MARTIN /REFDO 0042"
    assert namer.name(paid) == "Marie Martin" and merchant_key(paid) == "MARIE MARTIN"
