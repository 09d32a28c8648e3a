"""A retired US couple's checking account at a credit union (the Wells Fargo-style CSV: date,
amount, "*", check number, description): Social Security for each of them, the state
retirement system's pension, two Medigap premiums, the city's water bill and the state's tax
are filed where the couple would file them. A third of such a household's lines stayed
Uncategorized; a check by its number alone names nothing and stays so."""

from __future__ import annotations

from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

#: (day, amount, description) → the category expected
LINES = {
    (
        "11/25/2026",
        "1357.20",
        "SSA TREAS 310 XXSOC SEC 112526 xxxxx8765 LINDA KOWALSKI",
    ): "Income:Other",
    (
        "11/12/2026",
        "2218.00",
        "SSA TREAS 310 XXSOC SEC 111226 xxxxx4321 ROBERT KOWALSKI",
    ): "Income:Other",
    ("11/02/2026", "1846.12", "ASRS BENEFIT PYMT"): "Income:Other",
    ("11/03/2026", "-214.31", "UNITEDHEALTHCARE AARP MEDSUPP PREM ROBERT KOWALSKI"): "Insurance",
    ("11/04/2026", "-198.76", "UNITEDHEALTHCARE AARP MEDSUPP PREM LINDA KOWALSKI"): "Insurance",
    ("11/20/2026", "-111.34", "CITY OF TUCSON WATER BILL PAY 000123456"): "Bills & Utilities:Water",
    ("11/16/2026", "-1250.00", "AZ DEPT OF REV"): "Taxes",
    ("11/17/2026", "-140.00", "CHECK # 2116"): None,
}


def test_a_retired_couples_month_is_filed_as_they_would(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "Checking1.csv"
    rows = [f'"{day}","{amount}","*","","{text}"' for day, amount, text in LINES]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = import_files(store, [path])
    assert not result.failed, result.failed
    filed = {str(t.amount): t.category or None for t in list_transactions(store)}
    assert filed == {amount: category for (_day, amount, _text), category in LINES.items()}
