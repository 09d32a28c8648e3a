"""The text report keeps subscriptions apart from the spending by category: their charges are
already in their categories, so adding up the category column must give the month's expenses."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services.subscriptions import detect_subscriptions
from tests.categorize.statements import load
from tests.cli_in_process import run_main


def test_subscriptions_have_their_own_line_and_the_categories_add_up_to_the_expenses(
    store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = []
    groceries = [(2, "-131.07"), (9, "-62.55"), (17, "-97.10"), (26, "-84.20")]
    for month, (day, spent) in enumerate(groceries, start=1):
        lines += [
            (date(2026, month, 3), "-2100.00", "RENT PAYMENT PARKVIEW APTS"),
            (date(2026, month, day), spent, "WHOLEFDS MKT #10234 SEATTLE WA"),
            (date(2026, month, 21), "-15.49", "NETFLIX.COM"),
        ]
    load(store, tmp_path, "111", lines)
    detect_subscriptions(store, date(2026, 4, 30))
    data = ["--data-dir", str(store.data_dir)]

    code, out, err = run_main([*data, "report", "--month", "2026-04"], capsys)

    assert code == 0, err
    text = out.splitlines()
    table = text[text.index("Spending by category") + 3 :]
    rows = table[: table.index("")]
    assert all(not row.startswith("Subscriptions") for row in rows)
    assert sum(Decimal(row.split()[-1]) for row in rows) == Decimal("2199.69")  # the expenses
    paid = "Subscriptions and bills paid (already in the spending above): 2115.49 USD"
    assert text[-1] == paid

    code, out, _ = run_main([*data, "report", "--month", "2026-04", "--json"], capsys)
    report = json.loads(out)
    assert report["subscriptions"] == [
        {"category": "Subscriptions", "currency": "USD", "amount": "2115.49"}
    ]
    assert "Subscriptions" not in {c["category"] for c in report["categories"]}
