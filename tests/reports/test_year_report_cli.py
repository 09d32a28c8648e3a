"""``finapp report --year YYYY [--json]``: a small household of two years, dollars and euros;
the card's payment is a transfer between own accounts, neither income nor spending."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from finapp.services.rates import set_rate
from tests.categorize.statements import Line, load
from tests.helpers import run_cli

CHECKING: list[Line] = [
    (date(2024, 12, 1), "2900.00", "ACME PAYROLL"),
    (date(2024, 12, 3), "-40.00", "WHOLE FOODS MARKET 1"),
    (date(2025, 1, 1), "3000.00", "ACME PAYROLL"),
    (date(2025, 1, 3), "-120.50", "WHOLE FOODS MARKET 1"),
    (date(2025, 1, 10), "-500.00", "CREDIT CARD PAYMENT"),
    (date(2025, 2, 1), "3000.00", "ACME PAYROLL"),
    (date(2025, 2, 4), "-1250.00", "OAKWOOD APARTMENTS RENT"),
    (date(2025, 3, 1), "3000.00", "ACME PAYROLL"),
    (date(2026, 1, 1), "3100.00", "ACME PAYROLL"),
]
CARD: list[Line] = [
    (date(2025, 1, 11), "500.00", "PAYMENT THANK YOU"),
    (date(2025, 1, 12), "-45.00", "SHELL OIL 1"),
    (date(2025, 2, 12), "-899.99", "BEST BUY 1"),
]
EUROS: list[Line] = [(date(2025, 6, 2), "-200.00", "HOTEL DE PARIS")]


def household(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load(store, tmp_path, "111", CHECKING, ledger=("5000.00", date(2026, 1, 1)))
    load(store, tmp_path, "4444", CARD, kind="CREDITCARD", ledger=("-444.99", date(2025, 2, 12)))
    load(store, tmp_path, "777", EUROS, currency="EUR", ledger=("800.00", date(2025, 6, 2)))


def test_the_year_as_json(data_dir: Path, store, tmp_path: Path) -> None:
    household(store, tmp_path)
    set_rate(store, "EUR", "1.10", date(2025, 12, 1))
    store.close()
    proc = run_cli(data_dir, "report", "--year", "2025", "--json")
    assert proc.returncode == 0, proc.stderr
    year = json.loads(proc.stdout)
    assert (year["year"], year["first_month"], year["last_month"]) == (2025, "2025-01", "2025-06")
    assert year["totals"] == [
        {"currency": "EUR", "income": "0.00", "expenses": "200.00", "net": "-200.00"},
        {"currency": "USD", "income": "9000.00", "expenses": "2315.49", "net": "6684.51"},
    ]  # the 500.00 card payment is in neither
    converted = year["converted"]
    assert (converted["currency"], converted["converted"], converted["rates_on"]) == (
        "USD",
        True,
        "2025-12-31",
    )
    assert (converted["income"], converted["expenses"]) == ("9000.00", "2535.49")
    assert year["savings_rate"] == "71.8"  # 6464.51 of 9000.00 kept
    assert [m["month"] for m in year["months"]][:3] == ["2025-01", "2025-02", "2025-03"]
    assert [m["expenses"] for m in year["months"]][:6] == [
        "165.50", "2149.99", "0.00", "0.00", "0.00", "220.00",
    ]  # fmt: skip
    assert [(p["payee"], p["amount"], p["currency"], p["converted"]) for p in year["largest"]][
        :3
    ] == [
        ("Oakwood Apartments Rent", "1250.00", "USD", "1250.00"),  # named as the app names them
        ("Best Buy", "899.99", "USD", "899.99"),
        ("Hotel De Paris", "200.00", "EUR", "220.00"),
    ]
    assert len(year["largest"]) == 5
    assert year["missing"] == []


def test_the_year_as_text_names_a_currency_without_a_rate(
    data_dir: Path, store, tmp_path: Path
) -> None:
    household(store, tmp_path)
    store.close()
    proc = run_cli(data_dir, "report", "--year", "2025")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("Year 2025 (data 2025-01 to 2025-06)\n")
    assert "Total in USD\n" in out  # nothing converted: the euros had no rate
    assert "not converted, no rate on or before 2025-12-31: EUR" in out
    # not 74.3%, the dollars' alone: the euros' spending is not in it
    assert (
        "Savings rate: n/a: no rate from EUR to USD (200.00 EUR spent and 0.00 EUR earned "
        "left out)\n"
    ) in out
    assert "Oakwood Apartments Rent" in out.split("Largest purchases")[1]
    assert "Net worth change: " in out


def test_a_year_typed_as_a_month_is_refused_with_the_option_that_takes_it(
    data_dir: Path, store
) -> None:
    store.close()
    proc = run_cli(data_dir, "report", "--month", "2026")
    assert proc.returncode == 2
    assert "for the whole year: --year 2026" in proc.stderr
    both = run_cli(data_dir, "report", "--month", "2026-01", "--year", "2026")
    assert both.returncode == 2 and "not allowed with argument" in both.stderr
    assert run_cli(data_dir, "report", "--year", "26").returncode == 2
