"""A property tax collected in monthly instalments, with the same months off every year.

A Lyon family pays its taxe foncière by "mensualisation": the Direction générale des finances
publiques debits ten instalments, on the 15th (the next working day when it is a weekend),
January to October, none in November and December; the instalment is set anew each January
(148.00 in 2025, 156.00 in 2026). Their Crédit Agricole download runs from June 2025 to
27 November 2026: the break is seen once, and November 2026's instalment is not due.

A Toronto couple pays the City of Toronto's property tax on its eleven-instalment
pre-authorized plan, on the 1st, February to December, none in January (412.36 in 2025,
431.08 in 2026); their RBC chequing download runs from July 2025 to 20 November 2026.

Each is one bill, monthly with its months off, whose year is its instalments (1,560.00 and
4,741.88), and whose price rose: not a bill that stopped in October beside another overdue
since November, nor a bill of twelve instalments. A monthly subscription that stops for two
months and comes back at a new price is no such plan (only a tax's words make one break
enough): it stays a restart.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.cli_in_process import run_main
from tests.subscriptions.toronto_exports import RbcLine, write_rbc


def _working_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _months(start: date, end: date, day: int) -> Iterator[date]:
    year, month = start.year, start.month
    while (due := date(year, month, day)) <= end:
        if due >= start:
            yield due
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)


def _euros(amount: Decimal) -> str:
    return f"{amount:.2f}".replace(".", ",")


def _credit_agricole(folder: Path, *, label: str = "TAXE FONCIERE MENSUALISATION") -> Path:
    """Thomas's account as Crédit Agricole exports it: cp1252, a preamble, each line's label
    on several lines, newest first, debits in their own column."""
    start, end = date(2025, 6, 1), date(2026, 11, 27)
    lines: list[tuple[date, str, Decimal]] = []
    for due in _months(start, end, 15):
        if due.month not in (11, 12):
            tax = Decimal("148.00") if due.year == 2025 else Decimal("156.00")
            party = "DIRECTION GENERALE DES FINANCES PUBLIQUES"
            lines.append((_working_day(due), f"PRELEVEMENT \n{party} \n{label} ", tax))
    for due in _months(start, end, 20):
        lines.append((_working_day(due), "PRELEVEMENT \nMACIF \nASSURANCE AUTO 4587123 ",
                      Decimal("51.20")))  # fmt: skip
    for due in _months(start, end, 5):
        lines.append((_working_day(due), "PRELEVEMENT \nECHEANCE PRET \n00012345678 ",
                      Decimal("1142.37")))  # fmt: skip
    rows = [
        "Téléchargement du 27/11/2026;", ";", "M. MARTIN THOMAS;",
        "Compte de Dépôt carte n° 71234567890;", "Solde au 27/11/2026 4 984,28 €;", ";",
        "Liste des opérations du compte entre le 01/06/2025 et le 27/11/2026;", ";",
        "Date;Libellé;Débit euros;Crédit euros;",
    ]  # fmt: skip
    for day, text, amount in sorted(lines, reverse=True):
        rows.append(f'{day:%d/%m/%Y};"{text}";{_euros(amount)};;')
    path = folder / "CA20261127_081822.csv"
    path.write_bytes(("\n".join(rows) + "\n").encode("cp1252"))
    return path


def _toronto_lines() -> list[RbcLine]:
    start, end = date(2025, 7, 1), date(2026, 11, 20)
    lines = []
    for due in _months(start, end, 1):
        if due.month != 1:
            tax = "-412.36" if due.year == 2025 else "-431.08"
            lines.append((due, "Misc Payment", "CITY OF TORONTO TAX", tax))
        lines.append((due, "Mortgage Payment", "RBC MORTGAGE 5123887", "-2684.17"))
    for due in _months(start, end, 18):
        enbridge = "-96.00" if due < date(2026, 1, 1) else "-104.00"
        lines.append((_working_day(due), "Misc Payment", "ENBRIDGE GAS", enbridge))
    return lines


def _listed(
    store: Store, as_of: date, word: str, capsys: pytest.CaptureFixture[str]
) -> tuple[list[dict[str, Any]], str]:
    """The subscriptions whose name holds ``word`` as ``finapp subscriptions --json`` gives
    them, and the table's lines that name it."""
    argv = ["--data-dir", str(store.data_dir), "subscriptions", "--as-of", as_of.isoformat()]
    code, out, _ = run_main([*argv, "--json"], capsys)
    assert code == 0
    rows = [row for row in json.loads(out) if word in row["name"].upper()]
    code, out, _ = run_main(argv, capsys)
    assert code == 0
    return rows, "\n".join(line for line in out.splitlines() if word in line.upper())


def test_a_taxe_fonciere_paid_by_mensualisation_is_one_bill_with_november_and_december_off(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_files(store, [_credit_agricole(tmp_path)])

    (tax,), table = _listed(store, date(2026, 11, 27), "FINANCES", capsys)
    assert tax["kind"] == "bill" and tax["cadence"] == "monthly" and tax["months_off"] == [11, 12]
    assert "monthly, none in Nov Dec" in table
    assert len(tax["transaction_ids"]) == 15  # June to October 2025, January to October 2026
    assert tax["status"] == "active" and {"overdue", "lapsed"}.isdisjoint(tax["flags"])
    assert tax["next_date"] == "2027-01-15"
    assert tax["annual_cost"] == "1560.00"  # ten instalments of 156.00
    assert tax["price_changes"] == [{"date": "2026-01-15", "old": "148.00", "new": "156.00"}]


def test_the_city_of_torontos_property_tax_is_a_bill_of_eleven_instalments(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_files(store, [write_rbc(tmp_path / "csv73628.csv", _toronto_lines())])

    (tax,), table = _listed(store, date(2026, 11, 20), "TORONTO", capsys)
    assert tax["kind"] == "bill" and tax["cadence"] == "monthly" and tax["months_off"] == [1]
    assert "monthly, none in Jan" in table
    assert tax["next_date"] == "2026-12-01" and tax["status"] == "active"
    assert tax["annual_cost"] == "4741.88"  # eleven instalments of 431.08
    assert "price_increase" in tax["flags"]
    (gas,), _ = _listed(store, date(2026, 11, 20), "ENBRIDGE", capsys)
    assert gas["months_off"] == [] and gas["annual_cost"] == "1248.00"


def test_a_subscription_stopped_for_two_months_is_no_plan_with_months_off(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same dates and amounts, a gym's: one break is a pause, not a schedule."""
    lines = [
        (day, how, "GOODLIFE FITNESS" if "TORONTO" in whom else whom, amount)
        for day, how, whom, amount in _toronto_lines()
    ]
    import_files(store, [write_rbc(tmp_path / "csv73628.csv", lines)])

    gyms, _ = _listed(store, date(2026, 11, 20), "GOODLIFE", capsys)
    assert gyms and all(gym["months_off"] == [] for gym in gyms)
