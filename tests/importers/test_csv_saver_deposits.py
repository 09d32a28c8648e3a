"""A UK saver's export of deposits only, as Chase UK's app writes it.

``Date,Time,Transaction type,Description,Amount,Currency,Balance``: Thomas Hughes moves £300
from his current account on the 26th of each month, and the saver pays its interest on the
last day; there is no money out in the year, so no amount has a minus, and the balance rises
by each one. finapp refused it ("every amount in 'Amount' is positive … choose a profile"),
and even ``--first-row in`` was refused the same way: a balance that only rises was not taken
for a balance chain at all.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.importers.registry import read_statement_file
from tests.helpers import cli_json, run_cli

HEADER = "Date,Time,Transaction type,Description,Amount,Currency,Balance"


def _saver_rows() -> list[str]:
    """Twelve months of a £5,000 saver: the monthly transfer in, then the month's interest."""
    balance, rows = Decimal("5000.00"), []
    for n in range(12):
        year, month = 2025 + (8 + n) // 12, (8 + n) % 12 + 1
        balance += Decimal("300.00")
        day = date(year, month, 26).strftime("%d %b %Y")
        rows.append(f"{day},10:14:02,Transfer,Thomas Hughes,300.00,GBP,{balance}")
        interest = (balance * Decimal("0.035") / 12).quantize(Decimal("0.01"))
        balance += interest
        last = date(year + month // 12, month % 12 + 1, 1).toordinal() - 1
        paid = date.fromordinal(last).strftime("%d %b %Y")
        rows.append(f"{paid},23:59:59,Interest,Interest earned,{interest},GBP,{balance}")
    return rows


def _export(tmp_path: Path, name: str, newest_first: bool = False) -> Path:
    rows = _saver_rows()
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *(rows[::-1] if newest_first else rows)]) + "\n")
    return path


def test_a_saver_named_so_is_read_as_its_deposits(tmp_path: Path) -> None:
    for newest_first in (False, True):
        path = _export(tmp_path, "Chase_Saver_transactions.csv", newest_first)
        (statement,) = read_statement_file(path).statements
        amounts = [t.amount for t in statement.transactions]
        assert len(amounts) == 24 and all(a > 0 for a in amounts)
        assert statement.account.type == "savings"
        assert Decimal("300.00") in amounts


def test_the_saver_imports_once(tmp_path: Path) -> None:
    path = _export(tmp_path, "Chase_Saver_transactions.csv")
    data = tmp_path / "d"
    first = cli_json(data, "import", str(path))
    again = cli_json(data, "import", str(path))
    assert (first["new"], first["failed"], again["new"]) == (24, 0, 0)


def test_a_file_not_named_a_savers_names_its_oldest_row_and_reads_with_the_answer(
    tmp_path: Path,
) -> None:
    path = _export(tmp_path, "transactions.csv")
    data = tmp_path / "d"

    refused = run_cli(data, "import", str(path))

    assert refused.returncode == 2
    assert "every row but the oldest is money in" in refused.stderr
    assert "line 2: 2025-09-26 Thomas Hughes 300.00" in refused.stderr
    assert "--first-row in" in refused.stderr
    summary = cli_json(data, "import", str(path), "--first-row", "in")
    assert (summary["new"], summary["failed"]) == (24, 0)
    amounts = [Decimal(t["amount"]) for t in cli_json(data, "transactions")]
    assert all(a > 0 for a in amounts)
