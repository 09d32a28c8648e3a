"""A couple keeping two surnames moves money between their own accounts, and it is neither
spending nor income.

Javier Ruiz Pérez banks at Santander, Lucía Moreno García at ING; each export says whose account
it is above its header (``Titular;RUIZ PEREZ JAVIER``, ``Titular:,MORENO GARCIA LUCIA``). When
Lucía pays Javier her half of a dinner by Bizum, ING prints "Bizum enviado a Javier Ruiz Pérez"
and Santander "BIZUM DE MORENO GARCIA LUCIA CONCEPTO CENA": no transfer word, no name in common.
Each side names the other account's holder, so it is the household's own money. Her Bizum to her
sister Marta Moreno García (her surnames, not an account of theirs) and a friend's Bizum to
Javier on the same day for the same sum stay money spent and received.
"""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.accounts import list_accounts
from finapp.services.export import export_all
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.conftest import PASSPHRASE, another_store
from tests.old_schemas import undo_schema_16, upgraded

_SANTANDER_HEAD = (
    "\ufeffMovimientos de la cuenta;;;;\r\n"
    "Cuenta;ES12 0049 5123 9121 0034 5678;;;\r\n"
    "Titular;RUIZ PEREZ JAVIER;;;\r\n"
    ";;;;\r\n"
    "Fecha operación;Fecha valor;Concepto;Importe;Saldo\r\n"
)
_ING_HEAD = (
    "Número de cuenta:,ES91 1465 0100 9123 4567 8901\n"
    "Titular:,MORENO GARCIA LUCIA\n"
    "Fecha exportación:,21/11/2026\n"
    "\n"
    "F. VALOR,CATEGORÍA,SUBCATEGORÍA,DESCRIPCIÓN,COMENTARIO,IMAGEN,IMPORTE (€),SALDO (€)\n"
)

#: Javier's Santander lines, oldest first: (day, concepto, amount)
_JAVIER = [
    (date(2026, 9, 26), "NOMINA RECIBIDA INDRA SISTEMAS S.A.", "2935.50"),
    (date(2026, 10, 4), "BIZUM DE MORENO GARCIA LUCIA CONCEPTO CENA", "45.00"),
    (date(2026, 10, 11), "BIZUM DE CARLOS IGLESIAS CONCEPTO PADEL", "12.00"),
    (date(2026, 10, 18), "COMPRA MERCADONA ALCALA 310, MADRID, TARJETA 4940XXXXXXXX2211", "-88.50"),
    (date(2026, 10, 25), "BIZUM DE MORENO GARCIA LUCIA CONCEPTO CINE", "18.40"),
    (date(2026, 11, 8), "BIZUM DE PABLO SANZ MARTIN CONCEPTO CENA", "30.00"),
]
#: Lucía's ING lines, oldest first: (day, subcategory, description, amount)
_LUCIA = [
    (date(2026, 9, 30), "Nómina", "Nómina recibida CLINICA UNIVERSIDAD DE NAVARRA", "2410.00"),
    (date(2026, 10, 4), "Bizum", "Bizum enviado a Javier Ruiz Pérez", "-45.00"),
    (date(2026, 10, 11), "Bizum", "Bizum enviado a Marta Moreno García", "-12.00"),
    (date(2026, 10, 20), "Supermercados y alimentación", "Pago en LIDL SUPERMERCADOS MADRID ES",
     "-31.95"),
    (date(2026, 10, 25), "Bizum", "Bizum enviado a Javier Ruiz Pérez", "-18.40"),
    (date(2026, 11, 8), "Bizum", "Bizum enviado a Elena Díaz Ruiz", "-30.00"),
]  # fmt: skip


def _spanish(amount: str) -> str:
    units, cents = f"{Decimal(amount):.2f}".split(".")
    sign, digits = ("-", units[1:]) if units.startswith("-") else ("", units)
    grouped = f"{int(digits):,}".replace(",", ".")
    return f"{sign}{grouped},{cents}"


def _santander(folder: Path) -> Path:
    balance, rows = Decimal("9000.00"), []
    for day, concept, amount in _JAVIER:
        balance += Decimal(amount)
        money = f"{_spanish(amount)};{_spanish(str(balance))}"
        rows.append(f"{day:%d/%m/%Y};{day:%d/%m/%Y};{concept};{money}")
    path = folder / "export_movimientos_santander_20261120.csv"
    path.write_text(_SANTANDER_HEAD + "\r\n".join(reversed(rows)) + "\r\n", encoding="utf-8")
    return path


def _ing(folder: Path) -> Path:
    balance, rows = Decimal("12000.00"), []
    for day, kind, text, amount in _LUCIA:
        balance += Decimal(amount)
        rows.append(
            f'{day:%d/%m/%Y},"Movimientos sin categoría","{kind}","{text}",,No,'
            f'"{_spanish(amount)}","{_spanish(str(balance))}"'
        )
    path = folder / "movimientos_ing_cuenta_nomina.csv"
    path.write_text(_ING_HEAD + "\n".join(reversed(rows)) + "\n", encoding="utf-8")
    return path


def _moved_between_them(store: Store) -> set[tuple[date, Decimal, str]]:
    return {(t.date, t.amount, t.payee) for t in list_transactions(store) if t.is_transfer}


_BETWEEN_THEM = {
    (date(2026, 10, 4), Decimal("45.00"), "BIZUM DE MORENO GARCIA LUCIA CONCEPTO CENA"),
    (date(2026, 10, 4), Decimal("-45.00"), "Bizum enviado a Javier Ruiz Pérez"),
    (date(2026, 10, 25), Decimal("18.40"), "BIZUM DE MORENO GARCIA LUCIA CONCEPTO CINE"),
    (date(2026, 10, 25), Decimal("-18.40"), "Bizum enviado a Javier Ruiz Pérez"),
}


def test_bizums_between_the_two_are_their_own_money(store: Store, tmp_path: Path) -> None:
    import_files(store, [_santander(tmp_path), _ing(tmp_path)])
    assert len(list_accounts(store)) == 2
    # the sister's and the friends' Bizums of the same sums on the same days stay theirs
    assert _moved_between_them(store) == _BETWEEN_THEM


def test_an_older_store_learns_whose_accounts_they_are_from_the_next_statements(
    store: Store, tmp_path: Path
) -> None:
    """A store from before finapp kept the holders knows none; the next download of each
    account says whose it is, and the Bizums it brings pair."""
    with upgraded(store, undo_schema_16, PASSPHRASE) as updated:
        import_files(updated, [_santander(tmp_path), _ing(tmp_path)])
        assert _moved_between_them(updated) == _BETWEEN_THEM


def _holders_exported(store: Store, folder: Path) -> set[tuple[str, str]]:
    export_all(store, folder)
    with (folder / "accounts.csv").open(encoding="utf-8-sig", newline="") as file:
        return {(row["number"], row["holder"]) for row in csv.DictReader(file)}


def test_the_export_says_whose_each_account_is_and_brings_it_back(
    store: Store, tmp_path: Path
) -> None:
    import_files(store, [_santander(tmp_path), _ing(tmp_path)])
    exported = _holders_exported(store, tmp_path / "export")
    assert exported == {("****5678", "RUIZ PEREZ JAVIER"), ("****8901", "MORENO GARCIA LUCIA")}
    erased = another_store(tmp_path / "erased")
    try:
        assert not import_files(erased, [tmp_path / "export"]).failed
        assert _holders_exported(erased, tmp_path / "again") == exported
    finally:
        erased.close()
