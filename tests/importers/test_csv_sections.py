"""An export of several accounts, a section each (comdirect's download of every account on its
overview: ``"Umsätze Girokonto"``, its header and lines, then ``"Umsätze Visa-Karte
(Kreditkarte)"`` with a header of its own). The whole file had been refused, "no amount column
found"; each section is now an account of its own, named by its title."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.core.account_types import AccountType
from finapp.importers.csv import read_csv
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

FILE = Path(__file__).parent / "bank_exports" / "comdirect_accounts_cp1252.csv"


def test_each_section_is_an_account_named_by_its_title_its_lines_numbered_as_in_the_file() -> None:
    parsed = read_csv(FILE.name, FILE.read_bytes())
    accounts = {
        s.account.name: (s.account.type, [(t.line, t.amount) for t in s.transactions])
        for s in parsed.statements
    }
    assert accounts == {
        "Girokonto": (
            AccountType.CHECKING,
            [(7, Decimal("-58.37")), (8, Decimal("3412.50")), (9, Decimal("-214.86"))],
        ),
        "Visa-Karte (Kreditkarte)": (
            AccountType.CREDIT_CARD,
            [(17, Decimal("-13.99")), (18, Decimal("-82.41")), (19, Decimal("214.86"))],
        ),
    }
    assert [(s.line, s.reason) for s in parsed.skipped] == [
        (6, "status 'offen': not booked yet (pending)")
    ]


def test_the_accounts_export_imported_again_adds_nothing_and_pays_the_card(store: Store) -> None:
    assert import_files(store, [FILE]).files[0].new == 6
    assert import_files(store, [FILE]).files[0].new == 0
    paid = {(t.account, t.amount) for t in list_transactions(store) if t.is_transfer}
    assert paid == {
        ("Girokonto", Decimal("-214.86")),
        ("Visa-Karte (Kreditkarte)", Decimal("214.86")),
    }
