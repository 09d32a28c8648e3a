"""Desjardins' AccèsD download, as it writes it: no header, Windows-1252, the caisse, the folio
and the account's kind on every row, the day as 2026/09/01, the description as the kind of
operation, a slash and the party ("Achat / NETFLIX.COM"), the withdrawal and the deposit in
columns of their own, four mostly empty ones and the balance. It was refused: "columns 8, 9
and 14 all hold amounts and none is a running balance of another"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from tests.importers.helpers import rows

CAISSE = '"Caisse Desjardins du Plateau-Mont-Royal","024270","EOP"'
LINES = [
    ('"2026/11/01",00001,"Paiement facture - AccèsD Internet /Gestion Immobilière Avalon"',
     "1450.00", "", "1819.25"),
    ('"2026/11/05",00002,"Achat / NETFLIX.COM"', "15.49", "", "1803.76"),
    ('"2026/11/14",00003,"Achat / SUPER C #6021"', "51.88", "", "1751.88"),
    ('"2026/11/14",00004,"Achat / SUPER C #6021"', "51.88", "", "1700.00"),
    ('"2026/11/20",00005,"Virement entre folios /à 024373 ES1"', "500.00", "", "1200.00"),
    ('"2026/11/25",00006,"Dépôt direct / ACME CANADA INC"', "", "3200.00", "4400.00"),
]  # fmt: skip
DOWNLOAD = "".join(
    f'{CAISSE},{day},"",{out or chr(34) * 2},{into or chr(34) * 2},"","","","",{balance}\r\n'
    for day, out, into, balance in LINES
).encode("cp1252")


def test_an_accesd_download_reads_and_a_move_between_folios_is_not_spent(store, write) -> None:  # type: ignore[no-untyped-def]
    result = import_files(store, [write("releve.csv", DOWNLOAD)]).files[0]
    assert result.error is None and (result.new, result.duplicates) == (6, 0)
    (account,) = list_accounts(store)
    assert (account.institution, account.currency, account.balance) == (
        "Desjardins",
        "CAD",
        Decimal("4400.00"),
    )
    lines = rows(store, account.name)
    assert [(day, amount) for day, amount, _, _ in lines][:3] == [
        ("2026-11-01", Decimal("-1450.00")),
        ("2026-11-05", Decimal("-15.49")),
        ("2026-11-14", Decimal("-51.88")),
    ]
    payees = {payee for _, _, payee, _ in lines}
    assert {"Gestion Immobilière Avalon", "NETFLIX.COM", "SUPER C #6021"} <= payees  # after "/"
    (totals,) = month_report(store, date(2026, 11, 1)).totals
    # the rent, Netflix and both Super C purchases; the 500.00 to the savings folio is not spent
    assert (totals.income, totals.expenses) == (Decimal("3200.00"), Decimal("1569.25"))
    again = import_files(store, [write("releve (1).csv", DOWNLOAD)])
    assert (again.new, again.duplicates) == (0, 6)
