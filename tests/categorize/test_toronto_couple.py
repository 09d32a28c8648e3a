"""A Toronto couple's RBC chequing account as RBC exports it (Description 1 says how, Description
2 says who): the city's property tax and the Wealthsimple contributions drawn by pre-authorized
debit, the Canada Child Benefit and the GST/HST credit, an ATM withdrawal and Crave are filed
where the couple would file them. Wealthsimple's 750.00 a month had been spending."""

from __future__ import annotations

from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

_HEAD = (
    "Account Type,Account Number,Transaction Date,Cheque Number,Description 1,Description 2,"
    "CAD$,USD$\n"
)
#: (day, description 1, description 2, amount) → the category the couple expects
LINES = {
    ("11/1/2026", "Misc Payment", "CITY OF TORONTO TAX", "-412.36"): "Taxes",
    ("11/3/2026", "Misc Payment", "WEALTHSIMPLE INVESTMENTS", "-500.00"): "Transfers:Savings",
    ("11/3/2026", "Misc Payment", "WEALTHSIMPLE INVESTMENTS", "-250.00"): "Transfers:Savings",
    ("11/20/2026", "Federal Payment", "CANADA CHILD BENEFIT", "666.41"): "Income:Other",
    ("11/5/2026", "Federal Payment", "GST/HST CREDIT", "129.50"): "Income:Other",
    ("11/8/2026", "Withdrawal", "ATM 4Z2K  QUEEN ST E", "-60.00"): "Cash",
    ("11/12/2026", "Purchase", "CRAVE 416-384-5000 ON", "-22.59"): "Entertainment:Streaming",
}


def test_a_toronto_couples_month_is_filed_as_they_would(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "csv63112.csv"
    rows = [
        f'Chequing,06212-5012345,{day},,"{one}","{two}",{amount},'
        for day, one, two, amount in LINES
    ]
    path.write_text(_HEAD + "\n".join(rows) + "\n", encoding="utf-8")
    result = import_files(store, [path])
    assert not result.failed, result.failed
    filed = {str(t.amount): t.category or None for t in list_transactions(store)}
    assert filed == {amount: category for (*_, amount), category in LINES.items()}
