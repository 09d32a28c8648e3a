"""A couple in Lyon each with an account of their own: every month Thomas sends Camille 600.00
for the household from his Crédit Agricole account ("VIREMENT EMIS / VERS MARTIN CAMILLE"), and
her BoursoBank account receives it from "THOMAS MARTIN". Two names, one family: the money
moved between the household's own accounts, neither spending nor income (each month read
600.00 too much of both). A friend of another name paying the same sum the same day is still
income."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

_DAYS = ("10/09/2026", "12/10/2026", "10/11/2026")


def _credit_agricole(folder: Path) -> Path:
    """Thomas's account, as Crédit Agricole exports it (cp1252, a preamble, labels of lines)."""
    rows = [
        "Téléchargement du 27/11/2026;", ";", "M. MARTIN THOMAS;",
        "Compte de Dépôt carte n° 71234567890;", "Solde au 27/11/2026 4 984,28 €;", ";",
        "Liste des opérations du compte entre le 01/09/2026 et le 27/11/2026;", ";",
        "Date;Libellé;Débit euros;Crédit euros;",
    ]  # fmt: skip
    for day in reversed(_DAYS):
        rows.append(f'{day};"VIREMENT EMIS \nVERS MARTIN CAMILLE \nPARTICIPATION FOYER ";600,00;;')
        rows.append(f'{day};"PAIEMENT PAR CARTE \nX8823 FNAC LYON BELLECOUR {day[:5]} ";38,72;;')
    path = folder / "CA20261127_081822.csv"
    path.write_bytes(("\n".join(rows) + "\n").encode("cp1252"))
    return path


def _boursobank(folder: Path) -> Path:
    """Camille's account: Thomas's share in, and once a friend paying back the same sum."""
    head = (
        "dateOp;dateVal;label;category;categoryParent;supplierFound;amount;comment;accountNum;"
        "accountLabel;accountbalance\n"
    )
    rows = []
    for day in reversed(_DAYS):
        iso = f"{day[6:]}-{day[3:5]}-{day[:2]}"
        rows.append(f'{iso};{iso};"VIR SEPA THOMAS MARTIN";"";"";"";600,00;;00040123456;'
                    '"BoursoBank";38 167,89')  # fmt: skip
        rows.append(f'{iso};{iso};"CARTE {day[:5]}/26 MONOPRIX LYON CB*4417";"";"";"";-54,10;;'
                    '00040123456;"BoursoBank";38 167,89')  # fmt: skip
    rows.append('2026-10-12;2026-10-12;"VIR SEPA JULIE DURAND";"";"";"";600,00;;00040123456;'
                '"BoursoBank";38 167,89')  # fmt: skip
    path = folder / "export-operations-27-11-2026_08-14-02.csv"
    path.write_text(head + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_couples_monthly_share_is_their_own_money(store: Store, tmp_path: Path) -> None:
    result = import_files(store, [_credit_agricole(tmp_path), _boursobank(tmp_path)])
    assert not result.failed, result.failed
    shares = [t for t in list_transactions(store) if abs(t.amount) == 600]
    friend = [t for t in shares if "DURAND" in t.payee.upper()]
    assert len(shares) == 7 and len(friend) == 1
    assert all(t.is_transfer for t in shares if t not in friend)  # both sides, three months
    assert not friend[0].is_transfer
    (october,) = month_report(store, date(2026, 10, 1)).totals
    assert october.income == Decimal("600.00")  # the friend's, not Thomas's share
    assert october.expenses == Decimal("38.72") + Decimal("54.10")
