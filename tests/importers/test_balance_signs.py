"""Amounts written without a sign, signed by the running balance beside them: every row but
the oldest by the balance, the oldest by the user's word (never a guess)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.importers.csv import CsvMappingNeeded, read_csv
from finapp.importers.csv.balance_signs import (
    BalanceSignProblem,
    FirstSignNeeded,
    SignRow,
    signed_amounts,
)
from tests.helpers import cli_json, run_cli

AUSTRIAN = Path(__file__).parent / "csv_headerless" / "at_unsigned_balance.csv"

#: the Austrian giro export as the account saw it, oldest first
AUSTRIAN_LINES = [
    ("2025-02-21", Decimal("-742.00"), "MIETE WOHNUNG 4020 LINZ"),
    ("2025-02-24", Decimal("19.99"), "RUECKERSTATTUNG AMAZON EU SARL"),
    ("2025-02-24", Decimal("-46.60"), "OEBB TICKET SHOP"),
    ("2025-02-25", Decimal("-29.90"), "A1 TELEKOM AUSTRIA RECHNUNG 2025/02"),
    ("2025-02-27", Decimal("2613.42"), "GEHALT 02/2025 VOESTALPINE STAHL GMBH"),
    ("2025-02-28", Decimal("-31.86"), "HOFER DANKT 4711 LINZ"),
]


def _rows(*cells: tuple[str, str, str]) -> list[SignRow]:
    return [
        SignRow(line, date.fromisoformat(day), Decimal(amount), Decimal(balance))
        for line, (day, amount, balance) in enumerate(cells, start=1)
    ]


def test_oldest_first_rows_take_the_sign_of_each_balance_move() -> None:
    rows = _rows(
        ("2025-03-01", "12.80", "987.20"),
        ("2025-03-03", "1500.00", "2487.20"),
        ("2025-03-04", "64.35", "2422.85"),
    )
    assert signed_amounts(rows, "out") == [Decimal("-12.80"), Decimal("1500.00"), Decimal("-64.35")]
    assert signed_amounts(rows, "in")[0] == Decimal("12.80")  # only the oldest row follows


def test_newest_first_rows_are_signed_from_the_bottom_up() -> None:
    rows = _rows(
        ("2025-03-04", "64.35", "2422.85"),
        ("2025-03-03", "1500.00", "2487.20"),
        ("2025-03-01", "12.80", "987.20"),
    )
    assert signed_amounts(rows, "in") == [Decimal("-64.35"), Decimal("1500.00"), Decimal("12.80")]


def test_the_oldest_row_is_asked_about_never_guessed() -> None:
    rows = _rows(("2025-03-01", "12.80", "987.20"), ("2025-03-03", "1500.00", "2487.20"))
    with pytest.raises(FirstSignNeeded) as asked:
        signed_amounts(rows, "")
    assert asked.value.oldest.line == 1


def test_a_balance_that_does_not_follow_is_refused_at_its_line() -> None:
    rows = _rows(
        ("2025-03-01", "12.80", "987.20"),
        ("2025-03-03", "1500.00", "2487.20"),
        ("2025-03-04", "64.35", "2400.00"),  # a line between them is missing
    )
    with pytest.raises(BalanceSignProblem) as refused:
        signed_amounts(rows, "out")
    assert refused.value.line == 3
    assert "does not follow from the balance before it (2487.20)" in refused.value.reason


def test_a_headerless_austrian_export_is_signed_by_its_balance_once_told_the_oldest_row() -> None:
    with pytest.raises(CsvMappingNeeded) as asked:
        read_csv(str(AUSTRIAN), AUSTRIAN.read_bytes())
    (problem,) = asked.value.problems
    assert "the oldest (line 6: 2025-02-21 MIETE WOHNUNG 4020 LINZ 742.00)" in problem

    parsed = read_csv(str(AUSTRIAN), AUSTRIAN.read_bytes(), first_sign="out")
    (statement,) = parsed.statements
    lines = [(t.posted.isoformat(), t.amount, t.payee) for t in statement.transactions]
    assert sorted(lines) == sorted(AUSTRIAN_LINES)
    assert statement.account.currency == "EUR"
    assert statement.balances[0].amount == Decimal("3402.77")
    assert parsed.detected is not None
    assert parsed.detected["sign"] == (
        "from the balance column: a rising balance is money in; the oldest row, which no "
        "balance before it signs, is money out as told"
    )


def test_the_cli_asks_for_the_oldest_row_then_imports_once(tmp_path: Path) -> None:
    data = tmp_path / "d"
    refused = run_cli(data, "import", str(AUSTRIAN))
    assert refused.returncode != 0
    said = refused.stdout + refused.stderr
    assert AUSTRIAN.name in said and "--first-row" in said
    assert cli_json(data, "transactions") == []  # nothing written

    summary = cli_json(data, "import", "--first-row", "out", str(AUSTRIAN))
    assert summary["new"] == 6
    stored = sorted((t["date"], Decimal(t["amount"])) for t in cli_json(data, "transactions"))
    assert stored == sorted((day, amount) for day, amount, _ in AUSTRIAN_LINES)
    again = cli_json(data, "import", "--first-row", "out", str(AUSTRIAN))
    assert again["new"] == 0 and again["duplicates"] == 6


def test_a_balance_that_only_falls_is_still_asked_about() -> None:
    """Falling by every amount, it is an account spent from or a card's debt paid off: which,
    only the user knows, so the file is not signed by it."""
    text = (
        "02.03.2025;Kartenzahlung BILLA;12,80;987,20\n"
        "03.03.2025;Kartenzahlung SPAR;23,10;964,10\n"
        "05.03.2025;Kartenzahlung DM;8,45;955,65\n"
    )
    with pytest.raises(CsvMappingNeeded) as asked:
        read_csv("falling.csv", text.encode(), first_sign="out")
    assert all("oldest" not in problem for problem in asked.value.problems)
